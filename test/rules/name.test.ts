import { testRule } from '../rule-tester.js';

testRule('name', {
  invalid: [
    { text: 'Mevrouw Jansen vertelde dat ze slecht slaapt.', found: ['Mevrouw Jansen'] },
    { text: 'Gisteren kwam Gerrit Wessels langs met zijn dochter.', found: ['Gerrit Wessels'] },
    { text: 'Het gesprek met dhr. van der Kolk duurde een uur.', found: ['dhr. van der Kolk'] },
    { text: 'Mw. E. Hoogendoorn-Bakker kwam op controle.', found: ['Mw. E. Hoogendoorn-Bakker'] },
    { text: 'Haar zoon Daan belt elke avond.', found: ['Daan'] },
    { text: 'J.P. de Vries tekende het zorgplan.', found: ['J.P. de Vries'] },
    { text: 'Opa Teun zat de hele middag in de tuin.', found: ['Opa Teun'] },
    { text: 'Hoi Sanne, hoe gaat het?', found: ['Sanne'] },
    // Everyday words that are names here: a title, a verb of saying, a greeting.
    { text: 'Mevrouw Bos wil graag thuis sterven.', found: ['Mevrouw Bos'] },
    { text: 'Mark zei dat hij moe was.', found: ['Mark'] },
    { text: 'Dag Mei, tot morgen!', found: ['Mei'] },
    { text: 'Kees de Boer kwam met zijn vrouw.', found: ['Kees de Boer'] },
    { text: 'Gerrit Wessels kwam binnen. Later vroeg Gerrit om koffie.', found: ['Gerrit Wessels', 'Gerrit'] },
    { text: 'Mrs Patel told us she had not eaten.', lang: 'en', found: ['Mrs Patel'] },
    { text: 'Her son Liam visits on Sundays.', lang: 'en', found: ['Liam'] },
    { text: 'Yesterday Sarah Thompson came in with a fever.', lang: 'en', found: ['Sarah Thompson'] },
    { text: 'Nurse Okafor checked the drip twice.', lang: 'en', found: ['Nurse Okafor'] },
    // A greeting is evidence for the name, not part of its span.
    { text: 'Beste Anna, bedankt voor je kaartje.', found: ['Anna'] },
    { text: 'Beste Anna Jansen, hierbij de afspraak.', found: ['Anna Jansen'] },
    { text: 'Lieve Noor, we missen je.', found: ['Noor'] },
    { text: 'Dear Tom, thank you for the flowers.', lang: 'en', found: ['Tom'] },
    // A greeting word that is itself a first name, before a surname, stays a name.
    { text: 'Lieve Peeters belde over de afspraak.', found: ['Lieve Peeters'] },
    // A head noun that is also a surname is the person without an article.
    { text: 'Sarah Cross said she had not slept.', lang: 'en', found: ['Sarah Cross'] },
    { text: 'Yesterday Tom Bell came to the ward.', lang: 'en', found: ['Tom Bell'] },
    // A medal before does not hide a later mention of a real person.
    { text: 'She won the George Medal, and George Wilson called her.', lang: 'en', found: ['George Wilson'] },
    // "van" after a kin word introduces a person.
    { text: 'De zoon van Ede Jansen kwam langs.', found: ['Ede Jansen'] },
  ],
  valid: [
    'We liepen door het Bos naar het meertje.',
    // Honours, prizes, laws, places and conditions named after someone are not that person.
    { text: 'He was the first paramedic in the county to be awarded the George Medal.', lang: 'en' },
    { text: 'She won the Nobel Prize and later the Davis Cup.', lang: 'en' },
    { text: 'He was given the Victoria Cross for his bravery.', lang: 'en' },
    { text: 'She was detained under the Mental Health Act.', lang: 'en' },
    { text: 'The Edward Jenner Award went to a nurse from Leeds.', lang: 'en' },
    { text: 'The Florence Nightingale Foundation pays for the course.', lang: 'en' },
    { text: 'He has Tourette Syndrome, not Asperger Disease.', lang: 'en' },
    'Ze kreeg de Anna Prijs voor haar werk in de wijk.',
    'Het Bos van Ede is in de herfst prachtig.',
    'In het Bos van Ede zagen we een ree.',
    'De burgemeester van Ede opende de nieuwe vleugel.',
    'In Mei gaan we weer naar buiten.',
    'Mei is de mooiste maand van het jaar.',
    'Op de Mark vielen de eerste blaadjes.',
    'Ze kocht een Peer en twee appels.',
    'Elke ochtend brengt de boer verse melk.',
    'De boer van de zorgboerderij bracht eieren.',
    'Rust is belangrijk voor haar herstel.',
    'Ze woont in Ede en werkt in Born.',
    'Ze verhuisde naar Noord-Holland.',
    'Daarom gaan we morgen naar de huisarts.',
    { text: 'Mark the date in your diary.', lang: 'en' },
    { text: 'Will you call me tomorrow?', lang: 'en' },
    { text: 'The Bay was calm that morning.', lang: 'en' },
  ],
});
