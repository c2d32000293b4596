/**
 * Case-insensitive patterns without the `i` flag. Under `iu` V8 closes every class over case when it
 * compiles a pattern, and for `\p{L}` that closure is most of the compile: a pattern of a few hundred
 * words with letter boundaries took about 7 ms at its first use, in a run that lasts 200. These helpers
 * write what `iu` would match as explicit classes, so that a pattern compiled with `u` alone matches the
 * very same strings (test/text/caseless.test.ts compares them over every code point).
 */

/** Characters that `iu` equates with a letter that its upper and lower case do not give (simple case folding). */
const EXTRA: Readonly<Record<string, string>> = { k: '\u212a', K: '\u212a', s: '\u017f', S: '\u017f', 'ß': '\u1e9e', '\u1e9e': 'ß', 'å': '\u212b', 'Å': '\u212b' };

/**
 * One character as a pattern that matches what `iu` matches for it; anything but a letter with a case stays
 * as written. Exact for ASCII and Latin-1 (the test compares every one of them over the BMP).
 */
export function caselessChar(ch: string): string {
  let pattern = made.get(ch);
  if (pattern === undefined) made.set(ch, (pattern = classOf(ch)));
  return pattern;
}
/** The patterns made so far: a word list repeats a few dozen letters. */
const made = new Map<string, string>();

function classOf(ch: string): string {
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  const all = new Set([ch, lower, upper, upper.toLowerCase(), lower.toUpperCase(), ...(EXTRA[ch] ?? '')].filter((c) => [...c].length === 1));
  return all.size === 1 ? ch : `[${[...all].join('')}]`;
}

/** The characters `iu` equates with a character, itself included. */
const equivalents = (ch: string): string => {
  const p = caselessChar(ch);
  return p.length > 1 && p.startsWith('[') ? p.slice(1, -1) : p;
};

/** A class of letters (`KLRZ` for `[KLRZ]`) as `iu` reads it. */
export const caselessClass = (letters: string): string => `[${[...letters].map(equivalents).join('')}]`;

/** A pattern's literal letters written caseless; every other character, regex syntax included, as it is. */
export const caseless = (literal: string): string => [...literal].map(caselessChar).join('');

/** What `[\p{L}]` matches under `iu`: the letters, and U+0345 (COMBINING GREEK YPOGEGRAMMENI, which folds to iota). */
export const LETTER_IU = String.raw`\p{L}\u0345`;
