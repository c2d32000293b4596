import type { Level } from '../core/kinds.js';
import type { Lang } from '../core/types.js';
import type { FileConfig } from '../config/schema.js';
import { ConfigError } from '../config/config.js';
import type { ConfigResolver, FilePolicy } from '../config/discover.js';
import type { Detector } from '../detectors/types.js';
import { targetFor } from '../fixes/summary.js';
import type { Audience } from '../risk/estimate.js';
import type { CliConfig } from './options.js';

/** What the command line said explicitly: it wins over every config file. */
export interface Flags {
  failOn?: Level;
  lang?: Lang | 'auto';
  uiLang?: Lang;
  pseudonyms: string[];
  population?: number;
  audience?: Audience;
  target?: Level;
}

/**
 * The settings for one file: the command line's flags over the file's own config (the nearest one),
 * over the defaults. The rest of the run's configuration (format, --fix, output) is the run's.
 */
export function settingsFor(run: CliConfig, flags: Flags, policy: FilePolicy): CliConfig {
  const file: FileConfig = policy.config;
  const failOn = flags.failOn ?? file.failOn ?? 'medium';
  const uiLang = flags.uiLang ?? file.uiLang;
  const population = flags.population ?? file.population;
  const audience = flags.audience ?? file.audience;
  const { uiLang: _u, population: _p, audience: _a, employer: _e, caseload: _c, ward: _w, configFile: _f, ...rest } = run;
  return {
    ...rest,
    failOn,
    lang: flags.lang ?? file.lang ?? 'auto',
    ...(uiLang ? { uiLang } : {}),
    pseudonyms: [...(file.pseudonyms ?? []), ...flags.pseudonyms],
    ...(population !== undefined ? { population } : {}),
    ...(audience ? { audience } : {}),
    ...(file.employer ? { employer: true } : {}),
    ...(file.caseload ? { caseload: file.caseload } : {}),
    ...(file.ward ? { ward: file.ward } : {}),
    ...(policy.configFile ? { configFile: policy.configFile } : {}),
    ...(policy.allow ? { allow: policy.allow } : { allow: undefined }),
    target: flags.target ?? targetFor(failOn),
  };
}

/** The detectors of the rules this file's config leaves on. */
export const detectorsFor = (all: readonly Detector[], policy: FilePolicy): readonly Detector[] => (policy.off.size ? all.filter((d) => !policy.off.has(d.id)) : all);

/**
 * The settings and detectors for each input (a path, or none for --text and standard input):
 * 'ignored' when its config's `ignore` matches it, 'broken' when its config has a mistake, which
 * `broken` is told once per config.
 */
export function perInput<E extends { detectors: readonly Detector[] }>(resolver: ConfigResolver, run: CliConfig, flags: Flags, env: E, broken: (message: string) => void) {
  const told = new Set<string>();
  return async (path: string | undefined): Promise<{ config: CliConfig; env: E } | 'ignored' | 'broken'> => {
    try {
      const policy = await resolver.policy(path);
      if (policy.ignored) return 'ignored';
      return { config: settingsFor(run, flags, policy), env: { ...env, detectors: detectorsFor(env.detectors, policy) } };
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      if (!told.has(e.message)) broken(e.message);
      told.add(e.message);
      return 'broken';
    }
  };
}
