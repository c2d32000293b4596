import type { Lexicon } from '../lexicon/lexicon.js';
import type { Token } from '../text/tokenize.js';

/** How many tokens from i form a profession ("notaris", "long-haul trucker"), for `{role}` in patterns. */
export function roleLength(lexicon: Lexicon) {
  return (tokens: readonly Token[], i: number): number => {
    const m = lexicon.professions().matcher.longestAt(tokens, i);
    return m ? m.last - i + 1 : 0;
  };
}
