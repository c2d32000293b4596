import { CommanderError, type Command } from 'commander';
import { LEVELS, type Level } from '../core/kinds.js';
import type { Finding, Lang } from '../core/types.js';
import type { Audience } from '../risk/estimate.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliConfig {
  paths: string[];
  text?: string;
  format: Format;
  failOn: Level;
  lang: Lang | 'auto';
  uiLang?: Lang;
  color: boolean;
  quiet: boolean;
  debug: boolean;
  outputFile?: string;
  pseudonyms: string[];
  population?: number;
  audience?: Audience;
  employer?: boolean;
  caseload?: number;
  ward?: { beds?: number; stayDays?: [number, number] };
  /** --fix: print (or with --write, save) the rewritten text. */
  fix: boolean;
  /** --staged: the text files in the git index, as staged. */
  staged: boolean;
  write: boolean;
  /** --fix --interactive: walk through the proposed changes on the terminal. */
  interactive: boolean;
  /** The highest level a rewrite may have (default: just under --fail-on). */
  target: Level;
  /** The config file that was read, if any (shown with --debug). */
  configFile?: string;
  /** The allow list of the file's config: the reason of the entry that accepts a finding. */
  allow?: ((f: Finding) => string | undefined) | undefined;
  /** Inline directives (`<!-- herkenbaar-disable… -->`) apply; off with --no-inline-config. */
  inline: boolean;
  /** --baseline FILE: report only findings it does not hold. */
  baseline?: string;
  /** --baseline-write FILE: record the run's findings as accepted. */
  baselineWrite?: string;
  /** --max-size: the largest input read, in bytes (a file, standard input, a staged file). */
  maxSize: number;
}

/** A usage error: reported as one line on stderr, exit code 2. */
export class UsageError extends Error {}

export function oneOf<T extends string>(name: string, allowed: readonly T[]) {
  return (value: string): T => {
    if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${name} must be one of ${allowed.join(', ')} (got '${value}')`);
    return value as T;
  };
}

export const parseLevel = oneOf<Level>('--fail-on', LEVELS);

export function parsePopulation(value: string): number {
  const n = Number(value.replace(/[_.,](?=\d{3}\b)/g, ''));
  if (!Number.isFinite(n) || n < 1) throw new UsageError(`--population must be a positive number (got '${value}')`);
  return Math.round(n);
}

/** A CI service runs this: nobody is there to answer questions (CI=true, as most services set it). */
export function inCI(env: NodeJS.ProcessEnv): boolean {
  const ci = env['CI'];
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

/**
 * The format when --format is not given: GitHub Actions annotations in a GitHub Actions job (which sets
 * GITHUB_ACTIONS=true), so that findings show on the changed lines and no matched words land in the log;
 * otherwise stylish.
 */
export function defaultFormat(env: NodeJS.ProcessEnv): Format {
  return env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'stylish';
}

/** Colour: --no-color and NO_COLOR switch it off, FORCE_COLOR on; otherwise only on a terminal. */
export function wantColor(flag: boolean | undefined, isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (flag === false) return false;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined) return env['FORCE_COLOR'] !== '0' && env['FORCE_COLOR'] !== 'false';
  return isTTY;
}

/** A size as the user writes it: 200MB, 1.5G, 64k, 1000000 (K, M, G are 1024, 1024², 1024³ bytes). */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmg])(?:i?b)?|b)?\s*$/i.exec(value);
  const n = m ? Number(m[1]) * 1024 ** ({ k: 1, m: 2, g: 3 }[(m[2] ?? '').toLowerCase() as 'k' | 'm' | 'g'] ?? 0) : NaN;
  if (!Number.isFinite(n) || n < 1) throw new UsageError(`--max-size must be a size such as 200MB, 1G or 500000 (got '${value}')`);
  return Math.floor(n);
}

/**
 * Parses a subcommand's arguments (`rules`, `install-hook`): undefined when it may go on, else its exit
 * code (0 after --help or --version, 2 after a usage error, which Commander has already reported).
 */
export function parseSubcommand(cmd: Command, argv: readonly string[]): number | undefined {
  try {
    cmd.parse(argv as string[], { from: 'user' });
    return undefined;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
}
