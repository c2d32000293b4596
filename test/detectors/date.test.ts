import { describe, expect, it } from 'vitest';
import type { DateForm } from '../../src/core/facts.js';
import type { Detection, DetectionOf, Lang } from '../../src/core/types.js';
import { shareOf } from '../../src/risk/shares.js';
import { detect, detectorOf, run, texts } from '../helpers.js';

const dateDetector = detectorOf('date');
const isDate = (d: Detection): d is DetectionOf<'date'> => d.kind === 'date';

/** [matched text, form, windowDays] for each detection, and 'birth' after them for a date of birth. */
const dates = (text: string, lang: Lang = 'nl') =>
  run(dateDetector, text, lang)
    .filter(isDate)
    .map((d) => [text.slice(d.start, d.end), d.facts.form, d.facts.windowDays, ...(d.facts.birth ? ['birth'] : [])]);

describe('dates: numeric', () => {
  it('reads d-m-yyyy, d/m/yyyy, yyyy-mm-dd and d-m-yy', () => {
    expect(dates('Opgenomen op 12-03-2024.')).toEqual([['12-03-2024', 'numeric', 1]]);
    expect(dates('sinds 21/08/2009')).toEqual([['21/08/2009', 'numeric', 1]]);
    expect(dates('op 2024-03-12 ')).toEqual([['2024-03-12', 'numeric', 1]]);
    expect(dates('op 12-03-24 kwam ze')).toEqual([['12-03-24', 'numeric', 1]]);
    expect(dates('on 02/01/2024', 'en')).toEqual([['02/01/2024', 'numeric', 1]]);
  });

  it('reads a short d/m only after "op"/"on"', () => {
    expect(dates('op 3/12 kwam ze')).toEqual([['3/12', 'numeric', 1]]);
    expect(dates('on 3/12 she came', 'en')).toEqual([['3/12', 'numeric', 1]]);
    expect(dates('Hij scoorde 3/12 bij de toets')).toEqual([]);
  });

  it('marks a date of birth after "geboren"/"geb."/"°"', () => {
    expect(detect(dateDetector, 'geb. 14-05-1966')).toEqual([{ kind: 'date', text: '14-05-1966', rule: 'date' }]);
    expect(dates('geb. 14-05-1966')).toEqual([['14-05-1966', 'numeric', 1, 'birth']]);
    expect(texts(dateDetector, '° 12/03/1985')).toEqual(['12/03/1985']);
    expect(dates('° 12/03/1985')).toEqual([['12/03/1985', 'numeric', 1, 'birth']]);
    // Form labels written with points: their letters are tokens of their own.
    expect(dates('Geb.datum: 03-11-1941')).toEqual([['03-11-1941', 'numeric', 1, 'birth']]);
    expect(dates('D.O.B.: 07.09.1948', 'en')).toEqual([['07.09.1948', 'numeric', 1, 'birth']]);
    expect(dates('Opname.datum: 03-11-2024')).toEqual([['03-11-2024', 'numeric', 1]]);
    const [d] = run(dateDetector, 'geboren 14-05-1966');
    expect(d!.rule).toBe('date');
    expect(d!.facts).toEqual({ windowDays: 1, birth: true, form: 'numeric' });
    expect(shareOf(d!)!.central).toBeLessThan(0.0001);
  });

  it('rejects impossible months, long dotted numbers and scores', () => {
    expect(dates('op 13-13-2024')).toEqual([]);
    expect(dates('INSZ 85.07.30-033.28')).toEqual([]);
    expect(dates('Ajax won met 3-1.')).toEqual([]);
    expect(dates('De prijs is 12.03')).toEqual([]);
  });
});

describe('dates: textual', () => {
  it('reads "12 maart 2024" as a day', () => {
    expect(dates('Op 12 maart 2024 werd ze opgenomen.')).toEqual([['12 maart 2024', 'day', 1]]);
  });

  it('reads "geboren op 3 februari 1957" as a date of birth', () => {
    const [d] = run(dateDetector, 'Ze is geboren op 3 februari 1957.');
    expect(d).toMatchObject({ kind: 'date', rule: 'date', facts: { windowDays: 1, birth: true, form: 'day' } });
    expect(texts(dateDetector, 'born on 3 March 1957', 'en')).toEqual(['3 March 1957']);
    expect(dates('born on 3 March 1957', 'en')).toEqual([['3 March 1957', 'day', 1, 'birth']]);
  });

  it('does not call a day without "geboren" a birth date', () => {
    expect(dates('Op 3 februari 1957 trouwde ze.')).toEqual([['3 februari 1957', 'day', 1]]);
  });

  it('reads a birth year as a year, not a date of birth (one year is not one day)', () => {
    expect(dates('geboren in 1957')).toEqual([['1957', 'year', 365]]);
  });

  it('reads "op 5 mei" and "14 oktober" without a year', () => {
    expect(dates('op 5 mei kwam ze')).toEqual([['5 mei', 'day', 1]]);
    expect(dates('Op 14 oktober')).toEqual([['14 oktober', 'day', 1]]);
  });

  it('reads "in maart" as a month (window 30 days)', () => {
    expect(dates('in maart was het druk')).toEqual([['maart', 'month', 30]]);
    expect(dates('in april')).toEqual([['april', 'month', 30]]);
    expect(dates('de bomen bloeien in mei')).toEqual([['mei', 'month', 30]]);
  });

  it('reads English month forms', () => {
    expect(dates('in February 2023', 'en')).toEqual([['February 2023', 'month', 30]]);
    expect(dates('March 3rd, 2024', 'en')).toEqual([['March 3rd, 2024', 'day', 1]]);
    expect(dates('In August 2020', 'en')).toEqual([['August 2020', 'month', 30]]);
    expect(dates('May 2021', 'en')).toEqual([['May 2021', 'month', 30]]);
    expect(dates('in June', 'en')).toEqual([['June', 'month', 30]]);
  });

  it('reads "12 mrt. 2024" with its year', () => {
    expect(dates('Opname 12 mrt. 2024.')).toEqual([['12 mrt. 2024', 'day', 1]]);
  });

  it('reads "in May" like "in June"', () => {
    expect(dates('She was admitted in May.', 'en')).toEqual([['May', 'month', 30]]);
  });
});

describe('dates: month words that are names or ordinary words', () => {
  it('does not read "Mei" as a date when it is a name', () => {
    expect(run(dateDetector, 'Mei zei dat ze moe was.')).toEqual([]);
    expect(dates('Ik zag Mei gisteren')).toEqual([['gisteren', 'relative', 1]]);
  });

  it('does not read "April" as a date in "April is mijn collega"', () => {
    expect(run(dateDetector, 'April is mijn collega.')).toEqual([]);
    expect(run(dateDetector, 'June said hi', 'en')).toEqual([]);
    expect(run(dateDetector, 'Juni was leuk')).toEqual([]);
  });

  it('does not read the English verb "may" or "march" as a date', () => {
    expect(run(dateDetector, 'May I help you?', 'en')).toEqual([]);
    expect(run(dateDetector, 'Can I help, may I?', 'en')).toEqual([]);
    expect(run(dateDetector, 'I will march on', 'en')).toEqual([]);
    expect(run(dateDetector, 'The march was long', 'en')).toEqual([]);
  });

  it('does not read a bare abbreviation or the name "Jan" as a month', () => {
    expect(run(dateDetector, 'jan zei niks')).toEqual([]);
    expect(run(dateDetector, 'Jan zei niks')).toEqual([]);
    expect(run(dateDetector, 'dec.')).toEqual([]);
  });

  // Documented behaviour: "in" before a capitalized month word is enough support, so "in Mei" is a month.
  it('reads "in Mei" as a month (the preposition decides, not the capital)', () => {
    expect(dates('Ze kwam in Mei.')).toEqual([['Mei', 'month', 30]]);
  });
});

describe('dates: relative, holidays, seasons', () => {
  const cases: Array<[string, string, DateForm, number]> = [
    ['vandaag was een zware dag', 'vandaag', 'relative', 1],
    ['Gisteren belde ze', 'Gisteren', 'relative', 1],
    ['deze week kwam hij binnen', 'deze week', 'relative', 7],
    ['vorige maand', 'vorige maand', 'relative', 30],
    ['vorige week dinsdag', 'vorige week dinsdag', 'relative', 1],
    ['afgelopen kerst', 'afgelopen kerst', 'relative', 3],
    ['met Sinterklaas', 'Sinterklaas', 'holiday', 1],
    ['in de zomervakantie', 'zomervakantie', 'holiday', 42],
    ['in het voorjaar van 2020', 'voorjaar van 2020', 'season', 90],
    ['een jaar geleden', 'een jaar geleden', 'relative', 365],
    ['twee weken geleden', 'twee weken geleden', 'relative', 7],
    ['op maandag', 'maandag', 'weekday', 7],
  ];
  for (const [text, span, form, days] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      expect(dates(text)).toEqual([[span, form, days]]);
    });
  }

  it('reads English relative dates', () => {
    expect(dates('last month', 'en')).toEqual([['last month', 'relative', 30]]);
    expect(dates('on Tuesday', 'en')).toEqual([['Tuesday', 'weekday', 7]]);
    expect(dates('yesterday', 'en')).toEqual([['yesterday', 'relative', 1]]);
    expect(dates('a year ago', 'en')).toEqual([['a year ago', 'relative', 365]]);
    expect(dates('last Tuesday', 'en')).toEqual([['last Tuesday', 'relative', 1]]);
    expect(dates('summer of 2019', 'en')).toEqual([['summer of 2019', 'season', 90]]);
    expect(dates('at Christmas', 'en')).toEqual([['Christmas', 'holiday', 3]]);
  });

  it('trusts a capitalized English weekday more than a lower-case one', () => {
    const [cap] = run(dateDetector, 'on Tuesday', 'en');
    const [low] = run(dateDetector, 'on tuesday', 'en');
    expect(cap!.confidence).toBeGreaterThan(low!.confidence);
  });

  it('narrows the window as the phrase gets more precise', () => {
    const w = (text: string) => run(dateDetector, text).filter(isDate)[0]!.facts.windowDays;
    expect(w('vandaag')).toBeLessThan(w('deze week'));
    expect(w('deze week')).toBeLessThan(w('vorige maand'));
    expect(w('vorige maand')).toBeLessThan(w('in het voorjaar van 2020'));
    expect(w('in het voorjaar van 2020')).toBeLessThan(w('in 2018'));
  });
});

describe('dates: years and times', () => {
  it('reads a year after a preposition', () => {
    expect(dates('in 2018 verhuisde ze')).toEqual([['2018', 'year', 365]]);
    expect(dates('sinds 2012')).toEqual([['2012', 'year', 365]]);
  });

  it('does not read a period, an amount or a page as a year', () => {
    expect(run(dateDetector, 'De studie liep van 2019-2022.')).toEqual([]);
    expect(run(dateDetector, 'in 2019-2022')).toEqual([]);
    expect(run(dateDetector, 'the 2019-2022 cohort', 'en')).toEqual([]);
    expect(run(dateDetector, 'Hij heeft 2000 euro')).toEqual([]);
    expect(run(dateDetector, 'pagina 12 van 2024')).toEqual([]);
    expect(run(dateDetector, 'hoofdstuk 2018')).toEqual([]);
  });

  it('reads clock times', () => {
    expect(dates('om 14:30')).toEqual([['14:30', 'time', 1]]);
    expect(dates('om 14.30 uur')).toEqual([['14.30 uur', 'time', 1]]);
    expect(dates('at 3:15', 'en')).toEqual([['3:15', 'time', 1]]);
    expect(run(dateDetector, 'wacht 5 minuten')).toEqual([]);
  });

  it('keeps a day and a time apart in one sentence', () => {
    expect(dates('Op 3 mei 2024 om 14:30 belde ze.')).toEqual([
      ['3 mei 2024', 'day', 1],
      ['14:30', 'time', 1],
    ]);
  });

  it('every detection has kind "date" and offsets that slice to a non-empty span', () => {
    const text = 'Vorige week dinsdag, op 12-03-2024 om 14:30, in de zomervakantie van 2020.';
    for (const d of run(dateDetector, text)) {
      expect(d.kind).toBe('date');
      expect(d.end).toBeGreaterThan(d.start);
      expect(text.slice(d.start, d.end).trim()).toBe(text.slice(d.start, d.end));
    }
  });
});
