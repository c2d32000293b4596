import { testRule } from '../rule-tester.js';

testRule('diagnosis', {
  invalid: [
    { text: 'Ze kreeg vorig jaar de diagnose schizofrenie.', found: ['schizofrenie'] },
    { text: 'Ze heeft uitgezaaide borstkanker.', found: ['uitgezaaide borstkanker'] },
    { text: 'Sinds zijn twintigste heeft hij MS.', found: ['MS'] },
    { text: 'Hij had een zware depressie na de scheiding.', found: ['zware depressie'] },
    { text: 'Ze heeft autisme en gaat naar een speciale school.', found: ['autisme'] },
    { text: 'Ze gebruikt al jaren lithium.', found: ['lithium'] },
    { text: 'He was diagnosed with chronic depression.', lang: 'en', found: ['chronic depression'] },
    { text: 'She lives with type 1 diabetes.', lang: 'en', found: ['type 1 diabetes'] },
    { text: 'He has early onset dementia.', lang: 'en', found: ['early onset dementia'] },
  ],
  valid: [
    'Ze gaat naar het MS-centrum voor controle.',
    'Als het regent blijven we binnen.',
    'Ze werkt op de ADHD-poli.',
    'Het is een kankerverwekkende stof.',
    'Ze voelt zich somber.',
    'Ze had last van hoofdpijn.',
    'De diabetesverpleegkundige belde terug.',
    { text: 'We meet at the ADHD-clinic.', lang: 'en' },
    { text: 'She was sad after the move.', lang: 'en' },
  ],
});
