import { testRule } from '../rule-tester.js';

testRule('profession', {
  invalid: [
    { text: 'Hij werkte dertig jaar als notaris in het dorp.', found: ['notaris'] },
    { text: 'Ze is verpleegkundige op de IC.', found: ['verpleegkundige'] },
    { text: 'Hij is huisarts in een klein dorp.', found: ['huisarts'] },
    { text: 'Als verpleegkundige werkte ze op de spoed.', found: ['verpleegkundige'] },
    { text: 'De plaatselijke burgemeester kwam op bezoek.', found: ['burgemeester'] },
    { text: 'Hij is brandweerman.', found: ['brandweerman'] },
    { text: 'He worked as a long-haul trucker for years.', lang: 'en', found: ['long-haul trucker'] },
    { text: 'She is a retired nurse.', lang: 'en', found: ['nurse'] },
    { text: 'She is a lawyer in Leeds.', lang: 'en', found: ['lawyer'] },
  ],
  valid: [
    // The reader's own GP, a general role, someone else's GP.
    'Bespreek dit met je huisarts.',
    'Elke huisarts kent dit probleem.',
    'Haar huisarts verwees haar door.',
    // Care staff at work, a shop, the writer's own job.
    'De verpleegkundige gaf haar de medicatie.',
    'Ze haalde brood bij de bakker.',
    'Als wijkverpleegkundige zie ik veel eenzaamheid.',
    { text: 'Talk to your GP first.', lang: 'en' },
    { text: 'The nurse took her blood pressure.', lang: 'en' },
    { text: 'As a social worker I see this often.', lang: 'en' },
    { text: 'His teacher called the parents.', lang: 'en' },
  ],
});
