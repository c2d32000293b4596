import type { Detection } from '../core/types.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

/**
 * Licence plates: Dutch kentekens (sidecodes 1-14, written with dashes), Belgian plates ("1-ABC-234";
 * the older "ABC-123" only after a cue) and UK plates ("AB12 CDE", only after a cue).
 * A plate always mixes letters and digits in a fixed shape, which is what keeps dates (12-03-2024),
 * scores (3-1), ranges (10-12) and times out: none of them has letters.
 */

// Dutch sidecodes 1-14, letters as X and digits as 9; every one has six characters.
const NL_SIDECODES = new Set([
  'XX-99-99', '99-99-XX', '99-XX-99', 'XX-99-XX', 'XX-XX-99', '99-XX-XX', '99-XXX-9', '9-XXX-99',
  'XX-999-X', 'X-999-XX', 'XXX-99-X', 'X-99-XXX', '9-XX-999', '999-XX-9',
]);
const BE_NEW = '9-XXX-999';

const GROUP = String.raw`([A-Za-z]{1,3}|\d{1,3})`;
const EDGE_BEFORE = String.raw`(?<![\p{L}\p{Nd}\-])`;
const EDGE_AFTER = String.raw`(?![\p{L}\p{Nd}]|-[\p{L}\p{Nd}])`;
const THREE_RE = new RegExp(`${EDGE_BEFORE}${GROUP}-${GROUP}-${GROUP}${EDGE_AFTER}`, 'gu');
const BE_OLD_RE = new RegExp(String.raw`${EDGE_BEFORE}[A-Za-z]{3}-\d{3}${EDGE_AFTER}`, 'gu');
const UK_RE = /(?<![\p{L}\p{Nd}])[A-Za-z]{2}\d{2}[ \u00a0]?[A-Za-z]{3}(?![\p{L}\p{Nd}])/gu;

// Directly before the plate: "kenteken 9-XKL-27", "nummerplaat: 1-ABC-234", "registration AB12 CDE".
const CUE_RE = /(?:^|[^\p{L}])(?:kenteken|kentekenplaat|nummerplaat|nummerbord|license plate|licence plate|number plate|plate|registration|reg|plaat)(?:nummer| number| no)?\.?[^\p{L}\p{Nd}\n]{0,4}(?:(?:is|was|van|of)[^\p{L}\p{Nd}\n]{1,3})?$/u;
// Dutch plates have had no vowels since the 1970s; a vowel makes a code likelier than a plate.
const VOWEL = /[AEIOU]/;

const shapeOf = (s: string): string => s.replace(/[A-Za-z]/g, 'X').replace(/\d/g, '9');
const hasLower = (s: string): boolean => s !== s.toUpperCase();

const licensePlateDetector: Detector = {
  id: 'license-plate',
  detect({ text }: DetectContext): Detection[] {
    const out: Detection[] = [];
    const cued = (start: number): boolean => CUE_RE.test(text.slice(Math.max(0, start - 30), start).toLowerCase());
    const push = (start: number, len: number, country: 'nl' | 'be' | 'uk', confidence: number): void => {
      out.push({ kind: 'license-plate', start, end: start + len, rule: 'license-plate', confidence, facts: { country } });
    };

    for (const m of text.matchAll(THREE_RE)) {
      const plate = m[0];
      const shape = shapeOf(plate);
      const nl = NL_SIDECODES.has(shape);
      if (!nl && shape !== BE_NEW) continue;
      const cue = cued(m.index);
      // Lower case is how words and codes are written; a plate in lower case needs a cue.
      if (hasLower(plate) && !cue) continue;
      if (nl) {
        const confidence = cue ? 0.95 : VOWEL.test(plate) ? 0.6 : 0.85;
        push(m.index, plate.length, 'nl', confidence);
      } else {
        // Belgian plates start with 1 or 2 (the series digit); other leading digits are rare in practice.
        if (!cue && !/^[12]/.test(plate)) continue;
        push(m.index, plate.length, 'be', cue ? 0.95 : 0.85);
      }
    }

    // "ABC-123" is also the shape of product and form codes: only after a cue.
    for (const m of text.matchAll(BE_OLD_RE)) {
      if (cued(m.index)) push(m.index, m[0].length, 'be', 0.85);
    }
    for (const m of text.matchAll(UK_RE)) {
      if (cued(m.index)) push(m.index, m[0].length, 'uk', 0.9);
    }
    return out;
  },
};

export const licensePlateRule: Rule = {
  meta: ruleMeta('license-plate', ['license-plate'], 'Licence plates in the Dutch side codes, Belgian and UK formats'),
  create: () => licensePlateDetector,
};
