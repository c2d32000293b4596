/**
 * Invisible characters: a zero-width space, joiner or non-joiner (U+200B–U+200D), a word joiner (U+2060),
 * a zero-width no-break space (U+FEFF), a soft hyphen (U+00AD) or a no-break space (U+00A0, U+202F)
 * inside "06\u200B12345678" or "Kloe\u00ADtinge" is not seen by a reader, so it must not hide the number or
 * the place from the rules. The rules read a cleaned text (zero-width characters and soft hyphens
 * dropped, no-break spaces turned into spaces); every offset they report is mapped back into the
 * original text, which is what the user sees and what the fixer edits.
 */

// One test decides whether any work is needed: most texts have none of these.
const INVISIBLE = /[\u00ad\u00a0\u200b-\u200d\u2060\u202f\ufeff]/;
const INVISIBLE_ALL = /[\u00ad\u00a0\u200b-\u200d\u2060\u202f\ufeff]/g;

export interface CleanText {
  /** The text the rules read. */
  readonly text: string;
  /** False when the text had nothing to clean: then the cleaned text is the original, offsets are equal. */
  readonly changed: boolean;
  /**
   * The original offset of a cleaned offset. A start skips the invisible characters before it, an end
   * (exclusive) stops before those after it: a span never begins or ends with a dropped character.
   */
  toOriginal(offset: number, edge: 'start' | 'end'): number;
  /** The cleaned offset of an original offset (a dropped character maps to where it was dropped). */
  toCleaned(offset: number): number;
}

const IDENTITY = (offset: number): number => offset;

/** Maps the text to its cleaned form in one pass; the identity when there is nothing invisible. */
export function cleanInvisible(text: string): CleanText {
  if (!INVISIBLE.test(text)) return { text, changed: false, toOriginal: IDENTITY, toCleaned: IDENTITY };
  // removed[i]: the cleaned offset at which the i-th dropped code unit stood. Non-decreasing; the dropped
  // unit's own original offset is removed[i] + i, strictly increasing.
  const removed: number[] = [];
  const cleaned = text.replace(INVISIBLE_ALL, (c: string, at: number) => {
    if (c === '\u00a0' || c === '\u202f') return ' ';
    removed.push(at - removed.length);
    return '';
  });
  /** How many of the first entries satisfy `below` (a predicate true on a prefix). */
  const count = (below: (i: number) => boolean): number => {
    let lo = 0;
    let hi = removed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (below(mid)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    text: cleaned,
    changed: true,
    toOriginal: (offset, edge) => offset + (edge === 'start' ? count((i) => removed[i]! <= offset) : count((i) => removed[i]! < offset)),
    toCleaned: (offset) => offset - count((i) => removed[i]! + i < offset),
  };
}

/** A span of the cleaned text as a span of the original text. */
export function spanToOriginal(clean: CleanText, start: number, end: number): { start: number; end: number } {
  if (!clean.changed) return { start, end };
  const s = clean.toOriginal(start, 'start');
  return { start: s, end: Math.max(s, clean.toOriginal(end, 'end')) };
}
