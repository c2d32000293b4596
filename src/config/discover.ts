import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { RuleId } from '../core/rule-ids.js';
import type { Finding } from '../core/types.js';
import { allowMatcher, type PathTest } from './allow.js';
import { ConfigError, configIn, loadConfig } from './config.js';
import type { FileConfig } from './schema.js';

/** What applies to one checked file: its config (nearest wins), and what follows from it. */
export interface FilePolicy {
  /** The config file that was read, if any. */
  configFile?: string;
  config: FileConfig;
  /** The config's `ignore` matches this file: it is not checked. */
  ignored: boolean;
  /** The reason of the allow entry that accepts a finding, if one does. */
  allow?: (f: Finding) => string | undefined;
  /** Rules the config switches off. */
  off: ReadonlySet<RuleId>;
}

interface Loaded {
  file: string;
  dir: string;
  config: FileConfig;
  pathTest?: PathTest;
}

export type ConfigMode = { kind: 'nearest' } | { kind: 'explicit'; file: string } | { kind: 'none' };

const toPosix = (p: string) => p.split(sep).join('/');

// gitignore-style matching needs the ignore package; a config without patterns does not load it.
async function pathTester(): Promise<PathTest> {
  const ignore = (await import('ignore')).default;
  const compiled = new Map<readonly string[], ReturnType<typeof ignore>>();
  return (patterns, rel) => {
    let ig = compiled.get(patterns);
    if (!ig) compiled.set(patterns, (ig = ignore().add([...patterns])));
    return ig.ignores(rel);
  };
}

/**
 * Finds the config of each checked file: with --config, that file for all; with --no-config, none;
 * otherwise the nearest one walking up from the file's folder (for --text and standard input, from
 * the working directory). Nothing is merged: the nearest config is the whole config, as with
 * Prettier and cspell, so what applies to a file can be read in one place.
 */
export class ConfigResolver {
  private readonly nearestOf = new Map<string, string | undefined | ConfigError>();
  private readonly loaded = new Map<string, Promise<Loaded>>();

  constructor(private readonly mode: ConfigMode, private readonly cwd: string) {}

  /** The config file that governs a folder (undefined: none); a ConfigError when a folder holds two. */
  private nearest(dir: string): string | undefined {
    const cached = this.nearestOf.get(dir);
    if (cached instanceof ConfigError) throw cached;
    if (cached !== undefined || this.nearestOf.has(dir)) return cached;
    let found: string | undefined | ConfigError;
    try {
      found = configIn(dir);
      if (found === undefined) {
        const up = dirname(dir);
        found = up === dir ? undefined : this.nearest(up);
      }
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      found = e;
    }
    this.nearestOf.set(dir, found);
    if (found instanceof ConfigError) throw found;
    return found;
  }

  private load(file: string): Promise<Loaded> {
    let p = this.loaded.get(file);
    if (!p) {
      p = (async () => {
        const config = loadConfig(file);
        const needsPaths = Boolean(config.ignore?.length || config.allow?.some((e) => e.paths));
        return { file, dir: dirname(file), config, ...(needsPaths ? { pathTest: await pathTester() } : {}) };
      })();
      this.loaded.set(file, p);
    }
    return p;
  }

  /** The config file for a path (a file's or a folder's), or for the working directory. */
  configFileFor(path?: string): string | undefined {
    if (this.mode.kind === 'none') return undefined;
    if (this.mode.kind === 'explicit') return resolve(this.cwd, this.mode.file);
    return this.nearest(path === undefined ? resolve(this.cwd) : dirname(resolve(this.cwd, path)));
  }

  /**
   * What applies to a checked file (`path` relative to the working directory, or absolute), or to
   * --text and standard input (no path). A broken config is a ConfigError naming it.
   */
  async policy(path?: string): Promise<FilePolicy> {
    const file = this.configFileFor(path);
    if (!file) return { config: {}, ignored: false, off: new Set() };
    const l = await this.load(file);
    const rel = path === undefined ? undefined : toPosix(relative(l.dir, resolve(this.cwd, path)));
    const inside = rel !== undefined && rel !== '' && !rel.startsWith('../') && rel !== '..' && !isAbsolute(rel);
    const ignored = Boolean(inside && l.config.ignore?.length && l.pathTest!(l.config.ignore, rel!));
    const allow = l.config.allow?.length ? allowMatcher(l.config.allow, inside ? rel : undefined, l.pathTest ?? (() => false)) : undefined;
    const off = new Set(Object.entries(l.config.rules ?? {}).filter(([, v]) => v === 'off').map(([id]) => id as RuleId));
    return { configFile: file, config: l.config, ignored, off, ...(allow ? { allow } : {}) };
  }
}
