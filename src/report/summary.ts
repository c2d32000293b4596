import { levelRank, type Level } from '../core/kinds.js';
import type { FileResult } from '../core/types.js';

export interface Summary { files: number; findings: number; highest: Level; failed: number }

/**
 * Does this file reach the --fail-on level (its own config's, if it has one)? `none` never fails;
 * with a baseline, a file with no new finding does not either.
 */
export const fails = (r: FileResult, failOn: Level): boolean => {
  const own = r.failOn ?? failOn;
  return own !== 'none' && levelRank(r.risk.level) >= levelRank(own) && !(r.baseline && r.findings.length === 0);
};

export function summarize(results: readonly FileResult[], failOn: Level): Summary {
  let highest: Level = 'none';
  let findings = 0;
  let failed = 0;
  for (const r of results) {
    findings += r.findings.length;
    if (levelRank(r.risk.level) > levelRank(highest)) highest = r.risk.level;
    if (fails(r, failOn)) failed++;
  }
  return { files: results.length, findings, highest, failed };
}
