#!/usr/bin/env node
// npm run build:binary: one standalone executable, build/herkenbaar, with the dictionaries inside, for
// machines without Node (a git pre-commit hook on a writer's laptop). Node's single executable applications:
//   dist/ (npm run build) -> one CommonJS bundle (esbuild) -> a preparation blob (node --experimental-sea-config,
//   with every file of dist/dict/ as an asset) -> a copy of this node binary -> the blob injected (postject).
// Everything comes from npm; nothing is downloaded. The binary runs on the platform and architecture of the
// node that builds it (and needs the same C library as that node).
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BINARY_DIR, binaryPath, distHash, stampPath } from './binary-stamp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const started = performance.now();
const dist = join(root, 'dist');
const outDir = join(root, BINARY_DIR);
const bundle = join(outDir, 'herkenbaar.cjs');
const blob = join(outDir, 'herkenbaar.blob');
const seaConfig = join(outDir, 'sea-config.json');
const exe = binaryPath(root);
// The fuse every SEA-capable node binary carries once (Node's documentation on single executable applications).
const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

const fail = (message) => {
  process.stderr.write(`build:binary: ${message}\n`);
  process.exit(1);
};

if (!existsSync(join(dist, 'cli', 'main.js')) || !existsSync(join(dist, 'dict'))) fail('dist/ is not built: run npm run build first');
try {
  // node:sea (getAsset, for the embedded dictionaries) and sea-config's `assets` came with Node 20.12 and 21.7.
  if (typeof require('node:sea').getAsset !== 'function') throw new Error();
} catch {
  fail(`node ${process.version} cannot embed the dictionaries in a single executable: use Node 20.12 or newer`);
}
if (process.config.variables.single_executable_application === false) fail(`${process.execPath} was built without single executable application support`);
if (!readFileSync(process.execPath).includes(FUSE)) fail(`${process.execPath} has no SEA fuse (a node built with a shared libnode cannot make single executables)`);

/** Each `requireLazily('id')` in dist/ becomes a require that esbuild bundles; it still runs on first use only. */
function lazyRequires() {
  const ids = new Set();
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) for (const m of readFileSync(p, 'utf8').matchAll(/requireLazily\(\s*'([^']+)'\s*\)/g)) ids.add(m[1]);
    }
  };
  walk(dist);
  return [...ids].sort();
}

// A single executable's require() loads built-in modules only, so createRequire(import.meta.url) in
// dist/util/lazy.js would look for packages beside the binary: replace it by a switch over bundled requires.
const bundleLazyRequires = {
  name: 'bundle-lazy-requires',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]util[\\/]lazy\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const line = /export const requireLazily = createRequire\(import\.meta\.url\);/;
      if (!line.test(source)) return { errors: [{ text: 'dist/util/lazy.js no longer defines requireLazily = createRequire(import.meta.url): update scripts/build-binary.mjs' }] };
      const cases = lazyRequires().map((id) => `    case ${JSON.stringify(id)}: return require(${JSON.stringify(id)});`);
      const replacement = `export const requireLazily = (id) => {\n  switch (id) {\n${cases.join('\n')}\n    default: throw new Error('not bundled into the binary: ' + id);\n  }\n};`;
      return { contents: source.replace(line, replacement), loader: 'js' };
    });
  },
};

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

// 1. The bundle. import.meta.url (the dictionaries' folder, createRequire) has no CommonJS equivalent: it
//    becomes the binary's own file URL, which the embedded dictionaries and the switch above make unused.
const result = await build({
  entryPoints: [join(root, 'scripts', 'binary-main.mjs')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: `node${process.versions.node.split('.')[0]}`,
  minify: true,
  legalComments: 'none',
  define: { 'import.meta.url': '__herkenbaar_url' },
  banner: { js: 'var __herkenbaar_url = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [bundleLazyRequires],
  logLevel: 'warning',
  metafile: true,
});
if (result.errors.length > 0) fail('esbuild failed');

// 2. The preparation blob, with every compiled dictionary as an asset under its name in dist/dict/.
const dictDir = join(dist, 'dict');
const assets = Object.fromEntries(
  readdirSync(dictDir)
    .filter((f) => statSync(join(dictDir, f)).isFile())
    .sort()
    .map((f) => [f, join(dictDir, f)]),
);
writeFileSync(
  seaConfig,
  `${JSON.stringify({ main: bundle, output: blob, disableExperimentalSEAWarning: true, useCodeCache: true, assets }, null, 2)}\n`,
);
const prep = spawnSync(process.execPath, ['--experimental-sea-config', seaConfig], { cwd: root, encoding: 'utf8' });
if (prep.status !== 0) fail(`node --experimental-sea-config failed:\n${prep.stderr}${prep.stdout}`);

// 3. A copy of this node with the blob injected.
copyFileSync(process.execPath, exe);
chmodSync(exe, 0o755);
const codesign = (...args) => {
  const r = spawnSync('codesign', args, { stdio: 'inherit' });
  if (r.status !== 0) fail(`codesign ${args.join(' ')} failed`);
};
if (process.platform === 'darwin') codesign('--remove-signature', exe);
const { inject } = require('postject');
// postject's ELF parser warns about each note section it cannot name; harmless (the binary is checked below).
const warn = console.warn;
console.warn = (...args) => {
  if (!/^warning: Can't find string offset for section name/.test(String(args[0]))) warn(...args);
};
try {
  await inject(exe, 'NODE_SEA_BLOB', readFileSync(blob), {
    sentinelFuse: FUSE,
    ...(process.platform === 'darwin' ? { machoSegmentName: 'NODE_SEA' } : {}),
  });
} finally {
  console.warn = warn;
}
if (process.platform === 'darwin') codesign('--sign', '-', exe);

// 4. Does it run, with its dictionaries? A text about nobody passes; the check itself is what matters.
const probe = spawnSync(exe, ['--text', 'Vandaag was het mooi weer.', '--format', 'json', '--fail-on', 'none'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
let ok = probe.status === 0;
try {
  ok &&= JSON.parse(probe.stdout).results.length === 1;
} catch {
  ok = false;
}
if (!ok) fail(`the binary does not run: exit ${probe.status}\n${probe.stderr}`);

writeFileSync(stampPath(root), `${JSON.stringify({ dist: distHash(root), node: process.version, platform: process.platform, arch: process.arch }, null, 2)}\n`);
for (const f of [bundle, blob, seaConfig]) rmSync(f, { force: true });
const mb = (f) => (statSync(f).size / (1024 * 1024)).toFixed(0);
const bundled = Object.keys(result.metafile.inputs).length;
console.log(`build:binary: ${relative(root, exe)} (${mb(exe)} MB, node ${process.version}, ${bundled} modules, ${Object.keys(assets).length} dictionaries) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
