import { testRule } from '../rule-tester.js';

testRule('record-id', {
  invalid: [
    { text: 'Ptnr: 87654321, opgenomen via de SEH.', found: ['87654321'] },
    { text: 'Dossiernummer: 2023-4411', found: ['2023-4411'] },
    { text: 'Zie patiëntnr. 2023/0457 voor de afspraken.', found: ['2023/0457'] },
    { text: 'Cliëntnummer 884213 staat op de map.', found: ['884213'] },
    { text: 'Clientnummer 55120 staat op de brief.', found: ['55120'] },
    { text: 'Klantnummer 271836490 is verlopen.', found: ['271836490'] },
    { text: 'Hospital no: LDH4471832', lang: 'en', found: ['LDH4471832'] },
    { text: 'MRN 55120933 on the wristband.', lang: 'en', found: ['55120933'] },
    { text: 'Case number 2021-0088 was closed.', lang: 'en', found: ['2021-0088'] },
    // A file number with a year and an office code: after a case noun or sign, or on its own.
    { text: 'The review of case 2023-FC-10442 is due in May.', lang: 'en', found: ['2023-FC-10442'] },
    { text: 'Zie zaak TK/2022/5531 voor het verslag.', found: ['TK/2022/5531'] },
    { text: 'Onder 2021-JZ-0093 staat de melding geregistreerd.', found: ['2021-JZ-0093'] },
    // A copula between a specific label and its value.
    { text: 'Het dossiernummer is 2023-4411.', found: ['2023-4411'] },
    { text: 'Het cliëntnummer luidt 884213.', found: ['884213'] },
    { text: 'Her MRN is 55120933, the nurse said.', lang: 'en', found: ['55120933'] },
    { text: 'His patient number was 4471832.', lang: 'en', found: ['4471832'] },
    // Application and case numbers: a number sign or case noun before a serial/year.
    { text: 'The complaint was lodged as an application (no. 41207/98) in Strasbourg.', lang: 'en', found: ['41207/98'] },
    { text: 'Application no. 3456/05 was declared admissible.', lang: 'en', found: ['3456/05'] },
    { text: 'She referred to her earlier complaint, no. 617/03.', lang: 'en', found: ['617/03'] },
    { text: 'The court joined applications nos. 10442/99, 10443/99 and 10590/00.', lang: 'en', found: ['10442/99', '10443/99', '10590/00'] },
    { text: 'Her application 22817/2004 was struck out.', lang: 'en', found: ['22817/2004'] },
    { text: 'De rechter verwees naar zaak nr. 2004/1187.', found: ['2004/1187'] },
    { text: 'Zijn zaak 40913/19 loopt nog.', found: ['40913/19'] },
    { text: 'De zaaknummers 2023-4411 en 2023-4412 zijn gevoegd.', found: ['2023-4411', '2023-4412'] },
    // Dutch court numbers, with or without a label, and ECLI.
    { text: 'Rolnummer: C/09/587113 / HA ZA 20-311', found: ['C/09/587113 / HA ZA 20-311'] },
    { text: 'Het vonnis in C/13/702144 is op 3 mei gewezen.', found: ['C/13/702144'] },
    { text: 'Het hof (zaaknummer 200.287.116/01) bevestigde het vonnis.', found: ['200.287.116/01'] },
    { text: 'In hoger beroep onder 200.301.554/01 kwam zij niet opdagen.', found: ['200.301.554/01'] },
    { text: 'Zaaknummer: AWB 21/4410', found: ['AWB 21/4410'] },
    { text: 'Parketnummer 13/224578-21 staat op de dagvaarding.', found: ['13/224578-21'] },
    { text: 'Zie de uitspraak ECLI:NL:RBGEL:2021:5120.', found: ['ECLI:NL:RBGEL:2021:5120'] },
    { text: 'The judgment ECLI:NL:HR:2020:1012 concerned her.', lang: 'en', found: ['ECLI:NL:HR:2020:1012'] },
  ],
  valid: [
    'Het dossier van mevrouw is dik.',
    'De vergadering van 2024 werd verplaatst naar zaal B-204.',
    { text: 'The 2019-2020 season ended early.', lang: 'en' },
    { text: 'Train IC-2024 leaves from platform 3.', lang: 'en' },
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
    // After a generic word a copula makes a sentence, not a label.
    "Het dossier is 12345 pagina's dik.",
    { text: 'The file was 2048 pages long.', lang: 'en' },
    // A year range, a page, a paragraph, a protocol: numbers, not records.
    'Het dossiernummer 1997-2001 bestaat niet; het gaat om de jaren 1997-2001.',
    { text: 'Case no. 1997/98 was the school year.', lang: 'en' },
    { text: 'See no. 5 of the list and § 12 of the code.', lang: 'en' },
    { text: 'Article 1 of Protocol No. 1 protects property.', lang: 'en' },
    { text: 'Rule 43 § 2 of the Rules of Court applies.', lang: 'en' },
    // Numbered laws and journal issues are no one's case.
    { text: 'Regulation (EC) No 883/2004 coordinates social security.', lang: 'en' },
    'Volgens Verordening (EEG) nr. 1408/71 telt haar verzekering mee.',
    'Het stond in het tijdschrift nr. 12/2019 en in jaargang nr. 104/19.',
    { text: 'Law no. 2577 and Directive 2001/45/EC set the rules.', lang: 'en' },
    // A number sign before a bare number or a date is not a case number.
    'Zij woont op nr. 12 en belde op 12/05.',
    { text: 'In case 12/05 is a date, nothing is reported.', lang: 'en' },
    // An amount is not an appeal court number without its "/01".
    'De gemeente gaf 200.123.456 euro uit.',
    { text: 'There is no 2019/2020 season this year.', lang: 'en' },
  ],
});
