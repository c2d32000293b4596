#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (built by `npm run build`, which `npm ci` runs via prepare), as one
// bundled module (dist/bundle/herkenbaar.js, scripts/build-bundle.mjs); a bundle older than dist/cli/ (a
// build by tsc alone) is passed over for the modules themselves.
// Whatever goes wrong that the CLI did not catch is an internal error: exit 2, never 1 ("risk found").
import { statSync } from 'node:fs';

const modified = (rel) => statSync(new URL(rel, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
try {
  const bundled = modified('../dist/bundle/herkenbaar.js') >= modified('../dist/cli/main.js');
  const { run, openTerminal } = await import(bundled ? '../dist/bundle/herkenbaar.js' : '../dist/cli/entry.js');
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
    // Only --fix --interactive asks; readline loads when it does.
    terminal: async () => openTerminal(process.stdin, process.stdout),
  });
} catch (e) {
  process.stderr.write(`herkenbaar: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.argv.includes('--debug') && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 2;
}
