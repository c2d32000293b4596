import { inCI } from './options.js';

/**
 * A progress line on stderr for long runs: files checked of all, findings so far, the file at hand.
 * Only on a terminal (stderr is a TTY), not in CI, not with --quiet; it appears once a run has taken
 * half a second, is redrawn at most ten times a second, and is wiped before anything else is written
 * to the terminal and at the end. It never shows the words found, only file names and counts.
 */
export interface Progress {
  /** `file` is about to be checked. */
  start(file: string): void;
  /** A file was checked, with this many findings. */
  done(findings: number): void;
  /** Wipes the line (before a report or a warning is written; at the end). */
  clear(): void;
}

export interface ProgressIo {
  stderr: (s: string) => void;
  stderrIsTTY?: boolean;
  /** Width of the terminal behind stderr (default 80). */
  stderrColumns?: number;
  env: NodeJS.ProcessEnv;
  /** Milliseconds, monotonic (default: performance.now). */
  now?: () => number;
}

const DELAY_MS = 500;
const INTERVAL_MS = 100;
const CLEAR = '\r\x1b[K';

export const wantProgress = (io: ProgressIo, quiet: boolean): boolean => Boolean(io.stderrIsTTY) && !quiet && !inCI(io.env) && io.env['TERM'] !== 'dumb';

/** The progress line for `total` inputs, or undefined when none should be shown. */
export function createProgress(io: ProgressIo, total: number, quiet: boolean): Progress | undefined {
  if (!wantProgress(io, quiet)) return undefined;
  const now = io.now ?? (() => performance.now());
  const began = now();
  let checked = 0;
  let findings = 0;
  let current = '';
  let shown = false;
  let last = -Infinity;
  const width = Math.max(20, (io.stderrColumns ?? 80) - 1);
  const draw = (force: boolean) => {
    const t = now();
    if (t - began < DELAY_MS || (!force && t - last < INTERVAL_MS)) return;
    last = t;
    const head = `herkenbaar: ${checked}/${total} ${total === 1 ? 'file' : 'files'} · ${findings} ${findings === 1 ? 'finding' : 'findings'} · `;
    // Control characters in a file name would move the cursor: shown as '?'.
    const name = current.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
    const room = width - head.length;
    const tail = room <= 1 ? '' : name.length <= room ? name : `…${name.slice(name.length - room + 1)}`;
    io.stderr(`${CLEAR}${head}${tail}`);
    shown = true;
  };
  return {
    start(file) {
      current = file;
      draw(false);
    },
    done(n) {
      checked++;
      findings += n;
    },
    clear() {
      if (!shown) return;
      io.stderr(CLEAR);
      shown = false;
    },
  };
}
