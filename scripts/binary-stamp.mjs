// What the standalone binary was built from: a hash of dist/ (code and dictionaries). The build writes it
// beside the binary; tests and the bench compare it with dist/ as it is now, so a binary left over from an
// older build is reported as stale instead of being tested or timed as if it were current.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where `npm run build:binary` puts the executable (and its stamp), relative to the project root. */
export const BINARY_DIR = 'build';
export const binaryName = (platform = process.platform) => (platform === 'win32' ? 'herkenbaar.exe' : 'herkenbaar');

export function binaryPath(root) {
  return join(root, BINARY_DIR, binaryName());
}

function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

// The launcher's V8 code cache (scripts/build-bundle.mjs) differs from build to build and is no part of the binary.
const NOT_IN_BINARY = new Set(['dist/bundle/cli.cache']);

/** Hash of every file in dist/ (but the code cache) and of the binary's entry and build scripts, with their paths. */
export function distHash(root) {
  const h = createHash('sha256');
  const inBinary = (f) => !NOT_IN_BINARY.has(relative(root, f).split('\\').join('/'));
  for (const f of [...files(join(root, 'dist')).filter(inBinary), join(root, 'scripts', 'binary-main.mjs'), join(root, 'scripts', 'build-binary.mjs')]) {
    h.update(relative(root, f).split('\\').join('/'));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex');
}

/** The stamp beside the binary: `{ dist, node }`, written by the build. */
export const stampPath = (root) => `${binaryPath(root)}.stamp.json`;

/**
 * The binary's state: 'missing' (never built), 'stale' (built from another dist/) or 'current'.
 * @returns {{ state: 'missing' | 'stale' | 'current', path: string, reason?: string }}
 */
export function binaryState(root) {
  const path = binaryPath(root);
  if (!existsSync(path)) return { state: 'missing', path, reason: `no binary at ${relative(root, path)}: run npm run build:binary` };
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampPath(root), 'utf8'));
  } catch {
    return { state: 'stale', path, reason: `${relative(root, path)} has no stamp: run npm run build:binary` };
  }
  if (!existsSync(join(root, 'dist')) || stamp.dist !== distHash(root)) {
    return { state: 'stale', path, reason: `${relative(root, path)} was built from another dist/: run npm run build:binary` };
  }
  return { state: 'current', path };
}
