import type { Detection } from '../core/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { isAllCaps, isCapitalized, type Token } from '../text/tokenize.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

// Words that are capitalized at a sentence start or follow a head without naming anything.
const NOT_NAME = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'his', 'her', 'their', 'this', 'that', 'de', 'het', 'een', 'mijn', 'onze', 'ons', 'zijn', 'haar', 'hun', 'deze', 'dit', 'die',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'sister', 'nurse', 'dr', 'mr', 'mrs', 'ms', 'doctor', 'zuster', 'dhr', 'mw', 'mevrouw', 'meneer']);
const ARTICLES = new Set(['de', 'het', "'t", 'den', 'ter', 'the', 'st', 'sint']);
const CONNECTORS = new Set(['&', 'en', 'and', 'van', 'voor', 'of', 'for', 'de', 'der', 'ter', 'aan', 'op', 'het', 'den']);
const isCap = isCapitalized;
const isNameTok = (t: Token | undefined): boolean => isCap(t) || (!!t && t.type === 'number' && t.text.length <= 3);

/** A line break or a run of spaces between two tokens: a name does not run across it (forms, letterheads). */
function wideGap(text: string, a: Token, b: Token): boolean {
  if (b.start - a.end >= 2) return true;
  const c = text.charCodeAt(a.end);
  return b.start > a.end && (c === 10 || c === 13);
}

// "Hospital no:", "Ziekenhuisnummer": the head labels a record number, it does not end a name.
const RECORD_LABEL = new Set(['no', 'nr', 'number', 'nummer', 'id', '#']);

/** Capitalized name words after a head: "De Wielewaal", "Zonnedauw", "7", "Sint-Amedeus", "Hof ter Beke". */
function nameAfter(text: string, tokens: readonly Token[], i: number): number {
  let j = i;
  if (tokens[i] && tokens[i - 1] && wideGap(text, tokens[i - 1]!, tokens[i]!)) return -1;
  if (ARTICLES.has(tokens[j]?.lower ?? '') && isCap(tokens[j])) j++;
  if (!isNameTok(tokens[j]) || NOT_NAME.has(tokens[j]!.lower)) return -1;
  let last = j;
  j++;
  for (let n = 0; n < 4; n++) {
    const t = tokens[j];
    if (t?.text === '-' && !t.gapBefore && isNameTok(tokens[j + 1]) && !tokens[j + 1]!.gapBefore) {
      last = j + 1;
      j += 2;
      continue;
    }
    if (isCap(t) && t!.gapBefore && !wideGap(text, tokens[j - 1]!, t!) && !NOT_NAME.has(t!.lower)) {
      last = j;
      j++;
      continue;
    }
    if (t && CONNECTORS.has(t.lower) && !isCap(t) && isCap(tokens[j + 1])) {
      last = j + 1;
      j += 2;
      continue;
    }
    break;
  }
  return last;
}

/** Capitalized words before a head ("Desert Willow Middle School", "Luton & Dunstable Hospital"). */
function nameBefore(text: string, tokens: readonly Token[], head: number): number {
  let j = head - 1;
  let first = -1;
  // An institution's name has a few words: look back no further than that.
  while (j >= 0 && j >= head - 8) {
    const t = tokens[j]!;
    if (wideGap(text, t, tokens[j + 1]!)) break;
    if (isCap(t) && NOT_NAME.has(t.lower)) break;
    if (isCap(t)) first = j;
    else if (t.text === '&' || (CONNECTORS.has(t.lower) && isCap(tokens[j - 1]))) {
      /* part of the name */
    } else break;
    j--;
  }
  return first;
}

// Residential and inpatient types that are a detail even without a name, written as their abbreviation
// in capitals ("opgenomen in een FPC", "naar een WZC"): the subject lives in one of a handful of places.
// Not the services everybody deals with (CLB, CAW, GGD, OCMW: "het CLB meldt" names no one's home),
// nor abbreviations that are codes or words in capitals too (PC, PI, MC, AZ, SO).
const TYPE_ALONE = new Set(['fpc', 'fpk', 'wzc', 'rvt', 'paaz', 'opz', 'upc', 'ribw', 'jji', 'oooc', 'pmc', 'pz']);
// "de dagbesteding bij De Vlonder", "afdeling van Het Baken": a head, a preposition, then the name
// with its own capitalized article.
const HEAD_PREPS = new Set(['bij', 'van', 'op', 'in', 'at', 'of']);
const NAME_ARTICLES = new Set(['de', 'het', "'t", 'the']);
// Heads that end compounds of national bodies and firms, not of a place where someone is cared for
// ("Koning Boudewijnstichting"): they count only as a separate word before or after a name.
const NOT_COMPOUND = new Set(['stichting', 'vereniging', 'court', 'council', 'tribunal', 'group', 'society', 'foundation', 'association', 'charity', 'limited', 'directorate', 'solicitors']);

function createInstitutionDetector(lexicon: Lexicon): Detector {
  // Heads long enough to end a compound ("Vaartcollege", "Sint-Maartenskliniek"), looked up by the
  // word's endings: a few Map look-ups per capitalized word, not a scan of the head list.
  const compoundHead = (word: string): string | undefined => {
    const { heads } = lexicon.institutions();
    for (let k = 3; k <= word.length - 5; k++) {
      const head = word.slice(k);
      const type = heads.get(head);
      if (type && !NOT_COMPOUND.has(head)) return type;
    }
    return undefined;
  };
  return {
    id: 'institution',
    detect({ text, tokens }: DetectContext): Detection[] {
      const { matcher, heads } = lexicon.institutions();
      const out: Detection[] = [];
      const push = (first: number, last: number, type: string, size: number | undefined, confidence: number, form: 'known' | 'head' | 'compound' | 'type') =>
        out.push({ kind: 'institution', start: tokens[first]!.start, end: tokens[last]!.end, rule: 'institution', confidence, facts: { type, ...(size ? { size } : {}), form } });
      // Known institutions by name; their words are not read again as heads ("Erasmus MC").
      const known = new Set<number>();
      for (const m of matcher.findAll(tokens)) {
        if (!isCap(tokens[m.first]) && !/[A-Z]/.test(tokens[m.first]!.text)) continue;
        // "EUR 1,800", "1.800 EUR": an abbreviation next to a number is a currency code, not the university.
        if (m.first === m.last && isAllCaps(tokens[m.first]!) && (tokens[m.last + 1]?.type === 'number' || tokens[m.first - 1]?.type === 'number')) continue;
        push(m.first, m.last, m.value.type, m.value.size, 0.85, 'known');
        for (let k = m.first; k <= m.last; k++) known.add(k);
      }
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (t.type !== 'word') continue;
        const type = heads.get(t.lower);
        if (type && !known.has(i)) {
          // "zorgcentrum De Wielewaal", "afdeling Zonnedauw", "Ward 7", "PC Sint-Amedeus", "OCMW Ronse".
          const last = nameAfter(text, tokens, i + 1);
          if (last !== -1 && (isCap(tokens[i + 1]) || tokens[i + 1]?.type === 'number' || ARTICLES.has(tokens[i + 1]?.lower ?? ''))) {
            push(i, last, type, undefined, 0.8, 'head');
            i = last;
            continue;
          }
          // "Desert Willow Middle School", "Luton & Dunstable Hospital": only when the head is capitalized too.
          if (isCap(t) && !RECORD_LABEL.has(tokens[i + 1]?.lower ?? '')) {
            const first = isCap(tokens[i - 1]) ? nameBefore(text, tokens, i) : -1;
            if (first !== -1 && first < i) {
              push(first, i, type, undefined, 0.75, 'head');
              continue;
            }
          }
          // "de dagbesteding bij De Vlonder": the name after a preposition, with its capitalized article.
          const prep = tokens[i + 1];
          const article = tokens[i + 2];
          if (prep && HEAD_PREPS.has(prep.lower) && article && NAME_ARTICLES.has(article.lower) && isCap(article) && isCap(tokens[i + 3])) {
            const last = nameAfter(text, tokens, i + 2);
            if (last !== -1) {
              push(i + 2, last, type, undefined, 0.75, 'head');
              i = last;
              continue;
            }
          }
          // "opgenomen in een FPC", "het CLB belde": the type alone, as its abbreviation in capitals.
          // ("FPC-patiënt", "PAAZ-afdeling" are the compound's business.)
          const hyphened = tokens[i + 1]?.text === '-' && !tokens[i + 1]!.gapBefore;
          if (TYPE_ALONE.has(t.lower) && t.text === t.text.toUpperCase() && !hyphened) push(i, i, type, undefined, 0.75, 'type');
          continue;
        }
        // Compounds: "Vaartcollege", "Jeroen Bosch Ziekenhuis" is covered above; "Sint-Maartenskliniek".
        if (isCap(t) && t.text.length > 8) {
          const headType = compoundHead(t.lower);
          if (headType) push(i, i, headType, undefined, 0.7, 'compound');
        }
      }
      return out;
    },
  };
}

export const institutionRule: Rule = {
  meta: ruleMeta('institution', ['institution'], 'Named institutions, wards, care homes, schools and clubs: known names, a head word with a name ("afdeling Zonnedauw"), compounds ("Vaartcollege")'),
  create: createInstitutionDetector,
};
