import type { Level } from '../core/kinds.js';
import type { FileResult } from '../core/types.js';
import { fails, type FailsOn } from '../report/summary.js';

/** What the exit code needs of a file's result: what decides whether it fails, and whether its rewrite reached the target. */
export type Verdict = FailsOn & { fix?: { reached: boolean } };

/** The verdict of a result, without the rest of it (a run keeps no more of a file once it is reported). */
export const verdictOf = (r: FileResult): Verdict => ({
  risk: { level: r.risk.level },
  findings: { length: r.findings.length },
  ...(r.failOn ? { failOn: r.failOn } : {}),
  ...(r.baseline ? { baseline: r.baseline } : {}),
  ...(r.fix ? { fix: { reached: r.fix.reached } } : {}),
});

/** What a run ended with, as far as the exit code is concerned. */
export interface RunOutcome {
  results: readonly Verdict[];
  failOn: Level;
  /** --fix: the rewrites are what the run is judged by. */
  fix: boolean;
  /** An input could not be read, or a report or rewrite not written. */
  trouble: boolean;
  /** --fix --write left a file as it was although its rewrite was wanted (e.g. it holds invalid bytes). */
  unsaved: boolean;
}

/**
 * The one place that decides the exit code: 2 when something could not be read or written; with
 * --fix, 1 when a rewrite does not reach its target or could not be saved; else 1 when a file reaches
 * --fail-on; 0 otherwise. Writing the report to a file never changes it.
 */
export function exitCode(o: RunOutcome): 0 | 1 | 2 {
  if (o.trouble) return 2;
  if (o.fix) return o.unsaved || o.results.some((r) => r.fix && !r.fix.reached) ? 1 : 0;
  return o.results.some((r) => fails(r, o.failOn)) ? 1 : 0;
}
