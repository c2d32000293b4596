import { testRule } from '../rule-tester.js';

testRule('postcode', {
  invalid: [
    { text: 'Ze woont in 1234 AB Utrecht, vlak bij het station.', found: ['1234 AB'] },
    { text: 'Postcode: 4461ZX', found: ['4461ZX'] },
    { text: 'Zijn postcode is 1234AB.', found: ['1234AB'] },
    { text: 'Ze woont in 7721ck Dalfsen.', found: ['7721ck'] },
    { text: 'Het nieuwe adres is Voorbeeldstraat 12, 9400 Ninove.', found: ['9400'] },
    { text: 'Stuur het naar B-2000 Antwerpen, t.a.v. de familie.', found: ['2000'] },
    { text: 'Her flat is in LU2 7JT, near the hospital.', lang: 'en', found: ['LU2 7JT'] },
    { text: 'The clinic moved to Austin, TX 78701 last year.', lang: 'en', found: ['78701'] },
  ],
  valid: [
    'In 2023 Gent bezocht ze haar zus.',
    'Ze werkt sinds 2019 en woont nu in Gent.',
    'Hij reed 1000 KM in een week.',
    'In 1995 NL had ze nog geen papieren.',
    'Er waren 2500 Bezoekers op het festival.',
    'Kamer 1234 ab is vrij.',
    'Het was 2019 en Jan was er niet.',
    { text: 'She paid 1200 euro for the MP3 4GB player.', lang: 'en' },
  ],
});
