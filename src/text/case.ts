import type { Token } from './tokenize.js';

/**
 * Chat-style text written in lower case ("hoi sanne, kun jij morgen..."): then a name or a place may
 * be lower case too. `minWords` guards short inputs, where a handful of words proves little.
 */
export function isMostlyLowercase(tokens: readonly Token[], minWords: number): boolean {
  // Several rules ask about the same text: its words are counted once.
  if (tokens !== counted) {
    let w = 0;
    let c = 0;
    for (const t of tokens) {
      if (t.type !== 'word') continue;
      w++;
      if (t.text[0] !== t.lower[0]) c++;
    }
    counted = tokens;
    words = w;
    caps = c;
  }
  return words >= minWords && caps / words < 0.04;
}

let counted: readonly Token[] | undefined;
let words = 0;
let caps = 0;
