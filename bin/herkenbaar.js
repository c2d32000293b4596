#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (built by `npm run build`, which `npm ci` runs via prepare). It
// runs from one bundled script, dist/bundle/cli.js, compiled with the code cache made beside it
// (scripts/build-bundle.mjs); without them, or when the bundle is older than dist/cli/ (a build by tsc
// alone), from the modules themselves.
// Whatever goes wrong that the CLI did not catch is an internal error: exit 2, never 1 ("risk found").
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The bundled CLI, or undefined when there is none to trust. */
function bundled() {
  const fs = require('node:fs');
  const { fileURLToPath } = require('node:url');
  const file = fileURLToPath(new URL('../dist/bundle/cli.js', import.meta.url));
  const modified = (f) => fs.statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  if (modified(file) < 0 || modified(file) < modified(fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)))) return undefined;
  const source = fs.readFileSync(file, 'utf8');
  const id = /\/\/# (herkenbaar-bundle \w+)\n$/.exec(source.slice(-80))?.[1];
  let cachedData;
  try {
    const cache = fs.readFileSync(file.replace(/\.js$/, '.cache'));
    const nl = cache.indexOf(10);
    if (id && nl > 0 && cache.toString('latin1', 0, nl) === id) cachedData = cache.subarray(nl + 1);
  } catch {
    // no cache: V8 compiles as usual
  }
  const vm = require('node:vm');
  const script = new vm.Script(source, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, require('node:path').dirname(file));
  return module.exports;
}

try {
  const { run, processIo } = bundled() ?? (await import('../dist/cli/entry.js'));
  // A closed standard output (| head) is dropped quietly; the exit code stays the run's (src/cli/io.ts).
  const { io, finish } = processIo();
  finish(await run(process.argv.slice(2), io));
} catch (e) {
  process.stderr.write(`herkenbaar: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.argv.includes('--debug') && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 2;
}
