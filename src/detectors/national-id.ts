import type { Detection, Lang } from '../core/types.js';
import { isPlausibleSsn, isValidBsn, isValidInsz, isValidNhs } from './checksums.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

/**
 * National identity numbers: Dutch BSN, Belgian INSZ / rijksregisternummer, UK NHS number, US SSN.
 *
 * We take each maximal run of digit groups joined by single separators ("2391.84.658",
 * "943 476 5919", "0612345678") and match the run as a whole against the written shapes of each
 * scheme. Working on whole runs is what keeps digits inside longer numbers (phone numbers, IBAN
 * digits, amounts) from matching: a 9-digit tail of a 10-digit number is never a candidate.
 */

type Scheme = 'bsn' | 'insz' | 'nhs' | 'ssn';

// Linear: every repetition must start with a separator, and a separator is never a digit.
const RUN_RE = /\d+(?:[ .,\-\/\u00a0\u202f]\d+)*/g;

const FILLER = String.raw`(?:[ \-]?(?:nummer|nr|no|number|num|#))?`;
const TAIL = String.raw`[^\p{L}\p{Nd}\n]{0,4}(?:(?:is|was|van|of|:)[^\p{L}\p{Nd}\n]{1,3}){0,2}$`;
const cue = (words: string): RegExp => new RegExp(String.raw`(?:^|[^\p{L}\p{Nd}])(?:${words})${FILLER}\.?${TAIL}`, 'u');

// Matched against the (lower-cased) 40 characters before a run; anchored at the end, so only a cue
// directly in front of the number counts ("BSN: ", "NHS number is ", "rijksregisternr. ").
const CUES: Record<Scheme, RegExp> = {
  bsn: cue('bsn|burgerservicenummer|burgerservice-nummer|sofinummer|sofi-nummer|sofi'),
  insz: cue('rijksregisternummer|rijksregisternr|rijksregister|rrn|insz|insz-nummer|bisnummer|bis-nummer|nationaal nummer|identificatienummer'),
  nhs: cue('nhs'),
  ssn: cue('ssn|social security|soc\\. sec\\.|soc sec'),
};

// A number announced as a phone number is a phone number, whatever its checksum says.
const PHONE_CUE = /(?:^|[^\p{L}])(?:tel|telefoon|telefoonnummer|telnr|gsm|mobiel|mob|bel|bellen|sms|whatsapp|fax|phone|call|mobile|text)\.?[^\p{L}\p{Nd}\n]{0,4}(?:(?:op|me|mij|naar|on|at|me on|me at)[^\p{L}\p{Nd}\n]{1,3}){0,2}$/u;

// Any other number label ("ordernummer", "klantnr.", "factuur", "KvK", "ID:"): an uncued number after
// it is that kind of number, even when it happens to pass a checksum (one in eleven does for BSN).
// A copula may stand between ("Het ordernummer is 271836490").
const OTHER_LABEL = /(?:^|[^\p{L}])(?:[\p{L}\-]*nummer|[\p{L}\-]*nr|no|number|code|kenmerk|ref|referentie|reference|order|factuur|invoice|kvk|btw|vat|id|#)\.?[^\p{L}\p{Nd}\n]{0,4}(?:(?:is|was|luidt|are|were)[^\p{L}\p{Nd}\n]{1,3})?$/u;

const SPACE = /[ \u00a0\u202f]/;

interface Run {
  groups: string[];
  /** Separators between groups, spaces normalised to " ". */
  seps: string[];
}

interface Hit {
  scheme: Scheme;
  /** Number of groups of the run that make up the id. */
  groupCount: number;
  confidence: number;
}

const lens = (r: Run, n: number): string => r.groups.slice(0, n).map((g) => g.length).join('-');
const sepsOf = (r: Run, n: number): string => r.seps.slice(0, n - 1).join('');
const allSame = (s: string, chars: string): boolean => s.length > 0 && [...s].every((c) => c === s[0] && chars.includes(c));

/** Tries to read the first `n` groups of the run as an id. */
function classify(run: Run, n: number, cues: Set<Scheme>, lang: Lang): Hit | undefined {
  const shape = lens(run, n);
  const seps = sepsOf(run, n);
  const digits = run.groups.slice(0, n).join('');
  const cued = (s: Scheme): boolean => cues.has(s);
  const anyCue = cues.size > 0;

  // INSZ: 85.07.30-033.28 / 85.07.30 033 28 / 850730-033-28 / 850730 03328 / 85073003328.
  const inszShape =
    (shape === '2-2-2-3-2' && seps.startsWith('..') && /^..[-. ][-. ]$/.test(seps)) ||
    (shape === '6-3-2' && allSame(seps, '- .')) ||
    (shape === '6-5' && /^[- ]$/.test(seps)) ||
    shape === '11';
  if (inszShape && isValidInsz(digits)) {
    // A bare 11-digit number passes mod 97 by chance once in 97; the written shape is much rarer.
    const conf = cued('insz') ? 0.99 : shape === '11' ? (anyCue ? 0.8 : 0.85) : 0.95;
    return { scheme: 'insz', groupCount: n, confidence: conf };
  }

  // SSN: 123-45-6789; spaced or undashed only after an SSN cue.
  const ssnShape = (shape === '3-2-4' && (seps === '--' || (seps === '  ' && cued('ssn')))) || (shape === '9' && cued('ssn'));
  if (ssnShape && isPlausibleSsn(digits.slice(0, 3), digits.slice(3, 5), digits.slice(5))) {
    return { scheme: 'ssn', groupCount: n, confidence: cued('ssn') ? 0.95 : 0.75 };
  }

  // BSN: 123456782 / 2391.84.658 / 123 456 782 / 123.456.782; 8 digits (leading 0 dropped) after a cue.
  const bsnShape =
    shape === '9' ||
    (shape === '8' && cued('bsn')) ||
    (shape === '4-2-3' && allSame(seps, '. ')) ||
    (shape === '3-3-3' && (allSame(seps, '. ') || (seps === '--' && cued('bsn'))));
  if (bsnShape && isValidBsn(digits)) {
    if (cued('bsn')) return { scheme: 'bsn', groupCount: n, confidence: 0.98 };
    // Uncued: a leading 0 is a phone number (Belgian landlines have 9 digits); English text rarely has
    // a BSN, and one random 9-digit number in eleven passes the 11-proef.
    if (digits.startsWith('0') || digits.length === 8 || lang === 'en' || anyCue) return undefined;
    // "123.456.782" is also how a (very large) amount is written: lower confidence.
    const conf = shape === '4-2-3' ? 0.9 : shape === '9' ? 0.7 : 0.65;
    return { scheme: 'bsn', groupCount: n, confidence: conf };
  }

  // NHS: 943 476 5919; compact or dashed (the US phone shape) only after a cue.
  const nhsShape = (shape === '3-3-4' && (seps === '  ' || (seps === '--' && cued('nhs')))) || (shape === '10' && cued('nhs'));
  if (nhsShape && isValidNhs(digits)) {
    if (cued('nhs')) return { scheme: 'nhs', groupCount: n, confidence: 0.98 };
    // "020 123 4567" is an Amsterdam phone number; NHS numbers do not start with 0.
    if (digits.startsWith('0') || anyCue) return undefined;
    return { scheme: 'nhs', groupCount: n, confidence: lang === 'en' ? 0.85 : 0.7 };
  }
  return undefined;
}

function cuesBefore(text: string, start: number): Set<Scheme> {
  const before = text.slice(Math.max(0, start - 40), start).toLowerCase();
  const found = new Set<Scheme>();
  for (const scheme of Object.keys(CUES) as Scheme[]) if (CUES[scheme].test(before)) found.add(scheme);
  return found;
}

/** Why a run can't be an id, whatever its digits: glued to letters, a currency, a time, a percentage. */
function badContext(text: string, start: number, end: number): boolean {
  const prev = text[start - 1] ?? '';
  const next = text[end] ?? '';
  if (/[\p{L}+#]/u.test(prev) || /[\p{L}%]/u.test(next)) return true;
  // Times, ratios, verse numbers: 12:30, 3:1.
  if ((next === ':' && /\d/.test(text[end + 1] ?? '')) || (prev === ':' && /\d/.test(text[start - 2] ?? ''))) return true;
  if (/[€$£]\s?$/.test(text.slice(Math.max(0, start - 3), start)) || /^\s?(?:euro|eur)\b/i.test(text.slice(end, end + 6))) return true;
  return false;
}

const nationalIdDetector: Detector = {
  id: 'national-id',
  detect({ text, lang }: DetectContext): Detection[] {
    const out: Detection[] = [];
    for (const m of text.matchAll(RUN_RE)) {
      const raw = m[0];
      // Ids have 8 to 11 digits; skip cheap before splitting.
      if (raw.length < 8) continue;
      const start = m.index;
      if (badContext(text, start, start + raw.length)) continue;
      const groups = raw.split(/[^\d]/);
      const seps = (raw.match(/[^\d]/g) ?? []).map((c) => (SPACE.test(c) ? ' ' : c));
      const digitCount = raw.length - seps.length;
      if (digitCount < 8) continue;
      const run: Run = { groups, seps };
      const cues = cuesBefore(text, start);
      if (cues.size === 0) {
        const before = text.slice(Math.max(0, start - 30), start).toLowerCase();
        if (PHONE_CUE.test(before) || OTHER_LABEL.test(before)) continue;
      }
      let hit = classify(run, groups.length, cues, lang);
      // "BSN 123456782 2 kinderen": with a cue, a prefix of the run that ends at a space may be the id.
      if (!hit && cues.size > 0) {
        for (let n = Math.min(groups.length - 1, 5); n >= 1 && !hit; n--) {
          if (seps[n - 1] === ' ') hit = classify(run, n, cues, lang);
        }
      }
      if (!hit) continue;
      let len = 0;
      for (let i = 0; i < hit.groupCount; i++) len += groups[i]!.length + (i > 0 ? 1 : 0);
      out.push({
        kind: 'national-id',
        start,
        end: start + len,
        rule: 'national-id',
        confidence: hit.confidence,
        facts: { scheme: hit.scheme, cue: cues.has(hit.scheme) },
      });
    }
    return out;
  },
};

export const nationalIdRule: Rule = {
  meta: ruleMeta('national-id', ['national-id'], 'National numbers with a valid checksum: BSN, Belgian rijksregisternummer (INSZ), NHS number, US SSN'),
  create: () => nationalIdDetector,
};
