import { testRule } from '../rule-tester.js';

testRule('place', {
  invalid: [
    { text: 'Ze woont in Kloetinge, vlak bij de kerk.', found: ['Kloetinge'] },
    { text: 'Hij komt uit Zeeland.', found: ['Zeeland'] },
    { text: 'Ze werkt in Best bij een bakker.', found: ['Best'] },
    { text: 'Hij woont in Peer, in Limburg.', found: ['Peer', 'Limburg'] },
    { text: "Hij woont in 's-Hertogenbosch.", found: ["'s-Hertogenbosch"] },
    { text: 'Ze verhuisde naar Sint-Amandsberg.', found: ['Sint-Amandsberg'] },
    { text: 'Ze woont in De Haan, dicht bij zee.', found: ['De Haan'] },
    { text: 'ze woont in kloetinge en fietst elke dag naar school', found: ['kloetinge'] },
    { text: 'She grew up in Aberdeen.', lang: 'en', found: ['Aberdeen'] },
    { text: 'He moved to Reading last year.', lang: 'en', found: ['Reading'] },
  ],
  valid: [
    'Dat is best lastig voor hem.',
    'Hij zat onder een boom in het bos.',
    'Meneer Bos kwam op controle.',
    'Ze at een peer bij het ontbijt.',
    'Ze werkt al jaren in Nederland.',
    'De haan kraaide om zes uur.',
    { text: 'Reading is hard for him.', lang: 'en' },
    { text: 'She had a bath before bed.', lang: 'en' },
  ],
});
