import { testRule } from '../rule-tester.js';

testRule('record-id', {
  invalid: [
    { text: 'Dossiernummer: 2023-4411', found: ['2023-4411'] },
    { text: 'Zie patiëntnr. 2023/0457 voor de afspraken.', found: ['2023/0457'] },
    { text: 'Cliëntnummer 884213 staat op de map.', found: ['884213'] },
    { text: 'Clientnummer 55120 staat op de brief.', found: ['55120'] },
    { text: 'Klantnummer 271836490 is verlopen.', found: ['271836490'] },
    { text: 'Hospital no: LDH4471832', lang: 'en', found: ['LDH4471832'] },
    { text: 'MRN 55120933 on the wristband.', lang: 'en', found: ['55120933'] },
    { text: 'Case number 2021-0088 was closed.', lang: 'en', found: ['2021-0088'] },
  ],
  valid: [
    'Het dossier van mevrouw is dik.',
    'Dossier 2023 werd afgesloten.',
    'In het dossier staat 12-03-2024 als datum.',
    'Dossiernummer volgt later.',
    'Het ordernummer is 4471832.',
    'Kamer 2023-4411 is vrij.',
    'Zaaknr. 123 is oud.',
    { text: 'The case was closed in 2021.', lang: 'en' },
    { text: 'Reference: see page 12.', lang: 'en' },
    // A valid NHS number is a national id, not a record number.
    { text: 'NHS number 736 194 5821', lang: 'en' },
  ],
});
