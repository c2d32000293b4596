import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileUri } from '../report/artifact-uri.js';

/**
 * The installed package as a `file:` URI ending in '/', when its README.md and docs/ are there (they ship
 * with the package): two folders up from this module, in src/ and in dist/. Undefined in the standalone
 * binary, which carries no docs. SARIF links its rules to the docs under it.
 */
export function packageDocsBase(): string | undefined {
  try {
    const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name?: string };
    if (pkg.name !== 'herkenbaar' || !existsSync(join(root, 'README.md')) || !existsSync(join(root, 'docs', 'rules'))) return undefined;
    const uri = fileUri(root);
    return uri.endsWith('/') ? uri : `${uri}/`;
  } catch {
    return undefined;
  }
}
