#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (built by `npm run build`, which `npm ci` runs via prepare).
// Whatever goes wrong that the CLI did not catch is an internal error: exit 2, never 1 ("risk found").
try {
  const { run } = await import('../dist/cli/main.js');
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stderrColumns: process.stderr.columns,
    env: process.env,
    cwd: process.cwd(),
    // Only --fix --interactive asks; readline loads when it does.
    terminal: async () => (await import('../dist/cli/terminal.js')).openTerminal(process.stdin, process.stdout),
  });
} catch (e) {
  process.stderr.write(`herkenbaar: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.argv.includes('--debug') && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 2;
}
