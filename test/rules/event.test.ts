import { testRule } from '../rule-tester.js';

testRule('event', {
  invalid: [
    { text: 'Vorig jaar stond ze in de krant na een woningbrand.', found: ['in de krant', 'woningbrand'] },
    { text: 'Hij werd in maart gedwongen opgenomen.', found: ['gedwongen opgenomen'] },
    { text: 'Na het verkeersongeluk kwam ze in een rolstoel.', found: ['verkeersongeluk'] },
    { text: 'Hij staat onder curatele sinds zijn opname.', found: ['onder curatele'] },
    { text: 'Ze werd gereanimeerd door een buurman.', found: ['gereanimeerd'] },
    { text: 'He was arrested outside the pub last summer.', lang: 'en', found: ['was arrested'] },
    { text: 'She was sectioned in 2019.', lang: 'en', found: ['sectioned'] },
    { text: 'Their house fire made the local paper.', lang: 'en', found: ['house fire', 'local paper'] },
  ],
  valid: [
    'Ze leest graag de krant.',
    'De krant lag op tafel.',
    'Hij kijkt elke avond het journaal.',
    'De brandweer oefent in de kazerne.',
    'Hij wil graag rechter worden.',
    'Ze is bang voor de politie.',
    { text: 'She reads the paper every morning.', lang: 'en' },
    { text: 'He likes to read the news.', lang: 'en' },
    { text: 'The fire alarm went off during lunch.', lang: 'en' },
  ],
});
