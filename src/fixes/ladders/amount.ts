import type { FindingOf } from '../../core/types.js';
import { shareOf } from '../../risk/shares.js';
import type { LadderStep } from '../types.js';
import { bits, type Ctx, DETERMINERS, KIND_WEIGHT, monotone, prevToken, REMOVAL, RUNG } from './shared.js';

/** From this value a sum becomes "een fors bedrag", "a large sum" in a rewrite (in its own currency) [E]. */
const LARGE_SUM = 10_000;

/**
 * A sum of money (rule `amount`): the figure goes, what the sum is stays. "ruim 30.000 euro schuld" ->
 * "een schuld"; "een boete van € 1.250,-" -> "een boete" (the preposition goes with the sum); "won 1,2
 * miljoen euro" -> "won een fors bedrag", "was paid TRY 4.35" -> "was paid a sum"; removal last.
 */
export function amountLadder(f: FindingOf<'unusual'>, ctx: Ctx): LadderStep[] {
  const share = shareOf(f)!.central;
  const w = KIND_WEIGHT['unusual']!;
  const removal: LadderStep = { replacement: '', loss: w * (bits(share, 1) + REMOVAL + RUNG * 2), remove: true };
  const facts = f.facts.via === 'construction' ? f.facts : undefined;
  const prev = prevToken(ctx, f.start);
  // "een boete van 500 euro", "a total of TRY 2,767": the sum hangs on a noun; without it (and its
  // preposition, which the rewrite takes along) the noun says enough.
  if (facts?.amount?.governed) return [removal];
  const steps: LadderStep[] = [];
  const afterDeterminer = !!prev && DETERMINERS.has(prev.lower);
  const head = facts?.head;
  if (head && facts?.amount?.headAt === 'after') {
    // "ruim 30.000 euro schuld" -> "een schuld"; "a £500 fine" -> "a fine"; "400 euro per maand bijstand" -> "bijstand".
    const article = !afterDeterminer && headArticle(ctx, head.toLowerCase()) === 'a';
    // The sum goes and the noun stays: nothing is left to remove.
    return [{ replacement: article ? ctx.words.article(head) : head, loss: w * (bits(share, 1) * 0.5 + RUNG), drop: true }];
  }
  if (!afterDeterminer) {
    steps.push({ replacement: ctx.words.sum((facts?.amount?.value ?? 0) >= LARGE_SUM), loss: w * (bits(share, 1) * 0.5 + RUNG * 2), drop: true });
  }
  steps.push(removal);
  return monotone(steps);
}

/** The article a sum's head noun takes in a rewrite: the dictionary's, for a compound its head's ("gokschuld"). */
function headArticle(ctx: Ctx, head: string): string | undefined {
  const money = ctx.lexicon.money();
  const last = head.split('-').pop()!;
  const direct = money.get(ctx.lang, last);
  if (direct?.cls === 'head') return direct.value;
  for (let n = last.length - 3; n >= 4; n--) {
    const w = money.get(ctx.lang, last.slice(-n));
    if (w?.cls === 'head' && w.ending) return w.value;
  }
  return undefined;
}
