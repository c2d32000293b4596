import { testRule } from '../rule-tester.js';

// Sentences of the test author's own.
testRule('routine', {
  invalid: [
    { text: 'Elke ochtend om zes uur loopt hij naar de sluis en telt de boten.', found: ['Elke ochtend om zes uur loopt hij naar de sluis en telt de boten'] },
    { text: 'Ze zit iedere woensdagmiddag om drie uur bij de vijver met een zak brood voor de eenden.', found: ['iedere woensdagmiddag om drie uur bij de vijver met een zak brood voor de eenden'] },
    { text: 'Om half acht staat hij elke avond bij de kerk om de klok te luiden.', found: ['Om half acht staat hij elke avond bij de kerk om de klok te luiden'] },
    { text: 'Every Sunday at 5pm she sings hymns at the bus stop.', lang: 'en', found: ['Every Sunday at 5pm she sings hymns at the bus stop'] },
    { text: 'Her husband visits every day at three and reads her the racing results.', lang: 'en', found: ['every day at three and reads her the racing results'] },
    // The person is the subject of the routine's own clause, whatever the clause before says of the ward.
    { text: 'Since his wife moved into our care unit in March, Paul comes every day at 3pm and reads her the cricket scores.', lang: 'en', found: ['every day at 3pm and reads her the cricket scores'] },
  ],
  valid: [
    // Care done to the person, the writer's or the team's own hours, a group's, anyone's, daily life.
    { text: 'Hij krijgt elke ochtend om acht uur zijn medicatie.' },
    { text: 'Ik kom elke dag om acht uur bij haar langs.' },
    { text: 'De bewoners eten elke dag om vijf uur.' },
    { text: 'De bus rijdt elke dag om zes uur.' },
    { text: 'Ze gaat elke avond om tien uur naar bed.' },
    { text: 'He has his lunch every day at noon.', lang: 'en' },
    { text: 'We meet every Tuesday at 10am to plan the week.', lang: 'en' },
    { text: 'Every morning at 7 you should take a short walk.', lang: 'en' },
    // A frequency without a clock time is no routine of this rule.
    { text: 'Hij loopt elke dag naar de sluis.' },
  ],
});
