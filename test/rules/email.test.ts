import { testRule } from '../rule-tester.js';

testRule('email', {
  invalid: [
    { text: 'Mail mevrouw gerust op j.vandermeer@example.org als er iets verandert.', found: ['j.vandermeer@example.org'] },
    { text: 'Haar dochter stuurde vanaf sanne.bakker1987@example.com een foto van de wond.', found: ['sanne.bakker1987@example.com'] },
    { text: 'Zijn adres is k.dewit@example.net.', found: ['k.dewit@example.net'] },
    { text: 'Van: Kim de Wit <kim.dewit@example.com>', found: ['kim.dewit@example.com'] },
    { text: 'E-mail: K.DE.WIT@EXAMPLE.NET', found: ['K.DE.WIT@EXAMPLE.NET'] },
    // A role mailbox is still an e-mail address; it only weighs less in the risk.
    { text: 'Stuur de vragen naar info@example.org.', found: ['info@example.org'] },
    { text: 'You can reach her son at tom_w+care@example.org after six.', lang: 'en', found: ['tom_w+care@example.org'] },
    { text: 'Write to info@zorghuis.example or to p.jansen@zorghuis.example.', lang: 'en', found: ['info@zorghuis.example', 'p.jansen@zorghuis.example'] },
  ],
  valid: [
    'We spraken af @ 10 uur in de huiskamer.',
    'Het bestand heet verslag@v2 en staat op de schijf.',
    'Het wachtwoord was zomer@2024 en is nu gewijzigd.',
    'Een e-mailadres heeft altijd een apenstaartje en een domein.',
    { text: 'She posted it as @lotte_v on Instagram.', lang: 'en' },
    { text: 'The meeting is at 3pm @ the day centre.', lang: 'en' },
    { text: 'Contact: naam@domein (no extension given)', lang: 'en' },
  ],
});
