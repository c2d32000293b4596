import type { Kind } from '../core/kinds.js';
import type { AudienceResult, Contributor, Figure, Finding, FindingOf, Lang, RiskResult, TextCues } from '../core/types.js';
import { countryName, formatInt, formatNumber, messages } from '../i18n/index.js';
import type { Audience, Factor, Range, ScenarioResult } from './scenario.js';
import { EMPLOYER, WARD } from './defaults.js';
import { institutionSize, placePopulation } from './shares.js';
import { countryPopulation, populationFactors, product, round, smallestPlace, wardAdmissions } from './factors.js';
import { riskFromExpected } from './math.js';
import { explain, explainReach } from './explain.js';
import { audiences, barOf, decidingAudience, levelByReach } from './audiences.js';

export type { Audience } from './scenario.js';


/**
 * employer: "bij ons", "onze kliniek", or a named institution: readers may know the employer.
 * ward: the subject is (or was) admitted where a colleague or fellow patient sees them.
 * windowDays: the time window the text ties to that stay. country: where the text is set.
 */
export type RiskCues = TextCues;

export interface RiskOptions {
  /** Overrides the base population (e.g. the author's town). */
  population?: number;
  /** Restricts the scenarios considered; default: all that the text supports, worst reported. */
  audience?: Audience;
  /** Readers know the author's employer (config): the employer scenario always applies. */
  employer?: boolean;
  /** Clients per year of the employer (config; default EMPLOYER.caseload). */
  caseload?: number;
  /** The ward (config; default WARD). */
  ward?: { beds?: number; stayDays?: [number, number] };
}

/** A direct identifier of a person: a name that is not a pseudonym, a personal number or address. */
export function isPersonalDirect(f: Finding): boolean {
  // A full date of birth narrows the Netherlands to a few dozen people and any place to one
  // (docs/risk-model.md §8.2: treated as a direct identifier).
  if (f.kind === 'date') return f.facts.birth;
  switch (f.kind) {
    // A guess ("Wiegmans" alone, from the surname list) is reported, but does not decide the level.
    case 'name':
      return !f.facts.pseudonym && f.confidence >= 0.7;
    case 'email':
    case 'url':
    case 'handle':
    case 'phone':
    case 'postcode':
    case 'address':
      return f.facts.personal;
    default:
      return f.identifier === 'direct';
  }
}

// Kinds that say something about a person. Dates, places and institutions on their own describe an
// event or an organisation ("in mei start een nieuwe groep"), not somebody a reader could pick out.
const PERSON_KINDS: ReadonlySet<Kind> = new Set(['name', 'age', 'gender', 'diagnosis', 'profession', 'family', 'event', 'nationality', 'unusual']);
export const describesPerson = (findings: readonly Finding[]): boolean => findings.some((f) => PERSON_KINDS.has(f.kind) || isPersonalDirect(f));

function caseMix(share: Figure): Figure {
  const lift = (p: number) => Math.min(EMPLOYER.caseMixCap, Math.max(p, p * EMPLOYER.caseMixMultiplier));
  return { low: lift(share.low), central: lift(share.central), high: lift(share.high), source: `case mix ≈ ${EMPLOYER.caseMixMultiplier}× prevalence [E]` };
}

function stranger(findings: readonly Finding[], all: readonly Factor[], cues: RiskCues, options: RiskOptions, lang: Lang, brief: boolean): ScenarioResult {
  const place = smallestPlace(findings);
  const country = countryPopulation(cues.country);
  const n = options.population ?? (place ? placePopulation(place.facts) : country);
  const words = messages(lang).risk;
  const baseLabel = brief
    ? ''
    : options.population
      ? words.configuredPeople(formatInt(n, lang))
      : place
        ? words.inhabitants(place.text, formatInt(n, lang))
        : `${countryName(cues.country, lang)} (${formatInt(n, lang)})`;
  // A role there is one of per place ("de burgemeester", "de plaatselijke notaris"), in a place the
  // text names or calls local, is about one person there (docs/risk-model.md §4.6).
  const local = (f: Finding) => f.kind === 'profession' && f.facts.uniquePerPlace && (place !== undefined || f.facts.local);
  const factors = all.map((f) => (local(f.finding) ? { ...f, share: { low: 1 / n, central: 1 / n, high: Math.min(1, 3 / n), source: 'one per place [E]' } } : f));
  const base = { low: n, central: n, high: n };
  return { scenario: 'stranger', base, baseLabel, factors, e: product(base, factors) };
}

function employer(findings: readonly Finding[], all: readonly Factor[], options: RiskOptions, lang: Lang, brief: boolean): ScenarioResult {
  const institution = findings.find((f): f is FindingOf<'institution'> => f.kind === 'institution');
  const size = institution ? institutionSize(institution.facts) : 0;
  const caseload: Range = institution
    ? { low: size / 2, central: size, high: size * 1.5 }
    : options.caseload
      ? { low: options.caseload, central: options.caseload, high: options.caseload }
      : EMPLOYER.caseload;
  // A place named as well: only the clients who live there.
  const place = smallestPlace(findings);
  const within = place ? Math.min(1, placePopulation(place.facts) / EMPLOYER.catchment) : 1;
  const base = { low: caseload.low * within, central: caseload.central * within, high: caseload.high * within };
  const factors = all.map((f) => (f.finding.kind === 'diagnosis' ? { ...f, share: caseMix(f.share) } : f));
  const words = messages(lang).risk;
  const baseLabel = brief ? '' : words.clientsOf(institution ? institution.text : words.theOrganisation, formatInt(base.central, lang));
  return { scenario: 'employer', base, baseLabel, factors, e: product(base, factors) };
}

function insider(all: readonly Factor[], cues: RiskCues, options: RiskOptions, lang: Lang, brief: boolean): ScenarioResult {
  const window = cues.windowDays ?? WARD.defaultWindowDays;
  const base = wardAdmissions(window, options.ward);
  // populationFactors already counts related details once; the same list gives E and the explanation.
  const factors = all.map((f) => {
    if (f.finding.kind === 'diagnosis') return { ...f, share: { ...WARD.caseMix, source: 'ward case mix [E]' } };
    if (f.finding.kind === 'age') return { ...f, share: { ...WARD.ageBandShare, source: 'age as a colleague judges it [E]' } };
    return f;
  });
  const baseLabel = brief ? '' : messages(lang).risk.admissions(window, formatNumber(base.central, lang));
  return { scenario: 'insider', base, baseLabel, factors, e: product(base, factors) };
}

/**
 * The risk of a text's findings. `brief`: for the rewrite search, which reads only the level, the scenario
 * and the audiences' matches: no explanation, no contributors, no labels.
 */
export function estimateRisk(findings: readonly Finding[], cues: RiskCues, options: RiskOptions, lang: Lang, pseudonym: boolean, brief = false): RiskResult {
  const direct = findings.filter(isPersonalDirect);
  // One list of shares for every frame: each scenario and audience adjusts its own copy.
  const all = populationFactors(findings);
  const scenarios: ScenarioResult[] = [];
  const want = (a: Audience) => !options.audience || options.audience === a;
  if (want('stranger') || options.population) scenarios.push(stranger(findings, all, cues, options, lang, brief));
  if (want('employer') && (cues.employer || options.employer || options.audience === 'employer')) scenarios.push(employer(findings, all, options, lang, brief));
  if (want('insider') && ((cues.ward && cues.windowDays !== undefined) || options.audience === 'insider')) scenarios.push(insider(all, cues, options, lang, brief));
  if (scenarios.length === 0) scenarios.push(stranger(findings, all, cues, options, lang, brief));
  const reach = audiences({
    findings,
    factors: all,
    brief,
    direct,
    cues,
    ...(options.ward ? { ward: options.ward } : {}),
    ...(options.employer ? { employer: true } : {}),
    ...(options.caseload ? { caseload: options.caseload } : {}),
    ...(options.population ? { population: options.population } : {}),
  });
  // Worst scenario: the one with the fewest matches at its high-risk end.
  const worst = scenarios.reduce((a, b) => (b.e.low < a.e.low ? b : a));
  if (brief) return briefResult(findings, direct, worst, reach);
  const contributors: Contributor[] = worst.factors
    .map((f) => ({ text: f.finding.text, kind: f.finding.kind, factor: round(f.share.central), label: f.label }))
    .sort((a, b) => a.factor - b.factor);
  // The place that set the base is a contributor too, as its share of the country (docs/risk-model.md §3.1).
  const place = worst.scenario === 'stranger' && !options.population ? smallestPlace(findings) : undefined;
  const country = countryPopulation(cues.country);
  if (place) contributors.unshift({ text: place.text, kind: 'place', factor: round(placePopulation(place.facts) / country), label: worst.baseLabel });
  const expectedMatches = { low: round(worst.e.low), central: round(worst.e.central), high: round(worst.e.high) };
  if (direct.length > 0) {
    return {
      level: 'critical',
      score: 1,
      expectedMatches,
      scenario: 'direct',
      contributors,
      explanation: explain({ lang, direct, worst, pseudonym, level: 'critical' }),
      audiences: reach,
    };
  }
  if (!describesPerson(findings)) {
    return { level: 'none', score: 0, expectedMatches, scenario: worst.scenario, contributors: [], explanation: explain({ lang, direct, worst, pseudonym, level: 'none' }) };
  }
  // The level says how wide the circle of readers is who could recognize the person (docs/risk-model.md §11).
  const level = levelByReach(reach);
  const deciding = decidingAudience(reach);
  // A story or an office can make an audience recognize the person whatever its E: the score then is at least its bar.
  const riskHigh = Math.max(riskFromExpected(deciding.expectedMatches.low), deciding.recognizable ? barOf(deciding.audience) : 0);
  return {
    level,
    score: round(riskHigh),
    expectedMatches,
    scenario: worst.scenario,
    contributors,
    explanation: explainReach({ lang, reach, deciding, level, pseudonym }),
    audiences: reach,
  };
}

/** The search's view of a risk: what estimateRisk decides, without the words that explain it. */
function briefResult(findings: readonly Finding[], direct: readonly Finding[], worst: ScenarioResult, reach: AudienceResult[]): RiskResult {
  const expectedMatches = { low: worst.e.low, central: worst.e.central, high: worst.e.high };
  if (direct.length > 0) return { level: 'critical', score: 1, expectedMatches, scenario: 'direct', contributors: [], explanation: '', audiences: reach };
  if (!describesPerson(findings)) return { level: 'none', score: 0, expectedMatches, scenario: worst.scenario, contributors: [], explanation: '' };
  const deciding = decidingAudience(reach);
  const score = Math.max(riskFromExpected(deciding.expectedMatches.low), deciding.recognizable ? barOf(deciding.audience) : 0);
  return { level: levelByReach(reach), score, expectedMatches, scenario: worst.scenario, contributors: [], explanation: '', audiences: reach };
}
