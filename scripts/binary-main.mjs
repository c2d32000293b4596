// Entry of the standalone binary (scripts/build-binary.mjs bundles it with dist/ into one CommonJS file).
// Same as bin/herkenbaar.js, except that the dictionaries come from the assets embedded in the executable.
import { getAsset } from 'node:sea';
import { run } from '../dist/cli/main.js';
import { useEmbeddedDictionaries } from '../dist/lexicon/load.js';

useEmbeddedDictionaries((file) => getAsset(file, 'utf8'));

// Whatever goes wrong that the CLI did not catch is an internal error: exit 2, never 1 ("risk found").
const internalError = (e) => {
  process.stderr.write(`herkenbaar: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.argv.includes('--debug') && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 2;
};

// In a single executable, argv is [binary, binary, ...arguments].
run(process.argv.slice(2), {
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
}).then((code) => {
  process.exitCode = code;
}, internalError);
