import { testRule } from '../rule-tester.js';

testRule('nationality', {
  invalid: [
    { text: 'Ze is van Eritrese afkomst en kwam alleen naar Nederland.', found: ['Eritrese'] },
    { text: 'Haar moeder is Marokkaans.', found: ['Marokkaans'] },
    { text: 'Hij spreekt Turks met zijn oma.', found: ['Turks'] },
    { text: 'Ze heeft de Syrische nationaliteit.', found: ['Syrische'] },
    { text: 'Ze komt uit Eritrea.', found: ['Eritrea'] },
    { text: 'Hij is Turk.', found: ['Turk'] },
    { text: 'She is Vietnamese and arrived in 2015.', lang: 'en', found: ['Vietnamese'] },
    { text: 'Her father is Polish.', lang: 'en', found: ['Polish'] },
    // In an English text Dutch is a minority.
    { text: 'She is Dutch.', lang: 'en', found: ['Dutch'] },
    // Citizenship said of the person counts even when it is the majority's.
    { text: 'The application was lodged by a British national living in Leeds.', lang: 'en', found: ['British'] },
    { text: 'Hij heeft de Nederlandse nationaliteit en woont in Antwerpen.', found: ['Nederlandse'] },
  ],
  valid: [
    // A group, not the person.
    'De Duitsers wonnen de wedstrijd.',
    'Veel Syriërs kwamen in 2015 naar Nederland.',
    'De Polen in de regio werken vaak in de kassen.',
    // The majority narrows nothing.
    'Hij spreekt Nederlands.',
    { text: 'The Germans won the match.', lang: 'en' },
    { text: 'He speaks English at home.', lang: 'en' },
    { text: 'He is British.', lang: 'en' },
    { text: 'British weather is famously grey.', lang: 'en' },
    'Het Nederlandse weer is wisselvallig.',
  ],
});
