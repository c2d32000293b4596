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

// A mark inside a word or number ("120.000", "nu.nl", "10:30") does not end a clause.
const ends = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k]!;
  if (CLAUSE_CONJ.has(t.lower)) return true;
  if (!CLAUSE_PUNCT.has(t.text)) return false;
  const next = tokens[k + 1];
  return t.gapBefore || !next || next.gapBefore || (t.text !== '.' && t.text !== ':');
};

/** [first, last] token indices of the clause around token i, at most `reach` tokens each side. */
export function clauseAround(tokens: readonly Token[], i: number, reach = 12): [number, number] {
  let first = i;
  for (let k = i - 1; k >= 0 && i - k <= reach; k--) {
    if (ends(tokens, k)) break;
    first = k;
  }
  let last = i;
  for (let k = i + 1; k < tokens.length && k - i <= reach; k++) {
    if (ends(tokens, k)) break;
    last = k;
  }
  return [first, last];
}

// The writer as subject or owner: "ik", "wij", "ons team", "mijn collega's".
const FIRST_PERSON = new Set(['ik', 'wij', 'we', "'k", 'i', "i'm", 'me', 'mij', 'my', 'mijn', 'our', 'ons', 'onze', 'us']);
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
export function aboutWriter(tokens: readonly Token[], i: number): boolean {
  const [first, last] = clauseAround(tokens, i);
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

// Determiners and quantifiers before a plural that make it a group ("de Polen", "alle bewoners", "many nurses").
const GROUP_LEAD = new Set(['de', 'die', 'deze', 'alle', 'veel', 'vele', 'sommige', 'andere', 'meeste', 'the', 'all', 'many', 'some', 'other', 'those', 'these', 'most']);

/** The noun ending at `last`, led by the token before `first`, is a group, not a person ("de Duitsers"). */
export function isGroup(tokens: readonly Token[], first: number, last: number): boolean {
  return GROUP_LEAD.has(tokens[first - 1]?.lower ?? '') && /(?:ers|anen|en|s)$/.test(tokens[last]!.lower);
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
export function aboutAnyone(tokens: readonly Token[], i: number): boolean {
  const [first, last] = clauseAround(tokens, i);
  let anyone = false;
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!.lower;
    if (THIRD_PERSON.has(t)) return false;
    if (ANYONE.has(t)) anyone = true;
  }
  return anyone;
}
