import type { Detection } from '../core/types.js';
import { isCapitalized, type Token } from '../text/tokenize.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

/**
 * Street addresses: a street name with a house number.
 * - Dutch/Flemish: name first ("Kapelstraat 41", "Dr. Schaepmanstraat 8", "Grote Markt 1", "zwanenlaan 23").
 * - English: number first ("22 Wardown Crescent", "221B Baker Street").
 * The span covers title words of the street name and the number with its addition, never a following
 * postcode or place. A street without a number is not an address.
 */

// Street words that are rarely the end of anything else: allowed in lower case too.
const STRONG_SUFFIXES = ['straat', 'steenweg', 'straatweg', 'laan', 'weg', 'plein', 'gracht', 'kade', 'singel', 'dijk', 'dreef', 'plantsoen', 'boulevard', 'steeg', 'kaai', 'allee', 'dwarsstraat'];
// Common noun endings too ("kerkhof", "loopbaan", "fietspad", "arbeidsmarkt"): only capitalized.
const WEAK_SUFFIXES = ['lei', 'hof', 'pad', 'baan', 'markt', 'park', 'wal', 'veld', 'erf', 'ring', 'burgwal', 'haven', 'vest', 'kouter', ];
const SUFFIXES = [...STRONG_SUFFIXES.map((s) => [s, true] as const), ...WEAK_SUFFIXES.map((s) => [s, false] as const)].sort((a, b) => b[0].length - a[0].length);

// Words that end like a street but are not one.
const NOT_STREETS = new Set([
  'onderweg', 'halfweg', 'snelweg', 'autosnelweg', 'spoorweg', 'luchtweg', 'zijweg', 'uitweg', 'omweg', 'rijweg', 'autoweg',
  'kerkhof', 'gerechtshof', 'loopbaan', 'werkveld', 'speelveld', 'fietspad', 'voetpad', 'arbeidsmarkt', 'woningmarkt',
  'zijstraat', 'verf', 'zwerf', 'werf', 'sterf', 'bederf', 'speelplein', 'stadspark', 'pretpark', 'attractiepark',
  'vakantiepark', 'windpark', 'bedrijvenpark', 'zonnepark', 'ervaring',
]);
// Place names can end in these ("Nijveld", "Stavenisse-haven"): a four-digit number after them is a year or count.
const PLACE_LIKE = /(?:veld|haven)$/;

// Separate street words after a capitalized name: "Grote Markt 1", "Oude Gracht 12", "Brusselse Steenweg 3".
export const SEPARATE: ReadonlySet<string> = new Set(['markt', 'plein', 'gracht', 'kade', 'singel', 'dijk', 'dreef', 'laan', 'weg', 'straat', 'ring', 'wal', 'haven', 'steenweg', 'vest', 'kaai', 'boulevard', 'plantsoen', 'allee', 'hof', 'park', 'veld', 'burgwal', 'steeg']);

// Title and adjective words that belong to a street name: "Burgemeester de Withstraat", "Oude Kerkstraat".
export const TITLES: ReadonlySet<string> = new Set([
  'burgemeester', 'burg', 'dokter', 'dr', 'professor', 'prof', 'pastoor', 'pater', 'dominee', 'ds', 'meester', 'mr', 'mgr',
  'monseigneur', 'kardinaal', 'generaal', 'gen', 'kapitein', 'koning', 'koningin', 'prins', 'prinses', 'graaf', 'gravin',
  'hertog', 'jonkheer', 'jhr', 'ir', 'ingenieur', 'zuster', 'broeder', 'sint', 'st', 'onze', 'lieve', 'vrouw', 'heilige',
  'oude', 'nieuwe', 'grote', 'kleine', 'korte', 'lange', 'hoge', 'lage', 'brede', 'smalle', 'noord', 'zuid', 'oost', 'west',
  'noorder', 'zuider', 'ooster', 'wester', 'binnen', 'buiten', 'eerste', 'tweede', 'derde', 'van', 'ter', 'ten',
]);
// Abbreviations written with a dot before the name: "Dr. Schaepmanstraat", "Burg. de Withstraat", "St. Jansstraat".
const DOT_TITLES = new Set(['dr', 'burg', 'prof', 'mr', 'ds', 'mgr', 'gen', 'jhr', 'ir', 'st', 'pr', 'kard', 'past', 'h', 'o', 'l', 'v']);
const PARTICLES = new Set(['de', 'van', 'der', 'den', 'ter', 'ten', 'het', 't', 'la', 'le', 'du', 'di', 'da', 'von']);

// What a number after a street must not be followed by: units and months ("weg 12 minuten", "Markt 12 januari").
const AFTER_NUMBER_STOP = new Set([
  'minuten', 'minuut', 'min', 'uur', 'u', 'seconden', 'sec', 'jaar', 'jaren', 'maand', 'maanden', 'week', 'weken', 'dag', 'dagen',
  'km', 'kilometer', 'm', 'meter', 'cm', 'euro', 'eur', 'keer', 'maal', 'procent', 'kg', 'kilo', 'gram', 'x',
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
  'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec',
  'minutes', 'hours', 'years', 'miles', 'percent', 'times', 'january', 'february', 'march', 'june', 'july', 'august', 'october',
]);
const ATTACHED_UNITS = new Set(['km', 'm', 'cm', 'mm', 'kg', 'g', 'u', 'h', 'x', 'st', 'ml', 'l', 'jr', 'min', 'pm', 'am', 'th', 'nd', 'rd']);
const HOUSE_ADDITIONS = new Set(['hs', 'bis', 'bg', 'bv', 'ii', 'iii', 'iv', 'huis', 'boven', 'beneden', 'zw', 'rd']);
const ROMAN = /^(?:i|ii|iii|iv|v|vi)$/i;

// English street types, after one to four capitalized name words: "22 Wardown Crescent".
const EN_SUFFIXES = new Set([
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'av', 'lane', 'ln', 'crescent', 'cres', 'close', 'drive', 'dr', 'way',
  'court', 'ct', 'place', 'pl', 'square', 'sq', 'terrace', 'tce', 'gardens', 'gdns', 'grove', 'boulevard', 'blvd', 'parade',
  'mews', 'row', 'walk', 'rise', 'park', 'circle', 'highway', 'hwy', 'parkway', 'pkwy', 'trail', 'wharf', 'quay', 'yard', 'hill',
  'embankment', 'esplanade', 'promenade', 'broadway', 'crossing', 'gate', 'green',
]);
// "in 2020 Main Street was closed": a year, not a house number.
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'from', 'until', 'till', 'during', 'of', 'year', 'before', 'after', 'sinds', 'vanaf', 'tot']);

const isCap = (t: Token | undefined): t is Token & { type: 'word' } => isCapitalized(t);
const isWord = (t: Token | undefined): t is Token & { type: 'word' } => !!t && t.type === 'word';
const isNum = (t: Token | undefined): t is Token & { type: 'number' } => !!t && t.type === 'number';
const glued = (t: Token | undefined): boolean => !!t && !t.gapBefore;
const isYear = (t: Token): boolean => t.text.length === 4 && Number(t.text) >= 1900 && Number(t.text) <= 2099;

/** True when token `k` starts a sentence (first token, or after . ! ? :). */
function sentenceInitial(tokens: readonly Token[], k: number): boolean {
  const p = tokens[k - 1];
  return !p || (p.type === 'punct' && /[.!?:;"“(]/.test(p.text));
}

/** Whether the token is a street name word (weak suffixes such as "-hof" only when capitalized). */
export function suffixStreet(t: Token): boolean {
  const lower = t.lower;
  if (NOT_STREETS.has(lower)) return false;
  for (const [suffix, strong] of SUFFIXES) {
    // The street word must be the end of a longer name: "straat" or "weg" alone is no street.
    if (lower.length >= suffix.length + 2 && lower.endsWith(suffix)) {
      if (!strong && !isCap(t)) return false;
      // "vergadering", "ervaring": -ering nouns are not Ring streets.
      if (suffix === 'ring' && lower.endsWith('ering')) return false;
      return true;
    }
  }
  return false;
}

/**
 * Reads a house number with its addition from token `j`: "12", "12a", "12 A", "12-II", "12-2", "12-14",
 * "12/3", "12 bus 3", "12 hs". Returns the end offset, or undefined when this is no house number.
 */
function houseNumberEnd(tokens: readonly Token[], text: string, j: number, maxDigits: number): number | undefined {
  const n = tokens[j];
  if (!isNum(n) || n.text.length > maxDigits || n.text[0] === '0') return undefined;
  let end = n.end;
  const a = tokens[j + 1];
  const b = tokens[j + 2];
  if (a && !a.gapBefore) {
    // Times, decimals and dates: 12:30, 12.5, 12,50, 12-03-2024, 12/03/2024.
    if ((a.text === ':' || a.text === '.' || a.text === ',') && isNum(b) && glued(b)) return undefined;
    if (a.text === '%') return undefined;
    if (isWord(a)) {
      if (ATTACHED_UNITS.has(a.lower) || a.text.length > 3) return undefined;
      if (a.text.length <= 2 || HOUSE_ADDITIONS.has(a.lower)) end = a.end;
      else return undefined;
    } else if ((a.text === '-' || a.text === '/') && glued(b) && (isNum(b) || isWord(b))) {
      const c = tokens[j + 3];
      const d = tokens[j + 4];
      if (c && !c.gapBefore && (c.text === '-' || c.text === '/' || c.text === '.') && glued(d) && isNum(d)) return undefined;
      if (isNum(b) && b.text.length <= 4) end = b.end;
      else if (isWord(b) && (b.text.length === 1 || ROMAN.test(b.text) || HOUSE_ADDITIONS.has(b.lower))) end = b.end;
    }
  } else if (a && !text.slice(n.end, a.start).includes('\n')) {
    if (isWord(a)) {
      if (AFTER_NUMBER_STOP.has(a.lower)) return undefined;
      if (a.lower === 'bus' && isNum(b) && b.text.length <= 4) {
        end = b.end;
        const c = tokens[j + 3];
        if (glued(c) && isWord(c) && c.text.length === 1) end = c.end;
      } else if (HOUSE_ADDITIONS.has(a.lower) || ROMAN.test(a.text)) {
        // "12 hs", "12 bis", "12 II" (not the English article "I": roman numerals in upper case only).
        if (a.lower === 'hs' || a.lower === 'bis' || a.lower === 'bg' || a.text === a.text.toUpperCase()) end = a.end;
      } else if (a.text.length === 1 && a.text !== a.lower && !(b && !b.gapBefore && b.text === '.')) {
        // "12 A"; "12 J. de Vries" is an initial.
        end = a.end;
      }
    }
  }
  return end;
}

/** Extends a Dutch street name to the left over title words, dotted abbreviations, hyphens and particles. */
// The article of a street, written small ("in de Jacob Catsstraat"; "De" opens a sentence).
const STREET_ARTICLES = new Set(['de', 'het', "'t"]);

export function extendLeft(tokens: readonly Token[], i: number): number {
  let s = i;
  for (let steps = 0; steps < 6; steps++) {
    const p = tokens[s - 1];
    const cur = tokens[s]!;
    if (!p) break;
    if (p.text === '-' && !p.gapBefore && !cur.gapBefore && isWord(tokens[s - 2])) {
      s -= 2; // Sint-Jansstraat, Jan-van-Galenstraat
      continue;
    }
    if (p.text === '.' && !p.gapBefore && isCap(tokens[s - 2]) && DOT_TITLES.has(tokens[s - 2]!.lower)) {
      s -= 2; // Dr. Schaepmanstraat
      continue;
    }
    if (isCap(p) && cur.gapBefore && (TITLES.has(p.lower) || /(?:se|sche)$/.test(p.lower))) {
      s -= 1; // Oude Kerkstraat, Burgemeester ..., Brusselse Steenweg
      continue;
    }
    if (isCap(p) && cur.gapBefore) {
      // "in de Jacob Catsstraat", "aan de Jan Pieter Heijestraat": the names of a person before the street word,
      // after the street's own article.
      let k = s - 1;
      while (k > s - 3 && isCap(tokens[k - 1]) && tokens[k]!.gapBefore) k--;
      const article = tokens[k - 1];
      if (article && STREET_ARTICLES.has(article.text)) {
        s = k;
        continue;
      }
    }
    if (isWord(p) && PARTICLES.has(p.lower) && p.text === p.lower) {
      // "Burgemeester de Withstraat", "Jan van Galenstraat"; not "woont in de Kerkstraat".
      let k = s - 1;
      while (k > s - 4 && isWord(tokens[k - 1]) && PARTICLES.has(tokens[k - 1]!.lower) && tokens[k - 1]!.text === tokens[k - 1]!.lower) k--;
      const w = tokens[k - 1];
      const dotted = w?.text === '.' && isCap(tokens[k - 2]) && DOT_TITLES.has(tokens[k - 2]!.lower);
      if (dotted || (isCap(w) && (TITLES.has(w.lower) || !sentenceInitial(tokens, k - 1)))) {
        s = dotted ? k - 2 : k - 1;
        continue;
      }
    }
    break;
  }
  return s;
}

function dutchAddresses(tokens: readonly Token[], text: string, out: Detection[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Cheap test first: a Dutch address is a street word followed by a house number.
    if (t.type !== 'word' || tokens[i + 1]?.type !== 'number') continue;
    let nameStart = -1;
    let confidence = 0;
    if (suffixStreet(t)) {
      nameStart = i;
      confidence = isCap(t) ? 0.9 : 0.7;
    } else if (isCap(t) && SEPARATE.has(t.lower) && t.gapBefore) {
      // "Grote Markt 1": the word before must be a capitalized name, an adjective or title, not a
      // capitalized sentence opener ("Weg 12 minuten").
      const p = tokens[i - 1];
      if (isCap(p) && (TITLES.has(p.lower) || !sentenceInitial(tokens, i - 1) || /(?:se|sche)$/.test(p.lower))) {
        nameStart = i - 1;
        confidence = 0.8;
      }
    }
    if (nameStart < 0) continue;
    const n = tokens[i + 1];
    if (!isNum(n) || !n.gapBefore || text.slice(t.end, n.start).includes('\n')) continue;
    // House numbers above 1900 are rare in the Low Countries; a year after a street is far likelier.
    if (isYear(n)) continue;
    if (PLACE_LIKE.test(t.lower) && !STRONG_SUFFIXES.some((s) => t.lower.endsWith(s)) && n.text.length === 4) continue;
    const end = houseNumberEnd(tokens, text, i + 1, 4);
    if (end === undefined) continue;
    const start = tokens[extendLeft(tokens, nameStart)]!.start;
    out.push({ kind: 'address', start, end, rule: 'address', confidence, facts: { personal: true, style: 'nl' } });
    i += 1;
  }
}

function englishAddresses(tokens: readonly Token[], text: string, out: Detection[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const n = tokens[i]!;
    if (n.type !== 'number' || n.text.length > 5 || n.text[0] === '0') continue;
    const prev = tokens[i - 1];
    // Part of a longer number, a code, a time or an amount: 3.22, A22, 10:22, £22.
    if (prev && !n.gapBefore && prev.text !== '(' && prev.text !== '"') continue;
    if (isYear(n) && isWord(prev) && YEAR_PREPOSITIONS.has(prev.lower)) continue;
    let j = i + 1;
    // "221B Baker Street", "12a Church Road".
    if (glued(tokens[j]) && isWord(tokens[j]) && tokens[j]!.text.length === 1) j++;
    const names: Token[] = [];
    while (names.length < 5) {
      const w = tokens[j];
      if (!isCap(w) || !w.gapBefore || text.slice(tokens[j - 1]!.end, w.start).includes('\n')) break;
      names.push(w);
      j++;
      // "St Mary's Road", "St. James Road": apostrophe-s and an abbreviation dot stay inside the name.
      const x = tokens[j];
      if (!x || x.gapBefore) continue;
      if ((x.text === "'" || x.text === '’') && glued(tokens[j + 1]) && tokens[j + 1]!.lower === 's') j += 2;
      else if (x.text === '.' && (w.lower === 'st' || w.lower === 'mt' || w.lower === 'ft')) j++;
    }
    let last = -1;
    for (let k = 1; k < names.length; k++) {
      if (EN_SUFFIXES.has(names[k]!.lower)) {
        last = k;
        // "Green Park Road": take the last of adjacent street words.
        while (last + 1 < names.length && EN_SUFFIXES.has(names[last + 1]!.lower)) last++;
        break;
      }
    }
    if (last < 0) continue;
    out.push({ kind: 'address', start: n.start, end: names[last]!.end, rule: 'address', confidence: 0.85, facts: { personal: true, style: 'en' } });
  }
}

/** All addresses in the text, in order of appearance. Exported for the postcode detector's context. */
// The postcode detector asks for the addresses of the same text the address detector just read.
const found = new WeakMap<readonly Token[], Detection[]>();

export function findAddresses(ctx: DetectContext): Detection[] {
  const cached = found.get(ctx.tokens);
  if (cached) return cached;
  const out: Detection[] = [];
  found.set(ctx.tokens, out);
  dutchAddresses(ctx.tokens, ctx.text, out);
  englishAddresses(ctx.tokens, ctx.text, out);
  return out.sort((a, b) => a.start - b.start);
}

const addressDetector: Detector = {
  id: 'address',
  detect: findAddresses,
};

export const addressRule: Rule = {
  meta: ruleMeta('address', ['address'], 'Street addresses: a street name with a house number, Dutch and English styles'),
  create: () => addressDetector,
};
