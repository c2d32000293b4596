import { describe, expect, it } from 'vitest';
import { checkText, chunkRanges } from '../../src/core/check.js';
import { createDetectors } from '../../src/detectors/registry.js';
import { loadLexicon } from '../../src/lexicon/load.js';

const detectors = createDetectors(loadLexicon());

describe('chunked checking of long texts', () => {
  it('cuts at paragraph breaks and covers the text exactly', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `Alinea ${i} over het beleid van de organisatie.\n\n`).join('');
    const ranges = chunkRanges(text, 10_000);
    expect(ranges.length).toBeGreaterThan(5);
    expect(ranges[0]![0]).toBe(0);
    expect(ranges.at(-1)![1]).toBe(text.length);
    for (let i = 1; i < ranges.length; i++) {
      expect(ranges[i]![0]).toBe(ranges[i - 1]![1]);
      expect(text.slice(ranges[i]![0] - 2, ranges[i]![0])).toBe('\n\n');
    }
  });

  it('gives findings with offsets and lines into the whole text, and carries pseudonyms and cues across chunks', () => {
    const filler = 'Dit is een alinea over het beleid van de organisatie en de manier waarop wij werken.\n\n'.repeat(3000);
    const text = `'Anna' (fictieve naam) woont in Kloetinge.\n\n${filler}Gisteren is Anna opgenomen op de afdeling. Ze is 45 en heeft schizofrenie.\n`;
    expect(text.length).toBeGreaterThan(200_000);
    const result = checkText(text, 'long.txt', detectors, { lang: 'auto' });
    const names = result.findings.filter((f) => f.kind === 'name');
    expect(names.length).toBe(2);
    for (const f of result.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    // The second "Anna" is in a later chunk and still a pseudonym.
    expect(names.every((f) => f.kind === 'name' && f.facts.pseudonym)).toBe(true);
    const late = result.findings.find((f) => f.kind === 'diagnosis')!;
    expect(late.line).toBe(text.slice(0, late.start).split('\n').length);
    expect(result.cues.ward).toBe(true);
    expect(result.cues.windowDays).toBe(1);
    expect(result.risk.level).toBe('medium');
  });
});

describe('pseudonyms', () => {
  it('a marked or declared first name does not make a real full name a pseudonym', () => {
    const marked = checkText('Anna* is 45. Haar buurvrouw Anna Verhoeven belde.', 'x', detectors, { lang: 'nl' });
    const full = marked.findings.find((f) => f.text === 'Anna Verhoeven')!;
    expect(full.kind).toBe('name');
    expect(full.kind === 'name' && full.facts.pseudonym).toBe(false);
    expect(marked.risk.level).toBe('critical');
    const declared = checkText('Jan de Vries belde vandaag.', 'x', detectors, { lang: 'nl', pseudonyms: ['Jan'] });
    expect(declared.risk.level).toBe('critical');
    const whole = checkText('Jan belde vandaag; Jan is 45.', 'x', detectors, { lang: 'nl', pseudonyms: ['Jan'] });
    expect(whole.findings.filter((f) => f.kind === 'name').every((f) => f.kind === 'name' && f.facts.pseudonym)).toBe(true);
  });
});
