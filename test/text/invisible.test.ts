import { describe, expect, it } from 'vitest';
import { cleanInvisible, spanToOriginal } from '../../src/text/invisible.js';

/** The original slice of every occurrence of `needle` in the cleaned text. */
const originalOf = (text: string, needle: string): string => {
  const clean = cleanInvisible(text);
  const at = clean.text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  const { start, end } = spanToOriginal(clean, at, at + needle.length);
  return text.slice(start, end);
};

describe('cleanInvisible', () => {
  it('returns the text itself when there is nothing invisible (the fast path)', () => {
    const text = 'Anna Verhoeven woont in Kloetinge.';
    const clean = cleanInvisible(text);
    expect(clean.changed).toBe(false);
    expect(clean.text).toBe(text);
    expect(clean.toOriginal(5, 'start')).toBe(5);
    expect(clean.toCleaned(5)).toBe(5);
  });

  it('drops zero-width characters and soft hyphens, turns no-break spaces into spaces', () => {
    const clean = cleanInvisible('a\u200bb\u200cc\u200dd\u2060e\ufefff\u00adg\u00a0h\u202fi');
    expect(clean.changed).toBe(true);
    expect(clean.text).toBe('abcdefg h i');
  });

  it('maps a soft hyphen inside a place name back to the whole original word', () => {
    expect(cleanInvisible('uit Kloe\u00adtinge.').text).toBe('uit Kloetinge.');
    expect(originalOf('uit Kloe\u00adtinge.', 'Kloetinge')).toBe('Kloe\u00adtinge');
  });

  it('maps a phone number with a zero-width space inside', () => {
    const text = 'Bel 06\u200b12345678 na vijf uur.';
    const clean = cleanInvisible(text);
    expect(clean.text).toBe('Bel 0612345678 na vijf uur.');
    const at = clean.text.indexOf('0612345678');
    expect(spanToOriginal(clean, at, at + 10)).toEqual({ start: 4, end: 15 });
    // After the number the offsets are shifted by the one dropped character.
    expect(clean.toOriginal(clean.text.indexOf('na'), 'start')).toBe(text.indexOf('na'));
  });

  it('maps a BSN with a zero-width joiner inside', () => {
    expect(originalOf('BSN: 2718\u200d36490.', '271836490')).toBe('2718\u200d36490');
  });

  it('keeps a name with a no-break space between first and last name at the same offsets', () => {
    const text = 'Gisteren belde Anna\u00a0Verhoeven.';
    const clean = cleanInvisible(text);
    expect(clean.text).toBe('Gisteren belde Anna Verhoeven.');
    expect(originalOf(text, 'Anna Verhoeven')).toBe('Anna\u00a0Verhoeven');
    expect(clean.toOriginal(15, 'start')).toBe(15);
  });

  it('never lets a span start or end on a dropped character', () => {
    const text = '\u200bAnna\u200b \u200b\u200bJan\u00ad';
    const clean = cleanInvisible(text);
    expect(clean.text).toBe('Anna Jan');
    const anna = spanToOriginal(clean, 0, 4);
    expect(text.slice(anna.start, anna.end)).toBe('Anna');
    expect(spanToOriginal(clean, 5, 8)).toEqual({ start: 9, end: 12 });
    // An empty span stays empty.
    const empty = spanToOriginal(clean, 4, 4);
    expect(empty.end).toBe(empty.start);
  });

  it('counts UTF-16 code units: a surrogate pair before or after a dropped character keeps its two units', () => {
    const text = '😀\u200bAnna 👩\u200d👩 Jan';
    const clean = cleanInvisible(text);
    expect(clean.text).toBe('😀Anna 👩👩 Jan');
    expect(originalOf(text, 'Anna')).toBe('Anna');
    expect(originalOf(text, 'Jan')).toBe('Jan');
    const at = clean.text.indexOf('Jan');
    expect(clean.toOriginal(at, 'start')).toBe(text.indexOf('Jan'));
    // The emoji on both sides of the joiner: the span covers the joiner too.
    const pair = clean.text.indexOf('👩');
    expect(text.slice(clean.toOriginal(pair, 'start'), clean.toOriginal(pair + 4, 'end'))).toBe('👩\u200d👩');
  });

  it('maps original offsets to cleaned ones and back', () => {
    const text = 'a\u00adb\u200b\u200bc d\u200be';
    const clean = cleanInvisible(text);
    expect(clean.text).toBe('abc de');
    for (let c = 0; c <= clean.text.length; c++) expect(clean.toCleaned(clean.toOriginal(c, 'start'))).toBe(c);
    // Each original character lands on its cleaned character; a dropped one where it was dropped.
    expect([...Array(text.length + 1).keys()].map((o) => clean.toCleaned(o))).toEqual([0, 1, 1, 2, 2, 2, 3, 4, 5, 5, 6]);
  });
});
