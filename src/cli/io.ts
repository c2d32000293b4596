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

/**
 * The real process's Io, for the launchers (bin/herkenbaar.js and the standalone binary). Standard
 * output and error that the reader closed (`herkenbaar … | head -1`) are dropped quietly: the run
 * goes on and ends with the exit code it would have had. Any other failure to write standard output
 * (a full disk) is an error: it is told on stderr and makes the exit code 2. `finish` sets the exit code.
 */
export function processIo(): { io: Io; finish: (code: number) => void } {
  let failed = false;
  let code: number | undefined;
  const guard = (stream: NodeJS.WriteStream, isOut: boolean) => {
    let closed = false;
    stream.on('error', (e: NodeJS.ErrnoException) => {
      closed = true;
      if (e.code === 'EPIPE' || !isOut) return;
      if (!failed) {
        failed = true;
        try {
          process.stderr.write(`herkenbaar: cannot write to standard output: ${e.message}\n`);
        } catch {
          // nowhere left to say it
        }
      }
      process.exitCode = 2;
    });
    return (s: string) => {
      if (closed) return;
      try {
        stream.write(s);
      } catch {
        closed = true;
      }
    };
  };
  const io: Io = {
    stdout: guard(process.stdout, true),
    stderr: guard(process.stderr, false),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stderrColumns: process.stderr.columns,
    env: process.env,
    cwd: process.cwd(),
    // Only --fix --interactive asks; readline loads when it does.
    terminal: async () => (await import('./terminal.js')).openTerminal(process.stdin, process.stdout),
  };
  return {
    io,
    finish: (c) => {
      code = c;
      process.exitCode = failed ? 2 : code;
    },
  };
}
