import type { Level } from '../core/kinds.js';
import type { FileResult, Lang } from '../core/types.js';

export interface Report {
  results: FileResult[];
  failOn: Level;
  version: string;
}

export interface ReportOptions {
  color: boolean;
  /** Language of the tool's own words; per file, the text's language when unset. */
  uiLang?: Lang;
  /** Only files at or above the fail-on level. */
  quiet: boolean;
}

export type Reporter = (report: Report, options: ReportOptions) => string;
