import type { Construction } from '../core/facts.js';
import type { Detection, Lang } from '../core/types.js';
import type { CompoundHead, Concept, Lexicon } from '../lexicon/lexicon.js';
import { wholly, type PhraseMatcher } from '../lexicon/phrases.js';
import { isCapitalized, type Token } from '../text/tokenize.js';
import { ancestors } from './diagnosis.js';
import { describesSubject, LOCAL } from './profession.js';
import { aboutWriter, addressesReader } from './subject.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

/**
 * Dutch writes a compound as one word: a word no dictionary lists is classified by its head and its
 * modifier ("brommerongeluk": an event; "bakkersdochter": kin of a trade; "kotterschipper": a role;
 * "hechtingsstoornis": a condition). English puts the modifier before the head as a word of its own
 * ("house fire", "dementia patient", "the vicar's daughter"). Heads, their targets and their look-alikes
 * are data (compound-heads.tsv, compound-exceptions.tsv); this module is the grammar.
 */

// A modifier that is a verb particle or prefix makes a derived word, not a compound: "verbrand",
// "opbouwer", "afwasser", "ontbrand", "mishandelaar".
const PARTICLES = new Set([
  'ver', 'ge', 'be', 'ont', 'her', 'mis', 'op', 'in', 'af', 'uit', 'los', 'weg', 'door', 'aan', 'na', 'mee', 'terug', 'vast', 'dicht',
  'plat', 'om', 'over', 'onder', 'voor', 'toe', 'achter', 'neer', 'bij', 'tegen', 'samen', 'rond', 'open', 'per', 'her', 'wan', 'on',
]);
// Linking elements between modifier and head: "bakker-s-dochter", "boer-en-zoon", "dominee-s-vrouw".
const LINKS = ['', 's', 'en', 'e', 'n', 'es'];
// Determiners that make a noun general: "elke brommerongeluk", "welke hechtingsstoornis", "any house fire".
const GENERIC = new Set(['elke', 'ieder', 'iedere', 'welke', 'zo’n', "zo'n", 'geen', 'every', 'any', 'each', 'which', 'no']);
// The reader's or the writer's own: "je bakkersdochter", "mijn brommerongeluk", "your house fire".
const OWNED = new Set(['je', 'jouw', 'uw', 'your', 'mijn', 'my', 'ons', 'onze', 'our']);
const DETERMINERS = new Set(['de', 'het', 'een', 'die', 'deze', 'dat', 'zijn', 'haar', 'hun', 'the', 'a', 'an', 'his', 'her', 'their', 'that', 'this']);
// Not a noun before a role head: "the officer", "an officer who", "was officer".
const FUNCTION_WORDS = new Set([...DETERMINERS, 'was', 'is', 'are', 'were', 'been', 'being', 'and', 'or', 'but', 'who', 'which', 'our', 'your', 'my', 'its', 'any', 'every', 'each', 'some', 'one', 'another', 'other', 'former', 'senior', 'junior', 'chief', 'head', 'duty', 'commanding', 'presiding', 'investigating', 'arresting', 'reporting']);
const SENTENCE_MARKS = new Set(['.', '!', '?', ':', ';', '"', '“', '„', '(', '•', '*', '#', '>']);
// Words that may follow a noun in "-ige": "de bouwkundige die ...", "bouwkundige van beroep". Any other
// lower-case word after it makes it an adjective ("een bouwkundige keuring").
const AFTER_NOUN = new Set([
  'die', 'dat', 'wat', 'is', 'was', 'en', 'of', 'maar', 'in', 'bij', 'van', 'met', 'uit', 'op', 'voor', 'werd', 'wordt', 'heeft', 'had',
  'zijn', 'waren', 'aan', 'naar', 'als', 'om', 'te', 'tot', 'geworden', 'gebleven', 'geweest', 'bleef', 'blijft', 'werkt', 'werkte',
  'ze', 'zij', 'hij', 'ik', 'we', 'wij', 'hem', 'haar', 'nu', 'toen', 'al', 'ook', 'nog', 'niet', 'sinds', 'tijdens', 'in', 'over',
]);
// A role compound: at least 8 letters, a modifier of 3 and a listed role of 5 ("kant+werkster").
const MIN_ROLE_COMPOUND = 8;
const MIN_MODIFIER = 3;
const MIN_ROLE_HEAD = 5;
// No role is longer than this: only the word's last letters can be one, however long the word (a word of
// thousands of letters would otherwise be sliced and looked up at every position).
const MAX_ROLE_HEAD = 40;
const VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/;
const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;

interface Candidate {
  row: CompoundHead;
  first: number;
  last: number;
  /** The whole compound, lower case. */
  word: string;
  /** The listed condition or profession the modifier names, for '@condition' and '@profession'. */
  named?: Concept;
}


/** The modifier and its forms less a linking element ("bakkers" -> "bakkers", "bakker"). */
function variants(modifier: string): string[] {
  const out: string[] = [];
  for (const l of LINKS) if (modifier.length - l.length >= 2 && modifier.endsWith(l)) out.push(modifier.slice(0, modifier.length - l.length));
  return out;
}

function createCompoundDetector(lexicon: Lexicon): Detector {
  /** The first row of a head that the modifier satisfies. `original`: the modifier as written (case kept). */
  function accept(rows: readonly CompoundHead[], modifier: string, original: string): { row: CompoundHead; named?: Concept } | undefined {
    for (const row of rows) {
      if (row.target === '@condition') {
        for (const v of [original, ...variants(original).slice(1)]) {
          const c = v.length >= 2 ? wholly(lexicon.conditions().matcher, v) : undefined;
          if (c) return { row, named: c };
        }
        continue;
      }
      if (row.target === '@profession') {
        for (const v of variants(modifier)) {
          const p = v.length >= 3 ? wholly(lexicon.professions().matcher, v) : undefined;
          if (p) return { row, named: p };
        }
        continue;
      }
      if (letters(modifier) < 3 || !VOWEL.test(modifier)) continue;
      // "verbrand", "opbouwer"; participles "afgemoord", "ongebrand", "platgebrand".
      if (!row.neo && (PARTICLES.has(modifier) || (modifier.endsWith('ge') && (modifier.length === 2 || PARTICLES.has(modifier.slice(0, -2)))))) continue;
      if (row.modifiers && !variants(modifier).some((v) => row.modifiers!.has(v))) continue;
      return { row };
    }
    return undefined;
  }

  /** A one-word (or hyphenated) compound ending at token i: "woningbrand", "auto-ongeluk", "MS-patiënt". */
  function oneWord(text: string, tokens: readonly Token[], i: number, lang: Lang): Candidate | undefined {
    const { heads, headLengths, isException } = lexicon.compounds();
    // Most words end in letters no head ends in: one look-up, no slicing.
    const last = tokens[i]!.lower;
    const lengths = headLengths(lang, last.slice(-2));
    if (lengths.length === 0) return undefined;
    let first = i;
    while (first >= 2 && i - first < 4) {
      const dash = tokens[first - 1]!;
      if (dash.text !== '-' || dash.gapBefore || tokens[first]!.gapBefore || tokens[first - 2]!.type !== 'word') break;
      first -= 2;
    }
    const raw = first === i ? tokens[i]!.text : text.slice(tokens[first]!.start, tokens[i]!.end);
    const word = first === i ? last : raw.toLowerCase();
    if (word.length < 5) return undefined;
    const byHead = heads(lang);
    for (const k of lengths) {
      if (k > word.length - 2) continue;
      const rows = byHead.get(word.slice(-k));
      if (!rows) continue;
      // English heads other than suffixes stand as words of their own (twoWords).
      const usable = rows.filter((r) => r.neo || r.lang !== 'en');
      if (usable.length === 0) continue;
      if (isException(lang, word)) return undefined;
      const strip = (s: string) => s.replace(/-+$/, '');
      const got = accept(usable, strip(word.slice(0, -k)), strip(raw.slice(0, -k)));
      if (got) return { ...got, first, last: i, word };
    }
    return undefined;
  }

  /** An English compound of words ending at the head token i: "house fire", "stroke patient", "the vicar's daughter". */
  function twoWords(text: string, tokens: readonly Token[], i: number): Candidate | undefined {
    const rows = lexicon.compounds().heads('en').get(tokens[i]!.lower)?.filter((r) => !r.neo) ?? [];
    if (rows.length === 0 || i === 0) return undefined;
    const word = (from: number) => text.slice(tokens[from]!.start, tokens[i]!.end).toLowerCase();
    for (const row of rows) {
      if (row.target === '@condition') {
        // The longest condition that ends right before the head.
        for (let s = Math.max(0, i - 4); s < i; s++) {
          const m = lexicon.conditions().matcher.longestAt(tokens, s);
          if (m && m.last === i - 1) return { row, first: s, last: i, word: word(s), named: m.value };
        }
        continue;
      }
      if (row.target === '@profession') {
        // "the farmer's son": a role, an apostrophe and s, the kin word.
        const s = tokens[i - 1];
        const apo = tokens[i - 2];
        if (s?.lower !== 's' || !apo || (apo.text !== "'" && apo.text !== '’') || s.gapBefore || apo.gapBefore) continue;
        for (let k = Math.max(0, i - 5); k <= i - 3; k++) {
          const m = lexicon.professions().matcher.longestAt(tokens, k);
          if (m && m.last === i - 3) return { row, first: k, last: i, word: word(k), named: m.value };
        }
        continue;
      }
      // A role head with any noun before it ("housing officer", "wages clerk"): the modifier is one lower-case
      // content word; whether the role is the subject's is judged like any role (attributed).
      if (!row.modifiers && row.kind === 'profession') {
        const modifies = (m: Token | undefined) => !!m && m.type === 'word' && m.text === m.lower && m.lower.length >= 3 && !FUNCTION_WORDS.has(m.lower);
        let k = i;
        while (k > Math.max(0, i - 3) && modifies(tokens[k - 1])) k--;
        if (k < i) return { row, first: k, last: i, word: word(k) };
        continue;
      }
      // A modifier of one or two words from the head's list ("house fire", "tower block fire", "drive-by shooting").
      for (let k = Math.max(0, i - 3); k < i; k++) {
        const modifier = text.slice(tokens[k]!.start, tokens[i - 1]!.end).toLowerCase().replace(/\s+/g, ' ');
        if (row.modifiers?.has(modifier)) return { row, first: k, last: i, word: word(k) };
      }
    }
    return undefined;
  }

  /**
   * A Dutch role no list has, by a listed role at its end: "kantwerkster" (werkster), "rijkswachter"
   * (wachter), "kotterschipper". Only when the text says it is the person's (attributed), like care roles.
   */
  function roleByHead(tokens: readonly Token[], i: number): Candidate | undefined {
    const t = tokens[i]!;
    if (t.lower.length < MIN_ROLE_COMPOUND || t.text !== t.lower) return undefined;
    const roles = lexicon.professions().matcher;
    // No role ends in the word's last letters: neither the word nor any of its endings is one.
    if (!roles.mayEndWord(t.lower)) return undefined;
    if (roles.word(t.lower) || lexicon.compounds().isException('nl', t.lower)) return undefined;
    for (let k = Math.max(MIN_MODIFIER, t.lower.length - MAX_ROLE_HEAD); k <= t.lower.length - MIN_ROLE_HEAD; k++) {
      const head = roles.word(t.lower.slice(k));
      if (!head) continue;
      const modifier = t.lower.slice(0, k);
      if (!VOWEL.test(modifier) || PARTICLES.has(modifier)) return undefined;
      return { row: { head: t.lower.slice(k), lang: 'nl', kind: 'profession', target: head.id, modifiers: undefined, neo: false, attributed: true }, first: i, last: i, word: t.lower };
    }
    return undefined;
  }

  /** Another dictionary already has this word (or a phrase over it): that rule reports it, with its figure. */
  function listed(tokens: readonly Token[], first: number, last: number, word: string): boolean {
    const matchers: PhraseMatcher<unknown>[] = [
      lexicon.conditions().matcher, lexicon.professions().matcher, lexicon.events(), lexicon.family(), lexicon.unusual(), lexicon.institutions().matcher,
    ];
    for (const m of matchers) {
      for (let s = Math.max(0, first - 2); s <= first; s++) {
        const hit = m.longestAt(tokens, s);
        if (hit && hit.first <= first && hit.last >= last) return true;
      }
    }
    return lexicon.places().hasName(word);
  }

  const atSentenceStart = (text: string, tokens: readonly Token[], i: number): boolean => {
    const prev = tokens[i - 1];
    return !prev || SENTENCE_MARKS.has(prev.text) || text.slice(prev.end, tokens[i]!.start).includes('\n');
  };

  /** Whether a candidate describes the subject, and what it is. */
  function judge(text: string, tokens: readonly Token[], c: Candidate): Detection | undefined {
    const { row, first, last, word } = c;
    if (listed(tokens, first, last, word)) return undefined;
    const prev = tokens[first - 1]?.lower ?? '';
    if (GENERIC.has(prev) || addressesReader(tokens, last)) return undefined;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    // A question about an indefinite one ("Wat te doen bij een woningbrand?") is about nobody.
    if ((prev === 'een' || prev === 'a' || prev === 'an') && questionAfter(tokens, last)) return undefined;
    const capitalized = isCapitalized(tokens[first]) && !atSentenceStart(text, tokens, first);
    // "Gerbrand", "Hildebrand", "Schoenmaker", "Melrose": a name, not a compound.
    if (isCapitalized(tokens[first]) && (lexicon.names().first.has(word) || lexicon.names().surnames.has(word))) return undefined;
    if (capitalized && row.neo) return undefined;
    const base = { start, end, rule: 'compound' as const, confidence: row.neo ? 0.7 : 0.75 };
    switch (row.kind) {
      case 'event':
        // "na de Bijlmerramp" is an event; a capitalized word without a determiner is a name ("Gerbrand kwam").
        if (OWNED.has(prev) || (isCapitalized(tokens[first]) && !DETERMINERS.has(prev))) return undefined;
        return { ...base, kind: 'event', facts: { via: 'construction', construction: row.target as Construction } };
      case 'family':
        // "Schippersdochter" mid-sentence is a name; "ik ben een boerendochter" is the writer's own.
        if (capitalized || OWNED.has(prev) || aboutWriter(tokens, last)) return undefined;
        return { ...base, kind: 'family', facts: { via: 'construction', construction: 'kin-compound' } };
      case 'profession': {
        if (capitalized || (isCapitalized(tokens[first]) && lexicon.names().surnames.has(word))) return undefined;
        // "een bouwkundige keuring": an adjective before a noun, not a person.
        const after = tokens[last + 1];
        if (word.endsWith('ige') && after?.type === 'word' && !isCapitalized(after) && !AFTER_NOUN.has(after.lower)) return undefined;
        if (!describesSubject(lexicon, text, tokens, first, last, row.target, row.attributed)) return undefined;
        return { ...base, kind: 'profession', facts: { id: word, parent: row.target, uniquePerPlace: false, local: LOCAL.has(prev) } };
      }
      case 'diagnosis': {
        if (OWNED.has(prev) || aboutWriter(tokens, last)) return undefined;
        if (c.named) return { ...base, kind: 'diagnosis', facts: { id: c.named.id, parent: c.named.parent, ancestors: ancestors(lexicon, c.named.id), figure: c.named.figure } };
        const root = !lexicon.conditions().byId.get(row.target)?.parent;
        return { ...base, kind: 'diagnosis', facts: { id: word, parent: row.target, ancestors: root ? [] : [row.target, ...ancestors(lexicon, row.target)] } };
      }
    }
  }

  return {
    id: 'compound',
    detect({ text, tokens, lang }: DetectContext): Detection[] {
      const out: Detection[] = [];
      if (lexicon.compounds().longestHead(lang) === 0) return out;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (t.type !== 'word') continue;
        // Only the last part of a hyphenated compound ("auto-ongeluk" is looked at from "ongeluk").
        const next = tokens[i + 1];
        if (next?.text === '-' && !next.gapBefore && tokens[i + 2]?.type === 'word' && !tokens[i + 2]!.gapBefore) continue;
        const c = oneWord(text, tokens, i, lang) ?? (lang === 'en' ? twoWords(text, tokens, i) : roleByHead(tokens, i));
        if (!c) continue;
        const d = judge(text, tokens, c);
        if (d) out.push(d);
      }
      return out;
    },
  };
}

/** The sentence of token i ends in a question mark. */
function questionAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k - i <= 20; k++) {
    const t = tokens[k]!.text;
    if (t === '?') return true;
    if (t === '.' || t === '!') return false;
  }
  return false;
}

export const compoundRule: Rule = {
  meta: ruleMeta(
    'compound',
    ['event', 'family', 'profession', 'diagnosis'],
    'Words no list has, by the head of the compound: "brommerongeluk" (event), "bakkersdochter" (kin of a trade), "kotterschipper" (role), "hechtingsstoornis" (condition)',
  ),
  create: createCompoundDetector,
};
