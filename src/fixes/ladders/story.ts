import type { Finding, FindingOf } from '../../core/types.js';
import { shareOf } from '../../risk/shares.js';
import { tokenIndexAt } from '../../text/tokenize.js';
import type { LadderStep } from '../types.js';
import { amountLadder } from './amount.js';
import { bits, type Ctx, DETERMINERS, hasDeterminer, KIND_WEIGHT, monotone, NOUN_STOP, prevToken, REMOVAL, RUNG } from './shared.js';

// ---------------------------------------------------------------------------------------------------
// What happened to the person and what sets them apart: unusual details, events, family, nationality

/** A nationality is an origin: there is nothing wider to write but nothing. */
export function nationalityLadder(f: FindingOf<'nationality'>): LadderStep[] {
  return [{ replacement: '', loss: KIND_WEIGHT['nationality']! * (bits(shareOf(f)!.central, 1) + REMOVAL), remove: true }];
}

export function storyLadder(f: FindingOf<'family'> | FindingOf<'event'> | FindingOf<'unusual'>, ctx: Ctx): LadderStep[] {
  if (f.kind === 'unusual' && f.facts.via === 'construction' && f.facts.construction === 'amount') return amountLadder(f, ctx);
  const share = shareOf(f as Finding)!.central;
  const w = KIND_WEIGHT[f.kind]!;
  const label = f.facts.via === 'phrase' ? f.facts.label[ctx.lang].trim() : undefined;
  const steps: LadderStep[] = [];
  if (label && label.toLowerCase() !== f.text.toLowerCase()) steps.push({ replacement: label, loss: w * (bits(share, 1) * 0.5 + RUNG), drop: true });
  // "Onze oudste bewoonster" -> "Onze bewoonster", "de heftigste psychoot allertijden" -> "de psychoot":
  // the person stays, what singles them out goes.
  const head = f.facts.via === 'construction' ? f.facts.head : undefined;
  if (head && head.toLowerCase() !== f.text.toLowerCase()) {
    const lead = ctx.tokens[tokenIndexAt(ctx.tokens, f.start)];
    const det = lead && lead.start === f.start && DETERMINERS.has(lead.lower) ? `${lead.text} ` : '';
    steps.push({ replacement: `${det}${head}`, loss: w * (bits(share, 1) * 0.5 + RUNG * 2), drop: true });
  }
  // "een voormalig kermisexploitant": a noun after its article leaves "persoon" behind.
  const noun = !/\s/.test(f.text.trim()) && hasDeterminer(ctx, prevToken(ctx, f.start)) && !NOUN_STOP.has(f.text.toLowerCase());
  steps.push({ replacement: noun ? ctx.words.person : '', loss: w * (bits(share, 1) + REMOVAL + RUNG * 2), remove: true });
  return monotone(steps);
}
