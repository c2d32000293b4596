import type { Finding, FindingOf } from '../core/types.js';
import { COUNTRY_POPULATION, WARD } from './defaults.js';
import type { Factor, Range } from './scenario.js';
import { countCorrelatedOnce } from './correlations.js';
import { placePopulation, shareOf } from './shares.js';

export function product(base: Range, factors: readonly Factor[]): Range {
  // In log space, so that many small shares cannot underflow (docs/risk-model.md §2.2).
  let low = Math.log(base.low);
  let central = Math.log(base.central);
  let high = Math.log(base.high);
  for (const f of factors) {
    low += Math.log(f.share.low);
    central += Math.log(f.share.central);
    high += Math.log(f.share.high);
  }
  return { low: Math.exp(low), central: Math.exp(central), high: Math.exp(high) };
}

export function smallestPlace(findings: readonly Finding[]): FindingOf<'place'> | undefined {
  let best: FindingOf<'place'> | undefined;
  for (const f of findings) {
    if (f.kind !== 'place' || !(placePopulation(f.facts) > 0)) continue;
    if (!best || placePopulation(f.facts) < placePopulation(best.facts)) best = f;
  }
  return best;
}

/** The shares every frame starts from: one gender factor, the first age, every other detail as found. */
export function populationFactors(findings: readonly Finding[]): Factor[] {
  const factors: Factor[] = [];
  let gender = false;
  let age = false;
  // "Gaziantep, Turkije": the city sets the base; its country says nothing more.
  const base = smallestPlace(findings);
  for (const f of findings) {
    const share = shareOf(f);
    if (!share) continue;
    if (f.kind === 'place' && base && f.facts.country === base.facts.country) continue;
    if (f.kind === 'gender') {
      if (gender) continue;
      gender = true;
    } else if (f.kind === 'age') {
      if (age) continue;
      age = true;
    }
    factors.push({ finding: f, share, label: f.text });
  }
  return countCorrelatedOnce(dedupeRelated(factors));
}

/**
 * The same detail named twice ("narcolepsie ... #narcolepsie", "MS ... multiple sclerose") narrows the
 * set once; so do two words for related conditions ("blind" and "maculadegeneratie"), which are
 * strongly correlated: the rarest stands for the family.
 */
function dedupeRelated(factors: Factor[]): Factor[] {
  // Sets, not list scans: a long document has thousands of details.
  const seen = new Set<string>();
  const kept = new Set<Factor>();
  const related = new Set<string>(); // every lineage id of a diagnosis kept so far
  for (const f of [...factors].sort((a, b) => a.share.central - b.share.central)) {
    const d = f.finding;
    // "Turkse ... uit Turkije": a country abroad and its nationality are one origin, counted once.
    const key = d.kind === 'place' && d.facts.origin ? `nationality:${d.facts.origin}` : `${d.kind}:${'id' in d.facts ? d.facts.id : d.text.toLowerCase()}`;
    if (seen.has(key)) continue;
    if (d.kind === 'diagnosis') {
      const lineage = [d.facts.id, ...d.facts.ancestors].filter(Boolean);
      if (lineage.some((id) => related.has(id))) continue;
      for (const id of lineage) related.add(id);
    }
    seen.add(key);
    kept.add(f);
  }
  return factors.filter((f) => kept.has(f));
}

/** Powers of ten a double holds exactly. */
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * Three significant digits, as the report gives every figure: the value of `Number(x.toPrecision(3))`.
 * The rewrite search rounds each audience's matches at every re-estimate, and formatting a number to
 * parse it back was a tenth of that; so the digits are found by arithmetic where it is exact. Scaling
 * by an exact power of ten is off by less than 1e-13 in [100, 1000), so away from a half (and from the
 * ends of the range) Math.round gives toPrecision's digits, and dividing or multiplying those digits by
 * the exact power rounds once, as parsing their decimal does. Anything closer to a tie is formatted.
 */
export const round = (x: number): number => {
  if (x === 0 || !Number.isFinite(x)) return x;
  const a = Math.abs(x);
  const k = 2 - Math.floor(Math.log10(a));
  if (k >= -22 && k <= 22) {
    const y = k >= 0 ? a * EXACT_POWERS[k]! : a / EXACT_POWERS[-k]!;
    const frac = y - Math.floor(y);
    if (y > 100 + TIE && y < 1000 - TIE && Math.abs(frac - 0.5) > TIE) {
      const digits = Math.round(y);
      const value = k >= 0 ? digits / EXACT_POWERS[k]! : digits * EXACT_POWERS[-k]!;
      return x < 0 ? -value : value;
    }
  }
  return Number(x.toPrecision(3));
};
/** How near a half or an end of the range the scaled value may come before it is formatted instead. */
const TIE = 1e-9;

/** The population of the country a text is set in (the Netherlands when unknown). */
export const countryPopulation = (code: string): number => COUNTRY_POPULATION[code] ?? COUNTRY_POPULATION['NL']!;

/** The people admitted to a ward in a window of days: beds × window / stay, the short stay giving the most. */
export function wardAdmissions(windowDays: number, ward: { beds?: number; stayDays?: [number, number] } = {}): Range {
  const beds = ward.beds ?? WARD.beds;
  const [short, long] = ward.stayDays ?? [WARD.stayDays.short, WARD.stayDays.long];
  const admitted = (stay: number) => (beds * windowDays) / stay;
  return { low: admitted(long), central: admitted((long + short) / 2), high: admitted(short) };
}
