import type { Detection } from '../core/types.js';
import { caseless, caselessChar, LETTER_IU } from '../text/caseless.js';
import { isValidNhs } from './checksums.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

/**
 * Record and case numbers, recognized by a label and the grammar of the value:
 * - a record label ("dossiernummer", "patiëntnr.", "Hospital no:", "MRN", "zaaknummer", "rolnummer")
 *   followed by a value with at least four digits ("2023-4411", "2023/0457", "LDH4471832");
 * - a bare number sign ("no.", "nr.", "nos.") or a case noun ("application", "case", "zaak") followed by a
 *   number in the shape of a case number: a serial, a slash and a year ("36110/97", "12345/2001");
 * - a number sign or a case noun before a file number with a year and a code ("case 2024-JV-00731");
 * - Dutch court numbers, which need no label: "C/13/123456 / HA ZA 19-123", "200.123.456/01", a year, an
 *   office code and a serial ("2024-JV-00731"), and European Case Law Identifiers ("ECLI:NL:HR:2019:1234"),
 *   which name one case.
 * Only the value is reported. Lists go on: "applications nos. 26480/95, 28291/95 and 29280/95" gives three.
 * Without a label or a case-number shape a number like this is anything (an order, an invoice).
 */

// Cues that name a record by themselves; a following "nummer"/"nr"/"no" is allowed.
const STANDALONE = [
  'dossiernummer', 'dossiernr', 'dossier', 'patiëntnummer', 'patiëntnr', 'cliëntnummer', 'cliëntnr', 'kenmerk',
  'zaaknummer', 'zaaknr', 'registratienummer', 'registratienr', 'referentienummer', 'referentie', 'polisnummer',
  'klantnummer', 'lidnummer', 'personeelsnummer', 'studentnummer', 'leerlingnummer', 'opnamenummer', 'parketnummer',
  'parketnr', 'rolnummer', 'rolnr', 'procesnummer', 'notitienummer', 'meldingsnummer', 'relatienummer',
  'verzekerdennummer', 'ziekenhuisnummer', 'agb-code', 'mrn', 'ref', 'reference', 'casenummer',
  'dossiernummers', 'zaaknummers', 'cliëntnummers', 'patiëntnummers', 'rolnummers', 'parketnummers',
  // Clinical shorthand: "ptnr", "pat.nr", "pt-nr", "cl.nr", "opn.nr".
  'ptnr', 'pt.nr', 'pt-nr', 'patnr', 'pat.nr', 'pat-nr', 'clnr', 'cl.nr', 'opnnr', 'opn.nr', 'dossier-nr', 'dos.nr',
];
// Cues that only name a record with "number"/"no"/"ID" after them: "patient ID", "case no.", "BIG-nummer".
const NEEDS_FILLER = [
  'patiënt', 'cliënt', 'hospital', 'case', 'cases', 'application', 'applications', 'nhs', 'big', 'uzi', 'epd',
  'medical record', 'record', 'unit', 'chart', 'file', 'member', 'hospitaal', 'ziekenhuis',
];
// A number sign alone ("no.", "nr.", "nos."), or a case noun alone ("application 36110/97", "zaak 12345/19"):
// the value must have the shape of a case number (serial/year).
const SIGNS = ['nos', 'nrs', 'no', 'nr', 'n°', '№'];
const CASE_NOUNS = ['applications', 'application', 'cases', 'case', 'zaken', 'zaak'];
// Generic words: a record cue, but also used loosely; lower confidence, and no "is" between cue and value.
const GENERIC = new Set(['dossier', 'kenmerk', 'referentie', 'ref', 'reference', 'case', 'cases', 'file', 'record', 'unit']);

// Heads of numbered texts that are not cases: a law, a regulation, an issue of a journal, a page.
// "Regulation (EC) No 883/2004" and "Verordening (EG) nr. 1408/71" are laws, not someone's case.
const NOT_CASE_HEADS = new Set([
  'regulation', 'regulations', 'directive', 'decree', 'law', 'act', 'statute', 'resolution', 'protocol', 'convention',
  'article', 'rule', 'recommendation', 'issue', 'volume', 'vol', 'page', 'pages', 'p', 'pp', 'edition', 'bulletin',
  'circular', 'order', 'invoice', 'report', 'opinion', 'verordening', 'richtlijn', 'wet', 'besluit', 'resolutie',
  'artikel', 'regel', 'aanbeveling', 'jaargang', 'editie', 'uitgave', 'aflevering', 'pagina', 'blz', 'bladzijde',
  'circulaire', 'kamerstuk', 'kamerstukken', 'stb', 'staatsblad', 'stcrt', 'staatscourant', 'factuur', 'bestelling',
  'rapport', 'advies', 'bijlage', 'annex', 'appendix', 'tijdschrift', 'journal',
]);
const WORD_BEFORE = /(\p{L}+)\.?[^\S\n]*(?:\([\p{L}]{2,8}\)[^\S\n]*)?[(\[]?[^\S\n]*$/u;

// "ë" may arrive decomposed (e + U+0308) or be typed as a plain "e".
// Longest first, so "zaaknummers" is not read as "zaaknummer" and a stray "s".
// Case-insensitive without the i flag (src/text/caseless.ts): the same matches, a fraction of the compile.
const cueWord = (w: string): string => [...w].map((c) => (c === 'ë' ? `(?:${caseless('ë')}|${caseless('e')}\\u0308|${caseless('e')})` : c === ' ' ? '[ \\u00a0]' : caselessChar(c))).join('');
const alt = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).map(cueWord).join('|');
const FILLER = String.raw`[ \-]?(?:${['nummers', 'nummer', 'nrs', 'nr', 'nos', 'no', 'numbers', 'number', 'num', 'id', '#'].map(caseless).join('|')})(?![${LETTER_IU}])`;
export const CUE_RE = new RegExp(
  String.raw`(?<![${LETTER_IU}\p{Nd}])(?:(${alt(STANDALONE)})(?:${FILLER})?|(${alt(NEEDS_FILLER)})${FILLER}|(${alt(SIGNS)})(?![${LETTER_IU}])|(${alt(CASE_NOUNS)})(?![${LETTER_IU}]))\.?`,
  'gu',
);
// Between cue and value: a few spaces and one of ":", "#", "=", or a copula ("is", "was", "luidt").
// The value: a Dutch court number ("C/13/123456 / HA ZA 19-123"), a case type with number ("HA ZA 19-123",
// "AWB 19/1234"), an NHS-shaped number, or alphanumeric parts joined by single "-", "/" or "."; linear, as
// every repetition starts with a character the one before cannot end with. Bounded, so no backtracking blow-up.
const COURT = String.raw`C\/\d{2}\/\d{4,7}(?:[^\S\n]?\/[^\S\n]?[A-Z]{2,4}(?:[^\S\n][A-Z]{2,4})?[^\S\n]\d{2}-\d{1,6})?`;
const CASE_TYPE = String.raw`[A-Z]{2,4}(?:[^\S\n][A-Z]{2,4})?[^\S\n]\d{2}[\-\/]\d{1,6}`;
const PLAIN = String.raw`[A-Za-z0-9]+(?:[\-\/.][A-Za-z0-9]+)*`;
const VALUE_SRC = String.raw`[^\S\n]{0,3}(?:[:#=][^\S\n]{0,3}|(is|was|luidt|are|were|zijn|waren)[^\S\n]{1,3}(?::[^\S\n]{0,3})?)?(${COURT}|${CASE_TYPE}|\d{3}[ \u00a0]\d{3}[ \u00a0]\d{4}|${PLAIN})(?![\p{L}\p{Nd}])`;
// One more value of a list: "26480/95, 28291/95 and 29280/95", "2023-4411 en 2023-4412".
const NEXT_SRC = String.raw`[^\S\n]{0,2}(?:[,;][^\S\n]{0,2}(?:(?:and|en|or|of|&)[^\S\n]{1,2})?|(?:and|en|or|of|&)[^\S\n]{1,2})(${PLAIN})(?![\p{L}\p{Nd}])`;
// Recognized by their own grammar, without a label: Dutch civil and appeal court numbers, and ECLI.
const FREE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{Nd}\/.])(?:${COURT}|(?:19|20)\d\d-[A-Z]{1,4}-\d{4,7}|\d{3}\.\d{3}\.\d{3}\/\d{2}|ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:(?:19|20)\d\d:[A-Z0-9]+(?:\.[A-Z0-9]+)*)(?![\p{L}\p{Nd}\/])`,
  'gu',
);

const DATE = /^(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$/;
const YEAR = /^(?:19|20)\d\d$/;
// "1997-2001", "2019/20": a span of years, not a number.
const YEAR_RANGE = /^(?:19|20)\d\d[-/](?:(?:19|20)\d\d|\d\d)$/;
// Codes are digits, or 1-4 letters then digits ("LDH4471832"), optionally with more parts after a separator.
const SHAPE = /^(?:[A-Za-z]{1,4}-?)?\d/;
// The shape of a case number: a serial of three to six digits, a slash, the year ("36110/97", "316/07"),
// or the year first ("2004/1234").
const SERIAL_YEAR = /^(?:\d{3,6}\/(?:\d{2}|(?:19|20)\d\d)|(?:19|20)\d\d\/\d{3,6})$/;
// A file number with a year and a code of its office or kind, in either order: "2024-JV-00731",
// "JV/2024/00731", "FPC-2023-0418". After a number sign or a case noun it is a case number.
const CODED_YEAR = /^(?:(?:19|20)\d\d([-\/])[A-Z]{1,5}\1\d{3,7}|[A-Z]{1,5}([-\/])(?:19|20)\d\d\2\d{3,7})$/;
// What a value looks like, for a list: "28045/02" and "316/07" are alike, "2023-4411" and "12" are not.
const signature = (v: string): string => (SERIAL_YEAR.test(v) ? 'serial/year' : v.replace(/\d/g, '9').replace(/[A-Za-z]/g, 'A'));

type Strength = 'label' | 'sign';

const COURT_VALUE = new RegExp(String.raw`^${COURT}$`, 'u');
const CASE_TYPE_VALUE = new RegExp(String.raw`^${CASE_TYPE}$`, 'u');

function acceptable(value: string, strength: Strength): boolean {
  if (COURT_VALUE.test(value) || (strength === 'label' && CASE_TYPE_VALUE.test(value))) return true;
  if (strength === 'sign') return (SERIAL_YEAR.test(value) && !YEAR_RANGE.test(value)) || CODED_YEAR.test(value);
  const digits = value.replace(/\D/g, '');
  return digits.length >= 4 && SHAPE.test(value) && !YEAR.test(value) && !YEAR_RANGE.test(value) && !DATE.test(value);
}

const recordIdDetector: Detector = {
  id: 'record-id',
  detect({ text }: DetectContext): Detection[] {
    const out: Detection[] = [];
    const valueRe = new RegExp(VALUE_SRC, 'uy');
    const nextRe = new RegExp(NEXT_SRC, 'uy');
    const push = (start: number, end: number, confidence: number, cue: string) =>
      out.push({ kind: 'record-id', start, end, rule: 'record-id', confidence, facts: { cue } });
    for (const m of text.matchAll(CUE_RE)) {
      valueRe.lastIndex = m.index + m[0].length;
      const v = valueRe.exec(text);
      if (!v) continue;
      const value = v[2]!;
      const strength: Strength = m[3] !== undefined || m[4] !== undefined ? 'sign' : 'label';
      const cue = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').toLowerCase().normalize('NFC');
      // "is" stands between a specific label and its value ("Het dossiernummer is 2023-4411"); after a
      // generic word it is a sentence ("het dossier is 12345 pagina's").
      const filler = m[0].length > (m[1] ?? m[2] ?? '').length + (m[0].endsWith('.') ? 1 : 0);
      if (v[1] !== undefined && (strength === 'sign' || (GENERIC.has(cue) && !filler))) continue;
      if (!acceptable(value, strength)) continue;
      // "Regulation (EC) No 883/2004", "nr. 12/2019 van het tijdschrift": a numbered law or issue.
      if (m[3] !== undefined) {
        const word = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1]?.toLowerCase();
        if (word && NOT_CASE_HEADS.has(word)) continue;
      }
      const digits = value.replace(/\D/g, '');
      // A valid NHS number is a national id, reported by that detector.
      if (cue === 'nhs' && digits.length === 10 && digits.length === value.replace(/[ \u00a0]/g, '').length && isValidNhs(digits)) continue;
      const start = v.index + v[0].length - value.length;
      const confidence = strength === 'sign' ? 0.8 : GENERIC.has(cue) && !filler ? 0.7 : 0.85;
      push(start, start + value.length, confidence, cue);
      // A list of values of the same shape after one label.
      const shape = signature(value);
      nextRe.lastIndex = start + value.length;
      for (let n = nextRe.exec(text); n && signature(n[1]!) === shape && acceptable(n[1]!, strength); n = nextRe.exec(text)) {
        const s = n.index + n[0].length - n[1]!.length;
        push(s, s + n[1]!.length, confidence, cue);
      }
    }
    // Court numbers and ECLI by their own grammar, where no label took them already.
    const taken = out.map((d) => [d.start, d.end] as const);
    for (const m of text.matchAll(FREE_RE)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => s < end && start < e)) continue;
      push(start, end, 0.9, m[0].startsWith('ECLI') ? 'ecli' : 'court');
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

export const recordIdRule: Rule = {
  meta: ruleMeta('record-id', ['record-id'], 'Case, client and hospital numbers after a label (dossiernummer, MRN, hospital no, application no.), and court case numbers'),
  create: () => recordIdDetector,
};
