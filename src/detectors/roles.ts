import type { Lexicon } from '../lexicon/lexicon.js';
import type { Token } from '../text/tokenize.js';

type RoleLength = (tokens: readonly Token[], i: number) => number;
// One function per lexicon: matchers remember `{role}` results per function (src/lexicon/phrases.ts).
const byLexicon = new WeakMap<Lexicon, RoleLength>();

/** How many tokens from i form a profession ("notaris", "long-haul trucker"), for `{role}` in patterns. */
export function roleLength(lexicon: Lexicon): RoleLength {
  let f = byLexicon.get(lexicon);
  if (!f) {
    f = (tokens: readonly Token[], i: number): number => {
      const m = lexicon.professions().matcher.longestAt(tokens, i);
      return m ? m.last - i + 1 : 0;
    };
    byLexicon.set(lexicon, f);
  }
  return f;
}
