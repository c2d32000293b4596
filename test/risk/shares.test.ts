import { describe, expect, it } from 'vitest';
import { ageShare, rarityShare } from '../../src/risk/shares.js';

describe('ageShare', () => {
  it('gives a wider band a larger share', () => {
    const one = ageShare(40, 40).central;
    const five = ageShare(40, 44).central;
    const ten = ageShare(40, 49).central;
    expect(one).toBeLessThan(five);
    expect(five).toBeLessThan(ten);
    expect(ten).toBeCloseTo(0.125, 5); // ≈ 0.13 for a decade, as docs/risk-model.md §4.1 says
  });

  it('gives the nineties a smaller share than the forties, and old ages a smaller one-year share', () => {
    expect(ageShare(90, 99).central).toBeLessThan(ageShare(40, 49).central);
    expect(ageShare(90, 99).central).toBeLessThan(ageShare(80, 89).central);
    expect(ageShare(95, 95).central).toBeLessThan(ageShare(45, 45).central);
    expect(ageShare(85, 105).central).toBeLessThan(ageShare(40, 49).central);
  });

  it('is monotone in band width for any start age (up to the 110-year cap)', () => {
    for (const from of [0, 20, 60, 75, 88, 95]) {
      let prev = 0;
      for (let to = from; to <= from + 15; to++) {
        const c = ageShare(from, to).central;
        expect(c).toBeGreaterThan(prev);
        prev = c;
      }
    }
  });

  it('keeps low ≤ central ≤ high, all in (0, 1), and names its source', () => {
    for (const [from, to] of [[45, 45], [40, 49], [90, 99], [0, 110], [13, 19]] as const) {
      const f = ageShare(from, to);
      expect(f.low).toBeGreaterThan(0);
      expect(f.low).toBeLessThanOrEqual(f.central);
      expect(f.central).toBeLessThanOrEqual(f.high);
      expect(f.high).toBeLessThan(1);
      expect(f.source).not.toBe('');
    }
  });

  it('past 100, follows the few people alive at each age (CBS 2023: 1,161 aged 100 in 17.8 M)', () => {
    expect(ageShare(100, 100).central).toBeCloseTo(1161 / 17_800_000, 5);
    expect(ageShare(102, 102).central).toBeLessThan(ageShare(100, 100).central);
    expect(ageShare(101, 101).central * 10).toBeLessThan(ageShare(95, 95).central);
    expect(ageShare(100, 110).central).toBeLessThan(3000 / 17_800_000);
  });

  it('does not grow past age 110', () => {
    expect(ageShare(100, 120).central).toBe(ageShare(100, 110).central);
  });

  it('caps the whole life span below 1', () => {
    expect(ageShare(0, 110).central).toBeLessThanOrEqual(0.95);
  });
});

describe('rarityShare', () => {
  it('falls with the rank: the rarer the word, the smaller the share', () => {
    let prev = Infinity;
    for (const rank of [1, 100, 1_000, 5_000, 10_000, 20_000, 50_000, 100_000]) {
      const c = rarityShare(rank).central;
      expect(c).toBeLessThanOrEqual(prev);
      prev = c;
    }
    expect(rarityShare(20_000).central).toBeLessThan(rarityShare(10_000).central);
  });

  it('leaves 1 in 1,000 at the rule\'s threshold and 1 in 5,000 past the lists, as docs/risk-model.md §4.7 says', () => {
    expect(rarityShare(10_000).central).toBeCloseTo(0.001, 6);
    expect(rarityShare(50_000).central).toBeCloseTo(0.0002, 6);
  });

  it('keeps low ≤ central ≤ high in (0, 1) and names the rank', () => {
    for (const rank of [1, 10_001, 50_000]) {
      const f = rarityShare(rank);
      expect(f.low).toBeGreaterThan(0);
      expect(f.low).toBeLessThanOrEqual(f.central);
      expect(f.central).toBeLessThanOrEqual(f.high);
      expect(f.high).toBeLessThan(1);
      expect(f.source).toContain(String(rank));
    }
  });
});
