import { testRule } from '../rule-tester.js';

testRule('gender', {
  invalid: [
    { text: 'Een vrouw van in de veertig belde de praktijk.', found: ['vrouw'] },
    // One finding per text: the first word that says the gender.
    { text: 'De jongen kwam samen met zijn vader.', found: ['jongen'] },
    { text: 'Mevrouw gaf aan dat ze slecht slaapt.', found: ['Mevrouw'] },
    { text: 'Dhr. gaf aan pijn in zijn rug te hebben.', found: ['Dhr'] },
    { text: 'De cliënte wil graag eerst praten.', found: ['cliënte'] },
    { text: 'A young woman asked for advice about sleep.', lang: 'en', found: ['woman'] },
    { text: 'The boy and his mother came in together.', lang: 'en', found: ['boy'] },
    { text: 'Mrs Patel was seen in clinic.', lang: 'en', found: ['Mrs'] },
  ],
  valid: [
    'De cliënt belde over de afspraak.',
    'Iedereen is welkom op de inloopavond.',
    // Pronouns are not reported.
    'Ze slaapt slecht sinds de verhuizing.',
    'Dat is de vrouwenafdeling op de tweede verdieping.',
    'Het gastenboek ligt op tafel.',
    { text: 'The client called about the appointment.', lang: 'en' },
    { text: 'Manchester is far away from here.', lang: 'en' },
    { text: 'The patient said she was tired.', lang: 'en' },
  ],
});
