import type { FindingOf } from '../../core/types.js';
import { shareOf } from '../../risk/shares.js';
import type { LadderStep } from '../types.js';
import { bits, copulaBefore, type Ctx, determinerOf, hasDeterminer, KIND_WEIGHT, monotone, prevToken, removalInContext, roleInPlace, REMOVAL, RUNG } from './shared.js';

const INDEFINITE = new Set(['een', "'n", 'a', 'an']);

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
    // "een hechtingsstoornis" -> "psychische problemen", not "een psychische problemen": a plural takes the article along.
    const plural = !/^(?:een|a|an)\s/i.test(label) && ctx.words.plural(label);
    const span = plural && prev && INDEFINITE.has(prev.lower) ? { start: prev.start, end: f.end } : undefined;
    // "haar schizofrenie" -> "haar psychotische stoornis", not "haar een psychotische stoornis".
    if (determined) label = label.replace(/^(?:een|a|an)\s+/i, '');
    const facts = { id: c.id, parent: c.parent, figure: c.figure, ...(kind === 'diagnosis' ? { ancestors: chain.slice(i + 1, chain.length - 1) } : {}) };
    steps.push({ replacement: label, loss: w * (bits(share, c.figure.central) + RUNG * rung), facts, ...(span ? { span } : {}) });
    last = c.figure.central;
    rung++;
  }
  const removeLoss = w * (bits(share, 1) + REMOVAL + RUNG * (rung + 1));
  const det = determinerOf(ctx, prev);
  const afterAls = ['als', 'as'].includes(prevToken(ctx, det?.start ?? f.start)?.lower ?? '');
  if (kind === 'profession' && determined && !copulaBefore(ctx, f.start) && !afterAls) {
    // "De burgemeester van ..." -> "Iemand van ...": the sentence keeps its subject, a role stays a role.
    steps.push({ ...roleInPlace(ctx, f.start, f.end, false), loss: removeLoss, remove: true });
  } else {
    steps.push({ ...removalInContext(ctx, f.start, f.end), loss: removeLoss, remove: true });
  }
  return monotone(steps);
}
