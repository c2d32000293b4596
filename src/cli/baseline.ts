import { createHmac, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { normalizeTerm } from '../config/allow.js';
import type { RuleId } from '../core/rule-ids.js';
import type { FileResult, Finding, SuppressedFinding } from '../core/types.js';
import { parseJson } from '../config/jsonc.js';

/**
 * The baseline: findings a team has accepted in texts that already exist, so that a check reports
 * only what is new (`--baseline FILE`), as detect-secrets and gitleaks do. `--baseline-write FILE`
 * records the findings of a run. An entry is the file, the rule and a salted hash of the matched
 * text: never the text, no line numbers (an edit above a finding moves it), no timestamps (they make
 * every rewrite a merge conflict), in a stable order. The salt is random per baseline and kept in the
 * file, so the same text hashes alike across runs but not across baselines.
 *
 * `reviewed`: a new entry is written `false` ("recorded, not yet reviewed"), as detect-secrets leaves
 * new secrets unaudited; a person sets it to `true` after reading the finding. Both kinds are
 * accepted by `--baseline`; the report tells them apart (SARIF status accepted / underReview) and
 * counts the unreviewed. Rewriting the baseline keeps the `reviewed` of every entry that is still
 * found, and the salt.
 *
 * The risk: a reader combines every detail, old and new. So a finding the baseline holds is not
 * reported, and a file whose findings are all in the baseline passes; but the level is still that of
 * all the details, and a file with one new finding fails when all of them together reach --fail-on.
 */

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  rule: RuleId;
  hash: string;
  reviewed: boolean;
}

export interface Baseline {
  salt: string;
  /** Per file, relative to the baseline's folder with forward slashes. */
  files: Map<string, BaselineEntry[]>;
}

export class BaselineError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
  }
}

/**
 * The salted hash of a matched text in a file: HMAC-SHA-256 keyed by the salt, of the file's key and
 * the text with case and runs of spaces aside. With the key in it, the same detail in two files
 * hashes differently, so the baseline does not tell which files share one.
 */
export const hashText = (salt: string, key: string, text: string): string => createHmac('sha256', salt).update(`${key}\0${normalizeTerm(text)}`).digest('hex').slice(0, 32);

/** A file's key in a baseline: its path from the baseline's folder. --text and standard input have none. */
export function baselineKey(baselineFile: string, cwd: string, file: string): string | undefined {
  if (file === '<text>' || file === '<stdin>') return undefined;
  return relative(dirname(resolve(cwd, baselineFile)), resolve(cwd, file)).split(sep).join('/');
}

/** Reads a baseline; a missing or malformed one is a BaselineError (exit 2), never an empty baseline. */
export function readBaseline(path: string): Baseline {
  let raw: unknown;
  try {
    raw = parseJson(fs.readFileSync(path, 'utf8'), false);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BaselineError(path, code === 'ENOENT' ? 'no such baseline (write one with --baseline-write)' : e instanceof SyntaxError ? `not valid JSON (${e.message})` : (e as Error).message);
  }
  const bad = (why: string): never => {
    throw new BaselineError(path, `not a herkenbaar baseline: ${why}`);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return bad('must be a JSON object');
  const b = raw as Record<string, unknown>;
  if (b['version'] !== BASELINE_VERSION) bad(`version must be ${BASELINE_VERSION}`);
  if (typeof b['salt'] !== 'string' || !/^[0-9a-f]{16,}$/.test(b['salt'])) bad('salt must be a hex string');
  const files = b['files'];
  if (typeof files !== 'object' || files === null || Array.isArray(files)) return bad('files must be an object of file paths');
  const out = new Map<string, BaselineEntry[]>();
  for (const [file, entries] of Object.entries(files)) {
    if (!Array.isArray(entries)) bad(`files["${file}"] must be a list`);
    out.set(
      file,
      (entries as unknown[]).map((e, i) => {
        const x = e as Record<string, unknown>;
        const where = `files["${file}"][${i}]`;
        if (typeof x !== 'object' || x === null) bad(`${where} must be an object`);
        // A rule a later version no longer has is kept as it is: it matches nothing.
        if (typeof x['rule'] !== 'string') bad(`${where}.rule must be a rule id`);
        if (typeof x['hash'] !== 'string' || !/^[0-9a-f]+$/.test(x['hash'])) bad(`${where}.hash must be a hex string`);
        if (typeof x['reviewed'] !== 'boolean') bad(`${where}.reviewed must be true or false`);
        return { rule: x['rule'] as RuleId, hash: x['hash'] as string, reviewed: x['reviewed'] as boolean };
      }),
    );
  }
  return { salt: b['salt'] as string, files: out };
}

/**
 * Moves the findings the baseline holds for this file out of `findings` into `suppressed`. The risk
 * is left as it is: it is the risk of every detail in the text.
 */
export function applyBaseline(result: FileResult, baseline: Baseline, key: string | undefined): FileResult {
  const entries = new Map((key ? baseline.files.get(key) ?? [] : []).map((e) => [`${e.rule}\0${e.hash}`, e]));
  const findings: Finding[] = [];
  const accepted: SuppressedFinding[] = [];
  let unreviewed = 0;
  for (const f of result.findings) {
    const entry = entries.size ? entries.get(`${f.rule}\0${hashText(baseline.salt, key!, f.text)}`) : undefined;
    if (!entry) {
      findings.push(f);
      continue;
    }
    if (!entry.reviewed) unreviewed++;
    accepted.push({ ...f, suppression: { kind: 'external', by: 'baseline', status: entry.reviewed ? 'accepted' : 'underReview' } });
  }
  const suppressed = [...(result.suppressed ?? []), ...accepted].sort((a, b) => a.start - b.start || a.end - b.end);
  return { ...result, findings, ...(suppressed.length ? { suppressed } : {}), baseline: { accepted: accepted.length, unreviewed } };
}

/**
 * The baseline after a run: every reported finding of the files checked, each (rule, hash) once;
 * `reviewed` kept from the previous baseline where the entry was there, `false` where it is new.
 * Files not checked in this run keep their entries while they exist (`exists`, relative to the
 * baseline's folder).
 */
export function recordBaseline(checked: ReadonlyArray<{ key: string; findings: readonly Finding[] }>, previous: Baseline | undefined, exists: (key: string) => boolean): { baseline: Baseline; added: number } {
  const salt = previous?.salt ?? randomBytes(16).toString('hex');
  const files = new Map<string, BaselineEntry[]>();
  let added = 0;
  for (const { key, findings } of checked) {
    const before = new Map((previous?.files.get(key) ?? []).map((e) => [`${e.rule}\0${e.hash}`, e]));
    const entries = files.get(key) ?? [];
    const seen = new Set(entries.map((e) => `${e.rule}\0${e.hash}`));
    for (const f of findings) {
      const hash = hashText(salt, key, f.text);
      const id = `${f.rule}\0${hash}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const old = before.get(id);
      if (!old) added++;
      entries.push({ rule: f.rule, hash, reviewed: old?.reviewed ?? false });
    }
    files.set(key, entries);
  }
  for (const [key, entries] of previous?.files ?? []) if (!files.has(key) && exists(key)) files.set(key, entries);
  for (const [key, entries] of files) if (entries.length === 0) files.delete(key);
  return { baseline: { salt, files }, added };
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The file's text: one entry per line, files and entries sorted, so a change touches only its own lines. */
export function serializeBaseline(b: Baseline): string {
  const keys = [...b.files.keys()].sort(byKey);
  const lines = ['{', `  "version": ${BASELINE_VERSION},`, `  "salt": ${JSON.stringify(b.salt)},`];
  if (keys.length === 0) lines.push('  "files": {}');
  else {
    lines.push('  "files": {');
    keys.forEach((key, i) => {
      const entries = [...b.files.get(key)!].sort((x, y) => byKey(x.rule, y.rule) || byKey(x.hash, y.hash));
      lines.push(`    ${JSON.stringify(key)}: [`);
      entries.forEach((e, j) => lines.push(`      { "rule": ${JSON.stringify(e.rule)}, "hash": ${JSON.stringify(e.hash)}, "reviewed": ${e.reviewed} }${j < entries.length - 1 ? ',' : ''}`));
      lines.push(`    ]${i < keys.length - 1 ? ',' : ''}`);
    });
    lines.push('  }');
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}

/**
 * Writes the baseline atomically: a temporary file beside the target (mode 600: it says which files
 * hold which kinds of detail), flushed, then renamed over it. On failure the old baseline stays.
 */
export function writeBaselineAtomic(path: string, content: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.herkenbaar-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', 0o600);
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** --baseline's baseline, and the one --baseline-write rewrites (its salt and `reviewed` are kept), if it exists. */
export function readRunBaselines(config: { baseline?: string; baselineWrite?: string }, cwd: string): { baseline?: Baseline; previous?: Baseline } {
  const write = config.baselineWrite ? resolve(cwd, config.baselineWrite) : undefined;
  return {
    ...(config.baseline ? { baseline: readBaseline(resolve(cwd, config.baseline)) } : {}),
    ...(write && fs.existsSync(write) ? { previous: readBaseline(write) } : {}),
  };
}

/** `--baseline-write FILE`: records the run's files (not --text or standard input) and says what it wrote. */
export function writeRunBaseline(path: string, results: readonly FileResult[], previous: Baseline | undefined, cwd: string): string {
  const checked = results.flatMap((r) => {
    const key = baselineKey(path, cwd, r.file);
    return key === undefined ? [] : [{ key, findings: r.findings }];
  });
  const dir = dirname(resolve(cwd, path));
  const { baseline, added } = recordBaseline(checked, previous, (key) => fs.existsSync(join(dir, key)));
  writeBaselineAtomic(resolve(cwd, path), serializeBaseline(baseline));
  const entries = [...baseline.files.values()].reduce((n, e) => n + e.length, 0);
  const unreviewed = [...baseline.files.values()].reduce((n, e) => n + e.filter((x) => !x.reviewed).length, 0);
  const files = baseline.files.size;
  return `${entries} accepted ${entries === 1 ? 'finding' : 'findings'} in ${files} ${files === 1 ? 'file' : 'files'} (${added} new; ${unreviewed} not yet reviewed: set "reviewed": true once a person has read them)`;
}
