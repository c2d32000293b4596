import type { Construction, FactsOf } from '../core/facts.js';
import type { Detection, Figure } from '../core/types.js';
import { COUNTRY_POPULATION, STREET_RESIDENTS } from './defaults.js';

/**
 * Facts to figures: the one place where what a rule found becomes a share of the population, a place
 * factor or an institution size (docs/risk-model.md §2). Rules report facts; only this module knows
 * what they weigh.
 */

/**
 * Share of the population at one year of age, from the Dutch age structure (CBS StatLine 7461:
 * 1.1–1.5% a year for adults, below 1% over 80). Bands sum these, so "in de negentig" is rarer than
 * "in de veertig". Past 100 the counts are small (CBS, 1 January 2023: 2,572 people aged 100 or more
 * in 17.8 M, 1,161 of them aged 100, 86 older than 105), so "werd 103" is far rarer than "werd 95".
 */
function shareAt(age: number): number {
  if (age < 65) return 0.0125;
  if (age < 75) return 0.011;
  if (age < 80) return 0.008;
  if (age < 85) return 0.0055;
  if (age < 90) return 0.003;
  if (age < 95) return 0.0012;
  if (age < 100) return 0.0003;
  if (age === 100) return 0.000065;
  if (age <= 105) return 0.000015;
  return 0.000001;
}

/** The share of people aged `from` to `to` years. */
export function ageShare(from: number, to: number): Figure {
  let central = 0;
  for (let a = Math.max(0, from); a <= Math.min(110, to); a++) central += shareAt(a);
  central = Math.min(central, 0.95);
  return { low: central * 0.72, central, high: Math.min(0.99, central * 1.2), source: 'CBS age structure [V/E]' };
}

export const GENDER_SHARE: Figure = { low: 0.49, central: 0.5, high: 0.51, source: 'CBS 2023: 50.3% women [V]' };
/** One day of birth in about 80 years of birth dates [E]. */
export const BIRTH_DATE_SHARE: Figure = { low: 1 / 36500, central: 1 / 29200, high: 1 / 25000, source: 'date of birth: one day in ≈ 80 years [E]' };
/** The year of birth alone: one year of age. */
export const BIRTH_YEAR_SHARE: Figure = { low: 0.009, central: 0.0125, high: 0.015, source: 'CBS 1-year bands [V/E]' };
/**
 * An event or a striking detail that fits fewer than this share of people stands out: someone who heard
 * of it knows who it is, whatever the other numbers say, so a rewrite called safe never keeps it as
 * written (src/fixes/search.ts) [E].
 */
export const STAND_OUT_SHARE = 0.005;
/** A condition the dictionaries do not list ("hechtingsstoornis"): specific, so rarer than most listed ones [E]. */
const UNLISTED_CONDITION: Figure = { low: 0.0005, central: 0.002, high: 0.01, source: 'unlisted condition [E]' };
/** A role the dictionaries do not list ("kotterschipper"): a specific trade [E]. */
const UNLISTED_ROLE: Figure = { low: 0.0002, central: 0.001, high: 0.005, source: 'unlisted role [E]' };

/**
 * Shares of the constructions that single a person out (docs/risk-model.md §4.7). Each is the share of
 * people a reader would still consider after reading it [E].
 */
const CONSTRUCTION_SHARE: Readonly<Record<Construction, Figure>> = {
  superlative: { low: 0.00005, central: 0.0005, high: 0.005, source: 'superlative about a person [E]' },
  only: { low: 0.00005, central: 0.0005, high: 0.005, source: '"the only one" [E]' },
  ordinal: { low: 0.0001, central: 0.001, high: 0.01, source: '"the first to ..." [E]' },
  record: { low: 0.00001, central: 0.0001, high: 0.001, source: 'a record, title or championship [E]' },
  // The uniqueness rule reports milestone ages ("haar 102de verjaardag", "werd 101") as ages, whose share
  // comes from the age structure (ageShare): an age combines with a place like any other age.
  'milestone-age': { low: 0.00002, central: 0.0002, high: 0.002, source: 'an extreme or milestone age [E]' },
  count: { low: 0.0005, central: 0.005, high: 0.05, source: 'a count that singles someone out [E]' },
  // The figures the unusual phrase list gave "de clown van de afdeling" and its kin before the construction replaced them.
  epithet: { low: 0.0001, central: 0.001, high: 0.01, source: 'a nickname or local reputation ("de clown van de afdeling") [E]' },
  // Twenty-five years or more at one thing (a club, a church, a job, a marriage): a local paper reports the
  // jubilee, the club and the parish know who it is; about 1 in 500 people [E].
  tenure: { low: 0.0003, central: 0.002, high: 0.01, source: 'a long tenure ("al zestig jaar organist") [E]' },
  // A milestone or a count in a short time (a thousandth puzzle, a hundredth marathon) is told by the club,
  // the ward and often the local paper: about 1 in 2,000 [E].
  feat: { low: 0.00005, central: 0.0005, high: 0.005, source: 'a feat: a milestone ordinal or a count in a short time [E]' },
  // Knowing or doing all of something (every timetable by heart, every dog in the street by name) is what
  // people tell of one person: about 1 in 1,000 [E].
  mastery: { low: 0.0001, central: 0.001, high: 0.01, source: 'knowing or doing all of something [E]' },
  media: { low: 0.00001, central: 0.0001, high: 0.001, source: 'in the media [E]' },
  // An official who comes with flowers or a certificate (a 100th birthday, a diamond wedding, a rescue) is
  // told in the local paper and the town hall's own news: as public as the media [E].
  ceremony: { low: 0.00002, central: 0.0002, high: 0.002, source: 'an official\'s visit or ceremony ("de burgemeester kwam met bloemen") [E]' },
  accident: { low: 0.0001, central: 0.001, high: 0.01, source: 'an accident [E]' },
  disaster: { low: 0.00005, central: 0.0005, high: 0.005, source: 'a disaster [E]' },
  fire: { low: 0.0001, central: 0.001, high: 0.01, source: 'a fire [E]' },
  crime: { low: 0.0001, central: 0.001, high: 0.01, source: 'a crime [E]' },
  court: { low: 0.0001, central: 0.001, high: 0.01, source: 'a court case [E]' },
  'legal-measure': { low: 0.0005, central: 0.002, high: 0.01, source: 'a legal measure (tbs, OTS, bewind) [E]' },
  // A performance under one's own name is public: its audience, the programme and the reviews know who it was.
  performance: { low: 0.00005, central: 0.0005, high: 0.005, source: 'a public performance of one\'s own (a premiere, an exhibition) [E]' },
  // Many people sell a first painting or run a first marathon; with the day it happened, few did it then.
  'first-achievement': { low: 0.001, central: 0.005, high: 0.02, source: 'a first achievement ("verkocht zijn eerste doeken") [E]' },
  // An injury or event that ended a career or a scholarship: known to the team, the school, the club.
  'career-end': { low: 0.0005, central: 0.003, high: 0.02, source: 'a career or scholarship ended by an injury or event [E]' },
  // About one adult in four has a tattoo; one with its motif or place on the body, or a scar there, is far
  // rarer: about 1 in 200 [E].
  mark: { low: 0.0005, central: 0.005, high: 0.05, source: 'a tattoo, scar or birthmark with its motif or place [E]' },
  // A habit with its hour ("elke dag om twaalf uur bij het raam"): the few who keep that hour at that place
  // are seen by the same neighbours every day; about 1 in 300 [E].
  routine: { low: 0.001, central: 0.003, high: 0.02, source: 'a habit with its clock time, seen by the people around [E]' },
  // Limb loss: about 1 in 190 Americans lives with the loss of a limb (Ziegler-Graham et al., Arch Phys
  // Med Rehabil 2008, 89:422); most are lower-limb amputations in older age; a named finger, thumb or eye
  // lost, or one arm, is rarer still: about 1 in 500 [E].
  'missing-part': { low: 0.0005, central: 0.002, high: 0.006, source: 'a missing finger, thumb, limb or eye (Ziegler-Graham et al. 2008: 1 in 190 with limb loss) [E]' },
  // A feature the writer calls striking ("zijn opvallende rode baard", "a distinctive shock of white hair"):
  // what people remember of someone they do not know by name; about 1 in 100 [E].
  trait: { low: 0.002, central: 0.01, high: 0.05, source: 'a feature the text calls striking or distinctive [E]' },
  // About one household in five keeps a dog and one in four a cat; a given name is borne by about 1% of
  // them: a pet called by its name leaves about 1 in 500 [E].
  pet: { low: 0.0005, central: 0.002, high: 0.01, source: 'a pet with its name [E]' },
  'event-compound': { low: 0.0005, central: 0.003, high: 0.02, source: 'an event named by a compound [E]' },
  'kin-compound': { low: 0.001, central: 0.005, high: 0.02, source: 'kin of a trade ("bakkersdochter") [E]' },
  'family-size': { low: 0.005, central: 0.02, high: 0.1, source: 'family size [E]' },
  // A small count told with an adjective ("twee grote zussen"): the family list's share for "{num} zussen".
  'kin-count': { low: 0.003, central: 0.04, high: 0.2, source: 'a stated number of brothers, sisters or children [E]' },
  'birth-order': { low: 0.05, central: 0.15, high: 0.3, source: 'birth order in a large family [E]' },
  'only-child': { low: 0.1, central: 0.15, high: 0.2, source: 'only child [E]' },
  twin: { low: 0.015, central: 0.02, high: 0.03, source: 'twin births ≈ 1.7% [E]' },
  'living-with': { low: 0.005, central: 0.02, high: 0.05, source: 'lives with a grandparent or other relative [E]' },
  'relative-circumstance': { low: 0.001, central: 0.005, high: 0.02, source: 'a relative\'s striking circumstance [E]' },
  // A relative told with a plain detail: where they live ("zijn broer woont in Spanje"), a young child's age
  // ("haar dochtertje van vier"), a relative who is the contact or the guardian. Many people have one; the
  // place or the age narrows it, and is scored by its own rule [E].
  'relative-detail': { low: 0.02, central: 0.1, high: 0.3, source: 'a relative told with a plain detail (where they live, a child\'s age) [E]' },
  // Informal care for a relative is common; for a named relative, over years, less so [E].
  carer: { low: 0.01, central: 0.03, high: 0.1, source: 'informal carer of a relative [E]' },
  // A round sum ("30.000 euro schuld", one or two significant digits); amountShare narrows it by its digits.
  amount: { low: 0.01, central: 0.05, high: 0.2, source: 'a sum of money, one significant digit [E]' },
};

/**
 * The share a sum of money leaves, from how exactly it is written (docs/risk-model.md §4.7). Sums of one
 * kind (debts, fines, awards) spread over about three orders of magnitude, roughly evenly on a log scale;
 * a sum written with s significant digits stands for the sums that round to it, a band whose width is
 * about 10^(1-s) of the value, or 0.43 × 10^(1-s) in log10 units, over 3 units: 1/7 × 10^(1-s). Mantissas
 * near 1 make the band wider, near 9 narrower; a factor 3 in the average gives 1/20 × 10^(1-s): one digit
 * ("30.000 euro") 0.05, two ("1,2 miljoen") 0.005, three ("€ 1.250,-") 0.0005, four 5e-5. Past four digits
 * the reader has no register to compare with (a stranger does not know what others owe or were awarded),
 * so the share stops at 1e-5: "24,952.51 pounds" narrows like a rare word, not like an identifier [E].
 * Range a factor 5 each way, capped at 0.2 (a round sum says little on its own).
 */
export function amountShare(significant: number): Figure {
  const s = Math.max(1, Math.floor(significant));
  if (s <= 1) return CONSTRUCTION_SHARE.amount;
  const central = Math.max(AMOUNT_FLOOR, CONSTRUCTION_SHARE.amount.central * 10 ** (1 - s));
  return { low: central / 5, central, high: Math.min(0.2, central * 5), source: `a sum of money, ${s} significant digits [E]` };
}
const AMOUNT_FLOOR = 0.00001;

/**
 * The share a rare word leaves (docs/risk-model.md §4.7). By Zipf's law a word's frequency falls as
 * 1/rank; a hobby, an instrument or a pet named by a word of rank r is taken to be as rare among
 * people as the word is in the language, scaled so that the rarity rule's threshold (rank 10,000)
 * leaves 1 in 1,000 people and a word past the lists (rank 50,000) 1 in 5,000: central = 10 / rank,
 * capped at 1% for common words. Monotone: the rarer the word, the smaller the share. Wide range,
 * a factor 5 each way: a word's rarity is a proxy for the detail's [E].
 */
export function rarityShare(rank: number): Figure {
  const central = Math.min(0.01, 10 / Math.max(rank, 1));
  return { low: central / 5, central, high: Math.min(0.05, central * 5), source: `rare word (rank ${rank}) [E]` };
}

function cueShare(facts: FactsOf<'unusual'>): Figure {
  switch (facts.via) {
    case 'phrase':
      return facts.figure;
    case 'construction':
      return facts.construction === 'amount' && facts.amount ? amountShare(facts.amount.significant) : CONSTRUCTION_SHARE[facts.construction];
    case 'rarity':
      return rarityShare(facts.rank);
  }
}

/** A nationality the dictionary has no share for in the text's country [E]. */
const UNKNOWN_NATIONALITY = 0.01;

/**
 * Yearly clients, residents or pupils per kind of institution, for the reader who knows the
 * institution, when the dictionary has no figure of its own [E; docs/risk-model.md §4.2].
 */
const INSTITUTION_SIZE: Readonly<Record<string, number>> = {
  ward: 200, 'care-home': 100, school: 600, university: 25_000, hospital: 40_000, ggz: 5_000, pz: 1_500, paaz: 600,
  'youth-care': 2_000, prison: 300, club: 200, employer: 1_000, other: 500,
  // A country's army or a garrison: tens of thousands serve (the British Army about 75,000 regulars) [E].
  'armed-forces': 50_000,
};

export function institutionSize(facts: FactsOf<'institution'>): number {
  return facts.size || INSTITUTION_SIZE[facts.type] || INSTITUTION_SIZE['other']!;
}

function nationalityShare(facts: { share?: number; source?: string }): Figure {
  const share = facts.share || UNKNOWN_NATIONALITY;
  return { low: share / 2, central: share, high: Math.min(0.95, share * 1.5), source: facts.source ?? 'origin [E]' };
}

/**
 * A country abroad ("kwam uit Turkije", "born in Nigeria") narrows like the origin it names: the share of
 * the people at home who come from there (the nationality dictionary's figure), not a base of 85
 * million. The text's own country ("in Nederland", "the UK") narrows nothing: no factor.
 */
export function countryShare(facts: FactsOf<'place'>): Figure | undefined {
  if (facts.type !== 'country' || facts.home) return undefined;
  return nationalityShare({ ...(facts.share ? { share: facts.share } : {}), source: facts.origin ? `origin: ${facts.origin} (nationalities.tsv)` : 'origin not in the dictionary [E]' });
}

/**
 * The share of the population a detail leaves (undefined: the kind narrows nothing by a share, such as
 * a place, which sets the base instead, or a direct identifier). A date counts only as a date of birth.
 */
export function shareOf(d: Detection): Figure | undefined {
  switch (d.kind) {
    case 'age':
      return ageShare(d.facts.from, d.facts.to);
    case 'gender':
      return GENDER_SHARE;
    case 'date':
      return d.facts.birth ? (d.facts.windowDays >= 365 ? BIRTH_YEAR_SHARE : BIRTH_DATE_SHARE) : undefined;
    case 'nationality':
      return nationalityShare(d.facts);
    case 'place':
      return countryShare(d.facts);
    case 'diagnosis':
      return d.facts.figure ?? UNLISTED_CONDITION;
    case 'profession':
      return d.facts.figure ?? UNLISTED_ROLE;
    case 'family':
    case 'event':
    case 'unusual':
      return cueShare(d.facts);
    default:
      return undefined;
  }
}

/** A place's share of its country, as the report shows it (Kloetinge: 3,455 / 17.9 M = 0.00019). */
export function placeShare(facts: FactsOf<'place'>): number | undefined {
  if (facts.type === 'country') return facts.home ? undefined : countryShare(facts)?.central;
  const country = COUNTRY_POPULATION[facts.country];
  const population = placePopulation(facts);
  return population > 0 && country ? population / country : undefined;
}

/**
 * The people a place finding stands for as a base: the dictionary's figure, or for a street its
 * residents [E]. A country sets no base (0): the text's own is the base already, one abroad is a share
 * (countryShare).
 */
export function placePopulation(facts: FactsOf<'place'>): number {
  if (facts.type === 'country') return 0;
  return facts.type === 'street' && !(facts.population > 0) ? STREET_RESIDENTS : facts.population;
}

/** The factor a finding contributes, for the report: a share, or a place's share of its country. */
export function factorOf(d: Detection): number | undefined {
  if (d.kind === 'place') {
    const share = placeShare(d.facts);
    return share === undefined ? undefined : Number(share.toPrecision(3));
  }
  return shareOf(d)?.central;
}
