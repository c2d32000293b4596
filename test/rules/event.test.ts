import { testRule } from '../rule-tester.js';

testRule('event', {
  invalid: [
    { text: 'Vorig jaar sliep ze na een woningbrand bij de buren.', found: ['woningbrand'] },
    { text: 'Hij werd in maart gedwongen opgenomen.', found: ['gedwongen opgenomen'] },
    { text: 'Na het verkeersongeluk kwam ze in een rolstoel.', found: ['verkeersongeluk'] },
    { text: 'Ze beviel van een dochter in de auto.', found: ['beviel van'] },
    { text: 'Ze werd gereanimeerd door een buurman.', found: ['gereanimeerd'] },
    { text: 'He was resuscitated outside the pub last summer.', lang: 'en', found: ['resuscitated'] },
    { text: 'She overdosed in 2019.', lang: 'en', found: ['overdosed'] },
    { text: 'Their house fire made the local paper.', lang: 'en', found: ['house fire'] },
  ],
  valid: [
    'Ze leest graag de krant.',
    'De krant lag op tafel.',
    'Hij kijkt elke avond het journaal.',
    'De brandweer oefent in de kazerne.',
    'Hij wil graag rechter worden.',
    // Found by their grammar in the public-event rule, no longer by this list.
    'Hij stond vorig jaar in de krant.',
    'Hij staat onder curatele.',
    { text: 'He was arrested outside the pub.', lang: 'en' },
    'Ze is bang voor de politie.',
    { text: 'She reads the paper every morning.', lang: 'en' },
    { text: 'He likes to read the news.', lang: 'en' },
    { text: 'The fire alarm went off during lunch.', lang: 'en' },
  ],
});
