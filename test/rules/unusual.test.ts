import { testRule } from '../rule-tester.js';

// Superlatives, "de enige", ordinals, records and epithets are constructions, found by the uniqueness
// rule (test/rules/uniqueness.test.ts); this list keeps the lexemes: nicknames, traits, hobbies, rare cases.
testRule('unusual', {
  invalid: [
    { text: 'Ze is imker en houdt bijen achter het huis.', found: ['imker'] },
    { text: 'In het dorp heeft hij de bijnaam Kapitein.', found: ['bijnaam'] },
    { text: 'Hij staat bekend als de man met de hoed.', found: ['staat bekend als'] },
    { text: 'Hij heeft een tatoeage op zijn gezicht.', found: ['tatoeage op zijn gezicht'] },
    { text: 'Ze woont op een woonboot in de haven.', found: ['woonboot'] },
    { text: 'Zij zit in een rolstoel.', found: ['zit in een rolstoel'] },
    { text: 'He has a teardrop tattoo under his eye.', lang: 'en', found: ['teardrop tattoo'] },
    { text: 'She plays the bagpipes at funerals.', lang: 'en', found: ['bagpipes'] },
    { text: 'It was a textbook case of neglect.', lang: 'en', found: ['textbook case'] },
  ],
  valid: [
    'Dat is het enige wat telt.',
    'De enige oplossing is rust.',
    'Hij heeft bruin haar en blauwe ogen.',
    'Het was een zware week.',
    'Ze luistert graag naar muziek.',
    'Het ergste is voorbij.',
    'Als eerste bespreken we de planning.',
    // Constructions of uniqueness are the uniqueness rule's, not this list's.
    'Hij is de enige man in de leefgroep.',
    'Iedereen kent hem als de clown van het dorp.',
    { text: 'The only thing that matters is rest.', lang: 'en' },
    { text: 'She has brown hair.', lang: 'en' },
    { text: 'First, we discuss the plan.', lang: 'en' },
    { text: 'She is the youngest patient on the ward.', lang: 'en' },
  ],
});
