import type { Finding } from '../core/types.js';
import type { Factor } from './scenario.js';

/**
 * Details that say the same thing twice narrow the set once (docs/risk-model.md §4.9): the rarest of a
 * correlated group stands for the group. Related conditions (one an ancestor of the other, or a
 * condition and the medication that reveals it) are handled by the conditions' lineage in factors.ts,
 * and a condition or a legal measure and the setting that treats or carries it out by the setting's
 * own shares (settings.ts); this table holds the groups across kinds.
 */
interface Group {
  /** Why these details are one. */
  why: string;
  members: ReadonlyArray<(f: Finding) => boolean>;
}

const construction = (...names: string[]) => (f: Finding) =>
  (f.kind === 'unusual' || f.kind === 'event' || f.kind === 'family') && f.facts.via === 'construction' && names.includes(f.facts.construction);

const CORRELATED: readonly Group[] = [
  {
    why: '"de oudste bewoner", "werd 101": an extreme age and the superlative or milestone that states it',
    members: [construction('superlative', 'milestone-age', 'record'), (f) => f.kind === 'age' && f.facts.from >= 90],
  },
];

/** Keeps, for each group whose members are all present, only the rarest member. */
export function countCorrelatedOnce(factors: readonly Factor[]): Factor[] {
  let kept = [...factors];
  for (const group of CORRELATED) {
    const inGroup = kept.filter((f) => group.members.some((m) => m(f.finding)));
    const covered = group.members.every((m) => inGroup.some((f) => m(f.finding)));
    if (!covered || inGroup.length < 2) continue;
    const rarest = inGroup.reduce((a, b) => (b.share.central < a.share.central ? b : a));
    const grouped = new Set(inGroup);
    kept = kept.filter((f) => f === rarest || !grouped.has(f));
  }
  return kept;
}
