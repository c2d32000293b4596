import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../src/text/language.js';
import { LineIndex } from '../../src/text/lines.js';
import { isAllCaps, isCapitalized, tokenize } from '../../src/text/tokenize.js';

const parts = (text: string) => tokenize(text).map((t) => [t.text, t.type, t.gapBefore] as const);

describe('tokenize: offsets', () => {
  it('gives UTF-16 offsets that slice back to the token text, with lower case and index', () => {
    const text = 'Jan Jansen, 45-jarige uit Goes.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Jan', 'Jansen', ',', '45', '-', 'jarige', 'uit', 'Goes', '.']);
    for (const [i, t] of tokens.entries()) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.lower).toBe(t.text.toLowerCase());
      expect(t.index).toBe(i);
    }
    expect(tokens[1]).toMatchObject({ start: 4, end: 10, type: 'word', gapBefore: true });
  });

  it('counts an emoji (surrogate pair) as two code units, so later offsets stay right', () => {
    const text = '😊 Sanne 👍🏽 Goes';
    const tokens = tokenize(text);
    const sanne = tokens.find((t) => t.text === 'Sanne')!;
    expect(sanne.start).toBe(3);
    expect(text.slice(sanne.start, sanne.end)).toBe('Sanne');
    const goes = tokens.find((t) => t.text === 'Goes')!;
    expect(text.slice(goes.start, goes.end)).toBe('Goes');
    const smile = tokens[0]!;
    expect(smile).toMatchObject({ text: '😊', type: 'punct', start: 0, end: 2 });
  });

  it('never splits a surrogate pair', () => {
    const text = 'a😊b𝒜c🇳🇱d';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    for (const t of tokens) {
      const first = t.text.charCodeAt(0);
      expect(first >= 0xdc00 && first <= 0xdfff).toBe(false);
    }
  });

  it('keeps combining marks inside the word (decomposed "é", "ë")', () => {
    const text = 'Cafe\u0301 en Zoe\u0308 kwamen';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Cafe\u0301', 'en', 'Zoe\u0308', 'kwamen']);
    expect(tokens[2]).toMatchObject({ start: 9, end: 13, type: 'word' });
  });

  it('splits "17-jarige" into number, hyphen, word with no gap between them', () => {
    expect(parts('een 17-jarige')).toEqual([
      ['een', 'word', true],
      ['17', 'number', true],
      ['-', 'punct', false],
      ['jarige', 'word', false],
    ]);
  });

  it("splits \"'s nachts\" into apostrophe, s, nachts", () => {
    const text = "Hij belde 's nachts.";
    expect(parts(text)).toEqual([
      ['Hij', 'word', true],
      ['belde', 'word', true],
      ["'", 'punct', true],
      ['s', 'word', false],
      ['nachts', 'word', true],
      ['.', 'punct', false],
    ]);
  });

  it('treats CRLF as whitespace: the token after it has a gap and correct offsets', () => {
    const text = 'Jan\r\nJansen\rGoes\nZeeland';
    const tokens = tokenize(text);
    expect(tokens.map((t) => [t.text, t.start, t.gapBefore])).toEqual([
      ['Jan', 0, true],
      ['Jansen', 5, true],
      ['Goes', 12, true],
      ['Zeeland', 17, true],
    ]);
  });

  it('makes each other non-space character its own punct token', () => {
    expect(parts('a@b.nl!?')).toEqual([
      ['a', 'word', true],
      ['@', 'punct', false],
      ['b', 'word', false],
      ['.', 'punct', false],
      ['nl', 'word', false],
      ['!', 'punct', false],
      ['?', 'punct', false],
    ]);
  });

  it('separates letters from digits ("S2", "4461AB") and reads non-ASCII digits as numbers', () => {
    expect(tokenize('S2').map((t) => t.text)).toEqual(['S', '2']);
    expect(tokenize('4461AB').map((t) => [t.text, t.type])).toEqual([['4461', 'number'], ['AB', 'word']]);
    expect(tokenize('٣٤')[0]!.type).toBe('number');
  });

  it('gapBefore is true for the first token even without leading whitespace, and after leading spaces', () => {
    expect(tokenize('Jan')[0]!.gapBefore).toBe(true);
    expect(tokenize('   Jan')[0]).toMatchObject({ start: 3, gapBefore: true });
  });

  it('returns no tokens for empty or whitespace-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \t\r\n\u00a0 ')).toEqual([]);
  });

  it('handles a large input in linear fashion (no catastrophic regex)', () => {
    const text = 'Jan-'.repeat(50_000) + '😊'.repeat(10_000);
    const tokens = tokenize(text);
    expect(tokens.length).toBe(110_000);
    expect(tokens.at(-1)!.end).toBe(text.length);
  });
});

describe('isCapitalized / isAllCaps', () => {
  it('recognizes capitalized words and all-caps words', () => {
    const [jan, goes, ggz, a, n45] = tokenize('Jan goes GGZ A 45');
    expect(isCapitalized(jan!)).toBe(true);
    expect(isCapitalized(goes!)).toBe(false);
    expect(isAllCaps(ggz!)).toBe(true);
    expect(isAllCaps(jan!)).toBe(false);
    expect(isAllCaps(a!)).toBe(false); // one letter is an initial, not shouting
    expect(isCapitalized(n45!)).toBe(false);
    expect(isCapitalized(tokenize('Ëlla')[0]!)).toBe(true);
  });
});

describe('LineIndex', () => {
  it('maps offsets to 1-based line and column with LF', () => {
    const idx = new LineIndex('ab\ncd\n\nef');
    expect(idx.position(0)).toEqual({ line: 1, column: 1 });
    expect(idx.position(1)).toEqual({ line: 1, column: 2 });
    expect(idx.position(3)).toEqual({ line: 2, column: 1 });
    expect(idx.position(6)).toEqual({ line: 3, column: 1 });
    expect(idx.position(7)).toEqual({ line: 4, column: 1 });
    expect(idx.position(8)).toEqual({ line: 4, column: 2 });
  });

  it('counts CRLF as one line break', () => {
    const text = 'Jan\r\nGoes\r\n\r\nZeeland';
    const idx = new LineIndex(text);
    expect(idx.position(text.indexOf('Goes'))).toEqual({ line: 2, column: 1 });
    expect(idx.position(text.indexOf('Zeeland'))).toEqual({ line: 4, column: 1 });
  });

  it('counts a lone CR as a line break', () => {
    const text = 'Jan\rGoes\rZeeland';
    const idx = new LineIndex(text);
    expect(idx.position(text.indexOf('Goes'))).toEqual({ line: 2, column: 1 });
    expect(idx.position(text.indexOf('Zeeland') + 2)).toEqual({ line: 3, column: 3 });
  });

  it('mixes LF, CRLF and CR', () => {
    const text = 'a\nb\r\nc\rd';
    const idx = new LineIndex(text);
    expect(['a', 'b', 'c', 'd'].map((ch) => idx.position(text.indexOf(ch)))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
  });

  it('counts columns in UTF-16 code units (an emoji takes two)', () => {
    const text = '😊 Sanne';
    expect(new LineIndex(text).position(text.indexOf('Sanne'))).toEqual({ line: 1, column: 4 });
  });

  it('handles empty text and the end-of-text offset', () => {
    expect(new LineIndex('').position(0)).toEqual({ line: 1, column: 1 });
    expect(new LineIndex('ab\n').position(3)).toEqual({ line: 2, column: 1 });
  });
});

describe('guessLanguage', () => {
  const guess = (text: string, fallback?: 'nl' | 'en') => guessLanguage(tokenize(text), fallback);

  it('recognizes Dutch social-media and case texts', () => {
    expect(guess('Vandaag hebben we met een cliënt van de afdeling een wandeling gemaakt. Hij was erg blij!')).toBe('nl');
    expect(guess('Mevrouw is 84 jaar en woont nog zelfstandig met haar man in een dorp in Zeeland.')).toBe('nl');
  });

  it('recognizes Flemish', () => {
    expect(guess('Amai, ge zit daar nen hele dag op de dienst en dan is er nog geen tijd voor een babbel.')).toBe('nl');
  });

  it('recognizes English', () => {
    expect(guess('Today a patient on our ward told me that she had been waiting for this day for years.')).toBe('en');
    expect(guess('The lad in his twenties was admitted yesterday; his mum called us at night.')).toBe('en');
  });

  it('falls back when there are no function words or a tie', () => {
    expect(guess('')).toBe('nl');
    expect(guess('', 'en')).toBe('en');
    expect(guess('Kloetinge 2024 GGZ', 'en')).toBe('en');
    expect(guess('is is', 'en')).toBe('en'); // "is" counts for both languages: a tie
  });
});
