/**
 * Small closed word lists about the words next to a person's name, shared by the name detector
 * (src/detectors/name.ts: evidence that a name follows) and the fixes (src/fixes/ladders.ts: how the
 * name can go). Each user adds the few words only it needs, named where it uses them.
 */

/** Kin words used as a title before a first name ("Opa Teun", "Auntie Jo"): part of the name's span. */
export const KIN_TITLES: readonly string[] = ['opa', 'oma', 'tante', 'oom', 'nonkel', 'auntie', 'uncle', 'grandma', 'grandpa', 'nan', 'granny'];

/** Salutations, thanks and sign-offs right before a name ("hoi Sanne", "groetjes Els", "thanks Tom"). */
export const GREETINGS: readonly string[] = [
  'hoi', 'hey', 'hé', 'hallo', 'dag', 'beste', 'lieve', 'hi', 'hello', 'dear', 'hiya', 'yo', 'dank', 'bedankt', 'thanks', 'welkom',
  'groetjes', 'groet', 'groeten', 'cheers', 'regards', 'love', 'liefs',
];

/** Kin and role nouns right before a name ("zijn dochter Sanne", "her husband Tom", "cliënt Els"). */
export const ROLES_BEFORE_NAME: readonly string[] = [
  'zoon', 'dochter', 'zus', 'zusje', 'broer', 'broertje', 'moeder', 'vader', 'man', 'vrouw', 'echtgenoot', 'echtgenote', 'partner',
  'vriend', 'vriendin', 'kleinzoon', 'kleindochter', 'neef', 'nicht', 'collega', 'cliënt', 'cliënte', 'client', 'patiënt', 'patiënte',
  'bewoner', 'bewoonster', 'son', 'daughter', 'brother', 'husband', 'wife', 'mum', 'mom', 'dad', 'friend', 'colleague', 'patient',
  'resident', 'pupil', 'leerling', 'baby', 'mentor', 'begeleider', 'buurman', 'buurvrouw', 'neighbour', 'neighbor',
];

/** How a kin noun relates to the person it belongs to. */
export type KinRelation = 'parent' | 'child' | 'sibling' | 'grandparent' | 'grandchild' | 'partner' | 'aunt-uncle' | 'cousin' | 'in-law';

export interface Kin {
  rel: KinRelation;
  plural: boolean;
  /**
   * Used without an article for the subject's own relative, as case notes do ("Moeder is opgenomen",
   * "Vader zit vast"). Words that are also something else without one ("man", "vrouw", "zuster") are not.
   */
  bare: boolean;
}

// word: relation, then flags: p = plural, b = used bare. A closed class: the nouns for relatives.
const KIN_SPEC: Readonly<Record<KinRelation, string>> = {
  parent:
    'moeder:b vader:b mama:b papa:b mam pap moeders:p vaders:p ouders:pb mother:b father:b mom mum mommy mummy dad daddy parents:p',
  child:
    'zoon:b dochter:b kind zoontje dochtertje kindje kinderen:p zonen:p zoons:p dochters:p kids:p son daughter child kid children:p sons:p daughters:p',
  sibling:
    'broer:b zus:b zuster broertje zusje broers:p zussen:p zusjes:p broertjes:p brother sister brothers:p sisters:p siblings:p sibling',
  grandparent:
    'opa:b oma:b bomma:b bompa:b grootvader grootmoeder grootouders:pb grandfather grandmother grandpa grandma granny gran nan nana grandparents:p',
  grandchild: 'kleinzoon kleindochter kleinkind kleinkinderen:p grandson granddaughter grandchild grandchildren:p',
  partner: 'man vrouw echtgenoot:b echtgenote:b partner:b vriend vriendin verloofde husband wife boyfriend girlfriend fiancé fiancée',
  'aunt-uncle': 'oom:b tante:b nonkel:b ooms:p tantes:p uncle aunt auntie aunty uncles:p aunts:p',
  cousin: 'neef nicht neefje nichtje neven:p nichten:p nephew niece cousin nephews:p nieces:p cousins:p',
  'in-law': 'schoonmoeder schoonvader schoonouders:p schoonzus schoonbroer zwager schoonzoon schoondochter',
};

/** Kin nouns by their lower-case form ("moeder", "grandparents"). */
export const KIN_NOUNS: ReadonlyMap<string, Kin> = new Map(
  Object.entries(KIN_SPEC).flatMap(([rel, words]) =>
    words.split(' ').map((w): [string, Kin] => {
      const [word, flags = ''] = w.split(':');
      return [word!, { rel: rel as KinRelation, plural: flags.includes('p'), bare: flags.includes('b') }];
    }),
  ),
);

// Prefixes that make a kin noun of a kin noun: "stiefvader", "pleegmoeder", "halfzus", "tweelingbroer",
// "overgrootmoeder", "stepfather". The relation is the head's (a great-grandmother is a grandparent).
const KIN_PREFIXES = ['overgroot', 'achterklein', 'tweeling', 'adoptie', 'stief', 'pleeg', 'half', 'step', 'foster'];
// By their first four letters: a word pays one look-up, not a test per prefix.
const PREFIX_BY_HEAD: ReadonlyMap<string, string> = new Map(KIN_PREFIXES.map((p) => [p.slice(0, 4), p]));

/** The kin noun a word is, directly or as a compound of a kin prefix and a kin noun ("tweelingzus"). */
export function kinNoun(word: string): Kin | undefined {
  const direct = KIN_NOUNS.get(word);
  if (direct || word.length < 7) return direct;
  const p = PREFIX_BY_HEAD.get(word.slice(0, 4));
  return p && word.startsWith(p) ? KIN_NOUNS.get(word.slice(p.length)) : undefined;
}
