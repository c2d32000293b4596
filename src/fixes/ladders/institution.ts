import type { FindingOf } from '../../core/types.js';
import type { LadderStep } from '../types.js';
import { type Ctx, KIND_WEIGHT, monotone, prevToken, REMOVAL, RUNG } from './shared.js';

// ---------------------------------------------------------------------------------------------------
// Institutions

export function institutionLadder(f: FindingOf<'institution'>, ctx: Ctx): LadderStep[] {
  const w = KIND_WEIGHT['institution']!;
  const type = f.facts.type;
  const lower = f.text.toLowerCase();
  let head: string | undefined;
  const { heads, hasFlag } = ctx.lexicon.institutions();
  const candidates = [...heads.keys(), ...ctx.words.institutionHeads];
  for (const h of candidates) {
    if (h.length <= 3 || /\s-\s/.test(h)) continue; // "az", "pc", "tbs - kliniek": no generic word
    if (hasFlag(h, 'suffix')) continue; // a legal form ("Limited", "GmbH") is no noun for what it is
    const at = lower.startsWith(`${h} `) || lower.endsWith(` ${h}`) || (lower.endsWith(h) && lower.length > h.length + 2 && !lower.includes(' '));
    if (at && (!head || h.length > head.length)) head = h;
  }
  // "Sequoia Elementary": a head that is short for a longer one ("elementary school") is written out.
  const short = head;
  if (short) head = candidates.find((c) => c.startsWith(`${short} `) && !c.slice(short.length + 1).includes(' ')) ?? short;
  const generic = ctx.words.institutionNoun[type] ?? ctx.words.institutionNoun.other;
  const top = ctx.words.institution;
  const prev = prevToken(ctx, f.start);
  const span = prev && ['de', 'het', 'the', "'t"].includes(prev.lower) ? { start: prev.start, end: f.end } : undefined;
  const nouns = [...new Set([head, generic, top].filter((x): x is string => !!x))];
  const steps: LadderStep[] = nouns.map((noun, i) => ({ replacement: ctx.words.article(noun), loss: w * (1 + RUNG * (i + 1)), drop: true, ...(span ? { span } : {}) }));
  steps.push({ replacement: '', loss: w * (nouns.length + 1 + REMOVAL + RUNG * (nouns.length + 1)), remove: true, ...(span ? { span } : {}) });
  return monotone(steps);
}
