/**
 * Countries as places: the text's own country ("in Nederland", "the United Kingdom") is reported but
 * narrows nothing and gets no rewrite; a country abroad narrows like the origin it names, once.
 */
import { describe, expect, it } from 'vitest';
import { check, ladderOf } from '../fixes/helpers.js';

const anyone = (text: string) => check(text).risk.audiences?.find((a) => a.audience === 'anyone')?.expectedMatches.central;

describe("the text's own country", () => {
  it('a text whose only detail is "in Nederland" stays low', () => {
    const r = check('Ze woont al haar hele leven in Nederland.');
    expect(r.findings.map((f) => `${f.kind}:${f.text}`)).toContain('place:Nederland');
    expect(['none', 'low']).toContain(r.risk.level);
    expect(r.findings.find((f) => f.text === 'Nederland')!.factor).toBeUndefined();
  });

  it('narrows nothing: the same matches with or without the country', () => {
    expect(anyone('Een vrouw van 45 met diabetes woont in Nederland.')).toBe(anyone('Een vrouw van 45 met diabetes woont hier.'));
    expect(anyone('A woman of 45 with diabetes lives in the United Kingdom.')).toBe(anyone('A woman of 45 with diabetes lives here.'));
    expect(check('Ze woont in België.').cues.country).toBe('NL');
  });

  it('gets no rewrite', () => {
    expect(ladderOf('Een vrouw van 45 met schizofrenie woont in Nederland.', 'place', 'Nederland').ladder).toEqual([]);
    expect(ladderOf('He has lived in the UK since 2019 with schizophrenia.', 'place', 'UK').ladder).toEqual([]);
  });
});

describe('a country abroad', () => {
  it('narrows like the origin it names, counted once with the nationality', () => {
    expect(anyone('Een vrouw van 45 komt uit Turkije en is Turks.')).toBe(anyone('Een vrouw van 45 is Turks.'));
    expect(anyone('Een vrouw van 45 komt uit Turkije.')).toBeLessThan(anyone('Een vrouw van 45.')!);
  });

  it('adds nothing to a city in it, which sets the base', () => {
    expect(anyone('Een vrouw van 45 komt uit Gaziantep, Turkije.')).toBe(anyone('Een vrouw van 45 komt uit Gaziantep.'));
  });

  it('is rewritten to nothing wider than itself; a city abroad to its country, in the text\'s language', () => {
    expect(ladderOf('Een vrouw van 45 met schizofrenie komt uit Turkije.', 'place', 'Turkije').ladder.every((s) => s.remove)).toBe(true);
    const city = ladderOf('Een vrouw van 45 met schizofrenie komt uit Gaziantep.', 'place', 'Gaziantep').ladder;
    expect(city[0]!.replacement).toBe('Turkije');
    expect(ladderOf('A woman of 45 with schizophrenia comes from Gaziantep.', 'place', 'Gaziantep').ladder[0]!.replacement).toBe('Turkey');
  });
});
