import { testRule } from '../rule-tester.js';

// Sentences of the test author's own.
testRule('marks', {
  invalid: [
    // A part of the body lost, by a verb of losing before it or (Dutch) after it, or one of a pair left.
    { text: 'Sinds het ongeluk in de fabriek mist hij drie vingers.', found: ['mist hij drie vingers'] },
    { text: 'Ze verloor haar rechteroog bij een val.', found: ['verloor haar rechteroog'] },
    { text: 'Hij is op zee twee tenen kwijtgeraakt.', found: ['twee tenen kwijtgeraakt'] },
    { text: 'He lost his right thumb in a sawmill.', lang: 'en', found: ['lost his right thumb'] },
    { text: 'She has been missing two toes since the frostbite.', lang: 'en', found: ['missing two toes'] },
    { text: 'Hij fietst nog steeds, met maar één been.', found: ['maar één been'] },
    // A feature the writer calls striking, someone's own.
    { text: 'Zijn opvallende paarse bril kent de hele wijk.', found: ['Zijn opvallende paarse bril'] },
    { text: 'He has a distinctive streak of grey hair above one ear.', lang: 'en', found: ['a distinctive streak of grey hair'] },
    { text: 'Ze heeft een litteken op haar rechterschouder.', found: ['een litteken op haar rechterschouder'] },
    { text: 'Hij heeft een tatoeage van een anker op zijn hand.', found: ['een tatoeage van een anker op zijn hand'] },
    { text: 'Ze heeft een wijnvlek op haar wang.', found: ['een wijnvlek op haar wang'] },
    { text: 'Zijn piercings vallen iedereen op.', found: ['Zijn piercings'] },
    { text: 'De cliënt heeft een litteken op zijn voorhoofd van een val.', found: ['een litteken op zijn voorhoofd'] },
    { text: 'He has a tattoo of a rose on his neck.', lang: 'en', found: ['a tattoo of a rose on his neck'] },
    { text: 'She has a scar on her left cheek.', lang: 'en', found: ['a scar on her left cheek'] },
    { text: 'Elke avond zit haar kat Minoes op de vensterbank.', found: ['haar kat Minoes'] },
    { text: 'Hij woont alleen met zijn paard genaamd Storm.', found: ['zijn paard genaamd Storm'] },
    { text: 'Her parrot Captain greets every visitor.', lang: 'en', found: ['Her parrot Captain'] },
    { text: 'He lives with a rabbit named Clover.', lang: 'en', found: ['a rabbit named Clover'] },
    // A breed names the animal as a pet noun does.
    { text: 'Her Labrador Max sleeps at the foot of the bed.', lang: 'en', found: ['Her Labrador Max'] },
    { text: 'There is a large Dalmatian called Pepper in the garden.', lang: 'en', found: ['Dalmatian called Pepper'] },
    { text: 'Zijn teckel Guus gaat overal mee naartoe.', found: ['Zijn teckel Guus'] },
  ],
  valid: [
    // Losing what is no body part, or a figure of speech; "missing" staff; striking things about nobody.
    { text: 'Hij verloor zijn baan en zijn huis.' },
    { text: 'He lost his head when the alarm went off.', lang: 'en' },
    { text: 'The ward is missing two nurses tonight.', lang: 'en' },
    { text: 'Ze mist haar moeder erg.' },
    { text: 'Er was een opvallende stijging van het aantal meldingen.' },
    { text: 'Het opvallende is dat hij niet praat.' },
    { text: 'A striking number of residents slept badly.', lang: 'en' },
    'Ik heb zelf een litteken op mijn knie.',
    'De hond van de buren blafte de hele nacht.',
    'Een tatoeage laten zetten is een grote stap.',
    'Veel jongeren hebben een piercing.',
    'Ze is bang voor honden en katten.',
    { text: 'Many young people have a tattoo these days.', lang: 'en' },
    { text: 'The dog barked all night.', lang: 'en' },
    { text: 'He moved to Newfoundland in 1990.', lang: 'en' },
    { text: 'The golden retriever is a popular breed.', lang: 'en' },
    'De labrador is een populair ras.',
    { text: 'My own scar is on my knee.', lang: 'en' },
  ],
});
