import type { Decoded } from './decode.js';

/** Text back to bytes in the encoding it was read in, BOM included: a rewrite loses nothing else. */
export function encode(text: string, encoding: Decoded['encoding'], bom: boolean): Uint8Array {
  if (encoding === 'utf-16le') return Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]);
  if (encoding === 'utf-16be') return Buffer.concat([Buffer.from(bom ? [0xfe, 0xff] : []), Buffer.from(text, 'utf16le').swap16()]);
  if (encoding === 'utf-32le' || encoding === 'utf-32be') {
    const little = encoding === 'utf-32le';
    const out = Buffer.alloc(4 + 4 * text.length);
    let o = 0;
    out.writeUInt32BE(little ? 0xfffe0000 : 0x0000feff, 0);
    o = 4;
    for (const ch of text) {
      if (little) out.writeUInt32LE(ch.codePointAt(0)!, o);
      else out.writeUInt32BE(ch.codePointAt(0)!, o);
      o += 4;
    }
    return out.subarray(0, o);
  }
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]) : Buffer.from(text, 'utf8');
}
