/**
 * Offset-preserving tokenizer. Offsets are UTF-16 code units into the decoded text, so they can be
 * used directly with String.prototype.slice and match the JSON contract.
 *
 * A token is a maximal run of letters (with combining marks), a maximal run of digits, or one other
 * non-space character (a whole code point: an emoji is one token). Hyphens and apostrophes are their
 * own tokens: detectors decide whether "17-jarige" or "Hoogendoorn-Bakker" belong together by looking
 * at adjacency (`gapBefore`).
 */
export type TokenType = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  /** Lowercased text, for dictionary look-ups. */
  lower: string;
  start: number;
  end: number;
  type: TokenType;
  /** True when whitespace (or the start of the text) separates this token from the previous one. */
  gapBefore: boolean;
  /** True when a line break stands between this token and the previous one (a line is a unit of its own). */
  lineBefore: boolean;
  /** Index in the token array. */
  index: number;
}

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/u;

// Character classes: 0 space, 1 letter, 2 digit, 3 other. ASCII by table; the rest by Unicode
// property, cached per code point (a text uses few distinct non-ASCII characters).
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII[c] = SPACE.test(ch) ? 0 : LETTER.test(ch) ? 1 : DIGIT.test(ch) ? 2 : 3;
}
const nonAscii = new Map<number, number>();
function classOf(cp: number): number {
  if (cp < 128) return ASCII[cp]!;
  let k = nonAscii.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = SPACE.test(ch) ? 0 : LETTER.test(ch) ? 1 : DIGIT.test(ch) ? 2 : 3;
    nonAscii.set(cp, k);
  }
  return k;
}

/** One pass over the text, no regular expression per token: the hot path of every check. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let prevEnd = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const k = classOf(cp);
    if (k === 0) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    if (k === 1 || k === 2) {
      while (i < n) {
        const c = text.codePointAt(i)!;
        if (classOf(c) !== k) break;
        i += c > 0xffff ? 2 : 1;
      }
    }
    const s = text.slice(start, i);
    tokens.push({
      text: s,
      lower: k === 1 ? s.toLowerCase() : s,
      start,
      end: i,
      type: k === 1 ? 'word' : k === 2 ? 'number' : 'punct',
      gapBefore: start === 0 || start > prevEnd,
      lineBefore: start > prevEnd && lineBreakIn(text, prevEnd, start),
      index: tokens.length,
    });
    prevEnd = i;
  }
  return tokens;
}

function lineBreakIn(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** True when the token starts with an upper-case letter. */
export const isCapitalized = (t: Token | undefined): boolean => !!t && t.type === 'word' && t.text[0] !== t.lower[0];
/** True when every letter of the token is upper case (and it has more than one letter). */
// (A lower-case word, and one whose second letter is a lower-case ASCII letter, is ruled out without
// making its upper-case form.)
export const isAllCaps = (t: Token): boolean =>
  t.type === 'word' && t.text !== t.lower && t.text.length > 1 && !isAsciiLower(t.text.charCodeAt(1)) && t.text === t.text.toUpperCase();
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

/** Index of the last token that starts at or before `offset` (binary search; tokens are in order). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
