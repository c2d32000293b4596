#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (built by `npm run build`, which `npm ci` runs via prepare).
// Whatever goes wrong that the CLI did not catch is an internal error: exit 2, never 1 ("risk found").
try {
  const [{ run }, { processIo }] = await Promise.all([import('../dist/cli/main.js'), import('../dist/cli/io.js')]);
  // A closed standard output (| head) is dropped quietly; the exit code stays the run's (src/cli/io.ts).
  const { io, finish } = processIo();
  finish(await run(process.argv.slice(2), io));
} catch (e) {
  process.stderr.write(`herkenbaar: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.argv.includes('--debug') && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 2;
}
