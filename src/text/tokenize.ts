/**
 * Offset-preserving tokenizer. Offsets are UTF-16 code units into the decoded text, so they can be
 * used directly with String.prototype.slice and match the JSON contract.
 *
 * A token is a maximal run of letters (with combining marks), a maximal run of digits, or one other
 * non-space character. Hyphens and apostrophes are their own tokens: detectors decide whether
 * "17-jarige" or "Hoogendoorn-Bakker" belong together by looking at adjacency (`gapBefore`).
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
  /** Index in the token array. */
  index: number;
}

// One alternation, no nested quantifiers: linear time on any input.
const TOKEN_RE = /[\p{L}\p{M}]+|\p{Nd}+|[^\s\p{L}\p{M}\p{Nd}]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const s = m[0];
    const start = m.index;
    const c = s.charCodeAt(0);
    const type: TokenType = c >= 48 && c <= 57 ? 'number' : /^[\p{L}\p{M}]/u.test(s) ? 'word' : /^\p{Nd}/u.test(s) ? 'number' : 'punct';
    tokens.push({
      text: s,
      lower: s.toLowerCase(),
      start,
      end: start + s.length,
      type,
      gapBefore: start === 0 || start > prevEnd,
      index: tokens.length,
    });
    prevEnd = start + s.length;
  }
  return tokens;
}

/** True when the token starts with an upper-case letter. */
export const isCapitalized = (t: Token): boolean => t.type === 'word' && t.text[0] !== t.lower[0];
/** True when every letter of the token is upper case (and it has more than one letter). */
export const isAllCaps = (t: Token): boolean => t.type === 'word' && t.text.length > 1 && t.text === t.text.toUpperCase() && t.text !== t.lower;
