import type { RewriteWords, Stage } from './rewrite.js';

const DECADES: Readonly<Record<number, string>> = { 20: 'twenties', 30: 'thirties', 40: 'forties', 50: 'fifties', 60: 'sixties', 70: 'seventies', 80: 'eighties', 90: 'nineties' };
const MONTHS = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASONS = ['', 'winter', 'winter', 'spring', 'spring', 'spring', 'summer', 'summer', 'summer', 'autumn', 'autumn', 'autumn', 'winter'];
const STAGE_ADJECTIVE: Readonly<Record<Stage, string>> = { child: 'young', youth: 'teenage', adult: 'adult', older: 'older' };
const STAGE_NOUN: Readonly<Record<Stage, string>> = { child: 'child', youth: 'teenager', adult: 'adult', older: 'older person' };
const STAGE_PREDICATE: Readonly<Record<Stage, string>> = { child: 'a child', youth: 'a teenager', adult: 'an adult', older: 'elderly' };
const STAGE_LABEL: Readonly<Record<Stage, string>> = { child: 'child', youth: 'teenager', adult: 'adult', older: 'older' };
/** English names of the Dutch and Belgian regions the place dictionary names in Dutch. */
const PLACE_NAMES: Readonly<Record<string, string>> = { Vlaanderen: 'Flanders', 'Wallonië': 'Wallonia', 'Brussels Hoofdstedelijk Gewest': 'the Brussels region', Zeeland: 'Zeeland' };
const possessive = (gender: 'f' | 'm' | undefined): string => (gender === 'f' ? 'her' : gender === 'm' ? 'his' : 'their');

const EVENT_NOUN: Readonly<Record<string, string>> = {
  accident: 'an accident',
  disaster: 'a disaster',
  fire: 'a fire',
  crime: 'a crime',
  'legal-measure': 'a court order',
  performance: 'a performance',
};
const IRREGULAR_PLURALS = new Set(['men', 'women', 'children', 'people', 'police']);
const plural = (noun: string): boolean => {
  const w = noun.toLowerCase().split(/\s+/).pop() ?? '';
  return IRREGULAR_PLURALS.has(w) || (/s$/.test(w) && !/(?:ss|us|is)$/.test(w));
};
/** "an" before a vowel sound. */
const an = (word: string): string => (/^(?:[aeio]|u(?!ni|se|su|ro|ku)|hour|honest|heir)/i.test(word) ? 'an' : 'a');

/** English: the words of a rewrite of an English text. */
export const enRewrite: RewriteWords = {
  verbSecond: false,
  adjectiveEnding: /(?:ed|al|ic|ive|ous|ful|ing|ish)$/,

  namePlaceholder: '[name]',
  client: () => 'client',
  article: (noun) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`,
  definite: (noun) => `the ${noun}`,

  decadePhrase: (decade, gender) => `in ${possessive(gender)} ${DECADES[decade]}`,
  decadeNoun: (decade, gender) => `person in ${possessive(gender)} ${DECADES[decade]}`,
  stageAdjective: (stage) => STAGE_ADJECTIVE[stage],
  stageNoun: (stage) => STAGE_NOUN[stage],
  stagePredicate: (stage) => STAGE_PREDICATE[stage],
  stageLabel: (stage) => STAGE_LABEL[stage],
  birthday: (copula) => (copula === 'turned' ? ['had', 'a birthday'] : copula === 'turns' ? ['has', 'a birthday'] : undefined),
  asAdult: 'as an adult',

  countryAbroad: (p) => p.name,
  placeName: (name) => PLACE_NAMES[name] ?? name,
  municipality: (name) => `the municipality of ${name}`,
  inPlace: 'in',
  within: (name) => `a town in ${name}`,

  monthName: (month) => MONTHS[month]!,
  seasonName: (month) => SEASONS[month]!,
  seasonPhrase: (season, year) => (year ? `the ${season} of ${year}` : `the ${season}`),
  recently: 'recently',
  soon: 'soon',

  institutionNoun: {
    ward: 'ward',
    'care-home': 'care home',
    school: 'school',
    university: 'university',
    hospital: 'hospital',
    ggz: 'mental health service',
    pz: 'psychiatric hospital',
    paaz: 'psychiatric unit',
    'youth-care': 'youth care service',
    prison: 'prison',
    club: 'club',
    employer: 'organisation',
    'armed-forces': 'army',
    other: 'organisation',
  },
  institution: 'organisation',
  institutionHeads: ['ward', 'unit', 'school', 'hospital', 'clinic', 'hospice', 'college', 'academy', 'home', 'centre', 'center', 'prison', 'university', 'practice', 'surgery', 'trust', 'club'],

  someone: 'someone',
  genderNoun: (gender) => (gender === 'f' ? 'woman' : 'man'),
  fromPlace: 'from',
  foreignAdjective: () => 'foreign',
  whereabouts: (_preposition, abroad) => (abroad ? 'abroad' : 'elsewhere'),
  conjunctions: new Set(['and', 'or']),
  relative: 'a relative',
  family: (preposition) => (preposition === 'for' || preposition === 'after' ? 'a relative' : 'family'),
  many: 'many',
  manyYears: (before) => (before === 'for' || before === 'over' ? 'years' : 'many years'),
  eventNoun: (construction) => EVENT_NOUN[construction],
  majorEvent: 'a major event',
  incidentSentence: (subject, plural) => (subject ? `${subject.toLowerCase()} ${plural ? 'were' : 'was'} involved in a serious incident` : 'there was a serious incident'),
  subjectPronouns: new Set(['he', 'she', 'they']),
  underwent: (phrase) => `had ${phrase}`,
  pastVerb: /ed$/,
  indefinite: (noun) => (plural(noun) ? noun : `${an(noun)} ${noun}`),
  plural,

  sum: (large) => (large ? 'a large sum' : 'a sum'),
};
