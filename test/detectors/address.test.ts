import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.js';
import { tokenize } from '../../src/text/tokenize.js';
import { detectorOf } from '../helpers.js';

const addressDetector = detectorOf('address');
const detect = (text: string, lang: Lang = 'nl') => addressDetector.detect({ text, tokens: tokenize(text), lang });
const texts = (text: string, lang: Lang = 'nl') => detect(text, lang).map((d) => text.slice(d.start, d.end));

describe('Dutch and Flemish addresses', () => {
  it('covers title words and the number, not the postcode or place', () => {
    const text = 'BSN 2391.84.658\nAdres: Dr. Schaepmanstraat 8, 7721 CK Dalfsen, tel. 0529-438170';
    const ds = detect(text);
    expect(ds.map((d) => text.slice(d.start, d.end))).toEqual(['Dr. Schaepmanstraat 8']);
    const d = ds[0]!;
    expect(d.kind).toBe('address');
    expect(d.rule).toBe('address');
    expect(d.kind === 'address' && d.facts.style).toBe('nl');
  });
  it('takes a person\'s names before the street word after the street\'s article, not a sentence opener', () => {
    expect(texts('Hij woont aan de Piet Heinlaan 4 in Goes.')).toEqual(['Piet Heinlaan 4']);
    expect(texts('Post naar de Jan Pieter Heijestraat 12.')).toEqual(['Jan Pieter Heijestraat 12']);
    expect(texts('Gisteren Kerkstraat 5 bezocht.')).toEqual(['Kerkstraat 5']);
    expect(texts('Marie Kerkstraat 5 is gesloten.')).toEqual(['Kerkstraat 5']);
  });
  it('finds streets from the case write-ups', () => {
    expect(texts('bij zijn oom, Kapelstraat 41, 9400 Ninove. Moeder is sinds maart opgenomen.')).toEqual(['Kapelstraat 41']);
    expect(texts('Vaste kosten: huur sociale woning (Hospitaalstraat 12), energie, alimentatie.')).toEqual(['Hospitaalstraat 12']);
    expect(texts('hij woont nu op de Zwanenlaan 23 in hilversum, 2e verdieping')).toEqual(['Zwanenlaan 23']);
    expect(texts('De bus stopt bij de Oostmolenweg 101 in Goes.')).toEqual(['Oostmolenweg 101']);
  });
  it('includes leading title words, particles and hyphenated parts of the name', () => {
    expect(texts('Ze woont in de Oude Kerkstraat 12 sinds de scheiding.')).toEqual(['Oude Kerkstraat 12']);
    expect(texts('Adres: Burgemeester de Withstraat 3a, Goes')).toEqual(['Burgemeester de Withstraat 3a']);
    expect(texts('Hij sliep op de Sint-Jansstraat 5 bij een vriend.')).toEqual(['Sint-Jansstraat 5']);
    expect(texts('Ze woont aan de Brusselse Steenweg 250.')).toEqual(['Brusselse Steenweg 250']);
    expect(texts('Ze verhuisde naar de Jan van Galenstraat 4 in Amsterdam.')).toEqual(['Jan van Galenstraat 4']);
  });
  it('finds the commonest street names, which are also common nouns', () => {
    expect(texts('Ze woont Dorpsstraat 7 en hij Hoofdstraat 112b.')).toEqual(['Dorpsstraat 7', 'Hoofdstraat 112b']);
    expect(texts('Kantoor: Marktplein 1, Goes')).toEqual(['Marktplein 1']);
  });
  it('finds separate street words after a capitalized name', () => {
    expect(texts('Het kantoor is op de Grote Markt 1 in Ieper.')).toEqual(['Grote Markt 1']);
    expect(texts('Hij woont Frankrijklei 5 in Antwerpen.')).toEqual(['Frankrijklei 5']);
  });
  it('reads house-number additions', () => {
    const cases: Array<[string, string]> = [
      ['Kerkstraat 12a', 'Kerkstraat 12a'],
      ['Kerkstraat 12 A', 'Kerkstraat 12 A'],
      ['Kerkstraat 12-II', 'Kerkstraat 12-II'],
      ['Kerkstraat 12-2', 'Kerkstraat 12-2'],
      ['Kerkstraat 12 bus 3', 'Kerkstraat 12 bus 3'],
      ['Kerkstraat 12/3', 'Kerkstraat 12/3'],
      ['Kerkstraat 12 hs', 'Kerkstraat 12 hs'],
      ['Kerkstraat 12-14', 'Kerkstraat 12-14'],
    ];
    for (const [input, expected] of cases) expect(texts(`Ze woont op ${input}, al jaren.`)).toEqual([expected]);
  });
  it('works on lower-case messages for the strong street words', () => {
    expect(texts('kun je langs zwanenlaan 23 rijden?')).toEqual(['zwanenlaan 23']);
    expect(detect('kun je langs zwanenlaan 23 rijden?')[0]!.confidence).toBeLessThan(detect('langs Zwanenlaan 23')[0]!.confidence);
  });
  it('does not take numbered things that are not streets', () => {
    expect(detect('Hij ligt op de afdeling 3, zie hoofdstuk 12 en artikel 5.')).toEqual([]);
    expect(detect('In week 12 stond op pagina 12 iets over de straat 5 keer.')).toEqual([]);
    expect(detect('straat 5 en weg 12 minuten later, in 2023.')).toEqual([]);
    expect(detect('Weg 12 minuten en terug. Ze is onderweg 12 minuten.')).toEqual([]);
    expect(detect('Tijdens de vergadering 12 maart deelde zij haar ervaring 3 keer.')).toEqual([]);
    expect(detect('Het kerkhof 12 km verder; de loopbaan 3 jaar.')).toEqual([]);
  });
  it('does not take a street without a number, or with a year, time or amount after it', () => {
    expect(detect('Ze woont in de Molenstraat in Wondelgem en is er kapot van.')).toEqual([]);
    expect(detect('De Molenstraat 2023: een jaar van werkzaamheden.')).toEqual([]);
    expect(detect('Afspraak Stationsplein 14:30, Kerkstraat 12,50 euro, Dorpsweg 12%.')).toEqual([]);
    expect(detect('De Kerkstraat\n12 bewoners klaagden.')).toEqual([]);
  });
});

describe('English addresses', () => {
  it('finds number-first addresses', () => {
    expect(texts('Address: 22 Wardown Crescent, Luton LU2 7JT', 'en')).toEqual(['22 Wardown Crescent']);
    expect(texts('The PM lives at 10 Downing Street.', 'en')).toEqual(['10 Downing Street']);
    expect(texts('He said he lived at 221B Baker Street in London.', 'en')).toEqual(['221B Baker Street']);
    expect(texts('1600 Pennsylvania Avenue is famous.', 'en')).toEqual(['1600 Pennsylvania Avenue']);
    expect(texts('Her flat at 5 St Mary\'s Road was cold.', 'en')).toEqual(["5 St Mary's Road"]);
    expect(texts('Tucson office: 1210 E Speedway Blvd, Tucson', 'en')).toEqual(['1210 E Speedway Blvd']);
  });
  it('does not take counts, years or titles before names', () => {
    expect(detect('In 2020 Main Street was closed for 5 minutes.', 'en')).toEqual([]);
    expect(detect('See chapter 3 Street Food and 12 Dr Patel notes.', 'en')).toEqual([]);
    expect(detect('She scored 3 Goals and won 2 Grand Slams at 14:30.', 'en')).toEqual([]);
    expect(detect('Admitted 02/01/2024 with 3 Street drugs.', 'en')).toEqual([]);
  });
});
