import { phraseCueDetector } from './phrase-cues.js';
import { ruleMeta, type Rule } from './types.js';

export const unusualRule: Rule = {
  meta: ruleMeta('unusual', ['unusual'], 'Striking details from the unusual-detail phrase list: epithets, visible traits, rare hobbies, rare cases'),
  create: (lexicon) => phraseCueDetector('unusual', (l) => l.unusual(), lexicon),
};
