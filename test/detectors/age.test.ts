import { describe, expect, it } from 'vitest';
import type { AgeForm } from '../../src/core/facts.js';
import type { Detection, DetectionOf, Lang } from '../../src/core/types.js';
import { shareOf } from '../../src/risk/shares.js';
import { detectorOf, run } from '../helpers.js';

const ageDetector = detectorOf('age');
const isAge = (d: Detection): d is DetectionOf<'age'> => d.kind === 'age';

/** [matched text, form, from, to] for each detection. */
const ages = (text: string, lang: Lang = 'nl') =>
  run(ageDetector, text, lang)
    .filter(isAge)
    .map((d) => [text.slice(d.start, d.end), d.facts.form, d.facts.from, d.facts.to]);

describe('ages: exact', () => {
  const cases: Array<[string, string, AgeForm, number, Lang?]> = [
    ['De 45-jarige vrouw werd opgenomen.', '45-jarige', 'exact', 45],
    ['een 17-jarige jongen', '17-jarige', 'exact', 17],
    ['een 17 jarige jongen', '17 jarige', 'exact', 17],
    ['Hij is 45 jaar oud.', '45 jaar oud', 'exact', 45],
    ['Ik ben 12 jaar en zit op school.', '12 jaar', 'exact', 12],
    ['Ze is 38, woont in Goes.', '38', 'said', 38],
    ['Hij werd 50.', '50', 'said', 50],
    ['ze is eenenveertig en werkt', 'eenenveertig', 'said', 41],
    ['Jan Jansen (72) overleed gisteren.', '72', 'parenthesized', 72],
    ['Pieter, 24, student uit Gent', '24', 'listed', 24],
    ['a 93-year-old man', '93-year-old', 'exact', 93, 'en'],
    ['the 58-year-old was admitted', '58-year-old', 'exact', 58, 'en'],
    ['She is 38, and lives alone.', '38', 'said', 38, 'en'],
    ['aged 71', '71', 'said', 71, 'en'],
  ];
  for (const [text, span, form, n, lang] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      expect(ages(text, lang)).toEqual([[span, form, n, n]]);
    });
  }

  // "van" + a number after a person word, without "jaar".
  it('reads "een vrouw van 45" and "een meisje van zestien"', () => {
    expect(ages('een vrouw van 45 met depressie').map(([span, , from, to]) => [span, from, to])).toEqual([['45', 45, 45]]);
    expect(ages('een meisje van zestien').map(([span, , from, to]) => [span, from, to])).toEqual([['zestien', 16, 16]]);
  });

  it('reads "een man van 45 jaar"', () => {
    expect(ages('een man van 45 jaar')).toEqual([['45 jaar', 'exact', 45, 45]]);
  });

  it('gives an exact age the one-year share', () => {
    const [d] = run(ageDetector, 'De 45-jarige vrouw');
    expect(d!.kind).toBe('age');
    expect(shareOf(d!)!.central).toBeCloseTo(0.0125, 5);
  });
});

describe('ages: bands and stages', () => {
  const cases: Array<[string, string, AgeForm, number, number, Lang?]> = [
    ['een man in de veertig', 'in de veertig', 'decade', 40, 49],
    ['een vrouw van in de zeventig', 'in de zeventig', 'decade', 70, 79],
    ['ze is begin tachtig', 'begin tachtig', 'decade', 80, 84],
    ['hij is rond de 90', 'rond de 90', 'around', 88, 92],
    ['een veertiger met burn-out', 'veertiger', 'decade', 40, 49],
    ['een tiener', 'tiener', 'stage', 13, 19],
    ['een hoogbejaard echtpaar', 'hoogbejaard', 'stage', 85, 105],
    ['a man in his twenties', 'in his twenties', 'decade', 20, 29, 'en'],
    ['a woman in her early thirties', 'early thirties', 'decade', 30, 34, 'en'],
    ['late twenties', 'late twenties', 'decade', 25, 29, 'en'],
    ['mid-forties', 'mid-forties', 'decade', 43, 47, 'en'],
    ['a teenager', 'teenager', 'stage', 13, 19, 'en'],
  ];
  for (const [text, span, form, from, to, lang] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      expect(ages(text, lang)).toEqual([[span, form, from, to]]);
    });
  }
});

describe('ages: school years', () => {
  it('reads Dutch and English school years', () => {
    expect(ages('ze zit in de derde klas')).toEqual([['derde klas', 'school', 14, 15]]);
    expect(ages('hij zit in groep 8')).toEqual([['groep 8', 'school', 11, 12]]);
    expect(ages('a boy in Year 10', 'en')).toEqual([['Year 10', 'school', 14, 15]]);
    expect(ages('a third grade pupil', 'en')).toEqual([['third grade', 'school', 8, 9]]);
  });

  it('reads "S2 pupil" (Scottish secondary year 2)', () => {
    expect(ages('an S2 pupil at the academy', 'en')).toEqual([['S2', 'school', 13, 14]]);
  });

  it('does not read "groep 12" or a lower-case "year 10" as a school year', () => {
    expect(run(ageDetector, 'we werkten in groep 12')).toEqual([]);
    expect(run(ageDetector, 'the year 10 students', 'en')).toEqual([]);
  });
});

describe('ages: false cases', () => {
  const none: Array<[string, Lang?]> = [
    ['Ze werkt al twaalf jaar op deze afdeling.'],
    ['na veertig jaar huwelijk'],
    ['sinds 12 jaar woont hij hier'],
    ['Hij woont er 20 jaar'],
    ['het kost 30 euro'],
    ['hoofdstuk 12'],
    ['hoofdstuk 3 (12)'],
    ['De schade is 30.000 euro.'],
    ['Ze is 3-1 verslagen.'],
    ['we zijn met 12, allemaal'],
    ['worked there for 20 years', 'en'],
    ['a ten-minute walk', 'en'],
  ];
  for (const [text, lang] of none) {
    it(`finds no age in ${JSON.stringify(text)}`, () => {
      expect(run(ageDetector, text, lang ?? 'nl')).toEqual([]);
    });
  }

  it('does not read a list of numbers as an age', () => {
    expect(run(ageDetector, 'Ze sliep in kamer 12, 14, 16 en 18.')).toEqual([]);
  });

  it('does not read "Het is 20 jaar geleden" as an age', () => {
    expect(run(ageDetector, 'Het is 20 jaar geleden dat ze hier kwam.')).toEqual([]);
  });

  it('does not read "is 30,000" as an age', () => {
    expect(run(ageDetector, 'The bill is 30,000 dollars.', 'en')).toEqual([]);
  });
});
