import type { Level } from '../core/kinds.js';
import type { Lang } from '../core/types.js';
import type { FileConfig } from '../config/schema.js';
import type { FilePolicy } from '../config/discover.js';
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
