import { testRule } from '../rule-tester.js';

testRule('url', {
  invalid: [
    { text: 'Haar inzamelactie staat op https://www.example.nl/actie/anna-de-wit.', found: ['https://www.example.nl/actie/anna-de-wit'] },
    { text: "Kijk op www.example.com/lotte.verbeek voor de foto's.", found: ['www.example.com/lotte.verbeek'] },
    { text: 'De foto staat op (https://example.com/album/2024).', found: ['https://example.com/album/2024'] },
    { text: 'Zie example.be/profiel/jan, daar staat alles.', found: ['example.be/profiel/jan'] },
    { text: 'Her fundraiser is at example.org/f/help-anna-walk-again, if you want to look.', lang: 'en', found: ['example.org/f/help-anna-walk-again'] },
    // A homepage with a scheme or www. is reported too (it counts as less personal).
    { text: 'The leaflet is on https://www.example.org and on www.example.net.', lang: 'en', found: ['https://www.example.org', 'www.example.net'] },
    { text: 'Details: http://example.com/p?id=4471#top', lang: 'en', found: ['http://example.com/p?id=4471#top'] },
  ],
  valid: [
    "De informatie staat op thuisarts.nl onder 'slapen'.",
    'Hij werkte bij een webwinkel en deed de administratie.',
    'De verhouding was 1/3 en/of 2/3 van de groep.',
    'Het verslag staat in map zorg/2024/maart op de schijf.',
    { text: 'See chapter 3.2 for the details, e.g. the dose.', lang: 'en' },
    { text: 'I emailed anna@example.com yesterday.', lang: 'en' },
  ],
});
