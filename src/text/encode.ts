import type { Decoded } from './decode.js';

/** Text back to bytes in the encoding it was read in, BOM included: a rewrite loses nothing else. */
export function encode(text: string, encoding: Decoded['encoding'], bom: boolean): Uint8Array {
  if (encoding === 'utf-16le') return Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]);
  if (encoding === 'utf-16be') return Buffer.concat([Buffer.from(bom ? [0xfe, 0xff] : []), Buffer.from(text, 'utf16le').swap16()]);
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]) : Buffer.from(text, 'utf8');
}
