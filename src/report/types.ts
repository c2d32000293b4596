import type { Level } from '../core/kinds.js';
import type { FileResult, Finding, Lang } from '../core/types.js';

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
  /** The same, read when a streamed report ends. */
  elapsed?: () => number;
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

/**
 * A report written as the files are checked (src/cli/main.ts streams it to the output): the text
 * before the first file, each file's part as soon as it is checked, and the end (the summary). The
 * parts joined are the whole report, byte for byte; no result is kept once its part is written. A
 * file's part comes in pieces of a few dozen kilobytes (see inPieces): one string per file would, for
 * a long file, be a large object that only a full collection frees.
 */
export interface ReportWriter {
  start(): string;
  file(result: FileResult): string[];
  end(): string;
  /**
   * One file's part written as its findings come (a long text checked chunk by chunk, src/core/check.ts
   * checkChunks), by the writers that can: `findings` for each chunk's, then `end` with the result
   * (its `findings` empty) and how many findings there were. The parts joined are what `file` gives
   * for the result with all its findings.
   */
  fileStream?(head: Pick<FileResult, 'file' | 'language'>): FileStream;
}

export interface FileStream {
  findings(findings: readonly Finding[]): string[];
  end(result: FileResult, count: number): string[];
}

export type ReportWriterFactory = (report: Omit<Report, 'results'>, options: ReportOptions) => ReportWriter;

/** The whole report at once, from its writer. */
export const reporterOf = (writer: ReportWriterFactory): Reporter => (report, options) => {
  const w = writer(report, options);
  return w.start() + report.results.map((r) => w.file(r).join('')).join('') + w.end();
};

/**
 * `JSON.stringify(value, null, 2)` as it reads nested in a document at this indentation: every line
 * but the first indented by `pad` (strings hold no raw line break, so lines are the document's lines).
 */
export const nestedJson = (value: unknown, pad: string): string => JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);

const PIECE = 32 * 1024;

/** Strings joined into pieces of about PIECE code units (a string longer than that stays one piece). */
export function inPieces(parts: Iterable<string>): string[] {
  const pieces: string[] = [];
  let piece: string[] = [];
  let size = 0;
  for (const p of parts) {
    piece.push(p);
    size += p.length;
    if (size >= PIECE) {
      pieces.push(piece.join(''));
      piece = [];
      size = 0;
    }
  }
  if (size > 0) pieces.push(piece.join(''));
  return pieces;
}

/**
 * `value` as nestedJson writes it, with the array under `key` (a key of `value` itself, holding no
 * nested `key`) written element by element: the pieces joined are the same text.
 */
export function* nestedJsonOf(value: Record<string, unknown>, key: string, items: readonly unknown[], pad: string): Generator<string> {
  const marker = `"${key}": []`;
  const empty = nestedJson({ ...value, [key]: [] }, pad);
  // Keys and string values before it are escaped JSON: the first occurrence is the key itself.
  const at = empty.indexOf(marker);
  if (items.length === 0) {
    yield empty;
    return;
  }
  const indent = empty.slice(empty.lastIndexOf('\n', at) + 1, at);
  const inner = `${indent}  `;
  yield empty.slice(0, at + marker.length - 1);
  let first = true;
  for (const item of items) {
    yield `${first ? '' : ','}\n${inner}${nestedJson(item, inner)}`;
    first = false;
  }
  yield `\n${indent}]`;
  yield empty.slice(at + marker.length);
}