import type { Construction } from '../core/facts.js';
import { levelRank, type Kind, type Level } from '../core/kinds.js';
import type { AudienceId, AudienceResult, Contributor, Figure, Finding, FindingOf, TextCues } from '../core/types.js';
import { EMPLOYER, WARD } from './defaults.js';
import { countryPopulation, populationFactors, product, round, smallestPlace, wardAdmissions } from './factors.js';
import { expectedForRisk, riskFromExpected } from './math.js';
import type { Factor, Range } from './scenario.js';
import { ageShareAtSchool, conditionShareIn, genderShareIn, settingOf } from './settings.js';
import { institutionSize, placePopulation } from './shares.js';

/*
 * Who could recognize the person (docs/risk-model.md §11): the level says how wide the circle of
 * readers is. Each audience has its own base (how many people it could take the text to be about)
 * and its own bar for "could recognize".
 */

/** The level each audience stands for, widest first. */
const AUDIENCE_LEVEL: Readonly<Record<AudienceId, Exclude<Level, 'none' | 'low'>>> = {
  anyone: 'critical',
  community: 'high',
  acquaintances: 'medium',
  insiders: 'medium',
};

/**
 * People a reader knows well enough to recognize from a description: the acquaintance model of
 * recognition (about 150 personal contacts: Hill & Dunbar 2003, "Social network size in humans").
 */
export const ACQUAINTANCES = 150;

/**
 * The bars, on the risk of the best guess (E[1/(1+X)], X ~ Poisson(E) at the high-risk end of E):
 * a community recognizes the person when the details leave about one candidate in it (0.5, El Emam's
 * "probably unique" precedent); the people around the person do when they leave no more than a couple
 * among everyone they know (0.33, El Emam's k = 3 precedent) [docs/risk-model.md §7.2, §11].
 */
export const RECOGNIZES = { community: 0.5, acquaintances: 0.33, insiders: 0.33 } as const;

/**
 * What each audience knows of a person, and so which details can narrow it down. A diagnosis is
 * private: the town does not know it. The people around the person often do, but a diagnosis with an
 * age is shared by many across the country; only where the text also says where the person lives (a
 * village or small town) or stays (a named institution) can they tie it to the one they know.
 * Contacts cluster in the reader's own age group, so among acquaintances an age narrows less than in
 * the population.
 */
const PRIVATE: ReadonlySet<Kind> = new Set(['diagnosis']);
/** A sum of money (a debt, a salary, a benefit) is private in the same way: the town does not know what someone owes or earns. */
const isPrivate = (f: Finding): boolean =>
  PRIVATE.has(f.kind) || (f.kind === 'unusual' && f.facts.via === 'construction' && f.facts.construction === 'amount');
/** The smallest share an age can have among the people someone knows [E]. */
const ACQUAINTANCE_AGE_SHARE = 0.1;
/** From this age on, an age is rare among anyone's acquaintances too. */
const EXTREME_AGE = 90;
/** A place this small is a village or small town whose people know one another [E]. */
const SMALL_PLACE = 20_000;

/** Each end of a share raised to a floor: monotone, so a wider detail never narrows more. */
const atLeast = (share: Figure, floor: number, source: string): Figure =>
  share.low >= floor ? share : { low: Math.max(share.low, floor), central: Math.max(share.central, floor), high: Math.max(share.high, floor), source };

function knownTo(audience: 'community' | 'acquaintances', factors: readonly Factor[], findings: readonly Finding[]): Factor[] {
  const place = smallestPlace(findings);
  const tied = (place !== undefined && placePopulation(place.facts) < SMALL_PLACE) || findings.some((f) => f.kind === 'institution');
  return factors
    .filter((f) => !isPrivate(f.finding) || (audience === 'acquaintances' && tied))
    .map((f) =>
      // An extreme age (90 and over) is rare in anyone's circle; an ordinary one much less so.
      audience === 'acquaintances' && f.finding.kind === 'age' && f.finding.facts.from < EXTREME_AGE
        ? { ...f, share: atLeast(f.share, ACQUAINTANCE_AGE_SHARE, 'age among acquaintances [E]') }
        : f,
    );
}

export interface AudienceInput {
  findings: readonly Finding[];
  /** Direct identifiers of a person in the text. */
  direct: readonly Finding[];
  cues: TextCues;
  /** The ward readers may know (config), else WARD. */
  ward?: { beds?: number; stayDays?: [number, number] };
  /** Readers know the writer's employer (config): its clients are the insiders' frame. */
  employer?: boolean;
  /** Clients per year of that employer (config), else EMPLOYER.caseload. */
  caseload?: number;
  /** The population readers picture (--population): the frame of anyone who reads it. */
  population?: number;
  /** populationFactors(findings), when the caller has it. */
  factors?: readonly Factor[];
  /** No contributors: the rewrite search reads only the matches and who recognizes. */
  brief?: boolean;
}

/** A detail the setting implies for everyone in it. */
const IMPLIED: Figure = { low: 1, central: 1, high: 1, source: 'implied by the setting' };

/**
 * Constructions that make a story public: a media item, or a record or title (results are published
 * and searchable). Those who followed it form a community of their own.
 */
const PUBLIC: ReadonlySet<Construction> = new Set(['media', 'record', 'performance']);

// Institutions whose people form a community (high: a school, a club); the others are care settings,
// whose staff, fellow patients and visitors are the people around the person (medium).
const COMMUNITY_TYPES: ReadonlySet<string> = new Set(['school', 'university', 'club', 'employer', 'other', 'armed-forces']);
const isCommunity = (f: FindingOf<'institution'>) => COMMUNITY_TYPES.has(f.facts.type);

/**
 * The people of a care setting the text places the person in: those present in the window
 * ("vandaag op de afdeling": the occupancy plus who came in), or those admitted in it ("vandaag
 * opgenomen"). Their case mix stands in for a diagnosis; they judge an age roughly.
 */
function insiders(input: AudienceInput, factors: readonly Factor[]): { base: Range; factors: Factor[] } | undefined {
  const { cues, findings } = input;
  const setting = settingOf(findings, cues);
  // A named care institution or a ward word places the person there; a word for the kind of setting
  // alone ("ons woonzorgcentrum") only says whose shares apply.
  const care = findings.some((f) => f.kind === 'institution' && !isCommunity(f));
  // A configured employer: the writer's colleagues know its clients. ("bij ons" alone names no setting.)
  if (!care && !cues.ward && !input.employer) return undefined;
  let base: Range;
  if (care || cues.ward) {
    const admitted = wardAdmissions(cues.windowDays ?? WARD.defaultWindowDays, input.ward);
    const beds = input.ward?.beds ?? WARD.beds;
    base = cues.admission ? admitted : { low: beds + admitted.low, central: beds + admitted.central, high: beds + admitted.high };
  } else {
    base = input.caseload ? fixed(input.caseload) : { ...EMPLOYER.caseload };
  }
  // Inside the setting, its own shares: a condition its case mix, a gender its mix (src/risk/settings.ts).
  const inside = factors.map((f) => {
    const d = f.finding;
    if (d.kind === 'diagnosis') return { ...f, share: conditionShareIn(setting, [d.facts.id, ...d.facts.ancestors]) };
    if (d.kind === 'age') return { ...f, share: { ...WARD.ageBandShare, source: 'age as a colleague judges it [E]' } };
    if (d.kind === 'gender') return { ...f, share: genderShareIn(setting, d.facts.gender) ?? f.share };
    // In forensic care everyone is under a legal measure: it says nothing more.
    if (setting === 'forensic' && d.kind === 'event' && d.facts.via === 'construction' && d.facts.construction === 'legal-measure') return { ...f, share: IMPLIED };
    return f;
  });
  // Staff and fellow patients know where someone comes from: a place narrows the setting's catchment.
  const place = smallestPlace(findings);
  if (place && placePopulation(place.facts) < EMPLOYER.catchment) {
    const share = placePopulation(place.facts) / EMPLOYER.catchment;
    inside.push({ finding: place, share: { low: share, central: share, high: Math.min(1, share * 2), source: 'share of the catchment [E]' }, label: place.text });
  }
  return { base, factors: inside };
}

const listContributors = (factors: readonly Factor[]): Contributor[] =>
  factors.map((f) => ({ text: f.finding.text, kind: f.finding.kind, factor: round(f.share.central), label: f.label })).sort((a, b) => a.factor - b.factor);
const rounded = (e: Range): Range => ({ low: round(e.low), central: round(e.central), high: round(e.high) });
const fixed = (n: number): Range => ({ low: n, central: n, high: n });

const WIDE_PLACES: ReadonlySet<string> = new Set(['province', 'region', 'country']);

/** The community the text names: the smallest place, or a named institution (its yearly clients or pupils). */
function communityBase(findings: readonly Finding[]): { base: Range; by?: Finding } | undefined {
  // A province, a region or a country is not a community whose people know of each other.
  const place = smallestPlace(findings.filter((f) => f.kind !== 'place' || !WIDE_PLACES.has(f.facts.type)));
  const institution = findings.find((f): f is FindingOf<'institution'> => f.kind === 'institution' && isCommunity(f));
  const size = institution ? institutionSize(institution.facts) : Infinity;
  if (place && placePopulation(place.facts) <= size) return { base: fixed(placePopulation(place.facts)), by: place };
  if (institution) return { base: { low: size / 2, central: size, high: size * 1.5 }, by: institution };
  return undefined;
}

export function audiences(input: AudienceInput): AudienceResult[] {
  const { findings, direct } = input;
  const factors = input.factors ?? populationFactors(findings);
  const contributorsOf = input.brief ? () => [] : listContributors;
  const country = countryPopulation(input.cues.country);
  const place = smallestPlace(findings);
  const everyone = product(fixed(input.population ?? (place ? placePopulation(place.facts) : country)), factors);
  const out: AudienceResult[] = [
    {
      audience: 'anyone',
      expectedMatches: rounded(everyone),
      // A reader who does not know the person can only name them from something that names them, or
      // from an office there is one of in a place the text names (anyone can look up the mayor of Goes).
      recognizable: direct.length > 0 || (place !== undefined && findings.some((f) => f.kind === 'profession' && f.facts.uniquePerPlace)),
      contributors: input.brief ? [] : [...direct.map((d) => ({ text: d.text, kind: d.kind, factor: 1, label: d.text })), ...contributorsOf(factors)],
    },
  ];
  const community = communityBase(findings);
  // A story that was in the media: whoever followed it knows whom it is about.
  const story = findings.find((f) => (f.kind === 'event' || f.kind === 'unusual') && f.facts.via === 'construction' && PUBLIC.has(f.facts.construction));
  if (community || story) {
    const school = community?.by?.kind === 'institution' && community.by.facts.type === 'school';
    // Among a school's pupils an age narrows to a year group, not to a year of the whole population.
    const local = knownTo('community', factors, findings)
      .filter((f) => f.finding !== community?.by)
      .map((f) => (school && f.finding.kind === 'age' ? { ...f, share: ageShareAtSchool(f.finding.facts.from, f.finding.facts.to) ?? f.share } : f));
    const e = product(community?.base ?? fixed(country), local);
    const recognizable = !!story || riskFromExpected(e.low) >= RECOGNIZES.community;
    const contributors = contributorsOf(local);
    // The story decides it: it comes first.
    const at = story ? contributors.findIndex((c) => c.text === story.text && c.kind === story.kind) : -1;
    if (at > 0) contributors.unshift(...contributors.splice(at, 1));
    out.push({ audience: 'community', expectedMatches: rounded(e), recognizable, contributors });
  }
  const theirs = knownTo('acquaintances', factors, findings);
  const known = product(fixed(ACQUAINTANCES), theirs);
  out.push({ audience: 'acquaintances', expectedMatches: rounded(known), recognizable: riskFromExpected(known.low) >= RECOGNIZES.acquaintances, contributors: contributorsOf(theirs) });
  const inside = insiders(input, factors);
  if (inside) {
    const e = product(inside.base, inside.factors);
    out.push({ audience: 'insiders', expectedMatches: rounded(e), recognizable: riskFromExpected(e.low) >= RECOGNIZES.insiders, contributors: contributorsOf(inside.factors) });
  }
  return out;
}

/** The level of the widest audience that could recognize the person; `low` when none could. */
export function levelByReach(results: readonly AudienceResult[]): Exclude<Level, 'none'> {
  for (const a of ['anyone', 'community', 'acquaintances', 'insiders'] as const) {
    if (results.some((r) => r.audience === a && r.recognizable)) return AUDIENCE_LEVEL[a];
  }
  return 'low';
}

/** The audience behind the level: the widest that could recognize the person, else the nearest circle. */
export function decidingAudience(results: readonly AudienceResult[]): AudienceResult {
  for (const a of ['anyone', 'community', 'acquaintances', 'insiders'] as const) {
    const r = results.find((x) => x.audience === a && x.recognizable);
    if (r) return r;
  }
  return results.find((x) => x.audience === 'acquaintances') ?? results[0]!;
}

/**
 * How far the text is from being recognizable by nobody, in log E summed over the audiences that
 * could recognize the person (0 when none could): what the rewrite search tries to bring down.
 */
export function recognitionDeficit(results: readonly AudienceResult[], allowed?: Level): number {
  let deficit = 0;
  for (const r of results) {
    if (!r.recognizable || r.audience === 'anyone') continue;
    // An audience whose level the target allows need not be brought down (--fail-on high: acquaintances may).
    if (allowed && levelRank(AUDIENCE_LEVEL[r.audience]) <= levelRank(allowed)) continue;
    const bar = expectedForRisk(RECOGNIZES[r.audience]);
    deficit += Math.max(0, Math.log(bar) - Math.log(Math.max(r.expectedMatches.low, 1e-300)));
  }
  return deficit;
}

/** The chance of recognition at which an audience could tell who it is. */
export const barOf = (audience: AudienceId): number => (audience === 'anyone' ? 1 : RECOGNIZES[audience]);
