import { testRule } from '../rule-tester.js';

testRule('institution', {
  invalid: [
    { text: 'Ze woont in zorgcentrum De Wielewaal.', found: ['zorgcentrum De Wielewaal'] },
    { text: 'Hij verblijft op afdeling Zonnedauw van de kliniek.', found: ['afdeling Zonnedauw'] },
    { text: 'Ze is in behandeling bij Altrecht.', found: ['Altrecht'] },
    { text: 'Hij zit op het Vaartcollege in de derde klas.', found: ['Vaartcollege'] },
    { text: 'Hij woonde vroeger in huize Het Baken.', found: ['huize Het Baken'] },
    { text: 'Ze speelt bij voetbalclub De Zwaluwen.', found: ['voetbalclub De Zwaluwen'] },
    { text: 'Ze woont in Villa Zonneschijn.', found: ['Villa Zonneschijn'] },
    { text: 'He was admitted to Ward 7 last night.', lang: 'en', found: ['Ward 7'] },
    { text: 'She attends Desert Willow Middle School.', lang: 'en', found: ['Desert Willow Middle School'] },
  ],
  valid: [
    'Sinds maart gaat ze naar de dagbesteding.',
    'Ze zoekt een verpleeghuis in de buurt.',
    'Hij werd opgenomen in het ziekenhuis.',
    'Op de afdeling was het rustig.',
    'De villa is mooi.',
    'Ze volgt therapie op de polikliniek.',
    { text: 'He stayed in hospital for a week.', lang: 'en' },
    { text: 'Hospital no: 55512', lang: 'en' },
    { text: 'My school is closed today.', lang: 'en' },
  ],
});
