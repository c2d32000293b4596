import type { Token } from './tokenize.js';

// Abbreviations whose dot does not end a sentence.
const ABBREVIATIONS = new Set([
  'dhr', 'mw', 'mevr', 'dr', 'drs', 'ir', 'ing', 'prof', 'mr', 'mrs', 'ms', 'st', 'nr', 'tel', 'ca', 'bijv', 'bv', 'evt', 'incl',
  'excl', 'o', 'a', 'i', 'e', 'g', 'vs', 'etc', 'jr', 'sr', 'no', 'geb', 'resp', 'ivm', 'm', 'b', 'z', 'vgl', 'fig', 'jan', 'feb',
  'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'dec', 'patiëntnr', 'dossiernr', 'blz', 'p',
]);

/**
 * Sentence number of every token (0-based), in one pass. A sentence ends at ".", "!" or "?" that is
 * not an abbreviation's or an initial's dot and not inside a number, and at every line break: in
 * posts and case notes a line is a unit of its own.
 */
export function sentenceIndex(text: string, tokens: readonly Token[]): Int32Array {
  const index = new Int32Array(tokens.length);
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0) {
      for (let k = tokens[i - 1]!.end; k < t.start; k++) {
        const c = text.charCodeAt(k);
        if (c === 10 || c === 13) {
          sentence++;
          break;
        }
      }
    }
    index[i] = sentence;
    if (t.text === '!' || t.text === '?') sentence++;
    else if (t.text === '.') {
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const inNumber = prev?.type === 'number' && next?.type === 'number' && !next.gapBefore;
      const abbreviation = prev?.type === 'word' && !t.gapBefore && (ABBREVIATIONS.has(prev.lower) || (prev.text.length === 1 && prev.text !== prev.lower));
      if (!inNumber && !abbreviation) sentence++;
    }
  }
  return index;
}
