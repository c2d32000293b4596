import { isAdverbialConjunction } from '../text/conjunctions.js';
import type { Token } from '../text/tokenize.js';

/**
 * Whose detail is it? Rules find details; a detail describes the subject only when its clause is about
 * the subject, not about the writer ("ik was de enige die ..."), the team or the organisation ("ons
 * ziekenhuis is het oudste"), or a group ("de Polen in de kassen"). These helpers look at the clause
 * around a token: from the previous clause boundary to the next one.
 */

// Words and marks that end a clause: punctuation, and the conjunctions that start a new one.
const CLAUSE_PUNCT = new Set(['.', '!', '?', ';', ':', '—', '–']);
const CLAUSE_CONJ = new Set(['en', 'maar', 'want', 'omdat', 'terwijl', 'toen', 'dus', 'and', 'but', 'because', 'while', 'so', 'whereas', 'when']);

/** A clause boundary at token k; a mark inside a word or number ("80.000", "nu.nl", "10:30") is none. */
export function isClauseBoundary(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (CLAUSE_CONJ.has(t.lower)) return !isAdverbialConjunction(tokens, k);
  if (!CLAUSE_PUNCT.has(t.text)) return false;
  const next = tokens[k + 1];
  return t.gapBefore || !next || next.gapBefore || (t.text !== '.' && t.text !== ':');
}

/** [first, last] token indices of the clause around token i, at most `reach` tokens each side. */
export function clauseAround(tokens: readonly Token[], i: number, reach = 12): [number, number] {
  // A line break ends a clause too: in notes and posts a line is a unit of its own.
  let first = i;
  for (let k = i - 1; k >= 0 && i - k <= reach; k--) {
    if (tokens[k + 1]!.lineBefore || isClauseBoundary(tokens, k)) break;
    first = k;
  }
  let last = i;
  for (let k = i + 1; k < tokens.length && k - i <= reach; k++) {
    if (tokens[k]!.lineBefore || isClauseBoundary(tokens, k)) break;
    last = k;
  }
  return [first, last];
}

// The writer as subject or owner: "ik", "wij", "ons team", "mijn collega's".
const FIRST_PERSON = new Set(['ik', 'wij', 'we', "'k", 'k', 'i', "i'm", 'me', 'mij', 'my', 'mijn', 'our', 'ons', 'onze', 'us']);
// Someone else in the clause: then it is about them.
const THIRD_PERSON = new Set(['hij', 'zij', 'ze', 'hem', 'haar', 'zijn', 'he', 'she', 'him', 'her', 'his', 'they', 'them', 'their']);
// The people care writers write about: named in the clause, they make it about that person ("ik heb een
// cliënt die de oudste is van zes", "I have a patient who is an only child").
const CARED_FOR = new Set([
  'cliënt', 'cliënte', 'client', 'patiënt', 'patiënte', 'patient', 'bewoner', 'bewoonster', 'resident', 'jongere', 'pupil', 'leerling',
]);
// Nouns that, owned by the writer, make the clause about the organisation ("ons ziekenhuis", "our team").
const ORGANISATION_NOUNS = new Set([
  'team', 'afdeling', 'ziekenhuis', 'kliniek', 'instelling', 'organisatie', 'school', 'praktijk', 'vereniging', 'club', 'gemeente',
  'ward', 'hospital', 'clinic', 'practice', 'organisation', 'organization', 'service', 'trust', 'unit', 'club',
]);

/**
 * The clause around token i speaks of the writer or the writer's organisation: "ik was de enige
 * die ...", "ons ziekenhuis is het oudste", "we are the only team ...". A third person in the same
 * clause ("ik zag dat zij de enige was") keeps it about someone else.
 */
export function aboutWriter(tokens: readonly Token[], i: number, until = Infinity): boolean {
  // `until`: the last token of the phrase's own clause, when a relative clause follows ("de heftigste
  // psychoot die ik ooit zag": the writer saw him, the superlative is about him).
  const [first, whole] = clauseAround(tokens, i);
  const last = Math.min(whole, until);
  let writer = false;
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!.lower;
    if (THIRD_PERSON.has(t) || CARED_FOR.has(t)) return false;
    if (FIRST_PERSON.has(t)) {
      // "mijn cliënt", "my patient": the writer owns the subject, the clause is about the subject.
      const next = tokens[k + 1]?.lower ?? '';
      if ((t === 'mijn' || t === 'my' || t === 'onze' || t === 'our' || t === 'ons') && !ORGANISATION_NOUNS.has(next)) continue;
      writer = true;
    }
  }
  return writer;
}

// Articles before an organisation noun that make it the subject ("het ziekenhuis", "the trust").
const ORGANISATION_LEAD = new Set(['de', 'het', 'ons', 'onze', 'the', 'our', 'deze', 'dit', 'this']);
const POSSESSIVE_THIRD = new Set(['haar', 'zijn', 'hun', 'her', 'his', 'their']);
const OBJECT_FOLLOW = new Set(['een', 'de', 'het', 'a', 'an', 'the', 'te', 'to']);
const MORE_ORGANISATION_NOUNS = new Set(['stichting', 'bedrijf', 'gemeente', 'stad', 'zorginstelling', 'woonzorgcentrum', 'zorgcentrum', 'verpleeghuis', 'company', 'firm', 'council', 'charity', 'school', 'city', 'board', 'bestuur', 'ploeg', 'elftal', 'squad',
  'museum', 'bibliotheek', 'library', 'theater', 'theatre', 'festival', 'koor', 'choir', 'orkest', 'orchestra', 'fanfare', 'harmonie']);

/**
 * The clause around token i, up to i (and `until`), has an organisation as its subject: "het
 * ziekenhuis won de prijs", "the trust was the first to ...". A person in the clause ("de gemeente gaf
 * haar een lintje") keeps it about the person.
 */
export function aboutOrganisation(tokens: readonly Token[], i: number, until = Infinity): boolean {
  const [first, whole] = clauseAround(tokens, i);
  const last = Math.min(whole, until);
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!.lower;
    // "haar", "zijn", "its", "their" before a noun may be the organisation's own ("de vereniging vierde haar
    // 50ste verjaardag"); as an object ("gaf haar een lintje") or a subject they name a person.
    const possessive = POSSESSIVE_THIRD.has(t) && !!tokens[k + 1] && tokens[k + 1]!.type !== 'punct' && !OBJECT_FOLLOW.has(tokens[k + 1]!.lower);
    if (THIRD_PERSON.has(t) && !possessive) return false;
  }
  for (let k = first + 1; k < i; k++) {
    const t = tokens[k]!.lower;
    if ((ORGANISATION_NOUNS.has(t) || MORE_ORGANISATION_NOUNS.has(t)) && ORGANISATION_LEAD.has(tokens[k - 1]!.lower)) return true;
  }
  return false;
}

// Determiners and quantifiers before a plural that make it a group ("de Polen", "alle bewoners", "many nurses").
const GROUP_LEAD = new Set(['de', 'die', 'deze', 'alle', 'veel', 'vele', 'sommige', 'andere', 'meeste', 'the', 'all', 'many', 'some', 'other', 'those', 'these', 'most']);

/** The noun ending at `last`, led by the token before `first`, is a group, not a person ("de Duitsers"). */
export function isGroup(tokens: readonly Token[], first: number, last: number): boolean {
  return GROUP_LEAD.has(tokens[first - 1]?.lower ?? '') && /(?:ers|anen|en|s)$/.test(tokens[last]!.lower);
}

// The reader addressed: "Wat doe je bij een woningbrand?", "if your child has ...". A detail in such a clause
// describes whoever reads it, not a person.
const READER = new Set(['je', 'jij', 'jou', 'jouw', 'u', 'uw', 'jullie', 'you', 'your', 'yourself']);
// Anybody: "wie ...", "iedereen die ...", "anyone who ...".
const ANYBODY = new Set(['iedereen', 'iemand', 'niemand', 'ieder', 'elke', 'wie', 'anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody', 'whoever', 'nobody']);

/** The clause around token i addresses the reader (a leaflet, advice): it is about nobody in particular. */
export const addressesReader = (tokens: readonly Token[], i: number): boolean => clauseSpeaksOf(tokens, i, READER, false);

/**
 * The clause around token i holds one of `words`; with `thirdPersonVetoes`, a third person in it ("je
 * ziet dat hij ...") keeps the clause about someone.
 */
function clauseSpeaksOf(tokens: readonly Token[], i: number, words: ReadonlySet<string>, thirdPersonVetoes: boolean): boolean {
  const [first, last] = clauseAround(tokens, i);
  let found = false;
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!.lower;
    if (thirdPersonVetoes && THIRD_PERSON.has(t)) return false;
    if (words.has(t)) {
      if (!thirdPersonVetoes) return true;
      found = true;
    }
  }
  return found;
}

// Subjects that are nobody in particular: the reader, anybody, people in general, every one of a kind.
const GENERIC = new Set([...READER, ...ANYBODY, 'men', 'mensen', 'iedere', 'alle', 'people', 'every', 'each', 'all']);

/**
 * The clause around token i speaks of nobody in particular: "als je een alpaca hebt", "wie doedelzak
 * speelt", "mensen die bijen houden", "anyone who keeps ferrets". A third person in the same clause
 * ("je ziet dat hij doedelzak speelt") keeps it about someone.
 */
export const aboutNobody = (tokens: readonly Token[], i: number): boolean => clauseSpeaksOf(tokens, i, GENERIC, true);

// Words that open a clause of their own inside a sentence: subordinators and relative pronouns. A clause
// ends before the unambiguous ones; "sinds", "als", "after" may also be prepositions ("sinds januari",
// "werkt als kok", "after the accident"), so they only open one.
const SUBORDINATORS = new Set([
  'dat', 'die', 'omdat', 'nadat', 'voordat', 'toen', 'terwijl', 'doordat', 'waardoor', 'zodat', 'wanneer', 'hoewel',
  'that', 'who', 'which', 'because', 'while', 'although', 'whereas',
]);
const OPENERS = new Set([...SUBORDINATORS, 'sinds', 'als', 'nu', 'of', 'after', 'before', 'since', 'when', 'as', 'until', 'once', 'if', 'or']);
const isBoundary = (t: Token): boolean => CLAUSE_PUNCT.has(t.text) || t.text === ',' || t.text === '(' || t.text === ')' || CLAUSE_CONJ.has(t.lower);

/**
 * Token i opens a clause: the text starts there, or a line, a punctuation mark, a conjunction or a
 * subordinator comes right before it ("Vader zit vast", "omdat zijn moeder overleed", "…; dochter woont").
 * Without `subordinators`, only punctuation, a line or a conjunction ("sinds" may be a preposition).
 */
export function opensClause(text: string, tokens: readonly Token[], i: number, subordinators = true): boolean {
  const prev = tokens[i - 1];
  if (!prev) return true;
  return isBoundary(prev) || (subordinators && OPENERS.has(prev.lower)) || text.slice(prev.end, tokens[i]!.start).includes('\n');
}

/**
 * The last token of the clause that runs on from token i: up to the next boundary, comma, line or (with
 * `subordinators`) subordinator.
 */
export function clauseEnd(text: string, tokens: readonly Token[], i: number, reach = 12, subordinators = true): number {
  let last = i;
  for (let k = i + 1; k < tokens.length && k - i <= reach; k++) {
    const t = tokens[k]!;
    if (isBoundary(t) || (subordinators && SUBORDINATORS.has(t.lower)) || text.slice(tokens[k - 1]!.end, t.start).includes('\n')) break;
    last = k;
  }
  return last;
}

// "Wie zorgt voor zijn moeder, ...", "Iedereen die ...", "If your father is in prison, ...",
// "Hoe vertel je een kind dat ...": the reader or anybody (READER, ANYBODY above).
const SENTENCE_END = new Set(['.', '!', '?', ';']);

/**
 * The sentence around token i speaks of the reader or of anybody, not of a person: a reader pronoun
 * ("je", "you"), or "wie", "iedereen die", "anyone who" as its subject.
 */
export function isGeneric(tokens: readonly Token[], i: number, reach = 20): boolean {
  let from = i;
  while (from > 0 && i - from < reach && !SENTENCE_END.has(tokens[from - 1]!.text)) from--;
  let to = i;
  while (to < tokens.length - 1 && to - i < reach && !SENTENCE_END.has(tokens[to + 1]!.text)) to++;
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!.lower;
    if (READER.has(t)) return true;
    if (k < i && ANYBODY.has(t)) {
      const next = tokens[k + 1]?.lower ?? '';
      // "Wie zorgt ...", "iedereen die ...", "anyone who ...", "elke moeder die ...".
      if (t === 'wie' ? k === from : next === 'die' || next === 'who' || next === 'that' || t === 'elke' || t === 'ieder') return true;
    }
  }
  return false;
}

/** A third person is named in tokens first..last ("hij", "her", "their"): the words are about someone. */
export function mentionsThirdPerson(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = Math.max(0, first); k <= last && k < tokens.length; k++) if (THIRD_PERSON.has(tokens[k]!.lower)) return true;
  return false;
}

// Pronouns of anyone at all: advice, a rule or a definition ("als je onder bewind staat", "if you are
// sectioned"), not a person described.
const ANYONE = new Set(['je', 'jij', 'u', 'men', 'iemand', 'wie', 'you', 'someone', 'somebody', 'anyone', 'anybody', 'whoever']);

/** The clause around token i speaks of anyone ("je", "you", "iemand") and of no third person. */
export const aboutAnyone = (tokens: readonly Token[], i: number): boolean => clauseSpeaksOf(tokens, i, ANYONE, true);
