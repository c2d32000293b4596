import type { Detection } from '../core/types.js';
import { isValidNhs } from './checksums.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

/**
 * Record numbers: a cue ("dossiernummer", "patiëntnr.", "Hospital no:", "MRN") followed by a value with
 * at least four digits ("2023-4411", "2023/0457", "LDH4471832"). Only the value is reported. Without
 * its cue a number like this is anything (an order, an invoice), so the cue is required.
 */

// Cues that name a record by themselves; a following "nummer"/"nr"/"no" is allowed.
const STANDALONE = [
  'dossiernummer', 'dossiernr', 'dossier', 'patiëntnummer', 'patiëntnr', 'cliëntnummer', 'cliëntnr', 'kenmerk',
  'zaaknummer', 'zaaknr', 'registratienummer', 'registratienr', 'referentienummer', 'referentie', 'polisnummer',
  'klantnummer', 'lidnummer', 'personeelsnummer', 'studentnummer', 'leerlingnummer', 'opnamenummer', 'parketnummer',
  'notitienummer', 'meldingsnummer', 'relatienummer', 'verzekerdennummer', 'ziekenhuisnummer', 'agb-code', 'mrn',
  'ref', 'reference', 'casenummer',
];
// Cues that only name a record with "number"/"no"/"ID" after them: "patient ID", "case no.", "BIG-nummer".
const NEEDS_FILLER = [
  'patiënt', 'cliënt', 'hospital', 'case', 'nhs', 'big', 'uzi', 'epd', 'medical record', 'record', 'unit', 'chart', 'file',
  'member', 'hospitaal', 'ziekenhuis',
];
// Generic words: a record cue, but also used loosely; lower confidence.
const GENERIC = new Set(['dossier', 'kenmerk', 'referentie', 'ref', 'reference', 'case', 'file', 'record', 'unit']);

// "ë" may arrive decomposed (e + U+0308) or be typed as a plain "e".
const alt = (words: string[]): string => words.map((w) => w.replace(/ë/g, '(?:ë|e\\u0308|e)').replace(/ /g, '[ \\u00a0]')).join('|');
const FILLER = String.raw`[ \-]?(?:nummer|nr|no|number|num|id|#)(?![\p{L}])`;
const CUE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{Nd}])(?:(${alt(STANDALONE)})(?:${FILLER})?|(${alt(NEEDS_FILLER)})${FILLER})\.?`,
  'giu',
);
// Between cue and value: a few spaces and one of ":", "#", "=". Bounded, so no backtracking blow-up.
// The value: alphanumeric parts joined by single "-", "/" or "."; linear, as a separator is never alphanumeric.
const VALUE_SRC = String.raw`[^\S\n]{0,3}(?:[:#=][^\S\n]{0,3})?(\d{3}[ \u00a0]\d{3}[ \u00a0]\d{4}(?![\p{L}\p{Nd}])|[A-Za-z0-9]+(?:[\-\/.][A-Za-z0-9]+)*)(?![\p{L}\p{Nd}])`;

const DATE = /^(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$/;
const YEAR = /^(?:19|20)\d\d$/;
// Codes are digits, or 1-4 letters then digits ("LDH4471832"), optionally with more parts after a separator.
const SHAPE = /^(?:[A-Za-z]{1,4}-?)?\d/;

const recordIdDetector: Detector = {
  id: 'record-id',
  detect({ text }: DetectContext): Detection[] {
    const out: Detection[] = [];
    const valueRe = new RegExp(VALUE_SRC, 'uy');
    for (const m of text.matchAll(CUE_RE)) {
      valueRe.lastIndex = m.index + m[0].length;
      const v = valueRe.exec(text);
      if (!v) continue;
      const value = v[1]!;
      const digits = value.replace(/\D/g, '');
      if (digits.length < 4 || !SHAPE.test(value) || YEAR.test(value) || DATE.test(value)) continue;
      const cue = (m[1] ?? m[2] ?? '').toLowerCase().normalize('NFC');
      // A valid NHS number is a national id, reported by that detector.
      if (cue === 'nhs' && digits.length === 10 && digits.length === value.replace(/[ \u00a0]/g, '').length && isValidNhs(digits)) continue;
      const start = v.index + v[0].length - value.length;
      out.push({
        kind: 'record-id',
        start,
        end: start + value.length,
        rule: 'record-id',
        confidence: GENERIC.has(cue) ? 0.7 : 0.85,
        facts: { cue },
      });
    }
    return out;
  },
};

export const recordIdRule: Rule = {
  meta: ruleMeta('record-id', ['record-id'], 'Case, client and hospital numbers after a label (dossiernummer, MRN, hospital no)'),
  create: () => recordIdDetector,
};
