import { describe, expect, it } from 'vitest';
import type { Detection } from '../../src/core/types.js';
import { detect, detectorOf, run, texts } from '../helpers.js';

const emailDetector = detectorOf('email');
const handleDetector = detectorOf('handle');
const urlDetector = detectorOf('url');
const phoneDetector = detectorOf('phone');
/** Whether a contact detail is a person's own (undefined: not a contact kind). */
const personalOf = (d: Detection | undefined) => (d && 'personal' in d.facts ? d.facts.personal : undefined);
const countryOf = (d: Detection | undefined) => (d?.kind === 'phone' ? d.facts.country : undefined);

describe('email', () => {
  it('finds a personal address and trims the sentence-final dot', () => {
    const text = 'Mail hem gerust: jan.devries@gmail.com.';
    expect(detect(emailDetector, text)).toEqual([{ kind: 'email', text: 'jan.devries@gmail.com', rule: 'email' }]);
    expect(run(emailDetector, text)[0]!.facts).toEqual({ personal: true });
  });

  it('marks role and organisation mailboxes as not personal', () => {
    for (const text of ['info@ggz-zeeland.nl', 'Secretariaat@ggz.nl', 'zorg@ggzdelfland.nl', 'privacy@zorgbedrijf.be', 'noreply@example.com']) {
      const [d] = run(emailDetector, text);
      expect(d, text).toBeDefined();
      expect(personalOf(d), text).toBe(false);
    }
  });

  it('finds several addresses, in angle brackets and lists', () => {
    expect(texts(emailDetector, 'cc: <piet-jan@home.nl>, p.jansen@zorg.nl; info@x.be')).toEqual([
      'piet-jan@home.nl',
      'p.jansen@zorg.nl',
      'info@x.be',
    ]);
    const [a, b] = run(emailDetector, 'p.jansen@zorg.nl en info@x.be');
    expect(personalOf(a)).toBe(true);
    expect(personalOf(b)).toBe(false);
  });

  it('ignores things that are not addresses', () => {
    expect(run(emailDetector, 'jan@example')).toEqual([]);
    expect(run(emailDetector, 'a@b.c')).toEqual([]);
    expect(run(emailDetector, 'Volg @jorrit_schildert op Insta')).toEqual([]);
    expect(run(emailDetector, 'foo@@bar.nl')).toEqual([]);
    expect(run(emailDetector, 'we zien elkaar @ het station om 5')).toEqual([]);
  });
});

describe('handle', () => {
  it('finds an @handle and leaves out trailing punctuation', () => {
    expect(detect(handleDetector, 'Volg @jorrit_schildert!')).toEqual([{ kind: 'handle', text: '@jorrit_schildert', rule: 'handle' }]);
    expect(texts(handleDetector, '@jorrit_schildert')).toEqual(['@jorrit_schildert']);
    expect(texts(handleDetector, 'cc @Sanne_2 en @pieter.')).toEqual(['@Sanne_2', '@pieter']);
    expect(texts(handleDetector, '(@ggz_delfland)')).toEqual(['@ggz_delfland']);
  });

  it('does not take the @ of an e-mail address', () => {
    expect(run(handleDetector, 'mail jan@gmail.com of info@ggz.nl')).toEqual([]);
    expect(run(handleDetector, 'onze@afdeling')).toEqual([]);
  });

  it('ignores a lone @, one-letter and digit-only handles', () => {
    expect(run(handleDetector, 'we zien elkaar @ 5 uur')).toEqual([]);
    expect(run(handleDetector, 'zie @x')).toEqual([]);
    expect(run(handleDetector, 'kamer @12')).toEqual([]);
  });
});

describe('url', () => {
  it('finds full URLs and trims trailing punctuation and brackets', () => {
    expect(texts(urlDetector, 'Zie https://www.facebook.com/jan.jansen.')).toEqual(['https://www.facebook.com/jan.jansen']);
    expect(texts(urlDetector, 'zie (https://ggz.nl/blog/artikel-12).')).toEqual(['https://ggz.nl/blog/artikel-12']);
    expect(texts(urlDetector, 'Zie www.ggz.nl!')).toEqual(['www.ggz.nl']);
  });

  it('finds a bare domain with a path as a personal page', () => {
    const text = 'Steun hem via doneeractie.nl/gerrit-wessels)';
    expect(detect(urlDetector, text)).toEqual([{ kind: 'url', text: 'doneeractie.nl/gerrit-wessels', rule: 'url' }]);
    expect(personalOf(run(urlDetector, text)[0])).toBe(true);
  });

  it('calls a homepage not personal, and a profile or a deep path personal', () => {
    const personal = (text: string) => run(urlDetector, text).map(personalOf);
    expect(personal('kijk op www.ggzdelfland.nl')).toEqual([false]);
    expect(personal('https://ggz.nl/')).toEqual([false]);
    expect(personal('https://x.com/jorrit')).toEqual([true]);
    expect(personal('https://ggz.nl/?id=5')).toEqual([false]);
  });

  it('does not call a social platform homepage personal ("volg ons op www.facebook.com")', () => {
    const [d] = run(urlDetector, 'Volg ons op www.facebook.com of https://www.instagram.com');
    expect(personalOf(d)).toBe(false);
  });

  it('trims a curly closing quote after a URL', () => {
    expect(texts(urlDetector, 'Zie “https://ggz.nl/jan”.')).toEqual(['https://ggz.nl/jan']);
  });

  it('does not report the domain of an e-mail address, version numbers or bare words', () => {
    expect(run(urlDetector, 'jan@gmail.com/abc')).toEqual([]);
    expect(run(urlDetector, 'mail jan@gmail.com')).toEqual([]);
    expect(run(urlDetector, 'versie 2.0/3.1 is uit')).toEqual([]);
    expect(run(urlDetector, 'een E.coli/salmonella-infectie')).toEqual([]);
  });
});

describe('phone: true cases', () => {
  const cases: Array<[string, string, string | null]> = [
    ['Bel me: 06-12345678.', '06-12345678', 'NL'],
    ['Bel +31 6 1234 5678.', '+31 6 1234 5678', 'NL'],
    ['tel 0113 26 79 37', '0113 26 79 37', 'NL'],
    ['gsm 0470 12 34 56', '0470 12 34 56', 'BE'],
    ['Tel. +32 55 21 43 87', '+32 55 21 43 87', 'BE'],
    ['kantoor (020) 123 4567', '(020) 123 4567', 'NL'],
    ['tel. 0529-438170', '0529-438170', 'NL'],
    ['mobiel 0612345678.', '0612345678', 'NL'],
    ['tel: 0031 6 12345678', '0031 6 12345678', 'NL'],
    ['bel +31 (0)6 12345678', '+31 (0)6 12345678', 'NL'],
    ['tel +32 (0)470 12 34 56', '+32 (0)470 12 34 56', 'BE'],
    ['bel 0032 470 12 34 56', '0032 470 12 34 56', 'BE'],
    ['tel. 010 - 123 45 67', '010 - 123 45 67', 'NL'],
  ];
  for (const [text, number, country] of cases) {
    it(`finds ${number}`, () => {
      expect(detect(phoneDetector, text)).toEqual([{ kind: 'phone', text: number, rule: 'phone' }]);
      const d = run(phoneDetector, text)[0]!;
      expect(d.facts).toEqual({ personal: true, country });
      expect(d.confidence).toBeGreaterThanOrEqual(0.75);
    });
  }

  it('reads US and UK numbers in English text', () => {
    expect(detect(phoneDetector, 'Call her at (520) 555-0139.', 'en')).toEqual([{ kind: 'phone', text: '(520) 555-0139', rule: 'phone' }]);
    expect(countryOf(run(phoneDetector, 'Call her at (520) 555-0139.', 'en')[0])).toBe('US');
    expect(texts(phoneDetector, 'ring 020 7946 0958', 'en')).toEqual(['020 7946 0958']);
    expect(texts(phoneDetector, 'or +44 20 7946 0958', 'en')).toEqual(['+44 20 7946 0958']);
    expect(countryOf(run(phoneDetector, 'ring 020 7946 0958', 'en')[0])).toBe('GB');
  });

  it('marks toll-free and service numbers as not personal', () => {
    const [d] = run(phoneDetector, 'Bel gratis 0800-0123');
    expect(personalOf(d)).toBe(false);
  });

  it('drops a stray closing parenthesis', () => {
    expect(texts(phoneDetector, '(bel 06-12345678)')).toEqual(['06-12345678']);
  });

  it('finds two numbers in one line', () => {
    expect(texts(phoneDetector, 'Thuis 0113 26 79 37, mobiel 06-12345678.')).toEqual(['0113 26 79 37', '06-12345678']);
  });
});

describe('phone: false cases', () => {
  const none = [
    'Opgenomen op 12-03-2024.',
    'op 12.03.2024 en 2024-03-12',
    'Het kostte € 30.000 en later € 1.250.000.',
    'kosten 1.234.567 euro',
    'BSN 2391.84.658',
    'INSZ 85.07.30-033.28',
    'om 14:30 en van 14:30-16:00 uur',
    'tussen 1998 en 2004 woonde ze in 2010 al weer',
    'in de jaren 1990-2000',
    'nummer 12345, kamer 12',
    'score 3-1, daarna 12-10',
    'Dossiernr. 20240312-0042',
    'IBAN NL91ABNA0417164300',
    '1 2 3 4 5 6 7 8 9',
  ];
  for (const text of none) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => {
      expect(run(phoneDetector, text)).toEqual([]);
    });
  }

  it('does not take a 7-digit local number without area code', () => {
    expect(run(phoneDetector, 'Bel 555-0139', 'en')).toEqual([]);
  });
});
