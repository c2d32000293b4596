import type { Level } from '../core/kinds.js';

/**
 * Levels from the high-risk end of the range (docs/risk-model.md §7): critical ≥ 0.5 (probably unique);
 * high ≥ 0.2 (below the old custodian cell size of 5); medium > 0.09 (fails Health Canada PRCI and
 * EMA Policy 0070, i.e. fewer than 11 matches); low otherwise.
 */
export const THRESHOLDS = { critical: 0.5, high: 0.2, medium: 0.09 } as const;

export function levelForRisk(risk: number): Exclude<Level, 'none'> {
  if (risk >= THRESHOLDS.critical) return 'critical';
  if (risk >= THRESHOLDS.high) return 'high';
  if (risk > THRESHOLDS.medium) return 'medium';
  return 'low';
}
