import type { Level } from '../core/kinds.js';
import type { Lang } from '../core/types.js';

/** The levels as the tool's messages name them. */
export const LEVEL_NAMES: Record<Lang, Record<Level, string>> = {
  nl: { none: 'geen', low: 'laag', medium: 'verhoogd', high: 'hoog', critical: 'kritiek' },
  en: { none: 'none', low: 'low', medium: 'medium', high: 'high', critical: 'critical' },
};
