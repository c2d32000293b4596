import { testRule } from '../rule-tester.js';

testRule('handle', {
  invalid: [
    { text: 'Ze zet alles op TikTok als @lotte_danst2009.', found: ['@lotte_danst2009'] },
    { text: 'Volg hem op Instagram: @svenrijdt', found: ['@svenrijdt'] },
    { text: '(@noor_tekent) plaatste een filmpje.', found: ['@noor_tekent'] },
    { text: 'Her brother tweets as @JoeyBikes and tagged her.', lang: 'en', found: ['@JoeyBikes'] },
    { text: '@sam_runs: thanks for the support!', lang: 'en', found: ['@sam_runs'] },
    { text: 'Ping @ma and @x_y on the forum.', lang: 'en', found: ['@ma', '@x_y'] },
  ],
  valid: [
    'Mail naar mw.jansen@example.org voor een afspraak.',
    'We zien elkaar @ 10 uur.',
    'Zie https://x.com/@zorgteam voor meer.',
    'Ze schreef @@ in het verslag.',
    { text: 'The cost was 3 @ £5 each.', lang: 'en' },
    { text: 'Her handle was @1234 on the site.', lang: 'en' },
  ],
});
