import { testRule } from '../rule-tester.js';

testRule('phone', {
  invalid: [
    { text: 'Haar zoon is bereikbaar op 06-12345678, ook in het weekend.', found: ['06-12345678'] },
    { text: 'Bel de moeder liever op 06 1234 5678 dan op haar werk.', found: ['06 1234 5678'] },
    { text: 'Tel. 06-12345678 (na 17 uur)', found: ['06-12345678'] },
    // Written as a phone number, though the numbering plan has no such area code.
    { text: 'Questions? Call the family at (555) 240-1187 after six.', lang: 'en', found: ['(555) 240-1187'] },
    { text: 'Her cell: 555-310-2298, evenings only.', lang: 'en', found: ['555-310-2298'] },
    { text: 'Zijn Belgische gsm: 0470 12 34 56.', found: ['0470 12 34 56'] },
    { text: 'Bellen kan ook via +32 470 12 34 56 of +31 6 12345678.', found: ['+32 470 12 34 56', '+31 6 12345678'] },
    // Service numbers are reported too (they count as not personal).
    { text: 'Bel gerust met de huisartsenpost via 0900 1234567.', found: ['0900 1234567'] },
    { text: "Her daughter's mobile is 07700 900123.", lang: 'en', found: ['07700 900123'] },
    { text: 'Call the ward on 020 7946 0321 after ten.', lang: 'en', found: ['020 7946 0321'] },
    { text: 'His number is +44 7700 900456.', lang: 'en', found: ['+44 7700 900456'] },
    { text: 'He lives in the US; his cell is (202) 555-0143.', lang: 'en', found: ['(202) 555-0143'] },
  ],
  valid: [
    'Ze woonde daar van 1998-2004 en verhuisde toen.',
    { text: 'Order 555-310-2298 shipped on Monday.', lang: 'en' },
    { text: 'The budget grew by (2024) 310 2298 units.', lang: 'en' },
    'De rekening bedroeg 1.250.000 euro in totaal.',
    'Het gesprek was op 12-03-2024 om 10.30 uur.',
    'BSN 271836490 staat in het dossier.',
    'Factuurnummer 2024-001234 is betaald.',
    'Rijksregisternummer 90.02.14-123.03 staat op de kaart.',
    'Het ISBN is 978-90-123-4567-8.',
    { text: 'The study ran from 2015 to 2019 with 1200 people.', lang: 'en' },
    { text: 'The invoice total was 12,345,678 pounds.', lang: 'en' },
    { text: 'Scores: 10 - 12 - 14 - 16 over four weeks.', lang: 'en' },
  ],
});
