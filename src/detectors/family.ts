import type { Token } from '../text/tokenize.js';
import { phraseCueDetector } from './phrase-cues.js';
import { ruleMeta, type Rule } from './types.js';

// A family word owned by the writer or the reader ("mijn stiefvader", "your foster mum") is not the subject's.
const NOT_THE_SUBJECTS = new Set(['mijn', 'mn', 'onze', 'ons', 'je', 'jouw', 'uw', 'my', 'our', 'your']);

/** The index of the token that starts at `start` (tokens are in order). */
function tokenAt(tokens: readonly Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = tokens[mid]!.start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The writer's or the reader's possessive right before token k: "mijn", "your", "m'n". */
function ownedByWriterOrReader(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before) return false;
  if (NOT_THE_SUBJECTS.has(before.lower)) return true;
  const apo = tokens[k - 2]?.text;
  return before.lower === 'n' && (apo === "'" || apo === '’') && tokens[k - 3]?.lower === 'm';
}

export const familyRule: Rule = {
  meta: ruleMeta('family', ['family'], 'Family composition and circumstances from the family phrase list ("moeder van vier", "woont bij oma")'),
  create: (lexicon) => {
    const phrases = phraseCueDetector('family', (l) => l.family(), lexicon);
    return {
      id: 'family',
      detect(context) {
        const { tokens } = context;
        return phrases.detect(context).filter((d) => !ownedByWriterOrReader(tokens, tokenAt(tokens, d.start)));
      },
    };
  },
};
