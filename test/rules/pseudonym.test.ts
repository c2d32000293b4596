import { testRule } from '../rule-tester.js';

testRule('pseudonym', {
  invalid: [
    { text: 'Yara (fictieve naam) is zeventien en woont in een gezinshuis.', found: ['Yara'], kind: 'name' },
    { text: 'Teun* komt elke week naar de dagbesteding.', found: ['Teun'] },
    { text: '*Teun is niet zijn werkelijke naam.', found: ['Teun'] },
    { text: 'In deze blog heet ze Noor, zo heet ze niet echt.', found: ['Noor'] },
    { text: "'Fatma' (naam veranderd) vertelde over haar vlucht.", found: ['Fatma'] },
    { text: 'Sam (geanonimiseerd) woont bij zijn oma.', found: ['Sam'] },
    { text: 'Kim (zo heet zij niet echt) werkt als vrijwilliger.', found: ['Kim'] },
    { text: 'Rosie (not her real name) is twelve.', lang: 'en', found: ['Rosie'] },
    { text: 'Rosie is not her real name.', lang: 'en', found: ['Rosie'] },
    { text: 'Ben (name changed) started school again.', lang: 'en', found: ['Ben'] },
    { text: "Let's call him Tom for this story.", lang: 'en', found: ['Tom'] },
    { text: "I will refer to her as 'Dre' from now on.", lang: 'en', found: ['Dre'] },
  ],
  valid: [
    'Yara kwam gisteren langs met haar moeder.',
    'Anna Verhoeven kwam met haar zoon.',
    'Ze heet Noor, net als haar oma.',
    'Het beleid (gewijzigd in 2020) geldt voor iedereen.',
    'Het Rooster (aangepast) hangt in de gang.',
    'Het team (alias de Zorgbrigade) kwam langs.',
    'Zie opmerking* onderaan.',
    { text: 'Policy (changed in 2020) applies to everyone.', lang: 'en' },
    { text: 'The Plan (revised) was shared with the team.', lang: 'en' },
    { text: 'Her mum called her Rosie when she was small.', lang: 'en' },
  ],
});
