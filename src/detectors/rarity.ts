import type { Detection, Lang } from '../core/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { parseNumberWord } from '../lexicon/numbers.js';
import { KIN_TITLES, ROLES_BEFORE_NAME } from '../lexicon/person-words.js';
import type { PhraseMatcher } from '../lexicon/phrases.js';
import { PAST_LISTS_RANK, type WordInfo } from '../lexicon/word-ranks.js';
import { isCapitalized, type Token } from '../text/tokenize.js';
import { aboutNobody, aboutWriter, clauseAround } from './subject.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

/**
 * Rare words as unusual details. A hobby, an instrument, a possession or a pet's name singles a person
 * out when the word for it is rare in the language: "speelt doedelzak", "fokt alpaca's", "she keeps
 * ferrets", "haar hond heet Bolletje". The rarity comes from data (frequency ranks of zxcvbn-ts, OpenTaal
 * for "is it a word" and "is it a noun"; src/lexicon/word-ranks.ts); the slot from grammar: the object
 * of a verb of hobby or possession in a clause about one person, or the name a pet is given. Any other
 * rare word is left alone: rarity alone says nothing about a person.
 */

/** A word ranked past this (or past the lists) is rare: the last tenth of the Dutch lists. */
export const RARE_RANK = 10_000;

// How the verb takes its object: straight ("speelt doedelzak"), as a possession that needs an indefinite
// article or a number ("heeft een hangbuikzwijn", not "heeft de indruk"), or after a preposition of its own.
// `required`: the preposition is part of the frame ("doet aan kickboksen", "took up beekeeping"). Not "zit
// op": it is where someone is placed as often as what they do ("zit op een internaat", "op dagbesteding").
type Frame = { kind: 'object' | 'possession'; preps?: readonly string[]; required?: boolean; light?: boolean };
const OBJ: Frame = { kind: 'object' };
const HOLD: Frame = { kind: 'object', light: true };
// What one holds as an occasion ("een speech houden", "een afscheidsborrel houden"), by the compound's head:
// the closed class of the light verb "houden".
const OCCASIONS = /(?:speech|toespraak|borrel|feest|feestje|lezing|preek|dienst|vergadering|receptie|pleidooi|presentatie|praatje|wake|gesprek|overleg|inleiding|voordracht|minuut|interview|spreekuur|zitting|kamp|bijeenkomst)$/;
const HAS: Frame = { kind: 'possession' };
const RIDE: Frame = { kind: 'object', preps: ['op', 'in', 'on'] };
const TINKER: Frame = { kind: 'object', preps: ['aan', 'on'] };
const SPORT: Frame = { kind: 'object', preps: ['aan'], required: true };
// "vloog met een zelfgebouwde luchtballon", "flies a microlight", "flew in a glider".
const FLY: Frame = { kind: 'object', preps: ['met', 'in', 'with'] };
const TAKE_UP: Frame = { kind: 'object', preps: ['up'], required: true };
// "zijn hobby is ...", "haar grote passie: ...", "his hobby is ...": what follows is the hobby.
const HOBBY_NOUNS = new Set(['hobby', "hobby's", 'hobbys', 'passie', 'hobbies', 'passion']);
const HOBBY_LINKS = new Set(['is', 'was', 'zijn', 'waren', 'are', 'were', ':', 'include', 'includes', 'zoals']);

// Third person singular, present and past: one person does it (the plural "spelen" is a group, the
// first person is the writer). Participles take their object before them.
const VERBS: Readonly<Record<Lang, ReadonlyMap<string, Frame>>> = {
  nl: new Map([
    // "een speech houden", "hield een afscheidsborrel": with an article "houden" holds an occasion, not an animal.
    ...['houdt', 'hield'].map((v) => [v, HOLD] as const),
    ...['speelt', 'speelde', 'bespeelt', 'bespeelde', 'verzamelt', 'verzamelde', 'fokt', 'fokte', 'kweekt', 'kweekte',
      'bouwt', 'bouwde', 'beoefent', 'beoefende', 'restaureert', 'restaureerde',
      // Making and wearing: what someone makes with their hands or always wears is theirs ("breit sjaals", "draagt een sjerp").
      'maakt', 'maakte', 'breit', 'breide', 'naait', 'naaide', 'borduurt', 'borduurde', 'schildert', 'schilderde', 'bakt', 'bakte',
      'draagt', 'droeg', 'snijdt', 'sneed'].map((v) => [v, OBJ] as const),
    ...['vliegt', 'vloog'].map((v) => [v, FLY] as const),
    // Present possession only: "had een ..." tells an event as often ("had een terugval", "a fall").
    ...['heeft', 'bezit'].map((v) => [v, HAS] as const),
    ...['rijdt', 'reed'].map((v) => [v, RIDE] as const),
    ...['sleutelt', 'sleutelde'].map((v) => [v, TINKER] as const),
    ...['doet', 'deed'].map((v) => [v, SPORT] as const),
  ]),
  en: new Map([
    ...['plays', 'played', 'playing', 'collects', 'collected', 'collecting', 'keeps', 'kept', 'keeping', 'breeds', 'bred', 'breeding',
      'raises', 'raised', 'raising', 'owns', 'owned', 'builds', 'built', 'building', 'grows', 'growing', 'restores', 'restored', 'restoring',
      'practises', 'practices', 'practised', 'practiced', 'practising', 'practicing',
      'makes', 'making', 'knits', 'knitted', 'knitting', 'sews', 'sewed', 'sewing', 'paints', 'painting', 'bakes', 'baking',
      'carves', 'carved', 'carving', 'wears', 'wore', 'wearing'].map((v) => [v, OBJ] as const),
    ...['flies', 'flew', 'flying'].map((v) => [v, FLY] as const),
    ...['has'].map((v) => [v, HAS] as const),
    ...['rides', 'rode', 'riding'].map((v) => [v, RIDE] as const),
    ...['tinkers', 'tinkered', 'tinkering'].map((v) => [v, TINKER] as const),
    ...['took', 'takes', 'taken'].map((v) => [v, TAKE_UP] as const),
  ]),
};
const NL_PARTICIPLES = new Set(['gespeeld', 'bespeeld', 'verzameld', 'gehouden', 'gefokt', 'gekweekt', 'gebouwd', 'beoefend', 'gerestaureerd', 'gereden']);
const NL_AUX_SINGULAR = new Set(['heeft', 'had']);

// Words between a verb and its object that the walk steps over.
const INDEFINITE = new Set(['een', "'n", 'a', 'an', 'enkele', 'meerdere', 'wat', 'allerlei', 'diverse', 'several', 'some', 'various', 'numerous', 'few', 'many', 'veel', 'vele', 'tientallen', 'honderden', 'dozens', 'hundreds']);
const DEFINITE = new Set(['de', 'het', "'t", 'zijn', 'haar', "z'n", 'the', 'his', 'her', 'its', 'eigen', 'own']);
const SUBJECT = new Set(['hij', 'zij', 'ze', 'he', 'she']);
const NEGATION = new Set(['geen', 'niet', 'nooit', 'no', 'not', 'never', "n't"]);
// Periods and frequencies ("al twintig jaar", "elke week", "for years").
const TIME = new Set(['jaar', 'jaren', 'jarenlang', 'maand', 'maanden', 'week', 'weken', 'dag', 'dagen', 'uur', 'keer', 'tijd', 'weekend', 'weekends',
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'time', 'times', 'weekend', 'weekends']);
// Prepositions, conjunctions and pronouns: the object ends, or was not there.
const STOP = new Set([
  'in', 'op', 'met', 'van', 'naar', 'bij', 'voor', 'aan', 'uit', 'over', 'onder', 'door', 'tegen', 'om', 'tot', 'zonder', 'na', 'sinds', 'tijdens', 'als',
  'dat', 'die', 'wat', 'wie', 'waar', 'hoe', 'of', 'en', 'maar', 'omdat', 'toen', 'zich', 'hem', 'mee', 'er', 'het', 'dit', 'deze', 'iets', 'niets',
  'in', 'on', 'at', 'with', 'of', 'to', 'for', 'from', 'by', 'about', 'into', 'as', 'that', 'which', 'who', 'and', 'or', 'but', 'it', 'this', 'them',
  'up', 'out', 'off', 'down', 'away', 'back', 'over', 'himself', 'herself', 'something', 'nothing', 'track', 'going',
  'after', 'before', 'since', 'during', 'until', 'near', 'around', 'through', 'across', 'behind', 'under', 'without', 'because', 'when',
  'while', 'if', 'than', 'like', 'instead', 'too', 'so', 'then', 'there', 'here', 'together', 'alone',
]);
// Made by the person themselves: "zelfgebouwde", "zelfgemaakte", "eigengebreide", "self-built", "homemade".
const SELF_MADE = /^(?:(?:zelf|eigen)ge\p{L}{3,}(?:d|t)e?|self-(?:built|made)|home-?(?:made|built)|hand-?(?:made|built))$/u;
/** The most common words of English are function words: one ends a noun phrase. */
const EN_FUNCTION_RANK = 100;
const EN_FUNCTION = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'some', 'very', 'quite', 'really', 'still', 'also', 'now', 'again', 'every', 'each']);

// Pets: the head of the noun that names the animal ("herdershond", "a rescue dog"); its name follows
// "heet / genaamd / named / called" or stands right after it ("haar kat Minoes").
const PET_HEADS: Readonly<Record<Lang, readonly string[]>> = {
  nl: ['hond', 'hondje', 'kat', 'katje', 'poes', 'poesje', 'kater', 'paard', 'pony', 'konijn', 'cavia', 'hamster', 'parkiet', 'papegaai', 'kanarie', 'schildpad', 'ezel', 'geit', 'varken', 'fret', 'rat', 'slang'],
  en: ['dog', 'puppy', 'cat', 'kitten', 'horse', 'pony', 'rabbit', 'bunny', 'hamster', 'parrot', 'budgie', 'canary', 'tortoise', 'turtle', 'donkey', 'goat', 'pig', 'ferret', 'rat', 'snake'],
};
const PET_NAMING = new Set(['heet', 'heette', 'genaamd', 'named', 'called']);
const POSSESSIVE = new Set(['zijn', 'haar', "z'n", 'his', 'her']);

// Who does it: a person, named, addressed or described ("Mevrouw Jansen verzamelt", "de oude man fokt",
// "zij speelt"), not an organisation or a thing ("de stichting bouwt een hospice", "the ward keeps records").
const PERSON_NOUNS = new Set([
  ...ROLES_BEFORE_NAME, ...KIN_TITLES, 'meneer', 'mevrouw', 'mw', 'mevr', 'dhr', 'heer', 'dame', 'jongen', 'meisje', 'jongeman', 'kind', 'tiener', 'puber',
  'jongere', 'deelnemer', 'student', 'studente', 'vrijwilliger', 'buurjongen', 'buurmeisje', 'weduwe', 'weduwnaar', 'senior', 'oudere',
  'man', 'woman', 'boy', 'girl', 'gentleman', 'lady', 'mr', 'mrs', 'ms', 'miss', 'teenager', 'child', 'student', 'volunteer', 'widow', 'widower',
  'grandmother', 'grandfather', 'granddad', 'nephew', 'niece', 'aunt', 'cousin', 'lad', 'lass', 'guy', 'veteran', 'pensioner',
]);

const COORDINATION = new Set(['en', 'and', 'maar', 'but']);
const CLAUSE_START = new Set(['en', 'and', 'maar', 'but', 'omdat', 'because', 'dat', 'that', 'die', 'who', 'which', 'toen', 'when', 'als', 'if', 'terwijl', 'while']);
const SENTENCE_END = new Set(['.', '!', '?', ';', ':', '\n']);
/** "zijn hobby", "haar oude hond", "his dog": someone's own (one word may stand between). */
const owned = (tokens: readonly Token[], i: number) => POSSESSIVE.has(tokens[i - 1]?.lower ?? '') || POSSESSIVE.has(tokens[i - 2]?.lower ?? '');
const PETS: Readonly<Record<Lang, ReadonlySet<string>>> = { nl: new Set(PET_HEADS.nl), en: new Set(PET_HEADS.en) };
const PET_LENGTHS = [...new Set(PET_HEADS.nl.map((h) => h.length))];
/** A pet, or a Dutch compound with a pet for its head ("herdershond"): a few set look-ups, no scan. */
const isPet = (lang: Lang, w: string) =>
  PETS[lang].has(w) || (lang === 'nl' && w.length > 5 && PET_LENGTHS.some((n) => w.length > n + 2 && PETS.nl.has(w.slice(-n))));
const isNumber = (t: Token) => t.type === 'number' || parseNumberWord(t.lower) !== undefined;
const APOSTROPHE = new Set(["'", '’']);
/** "alpaca's": the Dutch plural in three tokens (word, apostrophe, s); the index of its last token. */
const pluralS = (tokens: readonly Token[], k: number): number =>
  APOSTROPHE.has(tokens[k + 1]?.text ?? '') && !tokens[k + 1]!.gapBefore && tokens[k + 2]?.lower === 's' && !tokens[k + 2]!.gapBefore ? k + 2 : k;
/** Part of a hyphenated or slashed word ("jiu-jitsu", "Wmo-indicatie"): not a word of its own. */
const joined = (tokens: readonly Token[], k: number, end: number) =>
  (!tokens[k]!.gapBefore && /^[-/]$/.test(tokens[k - 1]?.text ?? '')) ||
  (tokens[end + 1] !== undefined && !tokens[end + 1]!.gapBefore && /^[-/'’]$/.test(tokens[end + 1]!.text) && tokens[end + 2]?.type === 'word' && !tokens[end + 2]!.gapBefore);

interface Candidate {
  /** First and last token of the word. */
  k: number;
  end: number;
  info: WordInfo;
}

/** A compound head this common makes a possession ordinary ("zorg+plan", "hulp+vraag", "hoor+toestel"). */
const COMMON_HEAD_RANK = 3_000;
// English nouns for people, acts and abstractions: had or has, they are not things owned ("has a caseworker",
// "had a consultation", "has a tendency").
const EN_NOT_A_THING = /(?:er|or|ist|ian|ion|ment|ness|ity|ance|ence|ship|ism|ing|cy|al|ure)$/;

function createRarityDetector(lexicon: Lexicon): Detector {
  // Words another dictionary knows are that rule's: a condition, a role, an event, an institution ...
  // (the unusual-detail list reports the same kind: the overlap is resolved like any other).
  const others = (): PhraseMatcher<unknown>[] => [
    lexicon.conditions().matcher, lexicon.professions().matcher, lexicon.nationalities().matcher, lexicon.family(), lexicon.events(),
    lexicon.institutions().matcher,
  ] as PhraseMatcher<unknown>[];
  const claimedByOthers = (tokens: readonly Token[], k: number, end: number): boolean => {
    const from = Math.max(0, k - 3);
    const window = tokens.slice(from, end + 2);
    if (lexicon.places().hasName(tokens[k]!.lower)) return true;
    return others().some((m) => m.findAll(window).some((x) => x.first <= end - from && k - from <= x.last));
  };

  /** Token k is a person: a pronoun, a person noun, a role, or a name the name lists know. */
  const person = (tokens: readonly Token[], k: number): boolean => {
    const t = tokens[k];
    if (!t || t.type !== 'word') return false;
    if (SUBJECT.has(t.lower) || PERSON_NOUNS.has(t.lower)) return true;
    if (isCapitalized(t)) {
      const names = lexicon.names();
      if ((names.first.has(t.lower) || names.surnames.has(t.lower)) && !names.ambiguous.has(t.lower)) return true;
    }
    const m = lexicon.professions().matcher.longestAt(tokens, k);
    return !!m && m.last === k;
  };
  /**
   * The verb at v has a person for its subject: right before it ("zij speelt", "mevrouw Jansen verzamelt"),
   * right after it in Dutch inversion ("in zijn vrije tijd speelt hij"), earlier in the same clause, or
   * before the relative that leads its clause ("a man who keeps ferrets", "Tom, who keeps ferrets").
   */
  const personSubject = (tokens: readonly Token[], v: number): boolean => {
    if (person(tokens, v - 1) || person(tokens, v + 1)) return true;
    // The subject with what follows it ("mevrouw Jansen (82) uit Kloetinge fokt ..."), or a second verb
    // of the same subject ("mevrouw woont alleen en heeft een hangbuikzwijn"): a person earlier in the
    // sentence, with no other clause in between unless it is joined by "en".
    const coordinated = COORDINATION.has(tokens[v - 1]?.lower ?? '');
    for (let j = v - 2; j >= Math.max(0, v - 15); j--) {
      const t = tokens[j]!;
      if (SENTENCE_END.has(t.text) || (!coordinated && (t.text === ',' || CLAUSE_START.has(t.lower)))) break;
      if (person(tokens, j)) return true;
    }
    // "..., who keeps ferrets": the person before the relative.
    const rel = tokens[v - 1]?.lower ?? '';
    if (rel === 'who' || rel === 'die') return person(tokens, v - 2) || (tokens[v - 2]?.text === ',' && person(tokens, v - 3));
    return false;
  };

  /** A lower-case word the table knows, with its plural "'s" ("alpaca's"). */
  const wordAt = (lang: Lang, tokens: readonly Token[], k: number): Candidate | undefined => {
    const t = tokens[k]!;
    if (t.type !== 'word' || isCapitalized(t)) return undefined;
    const end = lang === 'en' ? k : pluralS(tokens, k);
    if (joined(tokens, k, end)) return undefined;
    const w = end > k ? `${t.lower}'s` : t.lower;
    const info = lexicon.wordRanks(lang).lookup(w);
    return info && { k, end, info };
  };
  const rare = (c: Candidate) => c.info.rank > RARE_RANK;

  /** A possession must be a thing: in Dutch a countable noun, not a compound with a common head; in English not a person or an act. */
  const thing = (lang: Lang, tokens: readonly Token[], c: Candidate) =>
    lang === 'en' ? !EN_NOT_A_THING.test(tokens[c.k]!.lower) : c.info.countable && (!c.info.compound || (c.info.headRank ?? 0) > COMMON_HEAD_RANK);

  /** The object of the verb at v, walking right: articles, numbers, adverbs and adjectives are stepped over. */
  function objectAfter(lang: Lang, tokens: readonly Token[], v: number, frame: Frame): Candidate | undefined {
    let indefinite = false;
    let start = v + 1;
    if (frame.preps && frame.preps.includes(tokens[start]?.lower ?? '')) start++;
    else if (frame.required) return undefined;
    const run: Candidate[] = [];
    for (let k = start; k < tokens.length && k <= start + 5; k++) {
      const t = tokens[k]!;
      const w = t.lower;
      if (t.type === 'punct') break;
      if (NEGATION.has(w)) return undefined;
      if (SELF_MADE.test(w)) continue;
      if (isNumber(t) || INDEFINITE.has(w)) {
        if (run.length) break;
        indefinite = true;
        continue;
      }
      if (DEFINITE.has(w) || (k === v + 1 && SUBJECT.has(w)) || TIME.has(w) || EN_FUNCTION.has(w)) {
        if (run.length) break;
        continue;
      }
      if (STOP.has(w)) break;
      const c = wordAt(lang, tokens, k);
      if (!c) break;
      if (lang === 'en') {
        // English: the head is the last word of the noun phrase ("a pet python", "antique clocks").
        // An adverb or a participle ends it; a gerund may be the object itself ("took up beekeeping").
        if (/(?:ly|ed)$/.test(w) || (w.endsWith('ing') && run.length > 0) || c.info.rank <= EN_FUNCTION_RANK) break;
        run.push(c);
        if (run.length === 3) break;
        continue;
      }
      if (!c.info.noun) continue; // an adjective or an adverb before the noun
      run.push(c);
      break; // the first noun is the object
    }
    const head = run[run.length - 1];
    if (!head || !rare(head)) return undefined;
    if (frame.kind === 'possession' && !(indefinite && thing(lang, tokens, head))) return undefined;
    // "hield een afscheidsspeech": an occasion made of common words is no rare thing kept.
    if (frame.light && indefinite && OCCASIONS.test(tokens[head.k]!.lower)) return undefined;
    return head;
  }

  /** Dutch verb-final order: the object right before the verb, after a pronoun ("omdat hij doedelzak speelt", "die alpaca's fokt"). */
  function objectBefore(tokens: readonly Token[], v: number): Candidate | undefined {
    let k = v - 1;
    if (tokens[k]?.lower === 's' && APOSTROPHE.has(tokens[k - 1]?.text ?? '')) k -= 2;
    if (k < 0) return undefined;
    const c = wordAt('nl', tokens, k);
    if (!c || c.end !== v - 1 || !c.info.noun || !rare(c)) return undefined;
    // A pronoun, a relative or an auxiliary within four words before it: the noun is the object, not
    // the subject of a main clause ("De doedelzak speelt een rol"). The relative must follow a person
    // ("een man die", "het meisje dat"), the auxiliary have one for its subject ("hij heeft ... gespeeld").
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
      const w = tokens[j]!.lower;
      if (tokens[j]!.type === 'punct' || (STOP.has(w) && w !== 'die' && w !== 'dat')) break;
      if (SUBJECT.has(w)) return c;
      if (w === 'die' || w === 'dat') return person(tokens, j - 1) || (tokens[j - 1]?.text === ',' && person(tokens, j - 2)) ? c : undefined;
      if (NL_AUX_SINGULAR.has(w)) return personSubject(tokens, j) ? c : undefined;
    }
    return undefined;
  }

  /** "een zelfgebouwde luchtballon", "a home-built aircraft": a rare thing the person made themselves. */
  function selfMade(lang: Lang, tokens: readonly Token[], i: number): Candidate | undefined {
    for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
      const c = wordAt(lang, tokens, k);
      if (!c) return undefined;
      if (lang === 'nl' && !c.info.noun) continue;
      if (!rare(c)) return undefined;
      return { ...c, k: i };
    }
    return undefined;
  }

  /** English, a relative without its pronoun: "the quilts she makes", "the kilt he wears" (object, subject, verb). */
  function relativeObject(tokens: readonly Token[], v: number): Candidate | undefined {
    if (!SUBJECT.has(tokens[v - 1]?.lower ?? '') || v < 3) return undefined;
    const c = wordAt('en', tokens, v - 2);
    if (!c || !rare(c) || EN_NOT_A_THING.test(tokens[v - 2]!.lower)) return undefined;
    const det = tokens[v - 3]?.lower ?? '';
    return DEFINITE.has(det) || INDEFINITE.has(det) ? c : undefined;
  }

  /** The name a pet is given: "haar hond heet Bolletje", "a dog named Biscuit", "zijn kat Minoes". */
  function petName(tokens: readonly Token[], p: number): Candidate | undefined {
    let k = p + 1;
    if ((tokens[k]?.lower === 'is' || tokens[k]?.lower === 'was') && PET_NAMING.has(tokens[k + 1]?.lower ?? '')) k++;
    if (!owned(tokens, p)) return undefined;
    if (PET_NAMING.has(tokens[k]?.lower ?? '')) k++;
    else if (!POSSESSIVE.has(tokens[p - 1]?.lower ?? '')) return undefined;
    const t = tokens[k];
    if (!t || t.type !== 'word' || !isCapitalized(t) || joined(tokens, k, k)) return undefined;
    // A person's first name or surname is the name rule's (and Max is no rare name for a dog). The
    // lists rank words, not names: any other name counts as past the lists.
    const names = lexicon.names();
    if (names.first.has(t.lower) || names.surnames.has(t.lower) || lexicon.places().hasName(t.lower)) return undefined;
    return { k, end: k, info: { rank: PAST_LISTS_RANK, noun: true, countable: true, compound: false } };
  }

  return {
    id: 'rarity',
    detect({ tokens, lang }: DetectContext): Detection[] {
      const out: Detection[] = [];
      const verbs = VERBS[lang];
      let lastK = -1;
      for (let i = 0; i < tokens.length; i++) {
        const w = tokens[i]!.lower;
        let c: Candidate | undefined;
        const frame = verbs.get(w);
        if (frame) {
          c = objectAfter(lang, tokens, i, frame);
          if (c && !personSubject(tokens, i)) c = undefined;
          if (!c && lang === 'nl' && frame.kind === 'object') c = objectBefore(tokens, i);
        } else if (lang === 'nl' && NL_PARTICIPLES.has(w)) c = objectBefore(tokens, i);
        else if (HOBBY_NOUNS.has(w) && owned(tokens, i) && HOBBY_LINKS.has(tokens[i + 1]?.lower ?? '')) {
          c = objectAfter(lang, tokens, i + 1, OBJ);
        } else if (tokens[i]!.type === 'word' && isPet(lang, w)) c = petName(tokens, i);
        else if (SELF_MADE.test(w)) c = selfMade(lang, tokens, i);
        if (!c && frame && lang === 'en' && frame.kind === 'object') c = relativeObject(tokens, i);
        if (!c || c.k <= lastK) continue;
        // Whose detail: one person's, not the writer's, not anyone's.
        if (aboutWriter(tokens, c.k) || aboutNobody(tokens, c.k) || writersKin(tokens, c.k) || claimedByOthers(tokens, c.k, c.end)) continue;
        lastK = c.end;
        out.push({ kind: 'unusual', start: tokens[c.k]!.start, end: tokens[c.end]!.end, rule: 'rarity', confidence: 0.5, facts: { via: 'rarity', rank: c.info.rank } });
      }
      return out;
    },
  };
}

const KIN = new Set(['man', 'vrouw', 'partner', 'vriend', 'vriendin', 'zoon', 'dochter', 'moeder', 'vader', 'broer', 'zus', 'opa', 'oma', 'kinderen',
  'husband', 'wife', 'son', 'daughter', 'mother', 'father', 'mum', 'mom', 'dad', 'brother', 'sister', 'kids', 'children', 'boyfriend', 'girlfriend']);
/** "mijn man speelt doedelzak": the writer's family, whose details are the writer's. */
function writersKin(tokens: readonly Token[], i: number): boolean {
  const [first, last] = clauseAround(tokens, i);
  for (let k = first; k < last; k++) {
    const w = tokens[k]!.lower;
    if ((w === 'mijn' || w === 'my' || w === 'onze' || w === 'our') && KIN.has(tokens[k + 1]!.lower)) return true;
  }
  return false;
}

export const rarityRule: Rule = {
  meta: ruleMeta('rarity', ['unusual'], 'Rare words as unusual details: the object of a hobby or possession verb, or a pet\'s name, rare in the language'),
  create: createRarityDetector,
};
