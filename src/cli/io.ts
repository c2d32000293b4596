import type { OpenTerminal } from './terminal.js';

/** What the CLI may touch of its process: passed in, so that tests run it in-process. */
export interface Io {
  /** Where config files are looked for (the working directory). */
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  /** stderr is a terminal: long runs show a progress line there (src/cli/progress.ts). Default false. */
  stderrIsTTY?: boolean;
  /** Width of that terminal. */
  stderrColumns?: number;
  /** A monotonic clock in milliseconds, for the run's time in the summary (default: performance.now). */
  now?: () => number;
  env: NodeJS.ProcessEnv;
  /** Reads a file named on the command line (default: node:fs/promises readFile). */
  readFile?: (path: string) => Promise<Uint8Array>;
  /** Opens the terminal for --fix --interactive (the launcher passes readline on stdin and stdout). */
  terminal?: () => Promise<OpenTerminal>;
}
