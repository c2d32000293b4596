/**
 * Turns the bytes of a file into text. UTF-8 (with or without BOM) and UTF-16 LE/BE with a BOM are
 * recognized; invalid UTF-8 becomes U+FFFD with a warning; binary content is reported, not decoded.
 */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** The bytes started with a byte-order mark (kept when the file is rewritten). */
  bom: boolean;
  /** Set when the bytes look binary: the caller skips the file with a warning. */
  binary: boolean;
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

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true, binary: false, warnings: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true, binary: false, warnings: [] };
  }
  const wide = utf16WithoutBom(bytes);
  if (wide) {
    const body = bytes.subarray(0, bytes.length - (bytes.length % 2));
    const le = wide === 'utf-16le' ? Buffer.from(body) : Buffer.from(body).swap16();
    return { text: le.toString('utf16le'), encoding: wide, bom: false, binary: false, warnings: ['read as UTF-16 without a byte-order mark'] };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) return { text: '', encoding: 'utf-8', bom, binary: true, warnings: ['looks like a binary file; skipped'] };
  try {
    return { text: utf8Strict.decode(body), encoding: 'utf-8', bom, binary: false, warnings: [] };
  } catch {
    return {
      text: utf8Lenient.decode(body),
      encoding: 'utf-8',
      bom,
      binary: false,
      warnings: ['contains bytes that are not valid UTF-8; they were read as U+FFFD (�)'],
    };
  }
}

/** Strips a leading U+FEFF from text that arrived already decoded (--text, or a decoded stream). */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
