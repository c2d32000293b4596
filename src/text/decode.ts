/**
 * Turns the bytes of a file into text. UTF-8 (with or without BOM), UTF-16 LE/BE (with a BOM, or
 * recognized by its NUL bytes) and UTF-32 LE/BE with a BOM are decoded; bytes that are not valid in
 * the encoding become U+FFFD with a warning (and the file is never written back); binary content is
 * reported, not decoded. Whatever is decoded without loss encodes back to the same bytes
 * (src/text/encode.ts).
 */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';
  /** The bytes started with a byte-order mark (kept when the file is rewritten). */
  bom: boolean;
  /** Set when the bytes look binary: the caller skips the file with a warning. */
  binary: boolean;
  /**
   * Some bytes could not be decoded and were read as U+FFFD: writing the text back would lose them,
   * so a rewrite of such a file is never saved.
   */
  lossy: boolean;
  warnings: string[];
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** NUL bytes or many control characters in the first 8 KiB mean "not a text file". */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/**
 * UTF-16 without a byte-order mark: text in it has a NUL in (nearly) every other byte, the same
 * parity throughout. Binary files have NULs too, but scattered.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 8192);
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.7 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.7 && oddZero / pairs < 0.05) return 'utf-16be';
  return undefined;
}

const invalid = (encoding: string) => `contains bytes that are not valid ${encoding.toUpperCase()}; they were read as U+FFFD (�)`;

/**
 * UTF-16 text, its BOM (if any) already cut off: a second U+FEFF is text and stays. An odd last byte
 * or a lone surrogate makes it lossy.
 */
function utf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: boolean, warnings: string[]): Decoded {
  try {
    if (body.length % 2 !== 0) throw new Error('odd length');
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body), encoding, bom, binary: false, lossy: false, warnings };
  } catch {
    return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(body), encoding, bom, binary: false, lossy: true, warnings: [...warnings, invalid(encoding)] };
  }
}

/** UTF-32 text after its BOM: a code unit past U+10FFFF, a surrogate or a short last unit makes it lossy. */
function utf32(body: Uint8Array, encoding: 'utf-32le' | 'utf-32be'): Decoded {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const little = encoding === 'utf-32le';
  const whole = body.length - (body.length % 4);
  let lossy = whole !== body.length;
  const parts: string[] = [];
  const codes: number[] = [];
  for (let i = 0; i < whole; i += 4) {
    let c = view.getUint32(i, little);
    if (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) {
      c = 0xfffd;
      lossy = true;
    }
    codes.push(c);
    if (codes.length === 8192) parts.push(String.fromCodePoint(...codes.splice(0)));
  }
  if (whole !== body.length) codes.push(0xfffd);
  parts.push(String.fromCodePoint(...codes));
  return { text: parts.join(''), encoding, bom: true, binary: false, lossy, warnings: lossy ? [invalid(encoding)] : [] };
}

export function decode(bytes: Uint8Array): Decoded {
  // UTF-32 first: its little-endian BOM begins with UTF-16's.
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return utf32(bytes.subarray(4), 'utf-32le');
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return utf32(bytes.subarray(4), 'utf-32be');
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le', true, []);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be', true, []);
  const wide = utf16WithoutBom(bytes);
  if (wide) return utf16(bytes, wide, false, ['read as UTF-16 without a byte-order mark']);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) return { text: '', encoding: 'utf-8', bom, binary: true, lossy: false, warnings: ['looks like a binary file; skipped'] };
  try {
    return { text: utf8Strict.decode(body), encoding: 'utf-8', bom, binary: false, lossy: false, warnings: [] };
  } catch {
    return {
      text: utf8Lenient.decode(body),
      encoding: 'utf-8',
      bom,
      binary: false,
      lossy: true,
      warnings: [invalid('utf-8')],
    };
  }
}

/** Strips a leading U+FEFF from text that arrived already decoded (--text, or a decoded stream). */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
