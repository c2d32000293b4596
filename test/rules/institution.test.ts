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
    // Known names and their aliases (institutions.tsv separates aliases with ';').
    { text: 'Ze ligt sinds maandag in het UMCU.', found: ['UMCU'] },
    { text: 'Hij werd overgebracht naar het MUMC+.', found: ['MUMC+'] },
    { text: 'Ze is geboren in het Erasmus MC.', found: ['Erasmus MC'] },
    // A residential type alone, as its abbreviation in capitals.
    { text: 'Hij verblijft sinds zijn veroordeling in een FPC.', found: ['FPC'] },
    { text: 'Oma woont nu in een WZC.', found: ['WZC'] },
    { text: 'Ze werd opgenomen in een PMC.', found: ['PMC'] },
    // Clubs and foundations by their abbreviation or head.
    { text: 'Ze hockeyt bij HC Bloemendaal.', found: ['HC Bloemendaal'] },
    { text: 'Hij keept bij SV Loosdrecht.', found: ['SV Loosdrecht'] },
    { text: 'Hij speelt bij voetbalvereniging VV Heerjansdam.', found: ['voetbalvereniging VV Heerjansdam'] },
    { text: 'Ze zit op basisschool De Regenboog.', found: ['basisschool De Regenboog'] },
    { text: 'Hij zit op het Stedelijk Gymnasium.', found: ['Stedelijk Gymnasium'] },
    { text: 'Ze werkt als vrijwilliger bij Stichting De Hooiberg.', found: ['Stichting De Hooiberg'] },
    // A head, a preposition, and the name with its own capitalized article.
    { text: 'We bespreken de dagbesteding bij De Vlonder.', found: ['De Vlonder'] },
    // Firms, courts and authorities in English.
    { text: 'He was represented by Pierce Glynn Solicitors.', lang: 'en', found: ['Pierce Glynn Solicitors'] },
    { text: 'The show was made by Strix Television AB in Sweden.', lang: 'en', found: ['Strix Television AB'] },
    { text: 'The Council appealed to the Employment Tribunal.', lang: 'en', found: ['Employment Tribunal'] },
    { text: 'He was tried at Bristol Crown Court.', lang: 'en', found: ['Bristol Crown Court'] },
    { text: 'She applied to Southwark Council for housing.', lang: 'en', found: ['Southwark Council'] },
  ],
  valid: [
    // An ISO 4217 code next to a number is a currency, not the university of the same abbreviation.
    { text: 'She had to pay EUR 1,800 in court fees.', lang: 'en' },
    'Hij betaalde 250 EUR borg.',
    'Sinds maart gaat ze naar de dagbesteding.',
    'Ze zoekt een verpleeghuis in de buurt.',
    'Hij werd opgenomen in het ziekenhuis.',
    'Op de afdeling was het rustig.',
    'De villa is mooi.',
    'Ze volgt therapie op de polikliniek.',
    { text: 'He stayed in hospital for a week.', lang: 'en' },
    { text: 'Hospital no: 55512', lang: 'en' },
    { text: 'My school is closed today.', lang: 'en' },
    // Services everybody deals with, and abbreviations glued to a word.
    'Het CLB meldt dat hij vaak afwezig is.',
    'Ik werk al twaalf jaar als CLB-medewerker.',
    'Ze belde het CAW voor een afspraak.',
    'De FPC-patiënten gaan mee op uitstap.',
    // Codes and words in capitals that are also institution heads elsewhere.
    'De PC van de afdeling is stuk.',
    'De pc van de afdeling is stuk.',
    'Op de dagbesteding bij de boer is het rustig.',
    // A national foundation in a compound is no place someone lives.
    'De Koning Boudewijnstichting steunde ons project.',
    { text: 'Rule 36 of the Rules of Court applies.', lang: 'en' },
    { text: 'The court decided to adjourn the hearing.', lang: 'en' },
    { text: 'She joined a support group last year.', lang: 'en' },
  ],
});
