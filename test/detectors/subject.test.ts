import { describe, expect, it } from 'vitest';
import { aboutNobody, aboutWriter, clauseAround, isGroup } from '../../src/detectors/subject.js';
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

  it('a plural after a determiner is a group', () => {
    const t1 = tokenize('de Polen in de kassen');
    expect(isGroup(t1, 1, 1)).toBe(true);
    const t2 = tokenize('een Pool in de kassen');
    expect(isGroup(t2, 1, 1)).toBe(false);
  });

  it('nobody in particular: the reader, anyone, people in general; a third person keeps it about someone', () => {
    for (const [text, word, nobody] of [
      ['Als je doedelzak speelt, heb je sterke longen nodig.', 'doedelzak', true],
      ["Wie alpaca's fokt, weet hoeveel werk dat is.", 'alpaca', true],
      ['Anyone who keeps ferrets knows the smell.', 'ferrets', true],
      ['Je ziet meteen dat hij doedelzak speelt.', 'doedelzak', false],
      ['Hij speelt doedelzak.', 'doedelzak', false],
    ] as const) {
      const { tokens, i } = at(text, word);
      expect(aboutNobody(tokens, i), text).toBe(nobody);
    }
  });
});
