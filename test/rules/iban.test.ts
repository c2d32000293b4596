import { testRule } from '../rule-tester.js';

// Test IBANs computed for these tests (mod 97; Belgian BBAN check too), with made-up bank codes.
testRule('iban', {
  invalid: [
    { text: 'Het geld gaat naar NL51 ZZZZ 0123 4567 89 op naam van zijn moeder.', found: ['NL51 ZZZZ 0123 4567 89'] },
    { text: 'Rekening: NL45ABCD0011223344.', found: ['NL45ABCD0011223344'] },
    { text: 'Stort het op BE44 9990 1234 5645, dat is haar zichtrekening.', found: ['BE44 9990 1234 5645'] },
    { text: 'NL51 ZZZZ 0123 4567 89 naar de bewindvoerder.', found: ['NL51 ZZZZ 0123 4567 89'] },
    { text: 'Van NL45 ABCD 0011 2233 44 naar NL62 TEST 0987 6543 21.', found: ['NL45 ABCD 0011 2233 44', 'NL62 TEST 0987 6543 21'] },
    { text: 'Payments went to GB39 ZZZZ 1234 5612 3456 78 every month.', lang: 'en', found: ['GB39 ZZZZ 1234 5612 3456 78'] },
    { text: 'His account nl62test0987654321 was frozen.', lang: 'en', found: ['nl62test0987654321'] },
  ],
  valid: [
    // One digit off: fails mod 97.
    'Het rekeningnummer NL52 ZZZZ 0123 4567 89 klopt niet.',
    'Het dossier NL2024-0117 is gesloten.',
    'Het pakket met code AB12 3456 7890 1234 kwam niet aan.',
    'Ze las 4567 8901 2345 op het formulier.',
    'Ze schreef 5123 4567 8901 2345 op een briefje.',
    { text: 'The serial BE44 12 34 is on the back.', lang: 'en' },
    { text: 'We booked flight NL51 to Amsterdam.', lang: 'en' },
  ],
});
