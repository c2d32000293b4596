import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../../src/core/resolve.js';
import type { Detection } from '../../src/core/types.js';
import { context, detection as d, detectorOf } from '../helpers.js';

const summary = (ds: readonly Detection[]) => ds.map((x) => [x.kind, x.start, x.end]);

describe('resolveOverlaps', () => {
  it('keeps one finding per span', () => {
    const out = resolveOverlaps([
      d({ kind: 'name', start: 0, end: 10, confidence: 0.9 }),
      d({ kind: 'name', start: 0, end: 10, confidence: 0.9, rule: 'pseudonym', facts: { pseudonym: true, form: 'pseudonym' } }),
      d({ kind: 'place', start: 4, end: 10, confidence: 0.9 }),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]!.kind).toBe('name');
  });

  it('keeps non-overlapping detections, sorted by position; touching spans do not overlap', () => {
    const out = resolveOverlaps([
      d({ kind: 'place', start: 20, end: 25 }),
      d({ kind: 'age', start: 0, end: 9 }),
      d({ kind: 'date', start: 9, end: 19 }),
    ]);
    expect(summary(out)).toEqual([
      ['age', 0, 9],
      ['date', 9, 19],
      ['place', 20, 25],
    ]);
  });

  it('lets an address beat the place inside it ("Oostmolenweg 101, Goes")', () => {
    const out = resolveOverlaps([
      d({ kind: 'place', start: 18, end: 22, confidence: 0.9 }),
      d({ kind: 'address', start: 0, end: 22, confidence: 0.9 }),
    ]);
    expect(summary(out)).toEqual([['address', 0, 22]]);
  });

  it('lets an address beat a longer place span', () => {
    const out = resolveOverlaps([
      d({ kind: 'place', start: 0, end: 30, confidence: 0.9 }),
      d({ kind: 'address', start: 5, end: 20, confidence: 0.9 }),
    ]);
    expect(summary(out)).toEqual([['address', 5, 20]]);
  });

  it('lets an institution beat a name ("afdeling De Linde")', () => {
    const out = resolveOverlaps([
      d({ kind: 'name', start: 9, end: 17, confidence: 0.9 }),
      d({ kind: 'institution', start: 0, end: 17, confidence: 0.8 }),
    ]);
    expect(summary(out)).toEqual([['institution', 0, 17]]);
  });

  it('lets a confident detection beat a low-confidence one of a more specific kind', () => {
    const out = resolveOverlaps([
      d({ kind: 'phone', start: 0, end: 10, confidence: 0.6 }),
      d({ kind: 'date', start: 0, end: 10, confidence: 0.9 }),
    ]);
    expect(summary(out)).toEqual([['date', 0, 10]]);
  });

  it('prefers the higher confidence on equal kind and span', () => {
    const out = resolveOverlaps([
      d({ kind: 'name', start: 0, end: 5, confidence: 0.8, rule: 'name' }),
      d({ kind: 'name', start: 0, end: 5, confidence: 0.95, rule: 'pseudonym' }),
    ]);
    expect(out.map((x) => x.rule)).toEqual(['pseudonym']);
  });

  it('prefers the longer span on equal kind and confidence class', () => {
    const out = resolveOverlaps([
      d({ kind: 'name', start: 0, end: 3, confidence: 0.9 }),
      d({ kind: 'name', start: 0, end: 10, confidence: 0.9 }),
    ]);
    expect(summary(out)).toEqual([['name', 0, 10]]);
  });

  it('drops empty and inverted spans', () => {
    expect(resolveOverlaps([d({ kind: 'name', start: 5, end: 5 }), d({ kind: 'name', start: 7, end: 3 })])).toEqual([]);
    expect(resolveOverlaps([])).toEqual([]);
  });

  it('does not mutate its input', () => {
    const input = [d({ kind: 'place', start: 5, end: 9 }), d({ kind: 'address', start: 0, end: 9 })];
    const copy = structuredClone(input);
    resolveOverlaps(input);
    expect(input).toEqual(copy);
  });

  it('is deterministic: any input order gives the same output', () => {
    const input = [
      d({ kind: 'name', start: 0, end: 10, confidence: 0.9, rule: 'name' }),
      d({ kind: 'name', start: 5, end: 15, confidence: 0.9, rule: 'pseudonym' }),
      d({ kind: 'place', start: 12, end: 20, confidence: 0.8 }),
      d({ kind: 'date', start: 18, end: 25, confidence: 0.9 }),
      d({ kind: 'age', start: 30, end: 32, confidence: 0.6 }),
      d({ kind: 'gender', start: 30, end: 35, confidence: 0.7 }),
    ];
    const expected = resolveOverlaps(input);
    // Equal-strength overlapping names: the earlier one wins.
    expect(expected.filter((x) => x.kind === 'name').map((x) => x.rule)).toEqual(['name']);
    let seed = 7;
    for (let n = 0; n < 30; n++) {
      const shuffled = [...input];
      for (let i = shuffled.length - 1; i > 0; i--) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        const j = seed % (i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      expect(resolveOverlaps(shuffled)).toEqual(expected);
    }
  });

  it('leaves no overlaps on real detector output', () => {
    const text = 'Mail jan@gmail.com of bel 06-12345678 op 12-03-2024 om 14:30; de 45-jarige @jan_j zie www.x.nl/jan.';
    const ctx = context(text);
    const all = (['email', 'url', 'handle', 'phone', 'date', 'age'] as const).flatMap((id) => detectorOf(id).detect(ctx));
    const out = resolveOverlaps(all);
    for (let i = 1; i < out.length; i++) expect(out[i]!.start).toBeGreaterThanOrEqual(out[i - 1]!.end);
    expect(out.map((x) => text.slice(x.start, x.end))).toEqual([
      'jan@gmail.com',
      '06-12345678',
      '12-03-2024',
      '14:30',
      '45-jarige',
      '@jan_j',
      'www.x.nl/jan',
    ]);
  });
});
