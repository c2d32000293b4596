import type { AmountFacts } from '../core/facts.js';
import type { Detection, Lang } from '../core/types.js';
import type { Lexicon, MoneyWord } from '../lexicon/lexicon.js';
import { parseNumberWord } from '../lexicon/numbers.js';
import { kinNoun, ROLES_BEFORE_NAME } from '../lexicon/person-words.js';
import { isAllCaps, isCapitalized, type Token } from '../text/tokenize.js';
import { aboutNobody, aboutOrganisation, aboutWriter, addressesReader, clauseAround } from './subject.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

/**
 * A sum of money that singles a person out: a debt, a fine, damages, an inheritance, a salary, a benefit,
 * a sum won, stolen or lost ("ruim 30.000 euro schuld", "een erfenis van 2 ton", "damages of EUR 5,000",
 * "the applicant was paid TRY 4.35").
 *
 * The sum: a number in Dutch or English notation ("1.250,-", "1,250.00", "1,2 miljoen", "2 ton", "twintig",
 * "USD 12.5 million") with a currency: a sign ("€", "$"), an ISO 4217 code ("GBP 150", "(TRY)") or a currency
 * word, possibly with its adjective ("Turkish liras", "pounds sterling"). The span takes a word of
 * approximation before it ("ruim", "approximately"), a code or a conversion in brackets after it ("(GBP)",
 * "(approximately 292 euros)"), and the noun that says what the sum is when it follows ("30.000 euro schuld",
 * "400 euro per maand bijstand", "EUR 5,000 in damages").
 *
 * Whose sum: the sentence (or the one before) names a person (a pronoun, a first name, a person noun such as
 * "cliënt" or "the applicant"), and the sum is that person's by its grammar: a head noun after or before it
 * ("een boete van"), a verb of getting, owing, paying, winning, stealing or losing, or a noun of a sum ("a
 * total of"). Left alone: prices and rates ("kost 2 euro", "€ 3 per uur", "the ticket costs $20"), the
 * writer's and the organisation's money ("ik verdien", "ons ziekenhuis kreeg"), sums of anyone ("als je
 * een boete krijgt", "wie schulden heeft"), hypotheses and examples ("stel dat", "bijvoorbeeld"), averages.
 */

// ---------------------------------------------------------------------------------------------------
// Closed classes of the grammar (the lexemes are in dictionaries/src/lexicon/money-words.tsv)

// Words of approximation before a sum, single ("ruim") and in sequences ("meer dan", "zo'n", "up to").
const APPROX = new Set([
  'ruim', 'bijna', 'circa', 'ca', 'ongeveer', 'wel', 'liefst', 'krap', 'pakweg', 'rond', 'dik', 'minstens', 'slechts', 'bijkans', 'zowat',
  'approximately', 'approx', 'about', 'around', 'some', 'nearly', 'almost', 'over', 'roughly', 'estimated', 'only', 'under',
]);
const APPROX_SEQUENCES: readonly (readonly string[])[] = [
  ['meer', 'dan'], ['minder', 'dan'], ['maar', 'liefst'], ['ten', 'minste'], ['rond', 'de'], ['zo', "'", 'n'], ['zo', '’', 'n'], ['om', 'en', 'nabij'],
  ['more', 'than'], ['less', 'than'], ['up', 'to'], ['at', 'least'], ['just', 'over'], ['just', 'under'], ['an', 'estimated'], ['in', 'excess', 'of'],
];
// Income runs per month or year ("400 euro per maand bijstand"); other units make a price (money-words.tsv, unit).
const INCOME_UNITS = new Set(['maand', 'week', 'jaar', 'dag', 'month', 'year', 'week', 'day', 'annum']);
// Paying for something: the sum is its price.
const FOR = new Set(['voor', 'for']);
const PAY = /^(?:betaal|betal|paid$|pay|spent$|spend|uitgegeven$|gaf$)/;
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'werd', 'wordt', 'werden', 'worden']);
const PER = new Set(['per', 'a', 'an', 'each', 'every', 'elke', 'iedere', 'the']);
// "30.000 euro aan schulden", "EUR 5,000 in damages".
const HEAD_LINK = new Set(['aan', 'in']);
// Prepositions by which a noun governs a sum ("een boete van", "damages of", "ter hoogte van", "worth").
const GOVERN = new Set(['van', 'of']);
const WORTH = new Set(['worth', 'ter', 'twv', 'totalling', 'totaling', 'amounting']);
// A fraction of a multiplier: "een half miljoen", "anderhalve ton".
const HALF = new Map([['half', 0.5], ['halve', 0.5], ['anderhalf', 1.5], ['anderhalve', 1.5]]);
// Adjectives of a currency word that are not capitalized ("nieuwe Turkse lira", "new Turkish liras").
const CURRENCY_ADJ = new Set(['new', 'nieuwe', 'old', 'oude', 'old-style']);
const ONE = new Set(['een', 'één', 'one', 'a', 'an']);
// A multiplier this large needs no currency where a head names the sum ("een erfenis van een half miljoen").
const BIG = 100_000;

// Whose sum: hypotheses and examples, statistics, the writer's possessive before a head.
const HYPOTHESIS = new Set(['stel', 'stel,', 'suppose', 'supposing', 'imagine', 'hypothetically', 'bijvoorbeeld', 'bv', 'bijv', 'example', 'instance', 'eg', 'zoals']);
const CONDITIONAL = new Set(['als', 'indien', 'mocht', 'wanneer', 'zodra', 'if', 'unless', 'whenever', 'tenzij']);
const MODAL = new Set(['zou', 'zouden', 'could', 'might']);
const STATISTIC = new Set(['gemiddeld', 'gemiddelde', 'gemiddelden', 'mediaan', 'modaal', 'modale', 'average', 'averages', 'median', 'mean', 'typical', 'typically', 'doorsnee']);
const POSS_FIRST = new Set(['mijn', 'onze', 'ons', 'my', 'our']);
const POSS_THIRD = new Set(['zijn', 'haar', 'his', 'her']);

// A person in the sentence: pronouns, and person nouns beyond the kin and role nouns of person-words.ts.
const PERSON_PRONOUNS = new Set(['hij', 'zij', 'ze', 'hem', 'haar', 'he', 'she', 'him', 'her', 'his', 'zichzelf', 'himself', 'herself']);
const PERSON_NOUNS = new Set([
  ...ROLES_BEFORE_NAME,
  'meneer', 'mevrouw', 'mijnheer', 'dhr', 'mw', 'mevr', 'jongen', 'meisje', 'jongeman', 'jongere', 'tiener', 'puber', 'student', 'studente',
  'deelnemer', 'cursist', 'klant', 'winnaar', 'winnares', 'slachtoffer', 'dader', 'verdachte', 'gedetineerde', 'erfgenaam', 'weduwe',
  'weduwnaar', 'zorgvrager', 'hulpvrager', 'cliënte', 'inwoner', 'inwoonster', 'dorpsgenoot', 'man', 'vrouw', 'persoon',
  'mr', 'mrs', 'ms', 'miss', 'applicant', 'claimant', 'appellant', 'defendant', 'plaintiff', 'respondent', 'accused', 'complainant',
  'petitioner', 'victim', 'widow', 'widower', 'heir', 'tenant', 'debtor', 'winner', 'offender', 'suspect', 'prisoner', 'inmate',
  'woman', 'man', 'girl', 'boy', 'teenager', 'student', 'customer', 'individual',
]);
// Heads of Dutch compounds that name a person ("masterstudent", "dorpsbewoner").
const PERSON_ENDINGS = ['student', 'studente', 'bewoner', 'bewoonster', 'cliënt', 'patiënt', 'jongen', 'meisje', 'vrouw', 'man', 'genoot'];
const SENTENCE_END = new Set(['.', '!', '?']);

// ---------------------------------------------------------------------------------------------------

interface NumberRun {
  first: number;
  last: number;
  value: number;
  significant: number;
  /** A multiplier that is also a weight ("ton") ended the number. */
  ambiguous: boolean;
  /** A multiplier of a hundred thousand or more ended it ("miljoen", "million"). */
  big: boolean;
}

interface Amount {
  first: number;
  last: number;
  num: NumberRun;
  /** The currency: a word that is also a weight or a word ("pond", "TRY") needs more evidence. */
  currency: 'sure' | 'ambiguous' | 'none';
  /** The head noun after the sum (its token), and where the span ends without it. */
  headAfter?: number;
}

const lower = (tokens: readonly Token[], i: number): string => tokens[i]?.lower ?? '';
const adjacent = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

// Digit groups in the longest sum written out ("1.000.000.000.000,00" has six).
const MAX_GROUPS = 8;

/** Significant digits of a digit string: without leading zeros and trailing zeros. */
function significantDigits(digits: string): number {
  const s = digits.replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, s.length);
}

function createAmountDetector(lexicon: Lexicon): Detector {
  const money = (lang: Lang, t: Token | undefined): MoneyWord | undefined => {
    if (!t || t.type === 'number') return undefined;
    // Signs and codes are looked up as written ("GBP", "€"); words in lower case.
    if (t.type === 'punct') return lexicon.money().get(lang, t.text);
    if (isAllCaps(t) && t.text.length === 3) {
      const code = lexicon.money().get(lang, t.text);
      if (code?.cls === 'code') return code;
    }
    const w = lexicon.money().get(lang, t.lower);
    return w && w.cls !== 'code' && w.cls !== 'symbol' ? w : undefined;
  };
  const isCls = (lang: Lang, t: Token | undefined, cls: MoneyWord['cls']): boolean => money(lang, t)?.cls === cls;

  /** A head noun at token i: listed, a Dutch compound ending in a listed head ("gokschuld"), or after a hyphen ("WW-uitkering"). */
  function headAt(tokens: readonly Token[], i: number, lang: Lang): number | undefined {
    const t = tokens[i];
    if (!t || t.type !== 'word') return undefined;
    if (isCls(lang, t, 'head')) {
      // "WW-uitkering": the head is the last part; so is a hyphenated compound's.
      return i;
    }
    if (lang === 'nl' && t.lower.length >= 7) {
      for (let n = 4; n <= t.lower.length - 3; n++) {
        const w = lexicon.money().get(lang, t.lower.slice(-n));
        if (w?.cls === 'head' && w.ending) return i;
      }
    }
    return undefined;
  }

  /** The number that starts at token i ("30.000", "1,2 miljoen", "2 ton", "twintig", "een half miljoen"). */
  function numberAt(tokens: readonly Token[], i: number, lang: Lang): NumberRun | undefined {
    const t = tokens[i]!;
    let last = i;
    let value: number;
    let digits: string;
    if (t.type === 'number') {
      // Digit groups joined by '.' or ',' without spaces; "30 000" with a space between groups of three.
      const groups: string[] = [t.text];
      const seps: string[] = [];
      for (;;) {
        const sep = tokens[last + 1];
        const next = tokens[last + 2];
        if (sep && next && (sep.text === '.' || sep.text === ',') && adjacent(tokens[last], sep) && adjacent(sep, next) && next.type === 'number') {
          // More groups than any sum has ("1.2.3.4.5.6.7.8.9…"): no number, and no walk to the run's end from each group.
          if (groups.length >= MAX_GROUPS) return undefined;
          groups.push(next.text);
          seps.push(sep.text);
          last += 2;
          continue;
        }
        const spaced = tokens[last + 1];
        if (spaced && spaced.type === 'number' && spaced.text.length === 3 && spaced.gapBefore && !spaced.lineBefore && seps.length === 0 && groups.every((g, k) => (k === 0 ? g.length <= 3 : g.length === 3)) && spaced.start - tokens[last]!.end === 1) {
          groups.push(spaced.text);
          seps.push(' ');
          last += 1;
          continue;
        }
        break;
      }
      // Which separator is the decimal one: the last, when it differs from the others or its group is not three long.
      let decimalAt = -1;
      if (seps.length) {
        const lastSep = seps[seps.length - 1]!;
        const mixed = seps.some((s) => s !== lastSep);
        const lastGroup = groups[groups.length - 1]!;
        if (lastSep !== ' ' && (mixed || (seps.length === 1 && lastGroup.length !== 3))) decimalAt = seps.length - 1;
      }
      const intPart = (decimalAt >= 0 ? groups.slice(0, decimalAt + 1) : groups).join('');
      const decPart = decimalAt >= 0 ? groups[groups.length - 1]! : '';
      value = Number(decPart ? `${intPart}.${decPart}` : intPart);
      digits = (intPart + decPart).replace(/^0+/, '');
      // "1.250,-", "25,=": no cents.
      const dash = tokens[last + 1];
      if (dash && (dash.text === ',' || dash.text === '.') && adjacent(tokens[last], dash) && /^[-–=]$/.test(tokens[last + 2]?.text ?? '') && adjacent(dash, tokens[last + 2])) last += 2;
    } else if (t.type === 'word') {
      const w = t.lower;
      const thousands = /^(.+)duizend$/.exec(w);
      const spelled = w === 'duizend' ? 1000 : thousands ? (parseNumberWord(thousands[1]!) ?? 0) * 1000 || undefined : parseNumberWord(w);
      const half = HALF.get(w);
      if (spelled !== undefined && !ONE.has(w)) value = spelled;
      else if (ONE.has(w) || half !== undefined) value = half ?? 1;
      else return undefined;
      // "een half miljoen": the fraction after the article.
      const frac = ONE.has(w) ? HALF.get(lower(tokens, i + 1)) : undefined;
      if (frac !== undefined) {
        value = frac;
        last = i + 1;
      }
      digits = String(value).replace('.', '');
      // "een", "one", "half" count only before a multiplier ("een miljoen", "a million", "half a million").
      if ((ONE.has(w) || half !== undefined) && !isCls(lang, tokens[last + 1], 'multiplier') && !(half !== undefined && ONE.has(lower(tokens, last + 1)) && isCls(lang, tokens[last + 2], 'multiplier'))) return undefined;
      if (half !== undefined && ONE.has(lower(tokens, last + 1))) last++; // "half a million"
    } else {
      return undefined;
    }
    let ambiguous = false;
    let big = false;
    const m = tokens[last + 1];
    const mult = money(lang, m);
    if (m && mult?.cls === 'multiplier' && !m.lineBefore) {
      // "£5m", "30k": a one-letter multiplier sticks to the number.
      if (m.text.length > 1 || adjacent(tokens[last], m)) {
        value *= Number(mult.value);
        ambiguous = mult.ambiguous;
        big = Number(mult.value) >= BIG && m.text.length > 1;
        last++;
      }
    }
    if (!Number.isFinite(value) || value <= 0) return undefined;
    return { first: i, last, value, significant: significantDigits(digits), ambiguous, big };
  }

  /** The currency word after token k, with its adjectives ("Turkish liras", "pounds sterling"): its last token. */
  function currencyWordAfter(tokens: readonly Token[], k: number, lang: Lang): { last: number; ambiguous: boolean } | undefined {
    let j = k + 1;
    let adjectives = 0;
    while (adjectives < 2 && tokens[j] && tokens[j]!.type === 'word' && (isCapitalized(tokens[j]) || CURRENCY_ADJ.has(tokens[j]!.lower)) && !isCls(lang, tokens[j], 'currency')) {
      j++;
      adjectives++;
    }
    const cur = tokens[j];
    const w = money(lang, cur);
    if (!cur || w?.cls !== 'currency' || cur.lineBefore) return undefined;
    let last = j;
    let ambiguous = w.ambiguous && adjectives === 0;
    if (lower(tokens, j + 1) === 'sterling') {
      last = j + 1;
      ambiguous = false;
    }
    return { last, ambiguous };
  }

  /** A code in brackets after a sum ("(GBP)"): its closing bracket. */
  function bracketedCode(tokens: readonly Token[], k: number, lang: Lang): number | undefined {
    return tokens[k + 1]?.text === '(' && isCls(lang, tokens[k + 2], 'code') && tokens[k + 3]?.text === ')' ? k + 3 : undefined;
  }

  /** The sum that starts at token i: a sign or code and a number, or a number and a currency. */
  function amountAt(tokens: readonly Token[], i: number, lang: Lang, nested = false): Amount | undefined {
    const t = tokens[i]!;
    let first = i;
    let num: NumberRun | undefined;
    let currency: Amount['currency'] = 'none';
    let last: number;
    const lead = money(lang, t);
    if (lead && (lead.cls === 'symbol' || lead.cls === 'code')) {
      // "€ 1.250,-", "$1,200", "US$ 40", "GBP 150", "EUR5,000".
      let k = i + 1;
      if (lead.cls === 'code' && tokens[k]?.text === '$' && adjacent(t, tokens[k])) k++;
      if (!tokens[k] || tokens[k]!.lineBefore) return undefined;
      num = numberAt(tokens, k, lang);
      if (!num || tokens[k]!.type !== 'number') return undefined;
      currency = lead.ambiguous ? 'ambiguous' : 'sure';
      // A code that is also a word ("TRY", "TOP") in a line of capitals is a heading, not a sum.
      if (lead.ambiguous && (isAllCaps(tokens[i - 1] ?? t) && tokens[i - 1]?.type === 'word' || (tokens[num.last + 1]?.type === 'word' && isAllCaps(tokens[num.last + 1]!)))) return undefined;
      last = num.last;
      // "EUR 5,000 euros" does not happen; "£5,000 (GBP)" may.
      last = bracketedCode(tokens, last, lang) ?? last;
    } else if (t.type === 'number' || t.type === 'word') {
      // "$" may also follow the number in some styles ("1.250 €").
      num = numberAt(tokens, i, lang);
      if (!num) return undefined;
      last = num.last;
      const after = tokens[last + 1];
      const cw = currencyWordAfter(tokens, last, lang);
      const trailing = money(lang, after);
      if (cw) {
        last = cw.last;
        currency = cw.ambiguous ? 'ambiguous' : 'sure';
      } else if (after && trailing && (trailing.cls === 'code' || trailing.cls === 'symbol') && !after.lineBefore && t.type === 'number') {
        last++;
        currency = trailing.ambiguous ? 'ambiguous' : 'sure';
      } else if (num.ambiguous || num.big) {
        // "2 ton", "een half miljoen" alone: money only where a head says so.
        currency = 'ambiguous';
      } else {
        return undefined;
      }
      // A one-letter multiplier ("5m", "30k") after a number without a sign is a unit of length or a count.
      if (cw === undefined && !trailing && /^[mk]$/.test(lower(tokens, num.last))) return undefined;
      last = bracketedCode(tokens, last, lang) ?? last;
    } else {
      return undefined;
    }
    // A conversion in brackets: "(approximately 292 euros)", "(SEK; approximately 27,000 euros)", "(136,000 euros (EUR) at the time)".
    if (!nested && tokens[last + 1]?.text === '(') {
      let k = last + 2;
      if (isCls(lang, tokens[k], 'code') && /^[;,]$/.test(tokens[k + 1]?.text ?? '')) k += 2;
      k = approxStart(tokens, k, 'forward');
      const inner = tokens[k] ? amountAt(tokens, k, lang, true) : undefined;
      if (inner) {
        let close = inner.last + 1;
        for (let n = 0; n < 4 && tokens[close] && tokens[close]!.text !== ')' && tokens[close]!.type === 'word'; n++) close++;
        if (tokens[close]?.text === ')') last = close;
      }
    }
    first = approxStart(tokens, first, 'back');
    return { first, last, num, currency };
  }

  /**
   * With 'back': the first token of the words of approximation that end before token `first` ("ruim",
   * "meer dan", "zo'n"). With 'forward': the token after those that start at `first`.
   */
  function approxStart(tokens: readonly Token[], first: number, dir: 'back' | 'forward'): number {
    if (dir === 'forward') {
      let k = first;
      for (let n = 0; n < 2; n++) {
        if (APPROX.has(lower(tokens, k))) k++;
        else {
          const seq = APPROX_SEQUENCES.find((s) => s.every((w, j) => lower(tokens, k + j) === w));
          if (!seq) break;
          k += seq.length;
        }
        if (tokens[k]?.text === '.' && adjacent(tokens[k - 1], tokens[k])) k++; // "ca.", "approx."
      }
      return k;
    }
    let f = first;
    for (let n = 0; n < 2; n++) {
      let k = f - 1;
      if (tokens[k]?.text === '.' && adjacent(tokens[k - 1], tokens[k])) k--; // "ca.", "approx."
      const seq = APPROX_SEQUENCES.find((s) => s.every((w, j) => lower(tokens, k - s.length + 1 + j) === w));
      if (seq) f = k - seq.length + 1;
      else if (APPROX.has(lower(tokens, k)) && tokens[k]!.type === 'word') f = k;
      else break;
    }
    return f;
  }

  /** The head noun after a sum ("schuld", "per maand bijstand", "in damages"): its token. */
  function headAfter(tokens: readonly Token[], last: number, lang: Lang): number | undefined {
    let k = last + 1;
    if (tokens[k]?.lineBefore) return undefined;
    // "per maand", "a month"
    if (PER.has(lower(tokens, k)) && INCOME_UNITS.has(lower(tokens, k + 1))) k += 2;
    if (HEAD_LINK.has(lower(tokens, k))) k++;
    const h = headAt(tokens, k, lang);
    if (h === undefined) return undefined;
    // "WW-uitkering" is one head; "boete" before "-" and a word is part of a compound too.
    if (tokens[h + 1]?.text === '-' && adjacent(tokens[h], tokens[h + 1]) && tokens[h + 2]?.type === 'word' && adjacent(tokens[h + 1], tokens[h + 2])) return h + 2;
    return h;
  }

  /** A hyphenated compound before token k ("WW-uitkering" ends at k): its first token. */
  function compoundStart(tokens: readonly Token[], k: number): number {
    let f = k;
    while (tokens[f - 1]?.text === '-' && adjacent(tokens[f - 1], tokens[f]) && tokens[f - 2]?.type === 'word' && adjacent(tokens[f - 2], tokens[f - 1])) f -= 2;
    return f;
  }

  /**
   * The noun that governs the sum from before it: "een boete van", "damages of", "a total of", "ter hoogte
   * van", "in the amount of", "worth": 'head' (a person's sum), 'sum' (a sum without an owner) or undefined.
   */
  function governor(tokens: readonly Token[], first: number, lang: Lang): { type: 'head' | 'sum'; noun: number } | undefined {
    let k = first - 1;
    if (WORTH.has(lower(tokens, k))) return { type: 'sum', noun: k };
    if (lower(tokens, k) === 'to' && /^(?:amounting|amounted|amounts|totalling|totaling)$/.test(lower(tokens, k - 1))) return { type: 'sum', noun: k - 1 };
    if (!GOVERN.has(lower(tokens, k))) return undefined;
    k--;
    // "ter hoogte van", "ter waarde van", "in the amount of", "in the sum of".
    if (/^(?:hoogte|waarde)$/.test(lower(tokens, k)) && lower(tokens, k - 1) === 'ter') return { type: 'sum', noun: k };
    // "een schuld van", "an award of", "an annual salary of", "de WW-uitkering van".
    const head = headAt(tokens, k, lang);
    if (head !== undefined) {
      // Whose: "mijn salaris van", "our fine of": the writer's.
      const owner = lower(tokens, compoundStart(tokens, k) - 1);
      if (POSS_FIRST.has(owner)) return undefined;
      return { type: 'head', noun: k };
    }
    if (isCls(lang, tokens[k], 'sum')) return { type: 'sum', noun: k };
    return undefined;
  }

  /** Token k ends a sentence: a full stop, "!" or "?" before a space or the end (not the "." in "3.500"). */
  const endsSentence = (tokens: readonly Token[], k: number): boolean => SENTENCE_END.has(tokens[k]!.text) && (!tokens[k + 1] || tokens[k + 1]!.gapBefore);

  /** The sentence around token i and the one before it: [first, last]. */
  function sentenceSpan(tokens: readonly Token[], i: number, before: number): [number, number] {
    let first = i;
    let ends = 0;
    while (first > 0 && i - first < 60) {
      if (endsSentence(tokens, first - 1) || tokens[first]!.lineBefore) {
        if (++ends > before) break;
      }
      first--;
    }
    let last = i;
    while (last < tokens.length - 1 && last - i < 25 && !endsSentence(tokens, last + 1) && !tokens[last + 1]!.lineBefore) last++;
    return [first, last];
  }

  /** A person is named in the sentence or the one before: a pronoun, a person noun, a first name. */
  function personNear(tokens: readonly Token[], i: number, skip: [number, number]): boolean {
    const [first, last] = sentenceSpan(tokens, i, 1);
    const names = lexicon.names();
    for (let k = first; k <= last; k++) {
      if (k >= skip[0] && k <= skip[1]) continue;
      const t = tokens[k]!;
      if (t.type !== 'word') continue;
      const w = t.lower;
      if (PERSON_PRONOUNS.has(w) || PERSON_NOUNS.has(w)) return true;
      const kin = kinNoun(w);
      if (kin && !kin.plural) return true;
      if (w.length > 7 && PERSON_ENDINGS.some((e) => w.endsWith(e) && w.length - e.length >= 4)) return true;
      // A first name: capitalized, not at the start of a sentence when it is also an everyday word.
      const start = k === 0 || SENTENCE_END.has(tokens[k - 1]!.text) || t.lineBefore;
      if (isCapitalized(t) && !isAllCaps(t) && names.first.has(w) && !(start && names.ambiguous.has(w))) return true;
    }
    return false;
  }

  /** The clause around the sum speaks of a hypothesis, an example, an average, a condition: nobody's sum. */
  function notAnyones(tokens: readonly Token[], i: number): boolean {
    const [first, last] = clauseAround(tokens, i);
    for (let k = first; k <= last; k++) {
      const w = tokens[k]!.lower;
      if (HYPOTHESIS.has(w) || MODAL.has(w) || STATISTIC.has(w)) return true;
    }
    // "Als hij de loterij wint, ...", "if she were fined £500": a condition.
    let open = first;
    if (open > 0 && tokens[open - 1]!.text === ',') open--;
    return CONDITIONAL.has(lower(tokens, first)) || (open !== first && CONDITIONAL.has(lower(tokens, open - 1)));
  }

  /** A price or a rate: a price word in the clause, or a unit after "per" ("€ 3 per uur", "£20 a night"). */
  function isPrice(tokens: readonly Token[], a: Amount, lang: Lang): boolean {
    const k = a.num.last + 1;
    for (const j of [a.last + 1, k]) {
      if (PER.has(lower(tokens, j)) && isCls(lang, tokens[j + 1], 'unit')) return true;
    }
    if (lower(tokens, a.last + 1) === 'p' && tokens[a.last + 2]?.text === '.') return true; // "p.p."
    const [first, last] = clauseAround(tokens, a.first);
    for (let j = first; j <= last; j++) if ((j < a.first || j > a.last) && isCls(lang, tokens[j], 'price')) return true;
    // "betaalde 4 euro voor een kop koffie", "paid £300 for the bike": what was bought.
    const bought = [a.last + 2, a.last + 3].some((j) => headAt(tokens, j, lang) !== undefined); // "paid £300 for his fine"
    if (FOR.has(lower(tokens, a.last + 1)) && !bought) {
      // "was paid ... for": the person was paid, nothing was bought.
      for (let j = first; j < a.first; j++) if (PAY.test(tokens[j]!.lower) && !PASSIVE.has(lower(tokens, j - 1))) return true;
    }
    return false;
  }

  /** A verb of getting, owing, paying, winning, stealing or losing in the clause. */
  function moneyVerb(tokens: readonly Token[], a: Amount, lang: Lang): boolean {
    const [first, last] = clauseAround(tokens, a.first);
    for (let j = first; j <= last; j++) if ((j < a.first || j > a.last) && isCls(lang, tokens[j], 'verb')) return true;
    return false;
  }

  /** A head noun elsewhere in the clause, owned by a third person or with an article ("zijn schuld bedraagt"). */
  function headInClause(tokens: readonly Token[], a: Amount, lang: Lang): boolean {
    const [first, last] = clauseAround(tokens, a.first);
    for (let j = first; j <= last; j++) {
      if (j >= a.first && j <= a.last) continue;
      if (headAt(tokens, j, lang) !== undefined && !POSS_FIRST.has(lower(tokens, compoundStart(tokens, j) - 1))) return true;
    }
    return false;
  }

  /** A head noun in the clause owned by a third person: "zijn maandsalaris is", "her pension was". */
  function ownedHead(tokens: readonly Token[], a: Amount, lang: Lang): boolean {
    const [first, last] = clauseAround(tokens, a.first);
    for (let j = first; j <= last; j++) {
      if ((j < a.first || j > a.last) && headAt(tokens, j, lang) !== undefined && POSS_THIRD.has(lower(tokens, compoundStart(tokens, j) - 1))) return true;
    }
    return false;
  }

  return {
    id: 'amount',
    detect({ tokens, lang }: DetectContext): Detection[] {
      const out: Detection[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        // Cheap gate: a sum starts at a number, a number word, a sign or a code.
        if (t.type === 'word' && !(t.lower.length <= 12 && (parseNumberWord(t.lower) !== undefined || ONE.has(t.lower) || HALF.has(t.lower) || t.lower.endsWith('duizend') || (isAllCaps(t) && t.text.length === 3)))) continue;
        if (t.type === 'punct' && t.text.length > 2) continue;
        const a = amountAt(tokens, i, lang);
        if (!a) continue;
        i = Math.max(i, a.last);
        const head = headAfter(tokens, a.last, lang);
        const gov = governor(tokens, a.first, lang);
        const hasHead = head !== undefined || gov?.type === 'head';
        // Whose sum is it?
        if (a.currency === 'none') continue;
        if (a.currency === 'ambiguous' && !hasHead && gov?.type !== 'sum') continue;
        if (aboutWriter(tokens, a.first) || aboutOrganisation(tokens, a.first) || addressesReader(tokens, a.first) || aboutNobody(tokens, a.first)) continue;
        if (notAnyones(tokens, a.first)) continue;
        if (!hasHead && isPrice(tokens, a, lang)) continue;
        const last = head ?? a.last;
        if (!ownedHead(tokens, a, lang) && !personNear(tokens, a.first, [a.first, last])) continue;
        if (!hasHead && gov?.type !== 'sum' && !moneyVerb(tokens, a, lang) && !headInClause(tokens, a, lang)) continue;
        if (head !== undefined) i = head;
        const approximate = a.first < a.num.first && !isCls(lang, tokens[a.first], 'symbol') && !isCls(lang, tokens[a.first], 'code');
        const amount: AmountFacts = {
          significant: approximate ? Math.min(2, a.num.significant) : a.num.significant,
          value: a.num.value,
          headAt: head !== undefined ? 'after' : gov?.type === 'head' ? 'before' : 'none',
          governed: gov !== undefined && GOVERN.has(lower(tokens, a.first - 1)),
        };
        const start = tokens[a.first]!.start;
        const end = tokens[last]!.end;
        out.push({
          kind: 'unusual',
          start,
          end,
          rule: 'amount',
          confidence: 0.8,
          facts: { via: 'construction', construction: 'amount', amount, ...(head !== undefined ? { head: headText(tokens, head) } : {}) },
        });
      }
      return out;
    },
  };

  function headText(tokens: readonly Token[], head: number): string {
    const f = compoundStart(tokens, head);
    return tokens.slice(f, head + 1).map((t) => t.text).join('');
  }
}

export const amountRule: Rule = {
  meta: ruleMeta('amount', ['unusual'], 'Sums of money that single a person out: a debt, a fine, damages, an inheritance, a salary, a benefit, a sum won or stolen'),
  create: createAmountDetector,
};
