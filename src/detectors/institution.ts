import type { Detection } from '../core/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { isAllCaps, isCapitalized, tokenize, type Token } from '../text/tokenize.js';
import { aboutNobody, isGeneric } from './subject.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

// Words that are capitalized at a sentence start or follow a head without naming anything.
const NOT_NAME = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'his', 'her', 'their', 'this', 'that', 'de', 'het', 'een', 'mijn', 'onze', 'ons', 'zijn', 'haar', 'hun', 'deze', 'dit', 'die',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'sister', 'nurse', 'dr', 'mr', 'mrs', 'ms', 'doctor', 'zuster', 'dhr', 'mw', 'mevrouw', 'meneer']);
const ARTICLES = new Set(['de', 'het', "'t", 'den', 'ter', 'the', 'st', 'sint']);
// "in De Grubbe", "op Het Zonnehuis", "naar 't Anker": a name with its own article after a preposition of place.
const STAY_ARTICLES = new Set(['De', 'Het', "'t", "'T"]);
const STAY_PREPOSITIONS = new Set(['in', 'op', 'bij', 'naar', 'uit', 'vanuit', 'binnen']);
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
    // "of the European Union", "voor de Kinderbescherming": "of" and a lower-case article before the name.
    if (t && OF.has(t.lower) && !isCap(t) && TAIL_ARTICLES.has(tokens[j + 1]?.lower ?? '') && !isCap(tokens[j + 1]) && isCap(tokens[j + 2]) && !NOT_NAME.has(tokens[j + 2]!.lower)) {
      last = j + 2;
      j += 3;
      continue;
    }
    // "TV3", "D66": a number glued to the word before it.
    if (t?.type === 'number' && !t.gapBefore && tokens[j - 1]?.type === 'word') {
      last = j;
      j++;
      continue;
    }
    break;
  }
  return last;
}

// "Court of Appeal", "University of Leeds", "Raad voor de Kinderbescherming": a capitalized head, "of", a name.
const OF = new Set(['of', 'van', 'voor', 'for']);
const TAIL_ARTICLES = new Set(['the', 'de', 'het', 'der', "'t"]);

/** The name after a head and "of" ("of Appeal", "of the House of Lords", "voor Jeugd en Gezin"), or -1. */
function ofTail(text: string, tokens: readonly Token[], i: number): number {
  const of = tokens[i];
  if (!of || !OF.has(of.lower) || isCap(of) || wideGap(text, tokens[i - 1]!, of)) return -1;
  const article = TAIL_ARTICLES.has(tokens[i + 1]?.lower ?? '') && !isCap(tokens[i + 1]) ? 1 : 0;
  const first = tokens[i + 1 + article];
  if (!isCap(first) || NOT_NAME.has(first!.lower)) return -1;
  return nameAfter(text, tokens, i + 1 + article);
}

const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th', 'e', 'ste', 'de']);

/** Capitalized words before a head ("Desert Willow Middle School", "Luton & Dunstable Hospital"). */
function nameBefore(text: string, tokens: readonly Token[], head: number, stop?: (t: Token) => boolean): number {
  let j = head - 1;
  let first = -1;
  // An institution's name has a few words: look back no further than that.
  while (j >= 0 && j >= head - 8) {
    const t = tokens[j]!;
    if (wideGap(text, t, tokens[j + 1]!)) break;
    if (isCap(t) && (NOT_NAME.has(t.lower) || stop?.(t))) break;
    if (isCap(t)) first = j;
    // "TV3 AB": a number glued to a capitalized word; "the 3rd Battalion", "1st Armoured Division": an ordinal first.
    else if (t.type === 'number' && !t.gapBefore && isCap(tokens[j - 1])) {
      /* part of the word before */
    } else if (ORDINAL_SUFFIX.has(t.lower) && !t.gapBefore && tokens[j - 1]?.type === 'number' && (first === j + 1 || j === head - 1) && tokens[j - 1]!.text.length <= 3) {
      first = j - 1;
      break;
    } else if (t.text === '&' || (CONNECTORS.has(t.lower) && isCap(tokens[j - 1]))) {
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

// A word this common is no name when it opens a sentence or stands alone ("Patient AB", "member of Parliament").
const COMMON_RANK = 5000;
// Legal forms of two letters are initials too ("AB Smith", "Jan AB"): they need a name that is no person's.
const SHORT_FORM = 2;
// "a member of the Smith family": the name is a family's.
const FAMILY_WORDS = new Set(['family', 'families', 'household', 'clan', 'tribe', 'dynasty', 'familie', 'gezin', 'huishouden', 'stam']);
// "a member of Dev-Yol", "lid van de PvdA", "joined Greenpeace", "sympathisant van ...": the name after it is an organisation's.
// "an illegal organisation, the PRK-Rızgari": a name in apposition to a word for an organisation.
const MEMBER_OF: ReadonlyArray<readonly string[]> = [
  ['member', 'of'], ['membership', 'of'], ['membership', 'in'], ['sympathiser', 'of'], ['sympathizer', 'of'], ['supporter', 'of'], ['militant', 'of'],
  ['activist', 'of'], ['joined'], ['organisation', ','], ['organization', ','], ['party', ','], ['movement', ','],
  ['lid', 'van'], ['lidmaatschap', 'van'], ['sympathisant', 'van'], ['aanhanger', 'van'], ['aangesloten', 'bij'], ['organisatie', ','], ['partij', ','], ['beweging', ','],
];
// By their last word: one look-up per token.
const MEMBER_BY_LAST = new Map<string, Array<readonly string[]>>();
for (const cue of MEMBER_OF) {
  const last = cue[cue.length - 1]!;
  MEMBER_BY_LAST.set(last, [...(MEMBER_BY_LAST.get(last) ?? []), cue]);
}
const APPOSITION = new Set((MEMBER_BY_LAST.get(',') ?? []).map((cue) => cue[0]!));
const SENTENCE_MARKS = new Set(['.', '!', '?', ':', ';', '"', '“', '„', '(', '•', '*', '#', '>', '-', '–', '—']);

/** Token i opens a sentence or a line: a capital there says nothing. */
const sentenceInitial = (tokens: readonly Token[], i: number): boolean => {
  const prev = tokens[i - 1];
  return !prev || tokens[i]!.lineBefore || (SENTENCE_MARKS.has(prev.text) && tokens[i]!.gapBefore) || prev.text === '.';
};

// No head is longer than this: only a word's last letters can end it in one ("Vaartcollege"), however long the word.
const MAX_COMPOUND_HEAD = 40;
// Letters in the longest legal form written with dots ("b.v.b.a.", "s.p.r.l.").
const MAX_DOTTED_FORM = 8;

/** A legal form at token i, as a word or in dotted letters ("Ltd", "plc", "B.V.", "S.A."): its key and last token. */
function legalFormAt(tokens: readonly Token[], i: number, isSuffix: (key: string) => boolean): { key: string; last: number; short: boolean } | undefined {
  const t = tokens[i]!;
  if (t.type !== 'word') return undefined;
  if (t.text.length === 1 && tokens[i + 1]?.text === '.' && !tokens[i + 1]!.gapBefore) {
    // "B.V.", "S.A.", "N.V.": single letters, each with its dot, no spaces.
    let key = '';
    let j = i;
    while (tokens[j]?.type === 'word' && tokens[j]!.text.length === 1 && tokens[j + 1]?.text === '.' && !tokens[j + 1]!.gapBefore && (j === i || !tokens[j]!.gapBefore)) {
      key += tokens[j]!.lower;
      j += 2;
      // Longer than any legal form: no need to walk the rest of the run ("a.b.c.d.…" would be read from each letter).
      if (key.length > MAX_DOTTED_FORM) return undefined;
    }
    return key.length >= 2 && isSuffix(key) ? { key, last: j - 1, short: false } : undefined;
  }
  if (!isSuffix(t.lower)) return undefined;
  // In lower case only an abbreviation that is no word ("plc", "ltd", "gmbh"): "limited", "ab" are words too.
  const lower = t.text === t.lower;
  if (lower && (t.text.length < 3 || t.text.length > 4)) return undefined;
  return { key: t.lower, last: i, short: t.text.length <= SHORT_FORM };
}

const OTHER_LANG = { nl: 'en', en: 'nl' } as const;

function createInstitutionDetector(lexicon: Lexicon): Detector {
  // A word of either language (an English text borrows "databank"); the text's own is asked first, so the other's
  // list is read only for a word the first does not know.
  const isWord = (lang: 'nl' | 'en', word: string): boolean => !!(lexicon.wordRanks(lang).lookup(word) ?? lexicon.wordRanks(OTHER_LANG[lang]).lookup(word));
  const common = (lang: 'nl' | 'en', word: string): boolean => (lexicon.wordRanks(lang).lookup(word)?.rank ?? Infinity) <= COMMON_RANK;
  const isPlace = (s: string) => lexicon.places().hasName(s);
  const names = () => lexicon.names();
  const isPersonWord = (w: string) => (names().first.has(w) || names().surnames.has(w)) && !isPlace(w);
  // Heads long enough to end a compound ("Vaartcollege", "Sint-Maartenskliniek", "Etibank"), looked up by the
  // word's endings: a few Map look-ups per capitalized word, not a scan of the head list. A head that stands
  // only as a word ("Koning Boudewijnstichting": a national body) ends none.
  const compoundHead = (word: string): string | undefined => {
    const { compoundHead: typeOf, hasFlag } = lexicon.institutions();
    for (let k = Math.max(3, word.length - MAX_COMPOUND_HEAD); k <= word.length - 4; k++) {
      const head = word.slice(k);
      const type = typeOf(head);
      // Short heads only where the file says they end compounds ("-bank"); else five letters at least.
      if (type && (head.length >= 5 ? word.length > 8 : hasFlag(head, 'compound'))) return type;
    }
    return undefined;
  };
  return {
    id: 'institution',
    detect({ text, tokens, lang }: DetectContext): Detection[] {
      const { matcher, heads, hasFlag } = lexicon.institutions();
      // A legal form ends the name before it: "Acme Ltd and Foo plc" are two firms.
      const isSuffix = (w: string) => heads.has(w) && hasFlag(w, 'suffix');
      const isLegalForm = (t: Token) => isSuffix(t.lower);
      // Read only when a lower-case or national head asks.
      const nationalities = () => lexicon.nationalities().matcher;
      const out: Detection[] = [];
      // Names a membership showed to be an organisation's, and their length in tokens.
      const members = new Map<string, number>();
      const push = (first: number, last: number, type: string, size: number | undefined, confidence: number, form: 'known' | 'head' | 'compound' | 'type' | 'member') =>
        out.push({ kind: 'institution', start: tokens[first]!.start, end: tokens[last]!.end, rule: 'institution', confidence, facts: { type, ...(size ? { size } : {}), form } });
      const spanText = (first: number, last: number) => text.slice(tokens[first]!.start, tokens[last]!.end);
      /** Capitalized words first..last are a person's name or a place, not an organisation's name. */
      const personOrPlace = (first: number, last: number): boolean => {
        const words = [];
        for (let k = first; k <= last; k++) if (tokens[k]!.type === 'word' && !CONNECTORS.has(tokens[k]!.lower)) words.push(tokens[k]!.lower);
        if (isPlace(spanText(first, last).toLowerCase())) return true;
        return words.length > 0 && words.every((w) => isPersonWord(w) || NOT_NAME.has(w));
      };
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
        if (t.type !== 'word') {
          // "an illegal organisation, the PRK-Rızgari"
          if (t.text === ',' && APPOSITION.has(tokens[i - 1]?.lower ?? '')) i = member(i);
          continue;
        }
        // "Acme Ltd", "Foo plc", "Bar B.V.", "TV3 AB": a legal form after a capitalized name.
        const form = known.has(i) ? undefined : legalFormAt(tokens, i, isSuffix);
        if (form) {
          const first = isCap(tokens[i - 1]) || tokens[i - 1]?.type === 'number' ? nameBefore(text, tokens, i, isLegalForm) : -1;
          if (first !== -1 && first < i && !(form.short && initials(first, i, form.last))) {
            push(first, form.last, heads.get(form.key)!, undefined, 0.8, 'head');
            i = form.last;
            continue;
          }
        }
        const type = heads.get(t.lower);
        if (type && !known.has(i) && !hasFlag(t.lower, 'suffix')) {
          const national = hasFlag(t.lower, 'national');
          // "zorgcentrum De Wielewaal", "afdeling Zonnedauw", "Ward 7", "PC Sint-Amedeus", "OCMW Ronse".
          // Not an army's word ("Marine Le Pen"): an army is named by its country.
          // Nor a head that is a first name too, before a person's name ("Ward Jansen", "Raad Hassan", "Garrison Smith").
          // (A surname that is also a town abroad, "Hassan", still makes a person after a first name.)
          const surname = tokens[i + 1]?.lower ?? '';
          const firstName = isCap(t) && isCap(tokens[i + 1]) && (names().first.has(surname) || names().surnames.has(surname)) && (names().first.has(t.lower) || names().ambiguous.has(t.lower));
          const last = national || firstName ? -1 : nameAfter(text, tokens, i + 1);
          if (last !== -1 && (isCap(tokens[i + 1]) || tokens[i + 1]?.type === 'number' || ARTICLES.has(tokens[i + 1]?.lower ?? ''))) {
            push(i, last, type, undefined, 0.8, 'head');
            i = last;
            continue;
          }
          // "Desert Willow Middle School", "Luton & Dunstable Hospital", "the 3rd Battalion": only when the head is
          // capitalized too. "Court of Appeal", "University of Leeds", "Centrum voor Jeugd en Gezin": a capitalized
          // head, "of" and a name that is no person's; "Appeal Committee of the House of Lords": both.
          if (isCap(t) && !RECORD_LABEL.has(tokens[i + 1]?.lower ?? '')) {
            const ordinal = ORDINAL_SUFFIX.has(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.type === 'number';
            const before = isCap(tokens[i - 1]) || ordinal ? nameBefore(text, tokens, i, isLegalForm) : -1;
            const first = before !== -1 && before < i ? before : i;
            let end = national ? -1 : ofTail(text, tokens, i + 1);
            if (end !== -1 && firstNameLed(isCap(tokens[i + 2]) ? i + 2 : i + 3)) end = -1;
            if (first < i || end !== -1) {
              push(first, end === -1 ? i : end, type, undefined, 0.75, 'head');
              if (end !== -1) i = end;
              continue;
            }
          }
          // "Beyoğlu court", "Catterick garrison": a lower-case head after a capitalized name that is no person's,
          // no nationality's ("an English court") and no capital of a sentence start ("Yesterday court ...").
          if (!isCap(t) && hasFlag(t.lower, 'after') && isCap(tokens[i - 1])) {
            const first = nameBefore(text, tokens, i, isLegalForm);
            if (first !== -1 && first < i && nameBeforeLowerHead(first, i)) {
              push(first, i, type, undefined, 0.75, 'head');
              continue;
            }
          }
          // "the British army", "het Nederlandse leger": an army by its country.
          if (national) {
            const m = i > 0 ? nationalityEndingAt(i - 1) : -1;
            if (m !== -1) {
              push(m, i, type, undefined, 0.75, 'head');
              continue;
            }
          }
          // "de dagbesteding bij De Vlonder": the name after a preposition, with its capitalized article.
          const prep = tokens[i + 1];
          const article = tokens[i + 2];
          if (prep && HEAD_PREPS.has(prep.lower) && article && NAME_ARTICLES.has(article.lower) && isCap(article) && isCap(tokens[i + 3])) {
            const last = nameAfter(text, tokens, i + 2);
            // Not a place with its article: "de kliniek in De Bilt".
            if (last !== -1 && !isPlace(spanText(i + 2, last).toLowerCase())) {
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
        // "a member of Dev-Yol", "lid van de PvdA", "joined Greenpeace": an organisation by what is said of it.
        // "het schoolplein van De Regenboog", "de ziekenhuisgang van Het Ikazia": a compound that starts with a head.
        const namedAfter = namedAfterCompound(i);
        if (namedAfter !== -1) {
          i = namedAfter;
          continue;
        }
        const past = MEMBER_BY_LAST.has(t.lower) ? member(i) : i;
        if (past !== i) {
          i = past;
          continue;
        }
        // Compounds: "Vaartcollege", "Sint-Maartenskliniek", "Etibank"; not a place or a surname ("Fairbank"),
        // nor a common word that opens a sentence ("Basisschool is ...", "Databank records show ...").
        if (isCap(t) && t.text.length >= 7 && !known.has(i)) {
          const headType = compoundHead(t.lower);
          if (headType && !isPlace(t.lower) && !names().surnames.has(t.lower) && !(sentenceInitial(tokens, i) && isWord(lang, t.lower))) {
            push(i, i, headType, undefined, 0.7, 'compound');
          }
        }
      }
      // The name said to be an organisation's is that organisation wherever the text uses it ("the other Dev-Yol defendants").
      if (members.size) {
        const taken = new Set<number>();
        for (const d of out) if (d.kind === 'institution' && d.facts.form === 'member') taken.add(d.start);
        const firstWords = new Set([...members.keys()].map((n) => tokenize(n)[0]!.text));
        for (let i = 0; i < tokens.length; i++) {
          if (!firstWords.has(tokens[i]!.text) || taken.has(tokens[i]!.start)) continue;
          for (const [name, length] of members) {
            const last = i + length - 1;
            if (last >= tokens.length || spanText(i, last) !== name) continue;
            // Whole words only: not "Dev-Yol-aanhangers".
            const before = tokens[i - 1];
            const next = tokens[last + 1];
            if ((before && !tokens[i]!.gapBefore && before.text === '-') || (next && !next.gapBefore && (next.text === '-' || next.type !== 'punct'))) continue;
            push(i, last, 'other', undefined, 0.75, 'member');
            i = last;
            break;
          }
        }
      }
      namedPlacesOfStay();
      // A known name inside a longer one ("House of Lords" in "Appeal Committee of the House of Lords") is part of it.
      out.sort((a, b) => a.start - b.start || b.end - a.end);
      let reach = -1;
      const kept = out.filter((d) => {
        const inside = d.end <= reach;
        reach = Math.max(reach, d.end);
        return !inside || out.some((o) => o !== d && o.start === d.start && o.end === d.end);
      });
      return kept;

      /**
       * A home, a school or a unit known by its own name: a capitalized article and name after a preposition
       * of place, mid-sentence ("verblijft in De Grubbe", "nachtdienst op De Hoge Weide", "woonvorm 't Anker" is
       * found by its head). Not a surname ("bij De Vries"), a place ("in De Bilt") or a paper ("in De Morgen").
       */
      function namedPlacesOfStay(): void {
        // Which code units the findings so far cover, marked as they come: a candidate costs its length,
        // not the number of findings (quadratic on a text full of "in De ...").
        const covered = new Uint8Array(text.length + 1);
        let marked = 0;
        const taken = (a: number, b: number) => {
          for (; marked < out.length; marked++) covered.fill(1, out[marked]!.start, out[marked]!.end);
          for (let c = tokens[a]!.start; c < tokens[b]!.end; c++) if (covered[c]) return true;
          return false;
        };
        const outlets = lexicon.exposure().outlets;
        for (let i = 1; i < tokens.length - 1; i++) {
          const t = tokens[i]!;
          if (!STAY_ARTICLES.has(t.text) || !STAY_PREPOSITIONS.has(tokens[i - 1]!.lower)) continue;
          let last = i;
          while (last - i < 3 && isCap(tokens[last + 1]) && tokens[last + 1]!.gapBefore && !NOT_NAME.has(tokens[last + 1]!.lower)) last++;
          if (last === i || taken(i, last) || outlets.longestAt(tokens, i) || outlets.longestAt(tokens, i + 1)) continue;
          // "De Vries", "De Boer": one word after the article that is a surname is a family name.
          const name = tokens[i + 1]!.lower;
          if (isPlace(spanText(i, last).toLowerCase()) || (last === i + 1 && (names().surnames.has(name) || names().surnames.has(`de${name}`) || names().first.has(name)))) continue;
          push(i, last, 'other', undefined, 0.7, 'head');
          i = last;
        }
      }

      /** A compound that starts with a head, a preposition and a name with its capitalized article: the name pushed, its last token returned, or -1. */
      function namedAfterCompound(i: number): number {
        const prep = tokens[i + 1];
        const article = tokens[i + 2];
        if (!prep || !HEAD_PREPS.has(prep.lower) || !article || !NAME_ARTICLES.has(article.lower) || !isCap(article) || !isCap(tokens[i + 3])) return -1;
        const word = tokens[i]!.lower;
        for (let k = word.length - 3; k >= 5; k--) {
          const type = heads.get(word.slice(0, k));
          if (!type || hasFlag(word.slice(0, k), 'suffix')) continue;
          const last = nameAfter(text, tokens, i + 2);
          if (last === -1 || isPlace(spanText(i + 2, last).toLowerCase())) return -1;
          push(i + 2, last, type, undefined, 0.75, 'head');
          return last;
        }
        return -1;
      }

      /**
       * An organisation named after a membership cue ending at token i: its detection pushed, the last
       * token returned (i when there is none).
       */
      function member(i: number): number {
        const after = memberCue(i);
        if (after === -1) return i;
        const last = organisationAfter(after);
        if (last === -1 || isGeneric(tokens, i) || aboutNobody(tokens, i)) return i;
        const first = isCap(tokens[after]) ? after : after + 1;
        push(first, last, 'other', undefined, 0.75, 'member');
        members.set(spanText(first, last), last - first + 1);
        return last;
      }

      /** "AB" after a first name or before a surname ("Jan AB", "AB Smith"), or after a sentence's common first word ("Patient AB"). */
      function initials(first: number, head: number, last: number): boolean {
        const next = tokens[last + 1];
        if (isCap(next) && next!.gapBefore && !sentenceInitial(tokens, last + 1)) return true;
        if (first !== head - 1) return false;
        const w = tokens[first]!;
        return (isPersonWord(w.lower) && !isPlace(w.lower)) || (sentenceInitial(tokens, first) && common(lang, w.lower));
      }

      /** The capitalized words first..head-1 name a place or a body, not a person, a nationality or a sentence start. */
      function nameBeforeLowerHead(first: number, head: number): boolean {
        if (sentenceInitial(tokens, first)) return false;
        // "the Family court", "a Youth court": common words name a kind of court, not one.
        let allCommon = true;
        for (let k = first; k < head; k++) {
          const w = tokens[k]!;
          if (w.type !== 'word' || !isCap(w)) continue;
          if (nationalities().longestAt(tokens, k)) return false;
          if (isPlace(w.lower) || !common(lang, w.lower)) allCommon = false;
        }
        return !allCommon && !personName(first, head - 1);
      }

      /** A person's name ("Smith court", "Anna hospital"); a place with a person's name ("Leeds") is the place. */
      function personName(first: number, last: number): boolean {
        for (let k = first; k <= last; k++) if (tokens[k]!.type === 'word' && isCap(tokens[k]) && !isPersonWord(tokens[k]!.lower)) return false;
        return true;
      }

      /** A person's name starts at token k ("School of Anna"); "House of Lords", "Court of Appeal" name bodies. */
      function firstNameLed(k: number): boolean {
        const w = tokens[k]!.lower;
        return names().first.has(w) && !names().ambiguous.has(w) && !isPlace(w);
      }

      /** First token of a nationality adjective that ends at token k ("British", "Nederlandse"), or -1. */
      function nationalityEndingAt(k: number): number {
        for (let j = Math.max(0, k - 2); j <= k; j++) {
          const m = nationalities().longestAt(tokens, j);
          if (m && m.last === k) return j;
        }
        return -1;
      }

      /** The token after a membership cue that ends at token i ("member of", "lid van", "joined"), or -1. */
      function memberCue(i: number): number {
        for (const cue of MEMBER_BY_LAST.get(tokens[i]!.lower) ?? []) {
          const start = i - cue.length + 1;
          if (start < 0 || cue.some((w, k) => tokens[start + k]!.lower !== w)) continue;
          return i + 1;
        }
        return -1;
      }

      /**
       * The organisation's name from token k: an optional article, capitalized words (hyphens, diacritics,
       * capitals inside: "Dev-Yol", "PRK-Rızgari", "PvdA"), not a person, a place, a family ("the Smith
       * family") or a common word ("member of Parliament"). Its last token, or -1.
       */
      function organisationAfter(k: number): number {
        let j = k;
        if (TAIL_ARTICLES.has(tokens[j]?.lower ?? '') && !isCap(tokens[j])) j++;
        const t = tokens[j];
        if (!isCap(t) || NOT_NAME.has(t!.lower) || wideGap(text, tokens[j - 1]!, t!)) return -1;
        const last = nameAfter(text, tokens, j);
        if (last === -1) return -1;
        if (FAMILY_WORDS.has(tokens[last + 1]?.lower ?? '')) return -1;
        if (personOrPlace(j, last)) return -1;
        if (j === last) {
          const allCaps = t!.text.length > 1 && t!.text === t!.text.toUpperCase();
          if (!allCaps && common(lang, t!.lower)) return -1;
        }
        return last;
      }
    },
  };
}

export const institutionRule: Rule = {
  meta: ruleMeta('institution', ['institution'], 'Named institutions, wards, care homes, schools, clubs, courts, firms and organisations: known names, a head word with a name ("afdeling Zonnedauw", "Acme Ltd"), compounds ("Vaartcollege"), "a member of ..."'),
  create: createInstitutionDetector,
};
