import { describe, expect, it } from 'vitest';
import { levelRank } from '../../src/core/kinds.js';
import type { FactsOf } from '../../src/core/facts.js';
import { withFacts } from '../../src/core/with-facts.js';
import type { Kind } from '../../src/core/kinds.js';
import type { Figure, Finding, FindingOf } from '../../src/core/types.js';
import { estimateRisk } from '../../src/risk/estimate.js';
import { expectedForRisk, riskFromExpected } from '../../src/risk/math.js';
import { ageShare, shareOf } from '../../src/risk/shares.js';
import { fails } from '../../src/report/summary.js';
import { detection } from '../helpers.js';

const cues = { employer: false, ward: false, admission: false, country: 'NL' };

function finding<K extends Kind>(kind: K, text: string, facts: Partial<FactsOf<K>> = {}): FindingOf<K> {
  return {
    ...detection({ kind, start: 0, end: text.length, confidence: 0.9, facts }),
    text, line: 1, column: 1, message: '', suggestion: '',
    identifier: ['name', 'phone', 'email'].includes(kind) ? 'direct' : 'quasi',
  };
}
const figure = (low: number, central: number, high: number): Figure => ({ low, central, high, source: 'test' });
const place = (name: string, population: number) => finding('place', name, { population, country: 'NL', id: name });
const woman = () => finding('gender', 'vrouw', { gender: 'f' });
const age45 = () => finding('age', '45-jarige', { from: 45, to: 45, form: 'exact' });
const schizophrenia = () => finding('diagnosis', 'schizofrenie', { id: 'schizophrenia', figure: figure(0.003, 0.005, 0.008) });
const risk = (fs: Finding[]) => estimateRisk(fs, cues, {}, 'nl', false);

describe('risk = (1 - e^-E) / E (docs/risk-model.md §6.1)', () => {
  it('lands on the regulators cell sizes', () => {
    expect(riskFromExpected(11.1)).toBeCloseTo(0.09, 2); // Health Canada / EMA: k = 11
    expect(riskFromExpected(20)).toBeCloseTo(0.05, 2); // IPC / El Emam: k = 20
    expect(riskFromExpected(5)).toBeCloseTo(0.2, 2); // cell size 5
    // docs/risk-model.md §6.2: risk 0.5 at E ≈ 1.6
    expect(expectedForRisk(0.5)).toBeCloseTo(1.59, 2);
  });

  it('is 1 at E = 0, bounded in (0, 1], decreasing, and stable at the extremes', () => {
    expect(riskFromExpected(0)).toBe(1);
    expect(riskFromExpected(1e-12)).toBeCloseTo(1, 10);
    expect(riskFromExpected(1e12)).toBeCloseTo(1e-12, 20);
    let prev = 1;
    for (let e = 1e-6; e < 1e6; e *= 1.7) {
      const r = riskFromExpected(e);
      expect(r).toBeGreaterThan(0);
      expect(r).toBeLessThanOrEqual(1);
      expect(r).toBeLessThanOrEqual(prev);
      prev = r;
    }
  });

  it('expectedForRisk inverts it', () => {
    for (const r of [0.5, 0.2, 0.09, 0.05, 0.01]) expect(riskFromExpected(expectedForRisk(r))).toBeCloseTo(r, 6);
  });

  it('does not underflow with many small shares (log space)', () => {
    const many = Array.from({ length: 40 }, (_, i) => finding('unusual', `detail ${i}`, { figure: figure(1e-5, 1e-5, 1e-5) }));
    const r = risk([place('X', 1000), ...many]);
    // The village can tell who it is; nothing names the person to anyone else.
    expect(r.level).toBe('high');
    expect(Number.isFinite(r.score)).toBe(true);
  });
});

describe('--fail-on', () => {
  it('fails a file at or above the level; none never fails', () => {
    const result = (level: 'low' | 'medium') => ({ risk: { level } }) as never;
    expect(fails(result('low'), 'medium')).toBe(false);
    expect(fails(result('medium'), 'medium')).toBe(true);
    expect(fails(result('medium'), 'none')).toBe(false);
  });
});

describe('calibration against published figures', () => {
  it('Koot et al. 2010: 4-digit postcode + date of birth makes about two thirds of Dutch people unique', () => {
    // P(unique) = e^-λ with λ = people in the postcode area x the share with one birth date.
    // Person-weighted PC4 ≈ 8,500 people (an estimate [E]); a birth date is one day in ≈ 80 years.
    // The share of a date of birth in the risk layer: 1/36500–1/25000.
    const birthDate = finding('date', '12-03-1961', { birth: true, windowDays: 1, form: 'numeric' });
    const r = risk([place('PC4', 8500), birthDate]);
    const unique = Math.exp(-r.expectedMatches.central);
    // Measured: 67.0% unique. The naive model overstates uniqueness by up to x2 in λ (docs/risk-model.md §12.3).
    const measuredLambda = -Math.log(0.67);
    expect(r.expectedMatches.central / measuredLambda).toBeGreaterThan(0.5);
    expect(r.expectedMatches.central / measuredLambda).toBeLessThan(2);
    expect(unique).toBeGreaterThan(0.6);
    expect(unique).toBeLessThan(0.85);
  });

  it('the shares of the worked example and the birth date come from the risk layer', () => {
    const range = (f: Finding) => {
      const share = shareOf(f)!;
      return [share.low, share.central, share.high];
    };
    const close = (got: number[], want: number[]) => want.forEach((w, i) => expect(got[i]).toBeCloseTo(w, 9));
    close(range(woman()), [0.49, 0.5, 0.51]);
    close(range(age45()), [0.009, 0.0125, 0.015]);
    close(range(schizophrenia()), [0.003, 0.005, 0.008]);
    close(range(finding('date', '12-03-1961', { birth: true, windowDays: 1, form: 'numeric' })), [1 / 36500, 1 / 29200, 1 / 25000]);
  });

  it('the worked example: a 45-year-old woman from Kloetinge with schizophrenia: those around her can tell (medium); with Zeeland or no place they cannot (low)', () => {
    const kloetinge = risk([place('Kloetinge', 3455), woman(), age45(), schizophrenia()]);
    // docs/risk-model.md §5.5: E 0.05–0.21 (it fixes age and sex shares; ours carry their own ranges)
    expect(kloetinge.expectedMatches.low).toBeLessThan(0.07);
    expect(kloetinge.expectedMatches.high).toBeGreaterThan(0.2);
    expect(kloetinge.expectedMatches.high).toBeLessThan(0.25);
    expect(kloetinge.level).toBe('medium');
    const audience = (r: typeof kloetinge, a: string) => r.audiences!.find((x) => x.audience === a)!;
    // About 15 women of 45 live in Kloetinge: the village cannot tell; those who know her can.
    expect(audience(kloetinge, 'community').recognizable).toBe(false);
    expect(audience(kloetinge, 'acquaintances').recognizable).toBe(true);
    expect(risk([place('Zeeland', 385_459), woman(), age45(), schizophrenia()]).level).toBe('low');
    expect(risk([woman(), age45(), schizophrenia()]).level).toBe('low');
  });

  it('a province is not a community: a rare detail there is for those around the person, not the province', () => {
    const accident = finding('event', 'het ongeluk', { via: 'construction', construction: 'accident' });
    const inProvince = risk([finding('place', 'Zeeland', { population: 385_459, country: 'NL', id: 'nl-zl', type: 'province' }), woman(), age45(), accident]);
    expect(inProvince.audiences!.some((a) => a.audience === 'community')).toBe(false);
    const inVillage = risk([finding('place', 'Kloetinge', { population: 3455, country: 'NL', id: 'nl-kl', type: 'town' }), woman(), age45(), accident]);
    expect(inVillage.audiences!.find((a) => a.audience === 'community')!.recognizable).toBe(true);
  });

  it('insider: "vandaag ... op de afdeling" is known to the ward; a year on the ward narrows far less', () => {
    const vandaag = finding('date', 'vandaag', { windowDays: 1, form: 'relative' });
    const r = estimateRisk([vandaag, woman(), age45(), schizophrenia()], { employer: true, ward: true, admission: false, windowDays: 1, country: 'NL' }, {}, 'nl', false);
    expect(r.scenario).toBe('insider');
    expect(r.level).toBe('medium');
    expect(r.audiences!.find((a) => a.audience === 'insiders')!.recognizable).toBe(true);
    const year = estimateRisk([woman(), age45(), schizophrenia()], { employer: true, ward: true, admission: false, windowDays: 365, country: 'NL' }, { audience: 'insider' }, 'nl', false);
    // About 190 people pass through the ward in a year: many more match than on one day.
    const insiders = (x: typeof r) => x.audiences!.find((a) => a.audience === 'insiders')!.expectedMatches.low;
    expect(insiders(year)).toBeGreaterThan(insiders(r) * 5);
  });
});

describe('monotonicity (property tests, seeded)', () => {
  // A small deterministic generator: the same sequence on every run.
  let seed = 20261123;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const randomFinding = (i: number): Finding => {
    const kinds = ['age', 'diagnosis', 'profession', 'family', 'event', 'nationality', 'unusual'] as const;
    const kind = kinds[Math.floor(rand() * kinds.length)]!;
    const text = `${kind}-${i}`;
    if (kind === 'age') {
      const from = Math.floor(rand() * 100);
      return finding('age', text, { from, to: from + Math.floor(rand() * 10), form: 'around' });
    }
    const central = 10 ** (-4 * rand());
    if (kind === 'nationality') return finding('nationality', text, { id: text, share: central });
    const share = figure(central / 2, central, Math.min(1, central * 2));
    if (kind === 'diagnosis') return finding('diagnosis', text, { id: text, figure: share });
    if (kind === 'profession') return finding('profession', text, { id: text, figure: share });
    return withFacts(finding(kind, text), { figure: share });
  };
  /** The same detail said more generally: a three times larger share, or a wider age band. */
  const widen = (f: Finding): Finding => {
    const x3 = (g: Figure): Figure => ({ ...g, low: Math.min(1, g.low * 3), central: Math.min(1, g.central * 3), high: Math.min(1, g.high * 3) });
    switch (f.kind) {
      case 'age':
        return withFacts(f, { from: Math.max(0, f.facts.from - 5), to: f.facts.to + 5 });
      case 'nationality':
        return withFacts(f, { share: Math.min(1, f.facts.share * 3) });
      case 'diagnosis':
      case 'profession':
        return withFacts(f, { figure: x3(shareOf(f)!) });
      case 'family':
      case 'event':
      case 'unusual':
        return withFacts(f, { via: 'phrase', figure: x3(shareOf(f)!), label: { nl: '', en: '' } });
      default:
        throw new Error(`no wider ${f.kind}`);
    }
  };

  // Every audience's matches, and the level: what "narrower" and "wider" mean for the reach model.
  const narrowing = (before: ReturnType<typeof risk>, after: ReturnType<typeof risk>) => {
    expect(levelRank(after.level)).toBeGreaterThanOrEqual(levelRank(before.level));
    for (const a of before.audiences ?? []) {
      const b = after.audiences?.find((x) => x.audience === a.audience);
      expect(b, `${a.audience} is still there`).toBeDefined();
      expect(b!.expectedMatches.low).toBeLessThanOrEqual(a.expectedMatches.low * (1 + 1e-9));
      if (a.recognizable) expect(b!.recognizable).toBe(true);
    }
  };

  it('adding a detail never widens any audience', () => {
    for (let trial = 0; trial < 200; trial++) {
      const fs = [place('P', Math.round(1000 + rand() * 1e6)), ...Array.from({ length: Math.floor(rand() * 4) }, (_, i) => randomFinding(i))];
      narrowing(risk(fs), risk([...fs, randomFinding(99)]));
    }
  });

  it('generalizing a detail (a larger share, a larger place) never narrows any audience', () => {
    for (let trial = 0; trial < 200; trial++) {
      const detail = randomFinding(1);
      const wider = widen(detail);
      const pop = Math.round(1000 + rand() * 1e5);
      narrowing(risk([place('P', pop), wider]), risk([place('P', pop), detail]));
      narrowing(risk([place('Q', pop * 10), detail]), risk([place('P', pop), detail]));
    }
  });

  it('the age band shares grow with the band, and old ages are rarer', () => {
    expect(ageShare(40, 49).central).toBeGreaterThan(ageShare(45, 45).central);
    expect(ageShare(90, 99).central).toBeLessThan(ageShare(40, 49).central);
  });
});

describe('pseudonyms and direct identifiers', () => {
  it('a direct identifier of a person makes the file critical, a pseudonym does not', () => {
    const name = finding('name', 'Jan Jansen', { parts: ['jan', 'jansen'], form: 'full', pseudonym: false });
    expect(risk([name]).level).toBe('critical');
    const pseudo = { ...name, facts: { ...name.facts, pseudonym: true } };
    expect(risk([pseudo]).level).not.toBe('critical');
  });

  it('a pseudonym never lowers the risk of the other details', () => {
    const details = [place('Kloetinge', 3455), woman(), age45(), schizophrenia()];
    const pseudo = finding('name', 'Anna', { parts: ['anna'], pseudonym: true });
    expect(estimateRisk([pseudo, ...details], cues, {}, 'nl', true).score).toBe(risk(details).score);
  });
});

describe('roles there is one of per place (docs/risk-model.md §4.6)', () => {
  it('the mayor of a named town is about one person there', () => {
    const mayor = finding('profession', 'burgemeester', { id: 'mayor', uniquePerPlace: true, figure: figure(0.00002, 0.00002, 0.00003) });
    const inTown = risk([place('Goes', 38_660), mayor]);
    expect(inTown.expectedMatches.central).toBeCloseTo(1, 5);
    // Anyone can look up who the mayor of Goes is.
    expect(inTown.level).toBe('critical');
    // Without a place, a mayor somewhere in the country is one of hundreds: only those who know him can tell.
    expect(risk([mayor]).level).toBe('medium');
  });
});
