#!/usr/bin/env node
// `npx merit <command>`: the compiled CLI when it is newer than the sources, else the TypeScript
// through tsx. Paths come from this file's place in the repository, not from the working directory.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLI_ENTRY, isServerBuildFresh } from '../scripts/build-freshness.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

if (isServerBuildFresh(repo, CLI_ENTRY)) {
  await import(pathToFileURL(join(repo, CLI_ENTRY)).href);
} else {
  const args = ['--import', import.meta.resolve('tsx'), join(repo, 'src/app/server/cli.ts'), ...process.argv.slice(2)];
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 143)));
}
