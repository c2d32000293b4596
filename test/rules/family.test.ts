import { testRule } from '../rule-tester.js';

testRule('family', {
  invalid: [
    { text: 'Ze is moeder van drie en werkt parttime.', found: ['moeder van drie'] },
    { text: 'Hij is een nakomertje.', found: ['nakomertje'] },
    { text: 'Sinds vorig jaar is ze weduwe.', found: ['weduwe'] },
    { text: 'Ze is de dochter van de burgemeester.', found: ['dochter van de burgemeester'] },
    { text: 'Hij groeide op in een pleeggezin.', found: ['pleeggezin'] },
    { text: 'Ze is een drieling.', found: ['drieling'] },
    { text: 'Hij heeft twee oudere zussen.', found: ['twee oudere zussen'] },
    { text: 'He is a single dad with two children.', lang: 'en', found: ['single dad', 'two children'] },
    { text: "She is the mayor's daughter.", lang: 'en', found: ["the mayor's daughter"] },
    { text: 'She is a young widow.', lang: 'en', found: ['young widow'] },
    { text: 'Ze groeide op met gescheiden ouders.', found: ['gescheiden ouders'] },
    { text: 'Haar achterkleinzoon kwam op bezoek.', found: ['achterkleinzoon'] },
    { text: 'Zijn achterkleinkinderen zingen een lied.', found: ['achterkleinkinderen'] },
    { text: 'Her great-grandson visited on Sunday.', lang: 'en', found: ['great-grandson'] },
  ],
  valid: [
    'Ze heeft kinderen.',
    'De kinderen speelden buiten.',
    'Hij woont samen met zijn vriendin.',
    'Ze belt elke zondag met haar moeder.',
    { text: 'The children played outside.', lang: 'en' },
    { text: 'He lives with his parents.', lang: 'en' },
    { text: 'Her sister visits on Sundays.', lang: 'en' },
    // The writer's or the reader's own family.
    'Mijn stiefvader woont in Gent.',
    "M'n achterkleinzoon belde gisteren.",
    { text: 'My foster mum picked me up.', lang: 'en' },
    { text: 'Your stepfather is welcome too.', lang: 'en' },
  ],
});
