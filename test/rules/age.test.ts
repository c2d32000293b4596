import { testRule } from '../rule-tester.js';

testRule('age', {
  invalid: [
    { text: 'Een 45-jarige vrouw uit het dorp meldde zich bij de huisarts.', found: ['45-jarige'] },
    { text: 'Ze is 38, woont alleen en werkt parttime.', found: ['38'] },
    { text: 'Mevrouw is 82 jaar oud en nog erg zelfstandig.', found: ['82 jaar oud'] },
    { text: 'Een meisje van zestien liep weg van huis.', found: ['zestien'] },
    { text: 'Hij is in de veertig en werkt in de haven.', found: ['in de veertig'] },
    { text: 'Ze is eind dertig en woont met haar broer.', found: ['eind dertig'] },
    { text: 'Ze zit in groep 7 van de basisschool.', found: ['groep 7'] },
    { text: 'Jan (72) woont sinds kort in een zorgcentrum.', found: ['72'] },
    { text: 'Thijs, 24, student, belde de crisisdienst.', found: ['24'] },
    { text: 'Een tienermoeder vroeg om hulp bij de opvoeding.', found: ['tienermoeder'] },
    { text: 'A 58-year-old man was admitted last night.', lang: 'en', found: ['58-year-old'] },
    { text: 'She is 71 and lives alone.', lang: 'en', found: ['71'] },
    { text: 'He is in his twenties and studies law.', lang: 'en', found: ['in his twenties'] },
  ],
  valid: [
    'Na 45 jaar in dienst ging hij met pensioen.',
    'Hij woont al twaalf jaar in hetzelfde huis.',
    'Ze betaalde 45 euro voor de cursus.',
    'Het is 20 jaar geleden gebeurd.',
    'De kamer is 12 meter lang.',
    'Ze is 3 keer opgenomen.',
    'De uitslag was 3-1 voor de thuisploeg.',
    'Ze werkt 32 uur per week.',
    { text: 'He worked there for 45 years.', lang: 'en' },
    { text: 'The ward has 24 beds.', lang: 'en' },
    { text: 'Page 45 of the report explains the scores.', lang: 'en' },
  ],
});
