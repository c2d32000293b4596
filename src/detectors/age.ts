import type { AgeForm } from '../core/facts.js';
import type { Detection } from '../core/types.js';
import { NUMBER_WORDS, parseNumberWord } from '../lexicon/numbers.js';
import { isCapitalized, type Token } from '../text/tokenize.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

const DECADES = new Map<string, number>([
  ['tien', 10], ['twintig', 20], ['dertig', 30], ['veertig', 40], ['vijftig', 50], ['zestig', 60], ['zeventig', 70], ['tachtig', 80], ['negentig', 90],
  ['teens', 13], ['twenties', 20], ['thirties', 30], ['forties', 40], ['fifties', 50], ['sixties', 60], ['seventies', 70], ['eighties', 80], ['nineties', 90],
]);
const DECADE_NOUNS = new Map<string, number>([
  ['twintiger', 20], ['dertiger', 30], ['veertiger', 40], ['vijftiger', 50], ['zestiger', 60], ['zeventiger', 70], ['tachtiger', 80], ['negentiger', 90],
  ['twintigers', 20], ['dertigers', 30], ['veertigers', 40], ['vijftigers', 50], ['zestigers', 60], ['zeventigers', 70], ['tachtigers', 80], ['negentigers', 90],
  ['octogenarian', 80], ['nonagenarian', 90], ['centenarian', 100],
]);
// Life stages: [from, to] in years.
const STAGES = new Map<string, [number, number]>([
  ['baby', [0, 1]], ['peuter', [1, 3]], ['kleuter', [4, 6]], ['tiener', [13, 19]], ['tieners', [13, 19]], ['puber', [12, 16]],
  ['tienermoeder', [15, 19]], ['hoogbejaard', [85, 105]], ['hoogbejaarde', [85, 105]], ['bejaarde', [75, 100]], ['bejaard', [75, 100]],
  ['minderjarig', [0, 17]], ['minderjarige', [0, 17]], ['toddler', [1, 3]], ['teenager', [13, 19]], ['teenage', [13, 19]], ['newborn', [0, 0]],
  ['pasgeborene', [0, 0]], ['zuigeling', [0, 1]], ['infant', [0, 1]], ['adolescent', [12, 18]],
  // The wordings the fixer writes must be read back as the bands they stand for.
  ['volwassen', [18, 64]], ['volwassene', [18, 64]], ['adult', [18, 64]], ['oudere', [65, 100]], ['elderly', [65, 100]],
]);
const EARLY = new Set(['begin', 'early', 'vroege']);
const LATE = new Set(['eind', 'late', 'laat']);
const MID = new Set(['midden', 'mid', 'half']);
const ORDINALS = new Map<string, number>([['eerste', 1], ['tweede', 2], ['derde', 3], ['vierde', 4], ['vijfde', 5], ['zesde', 6], ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12]]);
const AGO = new Set(['geleden', 'ago', 'terug']);
const PERSON_NOUNS = new Set(['vrouw', 'man', 'meisje', 'jongen', 'dame', 'heer', 'meneer', 'mevrouw', 'cliënt', 'cliënte', 'client', 'patiënt', 'patiënte', 'kind', 'zoon', 'dochter', 'moeder', 'vader', 'jongere', 'tiener', 'bewoner', 'bewoonster', 'leerling', 'student', 'studente']);
const UNIT_AFTER = new Set(['euro', 'procent', '%', 'kilo', 'kg', 'meter', 'minuten', 'uur', 'dagen', 'weken', 'maanden', 'keer', 'stuks']);
const AGE_VERBS = new Set(['is', 'was', 'wordt', 'werd', 'ben', 'bent', 'zijn', 'waren', 'word', 'turned', 'turns', 'aged', 'age', 'leeftijd', 'at', 'op']);
const AFTER_AGE = new Set([',', '.', ';', ':', '!', '?', ')', 'en', 'and', 'jaar', 'years', 'year', 'when', 'toen', 'met', 'with', 'now', 'nu', 'maar', 'but', 'heeft', 'has', 'is', 'was', 'woont', 'lives', 'en', '–', '-']);
// Words before "N jaar" that make it a duration, not an age ("al twaalf jaar", "na veertig jaar").
const DURATION_LEAD = new Set(['al', 'sinds', 'ruim', 'bijna', 'na', 'over', 'voor', 'binnen', 'afgelopen', 'laatste', 'eerste', 'komende', 'zo', 'per', 'elke', 'ieder', 'twee', 'na', 'dan', 'tot', 'in', 'for', 'after', 'over', 'within']);

interface AgeSpan { first: number; last: number; from: number; to: number; form: AgeForm; confidence: number }

// Only digits and words that can be numbers reach the parser: this runs for every token.
const num = (t: Token | undefined): number | undefined =>
  !t ? undefined : t.type === 'number' ? Number(t.text) : t.type === 'word' && (NUMBER_WORDS.has(t.lower) || t.lower.endsWith('tig')) ? parseNumberWord(t.lower) : undefined;
const adjacent = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

// "at the age of 39", "op de leeftijd van 39": the number after "of"/"van" is said as an age.
const AGE_NOUNS = new Set(['age', 'leeftijd']);
const saidOf = (tokens: readonly Token[], i: number): boolean => {
  const prev = tokens[i - 1];
  return !!prev && (AGE_VERBS.has(prev.lower) || ((prev.lower === 'of' || prev.lower === 'van') && AGE_NOUNS.has(tokens[i - 2]?.lower ?? '')));
};

/** "sixty three", "sixty-three": an English tens word and a unit word, which the tokenizer keeps apart. */
function compoundNumber(tokens: readonly Token[], i: number): { n: number; last: number } | undefined {
  const tens = NUMBER_WORDS.get(tokens[i]!.lower);
  if (tens === undefined || tens < 20 || tens > 90 || tens % 10 !== 0 || !tokens[i]!.lower.endsWith('ty')) return undefined;
  let j = i + 1;
  if (tokens[j]?.text === '-' && adjacent(tokens[i], tokens[j])) j++;
  const unit = tokens[j] ? NUMBER_WORDS.get(tokens[j]!.lower) : undefined;
  if (unit === undefined || unit < 1 || unit > 9 || tokens[j]!.type !== 'word') return undefined;
  return { n: tens + unit, last: j };
}

// "het veertigjarig jubileum", "a 25-year-old tradition": the years of a thing, not a person's age.
const NOT_AN_AGE_AFTER = new Set(['jubileum', 'bestaan', 'huwelijk', 'dienstverband', 'ervaring', 'contract', 'traditie', 'geschiedenis', 'samenwerking', 'loopbaan', 'carrière', 'jubilee', 'anniversary', 'marriage', 'tradition', 'history', 'career', 'experience']);
const PRONOUNS = new Set(['ze', 'zij', 'hij', 'she', 'he']);
const SAID_VERBS = new Set(['is', 'was', 'wordt', 'werd', 'turns', 'turned']);
const SENTENCE_START = new Set(['.', '!', '?', ':', ';', '–', '-', '(', '"', '“']);
// Spelled ages before "jarig(e)": "zeventienjarige", "negentienjarig".
const JARIG = /^(\p{L}+?)jarig(?:e|en)?$/u;
// Person nouns an English age follows with "of": "a lad of nineteen", "a girl of six".
const PERSON_OF = new Set(['lad', 'boy', 'girl', 'woman', 'man', 'child', 'son', 'daughter', 'lass', 'gentleman', 'lady', 'patient', 'pupil', 'resident', 'client']);

// Words of a time of day or a schedule before "at": what follows is an hour.
const CLOCK_CONTEXT = new Set(['every', 'each', 'daily', 'morning', 'mornings', 'afternoon', 'evening', 'evenings', 'night', 'nights', 'day', 'today', 'tonight', 'tomorrow', 'round', 'lunch', 'breakfast', 'dinner', 'tea', 'bed', 'starts', 'start', 'begins', 'opens', 'closes', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
// Verbs of becoming an age, and the words of a time that may stand between them and the age.
const BECOME = new Set(['wordt', 'werd', 'turns', 'turned', 'turning']);
const TIME_BETWEEN = new Set(['morgen', 'overmorgen', 'vandaag', 'straks', 'binnenkort', 'volgende', 'komende', 'week', 'maand', 'zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'tomorrow', 'today', 'soon', 'next', 'this', 'week', 'month', 'al', 'bijna', 'almost', 'nearly']);
// What a thing becomes a number of: not an age ("wordt 20 graden", "turns 10 percent", "turned 3 o'clock").
const BECOME_UNITS = new Set(['graden', 'degrees', 'percent', 'per', "o'clock", 'oclock', 'pm', 'am', 'uur', 'u', 'h']);
/** The verb of becoming at k has a person for its subject: a pronoun or a name before it, or after it in Dutch inversion ("Morgen wordt ze 85"). */
function becomesSomeone(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (after && PRONOUNS.has(after.lower)) return true;
  if (!before) return false;
  return PRONOUNS.has(before.lower) || (before.type === 'word' && isCapitalized(before) && k - 1 > 0 && !SENTENCE_START.has(tokens[k - 2]!.text)) || PERSON_NOUNS.has(before.lower);
}
/** The verb of becoming before token i, with at most two words of time between ("wordt morgen 85"), or -1. */
function becomeBefore(tokens: readonly Token[], i: number): number {
  for (let k = i - 1, n = 0; k >= 0 && n <= 2; k--, n++) {
    const w = tokens[k]!.lower;
    if (BECOME.has(w)) return k;
    // "Morgen wordt ze 85": the subject after the verb, in inversion.
    if (!TIME_BETWEEN.has(w) && !PRONOUNS.has(w)) return -1;
  }
  return -1;
}

/** One-word and inverted ages: "zeventienjarige", "Eenennegentig is ze", "42yo", "fifty-something". */
function otherAge(tokens: readonly Token[], i: number): AgeSpan | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.type === 'word') {
    const m = JARIG.exec(t.lower);
    const n = m ? parseNumberWord(m[1]!) : undefined;
    if (n !== undefined && n >= 1 && n <= 110 && !NOT_AN_AGE_AFTER.has(next?.lower ?? '')) return { first: i, last: i, from: n, to: n, form: 'exact', confidence: 0.9 };
    // "fifty-something", "thirtysomething"
    const some = /^(\p{L}+?)-?something$/u.exec(t.lower);
    const tens = some ? NUMBER_WORDS.get(some[1]!) : undefined;
    if (tens !== undefined && tens >= 20 && tens % 10 === 0) return { first: i, last: i, from: tens, to: tens + 9, form: 'decade', confidence: 0.85 };
    const d = NUMBER_WORDS.get(t.lower);
    if (d !== undefined && d >= 20 && d % 10 === 0 && next?.text === '-' && adjacent(t, next) && tokens[i + 2]?.lower === 'something') return { first: i, last: i + 2, from: d, to: d + 9, form: 'decade', confidence: 0.85 };
  }
  const n = num(t);
  if (n === undefined || n < 1 || n > 110) return undefined;
  // "42yo", "42 y/o", "86 yrs old"
  if (next && (next.lower === 'yo' || next.lower === 'yrs' || next.lower === 'yr') && (adjacent(t, next) || tokens[i + 2]?.lower === 'old' || next.lower === 'yo')) {
    const old = tokens[i + 2]?.lower === 'old';
    return { first: i, last: old ? i + 2 : i + 1, from: n, to: n, form: 'exact', confidence: 0.85 };
  }
  if (next?.lower === 'y' && tokens[i + 2]?.text === '/' && tokens[i + 3]?.lower === 'o') return { first: i, last: i + 3, from: n, to: n, form: 'exact', confidence: 0.85 };
  // "Eenennegentig is ze", "Negentig wordt hij": the age first, at the start of a sentence.
  const prev = tokens[i - 1];
  if ((!prev || SENTENCE_START.has(prev.text)) && next && SAID_VERBS.has(next.lower) && PRONOUNS.has(tokens[i + 2]?.lower ?? '') && n >= 2) {
    return { first: i, last: i, from: n, to: n, form: 'said', confidence: 0.75 };
  }
  // "a lad of nineteen", "het jongetje van zes"
  if ((prev?.lower === 'of' && PERSON_OF.has(tokens[i - 2]?.lower ?? '')) || (prev?.lower === 'van' && DIMINUTIVE_PERSON.test(tokens[i - 2]?.lower ?? ''))) {
    if (!UNIT_AFTER.has(next?.lower ?? '') && next?.lower !== 'years' && n >= 1) return { first: i, last: i, from: n, to: n, form: 'said', confidence: 0.75 };
  }
  return undefined;
}
// "jongetje", "meisje", "ventje", "dochtertje": a child, whose age "van zes" follows.
const DIMINUTIVE_PERSON = /^(?:jongetje|ventje|kereltje|manneke|meiske|dochtertje|zoontje|kleintje|knulletje|meisje)$/;

function spelledAge(tokens: readonly Token[], i: number): AgeSpan | undefined {
  const c = compoundNumber(tokens, i);
  if (!c || !saidOf(tokens, i)) return undefined;
  const next = tokens[c.last + 1];
  if ((next?.lower === 'years' || next?.lower === 'year') && tokens[c.last + 2]?.lower === 'old') return { first: i, last: c.last + 2, from: c.n, to: c.n, form: 'exact', confidence: 0.9 };
  if (next === undefined || AFTER_AGE.has(next.lower)) return { first: i, last: c.last, from: c.n, to: c.n, form: 'said', confidence: 0.7 };
  return undefined;
}

function exact(tokens: readonly Token[], i: number): AgeSpan | undefined {
  const spelled = spelledAge(tokens, i);
  if (spelled) return spelled;
  const t = tokens[i]!;
  const n = num(t);
  if (n === undefined || n > 110) return undefined;
  const next = tokens[i + 1];
  // "45-jarige", "45 jarige", "58-year-old", "9-jarig"
  if (next?.text === '-' && adjacent(t, next)) {
    const w = tokens[i + 2];
    if (w && adjacent(next, w) && /^jarig[e]?$/.test(w.lower) && NOT_AN_AGE_AFTER.has(tokens[i + 3]?.lower ?? '')) return undefined;
    if (w && adjacent(next, w) && /^jarig[e]?$/.test(w.lower)) return { first: i, last: i + 2, from: n, to: n, form: 'exact', confidence: 0.95 };
    if (w?.lower === 'year' && tokens[i + 3]?.text === '-' && tokens[i + 4]?.lower === 'old') return { first: i, last: i + 4, from: n, to: n, form: 'exact', confidence: 0.95 };
  }
  if (next && /^jarig[e]?$/.test(next.lower) && !NOT_AN_AGE_AFTER.has(tokens[i + 2]?.lower ?? '')) return { first: i, last: i + 1, from: n, to: n, form: 'exact', confidence: 0.9 };
  if ((next?.lower === 'years' || next?.lower === 'year') && tokens[i + 2]?.lower === 'old') return { first: i, last: i + 2, from: n, to: n, form: 'exact', confidence: 0.95 };
  const prev = tokens[i - 1];
  // "45 jaar (oud)": an age when it is said of someone, a duration after "al", "na", ...
  // ("jr", "jr." in clinical notes: "mevr. Jansen (72 jr)")
  if ((next?.lower === 'jaar' || next?.lower === 'jr') && !DURATION_LEAD.has(prev?.lower ?? '') && !AGO.has(tokens[i + 2]?.lower ?? '')) {
    const oud = tokens[i + 2]?.lower === 'oud';
    const said = prev && (AGE_VERBS.has(prev.lower) || [',', '(', '–', 'van'].includes(prev.lower));
    if (oud || said) return { first: i, last: oud ? i + 2 : i + 1, from: n, to: n, form: 'exact', confidence: 0.85 };
  }
  // "(72)" right after a name or a person.
  // ("mevrouw S. (73)", "dhr. (58)": after an initial's or a title's point too.)
  const named = tokens[i - 2]?.type === 'word' || (tokens[i - 2]?.text === '.' && tokens[i - 3]?.type === 'word' && adjacent(tokens[i - 3]!, tokens[i - 2]!));
  if (prev?.text === '(' && next?.text === ')' && t.type === 'number' && n >= 1 && named) {
    return { first: i, last: i, from: n, to: n, form: 'parenthesized', confidence: 0.8 };
  }
  // "Ze wordt morgen 85", "He turns 80 on Friday", "wordt volgende week negentig": becoming an age, with a
  // time between; whatever follows (a birthday has a day).
  const become = becomeBefore(tokens, i);
  if (become >= 0 && becomesSomeone(tokens, become) && n >= 1 && !BECOME_UNITS.has(next?.lower ?? '') && !UNIT_AFTER.has(next?.lower ?? '') && !AGO.has(tokens[i + 2]?.lower ?? '') && !(next && (next.text === ':' || next.text === '.') && tokens[i + 2]?.type === 'number' && adjacent(next, tokens[i + 2]))) {
    return { first: i, last: i, from: n, to: n, form: 'said', confidence: 0.75 };
  }
  // "Ze is 38,", "is 93 en", "at 71,", "was nine when": a bare number said of someone.
  if (prev && saidOf(tokens, i) && n >= 1 && (next === undefined || AFTER_AGE.has(next.lower)) && !AGO.has(tokens[i + 2]?.lower ?? '')) {
    // Not "at 12:30", "om 9.15": a clock time.
    if (next && (next.text === ':' || next.text === '.') && tokens[i + 2]?.type === 'number' && adjacent(t, next) && adjacent(next, tokens[i + 2]) && tokens[i + 2]!.text.length === 2) return undefined;
    // Not "is 30.000", "was 3-1".
    if (next && (next.text === '.' || next.text === '-' || next.text === ',') && tokens[i + 2]?.type === 'number' && adjacent(next, tokens[i + 2])) return undefined;
    if (prev.lower === 'op' && next?.lower !== 'jarige') return undefined;
    // "every morning at 8", "lunch every day at 12", "ward round at 9": a clock time after a time of day.
    if (prev.lower === 'at' && [i - 2, i - 3, i - 4].some((k) => CLOCK_CONTEXT.has(tokens[k]?.lower ?? ''))) return undefined;
    return { first: i, last: i, from: n, to: n, form: 'said', confidence: t.type === 'number' ? 0.75 : 0.7 };
  }
  // "een vrouw van 45 met", "een meisje van zestien"
  // ("een" after "van" is an article: "bewoner van een woongroep")
  if (prev?.lower === 'van' && PERSON_NOUNS.has(tokens[i - 2]?.lower ?? '') && n >= 2 && !UNIT_AFTER.has(next?.lower ?? '')) {
    return { first: i, last: i, from: n, to: n, form: 'said', confidence: 0.8 };
  }
  // "Nu 86, hoort ...", "Now 86, she ...": an age said of the one the sentence is about, at its start.
  const opening = !tokens[i - 2] || /^[.!?]$/.test(tokens[i - 2]!.text) || prev?.lineBefore;
  const aboutSomeone = [i + 2, i + 3, i + 4].some((k) => /^(?:hij|zij|ze|he|she|meneer|mevrouw)$/.test(tokens[k]?.lower ?? ''));
  if (prev && /^(?:nu|inmiddels|now)$/.test(prev.lower) && opening && next?.text === ',' && t.type === 'number' && n >= 12 && n <= 110 && aboutSomeone) {
    return { first: i, last: i, from: n, to: n, form: 'said', confidence: 0.7 };
  }
  // ", 24," in an enumeration of a person's details ("Thijs (alias), 24, student"), not in a list of numbers;
  // "Jozef, 94 en nog altijd ..." after a name, with "en" for the second comma.
  const before = tokens[i - 2];
  if (prev?.text === ',' && (next?.lower === 'en' || next?.lower === 'and') && t.type === 'number' && n >= 12 && n <= 105 && before && isCapitalized(before) && before.type === 'word' && tokens[i + 2]?.type === 'word') {
    return { first: i, last: i, from: n, to: n, form: 'listed', confidence: 0.6 };
  }
  if (prev?.text === ',' && next?.text === ',' && t.type === 'number' && n >= 12 && n <= 105 && t.text.length <= 3 && before && before.type !== 'number' && tokens[i + 2]?.type === 'word') {
    return { first: i, last: i, from: n, to: n, form: 'listed', confidence: 0.6 };
  }
  return undefined;
}

function band(tokens: readonly Token[], i: number): AgeSpan | undefined {
  const t = tokens[i]!;
  const w = t.lower;
  const stage = STAGES.get(w);
  if (stage) return { first: i, last: i, from: stage[0], to: stage[1], form: 'stage', confidence: 0.8 };
  const noun = DECADE_NOUNS.get(w);
  if (noun !== undefined) return { first: i, last: i, from: noun, to: noun + 9, form: 'decade', confidence: 0.85 };
  // "in de veertig", "(van) in de zeventig", "in his twenties", "early thirties", "begin tachtig", "rond de 90".
  if ((w === 'in' || w === 'rond' || w === 'ergens') && (tokens[i + 1]?.lower === 'de' || /^(his|her|their|zijn|haar)$/.test(tokens[i + 1]?.lower ?? ''))) {
    const d = tokens[i + 2];
    const decade = d ? DECADES.get(d.lower) : undefined;
    if (decade !== undefined && (w !== 'in' || d!.lower !== 'tien')) {
      if (w === 'rond') return { first: i, last: i + 2, from: decade - 2, to: decade + 2, form: 'around', confidence: 0.85 };
      return { first: i, last: i + 2, from: decade, to: decade + 9, form: 'decade', confidence: 0.9 };
    }
    const n = num(d);
    if (w === 'rond' && n !== undefined && n >= 10 && n <= 105) return { first: i, last: i + 2, from: n - 2, to: n + 2, form: 'around', confidence: 0.85 };
  }
  if (EARLY.has(w) || LATE.has(w) || MID.has(w)) {
    let j = i + 1;
    if (tokens[j]?.text === '-') j++;
    const decade = tokens[j] ? DECADES.get(tokens[j]!.lower) : undefined;
    if (decade !== undefined && decade >= 20) {
      const [from, to] = EARLY.has(w) ? [decade, decade + 4] : LATE.has(w) ? [decade + 5, decade + 9] : [decade + 3, decade + 7];
      return { first: i, last: j, from, to, form: 'decade', confidence: 0.85 };
    }
  }
  // Bare English decade words: "a lad in his twenties" is caught above; "twenties" alone is a decade of age only after "in".
  return undefined;
}

// Dutch secondary school types after a year number ("3 havo").
const SECONDARY = new Set(['havo', 'vwo', 'vmbo', 'mavo', 'gymnasium', 'gym', 'atheneum', 'vmbo-t', 'vmbo-k', 'vmbo-b', 'tl']);

/** School year as age: "derde klas", "groep 8", "Year 10", "S2 pupil", "3e klas". */
function schoolYear(tokens: readonly Token[], i: number): AgeSpan | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const ord = ORDINALS.get(t.lower);
  if (ord !== undefined && (next?.lower === 'klas' || next?.lower === 'grade' || next?.lower === 'leerjaar') && next) {
    const base = next.lower === 'grade' ? 5 : 11; // Dutch "derde klas" = secondary school, 12+
    return { first: i, last: i + 1, from: base + ord, to: base + ord + 1, form: 'school', confidence: 0.8 };
  }
  // "3 havo", "in 4 vwo": the year of a Dutch secondary school (the first year is about 12).
  if (t.type === 'number' && next && SECONDARY.has(next.lower) && Number(t.text) >= 1 && Number(t.text) <= 6) {
    const y = Number(t.text);
    return { first: i, last: i + 1, from: 11 + y, to: 12 + y, form: 'school', confidence: 0.8 };
  }
  // Flemish "het tweede middelbaar", "eerste leerjaar" (primary: the first year is about 6).
  if (ord !== undefined && next && (next.lower === 'middelbaar' || next.lower === 'secundair')) return { first: i, last: i + 1, from: 11 + ord, to: 12 + ord, form: 'school', confidence: 0.8 };
  // "3rd grade", "8th grader", "a third-grader": US grades (the first grade is about 6).
  const nth = t.type === 'number' && /^(st|nd|rd|th)$/.test(next?.lower ?? '') && adjacent(t, next) ? Number(t.text) : undefined;
  if (nth !== undefined && nth >= 1 && nth <= 12 && /^grader?s?$/.test(tokens[i + 2]?.lower ?? '')) return { first: i, last: i + 2, from: 5 + nth, to: 6 + nth, form: 'school', confidence: 0.8 };
  if (ord !== undefined && next?.text === '-' && adjacent(t, next) && /^graders?$/.test(tokens[i + 2]?.lower ?? '')) return { first: i, last: i + 2, from: 5 + ord, to: 6 + ord, form: 'school', confidence: 0.8 };
  if (t.lower === 'groep' && next?.type === 'number' && Number(next.text) >= 1 && Number(next.text) <= 8) {
    const g = Number(next.text);
    return { first: i, last: i + 1, from: g + 3, to: g + 4, form: 'school', confidence: 0.75 };
  }
  if (t.text === 'Year' && next?.type === 'number' && Number(next.text) >= 1 && Number(next.text) <= 13) {
    const y = Number(next.text);
    return { first: i, last: i + 1, from: y + 4, to: y + 5, form: 'school', confidence: 0.8 };
  }
  // "S2 pupil": the tokenizer splits "S2" into "S" and "2".
  const digit = tokens[i + 1];
  if (/^[SP]$/.test(t.text) && digit?.type === 'number' && adjacent(t, digit) && /^[1-7]$/.test(digit.text) && /^(pupil|pupils|leerling|student|class|klas|girl|boy)$/i.test(tokens[i + 2]?.text ?? '')) {
    const y = Number(digit.text);
    const from = t.text[0] === 'S' ? 11 + y : 4 + y;
    return { first: i, last: i + 1, from, to: from + 1, form: 'school', confidence: 0.75 };
  }
  return undefined;
}

// The words at which some form above can start (besides numbers, number words and the word shapes in
// `mayStart`): the look-up tables' keys and the words the forms test for. A token that is none of these
// starts no age, so the forms are not tried there (most tokens of a text).
const STARTS: ReadonlySet<string> = new Set([
  ...STAGES.keys(), ...DECADE_NOUNS.keys(), ...EARLY, ...LATE, ...MID, ...ORDINALS.keys(), 'in', 'rond', 'ergens', 'groep', 'year', 's', 'p',
]);
const mayStart = (t: Token): boolean =>
  t.type === 'number' ||
  (t.type === 'word' && (STARTS.has(t.lower) || NUMBER_WORDS.has(t.lower) || t.lower.endsWith('tig') || t.lower.endsWith('something') || t.lower.includes('jarig')));

const ageDetector: Detector = {
  id: 'age',
  detect({ tokens }: DetectContext): Detection[] {
    const out: Detection[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (!mayStart(tokens[i]!)) continue;
      const span = exact(tokens, i) ?? otherAge(tokens, i) ?? band(tokens, i) ?? schoolYear(tokens, i);
      if (!span) continue;
      out.push({
        kind: 'age',
        start: tokens[span.first]!.start,
        end: tokens[span.last]!.end,
        rule: 'age',
        confidence: span.confidence,
        facts: { from: span.from, to: span.to, form: span.form },
      });
      i = span.last;
    }
    return out;
  },
};

export const ageRule: Rule = {
  meta: ruleMeta('age', ['age'], 'Ages: "45-jarige", "is 45", "(72)", decades ("in de veertig"), life stages, school years'),
  create: () => ageDetector,
};
