import type { Detection } from '../core/types.js';
import { caseless, caselessChar, caselessClass, LETTER_IU } from '../text/caseless.js';
import { findAddresses } from './address.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

/**
 * Postcodes: Dutch ("4461 AB"), Belgian ("9400 Ninove", only in an address), UK ("LU2 7JT") and
 * US ZIP codes (only after a state or "ZIP"). A bare four-digit number is a year, an amount or a
 * count far more often than a Belgian postcode, so those need an address or a cue around them.
 */

// Not glued to letters/digits, nor the tail of a date or number: "12-03-2024", "1.2023".
const NOT_AFTER = String.raw`(?<![\p{L}\p{Nd}]|\p{Nd}[\-./:,])`;
const NOT_BEFORE = String.raw`(?![\p{L}\p{Nd}]|[\-./:,]\p{Nd})`;

const NL_RE = new RegExp(String.raw`${NOT_AFTER}([1-9]\d{3})([ \u00a0]?)([A-Za-z]{2})(?![\p{L}\p{Nd}])`, 'gu');
const BE_RE = new RegExp(String.raw`${NOT_AFTER}(B-?)?([1-9]\d{3})${NOT_BEFORE}[ \u00a0]{1,2}(\p{Lu}[\p{L}\p{M}]+)`, 'gu');
const UK_RE = /(?<![\p{L}\p{Nd}])([A-Z]{1,2})(\d[A-Z\d]?)[ \u00a0](\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{Nd}])/gu;
// Case-insensitive without the i flag (src/text/caseless.ts): the same matches, a fraction of the compile.
const STATES = ['A[KLRZ]', 'C[AOT]', 'D[CE]', 'FL', 'GA', 'HI', 'I[ADLN]', 'K[SY]', 'LA', 'M[ADEINOST]', 'N[CDEHJMVY]', 'O[HKR]', 'PA', 'RI', 'S[CD]', 'T[NX]', 'UT', 'V[AT]', 'W[AIVY]']
  .map((s) => s.replace(/\[([A-Z]+)\]|[A-Z]/g, (m, letters?: string) => (letters ? caselessClass(letters) : caselessChar(m))))
  .join('|');
const NOT_BEFORE_IU = String.raw`(?![${LETTER_IU}\p{Nd}]|[\-./:,]\p{Nd})`;
export const US_RE = new RegExp(String.raw`(?<![${LETTER_IU}\p{Nd}])(?:(${STATES})[ \u00a0]{1,2}|${caseless('ZIP')}(?:[ \-]?${caseless('code')})?:?[ \u00a0]{0,2})(\d{5})(?:-\d{4})?${NOT_BEFORE_IU}`, 'gu');

// Dutch postcodes never use these letter pairs (SS, SD, SA: wartime associations).
const NL_EXCLUDED = new Set(['SA', 'SD', 'SS']);
// Letter pairs that after a number are far likelier a unit or abbreviation ("1000 KM", "2023 NL");
// accepted as a postcode only when a place name follows.
const NL_AMBIGUOUS = new Set([
  'AD', 'AM', 'PM', 'BC', 'BV', 'NV', 'CV', 'EU', 'NL', 'BE', 'DE', 'FR', 'UK', 'US', 'VS', 'GB', 'MB', 'KB', 'TB', 'KM', 'KG',
  'MG', 'ML', 'CL', 'DL', 'CM', 'MM', 'HA', 'KW', 'MW', 'GW', 'HZ', 'PK', 'CC', 'XL', 'OK', 'ID', 'IQ', 'TV', 'PC', 'CD', 'DJ',
  'HD', 'VR', 'AI', 'EK', 'WK', 'OS', 'GP', 'BN', 'EN', 'OF', 'IN', 'OP', 'IS', 'ER', 'JR', 'SR', 'NO', 'ON', 'AT', 'TO', 'BY', 'OR', 'AN', 'AS', 'IT',
]);
// Capitalized words after a number that are not places: "9400 Euro", "2023 Jaarverslag" is too rare to list.
const NOT_PLACES = new Set(['euro', 'eur', 'km', 'kg', 'jaar', 'dollar', 'pond', 'man', 'mensen', 'stuks', 'cliënten', 'clienten', 'patiënten', 'patienten', 'bezoekers', 'deelnemers', 'leden', 'the', 'and', 'people', 'een', 'en', 'in', 'op', 'ik', 'we', 'wij', 'ze', 'zij', 'hij', 'je', 'u', 'er', 'is', 'was', 'dat', 'die', 'dit']);
// Official UK postcode areas: keeps "MP3 4GB"-like codes and random uppercase out.
const UK_AREAS = new Set(
  ('AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY ' +
    'HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL ' +
    'PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE').split(' '),
);
const PLACE_AFTER = /^[ \u00a0]{1,2}(\p{Lu}[\p{L}\p{M}'\-]+)/u;
const POSTCODE_CUE = /(?:postcode|postnummer|post code|postal code|zip)[^\p{L}\p{Nd}\n]{0,3}$/iu;

const placeAfter = (text: string, end: number): boolean => {
  const m = PLACE_AFTER.exec(text.slice(end, end + 40));
  return !!m && !NOT_PLACES.has(m[1]!.toLowerCase()) && m[1]!.length > 1;
};

const postcodeDetector: Detector = {
  id: 'postcode',
  detect(ctx: DetectContext): Detection[] {
    const { text } = ctx;
    const out: Detection[] = [];
    let addresses: Detection[] | undefined;
    // An address ending shortly before, in the same sentence: "Kapelstraat 41, 9400 Ninove".
    const afterAddress = (start: number): boolean => {
      addresses ??= findAddresses(ctx);
      return addresses.some((a) => a.end <= start && start - a.end <= 40 && !/[.!?;\n]/.test(text.slice(a.end, start)));
    };
    const cued = (start: number): boolean => POSTCODE_CUE.test(text.slice(Math.max(0, start - 20), start));

    const nlStarts = new Set<number>();
    for (const m of text.matchAll(NL_RE)) {
      const [whole, , space, letters] = m as unknown as [string, string, string, string];
      const start = m.index;
      const end = start + whole.length;
      const upper = letters.toUpperCase();
      if (NL_EXCLUDED.has(upper)) continue;
      const place = placeAfter(text, end);
      let confidence: number;
      if (letters === upper) {
        if (NL_AMBIGUOUS.has(upper) && !place && !cued(start)) continue;
        confidence = place ? 0.95 : 0.85;
      } else {
        // "7721ck Dalfsen" is a postcode; "2019 en Jan" is not: lower case needs a place after it, and
        // with a space also an address or cue before it.
        if (!place || (space !== '' && !afterAddress(start) && !cued(start))) continue;
        confidence = 0.75;
      }
      nlStarts.add(start);
      out.push({ kind: 'postcode', start, end, rule: 'postcode', confidence, facts: { personal: true, country: 'nl' } });
    }

    for (const m of text.matchAll(BE_RE)) {
      const [, prefix, digits, place] = m as unknown as [string, string | undefined, string, string];
      const start = m.index + (prefix?.length ?? 0);
      if (nlStarts.has(start) || NOT_PLACES.has(place.toLowerCase())) continue;
      // Years followed by a place ("2023 Gent") and counts are the rule; an address or cue is the exception.
      if (!prefix && !cued(start) && !afterAddress(start)) continue;
      out.push({ kind: 'postcode', start, end: start + digits.length, rule: 'postcode', confidence: prefix ? 0.9 : 0.85, facts: { personal: true, country: 'be' } });
    }

    for (const m of text.matchAll(UK_RE)) {
      if (!UK_AREAS.has(m[1]!)) continue;
      out.push({ kind: 'postcode', start: m.index, end: m.index + m[0].length, rule: 'postcode', confidence: 0.9, facts: { personal: true, country: 'uk' } });
    }

    for (const m of text.matchAll(US_RE)) {
      const state = m[1];
      const zip = m[2]!;
      const zipStart = m.index + m[0].lastIndexOf(zip);
      if (state) {
        // State codes are common words in capitals ("IN", "OR", "ME"): require upper case and a city or
        // comma before, as in "Tucson, AZ 85719" or "Baltimore MD 21201".
        if (state !== state.toUpperCase()) continue;
        if (!/(?:,[ \u00a0]?|\p{Lu}[\p{L}\p{M}.]*[ \u00a0])$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      }
      out.push({ kind: 'postcode', start: zipStart, end: m.index + m[0].length, rule: 'postcode', confidence: 0.85, facts: { personal: true, country: 'us' } });
    }
    return out;
  },
};

export const postcodeRule: Rule = {
  meta: ruleMeta('postcode', ['postcode'], 'Postcodes: Dutch 1234 AB, Belgian and US codes in an address, UK postcodes'),
  create: () => postcodeDetector,
};
