import type { DateForm } from '../core/facts.js';
import type { Detection, Lang } from '../core/types.js';
import type { Token } from '../text/tokenize.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

// Dates matter to the risk model through the window they give an insider ("vandaag": one day of
// admissions) and, for a date of birth, as a strong factor in their own right.
export const MONTHS: ReadonlyMap<string, number> = new Map<string, number>([
  ['januari', 1], ['februari', 2], ['maart', 3], ['april', 4], ['mei', 5], ['juni', 6], ['juli', 7], ['augustus', 8],
  ['september', 9], ['oktober', 10], ['november', 11], ['december', 12], ['jan', 1], ['feb', 2], ['mrt', 3], ['apr', 4],
  ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9], ['okt', 10], ['nov', 11], ['dec', 12],
  ['january', 1], ['february', 2], ['march', 3], ['may', 5], ['june', 6], ['july', 7], ['august', 8], ['october', 10],
  ['oct', 10],
]);
// Month words that are also everyday words or names need a day or a year next to them, or "in"/"sinds".
const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'dec']);
const WEAK_MONTHS = new Set(['mei', 'may', 'april', 'juni', 'juli', 'june', 'august', 'jan', 'march', 'sep', 'dec', 'nov', 'oct', 'aug', 'jun', 'jul', 'feb', 'apr', 'mrt', 'okt', 'sept']);
const MONTH_LEAD = new Set(['in', 'sinds', 'vanaf', 'begin', 'eind', 'half', 'medio', 'midden', 'tot', 'since', 'until', 'early', 'late', 'mid', 'during', 'last', 'this', 'next', 'vorige', 'afgelopen', 'deze', 'volgende', 'op', 'on', 'of']);
const WEEKDAYS = new Set(['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'maandagochtend', 'maandagavond', 'vrijdagavond', 'zaterdagavond', 'zondagochtend', 'zondagavond', 'vrijdagmiddag', 'dinsdagochtend', 'woensdagmiddag', 'donderdagavond']);
// Single words that place an event in time, with the window in days they imply.
const RELATIVE = new Map<string, number>([
  ['vandaag', 1], ['gisteren', 1], ['eergisteren', 2], ['morgen', 1], ['overmorgen', 2], ['vannacht', 1], ['vanochtend', 1],
  ['vanmorgen', 1], ['vanmiddag', 1], ['vanavond', 1], ['gisteravond', 1], ['gisternacht', 1], ['gistermiddag', 1],
  ['gisterochtend', 1], ['vanacht', 1], ['today', 1], ['yesterday', 1], ['tomorrow', 1], ['tonight', 1],
  // Vague, but still a window an insider can use (docs/risk-model.md §5.3: "onlangs" = 30 days).
  ['onlangs', 30], ['recentelijk', 30], ['laatst', 30], ['recently', 30], ['lately', 30],
]);
// Holidays and school holidays: a window of the holiday's length.
const HOLIDAYS = new Map<string, number>([
  ['kerst', 3], ['kerstmis', 3], ['kerstavond', 1], ['pasen', 3], ['pinksteren', 2], ['sinterklaas', 1], ['sinterklaasavond', 1],
  ['oudjaar', 1], ['oudejaarsavond', 1], ['nieuwjaar', 1], ['nieuwjaarsdag', 1], ['koningsdag', 1], ['carnaval', 4], ['hemelvaart', 1],
  ['zomervakantie', 42], ['herfstvakantie', 9], ['kerstvakantie', 16], ['voorjaarsvakantie', 9], ['krokusvakantie', 9],
  ['meivakantie', 9], ['paasvakantie', 16], ['christmas', 3], ['easter', 3], ['thanksgiving', 1], ['halloween', 1], ['ramadan', 30],
  ['suikerfeest', 3], ['offerfeest', 3],
]);
const SEASONS = new Map<string, number>([['voorjaar', 90], ['lente', 90], ['zomer', 90], ['najaar', 90], ['herfst', 90], ['winter', 90], ['spring', 90], ['summer', 90], ['autumn', 90], ['fall', 90]]);
const UNITS = new Map<string, number>([['dag', 1], ['dagen', 1], ['week', 7], ['weken', 7], ['weekend', 2], ['maand', 30], ['maanden', 30], ['jaar', 365], ['jaren', 365], ['day', 1], ['days', 1], ['weeks', 7], ['month', 30], ['months', 30], ['year', 365], ['years', 365], ['nacht', 1], ['night', 1], ['ochtend', 1], ['morning', 1], ['avond', 1], ['evening', 1], ['nachtdienst', 1], ['dienst', 1]]);
const PERIOD_LEAD = new Set(['deze', 'dit', 'vorige', 'vorig', 'afgelopen', 'volgende', 'komende', 'this', 'last', 'next', 'past']);
const AGO = new Set(['geleden', 'ago']);
const BIRTH_CUES = new Set(['geboren', 'geb', 'born', 'dob', 'geboortedatum', '°', 'birth']);

/**
 * A word of birth in the few tokens before a date: "geboren", "geb.", "DOB", "°", and the labels of forms
 * written with points ("Geb.datum:", "D.O.B.:"), whose letters are tokens of their own.
 */
function birthCueBefore(tokens: readonly Token[], first: number): boolean {
  let letters = '';
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    const t = tokens[k]!;
    if (BIRTH_CUES.has(t.lower) && k >= first - 3) return true;
    if (t.type === 'word') letters = t.lower + letters;
    else if (!/^[.:\-]$/.test(t.text)) break;
    if (BIRTH_LABELS.has(letters)) return true;
  }
  return false;
}
// Labels of a date of birth with their points taken out ("Geb.datum" -> "gebdatum", "D.O.B." -> "dob").
const BIRTH_LABELS = new Set(['gebdatum', 'geboortedatum', 'dob', 'gebdat', 'datumgeboorte', 'dateofbirth', 'birthdate']);

interface DateSpan { first: number; last: number; windowDays: number; form: DateForm; confidence: number; birth?: boolean }

const isNum = (t: Token | undefined, min: number, max: number): boolean => !!t && t.type === 'number' && Number(t.text) >= min && Number(t.text) <= max;
const adjacent = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && !b.gapBefore && a.end === b.start;

/** "12-03-2024", "21/08/2009", "14.05.1966", "2024-03-12", "3/12" (after op/on). */
function numericDate(tokens: readonly Token[], i: number): DateSpan | undefined {
  const a = tokens[i];
  const s1 = tokens[i + 1];
  const b = tokens[i + 2];
  if (!a || a.type !== 'number' || !s1 || !['-', '/', '.'].includes(s1.text) || !adjacent(a, s1) || !adjacent(s1, b) || !b || b.type !== 'number') return undefined;
  const s2 = tokens[i + 3];
  const c = tokens[i + 4];
  if (s2 && s2.text === s1.text && adjacent(b, s2) && adjacent(s2, c) && c?.type === 'number') {
    const [x, y, z] = [Number(a.text), Number(b.text), Number(c.text)];
    const dmy = x >= 1 && x <= 31 && y >= 1 && y <= 12 && (c.text.length === 4 ? z >= 1900 && z <= 2100 : c.text.length === 2);
    const ymd = a.text.length === 4 && x >= 1900 && x <= 2100 && y >= 1 && y <= 12 && z >= 1 && z <= 31;
    // A fourth group means a longer number (a national id, a phone number), not a date.
    const next = tokens[i + 5];
    if (next && adjacent(c, next) && /^[-./]$/.test(next.text) && tokens[i + 6]?.type === 'number' && adjacent(next, tokens[i + 6])) return undefined;
    if (dmy || ymd) return { first: i, last: i + 4, windowDays: 1, form: 'numeric', confidence: 0.9 };
    return undefined;
  }
  // d/m or d-m without a year: only after "op"/"on"/"sinds" and with a slash, so scores ("3-1") stay out.
  const prev = tokens[i - 1]?.lower;
  if (s1.text === '/' && ['op', 'on', 'sinds', 'since', 'vanaf', 'per', 'tot'].includes(prev ?? '') && Number(a.text) <= 31 && Number(b.text) <= 12 && Number(b.text) >= 1) {
    return { first: i, last: i + 2, windowDays: 1, form: 'numeric', confidence: 0.7 };
  }
  return undefined;
}

/** "12 maart 2024", "3 februari 1957", "5 mei", "maart 2023", "March 3rd, 2024", "in maart". */
function textualDate(tokens: readonly Token[], i: number): DateSpan | undefined {
  const t = tokens[i]!;
  const first = i;
  let monthIdx = -1;
  if (t.type === 'number' && Number(t.text) >= 1 && Number(t.text) <= 31 && MONTHS.has(tokens[i + 1]?.lower ?? '')) monthIdx = i + 1;
  else if (MONTHS.has(t.lower)) monthIdx = i;
  if (monthIdx === -1) return undefined;
  const month = tokens[monthIdx]!;
  let last = monthIdx;
  let hasDay = monthIdx !== i;
  // English "March 3rd" / "March 3, 2024".
  const after = tokens[monthIdx + 1];
  if (!hasDay && after?.type === 'number' && Number(after.text) <= 31 && after.text.length <= 2) {
    hasDay = true;
    last = monthIdx + 1;
    if (['st', 'nd', 'rd', 'th'].includes(tokens[last + 1]?.lower ?? '') && adjacent(tokens[last], tokens[last + 1])) last++;
  }
  // "March 3, 2024", "12 mrt. 2024"
  const y = tokens[last + 1]?.text === ',' || (tokens[last + 1]?.text === '.' && MONTH_ABBREVIATIONS.has(tokens[last]!.lower)) ? last + 2 : last + 1;
  const hasYear = isNum(tokens[y], 1900, 2100) && tokens[y]!.text.length === 4;
  if (hasYear) last = y;
  const prev = tokens[first - 1]?.lower ?? '';
  // A bare month word that is also a name or word ("Mei", "April", "may") needs support.
  if (!hasDay && !hasYear) {
    if (WEAK_MONTHS.has(month.lower) && !MONTH_LEAD.has(prev)) return undefined;
    if (MONTH_ABBREVIATIONS.has(month.lower)) return undefined;
    if (month.lower === 'may' && month.text === 'may') return undefined; // the English verb
  }
  const birth = birthCueBefore(tokens, first);
  return {
    first,
    last,
    windowDays: hasDay ? 1 : 30,
    form: hasDay ? 'day' : 'month',
    confidence: hasDay || hasYear ? 0.9 : 0.75,
    ...(birth && hasDay && hasYear ? { birth: true } : {}),
  };
}

function relativeDate(tokens: readonly Token[], i: number, lang: Lang): DateSpan | undefined {
  const t = tokens[i]!;
  const w = t.lower;
  // "vorige week dinsdag", "afgelopen zondag", "deze maand", "last month", "this week".
  if (PERIOD_LEAD.has(w)) {
    const n = tokens[i + 1];
    if (!n) return undefined;
    if (UNITS.has(n.lower)) {
      let last = i + 1;
      if (WEEKDAYS.has(tokens[i + 2]?.lower ?? '')) last = i + 2;
      return { first: i, last, windowDays: last > i + 1 ? 1 : UNITS.get(n.lower)!, form: 'relative', confidence: 0.85 };
    }
    if (WEEKDAYS.has(n.lower) || HOLIDAYS.has(n.lower)) return { first: i, last: i + 1, windowDays: HOLIDAYS.get(n.lower) ?? 1, form: 'relative', confidence: 0.85 };
    if (SEASONS.has(n.lower)) return { first: i, last: i + 1, windowDays: 90, form: 'season', confidence: 0.8 };
    return undefined;
  }
  // "een jaar geleden", "twee weken geleden", "3 days ago".
  if (UNITS.has(w) && AGO.has(tokens[i + 1]?.lower ?? '')) {
    const q = tokens[i - 1];
    const first = q && (q.type === 'number' || /^(een|één|twee|drie|vier|vijf|zes|a|an|one|two|three|four|five|six|paar|few|couple)$/.test(q.lower)) ? i - 1 : i;
    return { first, last: i + 1, windowDays: UNITS.get(w)!, form: 'relative', confidence: 0.85 };
  }
  const days = RELATIVE.get(w);
  if (days) return { first: i, last: i, windowDays: days, form: 'relative', confidence: 0.9 };
  if (WEEKDAYS.has(w)) {
    // English weekdays are capitalized; "on Tuesday". Dutch weekdays are common enough to stand alone.
    return { first: i, last: i, windowDays: 7, form: 'weekday', confidence: lang === 'en' && t.text[0] === w[0] ? 0.6 : 0.85 };
  }
  const holiday = HOLIDAYS.get(w);
  if (holiday) return { first: i, last: i, windowDays: holiday, form: 'holiday', confidence: 0.8 };
  // "voorjaar van 2020", "zomer 2019", "summer of 2019".
  if (SEASONS.has(w)) {
    let j = i + 1;
    if (['van', 'of', 'in'].includes(tokens[j]?.lower ?? '')) j++;
    if (isNum(tokens[j], 1900, 2100)) return { first: i, last: j, windowDays: 90, form: 'season', confidence: 0.85 };
  }
  return undefined;
}

// Words that tie a bare year to a moment in a life: a preposition of time, a part of the year.
const YEAR_LEADS = new Set(['in', 'sinds', 'sedert', 'vanaf', 'since', 'uit', 'tot', 'until', 'between', 'tussen', 'begin', 'eind', 'medio', 'early', 'late', 'mid', 'during', 'tijdens', 'omstreeks', 'around', 'circa']);
const YEAR_PARTS = new Set(['half', 'helft', 'quarter', 'kwartaal', 'part', 'deel', 'begin', 'start', 'end', 'einde', 'eind', 'middle', 'midden', 'course', 'loop']);

/** A year on its own counts only with a preposition that ties it to an event: "in 2018", "sinds 2012". */
function yearDate(tokens: readonly Token[], i: number): DateSpan | undefined {
  const t = tokens[i]!;
  if (!isNum(t, 1900, 2100) || t.text.length !== 4) return undefined;
  const prev = tokens[i - 1]?.lower ?? '';
  // "de eerste helft van 1993", "the first half of 1993", "between 1980 and 1981".
  const partOf = (prev === 'of' || prev === 'van') && YEAR_PARTS.has(tokens[i - 2]?.lower ?? '');
  const rangeEnd = (prev === 'and' || prev === 'en') && isNum(tokens[i - 2], 1900, 2100) && YEAR_LEADS.has(tokens[i - 3]?.lower ?? '');
  if (!YEAR_LEADS.has(prev) && !partOf && !rangeEnd) return undefined;
  // Ranges ("2019-2022") are study periods, not events in a life.
  if (tokens[i + 1]?.text === '-' && isNum(tokens[i + 2], 1900, 2100)) return undefined;
  if (partOf) {
    // The part and its ordinal belong to the date: "de eerste helft van 1993" is half a year.
    const part = tokens[i - 2]!.lower;
    const ordinal = ['first', 'second', 'eerste', 'tweede', 'derde', 'third', 'fourth', 'vierde', 'last', 'laatste'].includes(tokens[i - 3]?.lower ?? '');
    const windowDays = part === 'half' || part === 'helft' ? 183 : part === 'quarter' || part === 'kwartaal' ? 92 : 365;
    return { first: ordinal ? i - 3 : i - 2, last: i, windowDays, form: 'year', confidence: 0.75 };
  }
  return { first: i, last: i, windowDays: 365, form: 'year', confidence: 0.75 };
}

/** Clock times: "om 14:30", "14.30 uur", "at 3pm", "om vijf uur". */
function clockTime(tokens: readonly Token[], i: number): DateSpan | undefined {
  const t = tokens[i]!;
  if (t.type !== 'number' || Number(t.text) > 24) return undefined;
  const sep = tokens[i + 1];
  const min = tokens[i + 2];
  if (sep && (sep.text === ':' || sep.text === '.') && adjacent(t, sep) && adjacent(sep, min) && min?.type === 'number' && min.text.length === 2 && Number(min.text) < 60) {
    const lead = tokens[i - 1]?.lower ?? '';
    const uur = ['uur', 'u', 'h'].includes(tokens[i + 3]?.lower ?? '');
    if (sep.text === ':' || uur || lead === 'om' || lead === 'at') return { first: i, last: uur ? i + 3 : i + 2, windowDays: 1, form: 'time', confidence: 0.7 };
  }
  return undefined;
}

const dateDetector: Detector = {
  id: 'date',
  detect({ tokens, lang }: DetectContext): Detection[] {
    const out: Detection[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.type === 'punct') continue;
      const span = numericDate(tokens, i) ?? textualDate(tokens, i) ?? relativeDate(tokens, i, lang) ?? yearDate(tokens, i) ?? clockTime(tokens, i);
      if (!span) continue;
      let birth = span.birth ?? false;
      if (span.form === 'numeric' && birthCueBefore(tokens, span.first)) birth = true;
      out.push({
        kind: 'date',
        start: tokens[span.first]!.start,
        end: tokens[span.last]!.end,
        rule: 'date',
        confidence: span.confidence,
        facts: { windowDays: span.windowDays, birth, form: span.form },
      });
      i = span.last;
    }
    return out;
  },
};

export const dateRule: Rule = {
  meta: ruleMeta('date', ['date'], 'Dates and times: full and numeric dates, months, weekdays, holidays, seasons, years, "vandaag", clock times; a date of birth'),
  create: () => dateDetector,
};
