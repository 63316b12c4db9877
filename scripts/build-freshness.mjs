// Is the compiled output newer than everything it is built from? Shared by `npm start` and `npx merit`.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const SERVER_ENTRY = 'dist/src/app/server/main.js';
export const CLI_ENTRY = 'dist/src/app/server/cli.js';
export const WEB_ENTRY = 'dist-web/index.html';

/** Modification time in ms, 0 when the file does not exist. */
export function mtimeOf(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Newest modification time of the files under `dir` whose path (relative, with `/`) passes `include`. */
function newestUnder(dir, include, prefix = '') {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) newest = Math.max(newest, newestUnder(join(dir, entry.name), include, `${rel}/`));
    else if (include(rel)) newest = Math.max(newest, mtimeOf(join(dir, entry.name)));
  }
  return newest;
}

const segments = (rel) => rel.split('/');
const isTest = (rel) => /\.test\.tsx?$/.test(rel);

/** The server build (tsconfig.build.json): TypeScript in src/ outside web/ and tests, and the tsconfigs. */
export function newestServerSource(repo) {
  const src = newestUnder(join(repo, 'src'), (rel) => rel.endsWith('.ts') && !segments(rel).includes('web') && !isTest(rel));
  const configs = ['tsconfig.json', 'tsconfig.base.json', 'tsconfig.build.json'].map((f) => mtimeOf(join(repo, f)));
  return Math.max(src, ...configs);
}

/** The web build: src/ outside server/ (web, shared, contracts), index.html, public/, and the configs. */
export function newestWebSource(repo) {
  const src = newestUnder(join(repo, 'src'), (rel) => !segments(rel).includes('server') && !isTest(rel));
  const pub = newestUnder(join(repo, 'public'), () => true);
  const files = ['index.html', 'vite.config.ts', 'tsconfig.web.json', 'tsconfig.base.json'].map((f) => mtimeOf(join(repo, f)));
  return Math.max(src, pub, ...files);
}

export function isServerBuildFresh(repo, entry = SERVER_ENTRY) {
  const built = mtimeOf(join(repo, entry));
  return built > 0 && built >= newestServerSource(repo);
}

export function isWebBuildFresh(repo) {
  const built = mtimeOf(join(repo, WEB_ENTRY));
  return built > 0 && built >= newestWebSource(repo);
}
