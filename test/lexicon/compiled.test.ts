import { describe, expect, it } from 'vitest';
import { decodeDict, decodeSection, encodeDict, encodeSection, indexToLines } from '../../src/lexicon/compiled.js';
import { SortedLines } from '../../src/lexicon/names.js';
import { PhraseMatcher } from '../../src/lexicon/phrases.js';
import { tokenize } from '../../src/text/tokenize.js';

/** A matcher built phrase by phrase, and the same one as dist/dict stores it (lines). */
function both(phrases: Array<[string, string]>): [PhraseMatcher<string>, PhraseMatcher<string>] {
  const built = new PhraseMatcher<string>();
  for (const [p, v] of phrases) built.add(p, v);
  const stored = decodeSection(encodeSection({ conditionIndex: built.toJSON() })).conditionIndex!;
  expect(stored.lines).toBeTypeOf('string');
  return [built, new PhraseMatcher<string>(stored)];
}

const PHRASES: Array<[string, string]> = [
  ['zeeland', 'zeeland'],
  ['goes', 'goes-id'],
  ['de bilt', 'bilt'],
  ['de enige', 'only'],
  ['{num} kinderen', 'kids'],
  ['overleed*', 'died'],
  ['{poss} moeder', 'mother'],
  ['in de krant', 'paper'],
];

describe('compiled dictionaries (dist/dict/<section>.dict)', () => {
  it('stores a file with accents as UTF-16 after a byte order mark, an ASCII one as bytes, and reads both back', () => {
    for (const text of ['zeeland\tgoes\n', 'Zürich\tcliënte\n\u{1F600}', '']) expect(decodeDict(encodeDict(text))).toBe(text);
    expect([...encodeDict('ë').subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(encodeDict('goes').length).toBe(4);
  });

  it('gives back every field as it was written: text as is, records and tuples, indexes', () => {
    const index = { index: { zeeland: ['zeeland'], '{num}': [[['{num}', 'kinderen'], 'kids']] } };
    const section = decodeSection(encodeSection({ places: 'a\tb\nc\td', conditions: { x: ['X', 'Y', 0.1, 0.2, 0.3, '', 'src'] }, placeIndex: index }));
    expect(section.places).toBe('a\tb\nc\td');
    expect(section.conditions).toEqual({ x: ['X', 'Y', 0.1, 0.2, 0.3, '', 'src'] });
    expect(section.placeIndex).toEqual({ index: { '{num}': [[['{num}', 'kinderen'], 'kids']] }, lines: 'zeeland', roles: false, tails: ['and'] });
  });

  it('parses a field only when it is read', () => {
    const section = decodeSection(encodeSection({ conditions: { a: 1 }, professions: { b: 2 } }));
    const described = Object.getOwnPropertyDescriptor(section, 'professions')!;
    expect(described.get).toBeTypeOf('function');
    expect(section.professions).toEqual({ b: 2 });
    expect(Object.getOwnPropertyDescriptor(section, 'professions')!.value).toEqual({ b: 2 });
  });

  it('refuses a file of another format with a message that says what to do', () => {
    expect(() => decodeSection('{"places":""}', 'places.dict')).toThrow(/places\.dict: .*npm run build/);
  });

  it('keeps placeholders and prefixes as data and every other key as a sorted line', () => {
    const [built] = both(PHRASES);
    const { index, lines } = indexToLines(built.toJSON());
    expect(Object.keys(index).sort()).toEqual(['ove*', '{num}', '{poss}']);
    const keys = lines!.split('\n').map((l) => l.split('\t')[0]!);
    expect(keys).toEqual([...keys].sort());
    expect(lines!.split('\n')).toContain('zeeland');
    expect(lines).toContain('goes\t["goes-id"]');
  });

  it('a matcher read from lines finds what the matcher it was written from finds', () => {
    const [built, stored] = both(PHRASES);
    for (const text of [
      'Ze woont in De Bilt, niet in Zeeland.',
      'Hij is de enige met 3 kinderen in Goes.',
      'Haar moeder overleed vorig jaar; het stond in de krant.',
      'Niets van dat alles hier.',
    ]) {
      const tokens = tokenize(text);
      expect(stored.findAll(tokens)).toEqual(built.findAll(tokens));
    }
    expect(stored.word('goes')).toBe('goes-id');
    expect(stored.word('zeeland')).toBe('zeeland');
    expect(stored.word('bilt')).toBeUndefined();
  });

  it('an empty index stays empty', () => {
    const [, stored] = both([]);
    expect(stored.findAll(tokenize('De Bilt'))).toEqual([]);
  });
});

describe('sorted lines', () => {
  it('answers the same before and after it builds a table for many look-ups', () => {
    for (const table of [false, true]) {
      const lines = new SortedLines('anna\tf\nbram\tm\ncor\nzoë\tf', { table });
      const ask = () => ['anna', 'bram', 'cor', 'zoë', 'ann', 'annas', 'd', ''].map((w) => [lines.has(w), lines.get(w)]);
      const before = ask();
      expect(before).toEqual([[true, 'f'], [true, 'm'], [true, ''], [true, 'f'], [false, undefined], [false, undefined], [false, undefined], [false, undefined]]);
      for (let i = 0; i < 5000; i++) lines.has('bram');
      expect(ask()).toEqual(before);
    }
  });
});
