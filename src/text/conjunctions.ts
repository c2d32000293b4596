import type { Token } from './tokenize.js';

// Conjunctions that are adverbs inside a clause: "toen hij viel" / "hij viel toen" ("then"), "dus ging
// ze" / "ze ging dus", "so he left" / "he was so tired"; and the words that may stand before them when
// they open a clause ("en toen", "pas toen", "and so").
const CONJ_OR_ADVERB = new Set(['toen', 'dus', 'so']);
const CONJ_LEADS = new Set(['en', 'maar', 'of', 'pas', 'net', 'juist', 'want', 'and', 'but', 'or']);

// What opens the subject of a clause: a pronoun, an article or a possessive ("toen ze beviel", "so he left").
const SUBJECT_OPENERS = new Set([
  'ik', 'jij', 'je', 'hij', 'zij', 'ze', 'wij', 'we', 'jullie', 'u', 'het', 'er', 'men', 'de', 'een', 'mijn', 'zijn', 'haar', 'hun', 'onze', 'ons', 'dit', 'deze', 'die', 'dat',
  'i', 'you', 'he', 'she', 'we', 'they', 'it', 'there', 'the', 'a', 'an', 'his', 'her', 'their', 'my', 'our', 'this', 'that', 'these', 'those',
]);

/**
 * Token k is a conjunction that could open a clause but stands inside one as an adverb: after a word
 * that is not a coordinator, and before no subject ("Hij stond toen in de krant", "die toen groot in de
 * krant stond", "he was so proud"); "in Tiel toen ze beviel" and "so he left" open a clause.
 */
export function isAdverbialConjunction(tokens: readonly Token[], k: number): boolean {
  if (!CONJ_OR_ADVERB.has(tokens[k]!.lower)) return false;
  const p = tokens[k - 1];
  const n = tokens[k + 1];
  if (!p || p.type !== 'word' || CONJ_LEADS.has(p.lower) || tokens[k]!.lineBefore) return false;
  if (!n || n.type !== 'word') return true;
  return !SUBJECT_OPENERS.has(n.lower) && n.text[0] === n.lower[0];
}
