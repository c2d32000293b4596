import { DIRECT_KINDS, LEVELS, QUASI_KINDS, type Kind, type Level } from '../core/kinds.js';
import { isRuleId, RULE_IDS, type RuleId } from '../core/rule-ids.js';
import type { Lang } from '../core/types.js';
import type { Audience } from '../risk/estimate.js';

/**
 * One entry of `allow`: a detail the team has accepted, with the reason. `term` matches a finding
 * whose whole text is that term (case and runs of spaces aside); `regex` must match the whole text
 * of the finding. `kind`, `rule` and `paths` narrow where it applies.
 */
export interface AllowEntry {
  term?: string;
  regex?: string;
  kind?: Kind[];
  rule?: RuleId[];
  /** gitignore-style patterns, relative to the folder of the config file. */
  paths?: string[];
  reason: string;
}

/** What a config file may say. Every field is optional; flags on the command line win. */
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
  /** Details the team accepts: never reported, never counted in the risk. */
  allow?: AllowEntry[];
  /** gitignore-style patterns of files not to check, relative to the folder of the config file. */
  ignore?: string[];
  /** Rules by id: "off" switches a rule off, "on" (the default) leaves it on. */
  rules?: Partial<Record<RuleId, 'off' | 'on'>>;
}

/** The settings a config may hold, in the order the error message lists them. */
export const CONFIG_KEYS = ['failOn', 'lang', 'uiLang', 'pseudonyms', 'employer', 'caseload', 'population', 'audience', 'ward', 'allow', 'ignore', 'rules'] as const;
const ALLOW_KEYS = ['term', 'regex', 'kind', 'rule', 'paths', 'reason'] as const;
const KINDS: readonly string[] = [...DIRECT_KINDS, ...QUASI_KINDS];

/** A mistake in a config file: the setting it is about, and why. */
export class SettingError extends Error {}

const fail = (message: string): never => {
  throw new SettingError(message);
};
const positive = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** A string or a list of strings, as a list; each checked by `each`. */
function list(v: unknown, key: string, what: string, each: (s: string, key: string) => void = () => {}): string[] {
  const items = typeof v === 'string' ? [v] : Array.isArray(v) ? v : fail(`${key} must be ${what} or a list of them`);
  items.forEach((s, i) => {
    const k = typeof v === 'string' ? key : `${key}[${i}]`;
    if (!nonEmpty(s)) fail(`${k} must be ${what}`);
    each(s as string, k);
  });
  return items as string[];
}

/**
 * A regex as `allow` writes it: plain source ("^GGZ .+$"), or a literal with flags ("/^ggz .+$/i").
 * It is compiled to match a finding's whole text.
 */
export function compileAllowRegex(written: string): RegExp {
  const literal = /^\/(.*)\/([a-z]*)$/s.exec(written);
  const source = literal ? literal[1]! : written;
  const flags = literal ? literal[2]! : '';
  if (/[^imsuv]/.test(flags)) throw new SyntaxError(`flag '${flags.replace(/[imsuv]/g, '')[0]}' is not allowed (use i, m, s, u or v)`);
  return new RegExp(`^(?:${source})$`, flags.includes('u') || flags.includes('v') ? flags : `${flags}u`);
}

function allowEntry(v: unknown, key: string): AllowEntry {
  if (!isObject(v)) return fail(`${key} must be an object like {"term": "GGZ Voorbeeld", "reason": "our own organisation"}`);
  for (const k of Object.keys(v)) if (!(ALLOW_KEYS as readonly string[]).includes(k)) fail(`${key}: unknown setting '${k}' (known: ${ALLOW_KEYS.join(', ')})`);
  if ((v['term'] === undefined) === (v['regex'] === undefined)) fail(`${key} needs exactly one of "term" or "regex"`);
  if (!nonEmpty(v['reason'])) fail(`${key}.reason must say why this detail is accepted (a non-empty string)`);
  const out: AllowEntry = { reason: v['reason'] as string };
  if (v['term'] !== undefined) {
    if (!nonEmpty(v['term'])) fail(`${key}.term must be a non-empty string`);
    out.term = v['term'] as string;
  }
  if (v['regex'] !== undefined) {
    if (!nonEmpty(v['regex'])) fail(`${key}.regex must be a non-empty string`);
    try {
      compileAllowRegex(v['regex'] as string);
    } catch (e) {
      fail(`${key}.regex is not a valid regular expression: ${(e as Error).message}`);
    }
    out.regex = v['regex'] as string;
  }
  if (v['kind'] !== undefined) {
    out.kind = list(v['kind'], `${key}.kind`, 'a kind', (s, k) => {
      if (!KINDS.includes(s)) fail(`${k}: unknown kind '${s}' (known: ${KINDS.join(', ')})`);
    }) as Kind[];
  }
  if (v['rule'] !== undefined) {
    out.rule = list(v['rule'], `${key}.rule`, 'a rule id', (s, k) => {
      if (!isRuleId(s)) fail(`${k}: unknown rule '${s}' (herkenbaar rules lists them)`);
    }) as RuleId[];
  }
  if (v['paths'] !== undefined) out.paths = list(v['paths'], `${key}.paths`, 'a path pattern');
  return out;
}

/** Checks what a config file holds; any mistake is a SettingError naming the setting and the reason. */
export function validateConfig(raw: unknown): FileConfig {
  if (!isObject(raw)) return fail('must be a JSON object');
  const c = raw;
  for (const key of Object.keys(c)) {
    if (key !== '$schema' && !(CONFIG_KEYS as readonly string[]).includes(key)) fail(`unknown setting '${key}' (known: ${CONFIG_KEYS.join(', ')})`);
  }
  if (c['$schema'] !== undefined && typeof c['$schema'] !== 'string') fail('$schema must be a string (the path or address of the schema)');
  const out: FileConfig = {};
  if (c['failOn'] !== undefined) {
    if (!LEVELS.includes(c['failOn'] as Level)) fail(`failOn must be one of ${LEVELS.join(', ')}`);
    out.failOn = c['failOn'] as Level;
  }
  if (c['lang'] !== undefined) {
    if (!['nl', 'en', 'auto'].includes(c['lang'] as string)) fail('lang must be nl, en or auto');
    out.lang = c['lang'] as Lang | 'auto';
  }
  if (c['uiLang'] !== undefined) {
    if (!['nl', 'en'].includes(c['uiLang'] as string)) fail('uiLang must be nl or en');
    out.uiLang = c['uiLang'] as Lang;
  }
  if (c['pseudonyms'] !== undefined) {
    if (!Array.isArray(c['pseudonyms']) || !c['pseudonyms'].every(nonEmpty)) fail('pseudonyms must be a list of names');
    out.pseudonyms = c['pseudonyms'] as string[];
  }
  if (c['employer'] !== undefined) {
    if (typeof c['employer'] !== 'boolean' && typeof c['employer'] !== 'string') fail('employer must be true, false or the name of the organisation');
    out.employer = c['employer'] as boolean | string;
  }
  for (const key of ['caseload', 'population'] as const) {
    if (c[key] === undefined) continue;
    if (!positive(c[key])) fail(`${key} must be a positive number`);
    out[key] = c[key] as number;
  }
  if (c['audience'] !== undefined) {
    if (!['stranger', 'employer', 'insider'].includes(c['audience'] as string)) fail('audience must be stranger, employer or insider');
    out.audience = c['audience'] as Audience;
  }
  if (c['ward'] !== undefined) {
    const w = c['ward'];
    if (!isObject(w)) return fail('ward must be an object like {"beds": 20, "stayDays": [30, 59]}');
    for (const k of Object.keys(w)) if (k !== 'beds' && k !== 'stayDays') fail(`ward: unknown setting '${k}' (known: beds, stayDays)`);
    if (w['beds'] !== undefined && !positive(w['beds'])) fail('ward.beds must be a positive number');
    const stay = w['stayDays'];
    if (stay !== undefined && !(Array.isArray(stay) && stay.length === 2 && stay.every(positive) && (stay[0] as number) <= (stay[1] as number))) {
      fail('ward.stayDays must be [shortest, longest] in days, e.g. [30, 59]');
    }
    out.ward = { ...(w['beds'] !== undefined ? { beds: w['beds'] as number } : {}), ...(stay !== undefined ? { stayDays: stay as [number, number] } : {}) };
  }
  if (c['allow'] !== undefined) {
    if (!Array.isArray(c['allow'])) fail('allow must be a list of entries like {"term": "GGZ Voorbeeld", "reason": "our own organisation"}');
    out.allow = (c['allow'] as unknown[]).map((e, i) => allowEntry(e, `allow[${i}]`));
  }
  if (c['ignore'] !== undefined) {
    if (!Array.isArray(c['ignore'])) fail('ignore must be a list of path patterns, e.g. ["drafts/**", "*.generated.md"]');
    out.ignore = list(c['ignore'], 'ignore', 'a path pattern');
  }
  if (c['rules'] !== undefined) {
    const r = c['rules'];
    if (!isObject(r)) return fail('rules must be an object like {"gender": "off"}');
    const rules: Partial<Record<RuleId, 'off' | 'on'>> = {};
    for (const [id, value] of Object.entries(r)) {
      if (!isRuleId(id)) fail(`rules: unknown rule '${id}' (known: ${RULE_IDS.join(', ')})`);
      if (value !== 'off' && value !== 'on') fail(`rules.${id} must be "off" or "on"`);
      rules[id as RuleId] = value as 'off' | 'on';
    }
    out.rules = rules;
  }
  return out;
}
