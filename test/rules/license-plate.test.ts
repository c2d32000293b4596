import { testRule } from '../rule-tester.js';

testRule('license-plate', {
  invalid: [
    { text: 'De auto van haar vader, kenteken 9-XKL-27, stond voor de deur.', found: ['9-XKL-27'] },
    { text: 'Een zwarte bestelbus met 12-BXR-4 reed weg.', found: ['12-BXR-4'] },
    { text: 'Hij parkeert zijn auto met GZ-123-T altijd op de stoep.', found: ['GZ-123-T'] },
    { text: 'Het kenteken was 9-xkl-27 volgens de politie.', found: ['9-xkl-27'] },
    { text: 'Nummerplaat 1-ABC-234 werd genoteerd door de buren.', found: ['1-ABC-234'] },
    { text: 'Zijn oude nummerplaat: FRX-482', found: ['FRX-482'] },
    { text: "The van's registration AB12 CDE was caught on camera.", lang: 'en', found: ['AB12 CDE'] },
    { text: 'Plate: ab12cde', lang: 'en', found: ['ab12cde'] },
  ],
  valid: [
    'Ze won met 3-1 en speelde 10-12 minuten.',
    'Op 12-03-2024 kwam ze binnen.',
    'Het formulier ABC-123 moet ingevuld.',
    'Vul ook formulier gz-123-t in.',
    'Bestelnummer 5-ABC-123 is verzonden.',
    'Hij had covid-19 en long-covid.',
    'De check-in-2-go kaart lag op tafel.',
    { text: 'The code AB12 CDE is on the parcel.', lang: 'en' },
  ],
});
