import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeDict, decodeSection, sectionFile, type Section } from './compiled.js';
import { Lexicon } from './lexicon.js';

// dist/lexicon/load.js -> dist/dict; from src (tests via vitest) -> dist/dict as well.
const CANDIDATES = [new URL('../dict/', import.meta.url), new URL('../../dist/dict/', import.meta.url)];

/** Reads one file of dist/dict/ by its name there (`names.dict`). */
export type DictionaryReader = (file: string) => string;

let embedded: DictionaryReader | undefined;

/**
 * For the standalone binary (scripts/build-binary.mjs), whose dictionaries are embedded in the
 * executable instead of lying in dist/dict/: every later loadLexicon() reads them through `read`.
 */
export function useEmbeddedDictionaries(read: DictionaryReader): void {
  embedded = read;
}

/**
 * The compiled dictionaries, each section read and parsed on first use. A missing folder is an
 * installation error (exit 2 with a clear message), not an empty lexicon that would miss everything.
 */
export function loadLexicon(): Lexicon {
  const read = embedded ?? folderReader();
  return new Lexicon((section: Section) => decodeSection(read(sectionFile(section)), sectionFile(section)));
}

function folderReader(): DictionaryReader {
  const dir = CANDIDATES.find((u) => existsSync(fileURLToPath(new URL(sectionFile('names'), u))));
  if (!dir) throw new Error('compiled dictionaries not found (dist/dict/); run `npm run build`');
  return (file) => decodeDict(readFileSync(new URL(file, dir)));
}
