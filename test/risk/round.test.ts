import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { round } from '../../src/risk/factors.js';

const reference = (x: number): number => (x === 0 || !Number.isFinite(x) ? x : Number(x.toPrecision(3)));

describe('round (three significant digits)', () => {
  it('is Number(x.toPrecision(3)) on ties, ends of ranges, powers of ten and the like', () => {
    const cases = [0, -0, 1, 10, 100, 999.5, 999.4999, 1000, 0.1235, 0.1245, 2.5e-5, 1.005, 123.5, 124.5, 0.000125, 99.95, 9.995, 0.9995, 1e21, 1.23456e22, 1e-19, 5e-324, 1.7976931348623157e308, Infinity, -Infinity, NaN, -123.45, 1 / 3, 2 / 3, 17_900_000 / 3, 0.07, 0.1 + 0.2];
    for (const x of cases) expect(Object.is(round(x), reference(x)), String(x)).toBe(true);
  });

  it('is Number(x.toPrecision(3)) for any double', () => {
    fc.assert(fc.property(fc.double({ noNaN: true }), (x) => Object.is(round(x), reference(x))), { numRuns: 50_000 });
  });

  it('is Number(x.toPrecision(3)) for shares and counts as the risk model makes them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: -12, max: 9 }), (a, b, e) => {
        const x = (a / b) * 10 ** e;
        return Object.is(round(x), reference(x)) && Object.is(round(a * 10 ** e / 1000), reference(a * 10 ** e / 1000));
      }),
      { numRuns: 50_000 },
    );
  });
});
