import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CompiledLexicon, Section } from './compiled.js';
import { Lexicon } from './lexicon.js';

// dist/lexicon/load.js -> dist/dict; from src (tests via vitest) -> dist/dict as well.
const CANDIDATES = [new URL('../dict/', import.meta.url), new URL('../../dist/dict/', import.meta.url)];

/**
 * The compiled dictionaries, each section read and parsed on first use. A missing folder is an
 * installation error (exit 2 with a clear message), not an empty lexicon that would miss everything.
 */
export function loadLexicon(): Lexicon {
  const dir = CANDIDATES.find((u) => existsSync(fileURLToPath(new URL('names.json', u))));
  if (!dir) throw new Error('compiled dictionaries not found (dist/dict/); run `npm run build`');
  return new Lexicon((section: Section) => JSON.parse(readFileSync(new URL(`${section}.json`, dir), 'utf8')) as Partial<CompiledLexicon>);
}
