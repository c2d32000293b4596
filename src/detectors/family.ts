import { phraseCueDetector } from './phrase-cues.js';
import { ruleMeta, type Rule } from './types.js';

export const familyRule: Rule = {
  meta: ruleMeta('family', ['family'], 'Family composition and circumstances from the family phrase list ("moeder van vier", "woont bij oma")'),
  create: (lexicon) => phraseCueDetector('family', (l) => l.family(), lexicon),
};
