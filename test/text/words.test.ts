import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';
import { WordAnswers, wordNumber, wordNumbers } from '../../src/text/words.js';

describe('word numbers', () => {
  it('gives one number per lower-case word, the same wherever it recurs', () => {
    const tokens = tokenize('De zus en de Zus, de ZUS.');
    const ids = wordNumbers(tokens);
    expect(ids[0]).toBe(ids[3]);
    expect(ids[1]).toBe(ids[4]);
    expect(ids[1]).toBe(ids[7]);
    expect(ids[0]).not.toBe(ids[1]);
    expect(wordNumber('zus')).toBe(ids[1]);
    expect(wordNumbers(tokens)).toBe(ids); // remembered for the last array
  });

  it('answers a question once per word', () => {
    let asked = 0;
    const long = new WordAnswers((w) => {
      asked++;
      return w.length > 3;
    });
    const tokens = tokenize('huis huis boom huisje boom');
    const ids = wordNumbers(tokens);
    expect(tokens.map((_, i) => long.at(tokens, ids, i))).toEqual([true, true, true, true, true]);
    const short = tokenize('de de het');
    const sid = wordNumbers(short);
    expect(short.map((_, i) => long.at(short, sid, i))).toEqual([false, false, false]);
    expect(asked).toBe(5);
  });
});
