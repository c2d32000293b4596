import { describe, expect, it } from 'vitest';
import { kinNoun } from '../../src/lexicon/person-words.js';

const rel = (w: string) => kinNoun(w)?.rel;

describe('kinNoun: the forms of a kin noun', () => {
  it('derives Dutch diminutives, singular and plural', () => {
    expect(rel('dochtertje')).toBe('child');
    expect(rel('zoontje')).toBe('child');
    expect(rel('kindje')).toBe('child');
    expect(rel('zusje')).toBe('sibling');
    expect(kinNoun('zusjes')?.plural).toBe(true);
    expect(kinNoun('broertjes')?.plural).toBe(true);
    expect(rel('nichtje')).toBe('cousin');
    expect(rel('omaatje')).toBe('grandparent');
    expect(rel('oompje')).toBe('aunt-uncle');
    expect(rel('zuske')).toBe('sibling');
    expect(rel('dochterke')).toBe('child');
  });

  it('derives compounds with the relation they make', () => {
    expect(rel('achterkleinzoon')).toBe('grandchild');
    expect(kinNoun('achterkleinkinderen')?.plural).toBe(true);
    expect(rel('overgrootmoeder')).toBe('grandparent');
    expect(rel('overgrootouders')).toBe('grandparent');
    expect(rel('greatgrandson')).toBe('grandchild');
    expect(rel('schoonzus')).toBe('in-law');
    expect(rel('schoonmoeder')).toBe('in-law');
    expect(rel('stiefvader')).toBe('parent');
    expect(rel('halfbroertje')).toBe('sibling');
    expect(rel('pleegdochtertje')).toBe('child');
    expect(rel('tweelingzus')).toBe('sibling');
  });

  it('knows kin words of migrant families', () => {
    expect(rel('abuela')).toBe('grandparent');
    expect(rel('nonna')).toBe('grandparent');
    expect(rel('babaanne')).toBe('grandparent');
    expect(rel('baba')).toBe('parent');
    expect(rel('teyze')).toBe('aunt-uncle');
  });

  it('leaves look-alikes alone', () => {
    for (const w of ['papje', 'mannetje', 'vrouwtje', 'zonnetje', 'sonje', 'zusterorganisatie', 'moederbedrijf', 'kerke', 'overmoeder', 'grootzoon', 'schoonheid']) {
      expect(kinNoun(w), w).toBeUndefined();
    }
  });
});
