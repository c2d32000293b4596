import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, findConfig, loadConfig } from '../../src/config/config.js';
import { ConfigResolver } from '../../src/config/discover.js';
import { parseJson, stripJsonComments } from '../../src/config/jsonc.js';
import { CONFIG_KEYS, SettingError, validateConfig } from '../../src/config/schema.js';
import { DIRECT_KINDS, LEVELS, QUASI_KINDS } from '../../src/core/kinds.js';
import { RULE_IDS } from '../../src/core/rule-ids.js';
import type { Finding } from '../../src/core/types.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs('herkenbaar-config-');
const root = join(import.meta.dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'schema', 'herkenbaarrc.schema.json'), 'utf8'));

describe('JSON with comments', () => {
  it('drops // and /* */ comments and trailing commas, but not inside strings', () => {
    const src = '{\n  // the team\n  "a": "http://x/*y*/", /* one\n two */ "b": [1, 2,],\n}';
    expect(parseJson(src, true)).toEqual({ a: 'http://x/*y*/', b: [1, 2] });
    expect(stripJsonComments('"a\\"//b" // c')).toBe('"a\\"//b"     ');
  });

  it('keeps lines, so an error points at the right one; plain JSON stays strict', () => {
    expect(stripJsonComments('{\n/* a\nb */ "x": 1 // c\n}').split('\n')).toHaveLength(4);
    expect(() => parseJson('{\n// x\n"a": }', true)).toThrow(SyntaxError);
    expect(() => parseJson('{ "a": 1, }', false)).toThrow(SyntaxError);
    expect(() => parseJson('{ "a": 1 // no\n}', false)).toThrow(SyntaxError);
  });
});

describe('validateConfig', () => {
  const bad = (raw: unknown) => {
    try {
      validateConfig(raw);
    } catch (e) {
      expect(e).toBeInstanceOf(SettingError);
      return (e as Error).message;
    }
    throw new Error('accepted');
  };

  it('accepts every setting, allow entries in both forms, ignore and rules', () => {
    const c = validateConfig({
      $schema: './node_modules/herkenbaar/schema/herkenbaarrc.schema.json',
      failOn: 'high',
      allow: [
        { term: 'GGZ Voorbeeld', reason: 'our own organisation' },
        { regex: '/^dr\\. [a-z]+$/i', kind: 'name', paths: 'blog/**', reason: 'public speakers' },
        { term: 'Goes', kind: ['place'], rule: 'place', reason: 'the office' },
      ],
      ignore: ['drafts/**'],
      rules: { gender: 'off', place: 'on' },
    });
    expect(c.allow![1]).toEqual({ regex: '/^dr\\. [a-z]+$/i', kind: ['name'], paths: ['blog/**'], reason: 'public speakers' });
    expect(c.rules).toEqual({ gender: 'off', place: 'on' });
    expect(c.ignore).toEqual(['drafts/**']);
  });

  it('names the key and the reason of every mistake', () => {
    expect(bad({ failon: 'high' })).toMatch(/unknown setting 'failon'/);
    expect(bad({ failOn: 'sometimes' })).toMatch(/^failOn must be one of none, low/);
    expect(bad({ allow: [{ term: 'Goes' }] })).toMatch(/^allow\[0\]\.reason must say why/);
    expect(bad({ allow: [{ term: 'Goes', regex: 'x', reason: 'r' }] })).toMatch(/^allow\[0\] needs exactly one of "term" or "regex"/);
    expect(bad({ allow: [{ reason: 'r' }] })).toMatch(/exactly one of/);
    expect(bad({ allow: [{ regex: '(unclosed', reason: 'r' }] })).toMatch(/^allow\[0\]\.regex is not a valid regular expression/);
    expect(bad({ allow: [{ regex: '/x/g', reason: 'r' }] })).toMatch(/flag 'g' is not allowed/);
    expect(bad({ allow: [{ term: 'Goes', kind: 'plaats', reason: 'r' }] })).toMatch(/^allow\[0\]\.kind: unknown kind 'plaats'/);
    expect(bad({ allow: [{ term: 'Goes', kind: ['place', 'stad'], reason: 'r' }] })).toMatch(/^allow\[0\]\.kind\[1\]: unknown kind 'stad'/);
    expect(bad({ allow: [{ term: 'Goes', rule: 'city', reason: 'r' }] })).toMatch(/^allow\[0\]\.rule: unknown rule 'city'/);
    expect(bad({ allow: [{ term: 'Goes', reason: 'r', path: 'x' }] })).toMatch(/^allow\[0\]: unknown setting 'path'/);
    expect(bad({ allow: { term: 'Goes' } })).toMatch(/^allow must be a list/);
    expect(bad({ ignore: 'drafts/**' })).toMatch(/^ignore must be a list/);
    expect(bad({ ignore: [''] })).toMatch(/^ignore\[0\] must be a path pattern/);
    expect(bad({ rules: { geslacht: 'off' } })).toMatch(/^rules: unknown rule 'geslacht'/);
    expect(bad({ rules: { gender: false } })).toMatch(/^rules\.gender must be "off" or "on"/);
    expect(bad({ ward: { bedden: 3 } })).toMatch(/^ward: unknown setting 'bedden'/);
    expect(bad([])).toMatch(/must be a JSON object/);
  });
});

/** Just enough of JSON Schema draft-07 to run the shipped schema: what it uses, nothing more. */
function schemaErrors(s: Record<string, unknown>, v: unknown, at = '$'): string[] {
  const errs: string[] = [];
  const type = (x: unknown) => (Array.isArray(x) ? 'array' : x === null ? 'null' : typeof x);
  if (s['enum'] && !(s['enum'] as unknown[]).includes(v)) errs.push(`${at}: not in enum`);
  if (s['type']) {
    const types = ([] as string[]).concat(s['type'] as string);
    if (!types.includes(type(v))) return [...errs, `${at}: not ${types.join('|')}`];
  }
  if (typeof v === 'string') {
    if (s['minLength'] !== undefined && v.length < (s['minLength'] as number)) errs.push(`${at}: too short`);
    if (s['pattern'] && !new RegExp(s['pattern'] as string, 'u').test(v)) errs.push(`${at}: pattern`);
  }
  if (typeof v === 'number' && s['exclusiveMinimum'] !== undefined && !(v > (s['exclusiveMinimum'] as number))) errs.push(`${at}: not above minimum`);
  if (Array.isArray(v)) {
    if (s['minItems'] !== undefined && v.length < (s['minItems'] as number)) errs.push(`${at}: too few`);
    if (s['maxItems'] !== undefined && v.length > (s['maxItems'] as number)) errs.push(`${at}: too many`);
    if (s['items']) v.forEach((x, i) => errs.push(...schemaErrors(s['items'] as Record<string, unknown>, x, `${at}[${i}]`)));
  }
  if (type(v) === 'object') {
    const o = v as Record<string, unknown>;
    const props = (s['properties'] ?? {}) as Record<string, Record<string, unknown>>;
    for (const r of (s['required'] as string[] | undefined) ?? []) if (!(r in o)) errs.push(`${at}: ${r} required`);
    for (const [k, x] of Object.entries(o)) {
      if (props[k]) errs.push(...schemaErrors(props[k]!, x, `${at}.${k}`));
      else if (s['additionalProperties'] === false) errs.push(`${at}: ${k} not allowed`);
    }
  }
  if (s['oneOf']) {
    const ok = (s['oneOf'] as Array<Record<string, unknown>>).filter((alt) => schemaErrors(alt, v, at).length === 0).length;
    if (ok !== 1) errs.push(`${at}: ${ok} of oneOf`);
  }
  return errs;
}

describe('the shipped JSON Schema', () => {
  it('lists exactly the settings, kinds, rule ids and levels the code knows', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(['$schema', ...CONFIG_KEYS].sort());
    expect(Object.keys(schema.properties.rules.properties)).toEqual([...RULE_IDS]);
    expect(schema.properties.allow.items.properties.kind.oneOf[0].enum).toEqual([...DIRECT_KINDS, ...QUASI_KINDS]);
    expect(schema.properties.failOn.enum).toEqual([...LEVELS]);
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).files).toContain('schema');
  });

  const accepts = (raw: unknown) => {
    try {
      validateConfig(raw);
      return true;
    } catch {
      return false;
    }
  };

  it('agrees with the validator on configs good and bad', () => {
    const cases: unknown[] = [
      {},
      { failOn: 'low', pseudonyms: ['Anna'], employer: 'GGZ', caseload: 10, ward: { beds: 12, stayDays: [5, 9] } },
      { allow: [{ term: 'Goes', reason: 'office' }, { regex: 'x', kind: ['age', 'date'], rule: 'age', paths: ['a/**'], reason: 'r' }] },
      { rules: { gender: 'off' } },
      { ignore: ['*.tmp.md'] },
      { failOn: 'sometimes' },
      { pseudonyms: [''] },
      { caseload: 0 },
      { ward: { beds: 2, stayDays: [1] } },
      { allow: [{ term: 'Goes' }] },
      { allow: [{ term: 'Goes', regex: 'x', reason: 'r' }] },
      { allow: [{ reason: 'r' }] },
      { allow: [{ term: 'Goes', kind: 'stad', reason: 'r' }] },
      { allow: [{ term: 'Goes', reason: ' ' }] },
      { allow: [{ term: 'Goes', reason: 'r', extra: 1 }] },
      { rules: { stad: 'off' } },
      { rules: { gender: 'warn' } },
      { ignore: [3] },
      { unknown: true },
    ];
    for (const c of cases) expect({ c, schema: schemaErrors(schema, c).length === 0 }).toEqual({ c, schema: accepts(c) });
  });
});

describe('finding the config', () => {
  it('the nearest folder wins; package.json counts only with a "herkenbaar" key', () => {
    const dir = tempDir({
      'package.json': JSON.stringify({ name: 'site', herkenbaar: { failOn: 'high' } }),
      'posts/.herkenbaarrc.json': '{ "failOn": "low" }',
      'posts/deep/x.md': '',
      'other/package.json': JSON.stringify({ name: 'other' }),
      'other/y.md': '',
    });
    expect(findConfig(join(dir, 'posts', 'deep'))).toBe(join(dir, 'posts', '.herkenbaarrc.json'));
    expect(findConfig(join(dir, 'other'))).toBe(join(dir, 'package.json'));
    expect(loadConfig(join(dir, 'package.json'))).toEqual({ failOn: 'high' });
  });

  it('two configs in one folder is an error naming both', () => {
    const dir = tempDir({ '.herkenbaarrc.json': '{}', 'herkenbaar.config.json': '{}' });
    expect(() => findConfig(dir)).toThrow(ConfigError);
    expect(() => findConfig(dir)).toThrow(/two config files in one folder \(\.herkenbaarrc\.json and herkenbaar\.config\.json\)/);
    const pkg = tempDir({ '.herkenbaarrc.json': '{}', 'package.json': '{ "herkenbaar": {} }' });
    expect(() => findConfig(pkg)).toThrow(/with a "herkenbaar" key/);
  });

  it('a mistake in package.json names the key it is under', () => {
    const dir = tempDir({ 'package.json': JSON.stringify({ herkenbaar: { failOn: 'never' } }) });
    expect(() => loadConfig(join(dir, 'package.json'))).toThrow(/package\.json: "herkenbaar": failOn must be one of/);
  });

  it('the resolver gives each file its own policy: ignore, allow per path, rules off', async () => {
    const dir = tempDir({
      '.herkenbaarrc.json': JSON.stringify({
        ignore: ['drafts/**'],
        allow: [{ term: 'Goes', paths: ['blog/**'], reason: 'office' }, { term: 'GGZ Voorbeeld', reason: 'us' }],
        rules: { gender: 'off', age: 'on' },
      }),
      'sub/herkenbaar.config.json': '{ "failOn": "none" }',
    });
    const r = new ConfigResolver({ kind: 'nearest' }, dir);
    const finding = (text: string) => ({ text, kind: 'place', rule: 'place' }) as Finding;
    const blog = await r.policy('blog/post.md');
    expect(blog.ignored).toBe(false);
    expect(blog.allow!(finding('goes'))).toBe('office');
    expect(blog.allow!(finding('Goes aan Zee'))).toBeUndefined();
    expect([...blog.off]).toEqual(['gender']);
    const news = await r.policy('news/post.md');
    expect(news.allow!(finding('Goes'))).toBeUndefined();
    expect(news.allow!(finding('GGZ  voorbeeld'))).toBe('us');
    expect((await r.policy('drafts/a/b.md')).ignored).toBe(true);
    // The nearest config is the whole config: nothing of the parent's applies in sub/.
    const sub = await r.policy('sub/post.md');
    expect(sub.config).toEqual({ failOn: 'none' });
    expect(sub.allow).toBeUndefined();
    expect(sub.off.size).toBe(0);
    // --text and standard input: the working directory's.
    expect((await r.policy()).configFile).toBe(join(dir, '.herkenbaarrc.json'));
    // --config: one file for all; --no-config: none.
    expect((await new ConfigResolver({ kind: 'explicit', file: join(dir, 'sub', 'herkenbaar.config.json') }, dir).policy('blog/x.md')).config).toEqual({ failOn: 'none' });
    expect((await new ConfigResolver({ kind: 'none' }, dir).policy('blog/x.md')).configFile).toBeUndefined();
  });
});
