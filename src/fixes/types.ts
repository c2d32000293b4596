import type { Level } from '../core/kinds.js';
import type { FactsPatch } from '../core/facts.js';
import type { AudienceId, FileResult, Finding, RiskResult } from '../core/types.js';

/** One primitive text edit: replace [start, end) of the original text by `text` ('' deletes). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * One rung of a finding's generalization ladder. Steps are ordered from least to most general; the last
 * one removes the detail. `loss` (information lost, arbitrary units) increases strictly along a ladder.
 */
export interface LadderStep {
  /** The wording that replaces the finding's text ('' = the words are deleted). */
  replacement: string;
  loss: number;
  /** The detail is gone: the finding no longer counts in the risk model. */
  remove?: boolean;
  /** The wording is generic and no longer a finding (e.g. "een zorgcentrum" for "zorgcentrum De Wielewaal"). */
  drop?: boolean;
  /** What the wording says instead (a wider age band, a larger place, a longer window); the risk layer re-derives the shares. */
  facts?: FactsPatch;
  /** The text span replaced, when it differs from the finding's (e.g. "op 12 maart" instead of "12 maart"). */
  span?: { start: number; end: number };
  /** Primitive edits when the wording moves ("een 45-jarige vrouw" -> "een vrouw in de veertig"). */
  edits?: Edit[];
}

export interface Change {
  finding: Finding;
  /** The span shown to the user (original -> replacement). */
  start: number;
  end: number;
  original: string;
  replacement: string;
  step: LadderStep;
  /** What applyChanges actually does; absent = replace [start, end) by `replacement`. */
  edits?: Edit[];
  /**
   * The audiences this change takes out of reach: with every other change of the plan made but not this
   * one, they could still recognize the person (the model's estimate).
   */
  outOfReach?: AudienceId[];
}

export interface FixPlan {
  changes: Change[];
  before: RiskResult;
  /** The model's estimate for the plan (before the re-check). */
  after: RiskResult;
  reached: boolean;
  reason?: string;
  /** Total information loss of the chosen steps. */
  loss: number;
  /** 'exhaustive' or 'greedy': how the plan was found. */
  method: 'exhaustive' | 'greedy' | 'none';
  /** fixText only: the changes of a second round, as offsets into the first rewrite. */
  followUp?: Change[];
}

export interface FixOutcome {
  before: FileResult;
  /** The re-check of the rewritten text (the full pipeline, not the model). */
  after: FileResult;
  plan: FixPlan;
  rewritten: string;
  reached: boolean;
  reason?: string;
  /** How many plan-apply-recheck rounds were run (1 or 2). */
  rounds: number;
  target: Level;
}
