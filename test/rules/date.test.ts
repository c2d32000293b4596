import { testRule } from '../rule-tester.js';

testRule('date', {
  invalid: [
    { text: 'Op 12 maart 2024 werd ze opgenomen op de gesloten afdeling.', found: ['12 maart 2024'] },
    { text: 'Mevrouw is geboren op 3 februari 1957 op een boerderij.', found: ['3 februari 1957'] },
    { text: 'Ze werd op 21-08-2009 geboren in het streekziekenhuis.', found: ['21-08-2009'] },
    { text: 'Vorige week dinsdag stond hij ineens voor de deur.', found: ['Vorige week dinsdag'] },
    { text: 'Sinds 2018 woont ze zelfstandig; om 14:30 komt de thuiszorg.', found: ['2018', '14:30'] },
    { text: 'Tijdens de kerstvakantie liep het thuis uit de hand.', found: ['kerstvakantie'] },
    { text: 'Het voorjaar van 2020 was voor het gezin het zwaarst.', found: ['voorjaar van 2020'] },
    { text: 'In mei start een nieuwe lotgenotengroep.', found: ['mei'] },
    { text: 'De intake is op 3/12 bij de huisarts.', found: ['3/12'] },
    { text: 'She was discharged on 4 June 2023 and readmitted yesterday.', lang: 'en', found: ['4 June 2023', 'yesterday'] },
    { text: 'Three days ago he fell down in the garden.', lang: 'en', found: ['Three days ago'] },
    { text: 'He was born on March 3rd, 1961 in a small town.', lang: 'en', found: ['March 3rd, 1961'] },
  ],
  valid: [
    'Mei is een lieve meid die graag tekent.',
    'De studie liep van 2019-2022 in drie provincies.',
    'De uitslag was 3-1 voor de thuisploeg.',
    'Hij heeft al twintig jaar dezelfde baan.',
    'Ze nam 3/4 van de tabletten in.',
    'Het protocol staat op pagina 12.',
    'Hij heeft 2018 dossiers afgehandeld.',
    'De zomer is voor hem altijd lastig.',
    { text: 'She may call back later.', lang: 'en' },
    { text: 'June is a kind and patient nurse.', lang: 'en' },
    { text: 'We meet every week in the library.', lang: 'en' },
  ],
});
