import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { binaryState } from '../../scripts/binary-stamp.mjs';
import { run } from '../../src/cli/main.js';
import type { OpenTerminal } from '../../src/cli/terminal.js';

export const root = join(import.meta.dirname, '..', '..');
export const bin = join(root, 'bin', 'herkenbaar.js');

/** A way to start the built CLI as a process: the bin launcher under node, or the standalone binary. */
export interface Launcher {
  name: string;
  command: string;
  args: readonly string[];
  /** Why its tests are skipped (not built, or built from another dist/). */
  skip?: string;
}

export const nodeLauncher: Launcher = { name: 'node bin/herkenbaar.js', command: process.execPath, args: [bin] };

/** build/herkenbaar from `npm run build:binary`, when it exists and was built from the current dist/. */
export function binaryLauncher(): Launcher {
  const b = binaryState(root);
  return { name: 'standalone binary', command: b.path, args: [], ...(b.reason ? { skip: b.reason } : {}) };
}

/** The end-to-end cases run against each of these; the binary's are skipped, with the reason, when it is not built. */
export const launchers = (): readonly Launcher[] => [nodeLauncher, binaryLauncher()];

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Where config files are looked for and --staged asks git (default: the repository root). */
  cwd?: string;
  /** Added to NO_COLOR=1; pass NO_COLOR: undefined to leave it out. */
  env?: NodeJS.ProcessEnv;
  stdoutIsTTY?: boolean;
  /**
   * Default true: in-process, `run` would read the test runner's own standard input when no path is
   * given, so a test that forgets one gets the help (exit 2) instead of hanging. Standard input is
   * tested with `spawnCli`.
   */
  stdinIsTTY?: boolean;
  /** Reads the files named on the command line instead of the file system (to make one fail). */
  readFile?: (path: string) => Promise<Uint8Array>;
  /** The terminal --fix --interactive talks to (see scripted-terminal.ts). */
  terminal?: () => Promise<OpenTerminal>;
  /** stderr is a terminal (the progress line), and its width. */
  stderrIsTTY?: boolean;
  stderrColumns?: number;
  /** The clock of the run (milliseconds). */
  now?: () => number;
}

/**
 * The CLI in-process: `run` from src with stdout and stderr captured. Relative paths are read
 * against process.cwd(), not `cwd` (tests pass absolute paths).
 */
export async function runCli(args: string[], options: RunOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    cwd: options.cwd ?? root,
    env: { NO_COLOR: '1', ...options.env },
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    stdinIsTTY: options.stdinIsTTY ?? true,
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    ...(options.readFile ? { readFile: options.readFile } : {}),
    ...(options.terminal ? { terminal: options.terminal } : {}),
    ...(options.stderrIsTTY !== undefined ? { stderrIsTTY: options.stderrIsTTY } : {}),
    ...(options.stderrColumns !== undefined ? { stderrColumns: options.stderrColumns } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return { code, stdout, stderr };
}

/** The built CLI as a separate process, through the bin launcher (npm test builds first) or another launcher. */
export function spawnCli(args: string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv; launcher?: Launcher } = {}): CliResult {
  const launcher = options.launcher ?? nodeLauncher;
  const res = spawnSync(launcher.command, [...launcher.args, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}
