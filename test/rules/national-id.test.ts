import { testRule } from '../rule-tester.js';

// Test numbers computed for these tests: BSN 271836490, 314159265, 462908136, 27183646 (= 027183646);
// INSZ 90021412303, 78091105753, 03051721482 (born 2000 or later), bis 78491105742;
// NHS 7361945821, 4857773457.
testRule('national-id', {
  invalid: [
    { text: 'Het BSN van mevrouw is 271836490.', found: ['271836490'], kind: 'national-id' },
    { text: 'Burgerservicenummer: 3141.59.265', found: ['3141.59.265'] },
    { text: 'In de brief stond 462 908 136 bovenaan.', found: ['462 908 136'] },
    { text: 'Sofinummer 27183646 (oud)', found: ['27183646'] },
    { text: 'BSN 271836490 2 kinderen thuis.', found: ['271836490'] },
    { text: 'Haar rijksregisternummer is 90.02.14-123.03.', found: ['90.02.14-123.03'] },
    { text: 'Op de kaart staat 780911-057-53 als nummer.', found: ['780911-057-53'] },
    { text: 'Rijksregisternummer van de jongen: 03.05.17-214.82', found: ['03.05.17-214.82'] },
    { text: 'Haar bisnummer: 78491105742', found: ['78491105742'] },
    { text: 'His NHS number is 736 194 5821.', lang: 'en', found: ['736 194 5821'] },
    { text: 'NHS no. 4857773457 was on the discharge letter.', lang: 'en', found: ['4857773457'] },
    { text: 'Her SSN is 123-45-6789.', lang: 'en', found: ['123-45-6789'] },
    // A copula after the BSN's own label still announces a BSN.
    { text: 'Zijn burgerservicenummer was 271836490.', found: ['271836490'] },
  ],
  valid: [
    'Ordernummer: 271836490',
    // Another label with a copula between: an order number that happens to pass the 11-proef.
    'Het ordernummer is 271836490.',
    'Het klantnummer was: 271836490.',
    'Het factuurnr. luidt 271836490.',
    'Klantnummer 271836490 is verlopen.',
    'Bel hem op 0612345678.',
    // Fails the 11-proef.
    'Er stond 271836491 op het briefje.',
    'De gemeente gaf € 271.836.490 uit aan zorg.',
    'Op de envelop stond 027183646.',
    'Het ISBN is 978-90-123-4567-8.',
    // Fails the NHS check digit.
    { text: 'The trust saw 736 194 5822 in the log.', lang: 'en' },
    // A bare nine-digit number in English text is not taken for a BSN.
    { text: 'The parcel reference was 271836490.', lang: 'en' },
  ],
});
