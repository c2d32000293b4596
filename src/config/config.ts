import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseJson } from './jsonc.js';
import { SettingError, validateConfig, type FileConfig } from './schema.js';

export type { AllowEntry, FileConfig } from './schema.js';

/**
 * The files a folder's config may be in, in the order they are looked for. package.json counts only
 * when it has a "herkenbaar" key. Comments are allowed in all but package.json.
 */
export const CONFIG_NAMES = ['.herkenbaarrc.json', '.herkenbaarrc', 'herkenbaar.config.json', 'package.json'];
const PACKAGE_KEY = 'herkenbaar';

export class ConfigError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
  }
}

/** Does this package.json hold a "herkenbaar" key? A package.json that is not JSON is not ours to judge. */
function packageHasConfig(file: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return typeof pkg === 'object' && pkg !== null && PACKAGE_KEY in pkg;
  } catch {
    return false;
  }
}

/** The config file of one folder, if it has one; two in one folder is an error (which one would be meant?). */
export function configIn(dir: string): string | undefined {
  const found = CONFIG_NAMES.map((name) => join(dir, name)).filter((f) => existsSync(f) && (basename(f) !== 'package.json' || packageHasConfig(f)));
  if (found.length > 1) {
    throw new ConfigError(found[1]!, `two config files in one folder (${found.map((f) => basename(f)).join(' and ')}${found.some((f) => basename(f) === 'package.json') ? ` with a "${PACKAGE_KEY}" key` : ''}); keep one`);
  }
  return found[0];
}

/** The nearest config file from `dir` up to the filesystem root, as ESLint and cspell look for theirs. */
export function findConfig(dir: string): string | undefined {
  let d = resolve(dir);
  for (;;) {
    const f = configIn(d);
    if (f) return f;
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/** Reads and validates a config file; any mistake is a ConfigError naming the file, the setting and the reason. */
export function loadConfig(file: string): FileConfig {
  const isPackage = basename(file) === 'package.json';
  let raw: unknown;
  try {
    raw = parseJson(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), !isPackage);
  } catch (e) {
    throw new ConfigError(file, e instanceof SyntaxError ? `not valid JSON (${e.message})` : (e as Error).message);
  }
  if (isPackage) {
    if (typeof raw !== 'object' || raw === null || !(PACKAGE_KEY in raw)) throw new ConfigError(file, `has no "${PACKAGE_KEY}" key`);
    raw = (raw as Record<string, unknown>)[PACKAGE_KEY];
  }
  try {
    return validateConfig(raw);
  } catch (e) {
    if (e instanceof SettingError) throw new ConfigError(file, isPackage ? `"${PACKAGE_KEY}": ${e.message}` : e.message);
    throw e;
  }
}
