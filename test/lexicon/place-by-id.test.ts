import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeDict, decodeSection, EMPTY_LEXICON, sectionFile } from '../../src/lexicon/compiled.js';
import { isAscending, Lexicon, rowById } from '../../src/lexicon/lexicon.js';
import { loadLexicon } from '../../src/lexicon/load.js';

const ROWS = ['be', 'be-vlg', 'nl', 'nl-gm-goes', 'nl-pv-ze', 'nl-zeeland'].map((id) => `${id}\tname\ttype`);

describe('places by id', () => {
  it('finds every row of rows sorted by id by halving, and no other', () => {
    expect(isAscending(ROWS)).toBe(true);
    ROWS.forEach((row, i) => expect(rowById(ROWS, row.split('\t')[0]!)).toBe(i));
    // An id that is the start of another id, or sorts between two, is not one of them.
    for (const id of ['b', 'nl-gm', 'nl-gm-goe', 'nl-z', 'a', 'zz', '']) expect(rowById(ROWS, id)).toBe(-1);
    expect(rowById([], 'nl')).toBe(-1);
  });

  it('tells rows out of order', () => {
    expect(isAscending([ROWS[1]!, ROWS[0]!])).toBe(false);
    expect(isAscending([ROWS[0]!, ROWS[0]!])).toBe(false);
  });

  it('finds places given in memory in any order', () => {
    const places = ['nl-zeeland\tZeeland\tprovince\t390000\tnl\tNL\t\t', 'nl\tNederland\tcountry\t17900000\t\tNL\t\t', 'nl-goes\tGoes\tmunicipality\t38000\tnl-zeeland\tNL\t\t'].join('\n');
    const { byId } = new Lexicon({ ...EMPTY_LEXICON, places }).places();
    expect(byId.get('nl-goes')?.name).toBe('Goes');
    expect(byId.get('nl-zeeland')?.population).toBe(390000);
    expect(byId.get('nl-zee')).toBeUndefined();
  });

  it('the compiled place rows are in id order, so that each is found by halving', () => {
    const dir = new URL('../../dist/dict/', import.meta.url);
    for (const [section, key] of [['places', 'places'], ['places-world', 'worldPlaces']] as const) {
      const rows = decodeSection(decodeDict(readFileSync(new URL(sectionFile(section), dir))))[key]!.split('\n');
      expect(rows.length).toBeGreaterThan(1000);
      expect(isAscending(rows)).toBe(true);
    }
    const { byId } = loadLexicon().places();
    for (const id of ['nl', 'be', 'gb', 'us']) expect(byId.get(id)?.type).toBe('country');
  });
});
