import type { CountryCode, PhoneNumber } from 'libphonenumber-js/min';
import { lazy, requireLazily } from '../util/lazy.js';
import type { Detection, Lang } from '../core/types.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

// libphonenumber loads on the first candidate, not at start-up. Its 'min' metadata checks number
// lengths per country and type, enough to tell a phone number from another run of digits; 'max'
// (exact number ranges) costs ~55 ms of start-up for little gain here.
const phoneLib = lazy(() => requireLazily('libphonenumber-js/min') as typeof import('libphonenumber-js/min'));
// When a national number fits the lengths of two countries ("0470 12 34 56": NL or BE), the exact
// ranges decide. Rare, so the large metadata loads only then.
const phoneLibExact = lazy(() => requireLazily('libphonenumber-js/max') as typeof import('libphonenumber-js/max'));

// A candidate is a run of digits with the separators people type in phone numbers. The bounded
// quantifier keeps the scan linear; number plans are libphonenumber's job, not ours.
const CANDIDATE_RE = /(?<![\p{L}\p{Nd}+])(?:\+|00)?\(?\d[\d \t().\/-]{5,24}\d(?![\p{L}\p{Nd}])/gu;

// A number written as a phone number: the area code in parentheses ("(555) 013-4478", "(020) 123 4567").
const AREA_CODE = /^\(\d{2,5}\)[ .-]?\d/;
// A label just before it says it is one: "tel.", "phone:", "bel", "call or text", "mobiel", "☎".
const LABEL_BEFORE = /(?:(?<![\p{L}])(?:tel|telefoon|telefoonnummer|telnr|phone|ph|mobile|mob|mobiel|cell|gsm|fax|whatsapp|bel|call|text|sms|telephone)(?![\p{L}])\.?|[☎📞])[^\S\n]*(?::|-)?[^\S\n]*(?:(?:op|on|at|naar|me at|us at|me on|us on)[^\S\n]+)?$/iu;

// Company-wide, toll-free and premium numbers: reported, but not a number of a person.
const NON_PERSONAL = /^(?:\+31(?:800|900|906|909|88)|\+32(?:800|70|78|90)|\+44(?:800|808|345|370)|\+1(?:800|888|877|866|855|844|833))/;

/** The numbering plans to try, the text's own region first. */
const COUNTRIES_FOR: Readonly<Record<Lang, readonly CountryCode[]>> = { nl: ['NL', 'BE', 'GB', 'US'], en: ['GB', 'US', 'NL', 'BE'] };
const countriesFor = (lang: Lang): readonly CountryCode[] => COUNTRIES_FOR[lang];

/** Parses a candidate the way a reader would: international if it says so, else by national prefix. */
function parse(candidate: string, digits: string, lang: 'nl' | 'en'): { phone: PhoneNumber; valid: boolean } | undefined {
  const intl = candidate.startsWith('+') || digits.startsWith('00');
  const tries: Array<[string, CountryCode | undefined]> = intl
    ? [[candidate.startsWith('+') ? candidate : `+${digits.slice(2)}`, undefined]]
    : digits.startsWith('0')
      ? countriesFor(lang).filter((c) => c !== 'US').map((c) => [candidate, c])
      : // Without a trunk prefix only the North American shape is a phone number: 10 digits.
        digits.length === 10 && /^\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$/.test(candidate.trim())
        ? [[candidate, 'US']]
        : [];
  let possible: PhoneNumber | undefined;
  const valid: Array<[string, CountryCode | undefined, PhoneNumber]> = [];
  for (const [text, country] of tries) {
    const phone = phoneLib().parsePhoneNumberFromString(text, country ? { defaultCountry: country } : undefined);
    if (!phone) continue;
    if (phone.isValid()) valid.push([text, country, phone]);
    else if (!possible && phone.isPossible()) possible = phone;
  }
  if (valid.length === 1) return { phone: valid[0]![2], valid: true };
  if (valid.length > 1) {
    for (const [text, country, phone] of valid) {
      if (phoneLibExact().parsePhoneNumberFromString(text, country ? { defaultCountry: country } : undefined)?.isValid()) return { phone, valid: true };
    }
    return { phone: valid[0]![2], valid: true };
  }
  return possible ? { phone: possible, valid: false } : undefined;
}

const phoneDetector: Detector = {
  id: 'phone',
  detect({ text, lang }: DetectContext): Detection[] {
    const out: Detection[] = [];
    for (const m of text.matchAll(CANDIDATE_RE)) {
      let raw = m[0];
      // "(020) 123 4567" keeps its parenthesis; a stray ")" at the end does not belong to the number.
      while (raw.endsWith(')') && !raw.slice(0, -1).includes('(')) raw = raw.slice(0, -1);
      const digits = raw.replace(/\D/g, '');
      if (digits.length < 8 || digits.length > 15) continue;
      // Dates (12-03-2024, 2024-03-12) and times are not phone numbers.
      if (/^\d{1,4}[-./]\d{1,2}[-./]\d{2,4}$/.test(raw)) continue;
      // The Belgian national number's dotted shape (85.07.30-033.28) is an id, not a phone number.
      if (/^\d{2}\.\d{2}\.\d{2}[-. ]?\d{3}[-. ]?\d{2}$/.test(raw)) continue;
      const parsed = parse(raw, digits, lang);
      if (!parsed) continue;
      // A merely "possible" number needs a phone-like shape: a national prefix or a plus, an area code in
      // parentheses, or a label before it (numbering plans reject made-up area codes; readers do not).
      if (!parsed.valid && !/^(?:\+|00|\(?0)/.test(raw) && !AREA_CODE.test(raw) && !LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
      const e164 = parsed.phone.number;
      out.push({
        kind: 'phone',
        start: m.index,
        end: m.index + raw.length,
        rule: 'phone',
        confidence: parsed.valid ? 0.95 : 0.6,
        facts: { personal: !NON_PERSONAL.test(e164), country: parsed.phone.country ?? null },
      });
    }
    return out;
  },
};

export const phoneRule: Rule = {
  meta: ruleMeta('phone', ['phone'], 'Phone numbers of NL, BE, UK and US, checked against the numbering plans (libphonenumber)'),
  create: () => phoneDetector,
};
