import { describe, expect, it } from 'vitest';
import { aboutAnyone, aboutNobody, aboutOrganisation, aboutWriter, clauseAround, clauseEnd, isClauseBoundary, isGeneric, isGroup, mentionsThirdPerson, opensClause } from '../../src/detectors/subject.js';
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
      ['Ik heb een cliënt die de oudste is van zes kinderen.', 'oudste'],
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

  it('a clause opens after punctuation, a line, a conjunction or a subordinator', () => {
    for (const [text, word] of [
      ['Vader zit vast.', 'vader'],
      ['Ze is moe; dochter woont ver weg.', 'dochter'],
      ['Casus\nMoeder is opgenomen.', 'moeder'],
      ['Hij zegt dat zijn moeder overleed.', 'zijn'],
      ['Sinds zijn vader vastzit, woont hij bij oma.', 'zijn'],
    ] as const) {
      const { tokens, i } = at(text, word);
      expect(opensClause(text, tokens, i), text).toBe(true);
    }
    const text = 'Hij belde zijn moeder.';
    const { tokens, i } = at(text, 'zijn');
    expect(opensClause(text, tokens, i)).toBe(false);
  });

  it('a clause ends at a comma, a conjunction or an unambiguous subordinator, not at "sinds" or "als"', () => {
    const cases = [
      ['Haar man zit sinds 2021 in de gevangenis, zegt ze.', 'man', 'zit sinds 2021 in de gevangenis'],
      ['Zijn vader werkt als postbode en zijn moeder niet.', 'vader', 'werkt als postbode'],
      ['Zijn moeder zegt dat zijn vader vastzit.', 'moeder', 'zegt'],
    ] as const;
    for (const [text, word, rest] of cases) {
      const { tokens, i } = at(text, word);
      expect(tokens.slice(i + 1, clauseEnd(text, tokens, i) + 1).map((t) => t.text).join(' '), text).toBe(rest);
    }
  });

  it('a sentence to the reader or about anybody is generic', () => {
    for (const [text, word, generic] of [
      ['Wie zorgt voor zijn moeder, kan steun krijgen.', 'moeder', true],
      ['Iedereen die voor haar ouders zorgt, verdient steun.', 'ouders', true],
      ['If your father is in prison, call us.', 'father', true],
      ['Zij zorgt voor haar moeder. Wie helpt haar?', 'moeder', false],
      ['Ze vertelde iedereen dat haar vader vastzit.', 'vader', false],
    ] as const) {
      const { tokens, i } = at(text, word);
      expect(isGeneric(tokens, i), text).toBe(generic);
    }
  });
});

describe('line breaks', () => {
  it('a line break ends a clause: the writer on one line does not own the next', () => {
    const text = 'Notities van mij\nMeneer Bakker is de enige die nog fietst';
    const { tokens, i } = at(text, 'enige');
    const [first] = clauseAround(tokens, i);
    expect(tokens[first]!.text).toBe('Meneer');
    expect(aboutWriter(tokens, i)).toBe(false);
  });
});
