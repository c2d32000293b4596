import type { Figure, Finding } from '../core/types.js';

/** Who reads the text: anyone, someone who knows the author's employer, a colleague or fellow patient. */
export type Audience = 'stranger' | 'employer' | 'insider';

/** One detail's share in a scenario, and how the explanation names it. */
export interface Factor {
  finding: Finding;
  share: Figure;
  label: string;
}

export interface Range { low: number; central: number; high: number }

/** The risk of one scenario: E range from the base and the shares, risk from the high-risk end. */
export interface ScenarioResult {
  scenario: Audience;
  base: Range;
  baseLabel: string;
  factors: Factor[];
  e: Range;
}
