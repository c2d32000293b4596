import { readFileSync } from 'node:fs';
import type { CompiledLexicon } from './compiled.js';
import { Lexicon } from './lexicon.js';

// dist/lexicon/load.js -> dist/dict; when run from src (tests via tsx/vitest) -> dist/dict too.
const CANDIDATES = [new URL('../dict/lexicon.json', import.meta.url), new URL('../../dist/dict/lexicon.json', import.meta.url)];

/** Reads the compiled dictionaries once. A missing file is an installation error, not an empty lexicon. */
export function loadLexicon(): Lexicon {
  for (const url of CANDIDATES) {
    let raw: string;
    try {
      raw = readFileSync(url, 'utf8');
    } catch {
      continue;
    }
    return new Lexicon(JSON.parse(raw) as CompiledLexicon);
  }
  throw new Error('compiled dictionaries not found (dist/dict/lexicon.json); run `npm run build`');
}
