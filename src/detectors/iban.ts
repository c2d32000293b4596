import { lazy, requireLazily } from '../util/lazy.js';
import type { Detection } from '../core/types.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

// Loaded on the first IBAN-shaped candidate: most texts have none.
const ibantools = lazy(() => requireLazily('ibantools') as typeof import('ibantools'));

/**
 * IBANs, compact ("GB82WEST12345698765432") or printed in groups ("NL16 RABO 0157 3829 46"), any case.
 * Only numbers that pass ibantools' validation (country length, BBAN format, mod-97) are reported,
 * so a look-alike code is never an IBAN.
 */

// Country code + check digits, not glued to a preceding letter or digit. The rest is read by hand
// below: a regex that also took the groups would chain through every short word after it.
const START_RE = /(?<![\p{L}\p{Nd}])[A-Za-z]{2}\d{2}/gu;
const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const OTHER_WORD_CHAR = /[\p{L}\p{Nd}]/u;

/**
 * The alphanumeric parts from `pos` (the first glued to the check digits, the rest after one space),
 * read until their compact length reaches `length`.
 */
function partsFrom(text: string, pos: number, length: number): Array<{ end: number; compact: string }> {
  const parts: Array<{ end: number; compact: string }> = [];
  let compact = '';
  let i = pos;
  for (;;) {
    let j = i;
    while (j < text.length && isAlnum(text.charCodeAt(j))) j++;
    // A part glued to a non-ASCII letter or digit ("NL16é") is not part of an IBAN.
    if (j < text.length && OTHER_WORD_CHAR.test(text[j]!)) break;
    compact += text.slice(i, j);
    if (compact.length > length) break;
    parts.push({ end: j, compact });
    const sep = text[j];
    if ((sep !== ' ' && sep !== '\u00a0') || !isAlnum(text.charCodeAt(j + 1)) || compact.length === length) break;
    i = j + 1;
  }
  return parts;
}

const ibanDetector: Detector = {
  id: 'iban',
  detect({ text }: DetectContext): Detection[] {
    const out: Detection[] = [];
    let skipUntil = 0;
    for (const m of text.matchAll(START_RE)) {
      const start = m.index;
      if (start < skipUntil) continue;
      // Each country has one IBAN length: no length, no IBAN ("AB12", "NL2024" stop here).
      const length = ibantools().countrySpecs[m[0].slice(0, 2).toUpperCase()]?.chars;
      if (!length) continue;
      const parts = partsFrom(text, start, length);
      // The prefix of whole parts with the country's length: "BE93 0634 7812 5967 naar" ends before "naar".
      const part = parts.find((p) => p.compact.length === length);
      if (!part) continue;
      const iban = part.compact.toUpperCase();
      if (!ibantools().isValidIBAN(iban)) continue;
      out.push({ kind: 'iban', start, end: part.end, rule: 'iban', confidence: 0.99, facts: { country: iban.slice(0, 2) } });
      skipUntil = part.end;
    }
    return out;
  },
};

export const ibanRule: Rule = {
  meta: ruleMeta('iban', ['iban'], 'Bank account numbers (IBAN) with a valid check digit'),
  create: () => ibanDetector,
};
