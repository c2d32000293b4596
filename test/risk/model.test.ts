import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import { estimateRisk } from '../../src/risk/estimate.js';
import { levelForRisk } from '../../src/risk/levels.js';
import { expectedForRisk, riskFromExpected } from '../../src/risk/math.js';
import { fails } from '../../src/report/summary.js';
import { ageFigure } from '../../src/detectors/ages.js';

const cues = { employer: false, ward: false, country: 'NL' };

function finding(kind: Finding['kind'], text: string, share?: [number, number, number], data: Record<string, unknown> = {}): Finding {
  return {
    kind, text, start: 0, end: text.length, line: 1, column: 1, rule: kind, confidence: 0.9, message: '', suggestion: '',
    identifier: ['name', 'phone', 'email'].includes(kind) ? 'direct' : 'quasi',
    ...(share ? { figure: { low: share[0], central: share[1], high: share[2], source: 'test' } } : {}),
    data,
  };
}
const place = (name: string, population: number) => finding('place', name, undefined, { population, country: 'NL', id: name });
const woman = () => finding('gender', 'vrouw', [0.49, 0.5, 0.51]);
const age45 = () => finding('age', '45-jarige', [0.009, 0.0125, 0.015]);
const schizophrenia = () => finding('diagnosis', 'schizofrenie', [0.003, 0.005, 0.008], { id: 'schizophrenia' });
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
    const many = Array.from({ length: 40 }, (_, i) => finding('unusual', `detail ${i}`, [1e-5, 1e-5, 1e-5]));
    const r = risk([place('X', 1000), ...many]);
    expect(r.level).toBe('critical');
    expect(Number.isFinite(r.score)).toBe(true);
  });
});

describe('levels and --fail-on (docs/risk-model.md §7)', () => {
  it('fail-on medium fails exactly at risk > 0.09', () => {
    expect(levelForRisk(0.09)).toBe('low');
    expect(levelForRisk(0.0900001)).toBe('medium');
    // high from 0.2, critical from 0.5 (docs/risk-model.md §7), not the implementation's own constants.
    expect(levelForRisk(0.1999)).toBe('medium');
    expect(levelForRisk(0.2)).toBe('high');
    expect(levelForRisk(0.4999)).toBe('high');
    expect(levelForRisk(0.5)).toBe('critical');
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
    const birthDate = finding('date', '12-03-1961', [1 / 36500, 1 / 29200, 1 / 25000], { birth: true, windowDays: 1 });
    const r = risk([place('PC4', 8500), birthDate]);
    const unique = Math.exp(-r.expectedMatches.central);
    // Measured: 67.0% unique. The naive model overstates uniqueness by up to x2 in λ (docs/risk-model.md §12.3).
    const measuredLambda = -Math.log(0.67);
    expect(r.expectedMatches.central / measuredLambda).toBeGreaterThan(0.5);
    expect(r.expectedMatches.central / measuredLambda).toBeLessThan(2);
    expect(unique).toBeGreaterThan(0.6);
    expect(unique).toBeLessThan(0.85);
  });

  it('the worked example: a 45-year-old woman from Kloetinge with schizophrenia is critical; Zeeland medium; no place low', () => {
    const kloetinge = risk([place('Kloetinge', 3455), woman(), age45(), schizophrenia()]);
    // docs/risk-model.md §5.5: E 0.05–0.21 (it fixes age and sex shares; ours carry their own ranges)
    expect(kloetinge.expectedMatches.low).toBeLessThan(0.07);
    expect(kloetinge.expectedMatches.high).toBeGreaterThan(0.2);
    expect(kloetinge.expectedMatches.high).toBeLessThan(0.25);
    expect(kloetinge.level).toBe('critical');
    expect(risk([place('Zeeland', 385_459), woman(), age45(), schizophrenia()]).level).toBe('medium');
    expect(risk([woman(), age45(), schizophrenia()]).level).toBe('low');
  });

  it('insider: "vandaag ... op de afdeling" is practically unique whatever the details', () => {
    const vandaag = finding('date', 'vandaag', undefined, { windowDays: 1 });
    const r = estimateRisk([vandaag, woman(), age45(), schizophrenia()], { employer: true, ward: true, windowDays: 1, country: 'NL' }, {}, 'nl', false);
    expect(r.scenario).toBe('insider');
    expect(r.level).toBe('critical');
    const year = estimateRisk([woman(), age45(), schizophrenia()], { employer: true, ward: true, windowDays: 365, country: 'NL' }, { audience: 'insider' }, 'nl', false);
    expect(['medium', 'high']).toContain(year.level); // docs/risk-model.md §5.5: 124–243 admissions a year -> high (central: elevated)
  });
});

describe('monotonicity (property tests, seeded)', () => {
  // A small deterministic generator: the same sequence on every run.
  let seed = 20261123;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const randomFinding = (i: number): Finding => {
    const kinds = ['age', 'diagnosis', 'profession', 'family', 'event', 'nationality', 'unusual'] as const;
    const kind = kinds[Math.floor(rand() * kinds.length)]!;
    const central = 10 ** (-4 * rand());
    return finding(kind, `${kind}-${i}`, [central / 2, central, Math.min(1, central * 2)], { id: `${kind}-${i}` });
  };

  it('adding a detail never lowers the risk', () => {
    for (let trial = 0; trial < 200; trial++) {
      const fs = [place('P', Math.round(1000 + rand() * 1e6)), ...Array.from({ length: Math.floor(rand() * 4) }, (_, i) => randomFinding(i))];
      const before = risk(fs).score;
      const after = risk([...fs, randomFinding(99)]).score;
      expect(after).toBeGreaterThanOrEqual(before);
    }
  });

  it('generalizing a detail (a larger share, a larger place) never raises the risk', () => {
    for (let trial = 0; trial < 200; trial++) {
      const detail = randomFinding(1);
      const wider = { ...detail, figure: { ...detail.figure!, low: Math.min(1, detail.figure!.low * 3), central: Math.min(1, detail.figure!.central * 3), high: Math.min(1, detail.figure!.high * 3) } };
      const pop = Math.round(1000 + rand() * 1e5);
      expect(risk([place('P', pop), wider]).score).toBeLessThanOrEqual(risk([place('P', pop), detail]).score);
      expect(risk([place('Q', pop * 10), detail]).score).toBeLessThanOrEqual(risk([place('P', pop), detail]).score);
    }
  });

  it('the age band shares grow with the band, and old ages are rarer', () => {
    expect(ageFigure(40, 49).central).toBeGreaterThan(ageFigure(45, 45).central);
    expect(ageFigure(90, 99).central).toBeLessThan(ageFigure(40, 49).central);
  });
});

describe('pseudonyms and direct identifiers', () => {
  it('a direct identifier of a person makes the file critical, a pseudonym does not', () => {
    const name = finding('name', 'Jan Jansen');
    expect(risk([name]).level).toBe('critical');
    const pseudo = { ...name, data: { pseudonym: true } };
    expect(risk([pseudo]).level).not.toBe('critical');
  });

  it('a pseudonym never lowers the risk of the other details', () => {
    const details = [place('Kloetinge', 3455), woman(), age45(), schizophrenia()];
    const pseudo = { ...finding('name', 'Anna'), data: { pseudonym: true } };
    expect(estimateRisk([pseudo, ...details], cues, {}, 'nl', true).score).toBe(risk(details).score);
  });
});

describe('roles there is one of per place (docs/risk-model.md §4.6)', () => {
  it('the mayor of a named town is about one person there', () => {
    const mayor = finding('profession', 'burgemeester', [0.00002, 0.00002, 0.00003], { id: 'mayor', uniquePerPlace: true });
    const inTown = risk([place('Goes', 38_660), mayor]);
    expect(inTown.expectedMatches.central).toBeCloseTo(1, 5);
    expect(inTown.level).toBe('critical');
    // Without a place, a mayor somewhere in the country is one of hundreds.
    expect(risk([mayor]).level).toBe('low');
  });
});
