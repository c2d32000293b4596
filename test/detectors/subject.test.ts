import { describe, expect, it } from 'vitest';
import { aboutAnyone, aboutWriter, clauseAround, isGroup, mentionsThirdPerson } from '../../src/detectors/subject.js';
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

  it('a mark inside a number or a name does not end the clause', () => {
    const { tokens, i } = at('Hij heeft 120.000 volgers op nu.nl gekregen.', 'volgers');
    const [first, last] = clauseAround(tokens, i);
    expect(tokens.slice(first, last + 1).map((t) => t.text).join('')).toBe('Hijheeft120.000volgersopnu.nlgekregen');
  });

  it('a third person named, and advice to anyone', () => {
    const t = tokenize('Sinds het ongeluk zit hij in een rolstoel.');
    expect(mentionsThirdPerson(t, 0, t.length - 1)).toBe(true);
    expect(mentionsThirdPerson(t, 0, 3)).toBe(false);
    const advice = at('Als je onder bewind staat, krijg je leefgeld.', 'bewind');
    expect(aboutAnyone(advice.tokens, advice.i)).toBe(true);
    const person = at('Hij vertelde dat je onder bewind staat als hij niet betaalt.', 'bewind');
    expect(aboutAnyone(person.tokens, person.i)).toBe(false);
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

  it('a plural after a determiner is a group', () => {
    const t1 = tokenize('de Polen in de kassen');
    expect(isGroup(t1, 1, 1)).toBe(true);
    const t2 = tokenize('een Pool in de kassen');
    expect(isGroup(t2, 1, 1)).toBe(false);
  });
});
