import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.js';
import { dutchLemmas, englishLemmas, PAST_LISTS_RANK, WordRanks } from '../../src/lexicon/word-ranks.js';

const lexicon = loadLexicon();
const nl = lexicon.wordRanks('nl');
const en = lexicon.wordRanks('en');

describe('word ranks', () => {
  it('ranks common words high and rare ones low, in both languages', () => {
    expect(nl.lookup('hond')!.rank).toBeLessThan(2_000);
    expect(nl.lookup('theremin')!.rank).toBe(PAST_LISTS_RANK);
    expect(en.lookup('dog')!.rank).toBeLessThan(2_000);
    expect(en.lookup('theremin')!.rank).toBeGreaterThan(10_000);
  });

  it('knows Dutch nouns from OpenTaal, and the countable ones by their diminutive', () => {
    expect(nl.lookup('hond')).toMatchObject({ noun: true, countable: true });
    expect(nl.lookup('grote')!.noun).toBe(false);
    expect(nl.lookup('graag')!.noun).toBe(false);
    expect(nl.lookup('mantelzorger')).toMatchObject({ noun: true, countable: false });
  });

  it('takes a plural or a diminutive to its lemma', () => {
    expect(nl.lookup('postzegels')!.rank).toBeLessThan(10_000);
    expect(nl.lookup("alpaca's")).toMatchObject({ rank: PAST_LISTS_RANK, noun: true });
    expect(nl.lookup('fretten')).toMatchObject({ rank: PAST_LISTS_RANK, noun: true });
    expect(en.lookup('ferrets')!.rank).toBe(en.lookup('ferret')!.rank);
    expect(dutchLemmas('schapen')).toContain('schaap');
    expect(dutchLemmas('kippen')).toContain('kip');
    expect(dutchLemmas('balletje')).toContain('bal');
    expect(englishLemmas('ponies')).toContain('pony');
  });

  it('recognizes a Dutch compound of known words, with its head\'s class, and no typo or English word', () => {
    expect(nl.lookup('hangbuikzwijn')).toMatchObject({ rank: PAST_LISTS_RANK, noun: true, countable: true, compound: true });
    expect(nl.lookup('hangbuikzwijn')!.headRank).toBeGreaterThan(3_000);
    expect(nl.lookup('hulpvraag')!.headRank).toBeLessThan(3_000);
    expect(nl.lookup('fietsn')).toBeUndefined();
    expect(nl.lookup('aaaaaaaa')).toBeUndefined();
  });

  it('reads rows from any lookup: rank blank past the lists, class after a tab', () => {
    const rows: Record<string, string> = { hond: '642\td', mooi: '900\to', doedelzak: '\td' };
    const w = new WordRanks('nl', (x) => rows[x]);
    expect(w.lookup('doedelzakken')).toMatchObject({ rank: PAST_LISTS_RANK, noun: true, countable: true });
    expect(w.lookup('mooi')).toMatchObject({ rank: 900, noun: false });
    expect(w.lookup('hondendoedelzak')).toMatchObject({ compound: true });
    expect(w.lookup('onbekend')).toBeUndefined();
  });
});
