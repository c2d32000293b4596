import type { Token } from './tokenize.js';

/**
 * Chat-style text written in lower case ("hoi sanne, kun jij morgen..."): then a name or a place may
 * be lower case too. `minWords` guards short inputs, where a handful of words proves little.
 */
export function isMostlyLowercase(tokens: readonly Token[], minWords: number): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.type !== 'word') continue;
    words++;
    if (t.text[0] !== t.lower[0]) caps++;
  }
  return words >= minWords && caps / words < 0.04;
}
