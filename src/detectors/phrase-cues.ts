import type { Detection } from '../core/types.js';
import type { Cue, Lexicon } from '../lexicon/lexicon.js';
import type { PhraseMatcher } from '../lexicon/phrases.js';
import { roleLength } from './roles.js';
import type { DetectContext, Detector } from './types.js';

/** A rule that matches one of the phrase lists of the dictionaries (family, event, unusual). */
export function phraseCueDetector(id: 'family' | 'event' | 'unusual', matcher: (l: Lexicon) => PhraseMatcher<Cue>, lexicon: Lexicon): Detector {
  return {
    id,
    detect({ tokens }: DetectContext): Detection[] {
      return matcher(lexicon)
        .findAll(tokens, { isRole: roleLength(lexicon) })
        .map((m) => ({
          kind: id,
          start: m.start,
          end: m.end,
          rule: id,
          confidence: 0.75,
          facts: { via: 'phrase', figure: m.value.figure, label: m.value.label },
        }) satisfies Detection);
    },
  };
}
