import { testRule } from '../rule-tester.js';

testRule('family', {
  invalid: [
    { text: 'Ze is moeder van drie en werkt parttime.', found: ['moeder van drie'] },
    { text: 'Hij is de jongste van vijf kinderen.', found: ['jongste van vijf kinderen'] },
    { text: 'Sinds vorig jaar is ze weduwe.', found: ['weduwe'] },
    { text: 'Ze is de dochter van de burgemeester.', found: ['dochter van de burgemeester'] },
    { text: 'Hij groeide op in een pleeggezin.', found: ['pleeggezin'] },
    { text: 'Ze is een eeneiige tweeling.', found: ['eeneiige tweeling'] },
    { text: 'He is a single dad with two children.', lang: 'en', found: ['single dad', 'two children'] },
    { text: "She is the mayor's daughter.", lang: 'en', found: ["the mayor's daughter"] },
    { text: 'He was raised by his grandparents.', lang: 'en', found: ['raised by his grandparents'] },
  ],
  valid: [
    'Ze heeft kinderen.',
    'De kinderen speelden buiten.',
    'Hij woont samen met zijn vriendin.',
    'Ze belt elke zondag met haar moeder.',
    { text: 'The children played outside.', lang: 'en' },
    { text: 'He lives with his parents.', lang: 'en' },
    { text: 'Her sister visits on Sundays.', lang: 'en' },
  ],
});
