// `npm start`: build what is out of date (server with tsc, web with vite), then run the compiled
// server in the foreground, passing Ctrl+C and `kill` on to it so it shuts down gracefully.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isServerBuildFresh, isWebBuildFresh, SERVER_ENTRY } from './build-freshness.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

function tool(pkg, bin) {
  const path = join(repo, 'node_modules', pkg, bin);
  if (!existsSync(path)) {
    console.error(`${pkg} is not installed, so the build cannot run: install the dev dependencies (npm install).`);
    process.exit(1);
  }
  return path;
}

function run(what, args, onFailure) {
  console.info(`merit: building the ${what}…`);
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd: repo, stdio: 'inherit' });
  if (result.status !== 0) {
    onFailure();
    console.error(`merit: the ${what} build failed (see above); not starting.`);
    process.exit(result.status ?? 1);
  }
  console.info(`merit: ${what} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (!isServerBuildFresh(repo)) {
  // tsc writes its output even when it reports errors; remove it so the next start builds again.
  run('server', [tool('typescript', 'bin/tsc'), '-p', 'tsconfig.build.json'], () =>
    rmSync(join(repo, 'dist'), { recursive: true, force: true }),
  );
}

if (!existsSync(join(repo, 'vite.config.ts'))) {
  console.warn('merit: vite.config.ts not found; skipping the web build (only the API will be served).');
} else if (!isWebBuildFresh(repo)) {
  run('web app', [tool('vite', 'bin/vite.js'), 'build', '--logLevel', 'warn'], () => undefined);
}

const child = spawn(process.execPath, [join(repo, SERVER_ENTRY)], {
  stdio: 'inherit',
  env: { ...process.env, MERIT_WEB_DIR: process.env.MERIT_WEB_DIR ?? join(repo, 'dist-web') },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 143)));
