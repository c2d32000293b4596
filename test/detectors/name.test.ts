import { describe, expect, it } from 'vitest';
import type { Detection, DetectionOf, Lang } from '../../src/core/types.js';
import { RULES } from '../../src/detectors/registry.js';
import { EMPTY_LEXICON } from '../../src/lexicon/compiled.js';
import { Lexicon } from '../../src/lexicon/lexicon.js';
import { detectorOf, run, texts } from '../helpers.js';

// A small hand-made lexicon, shaped like the real one: words that are also names are "ambiguous".
const lexicon = new Lexicon({
  ...EMPTY_LEXICON,
  firstNames: {
    sanne: 'f', dirk: 'm', teun: 'm', els: 'f', joke: 'f', mark: 'm', roos: 'f', mei: 'u', frank: 'm', grace: 'f',
    rijk: 'm', pieter: 'm', jan: 'm', yara: 'f', april: 'u', jarne: 'm', gijs: 'm',
  },
  surnames: [
    'jansen', 'bakker', 'vries', 'sluis', 'wessels', 'vermeersch', 'hoogendoorn', 'smith', 'bos', 'berg', 'peer',
    'koning', 'boer', 'mol', 'mark', 'roos', 'acker', 'frank',
  ],
  ambiguous: [
    'bos', 'berg', 'peer', 'koning', 'boer', 'mol', 'mark', 'roos', 'mei', 'frank', 'grace', 'rijk', 'joke', 'els',
    'april', 'bakker', 'vries', 'smith', 'sluis', 'dirk',
  ],
});
const names = RULES.name.create(lexicon);
const pseudonymDetector = RULES.pseudonym.create(lexicon);
const isName = (d: Detection): d is DetectionOf<'name'> => d.kind === 'name';
const found = (text: string, lang: Lang = 'nl') => texts(names, text, lang);
/** [matched text, form] for each detection. */
const forms = (text: string, lang: Lang = 'nl') =>
  run(names, text, lang)
    .filter(isName)
    .map((d) => [text.slice(d.start, d.end), d.facts.form]);

describe('names: titles and initials', () => {
  it('takes the title into the span', () => {
    expect(forms('Gesprek met dhr. Jansen over zijn medicatie.')).toEqual([['dhr. Jansen', 'title']]);
    expect(forms('Mevrouw De Vries kwam binnen.')).toEqual([['Mevrouw De Vries', 'title']]);
    expect(forms('Behandeld door Dr. A. Bakker.')).toEqual([['Dr. A. Bakker', 'title']]);
    expect(forms('Mr. Smith came in.', 'en')).toEqual([['Mr. Smith', 'title']]);
    expect(forms('Opa Teun vertelde over de oorlog.')).toEqual([['Opa Teun', 'title']]);
    expect(forms('mw. de Vries')).toEqual([['mw. de Vries', 'title']]);
  });

  it('reads a double surname after a title', () => {
    const text = 'Verslag: mw. Els Hoogendoorn-Bakker is opgenomen.';
    expect(forms(text)).toEqual([['mw. Els Hoogendoorn-Bakker', 'title']]);
    expect(run(names, text).filter(isName)[0]!.facts.parts).toEqual(['els', 'hoogendoorn', 'bakker']);
    expect(run(names, text)[0]!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('reads initials with particles', () => {
    expect(forms('Brief van A. van der Sluis.')).toEqual([['A. van der Sluis', 'initials']]);
    expect(forms('Ook J.P. de Vries was erbij.')).toEqual([['J.P. de Vries', 'initials']]);
  });

  // Dutch writes "mevrouw" and "meneer" in lower case mid-sentence.
  it('takes a lower-case "mevrouw" title into the span', () => {
    expect(found('Vandaag sprak ik mevrouw De Vries.')).toEqual(['mevrouw De Vries']);
  });
  it('takes a lower-case "meneer" title into the span', () => {
    expect(forms('Daarna kwam meneer Jansen binnen.')).toEqual([['meneer Jansen', 'title']]);
  });

  it('does not read the bacterium "E. Coli" as a name', () => {
    expect(run(names, 'Een E. Coli infectie.')).toEqual([]);
  });

  // A lower-case word after particles ("in de gang") is not a surname, even when the list has it ("gang" is
  // in the Statbel surname list).
  it('does not run a name on into "in de gang" (a lower-case word after particles)', () => {
    const withGang = RULES.name.create(new Lexicon({ ...EMPTY_LEXICON, surnames: ['jansen', 'gang'] }));
    expect(texts(withGang, 'Wij zagen Jansen in de gang.')).toEqual(['Jansen']);
  });

  // "in" and "op" are particles only before an article: "Jan in 't Veld", "Sanne op den Acker", but in
  // "Jansen in Mei" and "Jansen op Bos" the word is a preposition before a place or a month.
  it('reads "in" and "op" as particles only before an article', () => {
    expect(found("Gesprek met Jan in 't Veld.")).toEqual(["Jan in 't Veld"]);
    expect(found('Gesprek met Sanne op den Acker.')).toEqual(['Sanne op den Acker']);
    expect(found('Gesprek met mevrouw Jansen in Mei.')).toEqual(['mevrouw Jansen']);
    expect(found('Meneer Jansen op Bos belde.')).toEqual(['Meneer Jansen']);
  });

  it('reads a name called by in brackets between initials and surname, and initials before a surname that is also a trade', () => {
    // The real lexicon: "visser" and "brouwer" are trades in the professions list too.
    const real = detectorOf('name');
    expect(texts(real, 'Naam: H. (Henk) Brouwer')).toEqual(['H. (Henk) Brouwer']);
    expect(texts(real, 'Brief van J. Visser.')).toEqual(['J. Visser']);
    expect(texts(real, 'Our Chief Nurse said so.', 'en')).toEqual([]);
  });

  it('does not read a prefix before a hyphen as a name ("Ex-merchant navy", "Oud-wethouder")', () => {
    const withMerchant = RULES.name.create(new Lexicon({ ...EMPTY_LEXICON, firstNames: { ex: 'u' }, surnames: ['merchant', 'wethouder'] }));
    expect(texts(withMerchant, 'Ex-merchant navy, he is 79.', 'en')).toEqual([]);
    expect(texts(withMerchant, 'Oud-wethouder kwam langs.')).toEqual([]);
  });

  it('takes the initial of a surname after a first name, and a surname after a middle initial', () => {
    expect(found('Gisteren sprak ik Sanne M. op de gang.')).toEqual(['Sanne M']);
    expect(found('Yesterday I met Yara K. She is 15.', 'en')).toEqual(['Yara K']);
    expect(found('Brief van Sanne A. Bakker.')).toEqual(['Sanne A. Bakker']);
    // A sentence that ends with the first name: the next sentence's first letter is no initial.
    expect(found('Ik sprak Sanne. Daarna ging ik.')).toEqual(['Sanne']);
  });

  // After a street's article a person's names are part of the street ("in de Jan Jansenstraat"); a surname
  // that ends like a street is still a name without it.
  it('leaves the names in a street\'s name to the street rule', () => {
    expect(found('Ze woont in de Jan Jansenstraat.')).toEqual([]);
    expect(found('Jan Dorpsweg kwam langs.')).toEqual(['Jan Dorpsweg']);
  });

  it('does not read lower-case "E. coli" as a name', () => {
    expect(run(names, 'She has an E. coli infection.', 'en')).toEqual([]);
  });
});

describe('names: first names, full names, context', () => {
  it('reads a full name and a later mention of the first name', () => {
    const text = 'Gerrit Wessels woont in Goes. Later zei Gerrit dat hij moe was.';
    expect(forms(text)).toEqual([
      ['Gerrit Wessels', 'full'],
      ['Gerrit', 'repeated'],
    ]);
  });

  it('reads a name after a kin word or a label', () => {
    expect(forms('Ze kwam met haar dochter Sanne.')).toEqual([['Sanne', 'context']]);
    expect(forms('Zijn zoon Dirk belde.')).toEqual([['Dirk', 'context']]);
    expect(forms('Her son Dirk called.', 'en')).toEqual([['Dirk', 'context']]);
    expect(found('Consulent: Joke Vermeersch')).toEqual(['Joke Vermeersch']);
    expect(found('Jarne Van Acker zat in de klas.')).toEqual(['Jarne Van Acker']);
  });

  it('reads a lower-case name after a greeting in lower-case chat', () => {
    expect(forms('hoi sanne, hoe gaat het met je vandaag? ik hoop goed, tot morgen')).toEqual([['sanne', 'context']]);
  });

  it('does not take "van" into the name in "groetjes van sanne"', () => {
    expect(found('lieve oma, bedankt voor alles. groetjes van sanne en dirk')).toContain('sanne');
  });

  it('reads a known unambiguous first name on its own, and an ambiguous one before a verb of saying', () => {
    expect(forms('Sanne zei dat ze moe was.')).toEqual([['Sanne', 'first']]);
    expect(forms('Frank zei dat hij moe was.')).toEqual([['Frank', 'context']]);
    expect(forms('Mark belde vanochtend.')).toEqual([['Mark', 'context']]);
  });

  it('gives every name detection kind and rule "name", and non-empty parts', () => {
    const ds = run(names, 'Gesprek met dhr. Jansen en zijn dochter Sanne over Gerrit Wessels.');
    expect(ds.length).toBeGreaterThan(0);
    for (const d of ds) {
      expect(d.kind).toBe('name');
      expect(d.rule).toBe('name');
      expect(isName(d) && d.facts.parts.length).toBeGreaterThan(0);
    }
  });
});

describe('names: ALL-CAPS text', () => {
  it('still finds a titled name in shouted text', () => {
    expect(found('GESPREK MET MEVROUW DE VRIES OVER HAAR ZOON DIRK JANSEN').some((s) => s.startsWith('MEVROUW DE VRIES'))).toBe(true);
  });

  it('stops a name at the end of the name in shouted text', () => {
    expect(found('GESPREK MET MEVROUW DE VRIES OVER HAAR ZOON DIRK JANSEN')).toEqual(['MEVROUW DE VRIES', 'DIRK JANSEN']);
  });
});

describe('names: words that are not names', () => {
  const none: Array<[string, Lang?]> = [
    ['We liepen door het Bos en zagen een ree.'],
    ['Een wandeling door het bos.'],
    ['Ik at een verse peer.'],
    ['Ze kreeg een bos bloemen en een peer.'],
    ['De boer bracht de koning een roos in mei.'],
    ['Een mol in de tuin.'],
    ['Mark je afspraak in de agenda.'],
    ['Berg je spullen op.'],
    ['Peer review is belangrijk.'],
    ['Roos en tulp zijn bloemen.'],
    ['Bos is een mooi woord.'],
    ['In mei gaan we weg.'],
    ['De Koning Boudewijnstichting steunt het project.'],
    ['Het Rijk verlengt de regeling.'],
    ['Dat was een Frank gesprek.'],
    ['Ze krijgt Olanzapine 10 mg.'],
    ['Frank feedback helps everyone.', 'en'],
    ['By the grace of God.', 'en'],
    ['Mark my words.', 'en'],
    ['Olanzapine was started.', 'en'],
    ['Ik zag Els.'], // "els" is also a tree and a tool: without evidence it stays a word
  ];
  for (const [text, lang] of none) {
    it(`finds no name in ${JSON.stringify(text)}`, () => {
      expect(found(text, lang)).toEqual([]);
    });
  }

  // Documented: a named dog is not a person, and the detector does not flag "Grace" here (no evidence after it).
  it('does not flag "Grace the therapy dog"', () => {
    expect(found('Grace the therapy dog visited the ward.', 'en')).toEqual([]);
  });

  // A copula is no evidence of a speaker.
  it('does not read the month "Mei" at the start of a sentence as a name', () => {
    expect(found('Mei is de mooiste maand van het jaar.')).toEqual([]);
  });
});

describe('names: the real lexicon', () => {
  const real = detectorOf('name');
  const realFound = (text: string, lang: Lang = 'nl') => texts(real, text, lang);

  it('finds the names of a care write-up', () => {
    expect(realFound('Gesprek met dhr. Jansen over zijn medicatie.')).toEqual(['dhr. Jansen']);
    expect(realFound('Verslag: mw. Els Hoogendoorn-Bakker is opgenomen.')).toEqual(['mw. Els Hoogendoorn-Bakker']);
    expect(realFound('Ook J.P. de Vries was erbij.')).toEqual(['J.P. de Vries']);
    expect(realFound('Opa Teun vertelde over de oorlog.')).toEqual(['Opa Teun']);
    expect(realFound('Consulent: Joke Vermeersch')).toEqual(['Joke Vermeersch']);
    expect(realFound('Gerrit Wessels woont in Goes. Later zei Gerrit dat hij moe was.')).toEqual(['Gerrit Wessels', 'Gerrit']);
    expect(realFound('hoi sanne, hoe gaat het met je vandaag? ik hoop goed, tot morgen')).toEqual(['sanne']);
  });

  it('leaves everyday words alone', () => {
    for (const text of [
      'Een wandeling door het bos.',
      'Ik at een verse peer.',
      'De boer bracht de koning een roos in mei.',
      'De Koning Boudewijnstichting steunt het project.',
      'Het Rijk verlengt de regeling.',
      'Dat was een Frank gesprek.',
      'Ze krijgt Olanzapine 10 mg.',
      'Mark je afspraak in de agenda.',
    ]) {
      expect(realFound(text), text).toEqual([]);
    }
    expect(realFound('Frank feedback helps everyone.', 'en')).toEqual([]);
    expect(realFound('Grace the therapy dog visited the ward.', 'en')).toEqual([]);
  });
});

describe('pseudonyms', () => {
  const pseudo = (text: string, lang: Lang = 'nl') =>
    run(pseudonymDetector, text, lang).map((d) => [text.slice(d.start, d.end), isName(d) && d.facts.pseudonym]);

  const cases: Array<[string, string[], Lang?]> = [
    ['Gijs (geanonimiseerd) is 45 en woont in Goes.', ['Gijs']],
    ["'Fatma' (naam onherkenbaar gemaakt) vertelde over haar vlucht.", ['Fatma']],
    ['Ilias (zo heet hij niet echt) kwam binnen.', ['Ilias']],
    ['Opa Teun* woont nog thuis. *Teun is niet zijn werkelijke naam.', ['Teun', 'Teun']],
    ['Jan (fictieve naam) is 45.', ['Jan']],
    ['In deze blog heet ze Yara.', ['Yara']],
    ['Ze noemen haar Lotte.', ['Lotte']],
    ['Keisha (fictitious name) is 16.', ['Keisha'], 'en'],
    ["A boy who I'll refer to as 'Dre' came in.", ['Dre'], 'en'],
    ['Rosie is not her real name.', ['Rosie'], 'en'],
    ['Anna (name changed) said she was fine.', ['Anna'], 'en'],
  ];
  for (const [text, expected, lang] of cases) {
    it(`marks ${expected[0]} in ${JSON.stringify(text)} as a pseudonym`, () => {
      expect(pseudo(text, lang)).toEqual(expected.map((t) => [t, true]));
      for (const d of run(pseudonymDetector, text, lang)) {
        expect(d.kind).toBe('name');
        expect(d.rule).toBe('pseudonym');
        expect(isName(d) && d.facts.form).toBe('pseudonym');
      }
    });
  }

  it('does not mark a name with an ordinary parenthesis or a plain name as a pseudonym', () => {
    expect(pseudo('Gijs (45) is opgenomen.')).toEqual([]);
    expect(pseudo('Sanne (mijn zus) kwam.')).toEqual([]);
    expect(pseudo('Tom (his brother) came.', 'en')).toEqual([]);
    expect(pseudo('Zij heet Yara.')).toEqual([]);
    expect(pseudo('Alle namen zijn gefingeerd.')).toEqual([]);
    expect(pseudo('Het verslag (geanonimiseerd) staat online.')).toEqual([]);
    expect(pseudo('Dit is belangrijk*')).toEqual([]);
  });

  it('does not mark a sentence-initial ordinary word before "(changed in 2020)"', () => {
    expect(pseudo('Policy (changed in 2020) says otherwise.', 'en')).toEqual([]);
  });

  it('does not mark an acronym as a pseudonym', () => {
    expect(pseudo('GGZ (anoniem) meldde het incident.')).toEqual([]);
  });
});
