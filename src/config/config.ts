import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LEVELS, type Level } from '../core/kinds.js';
import type { Lang } from '../core/types.js';
import type { Audience } from '../risk/estimate.js';

/** What a herkenbaar.config.json may say. Every field is optional; flags on the command line win. */
export interface FileConfig {
  failOn?: Level;
  lang?: Lang | 'auto';
  uiLang?: Lang;
  /** Names the team uses as pseudonyms: reported, never direct identifiers. */
  pseudonyms?: string[];
  /** Readers know the author's employer (true), or its name (also true): the employer scenario applies. */
  employer?: boolean | string;
  /** Clients per year of that employer (default 2,000, docs/risk-model.md §5.2). */
  caseload?: number;
  population?: number;
  audience?: Audience;
  /** The ward readers may know (docs/risk-model.md §5.3 defaults: 20 beds, stays of 30–59 days). */
  ward?: { beds?: number; stayDays?: [number, number] };
}

export const CONFIG_NAMES = ['herkenbaar.config.json', '.herkenbaarrc.json', '.herkenbaarrc'];

export class ConfigError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
  }
}

/** The nearest config file from `dir` up to the filesystem root, as ESLint and cspell look for theirs. */
export function findConfig(dir: string): string | undefined {
  let d = resolve(dir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const f = join(d, name);
      if (existsSync(f)) return f;
    }
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

const positive = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/** Reads and validates a config file; any mistake is a ConfigError naming the file and the field. */
export function loadConfig(file: string): FileConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigError(file, e instanceof SyntaxError ? `not valid JSON (${e.message})` : (e as Error).message);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError(file, 'must be a JSON object');
  const c = raw as Record<string, unknown>;
  const known = new Set(['$schema', 'failOn', 'lang', 'uiLang', 'pseudonyms', 'employer', 'caseload', 'population', 'audience', 'ward']);
  for (const key of Object.keys(c)) if (!known.has(key)) throw new ConfigError(file, `unknown setting '${key}' (known: ${[...known].filter((k) => k !== '$schema').join(', ')})`);
  const out: FileConfig = {};
  if (c['failOn'] !== undefined) {
    if (!LEVELS.includes(c['failOn'] as Level)) throw new ConfigError(file, `failOn must be one of ${LEVELS.join(', ')}`);
    out.failOn = c['failOn'] as Level;
  }
  if (c['lang'] !== undefined) {
    if (!['nl', 'en', 'auto'].includes(c['lang'] as string)) throw new ConfigError(file, 'lang must be nl, en or auto');
    out.lang = c['lang'] as Lang | 'auto';
  }
  if (c['uiLang'] !== undefined) {
    if (!['nl', 'en'].includes(c['uiLang'] as string)) throw new ConfigError(file, 'uiLang must be nl or en');
    out.uiLang = c['uiLang'] as Lang;
  }
  if (c['pseudonyms'] !== undefined) {
    if (!Array.isArray(c['pseudonyms']) || !c['pseudonyms'].every((p) => typeof p === 'string' && p.trim())) throw new ConfigError(file, 'pseudonyms must be a list of names');
    out.pseudonyms = c['pseudonyms'] as string[];
  }
  if (c['employer'] !== undefined) {
    if (typeof c['employer'] !== 'boolean' && typeof c['employer'] !== 'string') throw new ConfigError(file, 'employer must be true, false or the name of the organisation');
    out.employer = c['employer'] as boolean | string;
  }
  for (const key of ['caseload', 'population'] as const) {
    if (c[key] === undefined) continue;
    if (!positive(c[key])) throw new ConfigError(file, `${key} must be a positive number`);
    out[key] = c[key] as number;
  }
  if (c['audience'] !== undefined) {
    if (!['stranger', 'employer', 'insider'].includes(c['audience'] as string)) throw new ConfigError(file, 'audience must be stranger, employer or insider');
    out.audience = c['audience'] as Audience;
  }
  if (c['ward'] !== undefined) {
    const w = c['ward'] as Record<string, unknown>;
    if (typeof w !== 'object' || w === null) throw new ConfigError(file, 'ward must be an object like {"beds": 20, "stayDays": [30, 59]}');
    if (w['beds'] !== undefined && !positive(w['beds'])) throw new ConfigError(file, 'ward.beds must be a positive number');
    const stay = w['stayDays'];
    if (stay !== undefined && !(Array.isArray(stay) && stay.length === 2 && stay.every(positive) && (stay[0] as number) <= (stay[1] as number))) {
      throw new ConfigError(file, 'ward.stayDays must be [shortest, longest] in days, e.g. [30, 59]');
    }
    out.ward = { ...(w['beds'] !== undefined ? { beds: w['beds'] as number } : {}), ...(stay !== undefined ? { stayDays: stay as [number, number] } : {}) };
  }
  return out;
}
