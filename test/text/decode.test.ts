import { describe, expect, it } from 'vitest';
import { decode, stripBom } from '../../src/text/decode.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: ArrayLike<number>[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};
const utf16le = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i] = c & 0xff;
    out[2 * i + 1] = c >> 8;
  }
  return out;
};
const utf16be = (s: string): Uint8Array => {
  const le = utf16le(s);
  const out = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    out[i] = le[i + 1]!;
    out[i + 1] = le[i]!;
  }
  return out;
};

const SAMPLE = 'Cliënte (45) uit Kloetinge 😊 — “café” naïef\r\nRegel twee';

describe('decode: UTF-8', () => {
  it('decodes UTF-8 without BOM', () => {
    const d = decode(utf8(SAMPLE));
    expect(d).toEqual({ text: SAMPLE, encoding: 'utf-8', bom: false, binary: false, lossy: false, warnings: [] });
  });

  it('removes a UTF-8 BOM, so offsets start at the first real character', () => {
    const d = decode(concat([0xef, 0xbb, 0xbf], utf8('Jan Jansen')));
    expect(d.text).toBe('Jan Jansen');
    expect(d.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(d.encoding).toBe('utf-8');
    expect(d.warnings).toEqual([]);
  });

  it('keeps a second BOM-like U+FEFF inside the text (only the leading BOM is stripped)', () => {
    const d = decode(concat([0xef, 0xbb, 0xbf], utf8('a\uFEFFb')));
    expect(d.text).toBe('a\uFEFFb');
  });

  it('turns invalid UTF-8 into U+FFFD with a warning, keeping the valid text around it', () => {
    const d = decode(concat(utf8('Caf'), [0xe9], utf8(' in Goes'))); // Latin-1 "é"
    expect(d.text).toBe('Caf\uFFFD in Goes');
    expect(d.binary).toBe(false);
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toMatch(/UTF-8/);
  });

  it('treats a truncated multi-byte sequence at the end as invalid', () => {
    const d = decode(concat(utf8('Zoë'), [0xc3]));
    expect(d.text).toBe('Zoë\uFFFD');
    expect(d.warnings).toHaveLength(1);
  });

  it('does not warn on valid text with tabs, CR and LF', () => {
    const d = decode(utf8('a\tb\r\nc\rd\ne'));
    expect(d.warnings).toEqual([]);
    expect(d.binary).toBe(false);
    expect(d.text).toBe('a\tb\r\nc\rd\ne');
  });
});

describe('decode: UTF-16 with BOM', () => {
  it('decodes UTF-16 LE with BOM and drops the BOM', () => {
    const d = decode(concat([0xff, 0xfe], utf16le(SAMPLE)));
    expect(d.text).toBe(SAMPLE);
    expect(d.encoding).toBe('utf-16le');
    expect(d.binary).toBe(false);
  });

  it('decodes UTF-16 BE with BOM and drops the BOM', () => {
    const d = decode(concat([0xfe, 0xff], utf16be(SAMPLE)));
    expect(d.text).toBe(SAMPLE);
    expect(d.encoding).toBe('utf-16be');
    expect(d.binary).toBe(false);
  });

  it('does not call UTF-16 binary although ASCII in UTF-16 is full of NUL bytes', () => {
    const d = decode(concat([0xff, 0xfe], utf16le('Jan Jansen, 06-12345678')));
    expect(d.binary).toBe(false);
    expect(d.text).toBe('Jan Jansen, 06-12345678');
  });

  it('decodes a BOM alone as empty text', () => {
    expect(decode(new Uint8Array([0xff, 0xfe])).text).toBe('');
    expect(decode(new Uint8Array([0xfe, 0xff])).text).toBe('');
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual({ text: '', encoding: 'utf-8', bom: true, binary: false, lossy: false, warnings: [] });
  });
});

describe('decode: binary and empty input', () => {
  it('flags content with NUL bytes as binary and returns no text', () => {
    const d = decode(concat(utf8('%PDF-1.4\n'), [0, 1, 2, 3], utf8('Jan Jansen')));
    expect(d.binary).toBe(true);
    expect(d.text).toBe('');
    expect(d.warnings.length).toBeGreaterThan(0);
  });

  it('reads UTF-16 without a BOM (a NUL in every other byte) instead of skipping it as binary', () => {
    const le = decode(utf16le('Jan Jansen uit Kloetinge'));
    expect(le).toMatchObject({ text: 'Jan Jansen uit Kloetinge', encoding: 'utf-16le', bom: false, binary: false });
    expect(le.warnings[0]).toMatch(/UTF-16 without a byte-order mark/);
    const be = decode(Buffer.from(utf16le('Jan Jansen')).swap16());
    expect(be).toMatchObject({ text: 'Jan Jansen', encoding: 'utf-16be', binary: false });
  });

  it('still skips binary data with scattered NUL bytes', () => {
    expect(decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0])).binary).toBe(true);
  });

  it('flags many control characters as binary', () => {
    const bytes = new Uint8Array(200);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 2 === 0 ? 0x41 : 0x01;
    expect(decode(bytes).binary).toBe(true);
  });

  it('does not flag a text with one stray control character as binary', () => {
    const d = decode(concat(utf8('Een lange gewone zin over een cliënt en zijn dag.'), [0x07], utf8(' Einde.')));
    expect(d.binary).toBe(false);
  });

  it('decodes empty input as empty UTF-8 text without warnings', () => {
    expect(decode(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', bom: false, binary: false, lossy: false, warnings: [] });
  });

  it('never throws on random bytes', () => {
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
    for (let n = 0; n < 50; n++) {
      const bytes = new Uint8Array(1 + (n * 37) % 500);
      for (let i = 0; i < bytes.length; i++) bytes[i] = rnd();
      const d = decode(bytes);
      expect(typeof d.text).toBe('string');
      expect(d.binary || d.text.length > 0).toBe(true);
    }
  });
});

describe('stripBom', () => {
  it('strips a leading U+FEFF only', () => {
    expect(stripBom('\uFEFFJan')).toBe('Jan');
    expect(stripBom('Jan\uFEFF')).toBe('Jan\uFEFF');
    expect(stripBom('')).toBe('');
  });
});

describe('decode: lossy', () => {
  it('says so when bytes had to become U+FFFD, and only then', () => {
    expect(decode(new Uint8Array([0x61, 0xff, 0x62])).lossy).toBe(true);
    expect(decode(new TextEncoder().encode('Één café')).lossy).toBe(false);
    // UTF-16 with a BOM and an odd last byte, or a lone surrogate.
    expect(decode(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x62])).lossy).toBe(true);
    expect(decode(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x61, 0x00])).lossy).toBe(true);
    expect(decode(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x62, 0x00])).lossy).toBe(false);
  });
});
