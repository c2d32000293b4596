/**
 * Small closed word lists about the words next to a person's name, shared by the name detector
 * (src/detectors/name.ts: evidence that a name follows) and the fixes (src/fixes/ladders/name.ts: how the
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
  /** Takes a Dutch diminutive ("dochter" → "dochtertje"). */
  diminutive?: boolean;
  /**
   * Used without an article for the subject's own relative, as case notes do ("Moeder is opgenomen",
   * "Vader zit vast"). Words that are also something else without one ("man", "vrouw", "zuster") are not.
   */
  bare: boolean;
}

// word: relation, then flags: p = plural, b = used bare, d = takes a Dutch diminutive. A closed class: the
// nouns for relatives. Diminutives ("dochtertje", "zusjes", "omaatje") and compounds ("stiefvader",
// "achterkleinzoon", "schoonzus") are derived by kinNoun below, not listed. Words of the languages of migrant families that care texts in Dutch and English use
// as they are ("abuela", "nonna", "baba", "babaanne", "dede", "yiayia", "babcia"): the relation they name in
// their own language (Turkish/Arabic/Persian "baba" is the father).
const KIN_SPEC: Readonly<Record<KinRelation, string>> = {
  parent:
    'moeder:bd vader:bd mama:bd papa:bd mam pap moeders:p vaders:p ouders:pb mother:b father:b mom:b mum:b mommy mummy dad:b daddy parents:p ' +
    'pa ma mamá papá baba mamma:b pappa:b maman',
  child:
    'zoon:bd dochter:bd kind:d zonen:p zoons:p dochters:p kinderen:p kids:p son:b daughter:b child kid children:p sons:p daughters:p',
  sibling:
    'broer:bd zus:bd zuster broers:p zussen:p brother:b sister:b brothers:p sisters:p siblings:p sibling',
  grandparent:
    'opa:bd oma:bd bomma:bd bompa:bd grootvader:d grootmoeder:d grootouders:pb grandfather:b grandmother:b grandpa:b grandma:b granny:b gran:b nan:b nana grandparents:p ' +
    'abuela:b abuelo:b abuelita:b abuelito:b abuelos:p nonna:b nonno:b nonni:p babaanne:b anneanne:b dede babcia:b dziadek:b yiayia:b bubbe:b',
  grandchild: 'kleinzoon:d kleindochter:d kleinkind:d kleinkinderen:p grandson granddaughter grandchild grandchildren:p',
  partner: 'man vrouw echtgenoot:b echtgenote:b partner:b vriend vriendin verloofde husband:b wife:b boyfriend girlfriend fiancé fiancée',
  'aunt-uncle': 'oom:bd tante:bd nonkel:bd ooms:p tantes:p uncle:b aunt:b auntie aunty uncles:p aunts:p teyze:b amca:b',
  cousin: 'neef:d nicht:d neven:p nichten:p nephew niece cousin nephews:p nieces:p cousins:p',
  'in-law': 'schoonouders:p zwager',
};

/** Kin nouns by their lower-case form ("moeder", "grandparents"). */
export const KIN_NOUNS: ReadonlyMap<string, Kin> = new Map(
  Object.entries(KIN_SPEC).flatMap(([rel, words]) =>
    words.split(' ').map((w): [string, Kin] => {
      const [word, flags = ''] = w.split(':');
      return [word!, { rel: rel as KinRelation, plural: flags.includes('p'), bare: flags.includes('b'), diminutive: flags.includes('d') }];
    }),
  ),
);

// Prefixes that make a kin noun of a kin noun. Most keep the head's relation ("stiefvader", "pleegmoeder",
// "halfzus", "tweelingbroer", "stepfather"); "groot"/"grand" and "klein" make a generation ("grootmoeder",
// "kleinzoon"); "over"/"achter"/"great" add one to a grandparent or grandchild ("overgrootmoeder",
// "achterkleinzoon", "greatgrandson"); "schoon" makes an in-law ("schoonzus").
type Prefix = { prefix: string; rel: (head: KinRelation) => KinRelation | undefined };
const same = (r: KinRelation) => r;
const PREFIXES: readonly Prefix[] = [
  { prefix: 'overgroot', rel: (r) => (r === 'parent' ? 'grandparent' : undefined) },
  { prefix: 'achterklein', rel: (r) => (r === 'child' ? 'grandchild' : undefined) },
  { prefix: 'groot', rel: (r) => (r === 'parent' ? 'grandparent' : undefined) },
  { prefix: 'klein', rel: (r) => (r === 'child' ? 'grandchild' : undefined) },
  { prefix: 'great', rel: (r) => (r === 'grandparent' || r === 'grandchild' ? r : undefined) },
  { prefix: 'schoon', rel: (r) => (r === 'parent' || r === 'child' || r === 'sibling' ? 'in-law' : undefined) },
  ...['tweeling', 'adoptie', 'stief', 'pleeg', 'half', 'step', 'foster'].map((prefix) => ({ prefix, rel: same })),
];
// By their first four letters: a word pays one look-up, not a test per prefix.
const PREFIX_BY_HEAD: ReadonlyMap<string, readonly Prefix[]> = PREFIXES.reduce((m, p) => {
  const key = p.prefix.slice(0, 4);
  m.set(key, [...(m.get(key) ?? []), p]);
  return m;
}, new Map<string, Prefix[]>());

// Dutch diminutives: "-tje", "-je", "-etje", "-pje", "-aatje" after a long vowel ("omaatje"), Flemish "-ke"
// and "-ske"; "-s" makes them plural ("zusjes"). Only Dutch kin nouns take them (flag d).
const DIMINUTIVE_SUFFIXES = ['aatje', 'etje', 'tje', 'pje', 'je', 'ske', 'ke'];

/** The kin noun a word is: listed, a diminutive of one ("dochtertje"), or a compound of a kin prefix and one. */
export function kinNoun(word: string): Kin | undefined {
  // Asked at almost every word by several rules: each word's answer is worked out once (the answers are
  // read, never changed).
  const known = KIN_ANSWERS.get(word);
  if (known !== undefined) return known ?? undefined;
  const kin = kinNounOf(word);
  if (KIN_ANSWERS.size >= 50_000) KIN_ANSWERS.clear();
  KIN_ANSWERS.set(word, kin ?? null);
  return kin;
}
const KIN_ANSWERS = new Map<string, Kin | null>();

function kinNounOf(word: string): Kin | undefined {
  const direct = KIN_NOUNS.get(word);
  if (direct || word.length < 5) return direct;
  const e = word.charCodeAt(word.length - 1);
  // Only words that end like a diminutive ("-e", "-es") pay for the suffixes.
  if (e === 101 || (e === 115 && word.charCodeAt(word.length - 2) === 101)) {
    const d = diminutive(word);
    if (d) return d;
  }
  if (word.length < 7) return undefined;
  const ps = PREFIX_BY_HEAD.get(word.slice(0, 4));
  if (!ps) return undefined;
  for (const p of ps) {
    if (!word.startsWith(p.prefix)) continue;
    const head = kinNoun(word.slice(p.prefix.length));
    const rel = head && p.rel(head.rel);
    if (head && rel) return { ...head, rel, bare: false };
  }
  return undefined;
}

function diminutive(word: string): Kin | undefined {
  const plural = word.endsWith('s');
  const w = plural ? word.slice(0, -1) : word;
  for (const suffix of DIMINUTIVE_SUFFIXES) {
    if (!w.endsWith(suffix) || w.length - suffix.length < (suffix === 'aatje' ? 2 : 3)) continue;
    const stem = w.slice(0, w.length - suffix.length);
    // "omaatje" → "oma", "broertje" → "broer", "zusje" → "zus", "zoontje" → "zoon".
    const head = KIN_NOUNS.get(suffix === 'aatje' ? `${stem}a` : stem);
    if (head?.diminutive) return { rel: head.rel, plural, bare: false };
  }
  return undefined;
}
