import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers.js';
import { runCli as run } from './run-cli.js';

// Config discovery, the allow list, inline directives and the baseline, end to end in-process.

const tempDir = useTempDirs('herkenbaar-workflow-');

// medium: a date, an age, a gender, a small place and a diagnosis.
const CASE = 'Gisteren kwam een 52-jarige man uit Kloetinge met multiple sclerose bij ons op de afdeling.';
// critical: a full name.
const NAMED = 'Mijn collega Pieter de Vries uit Yerseke belde over zijn dochter.';
const PLAIN = 'Het weer was mooi en de koffie in de kantine smaakte goed.';

interface JsonFinding { kind: string; text: string; rule: string; line: number; suppression?: { kind: string; by: string; justification?: string; status?: string } }
interface JsonResult { file: string; findings: JsonFinding[]; suppressions?: JsonFinding[]; warnings?: string[]; risk: { level: string }; baseline?: { accepted: number; unreviewed: number } }
const json = async (args: string[], cwd?: string) => {
  const r = await run([...args, '--format', 'json'], cwd ? { cwd } : {});
  return { code: r.code, stderr: r.stderr, results: (r.stdout ? JSON.parse(r.stdout).results : []) as JsonResult[] };
};
const byFile = (results: JsonResult[], name: string) => results.find((r) => r.file.endsWith(name))!;

describe('--help', () => {
  it('names the new options', async () => {
    const help = (await run(['--help'])).stdout;
    for (const o of ['--no-inline-config', '--baseline <file>', '--baseline-write <file>', 'package.json "herkenbaar"']) expect(help).toContain(o);
  });
});

describe('config discovery', () => {
  it('each file gets its nearest config: one folder passes at failOn none, its sibling fails', async () => {
    const dir = tempDir({
      '.herkenbaarrc.json': '{\n  // the team default\n  "$schema": "./node_modules/herkenbaar/schema/herkenbaarrc.schema.json",\n  "failOn": "medium",\n}\n',
      'drafts/herkenbaar.config.json': '{ "failOn": "none" }',
      'drafts/a.md': CASE,
      'posts/b.md': CASE,
    });
    const both = await run([join(dir, 'drafts', 'a.md'), join(dir, 'posts', 'b.md')], { cwd: dir });
    expect(both.code).toBe(1);
    expect((await run([join(dir, 'drafts', 'a.md')], { cwd: dir })).code).toBe(0);
    expect((await run([join(dir, 'posts', 'b.md')], { cwd: dir })).code).toBe(1);
    // A flag beats every config.
    expect((await run([join(dir, 'drafts', 'a.md'), '--fail-on', 'low'], { cwd: dir })).code).toBe(1);
  });

  it('the "herkenbaar" key of package.json is a config; a package.json without it is not', async () => {
    const dir = tempDir({
      'package.json': JSON.stringify({ name: 'blog', herkenbaar: { pseudonyms: ['Pieter de Vries'] } }),
      'content/package.json': JSON.stringify({ name: 'content', private: true }),
      'content/post.md': NAMED,
    });
    const { results } = await json([join(dir, 'content', 'post.md')], dir);
    expect(results[0]!.findings.find((f) => f.kind === 'name')).toMatchObject({ text: 'Pieter de Vries' });
    expect(results[0]!.risk.level).not.toBe('critical');
    expect((await json([join(dir, 'content', 'post.md'), '--no-config'], dir)).results[0]!.risk.level).toBe('critical');
  });

  it('--config PATH applies to every file and no other config is looked for', async () => {
    const dir = tempDir({ 'team.json': '{ "failOn": "none" }', 'posts/.herkenbaarrc.json': '{ "failOn": "low" }', 'posts/b.md': CASE });
    expect((await run([join(dir, 'posts', 'b.md')], { cwd: dir })).code).toBe(1);
    expect((await run([join(dir, 'posts', 'b.md'), '--config', join(dir, 'team.json')], { cwd: dir })).code).toBe(0);
  });

  it('an unknown key or a bad value is exit 2, naming the file, the key and the reason', async () => {
    const typo = tempDir({ '.herkenbaarrc.json': '{ "alow": [] }' });
    const r = await run(['--text', PLAIN], { cwd: typo });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.herkenbaarrc\.json: unknown setting 'alow' \(known: failOn, .*allow, ignore, rules\)/);
    const badRule = tempDir({ 'herkenbaar.config.json': '{ "rules": { "gender": "disabled" } }' });
    expect((await run(['--text', PLAIN], { cwd: badRule })).stderr).toMatch(/rules\.gender must be "off" or "on"/);
    const badAllow = tempDir({ 'herkenbaar.config.json': '{ "allow": [{ "term": "Goes" }] }' });
    expect((await run(['--text', PLAIN], { cwd: badAllow })).stderr).toMatch(/allow\[0\]\.reason must say why/);
  });

  it('a broken config in a subfolder is exit 2 for its files, named once; the other files are still checked', async () => {
    const dir = tempDir({ 'bad/.herkenbaarrc.json': '{ "failOn": "sometimes" }', 'bad/a.md': CASE, 'bad/b.md': CASE, 'good/c.md': PLAIN });
    const r = await json([join(dir, 'bad'), join(dir, 'good')], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.match(/failOn must be one of/g)).toHaveLength(1);
    expect(r.results.map((x) => x.file)).toEqual([join(dir, 'good', 'c.md')]);
  });

  it('ignore: files matching its patterns are not checked, even when named', async () => {
    const dir = tempDir({ '.herkenbaarrc.json': '{ "ignore": ["drafts/**", "*.private.md"] }', 'drafts/a.md': CASE, 'posts/b.private.md': CASE, 'posts/c.md': PLAIN });
    const r = await json([dir, join(dir, 'drafts', 'a.md')], dir);
    expect(r.results.map((x) => x.file)).toEqual([join(dir, 'posts', 'c.md')]);
    expect(r.code).toBe(0);
  });

  it('rules: "off" switches a rule off for the files of that config', async () => {
    const dir = tempDir({ '.herkenbaarrc.json': '{ "rules": { "gender": "off", "date": "off" } }', 'a.md': CASE });
    const kinds = (await json([join(dir, 'a.md')], dir)).results[0]!.findings.map((f) => f.kind);
    expect(kinds).toEqual(['age', 'place', 'diagnosis']);
    expect((await json([join(dir, 'a.md'), '--no-config'], dir)).results[0]!.findings.map((f) => f.kind)).toContain('gender');
  });
});

describe('with --staged and --fix', () => {
  const git = (dir: string, ...args: string[]) => {
    const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };

  it('a hook honours the config of each staged file: ignore, allow, directives and the baseline', async () => {
    const dir = tempDir({
      '.herkenbaarrc.json': JSON.stringify({ ignore: ['drafts/**'], allow: [{ term: 'Pieter de Vries', reason: 'de woordvoerder' }] }),
      'drafts/a.md': CASE,
      'posts/b.md': NAMED,
      'posts/c.md': `<!-- herkenbaar-disable-file -->\n${CASE}`,
      'posts/d.md': CASE,
    });
    const base = join(dir, 'baseline.json');
    await run([join(dir, 'posts', 'd.md'), '--baseline-write', base], { cwd: dir });
    git(dir, 'init', '-q');
    git(dir, 'add', 'drafts/a.md', 'posts/b.md', 'posts/c.md', 'posts/d.md');
    const r = await json(['--staged', '--baseline', base], dir);
    expect(r.results.map((x) => x.file).sort()).toEqual(['posts/b.md', 'posts/c.md', 'posts/d.md']);
    expect(r.results.every((x) => x.findings.every((f) => f.kind !== 'name'))).toBe(true);
    expect(r.code).toBe(0);
    expect((await run(['--staged', '--baseline', base, '--no-inline-config'], { cwd: dir })).code).toBe(1);
  });

  it('--fix leaves a suppressed detail as it is', async () => {
    const dir = tempDir({ 'a.md': `<!-- herkenbaar-disable-next-line place -- kantoor -->\n${CASE}\n` });
    const r = await run([join(dir, 'a.md'), '--fix'], { cwd: dir });
    expect(r.stdout).toMatch(/Kloetinge/);
    expect(r.stdout).not.toMatch(/52-jarige/);
    expect(r.code).toBe(0);
  });
});

describe('allow list', () => {
  const allowIn = (allow: unknown[]) =>
    tempDir({ '.herkenbaarrc.json': JSON.stringify({ allow }), 'blog/a.md': CASE, 'cases/b.md': CASE, 'cases/c.md': NAMED });

  it('a term, per kind: accepted findings are listed with the reason and left out of the risk and the exit code', async () => {
    const dir = allowIn([{ term: 'pieter  de vries', kind: 'name', reason: 'de woordvoerder, die openbaar spreekt' }, { term: 'Yerseke', kind: 'age', reason: 'wrong kind: never matches' }]);
    const file = join(dir, 'cases', 'c.md');
    const before = await json([file, '--no-config'], dir);
    expect(before.results[0]!.risk.level).toBe('critical');
    expect(before.code).toBe(1);
    const r = await json([file], dir);
    const res = r.results[0]!;
    expect(res.findings.map((f) => f.text)).toEqual(['Yerseke', 'dochter']);
    expect(res.suppressions).toEqual([expect.objectContaining({ kind: 'name', text: 'Pieter de Vries', rule: 'name', suppression: { kind: 'external', by: 'allow', justification: 'de woordvoerder, die openbaar spreekt' } })]);
    expect(res.risk.level).toBe('low');
    expect(r.code).toBe(0);
  });

  it('per path: an entry with paths applies only to the files they match', async () => {
    const dir = allowIn([{ term: 'Kloetinge', paths: ['blog/**'], reason: 'de plaats van ons kantoor' }]);
    const { results } = await json([join(dir, 'blog', 'a.md'), join(dir, 'cases', 'b.md')], dir);
    expect(byFile(results, 'a.md').suppressions?.map((f) => f.text)).toEqual(['Kloetinge']);
    expect(byFile(results, 'b.md').suppressions).toBeUndefined();
    expect(byFile(results, 'b.md').findings.map((f) => f.kind)).toContain('place');
  });

  it('a regex must match the whole finding; "/…/i" literals take flags', async () => {
    const dir = allowIn([{ regex: '/^pieter de .+$/i', kind: 'name', reason: 'de woordvoerder, die openbaar spreekt' }, { regex: 'Yer', reason: 'only part of the word: never matches' }]);
    const res = (await json([join(dir, 'cases', 'c.md')], dir)).results[0]!;
    expect(res.suppressions?.map((f) => f.text)).toEqual(['Pieter de Vries']);
    expect(res.findings.map((f) => f.text)).toContain('Yerseke');
    expect(res.risk.level).not.toBe('critical');
  });

  it('SARIF lists an allowed finding with an external suppression and no reason (it may name the detail)', async () => {
    const dir = allowIn([{ term: 'Kloetinge', reason: 'Kloetinge is de plaats van ons kantoor' }]);
    const sarif = JSON.parse((await run([join(dir, 'blog', 'a.md'), '--format', 'sarif'], { cwd: dir })).stdout);
    const suppressed = sarif.runs[0].results.filter((x: { suppressions?: unknown }) => x.suppressions);
    expect(suppressed.map((x: { ruleId: string; suppressions: unknown }) => [x.ruleId, x.suppressions])).toEqual([['place', [{ kind: 'external', status: 'accepted' }]]]);
    expect(JSON.stringify(sarif)).not.toMatch(/Kloetinge/);
  });
});

describe('inline directives', () => {
  const TEXT = `# Casus\n\n<!-- herkenbaar-disable-next-line place -- de plaats van ons kantoor -->\n${CASE}\n\n<!-- herkenbaar-disable-next-line email -->\n${PLAIN}\n`;

  it('suppressed findings are listed in JSON; the unused directive is a warning; the exit code follows the rest', async () => {
    const dir = tempDir({ 'a.md': TEXT });
    const r = await json([join(dir, 'a.md')], dir);
    const res = r.results[0]!;
    expect(res.suppressions).toEqual([expect.objectContaining({ kind: 'place', line: 4, suppression: { kind: 'inSource', by: 'directive', line: 3, justification: 'de plaats van ons kantoor' } })]);
    expect(res.warnings).toEqual(["line 6: unused directive herkenbaar-disable-next-line email: no finding of 'email' on line 7 to suppress"]);
    expect(res.findings.map((f) => f.kind)).not.toContain('place');
    const stylish = await run([join(dir, 'a.md')], { cwd: dir });
    expect(stylish.stdout).toMatch(/niet gemeld: 1 geaccepteerd met een opmerking in de tekst/);
    expect(stylish.stdout).toMatch(/unused directive/);
  });

  it('SARIF gives a suppressed finding result.suppressions of kind inSource', async () => {
    const dir = tempDir({ 'a.html': `<p>${CASE}<!-- herkenbaar-disable-line --></p>` });
    const sarif = JSON.parse((await run([join(dir, 'a.html'), '--format', 'sarif'], { cwd: dir })).stdout);
    const results = sarif.runs[0].results as Array<{ ruleId: string; suppressions?: Array<{ kind: string }> }>;
    expect(results.filter((x) => x.ruleId !== 'risk').every((x) => x.suppressions?.[0]?.kind === 'inSource')).toBe(true);
    expect(results.some((x) => x.ruleId === 'risk')).toBe(false);
  });

  it('--no-inline-config ignores every directive: all findings count, nothing is called unused', async () => {
    const dir = tempDir({ 'a.txt': `<!-- herkenbaar-disable-file -->\n${CASE}` });
    const on = await json([join(dir, 'a.txt')], dir);
    expect(on.code).toBe(0);
    expect(on.results[0]!.findings).toEqual([]);
    const off = await json([join(dir, 'a.txt'), '--no-inline-config'], dir);
    expect(off.code).toBe(1);
    expect(off.results[0]!.suppressions).toBeUndefined();
    expect(off.results[0]!.warnings).toBeUndefined();
    expect(off.results[0]!.findings.map((f) => f.kind)).toEqual(['date', 'age', 'gender', 'place', 'diagnosis']);
  });
});

describe('baseline', () => {
  const setup = () => tempDir({ 'posts/a.md': CASE, 'posts/b.md': PLAIN, 'cases/c.md': NAMED });

  it('--baseline-write records file, rule and a salted hash: no text, no lines, sorted, mode 600, same bytes when nothing changed', async () => {
    const dir = setup();
    const base = join(dir, '.herkenbaar-baseline.json');
    const w = await run([dir, '--baseline-write', base], { cwd: dir });
    expect(w.code).toBe(0);
    expect(w.stdout).toBe('');
    expect(w.stderr).toMatch(/8 accepted findings in 2 files \(8 new; 8 not yet reviewed/);
    const content = readFileSync(base, 'utf8');
    const b = JSON.parse(content);
    expect(Object.keys(b)).toEqual(['version', 'salt', 'files']);
    expect(Object.keys(b.files)).toEqual(['cases/c.md', 'posts/a.md']);
    expect(b.files['posts/a.md'].map((e: { rule: string }) => e.rule)).toEqual(['age', 'date', 'diagnosis', 'gender', 'place']);
    expect(b.files['posts/a.md'].every((e: { hash: string; reviewed: boolean }) => /^[0-9a-f]{32}$/.test(e.hash) && e.reviewed === false)).toBe(true);
    expect(content).not.toMatch(/Kloetinge|52-jarige|Pieter|line|column|time|date"\s*:/i);
    expect(statSync(base).mode & 0o777).toBe(0o600);
    await run([dir, '--baseline-write', base], { cwd: dir });
    expect(readFileSync(base, 'utf8')).toBe(content);
  });

  it('--baseline reports only new findings: all accepted passes; a new detail fails, judged with the old ones', async () => {
    const dir = setup();
    const base = join(dir, 'baseline.json');
    await run([dir, '--baseline-write', base], { cwd: dir });
    const same = await json([dir, '--baseline', base], dir);
    expect(same.code).toBe(0);
    expect(same.results.every((r) => r.findings.length === 0)).toBe(true);
    expect(byFile(same.results, 'a.md').baseline).toEqual({ accepted: 5, unreviewed: 5 });
    expect(byFile(same.results, 'a.md').suppressions!.every((f) => f.suppression!.by === 'baseline' && f.suppression!.status === 'underReview')).toBe(true);
    // The level is still that of every detail.
    expect(byFile(same.results, 'a.md').risk.level).toBe('medium');
    expect((await run([dir, '--baseline', base], { cwd: dir })).stdout).toMatch(/niets nieuws sinds de baseline/);

    writeFileSync(join(dir, 'posts', 'a.md'), `${CASE}\nHij werkt als bakker in Wemeldinge.`);
    const added = await json([dir, '--baseline', base], dir);
    expect(byFile(added.results, 'a.md').findings.map((f) => f.text)).toEqual(expect.arrayContaining(['Wemeldinge']));
    expect(byFile(added.results, 'a.md').findings.map((f) => f.text)).not.toContain('Kloetinge');
    expect(added.code).toBe(1);
    // The hook never rewrites the baseline.
    expect(JSON.parse(readFileSync(base, 'utf8')).files['posts/a.md']).toHaveLength(5);
  });

  it('a changed text is a new finding; a moved line is not', async () => {
    const dir = setup();
    const base = join(dir, 'baseline.json');
    await run([dir, '--baseline-write', base], { cwd: dir });
    writeFileSync(join(dir, 'posts', 'a.md'), `Inleiding.\n\n${CASE}`);
    expect((await json([dir, '--baseline', base], dir)).code).toBe(0);
    writeFileSync(join(dir, 'posts', 'a.md'), CASE.replace('52-jarige', '53-jarige'));
    const changed = await json([dir, '--baseline', base], dir);
    expect(byFile(changed.results, 'a.md').findings.map((f) => f.text)).toEqual(['53-jarige']);
    expect(changed.code).toBe(1);
  });

  it('rewriting keeps the salt and reviewed: true, writes new entries as false, drops what is gone', async () => {
    const dir = setup();
    const base = join(dir, 'baseline.json');
    await run([dir, '--baseline-write', base], { cwd: dir });
    const first = JSON.parse(readFileSync(base, 'utf8'));
    for (const e of first.files['posts/a.md']) e.reviewed = true;
    writeFileSync(base, JSON.stringify(first, null, 2));
    writeFileSync(join(dir, 'posts', 'a.md'), CASE.replace('multiple sclerose', 'diabetes'));
    await run([dir, '--baseline-write', base], { cwd: dir });
    const second = JSON.parse(readFileSync(base, 'utf8'));
    expect(second.salt).toBe(first.salt);
    const a = second.files['posts/a.md'] as Array<{ rule: string; reviewed: boolean }>;
    expect(a.filter((e) => e.reviewed).map((e) => e.rule)).toEqual(['age', 'date', 'gender', 'place']);
    expect(a.filter((e) => !e.reviewed).map((e) => e.rule)).toEqual(['diagnosis']);
    expect(a).toHaveLength(5);
  });

  it('SARIF marks baseline findings as external, under review until reviewed', async () => {
    const dir = setup();
    const base = join(dir, 'baseline.json');
    await run([join(dir, 'posts', 'a.md'), '--baseline-write', base], { cwd: dir });
    const sarif = JSON.parse((await run([join(dir, 'posts', 'a.md'), '--baseline', base, '--format', 'sarif'], { cwd: dir })).stdout);
    const kinds = new Set(sarif.runs[0].results.filter((x: { ruleId: string }) => x.ruleId !== 'risk').map((x: { suppressions: unknown }) => JSON.stringify(x.suppressions)));
    expect([...kinds]).toEqual([JSON.stringify([{ kind: 'external', status: 'underReview' }])]);
    // The file's verdict is on record too: nothing new, so no open alert.
    expect(sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'risk').suppressions).toEqual([{ kind: 'external', status: 'accepted' }]);
    const github = await run([join(dir, 'posts', 'a.md'), '--baseline', base, '--format', 'github'], { cwd: dir });
    expect(github.stdout).toBe('');
    expect(github.code).toBe(0);
  });

  it('a missing or malformed baseline is exit 2, never an empty one; a hook cannot write one', async () => {
    const dir = setup();
    const missing = await run([dir, '--baseline', join(dir, 'nope.json')], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: no such baseline/);
    writeFileSync(join(dir, 'bad.json'), '{ "version": 1, "files": {} }');
    expect((await run([dir, '--baseline', join(dir, 'bad.json')], { cwd: dir })).stderr).toMatch(/not a herkenbaar baseline: salt/);
    const hook = await run(['--staged', '--baseline-write', join(dir, 'x.json')], { cwd: dir });
    expect(hook.code).toBe(2);
    expect(hook.stderr).toMatch(/a hook never rewrites the baseline/);
  });
});
