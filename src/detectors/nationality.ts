import { HOME_COUNTRY } from '../core/countries.js';
import type { Detection } from '../core/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Token } from '../text/tokenize.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

// Half of the people or more: a majority, not a detail.
const HALF = 0.5;

// "de Duitsers", "the Germans", "alle Marokkanen": a group, not the person the text is about.
const GROUP_LEAD = new Set(['de', 'die', 'deze', 'alle', 'veel', 'vele', 'sommige', 'andere', 'the', 'all', 'many', 'some', 'other', 'those', 'these']);
const isGroupNoun = (tokens: readonly Token[], first: number, last: number): boolean =>
  GROUP_LEAD.has(tokens[first - 1]?.lower ?? '') && /(?:ers|anen|en|s)$/.test(tokens[last]!.lower);

function createNationalityDetector(lexicon: Lexicon): Detector {
  return {
    id: 'nationality',
    detect({ tokens, lang }: DetectContext): Detection[] {
      return lexicon.nationalities().matcher.findAll(tokens).filter((m) => !isGroupNoun(tokens, m.first, m.last)).flatMap((m) => {
        const share = m.value.shares[HOME_COUNTRY[lang]];
        // "Hij spreekt Nederlands" in a Dutch text: the majority narrows nothing, like naming the own country.
        if (share >= HALF) return [];
        return [{ kind: 'nationality', start: m.start, end: m.end, rule: 'nationality', confidence: 0.75, facts: { id: m.value.id, share, source: m.value.source } } satisfies Detection];
      });
    },
  };
}

export const nationalityRule: Rule = {
  meta: ruleMeta('nationality', ['nationality'], 'Nationality, origin and home language; not the majority of the text\'s country, not a group ("de Polen")'),
  create: createNationalityDetector,
};
