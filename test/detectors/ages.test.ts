import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.js';
import { ageDetector, ageFigure, genderDetector } from '../../src/detectors/ages.js';
import { detect, run } from '../helpers.js';

/** [matched text, rule, from, to] for each detection. */
const ages = (text: string, lang: Lang = 'nl') =>
  run(ageDetector, text, lang).map((d) => [text.slice(d.start, d.end), d.rule, d.data?.['from'], d.data?.['to']]);

describe('ages: exact', () => {
  const cases: Array<[string, string, string, number, Lang?]> = [
    ['De 45-jarige vrouw werd opgenomen.', '45-jarige', 'age/exact', 45],
    ['een 17-jarige jongen', '17-jarige', 'age/exact', 17],
    ['een 17 jarige jongen', '17 jarige', 'age/exact', 17],
    ['Hij is 45 jaar oud.', '45 jaar oud', 'age/exact', 45],
    ['Ik ben 12 jaar en zit op school.', '12 jaar', 'age/exact', 12],
    ['Ze is 38, woont in Goes.', '38', 'age/said', 38],
    ['Hij werd 50.', '50', 'age/said', 50],
    ['ze is eenenveertig en werkt', 'eenenveertig', 'age/said', 41],
    ['Jan Jansen (72) overleed gisteren.', '72', 'age/parenthesized', 72],
    ['Pieter, 24, student uit Gent', '24', 'age/listed', 24],
    ['a 93-year-old man', '93-year-old', 'age/exact', 93, 'en'],
    ['the 58-year-old was admitted', '58-year-old', 'age/exact', 58, 'en'],
    ['She is 38, and lives alone.', '38', 'age/said', 38, 'en'],
    ['aged 71', '71', 'age/said', 71, 'en'],
  ];
  for (const [text, span, rule, n, lang] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      expect(ages(text, lang)).toEqual([[span, rule, n, n]]);
    });
  }

  // Bug (ages.ts exact): "een vrouw van 45" / "een meisje van zestien" (van + number after a person word,
  // without "jaar") is not read as an age; only "van 45 jaar" is.
  it('reads "een vrouw van 45" and "een meisje van zestien"', () => {
    expect(ages('een vrouw van 45 met depressie').map(([span, , from, to]) => [span, from, to])).toEqual([['45', 45, 45]]);
    expect(ages('een meisje van zestien').map(([span, , from, to]) => [span, from, to])).toEqual([['zestien', 16, 16]]);
  });

  it('reads "een man van 45 jaar"', () => {
    expect(ages('een man van 45 jaar')).toEqual([['45 jaar', 'age/exact', 45, 45]]);
  });

  it('gives an exact age the one-year share', () => {
    const [d] = run(ageDetector, 'De 45-jarige vrouw');
    expect(d!.kind).toBe('age');
    expect(d!.figure!.central).toBeCloseTo(0.0125, 5);
  });
});

describe('ages: bands and stages', () => {
  const cases: Array<[string, string, string, number, number, Lang?]> = [
    ['een man in de veertig', 'in de veertig', 'age/decade', 40, 49],
    ['een vrouw van in de zeventig', 'in de zeventig', 'age/decade', 70, 79],
    ['ze is begin tachtig', 'begin tachtig', 'age/decade', 80, 84],
    ['hij is rond de 90', 'rond de 90', 'age/around', 88, 92],
    ['een veertiger met burn-out', 'veertiger', 'age/decade', 40, 49],
    ['een tiener', 'tiener', 'age/stage', 13, 19],
    ['een hoogbejaard echtpaar', 'hoogbejaard', 'age/stage', 85, 105],
    ['a man in his twenties', 'in his twenties', 'age/decade', 20, 29, 'en'],
    ['a woman in her early thirties', 'early thirties', 'age/decade', 30, 34, 'en'],
    ['late twenties', 'late twenties', 'age/decade', 25, 29, 'en'],
    ['mid-forties', 'mid-forties', 'age/decade', 43, 47, 'en'],
    ['a teenager', 'teenager', 'age/stage', 13, 19, 'en'],
  ];
  for (const [text, span, rule, from, to, lang] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      expect(ages(text, lang)).toEqual([[span, rule, from, to]]);
    });
  }
});

describe('ages: school years', () => {
  it('reads Dutch and English school years', () => {
    expect(ages('ze zit in de derde klas')).toEqual([['derde klas', 'age/school', 14, 15]]);
    expect(ages('hij zit in groep 8')).toEqual([['groep 8', 'age/school', 11, 12]]);
    expect(ages('a boy in Year 10', 'en')).toEqual([['Year 10', 'age/school', 14, 15]]);
    expect(ages('a third grade pupil', 'en')).toEqual([['third grade', 'age/school', 8, 9]]);
  });

  // Bug (ages.ts schoolYear): the tokenizer splits "S2" into "S" + "2", so /^[SP][1-7]$/ never matches a token.
  it('reads "S2 pupil" (Scottish secondary year 2)', () => {
    expect(ages('an S2 pupil at the academy', 'en')).toEqual([['S2', 'age/school', 13, 14]]);
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

  // Bug (ages.ts exact): ", N," counts as an age in any enumeration, also a list of room numbers.
  it('does not read a list of numbers as an age', () => {
    expect(run(ageDetector, 'Ze sliep in kamer 12, 14, 16 en 18.')).toEqual([]);
  });

  // Bug (ages.ts exact): "N jaar geleden" is a time ago, not an age; "is" before it makes it "age/exact".
  it('does not read "Het is 20 jaar geleden" as an age', () => {
    expect(run(ageDetector, 'Het is 20 jaar geleden dat ze hier kwam.')).toEqual([]);
  });

  // Bug (ages.ts exact): the "is 30.000" guard checks "." and "-" but not the English thousands comma.
  it('does not read "is 30,000" as an age', () => {
    expect(run(ageDetector, 'The bill is 30,000 dollars.', 'en')).toEqual([]);
  });
});

describe('ageFigure', () => {
  it('gives a wider band a larger share', () => {
    const one = ageFigure(40, 40).central;
    const five = ageFigure(40, 44).central;
    const ten = ageFigure(40, 49).central;
    expect(one).toBeLessThan(five);
    expect(five).toBeLessThan(ten);
    expect(ten).toBeCloseTo(0.125, 5); // ≈ 0.13 for a decade, as docs/risk-model.md §4.1 says
  });

  it('gives the nineties a smaller share than the forties, and old ages a smaller one-year share', () => {
    expect(ageFigure(90, 99).central).toBeLessThan(ageFigure(40, 49).central);
    expect(ageFigure(90, 99).central).toBeLessThan(ageFigure(80, 89).central);
    expect(ageFigure(95, 95).central).toBeLessThan(ageFigure(45, 45).central);
    expect(ageFigure(85, 105).central).toBeLessThan(ageFigure(40, 49).central);
  });

  it('is monotone in band width for any start age (up to the 110-year cap)', () => {
    for (const from of [0, 20, 60, 75, 88, 95]) {
      let prev = 0;
      for (let to = from; to <= from + 15; to++) {
        const c = ageFigure(from, to).central;
        expect(c).toBeGreaterThan(prev);
        prev = c;
      }
    }
  });

  it('keeps low ≤ central ≤ high, all in (0, 1), and names its source', () => {
    for (const [from, to] of [[45, 45], [40, 49], [90, 99], [0, 110], [13, 19]] as const) {
      const f = ageFigure(from, to);
      expect(f.low).toBeGreaterThan(0);
      expect(f.low).toBeLessThanOrEqual(f.central);
      expect(f.central).toBeLessThanOrEqual(f.high);
      expect(f.high).toBeLessThan(1);
      expect(f.source).not.toBe('');
    }
  });

  it('does not grow past age 110', () => {
    expect(ageFigure(100, 120).central).toBe(ageFigure(100, 110).central);
  });

  it('caps the whole life span below 1', () => {
    expect(ageFigure(0, 110).central).toBeLessThanOrEqual(0.95);
  });
});

describe('genderDetector', () => {
  it('reports only the first gender word', () => {
    const text = 'De vrouw belde haar zoon en haar man.';
    expect(detect(genderDetector, text)).toEqual([{ kind: 'gender', text: 'vrouw', rule: 'gender' }]);
    expect(run(genderDetector, text)[0]!.data).toEqual({ gender: 'f' });
  });

  it('reads male and English words', () => {
    expect(run(genderDetector, 'Meneer kwam binnen met zijn dochter.')[0]!.data).toEqual({ gender: 'm' });
    expect(detect(genderDetector, 'The lad told his mother.', 'en')).toEqual([{ kind: 'gender', text: 'lad', rule: 'gender' }]);
    expect(run(genderDetector, 'dhr. Jansen')[0]!.data).toEqual({ gender: 'm' });
  });

  it('gives a share of about one half', () => {
    const f = run(genderDetector, 'een vrouw')[0]!.figure!;
    expect(f.central).toBe(0.5);
  });

  it('finds nothing without a gender word, and does not match inside words', () => {
    expect(run(genderDetector, 'Iemand van de afdeling belde.')).toEqual([]);
    expect(run(genderDetector, 'De vrouwenafdeling en het mannenkoor.')).toEqual([]);
    expect(run(genderDetector, '')).toEqual([]);
  });
});
