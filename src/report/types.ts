import type { Level } from '../core/kinds.js';
import type { FileResult, Lang } from '../core/types.js';

export interface Report {
  results: FileResult[];
  failOn: Level;
  version: string;
  /** The working folder: file names in results are relative to it (SARIF's %SRCROOT%). Default: process.cwd(). */
  cwd?: string;
  /** The installed package as a file: URI ending in '/' (SARIF links the docs under it); absent without docs. */
  docsBase?: string;
  /** How long the run took, for the closing summary (stylish). */
  elapsedMs?: number;
}

/** Colour functions; identity functions when colour is off. */
export interface Paint {
  red(s: string): string;
  boldRed(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

export const NO_PAINT: Paint = {
  red: (s) => s, boldRed: (s) => s, yellow: (s) => s, green: (s) => s, cyan: (s) => s, dim: (s) => s, bold: (s) => s, underline: (s) => s,
};

export interface ReportOptions {
  paint: Paint;
  /** Language of the tool's own words; per file, the text's language when unset. */
  uiLang?: Lang;
  /** Only files at or above the fail-on level. */
  quiet: boolean;
}

export type Reporter = (report: Report, options: ReportOptions) => string;
