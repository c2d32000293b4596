#!/usr/bin/env node
// npm's `prepare` (npm ci, npm install, npm pack): `npm run build`. The pre-commit framework installs a
// node hook with `npm install` and then `npm pack`, and npm runs prepare for both: when the project's files
// and dist/ are exactly what the last prepare built, the second build is skipped (a stamp in
// node_modules/.cache, which npm ci clears). The build's output goes to stderr, so that whatever reads
// `npm pack`'s standard output sees only the tarball's name (see also .npmrc).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'node_modules', '.cache', 'herkenbaar', 'prepare-stamp.json');
const SKIPPED = new Set(['node_modules', '.git', 'dist', 'build', 'coverage']);

function hashTree(dir, skip) {
  const h = createHash('sha256');
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (skip && d === root && SKIPPED.has(e.name)) continue;
      const p = join(d, e.name);
      h.update(relative(root, p).split('\\').join('/'));
      h.update('\0');
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) h.update(readFileSync(p));
      else if (lstatSync(p).isSymbolicLink()) h.update('symlink');
      h.update('\0');
    }
  };
  if (existsSync(dir)) walk(dir);
  return h.digest('hex');
}

const state = () => ({ sources: hashTree(root, true), dist: hashTree(join(root, 'dist'), false) });

let previous;
try {
  previous = JSON.parse(readFileSync(stamp, 'utf8'));
} catch {
  previous = undefined;
}
const now = state();
if (previous && previous.sources === now.sources && previous.dist === now.dist && existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  process.stderr.write('prepare: dist/ is already built from these files\n');
  process.exit(0);
}

const npm = process.env.npm_execpath;
const [command, args] = npm ? [process.execPath, [npm, 'run', 'build']] : [process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build']];
// stdout of the build goes to our stderr.
const r = spawnSync(command, args, { cwd: root, stdio: ['ignore', 2, 2], shell: !npm && process.platform === 'win32' });
if (r.status !== 0) process.exit(r.status ?? 1);
try {
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, JSON.stringify(state()) + '\n');
} catch {
  // No stamp: the next prepare builds again.
}
