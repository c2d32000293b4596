import { levelRank, type Level } from '../core/kinds.js';
import type { FileResult, Lang } from '../core/types.js';

export interface Summary { files: number; findings: number; highest: Level; failed: number }

/** What `fails` reads of a result (a run keeps no more of a file once it is reported: src/cli/exit-code.ts). */
export type FailsOn = Pick<FileResult, 'failOn' | 'baseline'> & { risk: { level: Level }; findings: { length: number } };

/**
 * Does this file reach the --fail-on level (its own config's, if it has one)? `none` never fails;
 * with a baseline, a file with no new finding does not either.
 */
export const fails = (r: FailsOn, failOn: Level): boolean => {
  const own = r.failOn ?? failOn;
  return own !== 'none' && levelRank(r.risk.level) >= levelRank(own) && !(r.baseline && r.findings.length === 0);
};

/** The summary counted file by file, so that a streamed report keeps no result for it. */
export class Tally {
  private files = 0;
  private findings = 0;
  private highest: Level = 'none';
  private failed = 0;
  private english = 0;
  private readonly levels = new Map<Level, number>();

  constructor(private readonly failOn: Level) {}

  add(r: FailsOn & Pick<FileResult, 'language'>): void {
    this.files++;
    this.levels.set(r.risk.level, (this.levels.get(r.risk.level) ?? 0) + 1);
    this.findings += r.findings.length;
    if (levelRank(r.risk.level) > levelRank(this.highest)) this.highest = r.risk.level;
    if (fails(r, this.failOn)) this.failed++;
    if (r.language === 'en') this.english++;
  }

  summary(): Summary {
    return { files: this.files, findings: this.findings, highest: this.highest, failed: this.failed };
  }

  /** How many files came out at this level. */
  atLevel(level: Level): number {
    return this.levels.get(level) ?? 0;
  }

  /** The language most files are in (Dutch on a tie): the summary line's, when --ui-lang does not say. */
  language(): Lang {
    return this.english > this.files / 2 ? 'en' : 'nl';
  }
}

export function summarize(results: readonly FileResult[], failOn: Level): Summary {
  const tally = new Tally(failOn);
  for (const r of results) tally.add(r);
  return tally.summary();
}
