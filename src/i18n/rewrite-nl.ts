import type { RewriteWords, Stage } from './rewrite.js';

const DECADES: Readonly<Record<number, string>> = { 20: 'twintig', 30: 'dertig', 40: 'veertig', 50: 'vijftig', 60: 'zestig', 70: 'zeventig', 80: 'tachtig', 90: 'negentig' };
const MONTHS = ['', 'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const SEASONS = ['', 'winter', 'winter', 'voorjaar', 'voorjaar', 'voorjaar', 'zomer', 'zomer', 'zomer', 'najaar', 'najaar', 'najaar', 'winter'];
const STAGE_NOUN: Readonly<Record<Stage, string>> = { child: 'kind', youth: 'jongere', adult: 'volwassene', older: 'oudere' };
const STAGE_PREDICATE: Readonly<Record<Stage, string>> = { child: 'nog een kind', youth: 'een tiener', adult: 'volwassen', older: 'op leeftijd' };
const STAGE_LABEL: Readonly<Record<Stage, string>> = { child: 'kind', youth: 'tiener', adult: 'volwassen', older: 'oudere' };
const STAGE_ADJECTIVE: Readonly<Record<Stage, readonly [plain: string, inflected: string]>> = {
  child: ['jong', 'jonge'],
  youth: ['jong', 'jonge'],
  adult: ['volwassen', 'volwassen'],
  older: ['ouder', 'oudere'],
};

const EVENT_NOUN: Readonly<Record<string, string>> = {
  accident: 'een ongeluk',
  disaster: 'een ramp',
  fire: 'een brand',
  crime: 'een misdrijf',
  'legal-measure': 'een maatregel van de rechter',
  performance: 'een optreden',
};
/** Person nouns ending in -en that are singular. */
const SINGULAR_EN = new Set(['jongen', 'heiden', 'christen', 'kapitein']);
const plural = (noun: string): boolean => {
  const w = noun.toLowerCase();
  return (/[^aeiou]en$/.test(w) && !SINGULAR_EN.has(w)) || /(?:[^s]s|ers|'s)$/.test(w);
};

/** Dutch: the words of a rewrite of a Dutch text. */
export const nlRewrite: RewriteWords = {
  verbSecond: true,
  adjectiveEnding: /e$/,

  namePlaceholder: '[naam]',
  client: (female) => (female ? 'cliënte' : 'cliënt'),
  article: (noun) => `een ${noun}`,
  definite: (noun) => `de ${noun}`,

  decadePhrase: (decade) => `in de ${DECADES[decade]}`,
  decadeNoun: (decade) => `${DECADES[decade]}er`,
  stageAdjective: (stage, inflected) => STAGE_ADJECTIVE[stage][inflected ? 1 : 0],
  stageNoun: (stage) => STAGE_NOUN[stage],
  stagePredicate: (stage) => STAGE_PREDICATE[stage],
  stageLabel: (stage) => STAGE_LABEL[stage],
  birthday: (copula) => (copula === 'werd' ? ['was', 'jarig'] : copula === 'wordt' ? ['is', 'jarig'] : undefined),
  asAdult: 'als volwassene',

  countryAbroad: (p) => p.dutchName ?? p.name,
  placeName: (name) => name,
  municipality: (name) => `de gemeente ${name}`,
  inPlace: 'in',
  within: (name) => `een gemeente in ${name}`,

  monthName: (month) => MONTHS[month]!,
  seasonName: (month) => SEASONS[month]!,
  seasonPhrase: (season, year) => (year ? `het ${season} van ${year}` : `het ${season}`),
  recently: 'onlangs',
  soon: 'binnenkort',

  institutionNoun: {
    ward: 'afdeling',
    'care-home': 'zorgcentrum',
    school: 'school',
    university: 'universiteit',
    hospital: 'ziekenhuis',
    ggz: 'ggz-instelling',
    pz: 'psychiatrisch ziekenhuis',
    paaz: 'psychiatrische afdeling',
    'youth-care': 'jeugdzorginstelling',
    prison: 'gevangenis',
    club: 'club',
    employer: 'organisatie',
    'armed-forces': 'leger',
    other: 'instelling',
  },
  institution: 'instelling',
  institutionHeads: [],

  someone: 'iemand',
  genderNoun: (gender) => (gender === 'f' ? 'vrouw' : 'man'),
  fromPlace: 'uit',
  foreignAdjective: (adjective) => (adjective.endsWith('e') ? 'buitenlandse' : 'buitenlands'),
  whereabouts: (preposition, abroad) => (preposition === 'naar' ? (abroad ? 'naar het buitenland' : 'naar elders') : abroad ? 'in het buitenland' : 'elders'),
  conjunctions: new Set(['en', 'of']),
  relative: 'een familielid',
  family: (preposition) => (preposition === 'voor' || preposition === 'om' ? 'een familielid' : 'familie'),
  many: 'veel',
  manyYears: () => 'jaren',
  eventNoun: (construction) => EVENT_NOUN[construction],
  majorEvent: 'een ingrijpende gebeurtenis',
  incidentSentence: (subject, plural) => (subject ? `${subject.toLowerCase()} ${plural ? 'waren' : 'was'} betrokken bij een ernstig voorval` : 'er was een ernstig voorval'),
  subjectPronouns: new Set(['hij', 'zij', 'ze']),
  underwent: (phrase) => `kreeg ${phrase}`,
  pastVerb: /(?:de|te)$/,
  indefinite: (noun) => (plural(noun) ? noun : `een ${noun}`),
  plural,

  sum: (large) => (large ? 'een fors bedrag' : 'een bedrag'),
};
