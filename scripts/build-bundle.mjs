#!/usr/bin/env node
// Bundles the CLI (dist/cli/entry.js, built by tsc) and the packages it imports into one ES module,
// dist/bundle/herkenbaar.js, which bin/herkenbaar.js loads: resolving and linking a hundred modules is
// most of a short run's start-up. Modules imported dynamically (the fixer, the reporters, --interactive)
// stay in the file but run only when imported. Packages that only some texts need (libphonenumber-js,
// ibantools: src/util/lazy.ts requireLazily) are not bundled: they are required from node_modules on first use.
// Run by npm run build, after tsc. Deterministic: the same dist/ gives the same bytes.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// One folder below dist/, as dist/lexicon/load.js is: '../dict/' from import.meta.url is dist/dict/ in both.
export const BUNDLE = join(root, 'dist', 'bundle', 'herkenbaar.js');

const result = await build({
  entryPoints: [join(root, 'dist', 'cli', 'entry.js')],
  outfile: BUNDLE,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS packages inside an ES module bundle call require() for Node's built-ins.
  banner: { js: "import { createRequire as __herkenbaarRequire } from 'node:module';\nconst require = __herkenbaarRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});
if (result.errors.length > 0) process.exit(1);
console.log(`bundle: dist/bundle/herkenbaar.js (${Object.keys(result.metafile.inputs).length} modules)`);
