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

/** [first, last] token indices of the clause around token i, at most `reach` tokens each side. */
export function clauseAround(tokens: readonly Token[], i: number, reach = 12): [number, number] {
  let first = i;
  for (let k = i - 1; k >= 0 && i - k <= reach; k--) {
    const t = tokens[k]!;
    if (CLAUSE_PUNCT.has(t.text) || CLAUSE_CONJ.has(t.lower)) break;
    first = k;
  }
  let last = i;
  for (let k = i + 1; k < tokens.length && k - i <= reach; k++) {
    const t = tokens[k]!;
    if (CLAUSE_PUNCT.has(t.text) || CLAUSE_CONJ.has(t.lower)) break;
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

// The reader addressed: "Wat doe je bij een woningbrand?", "if your child has ...". A detail in such a clause
// describes whoever reads it, not a person.
const SECOND_PERSON = new Set(['je', 'jij', 'jou', 'jouw', 'u', 'uw', 'jullie', 'you', 'your', 'yourself']);

/** The clause around token i addresses the reader (a leaflet, advice): it is about nobody in particular. */
export function addressesReader(tokens: readonly Token[], i: number): boolean {
  const [first, last] = clauseAround(tokens, i);
  for (let k = first; k <= last; k++) if (SECOND_PERSON.has(tokens[k]!.lower)) return true;
  return false;
}

// Subjects that are nobody in particular: the reader, people in general, anyone, every one of a kind.
const GENERIC = new Set([
  'men', 'je', 'jij', 'u', 'jullie', 'iedereen', 'niemand', 'wie', 'iemand', 'mensen', 'elke', 'iedere', 'ieder', 'alle',
  'you', 'everyone', 'everybody', 'anyone', 'anybody', 'someone', 'somebody', 'nobody', 'people', 'whoever', 'every', 'each', 'all',
]);

/**
 * The clause around token i speaks of nobody in particular: "als je een alpaca hebt", "wie doedelzak
 * speelt", "mensen die bijen houden", "anyone who keeps ferrets". A third person in the same clause
 * ("je ziet dat hij doedelzak speelt") keeps it about someone.
 */
export function aboutNobody(tokens: readonly Token[], i: number): boolean {
  const [first, last] = clauseAround(tokens, i);
  let generic = false;
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!.lower;
    if (THIRD_PERSON.has(t)) return false;
    if (GENERIC.has(t)) generic = true;
  }
  return generic;
}
