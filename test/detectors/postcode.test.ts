import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.js';
import { tokenize } from '../../src/text/tokenize.js';
import { detectorOf } from '../helpers.js';

const postcodeDetector = detectorOf('postcode');
const detect = (text: string, lang: Lang = 'nl') => postcodeDetector.detect({ text, tokens: tokenize(text), lang });
const found = (text: string, lang: Lang = 'nl') =>
  detect(text, lang).map((d) => ({ text: text.slice(d.start, d.end), rule: d.rule, country: d.kind === 'postcode' ? d.facts.country : undefined }));
const texts = (text: string, lang: Lang = 'nl') => detect(text, lang).map((d) => text.slice(d.start, d.end));

describe('Dutch postcodes', () => {
  it('finds a postcode in an address line, once', () => {
    const text = 'BSN 2391.84.658\nAdres: Dr. Schaepmanstraat 8, 7721 CK Dalfsen, tel. 0529-438170';
    expect(found(text)).toEqual([{ text: '7721 CK', rule: 'postcode', country: 'nl' }]);
    expect(detect(text)[0]!.kind).toBe('postcode');
  });
  it('reads compact, spaced and cued forms', () => {
    expect(texts('Verhuisd naar 4461AB Goes.')).toEqual(['4461AB']);
    expect(texts('Postcode: 4461 AB, huisnummer 12.')).toEqual(['4461 AB']);
    expect(texts('Het pakket ging naar 1012 JS.')).toEqual(['1012 JS']);
  });
  it('accepts lower-case letters only before a place name', () => {
    expect(texts('adres: zwanenlaan 23, 7721ck Dalfsen')).toEqual(['7721ck']);
    expect(texts('zwanenlaan 23, 7721 ck Dalfsen')).toEqual(['7721 ck']);
    expect(detect('in 2019 en Jan ging ook mee')).toEqual([]);
    expect(detect('het waren er 1500 ze waren moe')).toEqual([]);
  });
  it('rejects unit and abbreviation pairs without a place, and the unused pairs SA/SD/SS', () => {
    expect(detect('Hij reed 1000 KM in 2023 NL en had 2048 MB vrij.')).toEqual([]);
    expect(detect('Straks 4461 SS Goes en 1234 SA Utrecht.')).toEqual([]);
    expect(texts('Verhuisd naar 1000 AM Amsterdam.')).toEqual(['1000 AM']);
  });
  it('does not take numbers starting with 0, dates, times or amounts', () => {
    expect(detect('Bel 0123 AB niet; op 12-03-2024 om 14:30 kostte het € 30.000.')).toEqual([]);
    expect(detect('Op 12.03.2024 AB-team overleg; week 12, pagina 12.')).toEqual([]);
  });
});

describe('Belgian postcodes', () => {
  it('finds a postcode after a street address', () => {
    const text = 'Verblijft sinds de opname van zijn moeder bij zijn oom, Kapelstraat 41, 9400 Ninove. Moeder is opgenomen.';
    expect(found(text)).toEqual([{ text: '9400', rule: 'postcode', country: 'be' }]);
    expect(texts('Wetstraat 16, 1000 Brussel')).toEqual(['1000']);
  });
  it('accepts year-like postcodes only with an address or cue', () => {
    expect(texts('Hij woont Lange Nieuwstraat 12, 2000 Antwerpen.')).toEqual(['2000']);
    expect(texts('Hoogstraat 3 bus 2, 2000 Antwerpen')).toEqual(['2000']);
    expect(detect('In 2023 Gent bezocht, in 2000 Antwerpen verlaten.')).toEqual([]);
  });
  it('accepts a B- prefix or a postcode cue', () => {
    expect(texts('Adres: B-8500 Kortrijk')).toEqual(['8500']);
    expect(texts('postcode 9000 Gent')).toEqual(['9000']);
  });
  it('does not take amounts, counts or a bare number before a place', () => {
    expect(detect('Het kost 9400 euro of 9400 Euro per jaar.')).toEqual([]);
    expect(detect('Er kwamen 8500 Kortrijkzanen kijken.')).toEqual([]);
    expect(detect('Sinds 2015 Antwerpen, daarvoor 9400 Ninove.')).toEqual([]);
    // An address in an earlier sentence is no context.
    expect(detect('Hij woonde Kapelstraat 41. In 2023 Gent bezocht.')).toEqual([]);
  });
});

describe('UK postcodes', () => {
  it('finds outward + inward codes', () => {
    expect(found('Address: 22 Wardown Crescent, Luton LU2 7JT\n\nAdmitted 02/01/2024', 'en')).toEqual([{ text: 'LU2 7JT', rule: 'postcode', country: 'uk' }]);
    for (const pc of ['SW1A 1AA', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'EC1A 1BB']) {
      expect(texts(`She lives near ${pc}, with her mother.`, 'en')).toEqual([pc]);
    }
  });
  it('does not take codes outside the postcode areas, lower case or bad inward letters', () => {
    expect(detect('An MP3 4GB player and a PS5 2GB card.', 'en')).toEqual([]);
    expect(detect('near lu2 7jt', 'en')).toEqual([]);
    expect(detect('At LU2 7IK or M1 1AC.', 'en')).toEqual([]);
    expect(detect('Room A4 2BB, 14:30, version 3.1.', 'en')).toEqual([]);
  });
});

describe('US ZIP codes', () => {
  it('finds a ZIP after a state abbreviation or "ZIP"', () => {
    expect(found('He moved to 1210 E Speedway Blvd, Tucson, AZ 85719 last year.', 'en')).toEqual([{ text: '85719', rule: 'postcode', country: 'us' }]);
    expect(texts('Baltimore MD 21201-1234', 'en')).toEqual(['21201-1234']);
    expect(texts('ZIP code: 90210', 'en')).toEqual(['90210']);
  });
  it('does not take five-digit numbers without a state, or state words in lower case', () => {
    expect(detect('We raised 85719 dollars for 21201 families.', 'en')).toEqual([]);
    expect(detect('She went in 90210 days, or 12345.', 'en')).toEqual([]);
  });
});
