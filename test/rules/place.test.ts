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
    // Regions, with their article in the span, and Belgian deelgemeenten and small villages.
    { text: 'Hij groeide op in de Achterhoek.', found: ['de Achterhoek'] },
    { text: 'Ze woont al jaren in het Pajottenland.', found: ['het Pajottenland'] },
    { text: 'Ze komt uit de Westhoek.', found: ['de Westhoek'] },
    { text: 'Hij werkt in Zeeuws-Vlaanderen.', found: ['Zeeuws-Vlaanderen'] },
    { text: 'Ze woont in Oost-Groningen.', found: ['Oost-Groningen'] },
    { text: 'Hij woont in de Kempen.', found: ['de Kempen'] },
    { text: 'Ze verhuisde naar het Gooi.', found: ['het Gooi'] },
    { text: 'Ze woont in Kemmel, vlak bij de Kemmelberg.', found: ['Kemmel'] },
    { text: 'Hij woont in Ruddervoorde.', found: ['Ruddervoorde'] },
    // Neighbourhoods of the large cities.
    { text: 'Ze woont in Kanaleneiland.', found: ['Kanaleneiland'] },
    { text: 'Hij groeide op in de Schilderswijk.', found: ['Schilderswijk'] },
    { text: 'Ze woont in Kuregem.', found: ['Kuregem'] },
    // A name that is also a word counts with a capital after a place word.
    { text: 'Ze woont in Winkel, in Noord-Holland.', found: ['Winkel', 'Noord-Holland'] },
    { text: 'Hij komt uit Namen.', found: ['Namen'] },
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
    // Everyday words that are also villages (OpenTaal, SCOWL): not in lower case, not without a place word.
    'winkel is dicht en ik heb honger',
    'de postbode van de wijk kwam langs',
    'ze is op de hoogte van alles',
    'De namen van de kinderen zijn veranderd.',
    'Het luik van de zolder klemt.',
    'Ze gooide de bal over het hek.',
    'Hij had laken en dekens mee.',
    { text: 'The Republic was declared in 1923.', lang: 'en' },
  ],
});
