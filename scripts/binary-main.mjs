// Entry of the standalone binary (scripts/build-binary.mjs bundles it with dist/ into one CommonJS file).
// Same as bin/herkenbaar.js, except that the dictionaries come from the assets embedded in the executable.
import { getAsset } from 'node:sea';
import { run } from '../dist/cli/main.js';
import { processIo } from '../dist/cli/io.js';
import { useEmbeddedDictionaries } from '../dist/lexicon/load.js';
import { decodeDict } from '../dist/lexicon/compiled.js';

useEmbeddedDictionaries((file) => decodeDict(new Uint8Array(getAsset(file))));

// Whatever goes wrong that the CLI did not catch is an internal error: exit 2, never 1 ("risk found").
const internalError = (e) => {
  process.stderr.write(`herkenbaar: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.argv.includes('--debug') && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 2;
};

// In a single executable, argv is [binary, binary, ...arguments]. A closed standard output (| head) is
// dropped quietly; the exit code stays the run's (src/cli/io.ts).
const { io, finish } = processIo();
run(process.argv.slice(2), io).then(finish, internalError);
