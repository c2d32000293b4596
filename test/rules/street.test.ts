import { testRule } from '../rule-tester.js';

testRule('street', {
  invalid: [
    { text: 'Ze woont aan de Kerkstraat, vlak bij de bakker.', found: ['Kerkstraat'] },
    { text: 'Ze woont in de Molenstraat in Wondelgem.', found: ['Molenstraat'] },
    { text: 'Hij woont op de Boulevard Heuvelink, tegenover het station.', found: ['Boulevard Heuvelink'] },
    { text: 'Hij woont op de Dr. Schaepmanstraat in Dalfsen.', found: ['Dr. Schaepmanstraat'] },
    { text: 'Ze woont op de Burgemeester de Withstraat.', found: ['Burgemeester de Withstraat'] },
    { text: 'We zagen hem op het Leidseplein.', found: ['Leidseplein'] },
    { text: 'Ze heeft een kamer aan de Keizersgracht.', found: ['Keizersgracht'] },
    { text: 'Hij woont langs de Frankrijklei.', found: ['Frankrijklei'] },
    { text: 'Zijn winkel is op de Vismarkt.', found: ['Vismarkt'] },
    { text: 'Ze woont in Kerkstraat, Ninove.', found: ['Kerkstraat'] },
    { text: 'She lives on Elm Street with her aunt.', lang: 'en', found: ['Elm Street'] },
    { text: 'He rents a flat off the Mile End Road.', lang: 'en', found: ['Mile End Road'] },
    { text: 'They met in Abbey Road years ago.', lang: 'en', found: ['Abbey Road'] },
    { text: 'Her mother lives in Cherry Tree Close.', lang: 'en', found: ['Cherry Tree Close'] },
  ],
  valid: [
    // With a house number: the address rule's.
    'Ze woont op Kerkstraat 12 in Gent.',
    { text: 'She lives at 22 Wardown Crescent.', lang: 'en' },
    // Lower case, common nouns, a word alone.
    'Hij reed over de snelweg naar huis.',
    'Ze fietste over de Snelweg.',
    'Ze liep over de dijk naar het dorp.',
    'Op de Weg was het druk.',
    'Ze werkt bij het Gerechtshof.',
    'Hij zat in het Binnenhof te wachten.',
    'Ze bezocht het graf op het Kerkhof.',
    // No place preposition: a heading, a sentence start.
    'Kerkstraat wordt volgend jaar opnieuw bestraat.',
    'Boulevard is een mooi woord.',
    'Ze woont op de Boulevard.',
    // A town ending in a street word is the place rule's.
    'Ze woont in Sommelsdijk.',
    'Hij werkt in Moerdijk.',
    { text: 'The road to recovery is long.', lang: 'en' },
    { text: 'Road works on the high street again.', lang: 'en' },
    { text: 'She went down the Street of Dreams.', lang: 'en' },
  ],
});
