import { describe, expect, it } from 'vitest';
import { caseless, caselessChar, LETTER_IU } from '../../src/text/caseless.js';

const codePoints = (max: number): string[] => {
  const out: string[] = [];
  for (let cp = 0; cp <= max; cp++) if (cp < 0xd800 || cp > 0xdfff) out.push(String.fromCodePoint(cp));
  return out;
};
const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

describe('caseless patterns', () => {
  it('a character matches without the i flag exactly what it matches with iu', () => {
    const all = codePoints(0xffff);
    const latin = codePoints(0xff).filter((c) => /[\p{L}\p{N}\p{P}\p{S}\p{Zs}]/u.test(c));
    for (const ch of [...latin, '\u1e9e', '\u212a', '\u017f', '№']) {
      const iu = new RegExp(`^${escape(ch)}$`, 'iu');
      const u = new RegExp(`^${caselessChar(ch) === ch ? escape(ch) : caselessChar(ch)}$`, 'u');
      const differ = all.filter((c) => iu.test(c) !== u.test(c));
      expect(differ, ch).toEqual([]);
    }
  });

  it('a letter class matches without the i flag what [\\p{L}] matches with iu, over every code point', () => {
    const iu = /^[\p{L}\p{Nd}]$/iu;
    const u = new RegExp(`^[${LETTER_IU}\\p{Nd}]$`, 'u');
    expect(codePoints(0x10ffff).filter((c) => iu.test(c) !== u.test(c))).toEqual([]);
  });

  it('leaves what is not a letter as written, pattern syntax included', () => {
    expect(caseless('pt.nr')).toBe('[pP][tT].[nN][rR]');
    expect(caseless('desk')).toBe('[dD][eE][sS\u017f][kK\u212a]');
    expect(caseless('N°#')).toBe('[Nn]°#');
  });
});
