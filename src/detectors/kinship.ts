import type { Construction } from '../core/facts.js';
import type { Detection } from '../core/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { NUMBER_WORDS, ORDINAL_WORDS, parseNumberWord } from '../lexicon/numbers.js';
import { RESIDENCE_VERBS } from '../lexicon/residence.js';
import { kinNoun, type Kin, type KinRelation } from '../lexicon/person-words.js';
import { PhraseMatcher } from '../lexicon/phrases.js';
import { isCapitalized, type Token } from '../text/tokenize.js';
import { roleLength } from './roles.js';
import { aboutWriter, clauseAround, clauseEnd, isGeneric, opensClause } from './subject.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';
import { WordAnswers, wordNumbers } from '../text/words.js';

/**
 * Family composition and circumstances recognized by their grammar, not listed phrase by phrase:
 *
 * - family-size: a count of the subject's children or siblings that makes a large family ("moeder van
 *   vier", "heeft vijf kinderen", "a family of eleven");
 * - birth-order: "de jongste van zes", "het derde kind van vijf";
 * - only-child: "enig kind", "hun enige dochter", "has no siblings";
 * - twin: "tweeling", "zijn tweelingbroer", "an identical twin";
 * - living-with: living with or raised by a relative other than a parent ("woont bij oma", "lives with
 *   her grandparents");
 * - carer: caring for a relative ("mantelzorger voor haar moeder", "zorgt al jaren voor haar zus");
 * - relative-circumstance: a relative of the subject in a striking event ("zijn moeder overleed vorig
 *   jaar", "her dad is in prison", "verloor haar man"), a relative's role ("haar vader is bakker",
 *   "dochter van die bekende bakker").
 *
 * Whose family: a kin noun counts when it is the subject's ("zijn", "haar", "hun", "his", "her", a name
 * with 's, or bare as in case notes: "Vader zit vast"). The writer's family ("mijn moeder", "my kids"),
 * the reader's ("je moeder"), groups ("alle moeders", "de kinderen van groep 5") and general statements
 * ("ouders van kinderen met autisme") are left alone.
 */

// ---------------------------------------------------------------------------------------------------
// The noun phrase around a kin noun and whose relative it is.

type Owner = 'subject' | 'bare' | 'writer' | 'reader' | 'article' | 'indefinite' | 'group' | 'none';

interface KinPhrase {
  /** First token: the determiner, or the first adjective or the noun when there is none. */
  first: number;
  /** The kin noun (the head). */
  head: number;
  last: number;
  kin: Kin;
  owner: Owner;
  /** Adjectives between the determiner and the head ("overleden", "oudere"). */
  adjectives: readonly string[];
}

const SUBJECT_OWNER = new Set(['zijn', 'haar', 'hun', 'zn', 'his', 'her', 'their', 'beide', 'both']);
const WRITER_OWNER = new Set(['mijn', 'my', 'onze', 'ons', 'our', 'mn']);
const READER_OWNER = new Set(['je', 'jouw', 'uw', 'your', 'jullie', 'ur']);
const ARTICLE = new Set(['de', 'het', 'the', 'die', 'deze', 'dat', 'this', 'that', 'diens', 'wiens']);
const INDEFINITE = new Set(['een', 'a', 'an', 'n', 'één']);
const GROUP_OWNER = new Set([
  'alle', 'all', 'veel', 'vele', 'many', 'sommige', 'some', 'elke', 'iedere', 'every', 'any', 'meeste', 'most', 'andere', 'other', 'others', 'welke',
  'which', 'no', 'geen', 'zulke', 'such', 'those', 'these', 'meer', 'more', 'minder', 'fewer',
]);
// Before "zijn", a subject makes it the verb: "ze zijn broers", "er zijn vier kinderen".
const VERB_ZIJN_BEFORE = new Set(['ze', 'zij', 'wij', 'we', 'jullie', 'er', 'het', 'dit', 'hier', 'daar', 'allebei', 'beiden', 'beide', 'kinderen', 'ouders']);
// Words between a determiner and a kin noun that are not adjectives.
const NOT_ADJECTIVE = new Set(['de', 'die', 'deze', 'ze', 'je', 'me', 'we', 'te', 'the', 'mijne', 'onze', 'uwe', 'ook', 'are', 'were', 'one', 'some', 'none', 'here', 'there', 'where', 'more', 'before', 'have', 'gave', 'made', 'came', 'were', 'voor', 'over']);
// English adjectives before kin ("her late husband", "his older brother"); Dutch ones end in -e or are listed.
const ADJECTIVES = new Set([
  'late', 'deceased', 'dead', 'jailed', 'incarcerated', 'imprisoned', 'murdered', 'missing', 'estranged', 'older', 'younger', 'elder', 'eldest', 'oldest',
  'youngest', 'little', 'big', 'baby', 'biological', 'birth', 'sick', 'ill', 'disabled', 'elderly', 'frail', 'beloved', 'only', 'new', 'former', 'adoptive',
  'overleden', 'omgekomen', 'verdronken', 'gedetineerd', 'vermist', 'verslaafd', 'demente', 'ex', 'eigen', 'own', 'twin', 'identical', 'oud',
]);

const isAdjective = (t: Token | undefined): boolean =>
  !!t && t.type === 'word' && !NOT_ADJECTIVE.has(t.lower) && !kinNoun(t.lower) && (ADJECTIVES.has(t.lower) || (t.lower.length > 3 && t.lower.endsWith('e') && !isCapitalized(t)));

/** "z'n", "d'r", "m'n": a possessive written with an apostrophe, ending at token i. */
function apostrophePossessive(tokens: readonly Token[], i: number): 'subject' | 'writer' | undefined {
  const n = tokens[i];
  const apo = tokens[i - 1];
  const p = tokens[i - 2];
  if (!n || !apo || !p || n.gapBefore || apo.gapBefore || (apo.text !== "'" && apo.text !== '’')) return undefined;
  if ((p.lower === 'z' && n.lower === 'n') || (p.lower === 'd' && n.lower === 'r')) return 'subject';
  if (p.lower === 'm' && n.lower === 'n') return 'writer';
  return undefined;
}

/** "Keisha's mom", "Jarne's vader": a name and 's before token i (the kin noun or its adjective). */
function namePossessive(tokens: readonly Token[], i: number): number | undefined {
  const s = tokens[i - 1];
  const apo = tokens[i - 2];
  const name = tokens[i - 3];
  if (!s || !apo || !name || s.lower !== 's' || s.gapBefore || apo.gapBefore || (apo.text !== "'" && apo.text !== '’')) return undefined;
  if (SUBJECT_NOUNS.has(name.lower)) return /^(?:the|de|het)$/.test(tokens[i - 4]?.lower ?? '') ? i - 4 : i - 3;
  return isCapitalized(name) ? i - 3 : undefined;
}

// After "de moeder van", "the father of": the subject as the writer names them.
const SUBJECT_NOUNS = new Set(['cliënt', 'cliënte', 'client', 'patiënt', 'patiënte', 'patient', 'hem', 'haar', 'him', 'her', 'betrokkene', 'jongere', 'meneer', 'mevrouw']);

function kinPhraseAt(text: string, tokens: readonly Token[], head: number): KinPhrase | undefined {
  const t = tokens[head]!;
  if (t.type !== 'word') return undefined;
  let kin = kinNoun(t.lower);
  if (!kin) return undefined;
  // "moeder-overste", "vader-zoonrelatie": the first part of a compound ("mother-in-law" aside).
  const after = tokens[head + 1];
  if (after?.text === '-' && !after.gapBefore && tokens[head + 2]?.lower !== 'in') return undefined;
  let first = head;
  let last = head;
  // "half-brother", "great-grandmother", "step-mother"; "mother-in-law".
  const hy = tokens[head - 1];
  if (hy?.text === '-' && !hy.gapBefore && !t.gapBefore && /^(?:half|step|great|foster|grand)$/.test(tokens[head - 2]?.lower ?? '')) first = head - 2;
  if (
    tokens[head + 1]?.text === '-' && tokens[head + 2]?.lower === 'in' && tokens[head + 3]?.text === '-' && tokens[head + 4]?.lower === 'law' &&
    !tokens[head + 1]!.gapBefore && !tokens[head + 4]!.gapBefore
  ) {
    last = head + 4;
    kin = { ...kin, rel: 'in-law' };
  }
  // Adjectives before the noun: at most two ("zijn twee oudere zussen" stops at the count).
  const adjectives: string[] = [];
  while (adjectives.length < 2 && isAdjective(tokens[first - 1]) && !SUBJECT_OWNER.has(tokens[first - 1]!.lower)) {
    first--;
    adjectives.unshift(tokens[first]!.lower);
  }
  const d = tokens[first - 1];
  let owner: Owner = 'none';
  const apo = apostrophePossessive(tokens, first - 1);
  const named = namePossessive(tokens, first);
  if (apo) {
    owner = apo;
    first -= 3;
  } else if (named !== undefined) {
    owner = 'subject';
    first = named;
  } else if (d && d.type === 'word') {
    const w = d.lower;
    if (w === 'zijn' && VERB_ZIJN_BEFORE.has(tokens[first - 2]?.lower ?? '')) owner = 'none';
    else if (SUBJECT_OWNER.has(w)) owner = 'subject';
    else if (WRITER_OWNER.has(w)) owner = 'writer';
    else if (READER_OWNER.has(w)) owner = 'reader';
    else if (ARTICLE.has(w)) owner = 'article';
    else if (INDEFINITE.has(w)) owner = 'indefinite';
    else if (GROUP_OWNER.has(w)) owner = 'group';
    if (owner !== 'none') first--;
    // "zijn beide ouders", "her two older sisters" keep the possessive before the quantifier.
    if ((w === 'beide' || w === 'both') && SUBJECT_OWNER.has(tokens[first - 1]?.lower ?? '')) first--;
  }
  // "Moeder Teresa", "Father Christmas", "Vader Abraham": a title before a name, not a relative.
  const titled = isCapitalized(tokens[last + 1]);
  if (owner === 'none' && kin.bare && opensClause(text, tokens, first) && !titled) owner = 'bare';
  // "de moeder van cliënt", "the father of the patient", "de vader van Jarne".
  if (owner === 'article' && /^(?:van|of)$/.test(tokens[last + 1]?.lower ?? '')) {
    let k = last + 2;
    if (ARTICLE.has(tokens[k]?.lower ?? '') && SUBJECT_NOUNS.has(tokens[k + 1]?.lower ?? '')) k++;
    const w = tokens[k];
    if (w && (SUBJECT_NOUNS.has(w.lower) || (isCapitalized(w) && !kinNoun(w.lower)))) {
      owner = 'subject';
      last = k;
    }
  }
  return { first, head, last, kin, owner, adjectives };
}

// A friend of the vicar is not family of the vicar.
const FRIENDS = new Set(['vriend', 'vriendin', 'boyfriend', 'girlfriend', 'partner']);
const owned = (p: KinPhrase): boolean => p.owner === 'subject' || p.owner === 'bare';
const CLOSE: ReadonlySet<KinRelation> = new Set(['parent', 'child', 'sibling', 'partner']);

// ---------------------------------------------------------------------------------------------------
// Events in a relative's clause. A closed class of verbs and their fixed phrases: "close" ones (a death)
// say something only of a parent, child, sibling or partner; "any" ones (a violent death, prison, a
// disappearance, being thrown out) of any relative.

type Reach = 'close' | 'any';

const EVENTS: Readonly<Record<Reach, readonly string[]>> = {
  close: [
    'overleed', 'overleden', 'stierf', 'stierven', 'gestorven', 'sterft', 'is dood', 'was dood', 'zijn dood', 'waren dood', 'ging dood', 'gingen dood',
    'kwam te overlijden', 'died', 'dies', 'has died', 'passed away', 'is dead', 'was dead', 'are dead', 'were dead',
    // A remarriage or a divorce, a parent or partner in hospital or seriously ill.
    'is hertrouwd', 'was hertrouwd', 'hertrouwde', 'hertrouwd is', 'is opnieuw getrouwd', 'zijn gescheiden', 'waren gescheiden', 'gescheiden zijn',
    'gingen uit elkaar', 'zijn uit elkaar', 'uit elkaar zijn', 'uit elkaar gingen', 'remarried', 'has remarried', 'got remarried', 'divorced',
    'are divorced', 'got divorced', 'separated', 'are separated', 'split up', 'is opgenomen', 'was opgenomen', 'werd opgenomen', 'opgenomen is',
    'opgenomen werd', 'ligt in het ziekenhuis', 'lag in het ziekenhuis', 'in het ziekenhuis ligt', 'ligt op de intensive care', 'ligt op de ic',
    'is terminaal ziek', 'is ernstig ziek', 'is in hospital', 'was in hospital', 'is in the hospital', 'was in the hospital', 'was hospitalised',
    'was hospitalized', 'is hospitalised', 'is hospitalized', 'was admitted', 'has been admitted', 'was sectioned', 'has been sectioned',
    'is terminally ill', 'is seriously ill', 'is in intensive care',
  ],
  any: [
    'verongelukte', 'verongelukten', 'verongelukt', 'verdronk', 'verdronken', 'omgekomen', 'om het leven', 'pleegde zelfmoord', 'pleegde suïcide',
    'zelfmoord gepleegd', 'suïcide gepleegd', 'beroofde zich van het leven', 'beroofde zichzelf van het leven', 'maakte een einde aan zijn leven',
    'maakte een einde aan haar leven', 'vermoord', 'doodgeschoten', 'doodgestoken', 'doodgereden', 'werd gedood', 'is gedood', 'werd aangereden',
    'is aangereden', 'ligt in coma', 'lag in coma', 'vastzit', 'vastzat', 'vastgezet', 'zit in de gevangenis', 'zat in de gevangenis',
    'zit in de cel', 'zat in de cel', 'zit in de bak', 'zat in de bak', 'zit gevangen', 'zat gevangen', 'zit een straf uit', 'zat een straf uit',
    'is gedetineerd', 'was gedetineerd', 'kreeg {num} jaar cel', 'kreeg {num} jaar celstraf', 'kreeg {num} jaar gevangenisstraf',
    'kreeg {num} maanden cel', 'kreeg levenslang', 'got {num} years', 'got life', 'was given a life sentence', 'werd gearresteerd', 'is gearresteerd', 'werd opgepakt', 'is opgepakt', 'werd veroordeeld',
    'is veroordeeld', 'werd uitgezet', 'is uitgezet', 'werd uitgewezen', 'is uitgewezen', 'is vermist', 'werd vermist', 'wordt vermist',
    'verdween', 'is verdwenen', 'spoorloos', 'zit ondergedoken', 'heeft hem buitengezet', 'heeft haar buitengezet', 'heeft hen buitengezet',
    'zette hem buiten', 'zette haar buiten', 'verliet het gezin', 'heeft het gezin verlaten', 'liet hem in de steek', 'liet haar in de steek',
    'liet hen in de steek', 'ging ervandoor', 'met de noorderzon', 'mishandelde hem', 'mishandelde haar', 'misbruikte hem', 'misbruikte haar',
    'was killed', 'were killed', 'got killed', 'killed himself', 'killed herself', 'took his own life', 'took her own life', 'took their own life',
    'committed suicide', 'died by suicide', 'drowned', 'was murdered', 'were murdered', 'was shot', 'was stabbed', 'was run over', 'overdosed',
    'is in a coma', 'was in a coma', 'is in prison', 'was in prison', 'is in jail', 'was in jail', 'went to prison', 'went to jail',
    'is serving', 'is serving a sentence', 'is serving a prison sentence', 'is serving time', 'is serving life', 'is doing time', 'was jailed', 'was imprisoned', 'is incarcerated', 'was incarcerated', 'was sentenced', 'was convicted',
    'was arrested', 'got arrested', 'was deported', 'was locked up', 'is locked up', 'is behind bars', 'went missing', 'is missing',
    'disappeared', 'vanished', 'walked out', 'left the family', 'abandoned', 'kicked him out', 'kicked her out', 'threw him out', 'threw her out',
    'abused him', 'abused her', 'remains incarcerated', 'remains in prison', 'remains in jail', 'remains in custody', 'is in custody',
    'was in custody', 'is on remand', 'was remanded', 'is onvindbaar', 'met onbekende bestemming', 'whereabouts are unknown',
    'whereabouts unknown', 'verblijfplaats is onbekend', 'verblijfplaats onbekend',
  ],
};

// A verb and the words that complete it later in the clause: "zit al twee jaar vast", "zit sinds 2021 in
// de gevangenis", "kwam vorig jaar om", "is still in prison".
const DETAINED = ['vast', 'in de gevangenis', 'in de cel', 'in de bak', 'gevangen', 'in detentie', 'in voorarrest', 'in hechtenis'];
const SPLIT_TAILS: Readonly<Record<string, readonly string[]>> = {
  zit: DETAINED, zat: DETAINED, zitten: DETAINED, zaten: DETAINED,
  kwam: ['om'], kwamen: ['om'], komt: ['om'],
  ligt: ['in coma', 'in het ziekenhuis', 'op de ic', 'op de intensive care'], lag: ['in coma', 'in het ziekenhuis', 'op de ic', 'op de intensive care'],
  is: ['in prison', 'in jail', 'in a coma', 'behind bars', 'in hospital', 'in custody', 'opgenomen', 'hertrouwd'],
  was: ['in prison', 'in jail', 'in a coma', 'behind bars', 'in hospital', 'in custody', 'opgenomen', 'hertrouwd'],
  werd: ['opgenomen'], remains: ['in prison', 'in jail', 'in custody', 'in hospital', 'incarcerated'],
};
const SPLIT: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = new Map(Object.entries(SPLIT_TAILS).map(([v, tails]) => [v, tails.map((x) => x.split(' '))]));
// Finite verbs that can come before an inverted subject: "Vorig jaar overleed zijn moeder".
const INVERTED = new Set([
  'is', 'was', 'werd', 'wordt', 'zijn', 'waren', 'werden', 'heeft', 'had', 'zit', 'zat', 'zitten', 'zaten', 'kwam', 'kwamen', 'ligt', 'lag', 'ging',
  'overleed', 'overleden', 'stierf', 'stierven', 'verongelukte', 'verongelukten', 'verdronk', 'verdronken', 'pleegde', 'verdween', 'verliet', 'liet',
]);

const EVENT_MATCHER = new PhraseMatcher<Reach>();
for (const reach of ['close', 'any'] as const) for (const p of EVENTS[reach]) EVENT_MATCHER.add(p, reach);

/** The last token of a relative's event in `seq` (tokens after the kin phrase, in order), or undefined. */
function eventIn(seq: readonly Token[], close: boolean): Token | undefined {
  for (let k = 0; k < seq.length; k++) {
    const m = EVENT_MATCHER.longestAt(seq, k);
    if (m && (close || m.value === 'any')) return seq[m.last];
    const tails = SPLIT.get(seq[k]!.lower);
    if (!tails) continue;
    for (let j = k + 1; j < seq.length && j - k <= 6; j++) {
      const tail = tails.find((x) => x.every((word, n) => seq[j + n]?.lower === word));
      if (!tail) continue;
      // "kwam om tien uur", "kwam om te helpen": "om" before a time or an infinitive is not the particle.
      const next = seq[j + 1];
      if (tail[0] === 'om' && tail.length === 1 && next && (next.type === 'number' || parseNumberWord(next.lower) !== undefined || next.lower === 'te' || next.lower === 'het')) {
        if (!(next.lower === 'het' && seq[j + 2]?.lower === 'leven')) break;
      }
      return seq[j + tail.length - 1];
    }
  }
  return undefined;
}

// Adjectives that say what happened to the relative ("zijn overleden vader", "her late husband").
const EVENT_ADJECTIVE: ReadonlyMap<string, Reach> = new Map([
  ['overleden', 'close'], ['late', 'close'], ['deceased', 'close'], ['dead', 'close'], ['gestorven', 'close'],
  ['omgekomen', 'any'], ['verongelukte', 'any'], ['verdronken', 'any'], ['vermoorde', 'any'], ['vermiste', 'any'], ['gedetineerde', 'any'],
  ['verslaafde', 'any'], ['murdered', 'any'], ['missing', 'any'], ['jailed', 'any'], ['incarcerated', 'any'], ['imprisoned', 'any'], ['addicted', 'any'],
]);
// Nouns of a relative's event: "na het overlijden van zijn vader", "her brother's suicide".
const EVENT_NOUN: ReadonlyMap<string, Reach> = new Map([
  ['dood', 'close'], ['overlijden', 'close'], ['verlies', 'close'], ['sterfbed', 'close'], ['death', 'close'], ['loss', 'close'], ['passing', 'close'],
  ['zelfmoord', 'any'], ['zelfdoding', 'any'], ['suïcide', 'any'], ['moord', 'any'], ['arrestatie', 'any'], ['detentie', 'any'], ['uitzetting', 'any'],
  ['verdwijning', 'any'], ['vermissing', 'any'], ['suicide', 'any'], ['murder', 'any'], ['killing', 'any'], ['arrest', 'any'], ['imprisonment', 'any'],
  ['incarceration', 'any'], ['deportation', 'any'], ['disappearance', 'any'],
]);
const reaches = (reach: Reach | undefined, kin: Kin): boolean => reach === 'any' || (reach === 'close' && CLOSE.has(kin.rel));

const LOSE = new Set(['verloor', 'verloren', 'verliest', 'lost', 'loses', 'losing']);
const COPULA = new Set(['is', 'was', 'werd', 'wordt', 'became', 'becomes']);
const WORKS = new Set(['werkt', 'werkte', 'works', 'worked']);
// Homes a relative lives in for care: "in het verpleeghuis", "in a nursing home" (a hospital stay is an event above).
// Where one is admitted for care besides the homes below: "opgenomen in het ziekenhuis", "admitted to hospital".
const ADMITTED_TO = new Set(['ziekenhuis', 'hospital', 'psychiatric', 'ggz', 'afkickkliniek', 'rehab', 'ic', 'icu', 'intensive', 'spoed', 'crisisopvang', 'separeer']);
const PEOPLE = new Set(['mensen', 'jongeren', 'minderjarigen', 'people', 'youngsters', 'minors', 'pupils', 'leerlingen']);
const CARE_HOMES = new Set([
  'verpleeghuis', 'verzorgingshuis', 'woonzorgcentrum', 'wzc', 'rusthuis', 'tehuis', 'hospice', 'psychiatrie', 'instelling', 'zorginstelling', 'kliniek',
  'nursing', 'care', 'institution',
]);
// Arriving, fleeing, growing up: the verbs with which "zonder ouders" tells of a minor on their own.
const ARRIVE = new Set([
  'kwam', 'komt', 'aankwam', 'aankomt', 'aangekomen', 'arriveerde', 'gearriveerd', 'vluchtte', 'gevlucht', 'reisde', 'gereisd', 'opgegroeid',
  'groeide', 'opgroeide', 'arrived', 'arrives', 'came', 'fled', 'travelled', 'traveled', 'grew', 'growing', 'entered', 'reached',
]);
// Relatives as a group, after "bij" or "with": "placed with family", "woont bij familie".
const FAMILY_AT = new Set(['familie', 'familieleden', 'verwanten', 'family', 'relatives', 'kin']);
const PLACED = new Set(['geplaatst', 'ondergebracht', 'opgevangen', 'placed', 'accommodated', 'fostered']);
const PERSONAL = new Set(['hij', 'zij', 'ze', 'he', 'she', 'they', 'hem', 'him', 'her']);
const HAVE_OR_WITH = new Set(['heeft', 'had', 'hebben', 'hadden', 'kreeg', 'has', 'have', 'had', 'met', 'with']);
const AGE_UNITS = new Set(['jaar', 'maanden', 'maand', 'weken', 'years', 'year', 'months', 'month', 'weeks']);
// Words after "zijn dochtertje van vier" that end the phrase: a verb, a conjunction, a preposition.
const AFTER_AGE = new Set([
  'had', 'heeft', 'is', 'was', 'werd', 'wordt', 'zit', 'zat', 'ligt', 'lag', 'gaat', 'ging', 'kwam', 'komt', 'woont', 'speelt', 'speelde', 'en', 'maar',
  'die', 'dat', 'in', 'op', 'bij', 'naar', 'met', 'uit', 'has', 'have', 'and', 'but', 'who', 'that', 'at', 'to', 'with', 'from', 'on',
]);
const APPOSITION_SKIP = new Set(['zelf', 'ook', 'een', 'a', 'an', 'herself', 'himself', 'also', 'now', 'nu', 'inmiddels', 'gepensioneerd', 'retired', 'former', 'voormalig']);
// Raising the subject: "who is raising her", "die hem opvoedt", "voedt haar op", "brings him up".
const RAISE = new Set(['raising', 'raises', 'raised', 'bringing', 'brings', 'opvoedt', 'opvoedde', 'voedt', 'voedde', 'opgevoed', 'grootbrengt']);
const RAISED = new Set(['her', 'him', 'them', 'hem', 'haar', 'hen', 'ze']);
// The relative the services deal with: "is contactpersoon", "is her legal guardian", "has power of attorney".
const CONTACT_VERBS = new Set(['is', 'was', 'werd', 'wordt', 'blijft', 'acts', 'heeft', 'has', 'holds']);
const CONTACT_ROLES = new Set([
  'contactpersoon', 'aanspreekpunt', 'bewindvoerder', 'curator', 'voogd', 'vertegenwoordiger', 'gevolmachtigde', 'guardian', 'appointee', 'attorney', 'next',
]);
// Where a relative lives: a preposition before a named place, a verb of living or moving.
const PLACE_PREP = new Set(['in', 'naar', 'te', 'op', 'to', 'from', 'uit', 'vanuit']);
// Coming from a place: "drove down from Stroud", "kwam over uit Marokko".
const FROM = new Set(['from', 'uit', 'vanuit']);
const TRAVEL = new Set(['drove', 'came', 'flew', 'travelled', 'traveled', 'kwam', 'reed', 'vloog', 'reisde', 'overgevlogen', 'overgekomen']);
const LIVE_AT = new Set([
  ...RESIDENCE_VERBS,
  'zit', 'zat', 'vertrokken', 'vertrok', 'teruggekeerd', 'keerde', 'gevlucht', 'vluchtte', 'achtergebleven', 'bleef', 'is', 'was',
  'returned', 'fled', 'remains', 'remained',
]);
const WORK_VERBS = new Set(['werkt', 'werkte', 'studeert', 'studeerde', 'works', 'worked', 'studies', 'studied', 'visits', 'visited', 'bezoekt', 'bezocht', 'belt', 'calls', 'phoned']);
const ROLE_SKIP = new Set(['een', 'de', 'a', 'an', 'the', 'vroeger', 'ook', 'al', 'jarenlang', 'zelf', 'nog', 'also', 'still', 'once', 'als', 'as', 'van', 'beroep']);

// ---------------------------------------------------------------------------------------------------
// Counts, birth order, only child, twins, living arrangements, care.

const MAX_COUNT = 15;
// Before a count: the subject has them ("heeft vijf kinderen", "haar zes kinderen", "met vier kinderen").
const COUNT_LEAD = new Set(['heeft', 'had', 'hebben', 'hadden', 'kreeg', 'kregen', 'krijgt', 'telt', 'telde', 'has', 'have', 'having', 'zijn', 'haar', 'hun', 'his', 'her', 'their', 'met', 'with']);
const COUNT_FILLER = new Set(['samen', 'nog', 'al', 'wel', 'maar', 'liefst', 'in', 'totaal', 'inmiddels', 'intussen', 'together', 'now', 'already']);
// A count of children in a class or a group, not a family.
const GROUP_NOUNS = new Set([
  'groep', 'groepje', 'klas', 'klasje', 'lokaal', 'zaal', 'bus', 'kamp', 'team', 'afdeling', 'school', 'opvang', 'crèche', 'kamer', 'leefgroep',
  'group', 'class', 'classroom', 'room', 'ward', 'camp', 'team', 'unit', 'school', 'nursery', 'home', 'bus',
]);
const COUNT_ADJECTIVES = new Set(['jonge', 'kleine', 'grote', 'big', 'volwassen', 'eigen', 'thuiswonende', 'oudere', 'jongere', 'young', 'small', 'little', 'grown', 'adult', 'older', 'younger', 'own']);
const BIRTH_ORDER = new Set(['jongste', 'oudste', 'middelste', 'youngest', 'eldest', 'oldest', 'middle']);
// Words that may follow "de jongste van zes" in a family ("en", a verb, "kinderen"); a noun that is not
// kin ("deelnemers", "finalists") makes it a ranking instead.
const AFTER_ORDER = new Set([
  'en', 'and', 'maar', 'but', 'in', 'uit', 'thuis', 'bij', 'at', 'home', 'is', 'was', 'werd', 'heeft', 'had', 'has', 'zijn', 'waren', 'were', 'die',
  'who', 'dat', 'that', 'met', 'with', 'jongens', 'meisjes', 'boys', 'girls', 'kids', 'van', 'of', 'uit',
]);
const PARENT_OF = new Set(['moeder', 'vader', 'mama', 'papa', 'mother', 'father', 'mom', 'mum', 'dad', 'mam']);
const FAMILY_NOUN = new Set(['gezin', 'family', 'huishouden', 'household']);

const LIVE_VERBS = new Set([
  'woont', 'woonde', 'verblijft', 'verbleef', 'logeert', 'logeerde', 'opgegroeid', 'groeide', 'groeit', 'opgevoed', 'grootgebracht', 'geplaatst',
  'ondergebracht', 'ingetrokken', 'trok', 'trekt', 'wonen', 'woonden', 'verblijven', 'verbleven', 'inwonend', 'inwonende',
  'lives', 'lived', 'living', 'live', 'stays', 'stayed', 'staying', 'resides', 'resided', 'moved', 'raised', 'brought', 'placed', 'grew', 'grows',
]);
// Verbs after "bij oma" in a Dutch subordinate or perfect clause: "omdat hij bij zijn oma woont".
const LIVE_AFTER = new Set(['woont', 'woonde', 'wonen', 'verblijft', 'verbleef', 'ingetrokken', 'intrekken', 'opgegroeid', 'opgevoed', 'grootgebracht', 'geplaatst', 'ondergebracht', 'logeert', 'terechtgekomen']);
const PLURAL_LIVE = new Set(['wonen', 'woonden', 'verblijven', 'verbleven', 'live']);
const INFINITIVE_AUX = new Set(['gaan', 'ging', 'gaat', 'te', 'komen', 'kwam', 'komt', 'moet', 'moest', 'mag', 'mocht', 'wil', 'wilde', 'kan', 'kon', 'zal', 'zou', 'to', 'will', 'would', 'can', 'could']);
const THEY = new Set(['ze', 'zij', 'they', 'beiden', 'both', 'allebei']);
// "opgevoed door", "raised by": the preposition of the one who raises; "bij", "with" of the one you live with.
const BY_VERBS = new Set(['opgevoed', 'grootgebracht', 'raised', 'brought']);
const LIVING_WITH: ReadonlySet<KinRelation> = new Set(['grandparent', 'aunt-uncle', 'sibling', 'cousin', 'in-law']);

const CARE_VERBS = new Set(['zorgt', 'zorgde', 'verzorgt', 'verzorgde', 'mantelzorger', 'mantelzorgster', 'cares', 'cared', 'caring', 'carer', 'caregiver', 'looks', 'looked', 'looking']);
const CARE_FOR: ReadonlySet<KinRelation> = new Set(['parent', 'sibling', 'partner', 'grandparent', 'in-law', 'aunt-uncle']);
// A child in need of care ("haar gehandicapte zoon"), not the everyday care of a parent for a child.
const CARE_ADJECTIVES = /^(?:zieke|gehandicapte|ernstig|meervoudig|demente|dementerende|terminale|verlamde|disabled|sick|ill|terminally|severely|autistische)$/;

const TWIN_HEADS = new Set(['', 'broer', 'broertje', 'zus', 'zusje', 'zuster', 'zussen', 'broers', 'zonen', 'zoons', 'dochters', 'zwangerschap', 'moeder', 'baby', 'kinderen']);
const TWIN_AFTER_EN = new Set(['brother', 'brothers', 'sister', 'sisters', 'sons', 'daughters', 'boys', 'girls', 'babies', 'pregnancy', 'siblings', 'son', 'daughter']);
const TWIN_LEAD_EN = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'identical', 'fraternal', 'conjoined', 'of', 'to', 'has', 'had', 'have', 'having', 'are', 'were', 'is', 'was', 'with']);
const CASE_VERBS = new Set(['report', 'reported', 'describe', 'described', 'present', 'presented', 'concerns', 'involving', 'betreft', 'beschrijven']);
const TWIN_ADJ = new Set([
  'eeneiige', 'identieke', 'siamese', 'identical', 'fraternal', 'conjoined', 'monozygotic', 'dizygotic', 'monochorionic', 'dichorionic', 'female', 'male',
]);

// ---------------------------------------------------------------------------------------------------

interface Found {
  first: number;
  last: number;
  construction: Construction;
}

/** The number a token says ("4", "vier", "eenentwintig"); the cheap tests first, as this runs at every token. */
function number(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  if (t.type === 'number') return t.text.length <= 3 ? Number(t.text) : undefined;
  const w = t.lower;
  return t.type === 'word' && (NUMBER_WORDS.has(w) || (w.length > 8 && w.endsWith('tig'))) ? parseNumberWord(w) : undefined;
}

/** A plural child or sibling noun at i, with what it counts ("kinderen" → child, "zussen" → sibling). */
function countedKin(tokens: readonly Token[], i: number): [last: number, rel: KinRelation] | undefined {
  let k = i;
  for (let n = 0; n < 2 && COUNT_ADJECTIVES.has(tokens[k]?.lower ?? ''); n++) k++;
  const kin = tokens[k] ? kinNoun(tokens[k]!.lower) : undefined;
  if (!kin || !kin.plural || (kin.rel !== 'child' && kin.rel !== 'sibling')) return undefined;
  // "broers en zussen", "brothers and sisters".
  const also = tokens[k + 2] ? kinNoun(tokens[k + 2]!.lower) : undefined;
  if (/^(?:en|and|of|or)$/.test(tokens[k + 1]?.lower ?? '') && also?.plural && also.rel === kin.rel) k += 2;
  return [k, kin.rel];
}

/** "in de klas", "uit groep 5", "at the school" right after a count: a group of children, not a family. */
function groupAfter(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  if (!/^(?:in|uit|van|op|from|in|at|of|per)$/.test(tokens[k]?.lower ?? '')) return false;
  k++;
  if (/^(?:de|het|the|zijn|haar|hun|his|her|their|deze|this)$/.test(tokens[k]?.lower ?? '')) k++;
  return GROUP_NOUNS.has(tokens[k]?.lower ?? '');
}

// Words that open one of the constructions below (their first tests, all on the word itself): every other
// word is passed over at once. Each word's answer is worked out once.
const OPENERS = new Set(['enig', 'enigst', 'enigste', 'enige', 'only', 'geen', 'no', 'twin', 'twins', 'bij', 'with', 'door', 'by', 'verblijfplaats', 'whereabouts', 'zonder', 'without']);
const OPENS = new WordAnswers(
  (w, t) =>
    number(t) !== undefined || OPENERS.has(w) || FAMILY_NOUN.has(w) || BIRTH_ORDER.has(w) || ORDINAL_WORDS.has(w) || w.startsWith('tweeling') ||
    CARE_VERBS.has(w) || LOSE.has(w) || EVENT_NOUN.has(w) || kinNoun(w) !== undefined,
);

function createKinshipDetector(lexicon: Lexicon): Detector {
  const isRole = roleLength(lexicon);

  return {
    id: 'kinship',
    detect({ text, tokens }: DetectContext): Detection[] {
      const found: Found[] = [];
      const add = (first: number, last: number, construction: Construction) => found.push({ first, last, construction });
      const words = wordNumbers(tokens);

      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (t.type === 'punct' || (t.type === 'word' && !OPENS.at(tokens, words, i))) continue;
        const w = t.lower;

        // --- a count: "vier kinderen", "zes broers en zussen", "twee zonen en twee dochters".
        const n = number(t);
        if (n !== undefined && n >= 3 && n <= MAX_COUNT) {
          const counted = countedKin(tokens, i + 1);
          if (counted) {
            let [last, rel] = counted;
            let total = n;
            const more = number(tokens[last + 2]);
            const then = /^(?:en|and)$/.test(tokens[last + 1]?.lower ?? '') && more !== undefined ? countedKin(tokens, last + 3) : undefined;
            if (then && then[1] === rel) {
              total += more!;
              last = then[0];
            }
            const large = rel === 'child' ? total >= 4 : total >= 3;
            if (large && hasCountLead(tokens, i) && !groupAfter(tokens, last) && !aboutWriter(tokens, i)) add(i, last, 'family-size');
            else if (!large) smallCount(i, last);
          }
        } else if (n === 2) {
          const counted = countedKin(tokens, i + 1);
          if (counted) smallCount(i, counted[0]);
        }
        if (n !== undefined && n >= 1 && n <= 2) {
          // "twee zonen en twee dochters": the sum makes the family large.
          const counted = countedKin(tokens, i + 1);
          const more = counted ? number(tokens[counted[0] + 2]) : undefined;
          if (counted && more !== undefined && /^(?:en|and)$/.test(tokens[counted[0] + 1]?.lower ?? '')) {
            const then = countedKin(tokens, counted[0] + 3);
            if (then && then[1] === counted[1] && n + more >= (counted[1] === 'child' ? 4 : 3) && hasCountLead(tokens, i) && !aboutWriter(tokens, i)) {
              add(i, then[0], 'family-size');
            }
          }
        }

        // --- "gezin van zeven", "a family of eleven", "uit een gezin met zes kinderen".
        // "In een gezin van zes ..." at the start of a clause is a general statement.
        // (Asked at a family noun only, not at every word.)
        const generalFamily = () => INDEFINITE.has(tokens[i - 1]?.lower ?? '') && opensClause(text, tokens, i - 2) && /^(?:in|bij|voor|for|within)$/.test(tokens[i - 2]?.lower ?? '');
        if (FAMILY_NOUN.has(w) && !generalFamily() && /^(?:van|of|met|with)$/.test(tokens[i + 1]?.lower ?? '')) {
          const m = number(tokens[i + 2]);
          if (m !== undefined && m <= MAX_COUNT + 2) {
            const counted = countedKin(tokens, i + 3);
            if (counted && counted[1] === 'child' ? m >= 4 : !counted && m >= 6) {
              if (!aboutWriter(tokens, i) && !WRITER_OWNER.has(tokens[i - 1]?.lower ?? '')) add(i, counted ? counted[0] : i + 2, 'family-size');
            }
          }
        }

        // --- birth order: "jongste van zes", "oudste van vijf kinderen", "het derde kind van zeven".
        const ordinal = ORDINAL_WORDS.get(w);
        if (BIRTH_ORDER.has(w) || ordinal !== undefined) {
          let k = i + 1;
          const kinAfter = tokens[k] ? kinNoun(tokens[k]!.lower) : undefined;
          if (kinAfter && !kinAfter.plural && (kinAfter.rel === 'child' || kinAfter.rel === 'sibling')) k++;
          if (/^(?:van|uit|of|from)$/.test(tokens[k]?.lower ?? '')) {
            k++;
            let article = false;
            if (/^(?:de|the)$/.test(tokens[k]?.lower ?? '')) {
              article = true;
              k++;
            }
            if (/^(?:een|a)$/.test(tokens[k]?.lower ?? '') && FAMILY_NOUN.has(tokens[k + 1]?.lower ?? '') && /^(?:van|of)$/.test(tokens[k + 2]?.lower ?? '')) k += 3;
            const m = number(tokens[k]);
            if (m !== undefined && m >= 3 && m <= MAX_COUNT) {
              const counted = countedKin(tokens, k + 1);
              const next = tokens[k + 1];
              const familyNext = !next || next.type === 'punct' || AFTER_ORDER.has(next.lower) || next.type === 'number';
              const ok = counted ? true : !article && familyNext && (ordinal === undefined || kinAfter !== undefined);
              if (ok && !aboutWriter(tokens, i)) add(i, counted ? counted[0] : k, 'birth-order');
            }
          }
        }

        // --- only child: "enig kind", "hun enige dochter", "an only child", "heeft geen broers of zussen".
        if (w === 'enig' || w === 'enigst' || w === 'enigste') {
          if (/^(?:kind|kindje)$/.test(tokens[i + 1]?.lower ?? '') && !aboutWriter(tokens, i) && !WRITER_OWNER.has(tokens[i - 1]?.lower ?? '')) add(i, i + 1, 'only-child');
        } else if (w === 'enige' || w === 'only') {
          const kin = tokens[i + 1] ? kinNoun(tokens[i + 1]!.lower) : undefined;
          if (kin && !kin.plural && kin.rel === 'child') {
            const lead = tokens[i - 1]?.lower ?? '';
            const of = /^(?:van|of)$/.test(tokens[i + 2]?.lower ?? '');
            const after = tokens[i + 3];
            const ofFamily = of && !!after && (SUBJECT_OWNER.has(after.lower) || !!kinNoun(after.lower) || (isCapitalized(after) && !GROUP_NOUNS.has(after.lower)));
            const end = tokens[i + 2];
            const closes = !end || end.type === 'punct' || /^(?:en|and|is|was)$/.test(end.lower);
            const ok =
              SUBJECT_OWNER.has(lead) || (w === 'enige' && /^(?:is|was|als)$/.test(lead)) ? true
              : INDEFINITE.has(lead) ? w === 'only'
              : lead === 'het' || lead === 'de' || lead === 'the' ? ofFamily || (w === 'only' && closes)
              : false;
            if (ok && !aboutWriter(tokens, i)) add(i, i + 1, 'only-child');
          }
        } else if ((w === 'geen' || w === 'no') && /^(?:heeft|had|has|have|zonder)$/.test(tokens[i - 1]?.lower ?? '')) {
          const counted = countedKin(tokens, i + 1);
          if (counted && counted[1] === 'sibling' && !aboutWriter(tokens, i)) add(i, counted[0], 'only-child');
        }

        // --- twins.
        if (w.startsWith('tweeling')) {
          const rest = w.slice('tweeling'.length);
          const plural = rest === 'en';
          const lead = tokens[i - 1]?.lower ?? '';
          const generic = lead === 'bij' || (lead === 'een' && tokens[i - 2]?.lower === 'bij') || (plural && !SUBJECT_OWNER.has(lead));
          if ((TWIN_HEADS.has(rest) || plural) && !generic && !WRITER_OWNER.has(lead) && !aboutWriter(tokens, i)) {
            let first = i;
            if (TWIN_ADJ.has(lead) || (lead === 'eiige' && tokens[i - 2]?.text === '-')) first = lead === 'eiige' ? i - 3 : i - 1;
            add(first, i, 'twin');
          }
        } else if (w === 'twin' || w === 'twins') {
          // "monozygotic female twins": adjectives of twins before the noun, at most two.
          let adj = i;
          while (adj > i - 2 && TWIN_ADJ.has(tokens[adj - 1]?.lower ?? '')) adj--;
          const lead = tokens[i - 1]?.lower ?? '';
          // Before the adjectives: a determiner, a verb that has them ("are", "has"), or a case report's "we report".
          const before = tokens[adj - 1]?.lower ?? '';
          const led = adj < i ? TWIN_LEAD_EN.has(before) || CASE_VERBS.has(before) : TWIN_LEAD_EN.has(lead);
          const next = tokens[i + 1]?.lower ?? '';
          const mid = isCapitalized(t) && !opensClause(text, tokens, i);
          const person = TWIN_AFTER_EN.has(next);
          // "a twin room", "twin towers", "twins research": a compound of things, not a person.
          const nounNext = w === 'twin'
            ? tokens[i + 1]?.type === 'word' && !person && !/^(?:and|or|but|who|is|was|are|were|has|had|have|in|at|of|with|from|to|on|for|born|since)$/.test(next)
            : /^(?:study|studies|research|registry|register|data|cohort|cohorts)$/.test(next);
          // "a mother of twins", not "parents of twins" in general.
          const ofWhom = lead === 'of' ? kinNoun(tokens[i - 2]?.lower ?? '') : undefined;
          const generic = lead === 'of' && (!ofWhom || ofWhom.plural);
          if (!mid && !generic && (led || person) && !nounNext && !WRITER_OWNER.has(lead) && (CASE_VERBS.has(before) || !aboutWriter(tokens, i))) {
            add(adj, person ? i + 1 : i, 'twin');
          }
        }

        // --- living with a relative: "woont bij oma", "lives with her grandparents", "raised by an aunt".
        if (w === 'bij' || w === 'with' || w === 'door' || w === 'by') {
          let k = i + 1;
          while (k < i + 4 && tokens[k] && !kinNoun(tokens[k]!.lower)) k++;
          const p = tokens[k] ? kinPhraseAt(text, tokens, k) : undefined;
          if (p && p.first === i + 1 && LIVING_WITH.has(p.kin.rel) && p.owner !== 'writer' && p.owner !== 'reader' && p.owner !== 'group') {
            let last = p.last;
            // "bij opa en oma", "with her aunt and uncle".
            const other = tokens[last + 2] ? kinNoun(tokens[last + 2]!.lower) : undefined;
            if (/^(?:en|and)$/.test(tokens[last + 1]?.lower ?? '') && other) last += 2;
            const by = w === 'door' || w === 'by';
            let verb = -1;
            for (let v = i - 1; v >= 0 && i - v <= 8 && !opensClause(text, tokens, v + 1, false); v--) {
              if (LIVE_VERBS.has(tokens[v]!.lower) && (!by || BY_VERBS.has(tokens[v]!.lower))) {
                verb = v;
                break;
              }
            }
            // "bring up": "brought up by".
            if (verb >= 0 && tokens[verb]!.lower === 'brought' && tokens[verb + 1]?.lower !== 'up') verb = -1;
            let after = -1;
            if (verb < 0 && !by) {
              for (let v = last + 1; v < tokens.length && v - last <= 3 && tokens[v]!.type === 'word'; v++) {
                if (LIVE_AFTER.has(tokens[v]!.lower) || (tokens[v]!.lower === 'gaan' && tokens[v + 1]?.lower === 'wonen')) {
                  after = tokens[v]!.lower === 'gaan' ? v + 1 : v;
                  break;
                }
              }
            }
            // "Kinderen die bij hun grootouders wonen": a plural verb needs a pronoun ("omdat ze bij oma wonen").
            const at = verb >= 0 ? verb : after;
            // "ging hij bij zijn oom wonen", "moet bij oma gaan wonen": an infinitive, not a plural.
            const infinitive = at >= 0 && tokens.slice(Math.max(0, Math.min(at, i) - 3), at).some((x) => INFINITIVE_AUX.has(x.lower));
            const plural = at >= 0 && PLURAL_LIVE.has(tokens[at]!.lower) && !infinitive;
            const they = plural && tokens.slice(Math.max(0, Math.min(at, i) - 6), Math.min(at, i)).some((x) => THEY.has(x.lower));
            if (at >= 0 && (!plural || they)) {
              if (!(p.owner !== 'subject' && aboutWriter(tokens, i))) {
                if (after >= 0) add(i, after, 'living-with');
                else add(i - verb <= 3 ? verb : i, last, 'living-with');
              }
            }
          }
        }

        // --- caring for a relative: "zorgt al twintig jaar voor haar zus", "mantelzorger van haar vader".
        if (CARE_VERBS.has(w)) {
          const end = clauseEnd(text, tokens, i, 8, false);
          for (let k = i + 1; k <= end; k++) {
            const prep = tokens[k]!.lower;
            const isPrep = prep === 'voor' || prep === 'for' || ((w === 'mantelzorger' || w === 'mantelzorgster') && prep === 'van') || (/^look/.test(w) && prep === 'after');
            if (!isPrep && !(w.startsWith('verzorg') && k === i + 1)) continue;
            let h = isPrep ? k + 1 : k;
            while (h < k + 4 && tokens[h] && !kinNoun(tokens[h]!.lower)) h++;
            const p = tokens[h] ? kinPhraseAt(text, tokens, h) : undefined;
            if (p && p.first === (isPrep ? k + 1 : k) && (p.owner === 'subject' || p.owner === 'bare' || (p.owner === 'none' && p.kin.bare))) {
              const needy = p.adjectives.some((a) => CARE_ADJECTIVES.test(a));
              // Caring for a partner is everyday life unless the partner needs care or the word says so.
              const carerWord = w.startsWith('mantelzorg') || w === 'carer' || w === 'caregiver';
              if ((CARE_FOR.has(p.kin.rel) && (p.kin.rel !== 'partner' || carerWord)) || needy) {
                let first = i;
                // "full-time carer", "fulltime mantelzorger".
                if (tokens[i - 1]?.lower === 'time' && tokens[i - 2]?.text === '-' && tokens[i - 3]?.lower === 'full') first = i - 3;
                if (!aboutWriter(tokens, i) || p.owner === 'subject') add(first, p.last, 'carer');
              }
            }
            break;
          }
        }

        // --- losing a relative: "verloor op jonge leeftijd haar vader", "lost both parents".
        if (LOSE.has(w) && w !== 'verloren') {
          const end = clauseEnd(text, tokens, i, 5, false);
          for (let k = i + 1; k <= end; k++) {
            const p = kinNoun(tokens[k]!.lower) ? kinPhraseAt(text, tokens, k) : undefined;
            if (!p) continue;
            if (p.owner === 'subject' && CLOSE.has(p.kin.rel) && p.first > i) add(i, p.last, 'relative-circumstance');
            break;
          }
        }

        // --- "de verblijfplaats van vader is onbekend", "the whereabouts of her father are unknown".
        if ((w === 'verblijfplaats' || w === 'whereabouts') && /^(?:van|of)$/.test(tokens[i + 1]?.lower ?? '')) {
          let k = i + 2;
          while (k < i + 5 && tokens[k] && !kinNoun(tokens[k]!.lower)) k++;
          const p = tokens[k] ? kinPhraseAt(text, tokens, k) : undefined;
          if (p && p.first === i + 2 && (p.owner === 'subject' || (p.owner === 'none' && p.kin.bare))) {
            const end = clauseEnd(text, tokens, p.last, 6);
            for (let u = p.last + 1; u <= end; u++) {
              if (tokens[u]!.lower === 'onbekend' || tokens[u]!.lower === 'unknown') {
                add(i, u, 'relative-circumstance');
                break;
              }
            }
          }
        }

        // --- "kwam zonder ouders naar Nederland", "arrived without her parents": a minor on their own.
        if ((w === 'zonder' || w === 'without') && !aboutWriter(tokens, i)) {
          let k = i + 1;
          if (SUBJECT_OWNER.has(tokens[k]?.lower ?? '') && tokens[k]!.lower !== 'beide' && tokens[k]!.lower !== 'both') k++;
          const kin = tokens[k] ? kinNoun(tokens[k]!.lower) : undefined;
          if (kin && kin.rel === 'parent' && kin.plural && unaccompanied(i, k)) add(i, k, 'relative-circumstance');
        }

        // --- "placed with family", "geplaatst bij familie", "woont bij familie": living with relatives.
        if ((w === 'bij' || w === 'with') && FAMILY_AT.has(tokens[i + 1]?.lower ?? '') && !groupBefore(i)) {
          for (let v = i - 1; v >= 0 && i - v <= 4 && !opensClause(text, tokens, v + 1, false); v--) {
            const verb = tokens[v]!.lower;
            if (PLACED.has(verb) || (LIVE_VERBS.has(verb) && !BY_VERBS.has(verb))) {
              if (!aboutWriter(tokens, i)) add(v, i + 1, 'living-with');
              break;
            }
          }
          // "is bij familie geplaatst", "omdat ze bij familie woont".
          const after = tokens[i + 2]?.lower ?? '';
          if (PLACED.has(after) || LIVE_AFTER.has(after)) {
            if (!aboutWriter(tokens, i)) add(i, i + 2, 'living-with');
          }
        }

        // --- a relative's event by its noun: "het overlijden van zijn vader", "the suicide of her brother".
        const reach = EVENT_NOUN.get(w);
        if (reach && /^(?:van|of|op)$/.test(tokens[i + 1]?.lower ?? '')) {
          let k = i + 2;
          while (k < i + 5 && tokens[k] && !kinNoun(tokens[k]!.lower)) k++;
          const p = tokens[k] ? kinPhraseAt(text, tokens, k) : undefined;
          if (p && p.first === i + 2 && p.owner === 'subject' && reaches(reach, p.kin)) add(i, p.last, 'relative-circumstance');
        }

        // --- a kin noun: the relative's clause, its adjectives, its role; a parent's count.
        const kin = t.type === 'word' ? kinNoun(w) : undefined;
        if (kin) {
          const p = kinPhraseAt(text, tokens, i);
          if (!p || p.head !== i) continue;
          kinPhrase(p);
          kinOfRole(p);
        }
      }

      /**
       * "twee grote zussen", "two big brothers", "twee zusjes": a small count that the family list has no row
       * for, as an adjective or a diminutive stands between the count and the noun.
       */
      function smallCount(i: number, last: number): void {
        if (lexicon.family().longestAt(tokens, i, { isRole })) return;
        if (hasCountLead(tokens, i) && !groupAfter(tokens, last) && !aboutWriter(tokens, i)) add(i, last, 'kin-count');
      }

      function kinPhrase(p: KinPhrase): void {
        const { kin } = p;
        // "moeder van vier", "father of six", "vader van zes jonge kinderen".
        if (PARENT_OF.has(tokens[p.head]!.lower) && /^(?:van|of)$/.test(tokens[p.last + 1]?.lower ?? '') && p.owner !== 'writer' && p.owner !== 'group') {
          const m = number(tokens[p.last + 2]);
          if (m !== undefined && m >= 4 && m <= MAX_COUNT) {
            const counted = countedKin(tokens, p.last + 3);
            const nextIsOther = tokens[p.last + 3]?.type === 'word' && !counted && !AFTER_ORDER.has(tokens[p.last + 3]!.lower);
            if ((!counted || counted[1] === 'child') && !nextIsOther && !aboutWriter(tokens, p.head)) add(p.head, counted ? counted[0] : p.last + 2, 'family-size');
          }
        }
        // "zijn dochtertje van vier", "haar zoon van drie jaar", "her son, aged four": a young child's age.
        if (kin.rel === 'child' && !kin.plural && p.owner === 'indefinite' && HAVE_OR_WITH.has(tokens[p.first - 1]?.lower ?? '')) {
          const age = childAge(p.last);
          if (age >= 0 && !aboutWriter(tokens, p.head)) {
            add(p.first, age, 'relative-detail');
            return;
          }
        }
        // "Ze heeft een broer die vastzit", "She has a brother who is in prison".
        if (p.owner === 'indefinite' && HAVE.has(tokens[p.first - 1]?.lower ?? '') && /^(?:die|dat|who|that)$/.test(tokens[p.last + 1]?.lower ?? '')) {
          const e = eventIn(tokens.slice(p.last + 2, clauseEnd(text, tokens, p.last + 2, 10) + 1), CLOSE.has(kin.rel));
          if (e) add(p.first, e.index, 'relative-circumstance');
          return;
        }
        if (!owned(p)) return;
        const start = p.first;
        // "zijn overleden vader", "her late husband", "wijlen haar man".
        const adjective = p.adjectives.find((a) => reaches(EVENT_ADJECTIVE.get(a), kin));
        if (adjective && p.owner === 'subject') {
          add(tokens[start - 1]?.lower === 'wijlen' ? start - 1 : start, p.last, 'relative-circumstance');
          return;
        }
        if (p.owner === 'subject' && tokens[start - 1]?.lower === 'wijlen' && CLOSE.has(kin.rel)) {
          add(start - 1, p.last, 'relative-circumstance');
          return;
        }
        // "His father, a fisherman, drowned": the clause goes on after an apposition.
        let from = p.last;
        if (tokens[from + 1]?.text === ',') {
          for (let k = from + 2; k < tokens.length && k - from <= 6; k++) {
            if (tokens[k]!.text === ',') {
              from = k;
              break;
            }
            if (tokens[k]!.type === 'punct') break;
          }
        }
        const end = clauseEnd(text, tokens, from === p.last ? p.last : from + 1, 10);
        // "zijn vaders dood", "her brother's suicide".
        let g = p.last + 1;
        if (tokens[g]?.text === "'" || tokens[g]?.text === '’') g += tokens[g + 1]?.lower === 's' ? 2 : 1;
        const genitive = g > p.last + 1 || tokens[p.head]!.lower.endsWith('s');
        if (genitive && p.owner === 'subject' && reaches(EVENT_NOUN.get(tokens[g]?.lower ?? ''), kin)) {
          add(start, g, 'relative-circumstance');
          return;
        }
        // "heeft vorig jaar zijn vrouw verloren".
        for (let k = p.last + 1; k <= Math.min(end, p.last + 2); k++) {
          if (tokens[k]!.lower === 'verloren' && p.owner === 'subject' && CLOSE.has(kin.rel)) {
            add(start, k, 'relative-circumstance');
            return;
          }
        }
        const subjectOfClause = opensClause(text, tokens, start) || /^(?:ook|also|zelfs|even)$/.test(tokens[start - 1]?.lower ?? '');
        const close = CLOSE.has(kin.rel);
        if (subjectOfClause) {
          const e = eventIn(tokens.slice(from === p.last ? p.last + 1 : from + 1, end + 1), close);
          if (e && !admittedElsewhere(e.index)) {
            add(start, e.index, 'relative-circumstance');
            return;
          }
          // "sinds zijn vrouw in het verpleeghuis zit", "her mother lives in a care home".
          const home = careHome(p.last + 1, end);
          if (home >= 0) {
            add(start, home, 'relative-circumstance');
            return;
          }
          // "haar vader is bakker", "his mother works as a cleaner".
          const role = relativesRole(p.last + 1, clauseEnd(text, tokens, p.last, 8, false));
          if (role >= 0) {
            add(start, role, 'relative-circumstance');
            return;
          }
        }
        if (subjectOfClause || p.owner === 'subject') {
          const age = kin.rel === 'child' && !kin.plural ? childAge(p.last) : -1;
          if (age >= 0) {
            add(start, age, 'relative-detail');
            return;
          }
          // "Haar dochter, zelf huisarts, ...": a role in an apposition.
          const appos = appositionRole(p.last);
          if (appos >= 0) {
            add(start, appos, 'relative-circumstance');
            return;
          }
          // "Her grandmother, who is raising her, ...", "oma, die hem opvoedt": living with the relative who raises.
          const raised = LIVING_WITH.has(kin.rel) ? raising(p.last + 1) : -1;
          if (raised >= 0) {
            add(start, raised, 'living-with');
            return;
          }
        }
        if (subjectOfClause) {
          const detailEnd = clauseEnd(text, tokens, p.last, 10);
          // "Zijn zus is contactpersoon", "her son has power of attorney": the relative the services deal with.
          // "Zijn broer woont in Spanje", "daughter in Canada", "his sister in Leeds": where the relative lives.
          // "She and her son moved to Leeds": the relative moves with the subject, the place is theirs.
          const together = /^(?:en|and)$/.test(tokens[start - 1]?.lower ?? '') && PERSONAL.has(tokens[start - 2]?.lower ?? '');
          // A word of the family list ("halfbroertje", "stiefmoeder") says more than where the relative lives: it is left to that rule.
          const listed = !!lexicon.family().longestAt(tokens, p.head, { isRole });
          if (!together && !listed && !FRIENDS.has(tokens[p.head]!.lower) && (contactRole(p.last + 1, detailEnd) || livesAt(p.last + 1, detailEnd))) {
            add(start, p.last, 'relative-detail');
            return;
          }
        }
        // "Vorig jaar overleed zijn moeder", "Sinds maart zit haar vader vast".
        const verb = tokens[start - 1];
        if (verb && INVERTED.has(verb.lower) && p.owner === 'subject') {
          const e = eventIn([verb, ...tokens.slice(p.last + 1, end + 1)], close);
          if (e && !admittedElsewhere(e.index)) {
            add(start - 1, Math.max(e.index, p.last), 'relative-circumstance');
            return;
          }
        }
      }

      /** A care home or hospital the relative lives or stays in, from k to end: the last token of the phrase (or its verb), or -1. */
      function careHome(k: number, end: number): number {
        let place = -1;
        let verbBefore = false;
        let verbAfter = -1;
        for (let j = k; j <= end; j++) {
          const w = tokens[j]!.lower;
          if (WORK_VERBS.has(w)) return -1;
          const isVerb = LIVE_AT.has(w) || w === 'ligt' || w === 'lag' || w === 'opgenomen';
          if (place < 0) {
            if (isVerb) verbBefore = true;
            if (!/^(?:in|into|naar)$/.test(w)) continue;
            let h = j + 1;
            if (/^(?:het|een|de|a|the)$/.test(tokens[h]?.lower ?? '')) h++;
            const noun = tokens[h]?.lower ?? '';
            if (CARE_HOMES.has(noun)) place = noun === 'nursing' || noun === 'care' ? (tokens[h + 1]?.lower === 'home' ? h + 1 : -1) : h;
            if (place >= 0) j = place;
          } else if (isVerb && verbAfter < 0) verbAfter = j;
        }
        if (place < 0) return -1;
        // "in het verpleeghuis zit": the verb closes the span when it follows the place.
        if (verbAfter >= 0 && verbAfter - place <= 2) return verbAfter;
        return verbBefore ? place : -1;
      }

      /** "Veel kinderen wonen bij familie", "children placed with family": a group earlier in the clause of token i. */
      function groupBefore(i: number): boolean {
        const [first] = clauseAround(tokens, i, 8);
        for (let k = first; k < i; k++) {
          const w = tokens[k]!.lower;
          if (GROUP_OWNER.has(w) || PEOPLE.has(w) || (kinNoun(w)?.plural ?? false)) return true;
        }
        return false;
      }

      /** "opgenomen in de vereniging", "admitted to the bar": taken into something other than care, after token e. */
      function admittedElsewhere(e: number): boolean {
        const w = tokens[e]!.lower;
        if (w !== 'opgenomen' && w !== 'admitted') return false;
        let k = e + 1;
        if (!/^(?:in|into|to|tot|als|as)$/.test(tokens[k]?.lower ?? '')) return false;
        if (/^(?:als|as)$/.test(tokens[k]!.lower)) return true;
        k++;
        if (/^(?:de|het|een|the|a|an)$/.test(tokens[k]?.lower ?? '')) k++;
        const t = tokens[k];
        return !!t && t.type === 'word' && !isCapitalized(t) && !CARE_HOMES.has(t.lower) && !ADMITTED_TO.has(t.lower);
      }

      /** "zonder ouders" from i to k comes with the subject's arrival, flight or upbringing in the clause. */
      function unaccompanied(i: number, k: number): boolean {
        const [first, last] = clauseAround(tokens, i, 8);
        for (let v = first; v <= last; v++) if (v !== i && v !== k && ARRIVE.has(tokens[v]!.lower)) return true;
        return false;
      }

      /** "van vier", "van drie jaar", ", aged four", "aged 3": the last token of a child's age after `last`, or -1. */
      function childAge(last: number): number {
        let k = last + 1;
        if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'aged') k++;
        const lead = tokens[k]?.lower ?? '';
        if (lead !== 'van' && lead !== 'aged' && !(lead === 'of' && tokens[last]!.lower !== 'mother')) return -1;
        const m = number(tokens[k + 1]);
        if (m === undefined || m < 1 || m > 17) return -1;
        const after = tokens[k + 2];
        if (after && AGE_UNITS.has(after.lower)) return tokens[k + 3]?.lower === 'oud' || tokens[k + 3]?.lower === 'old' ? k + 3 : k + 2;
        // "dochter van vier kinderen" is no age; a count of anything else neither.
        if (after && after.type === 'word' && !AFTER_AGE.has(after.lower)) return -1;
        return k + 1;
      }

      /** "Haar dochter, zelf huisarts": the last token of a role in an apposition after the kin phrase ending at `last`, or -1. */
      function appositionRole(last: number): number {
        if (tokens[last + 1]?.text !== ',') return -1;
        for (let r = last + 2; r < tokens.length && r - last <= 5; r++) {
          const len = isRole(tokens, r);
          if (len > 0) return r + len - 1;
          if (!APPOSITION_SKIP.has(tokens[r]!.lower)) return -1;
        }
        return -1;
      }

      /** "who is raising her", "die haar opvoedt", "voedt hem op": the last token of raising the subject from k, or -1. */
      function raising(k: number): number {
        if (tokens[k]?.text === ',') k++;
        if (/^(?:who|that|die)$/.test(tokens[k]?.lower ?? '')) k++;
        for (let r = k; r < tokens.length && r - k <= 4; r++) {
          const t = tokens[r]!;
          if (t.type === 'punct') return -1;
          if (!RAISE.has(t.lower)) continue;
          const before = tokens[r - 1]?.lower ?? '';
          const after = tokens[r + 1]?.lower ?? '';
          // The subject is the one raised: an object pronoun next to the verb.
          if (RAISED.has(after)) return r + 1 + (tokens[r + 2]?.lower === 'op' ? 1 : 0);
          if (RAISED.has(before) || (after === 'up' && RAISED.has(tokens[r + 2]?.lower ?? ''))) return after === 'up' ? r + 2 : r;
          return -1;
        }
        return -1;
      }

      /** The clause from k makes the relative the contact, the guardian or the representative. */
      function contactRole(k: number, end: number): boolean {
        if (!CONTACT_VERBS.has(tokens[k]?.lower ?? '')) return false;
        for (let r = k + 1; r <= end && r - k <= 5; r++) {
          const w = tokens[r]!.lower;
          if (w === 'next') return tokens[r + 1]?.lower === 'of' && tokens[r + 2]?.lower === 'kin';
          // "contactpersoon van de vereniging": a role of the relative's own, not for the subject.
          if (CONTACT_ROLES.has(w)) return !(/^(?:van|bij|of|at|for)$/.test(tokens[r + 1]?.lower ?? '') && /^(?:de|het|een|the|a|an)$/.test(tokens[r + 2]?.lower ?? ''));
          if (tokens[r]!.type !== 'word') return false;
        }
        return false;
      }

      /** A named place or country at k (after an optional article): its last token, or -1. */
      function namedPlace(k: number): number {
        if (/^(?:de|het|the)$/.test(tokens[k]?.lower ?? '') && isCapitalized(tokens[k + 1])) k++;
        if (!isCapitalized(tokens[k])) return -1;
        const m = lexicon.places().matcher.longestAt(tokens, k) ?? lexicon.nationalities().matcher.longestAt(tokens, k);
        return m ? m.last : -1;
      }

      /**
       * Where the relative lives, from k to end: "woont in Spanje", "naar Australië is verhuisd", "zit nog in
       * Libië", "lives in Leeds", or right after the noun in a note ("dochter in Canada").
       */
      function livesAt(k: number, end: number): boolean {
        let verb = false;
        let travel = false;
        for (let j = k; j <= end && j - k <= 8; j++) {
          const w = tokens[j]!.lower;
          if (!PLACE_PREP.has(w)) {
            if (WORK_VERBS.has(w)) return false;
            if (LIVE_AT.has(w)) verb = true;
            if (TRAVEL.has(w)) travel = true;
            continue;
          }
          const place = namedPlace(j + 1);
          if (place < 0) continue;
          // "dochter in Canada": a note without a verb.
          if (j === k && w === 'in') return true;
          // "drove down from Stroud"; not where someone or something comes from ("is from Leeds").
          if (FROM.has(w)) return travel;
          if (verb) return true;
          // "naar Spanje is verhuisd", "in Rotterdam woont": the verb after the place.
          for (let v = place + 1; v <= place + 3 && v <= end; v++) if (LIVE_AT.has(tokens[v]!.lower)) return true;
          return false;
        }
        return false;
      }

      /** The last token of a role after a copula ("is bakker", "works as a cleaner") from k, or -1. */
      function relativesRole(k: number, end: number): number {
        const w = tokens[k]?.lower ?? '';
        if (!COPULA.has(w) && !(WORKS.has(w) && /^(?:als|as)$/.test(tokens[k + 1]?.lower ?? ''))) return -1;
        for (let r = k + 1; r <= end && r - k <= 4; r++) {
          const len = isRole(tokens, r);
          if (len > 0) return r + len - 1;
          if (!ROLE_SKIP.has(tokens[r]!.lower) && !isAdjective(tokens[r])) return -1;
        }
        return -1;
      }

      /**
       * Kin of a role: "dochter van die bekende bakker", "the son of a fisherman". The family list has
       * sourced shares for its forms ("dochter van de plaatselijke notaris"): those are left to it.
       */
      function kinOfRole(p: KinPhrase): void {
        const i = p.head;
        if (p.kin.plural || p.last !== i || FRIENDS.has(tokens[i]!.lower) || !/^(?:van|of)$/.test(tokens[i + 1]?.lower ?? '')) return;
        if (p.owner === 'writer' || p.owner === 'reader' || p.owner === 'group') return;
        let r = i + 2;
        if (/^(?:de|het|die|deze|een|the|a|an|that|this)$/.test(tokens[r]?.lower ?? '')) r++;
        for (let n = 0; n < 2 && r < tokens.length && isRole(tokens, r) === 0 && isAdjective(tokens[r]); n++) r++;
        const len = r < tokens.length ? isRole(tokens, r) : 0;
        if (len === 0 || lexicon.family().longestAt(tokens, i, { isRole }) || aboutWriter(tokens, i)) return;
        add(i, r + len - 1, 'relative-circumstance');
      }

      // A general statement or one to the reader describes nobody: "Wie zorgt voor zijn moeder, ...".
      return pick(found.filter((f) => !isGeneric(tokens, f.first))).map((f) => ({
        kind: 'family',
        start: tokens[f.first]!.start,
        end: tokens[f.last]!.end,
        rule: 'kinship',
        confidence: 0.8,
        facts: { via: 'construction', construction: f.construction },
      }) satisfies Detection);
    },
  };
}

// A relative told with a plain detail gives way to anything more telling on the same words
// ("zijn tweelingbroer woont in Gent" is a twin first).
const WEAK: ReadonlySet<Construction> = new Set(['relative-detail']);

/** Leftmost-longest, without overlaps; a weak construction only where nothing else was found. */
function pick(found: Found[]): Found[] {
  const strong = leftmostLongest(found.filter((f) => !WEAK.has(f.construction)));
  const weak: Found[] = [];
  let s = 0;
  for (const w of leftmostLongest(found.filter((f) => WEAK.has(f.construction)))) {
    // Both lists are in order and without overlaps of their own: one pass.
    while (s < strong.length && strong[s]!.last < w.first) s++;
    if (s < strong.length && strong[s]!.first <= w.last) continue;
    weak.push(w);
  }
  return [...strong, ...weak].sort((a, b) => a.first - b.first);
}

function leftmostLongest(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.first - b.first || b.last - a.last);
  const out: Found[] = [];
  for (const f of sorted) {
    const prev = out[out.length - 1];
    if (prev && f.first <= prev.last) continue;
    out.push(f);
  }
  return out;
}

const HAVE = new Set(['heeft', 'had', 'hebben', 'hadden', 'kreeg', 'kregen', 'krijgt', 'has', 'have', 'having']);

/** Someone's own children or siblings are counted: "heeft vijf kinderen", "haar zes kinderen", "met vier kinderen". */
function hasCountLead(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && COUNT_FILLER.has(tokens[k]!.lower)) k--;
  const lead = tokens[k];
  if (!lead) return false;
  const w = lead.lower;
  // "heeft samen met haar man vijf kinderen": a have-verb a few words back, nothing in between but words.
  if (!COUNT_LEAD.has(w) && lead.type === 'word' && !ARTICLE.has(w) && !INDEFINITE.has(w)) {
    for (let h = k - 1; h >= 0 && i - h <= 7; h--) {
      const x = tokens[h]!;
      if (x.type !== 'word' || GROUP_NOUNS.has(x.lower)) break;
      if (HAVE.has(x.lower)) return true;
    }
  }
  if (w === 'zijn' && VERB_ZIJN_BEFORE.has(tokens[k - 1]?.lower ?? '')) return false;
  if (w === 'met' || w === 'with') {
    const before = tokens[k - 1];
    if (!before) return true;
    if (GROUP_NOUNS.has(before.lower)) return false;
    // "een groep van twaalf met vier kinderen" aside, "met" after a verb or a family word is the family.
    return !(before.type === 'word' && /^(?:een|a|de|the)$/.test(tokens[k - 2]?.lower ?? '') && !FAMILY_NOUN.has(before.lower) && !kinNoun(before.lower) && !/^(?:moeder|vader|weduwe|weduwnaar|widow|widower|vrouw|man|woman)$/.test(before.lower));
  }
  // "one of six children", "een van vijf kinderen".
  if ((w === 'of' || w === 'van') && /^(?:one|een|één)$/.test(tokens[k - 1]?.lower ?? '')) return true;
  return COUNT_LEAD.has(w);
}

export const kinshipRule: Rule = {
  meta: ruleMeta('kinship', ['family'], 'Family composition and circumstances by their grammar: a large family, birth order, only child, twin, living with a relative, caring for one, a relative\'s striking event'),
  create: createKinshipDetector,
};
