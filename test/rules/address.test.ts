import { testRule } from '../rule-tester.js';

testRule('address', {
  invalid: [
    { text: 'Mevrouw woont op de Voorbeeldstraat 41 in een benedenwoning.', found: ['Voorbeeldstraat 41'] },
    { text: 'Hij verhuisde naar Dr. Schaepmanstraat 8-II.', found: ['Dr. Schaepmanstraat 8-II'] },
    { text: 'De familie woont aan de Grote Markt 12 boven de bakker.', found: ['Grote Markt 12'] },
    { text: 'Haar nieuwe adres: Burgemeester de Withstraat 23a.', found: ['Burgemeester de Withstraat 23a'] },
    { text: 'Zijn adres is zwanenlaan 23 bus 4.', found: ['zwanenlaan 23 bus 4'] },
    { text: 'Het nieuwe adres is Voorbeeldstraat 12, 9400 Ninove.', found: ['Voorbeeldstraat 12'] },
    { text: 'She lives at 22 Wardown Crescent with her cat.', lang: 'en', found: ['22 Wardown Crescent'] },
    { text: "He stayed at 14 St Mary's Road for a week.", lang: 'en', found: ["14 St Mary's Road"] },
  ],
  valid: [
    'Ze loopt elke dag door de Kerkstraat.',
    'Ze woont in de Kerkstraat, het nummer weet ik niet.',
    'Het is vanaf het station 12 minuten lopen.',
    'Hij reed over de snelweg 12 kilometer.',
    'Het feest op de Grote Markt 12 januari trok veel mensen.',
    'Hij werkte zijn hele loopbaan 12 jaar bij de gemeente.',
    'De vergadering 3 is verplaatst.',
    'Weg 12 minuten van huis, zei ze.',
    { text: 'In 2020 Main Street was closed for works.', lang: 'en' },
    { text: 'We walked 3 miles along the road.', lang: 'en' },
  ],
});
