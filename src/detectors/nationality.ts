import { HOME_COUNTRY } from '../core/countries.js';
import type { Detection } from '../core/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { isGroup } from './subject.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

// Half of the people or more: a majority, not a detail.
const HALF = 0.5;
// "a British national", "de Nederlandse nationaliteit": citizenship said of the person is reported even
// when it is the majority's (it narrows little, and its share says so), unlike a language or a passing mention.
const CITIZENSHIP = new Set(['national', 'nationals', 'citizen', 'citizens', 'nationality', 'citizenship', 'subject', 'nationaliteit', 'staatsburger', 'staatsburgers', 'onderdaan', 'burger', 'paspoort', 'passport']);
// "uit Turkije", "from Ireland": a country's name says where, and the place rule reports it (with the
// origin's share). Below the resolver's threshold, so the place wins the span; alone it still counts.
const COUNTRY_NAME = 0.6;

function createNationalityDetector(lexicon: Lexicon): Detector {
  return {
    id: 'nationality',
    detect({ text, tokens, lang }: DetectContext): Detection[] {
      return lexicon.nationalities().matcher.findAll(tokens).filter((m) => !isGroup(tokens, m.first, m.last)).flatMap((m) => {
        const share = m.value.shares[HOME_COUNTRY[lang]];
        // "Hij spreekt Nederlands" in a Dutch text: the majority narrows nothing, like naming the own country.
        if (share >= HALF && !CITIZENSHIP.has(tokens[m.last + 1]?.lower ?? '')) return [];
        const country = lexicon.places().isCountryName(text.slice(m.start, m.end).toLowerCase());
        return [{ kind: 'nationality', start: m.start, end: m.end, rule: 'nationality', confidence: country ? COUNTRY_NAME : 0.75, facts: { id: m.value.id, share, source: m.value.source } } satisfies Detection];
      });
    },
  };
}

export const nationalityRule: Rule = {
  meta: ruleMeta('nationality', ['nationality'], 'Nationality, origin and home language; not the majority of the text\'s country, not a group ("de Polen")'),
  create: createNationalityDetector,
};
