import { describe, expect, it } from 'vitest';
import { aboutOrganisation, aboutWriter, clauseAround, isClauseBoundary, isGroup } from '../../src/detectors/subject.js';
import { tokenize } from '../../src/text/tokenize.js';

const at = (text: string, word: string) => {
  const tokens = tokenize(text);
  return { tokens, i: tokens.findIndex((t) => t.lower === word) };
};

describe('whose detail', () => {
  it('the clause ends at punctuation and at a conjunction', () => {
    const { tokens, i } = at('Ik werk hier al jaren, en zij is de enige die nog rookt.', 'enige');
    const [first, last] = clauseAround(tokens, i);
    expect(tokens.slice(first, last + 1).map((t) => t.text).join(' ')).toBe('zij is de enige die nog rookt');
  });

  it('the writer or the organisation: about the writer', () => {
    for (const [text, word] of [
      ['Ik ben de enige in ons team die nog met pen en papier rapporteert.', 'enige'],
      ['Ons ziekenhuis is het oudste van de regio.', 'oudste'],
      ['We were the only team that stayed open.', 'only'],
    ] as const) {
      const { tokens, i } = at(text, word);
      expect(aboutWriter(tokens, i), text).toBe(true);
    }
  });

  it('someone else in the clause, or the writer\'s client: not about the writer', () => {
    for (const [text, word] of [
      ['Zij is de enige bewoner die nog fietst.', 'enige'],
      ['Mijn cliënt is de oudste van zes kinderen.', 'oudste'],
      ['Ik zag dat hij de enige was.', 'enige'],
      ['She was the first paramedic in the county to win it.', 'first'],
    ] as const) {
      const { tokens, i } = at(text, word);
      expect(aboutWriter(tokens, i), text).toBe(false);
    }
  });

  it('a relative clause after the phrase does not make it the writer\'s: `until` ends the clause there', () => {
    const text = 'Het was de heftigste psychoot die ik ooit heb gezien.';
    const { tokens, i } = at(text, 'heftigste');
    const die = tokens.findIndex((t) => t.lower === 'die');
    expect(aboutWriter(tokens, i), 'the whole clause has "ik"').toBe(true);
    expect(aboutWriter(tokens, i, die - 1)).toBe(false);
    const mine = at('Ik was de enige die het zag.', 'enige');
    expect(aboutWriter(mine.tokens, mine.i, mine.tokens.findIndex((t) => t.lower === 'die') - 1)).toBe(true);
  });

  it('an organisation as the subject: about the organisation, unless a person is in the clause', () => {
    for (const [text, word, expected] of [
      ['Het ziekenhuis won de prijs voor beste werkgever.', 'prijs', true],
      ['De vereniging vierde haar 50ste verjaardag.', 'verjaardag', true],
      ['The trust was the first in the country to offer it.', 'first', true],
      ['De gemeente gaf haar een lintje.', 'lintje', false],
      ['Zij won de prijs van de gemeente.', 'prijs', false],
      ['Ze won drie keer het NK tegelzetten.', 'NK', false],
    ] as const) {
      const tokens = tokenize(text);
      const i = tokens.findIndex((t) => t.text === word);
      expect(aboutOrganisation(tokens, i), text).toBe(expected);
    }
  });

  it('the point in "80.000" is no clause boundary', () => {
    const tokens = tokenize('Een vlogger met 80.000 volgers. Daarna niets.');
    const points = tokens.flatMap((t, k) => (t.text === '.' ? [k] : []));
    expect(points.map((k) => isClauseBoundary(tokens, k))).toEqual([false, true, true]);
    const [first] = clauseAround(tokens, tokens.findIndex((t) => t.lower === 'volgers'));
    expect(tokens[first]!.lower).toBe('een');
  });

  it('a plural after a determiner is a group', () => {
    const t1 = tokenize('de Polen in de kassen');
    expect(isGroup(t1, 1, 1)).toBe(true);
    const t2 = tokenize('een Pool in de kassen');
    expect(isGroup(t2, 1, 1)).toBe(false);
  });
});
