import { phraseCueDetector } from './phrase-cues.js';
import { ruleMeta, type Rule } from './types.js';

export const eventRule: Rule = {
  meta: ruleMeta('event', ['event'], 'Events that others witnessed or read about, from the event phrase list (an accident, a fire, a court case)'),
  create: (lexicon) => phraseCueDetector('event', (l) => l.events(), lexicon),
};
