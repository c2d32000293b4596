#!/usr/bin/env node
// Bundles the CLI (dist/cli/entry.js, built by tsc) and the packages it imports into one script,
// dist/bundle/cli.js, which bin/herkenbaar.js compiles with V8's code cache (dist/bundle/cli.cache):
// resolving, linking and compiling a hundred modules was most of a short run's start-up. Modules
// imported dynamically (the fixer, the reporters, --interactive) stay in the file but run only when
// imported. Packages that only some texts need (libphonenumber-js, ibantools: src/util/lazy.ts
// requireLazily) are not bundled: they are required from node_modules on first use.
//
// The bundle is CommonJS written as the function Node wraps a module in, `(function (exports, require,
// module, __filename, __dirname) {...})`, so that the launcher and this script compile the very same
// text. The code cache is made here by running the bundle on a few texts and asking V8 for what it
// compiled (vm.Script#createCachedData); V8 refuses a cache made by another version of itself, and the
// launcher one made for another bundle (its first line names the bundle's hash), and then
// compiles as usual. Run by npm run build, after tsc.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// One folder below dist/, as dist/lexicon/load.js is: '../dict/' from the bundle's URL is dist/dict/ in both.
const bundle = join(root, 'dist', 'bundle', 'cli.js');
const cacheFile = join(root, 'dist', 'bundle', 'cli.cache');

// Built-in modules that only some runs use are required on first use of one of their functions: commander
// requires node:child_process at its top (for executable subcommands the CLI does not have), and
// node:fs/promises brings readline and file watchers with it, a few milliseconds of every start. Each
// stands in as a module of functions that require it on their first call.
const LAZY_BUILTINS = ['node:child_process', 'node:fs/promises', 'node:crypto', 'node:readline'];
const nodeRequire = createRequire(import.meta.url);
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => {
      if (!LAZY_BUILTINS.includes(args.path)) return undefined;
      // The stand-in itself requires the real module.
      return args.namespace === 'lazy-builtin' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy-builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => {
      const real = nodeRequire(args.path);
      const names = Object.keys(real).filter((k) => typeof real[k] === 'function' && /^[a-z]\w*$/.test(k)).sort();
      const lines = [`let m;`, `const load = () => (m ??= require(${JSON.stringify(args.path)}));`];
      for (const n of names) lines.push(`export function ${n}(...a) { return load().${n}(...a); }`);
      return { contents: lines.join('\n'), loader: 'js' };
    });
  },
};

const result = await build({
  entryPoints: [join(root, 'dist', 'cli', 'entry.js')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Shorter to read and to compile; names are kept, so that --debug's stack traces still say where.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  // import.meta.url (the dictionaries' folder, createRequire) becomes the bundle's own file URL.
  define: { 'import.meta.url': '__herkenbaar_url' },
  banner: { js: '(function (exports, require, module, __filename, __dirname) {var __herkenbaar_url = require("node:url").pathToFileURL(__filename).href;' },
  footer: { js: '\n})' },
  plugins: [lazyBuiltins],
  logLevel: 'warning',
  metafile: true,
});
if (result.errors.length > 0) process.exit(1);

// The bundle's last line names it by a hash of what comes before; the cache's first line names the bundle it was made for.
// Every character past ASCII written as an escape (esbuild leaves them in regular expressions): an
// ASCII-only file is read without decoding (a one-byte string), where one 'ë' made reading the whole
// bundle as UTF-8 take several milliseconds of every start. \uXXXX means the same code unit in strings,
// templates, regular expressions (with or without the u flag) and identifiers.
const escapeNonAscii = (s) => s.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
if (/String\.raw`[^`]*[^\x00-\x7f]/.test(readFileSync(bundle, 'utf8'))) throw new Error('build-bundle: a String.raw template holds a character past ASCII; escaping it would change its value');
const built = escapeNonAscii(readFileSync(bundle, 'utf8'));
const id = createHash('sha256').update(built).digest('hex').slice(0, 32);
const source = `${built}\n//# herkenbaar-bundle ${id}\n`;
writeFileSync(bundle, source);

// Compile and run the bundle as bin/herkenbaar.js does, on texts that take the common paths (a Dutch
// and an English text, a file, the JSON report, a rewrite), then keep what V8 compiled.
const script = new vm.Script(source, { filename: bundle });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
const work = mkdtempSync(join(tmpdir(), 'herkenbaar-bundle-'));
try {
  const post = join(work, 'post.md');
  writeFileSync(post, 'Mijn buurman Jan de Vries (62) uit Kloetinge heeft sinds maart diabetes; bel hem op 06-12345678.\n');
  const io = { stdout: () => {}, stderr: () => {}, stdinIsTTY: true, stdoutIsTTY: false, env: { NO_COLOR: '1' }, cwd: work };
  for (const args of [
    ['--text', 'Vandaag komt een 45-jarige vrouw uit Kloetinge met schizofrenie op de afdeling.'],
    ['--text', 'Today a 45-year-old woman from Leeds with schizophrenia was admitted to the ward.', '--format', 'json'],
    [post, '--fail-on', 'none'],
    [post, '--fix'],
  ]) {
    const code = await module.exports.run(args, io);
    if (code === 2) throw new Error(`build-bundle: the bundle failed on ${args.join(' ')}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
writeFileSync(cacheFile, Buffer.concat([Buffer.from(`herkenbaar-bundle ${id}\n`), script.createCachedData()]));
console.log(`bundle: dist/bundle/cli.js (${Object.keys(result.metafile.inputs).length} modules) and its code cache`);
