import { testRule } from '../rule-tester.js';

testRule('unusual', {
  invalid: [
    { text: 'Hij is de enige man in de leefgroep.', found: ['de enige man'] },
    { text: 'Ze is imker en houdt bijen achter het huis.', found: ['imker'] },
    { text: 'Iedereen kent hem als de clown van het dorp.', found: ['de clown van het dorp'] },
    { text: 'Hij heeft een tatoeage op zijn gezicht.', found: ['tatoeage op zijn gezicht'] },
    { text: 'Ze woont op een woonboot in de haven.', found: ['woonboot'] },
    { text: 'Zij zit in een rolstoel.', found: ['zit in een rolstoel'] },
    { text: 'She is the youngest patient on the ward.', lang: 'en', found: ['the youngest patient'] },
    { text: 'He has a teardrop tattoo under his eye.', lang: 'en', found: ['teardrop tattoo'] },
    { text: 'She plays the bagpipes at funerals.', lang: 'en', found: ['bagpipes'] },
    { text: 'He is the only one who speaks Welsh.', lang: 'en', found: ['the only one who'] },
  ],
  valid: [
    'Dat is het enige wat telt.',
    'De enige oplossing is rust.',
    'Hij heeft bruin haar en blauwe ogen.',
    'Het was een zware week.',
    'Ze luistert graag naar muziek.',
    { text: 'The only thing that matters is rest.', lang: 'en' },
    { text: 'She has brown hair.', lang: 'en' },
    { text: 'First, we discuss the plan.', lang: 'en' },
  ],
});
