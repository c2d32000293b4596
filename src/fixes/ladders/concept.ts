import type { FindingOf } from '../../core/types.js';
import { shareOf } from '../../risk/shares.js';
import type { LadderStep } from '../types.js';
import { bits, COPULAS, type Ctx, hasDeterminer, KIND_WEIGHT, monotone, predicateRemoval, prevToken, REMOVAL, RUNG } from './shared.js';

// ---------------------------------------------------------------------------------------------------
// Diagnosis and profession: the parent chain of the lexicon

export function conceptLadder(f: FindingOf<'diagnosis'> | FindingOf<'profession'>, ctx: Ctx): LadderStep[] {
  const kind = f.kind;
  const byId = kind === 'diagnosis' ? ctx.lexicon.conditions().byId : ctx.lexicon.professions().byId;
  const share = shareOf(f)!.central;
  const w = KIND_WEIGHT[kind]!;
  const prev = prevToken(ctx, f.start);
  const determined = hasDeterminer(ctx, prev);
  const steps: LadderStep[] = [];
  let last = share;
  let rung = 1;
  const chain: string[] = [];
  for (let p = byId.get(f.facts.parent); p && chain.length < 8; p = byId.get(p.parent)) chain.push(p.id);
  for (let i = 0; i < chain.length; i++) {
    const c = byId.get(chain[i]!)!;
    if (!(c.figure.central > last)) continue;
    let label = c[ctx.lang];
    // "haar schizofrenie" -> "haar psychotische stoornis", not "haar een psychotische stoornis".
    if (determined) label = label.replace(/^(?:een|a|an)\s+/i, '');
    const facts = { id: c.id, parent: c.parent, figure: c.figure, ...(kind === 'diagnosis' ? { ancestors: chain.slice(i + 1, chain.length - 1) } : {}) };
    steps.push({ replacement: label, loss: w * (bits(share, c.figure.central) + RUNG * rung), facts });
    last = c.figure.central;
    rung++;
  }
  const removeLoss = w * (bits(share, 1) + REMOVAL + RUNG * (rung + 1));
  if (kind === 'profession' && prev && COPULAS.has(prev.lower)) {
    steps.push({ replacement: '', loss: removeLoss, remove: true, span: predicateRemoval(ctx, prev, f.end) });
  } else if (kind === 'profession' && determined) {
    // "De burgemeester van ..." -> "De persoon van ...": the sentence keeps its subject.
    steps.push({ replacement: ctx.words.person, loss: removeLoss, remove: true });
  } else {
    steps.push({ replacement: '', loss: removeLoss, remove: true });
  }
  return monotone(steps);
}
