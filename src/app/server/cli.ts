import { runCli } from './cli/run-cli.js';

/** `npx merit <command>` (bin/merit.mjs runs this). One command per file in ./cli/. */
process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});
