import type { Finding } from '../core/types.js';
import { rewriteWords } from '../i18n/index.js';
import { tokenize } from '../text/tokenize.js';
import { ageLadder } from './ladders/age.js';
import { conceptLadder } from './ladders/concept.js';
import { dateLadder } from './ladders/date.js';
import { institutionLadder } from './ladders/institution.js';
import { addressLadder, directLadder, nameLadder } from './ladders/name.js';
import { placeLadder } from './ladders/place.js';
import { type Ctx, DETERMINERS, type LadderContext, monotone, prevToken, withWordCost } from './ladders/shared.js';
import { nationalityLadder, storyLadder } from './ladders/story.js';
import type { LadderStep } from './types.js';

/**
 * Generalization ladders (docs/risk-model.md §10): for each finding, the wordings that say the same
 * thing less precisely, least general first, the last one removing the detail. One module per family of
 * kinds under ./ladders/ (the loss model and the token helpers they share in ./ladders/shared.ts); each
 * builder is a pure function from a finding and its context to new steps.
 */
export { KIND_WEIGHT, type LadderContext } from './ladders/shared.js';

/**
 * The ladder of one finding, least general first; [] when the finding needs no fix (gender, a marked
 * pseudonym, an organisation's own phone number) or has none.
 */
export function ladderFor(finding: Finding, context: LadderContext): LadderStep[] {
  const ctx: Ctx = { ...context, tokens: context.tokens ?? tokenize(context.text), words: rewriteWords(context.lang) };
  return monotone(withWordCost(ctx, finding, polish(finding, ctx, rawLadder(finding, ctx))));
}

/** Wording fixes every ladder needs: no "de een ...", and a hashtag stays a hashtag (or goes whole). */
function polish(f: Finding, ctx: Ctx, steps: readonly LadderStep[]): LadderStep[] {
  if (ctx.text[f.start - 1] === '#') {
    return steps.map((s) => {
      if (s.edits || (s.span && s.span.start !== f.start)) return s;
      const tag = s.replacement.replace(/^(?:een|a|an|de|het|the)\s+/i, '').replace(/[\s-]+(\p{L})/gu, (_, c: string) => c);
      return s.remove || !tag ? { ...s, replacement: '', span: { start: f.start - 1, end: s.span?.end ?? f.end } } : { ...s, replacement: tag };
    });
  }
  return steps.map((s) => {
    if (s.edits || !/^(?:een|a|an)\s/i.test(s.replacement)) return s;
    const prev = prevToken(ctx, s.span?.start ?? f.start);
    const possessive = prev?.lower === 's' && /['’]$/.test(ctx.text.slice(0, prev.start));
    if (prev && (DETERMINERS.has(prev.lower) || possessive) && !['een', 'a', 'an'].includes(prev.lower)) return { ...s, replacement: s.replacement.replace(/^(?:een|a|an)\s+/i, '') };
    return s;
  });
}

function rawLadder(f: Finding, ctx: Ctx): LadderStep[] {
  switch (f.kind) {
    case 'gender':
      return [];
    case 'age':
      return ageLadder(f, ctx);
    case 'place':
      return placeLadder(f, ctx);
    case 'date':
      return dateLadder(f, ctx);
    case 'diagnosis':
    case 'profession':
      return conceptLadder(f, ctx);
    case 'institution':
      return institutionLadder(f, ctx);
    case 'nationality':
      return nationalityLadder(f, ctx);
    case 'family':
    case 'event':
    case 'unusual':
      return storyLadder(f, ctx);
    case 'name':
      return nameLadder(f, ctx);
    case 'address':
      return f.facts.personal ? addressLadder(f, ctx) : [];
    default:
      // email, phone, url, handle, iban, national-id, record-id, license-plate, postcode.
      return directLadder(f, ctx);
  }
}

/** Every finding's ladder, in the order of the findings. */
export function buildLadders(findings: readonly Finding[], context: Omit<LadderContext, 'findings'>): LadderStep[][] {
  const ctx: LadderContext = { ...context, findings, tokens: context.tokens ?? tokenize(context.text) };
  return findings.map((f) => ladderFor(f, ctx));
}
