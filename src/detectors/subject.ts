import type { Token } from '../text/tokenize.js';

/**
 * Whose detail is it? Rules find details; a detail describes the subject only when its clause is about
 * the subject, not about the writer ("ik was de enige die ..."), the team or the organisation ("ons
 * ziekenhuis is het oudste"), or a group ("de Polen in de kassen"). These helpers look at the clause
 * around a token: from the previous clause boundary to the next one.
 */

// Words and marks that end a clause: punctuation, and the conjunctions that start a new one.
const CLAUSE_PUNCT = new Set(['.', '!', '?', ';', ':', '\n', '—', '–']);
const CLAUSE_CONJ = new Set(['en', 'maar', 'want', 'omdat', 'terwijl', 'toen', 'dus', 'and', 'but', 'because', 'while', 'so', 'whereas', 'when']);

/** A clause boundary at token k; the point of "80.000" or "1.5" is none. */
export function isClauseBoundary(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (CLAUSE_CONJ.has(t.lower)) return true;
  if (!CLAUSE_PUNCT.has(t.text)) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return !(t.text === '.' && prev?.type === 'number' && next?.type === 'number' && prev.end === t.start && t.end === next.start);
}

/** [first, last] token indices of the clause around token i, at most `reach` tokens each side. */
export function clauseAround(tokens: readonly Token[], i: number, reach = 12): [number, number] {
  let first = i;
  for (let k = i - 1; k >= 0 && i - k <= reach; k--) {
    if (isClauseBoundary(tokens, k)) break;
    first = k;
  }
  let last = i;
  for (let k = i + 1; k < tokens.length && k - i <= reach; k++) {
    if (isClauseBoundary(tokens, k)) break;
    last = k;
  }
  return [first, last];
}

// The writer as subject or owner: "ik", "wij", "ons team", "mijn collega's".
const FIRST_PERSON = new Set(['ik', 'wij', 'we', "'k", 'k', 'i', "i'm", 'me', 'mij', 'my', 'mijn', 'our', 'ons', 'onze', 'us']);
// Someone else in the clause: then it is about them.
const THIRD_PERSON = new Set(['hij', 'zij', 'ze', 'hem', 'haar', 'zijn', 'he', 'she', 'him', 'her', 'his', 'they', 'them', 'their']);
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
    if (THIRD_PERSON.has(t)) return false;
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
const MORE_ORGANISATION_NOUNS = new Set(['stichting', 'bedrijf', 'gemeente', 'stad', 'zorginstelling', 'woonzorgcentrum', 'zorgcentrum', 'verpleeghuis', 'company', 'firm', 'council', 'charity', 'school', 'city', 'board', 'bestuur', 'ploeg', 'elftal', 'squad']);

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
