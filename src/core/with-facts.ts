import type { FactsPatch } from './facts.js';
import type { Detection } from './types.js';

/**
 * The detection with some of its facts replaced (a ladder step's wider age band, larger place or
 * longer window). The patch must be of the detection's own kind: the fixer builds each patch from
 * the finding it generalizes.
 */
export function withFacts<D extends Detection>(d: D, patch: FactsPatch): D {
  return { ...d, facts: { ...d.facts, ...patch } } as D;
}
