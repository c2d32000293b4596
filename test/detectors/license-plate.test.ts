import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.js';
import { tokenize } from '../../src/text/tokenize.js';
import { detectorOf } from '../helpers.js';

const licensePlateDetector = detectorOf('license-plate');
const detect = (text: string, lang: Lang = 'nl') => licensePlateDetector.detect({ text, tokens: tokenize(text), lang });
const found = (text: string, lang: Lang = 'nl') =>
  detect(text, lang).map((d) => ({ text: text.slice(d.start, d.end), rule: d.rule, country: d.kind === 'license-plate' ? d.facts.country : undefined }));
const texts = (text: string, lang: Lang = 'nl') => detect(text, lang).map((d) => text.slice(d.start, d.end));

describe('Dutch kentekens', () => {
  it('finds a plate after "kenteken"', () => {
    const text = 'Hij rijdt in een zwarte Golf, kenteken 9-XKL-27. Bij twijfel meteen 112 bellen.';
    const ds = detect(text);
    expect(found(text)).toEqual([{ text: '9-XKL-27', rule: 'license-plate', country: 'nl' }]);
    expect(ds[0]!.kind).toBe('license-plate');
    expect(ds[0]!.confidence).toBeGreaterThanOrEqual(0.9);
  });
  it('finds every sidecode without a cue', () => {
    const plates = ['BD-12-34', '12-34-BD', '12-BD-34', 'BD-12-DF', 'BD-FG-12', '12-BD-FG', '12-BDF-3', '1-BDF-23', 'BD-123-F', 'B-123-DF', 'BDF-12-G', 'B-12-DFG', '1-BD-234', '123-BD-4'];
    for (const plate of plates) expect(texts(`Een busje met ${plate} stond voor de deur.`)).toEqual([plate]);
  });
  it('gives a plate without cue lower confidence, and one with vowels lower still', () => {
    const [bare] = detect('Auto 9-XKL-27 stond er.');
    const [vowel] = detect('Auto 9-XAL-27 stond er.');
    expect(bare!.confidence).toBeLessThan(0.95);
    expect(vowel!.confidence).toBeLessThan(bare!.confidence);
  });
  it('accepts lower case only after a cue', () => {
    expect(texts('kenteken 9-xkl-27 gezien')).toEqual(['9-xkl-27']);
    expect(detect('het project ab-12-cd en 9-xkl-27 loopt')).toEqual([]);
  });
  it('does not take dates, times, scores, ranges or versions', () => {
    expect(detect('Op 12-03-2024 om 14:30 werd het 3-1; van 10-12 uur, versie 1.2.3.')).toEqual([]);
    expect(detect('Datum 2024-03-12, 12-3-24, 1-2-3 en 10-20-30.')).toEqual([]);
    expect(detect('COVID-19 en de A-12-B-regeling, ISO-9001.')).toEqual([]);
  });
  it('does not take a plate shape inside a longer code', () => {
    expect(detect('Artikel XX-12-34-56 en BD-12-DF5.')).toEqual([]);
  });
});

describe('Belgian plates', () => {
  it('finds the current format without a cue', () => {
    expect(found('Ze reed weg in een witte Polo, 1-ABC-234, richting Gent.')).toEqual([{ text: '1-ABC-234', rule: 'license-plate', country: 'be' }]);
    expect(texts('nummerplaat 2-xyz-987')).toEqual(['2-xyz-987']);
  });
  it('finds the older ABC-123 format only after a cue', () => {
    expect(texts('Nummerplaat: ABC-123.')).toEqual(['ABC-123']);
    expect(detect('Formulier ABC-123 invullen, ook KLM-643.')).toEqual([]);
  });
});

describe('UK plates', () => {
  it('finds a UK registration only after a cue', () => {
    expect(found('His car, registration AB12 CDE, was seen.', 'en')).toEqual([{ text: 'AB12 CDE', rule: 'license-plate', country: 'uk' }]);
    expect(texts('The number plate is LD61XYZ.', 'en')).toEqual(['LD61XYZ']);
    expect(detect('Room AB12 CDE and code LD61XYZ.', 'en')).toEqual([]);
  });
});
