import type { Detection } from '../core/types.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

// The first word that says which gender the subject has; the model uses one gender factor.
const GENDER_WORDS = new Map<string, 'f' | 'm'>([
  ['vrouw', 'f'], ['meisje', 'f'], ['dame', 'f'], ['mevrouw', 'f'], ['mw', 'f'], ['mevr', 'f'], ['cliënte', 'f'], ['patiënte', 'f'],
  ['bewoonster', 'f'], ['jongedame', 'f'], ['moeder', 'f'], ['dochter', 'f'], ['weduwe', 'f'], ['woman', 'f'], ['girl', 'f'],
  ['lady', 'f'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['mother', 'f'], ['daughter', 'f'], ['widow', 'f'],
  ['man', 'm'], ['jongen', 'm'], ['meneer', 'm'], ['heer', 'm'], ['dhr', 'm'], ['jongeman', 'm'], ['vader', 'm'], ['zoon', 'm'],
  ['weduwnaar', 'm'], ['gast', 'm'], ['boy', 'm'], ['gentleman', 'm'], ['mr', 'm'], ['father', 'm'], ['son', 'm'], ['lad', 'm'],
  ['widower', 'm'],
]);

const genderDetector: Detector = {
  id: 'gender',
  detect({ tokens }: DetectContext): Detection[] {
    for (const t of tokens) {
      const g = t.type === 'word' ? GENDER_WORDS.get(t.lower) : undefined;
      if (g) {
        return [{ kind: 'gender', start: t.start, end: t.end, rule: 'gender', confidence: 0.7, facts: { gender: g } }];
      }
    }
    return [];
  },
};

export const genderRule: Rule = {
  meta: ruleMeta('gender', ['gender'], 'The first word that gives the subject\'s gender ("vrouw", "zoon", "mevrouw", "he"...)'),
  create: () => genderDetector,
};
