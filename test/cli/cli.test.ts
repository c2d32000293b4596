import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTempDirs } from '../helpers.js';
import { root, runCli as run } from './run-cli.js';

// The CLI in-process (`run` from src/cli/main.ts), output captured. What needs a real process
// (exit status, standard input, the launcher, files left behind) is in process.test.ts.

const tempDir = useTempDirs('herkenbaar-cli-');
afterEach(() => {
  vi.unstubAllEnvs();
});

const RISKY = 'Vandaag komt een 45-jarige vrouw uit Kloetinge met schizofrenie op de afdeling.';
// A name with a title: anyone who reads it knows whom it is about.
const IDENTIFIED = 'Mevrouw Anna Jansen uit Kloetinge belde vandaag over haar opname.';
const HARMLESS = 'Wat een mooie dag voor een wandeling door het bos met een verse peer.';
const files = (stdout: string, dir?: string): string[] =>
  JSON.parse(stdout).results.map((x: { file: string }) => (dir ? relative(dir, x.file) : x.file));

describe('exit codes', () => {
  it('0 when nothing reaches --fail-on', async () => {
    const r = await run(['--text', HARMLESS]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Risico: geen/);
  });

  it('1 when a file reaches --fail-on (default medium)', async () => {
    const r = await run(['--text', RISKY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Kloetinge/);
    expect(r.stdout).toMatch(/verhoogd/);
  });

  it('--fail-on none never fails; --fail-on critical only on critical', async () => {
    expect((await run(['--text', RISKY, '--fail-on', 'none'])).code).toBe(0);
    expect((await run(['--text', 'Een 45-jarige vrouw uit Zeeland met schizofrenie kreeg een nieuwe behandeling.', '--fail-on', 'critical'])).code).toBe(0);
    expect((await run(['--text', RISKY, '--fail-on', 'critical'])).code).toBe(0);
    expect((await run(['--text', IDENTIFIED, '--fail-on', 'critical'])).code).toBe(1);
  });

  it('2 on a usage error, with one line on stderr and no stack trace', async () => {
    const r = await run(['--fail-on', 'sometimes', '--text', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--fail-on/);
    expect(r.stderr).not.toMatch(/at .*\.[jt]s/);
  });

  it('2 on an unknown option', async () => {
    const r = await run(['--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
  });

  it('2 on a missing file, naming it, while the other inputs are still checked', async () => {
    const dir = tempDir({ 'post.txt': RISKY });
    const r = await run([join(dir, 'nope.txt'), join(dir, 'post.txt'), '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.txt: no such file/);
    expect(files(r.stdout, dir)).toEqual(['post.txt']);
  });

  it('2 on an unreadable file, naming it, while the other inputs are still checked', async () => {
    const dir = tempDir({ 'unreadable-secret.txt': RISKY, 'post.txt': HARMLESS });
    // A read that fails whoever runs the tests (root reads a chmod 000 file): refused as the operating system would refuse it.
    const readFile = async (path: string): Promise<Uint8Array> => {
      if (path.endsWith('unreadable-secret.txt')) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
      return readFileSync(path);
    };
    const r = await run([join(dir, 'unreadable-secret.txt'), join(dir, 'post.txt'), '--format', 'json'], { readFile });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unreadable-secret\.txt: EACCES: permission denied/);
    expect(files(r.stdout, dir)).toEqual(['post.txt']);
  });

  it('writing the report to a file does not change the exit code', async () => {
    const dir = tempDir();
    const r = await run(['--text', RISKY, '-o', join(dir, 'out.json'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).summary.highest).toBe('medium');
  });

  it('2 when the report cannot be written (its folder is a file)', async () => {
    const dir = tempDir({ 'file.txt': 'x' });
    const r = await run(['--text', HARMLESS, '-o', join(dir, 'file.txt', 'out.json')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/out\.json: cannot write the report/);
  });
});

describe('inputs', () => {
  it('walks folders for text files, honouring .gitignore and skipping node_modules and .git', async () => {
    const dir = tempDir({
      'content/a.md': RISKY,
      'content/b.txt': HARMLESS,
      'content/c.js': RISKY,
      'content/drafts/old.md': RISKY,
      'content/.gitignore': 'drafts/\n',
      'node_modules/x/readme.md': RISKY,
      '.git/notes.txt': RISKY,
    });
    const r = await run([dir, '--format', 'json']);
    expect(files(r.stdout, dir).sort()).toEqual(['content/a.md', 'content/b.txt']);
  });

  it('checks a file named explicitly even if .gitignore excludes it or its extension is unusual', async () => {
    const dir = tempDir({ 'drafts/old.md': RISKY, '.gitignore': 'drafts/\n', 'note.log': RISKY });
    const r = await run([join(dir, 'drafts/old.md'), join(dir, 'note.log'), '--format', 'json']);
    expect(files(r.stdout, dir)).toEqual(['drafts/old.md', 'note.log']);
  });

  it('expands globs', async () => {
    const dir = tempDir({ 'content/a.md': RISKY, 'content/sub/b.md': HARMLESS, 'content/c.txt': RISKY });
    const r = await run([`${dir}/content/**/*.md`, '--format', 'json']);
    expect(files(r.stdout, dir).sort()).toEqual(['content/a.md', 'content/sub/b.md']);
  });

  it('decodes UTF-16 with a BOM and reports offsets into the decoded text', async () => {
    const text = 'Bel 06-12345678 vandaag.';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const dir = tempDir({ 'u16.txt': bytes });
    const f = JSON.parse((await run([join(dir, 'u16.txt'), '--format', 'json'])).stdout).results[0].findings[0];
    expect(f.kind).toBe('phone');
    expect(text.slice(f.start, f.end)).toBe('06-12345678');
  });

  it('a binary file a folder walk turns up is skipped with a warning, without failing; one named explicitly is exit 2', async () => {
    const dir = tempDir({ 'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]) });
    const walked = await run([dir, '--format', 'json']);
    expect(walked.code).toBe(0);
    expect(walked.stderr).toMatch(/image\.txt: .*binary/);
    expect(JSON.parse(walked.stdout).results).toEqual([]);
    const named = await run([join(dir, 'image.txt'), '--format', 'json']);
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/image\.txt: not checked: .*binary/);
  });

  it('reads invalid UTF-8 with a warning instead of crashing', async () => {
    const dir = tempDir({ 'bad.txt': Buffer.concat([Buffer.from('Mevrouw De Vries '), Buffer.from([0xc3, 0x28]), Buffer.from(' belde.')]) });
    const r = await run([join(dir, 'bad.txt'), '--format', 'json']);
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout).results[0].warnings[0]).toMatch(/UTF-8/);
    expect(r.stderr).toMatch(/bad\.txt: contains bytes that are not valid UTF-8/);
  });

  it('tells an invalid-UTF-8 warning on stderr, not inside the report for people', async () => {
    const dir = tempDir({ 'bad.txt': Buffer.concat([Buffer.from('Mevrouw De Vries '), Buffer.from([0xc3, 0x28]), Buffer.from(' belde.')]) });
    const r = await run([join(dir, 'bad.txt')]);
    expect(r.stderr).toMatch(/bad\.txt: contains bytes that are not valid UTF-8/);
    expect(r.stdout).not.toMatch(/UTF-8/);
  });

  it('with no input on a terminal prints help and exits 2', async () => {
    // A pseudo-terminal is not available in CI, so the TTY check is tested in-process.
    const r = await run([], { stdinIsTTY: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Usage: herkenbaar/);
    expect(r.stdout).toBe('');
  });

  it('a file in UTF-16 without a byte-order mark is read, not skipped', async () => {
    const dir = tempDir({ 'u16.txt': Buffer.from(RISKY, 'utf16le') });
    const r = await run([join(dir, 'u16.txt'), '--format', 'json']);
    expect(JSON.parse(r.stdout).results[0].risk.level).toBe('medium');
  });

  it('a folder without text files is reported, not passed silently (exit 2, like a glob that matches nothing)', async () => {
    const dir = tempDir({ 'src/app.js': 'x', 'notes.txt': HARMLESS });
    const r = await run([join(dir, 'src'), join(dir, 'notes.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/src: no text files/);
  });
});

describe('formats', () => {
  it('json follows schemaVersion 1 of docs/json-report.md', async () => {
    const r = await run(['--text', RISKY, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.tool).toEqual({ name: 'herkenbaar', version: expect.any(String) });
    const res = report.results[0];
    expect(res).toMatchObject({ file: '<text>', language: 'nl', pseudonym: false });
    expect(res.risk).toMatchObject({ level: 'medium', score: expect.any(Number), scenario: expect.any(String), explanation: expect.any(String) });
    expect(res.risk.expectedMatches).toEqual({ low: expect.any(Number), central: expect.any(Number), high: expect.any(Number) });
    const place = res.findings.find((f: { kind: string }) => f.kind === 'place');
    expect(place).toMatchObject({ identifier: 'quasi', text: 'Kloetinge', line: 1, rule: expect.stringMatching(/^place/), message: expect.any(String), suggestion: expect.any(String) });
    expect(RISKY.slice(place.start, place.end)).toBe('Kloetinge');
    expect(place.column).toBe(place.start + 1);
    expect(report.summary).toEqual({ files: 1, findings: res.findings.length, highest: 'medium', failed: 1 });
  });

  it('stylish groups per file with line:col, kind, text, advice and a verdict; no colour with NO_COLOR', async () => {
    const r = await run(['--text', RISKY], { stdoutIsTTY: true });
    expect(r.stdout).toMatch(/^<text>$/m);
    expect(r.stdout).toMatch(/1:\d+\s+place\s+Kloetinge\s+.*→ schrijf:/);
    expect(r.stdout).toMatch(/✖ Risico: verhoogd/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('colour on a terminal and with FORCE_COLOR; none when piped, or with --no-color', async () => {
    const colour = /\u001b\[/;
    const noEnv = { NO_COLOR: undefined };
    expect((await run(['--text', RISKY], { env: noEnv, stdoutIsTTY: true })).stdout).toMatch(colour);
    expect((await run(['--text', RISKY], { env: noEnv, stdoutIsTTY: false })).stdout).not.toMatch(colour);
    expect((await run(['--text', RISKY], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } })).stdout).toMatch(colour);
    expect((await run(['--text', RISKY, '--no-color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } })).stdout).not.toMatch(colour);
  });

  it('speaks English for English text, or as --ui-lang says', async () => {
    expect((await run(['--text', 'Yesterday a 45-year-old woman from Plymouth with schizophrenia was admitted to the ward.'])).stdout).toMatch(/Risk: medium/);
    expect((await run(['--text', RISKY, '--ui-lang', 'en'])).stdout).toMatch(/Risk: medium/);
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('--help shows usage and examples', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: herkenbaar/);
    expect(r.stdout).toMatch(/Examples:/);
    expect(r.stdout).toMatch(/Exit codes:/);
  });

  it('sarif 2.1.0 locates each finding and never repeats the matched words', async () => {
    const r = await run(['--text', RISKY, '--format', 'sarif']);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results;
    const place = results.find((x: { ruleId: string }) => x.ruleId === 'place');
    expect(place.locations[0].physicalLocation.region).toMatchObject({ startLine: 1, charOffset: RISKY.indexOf('Kloetinge'), charLength: 9 });
    expect(results.some((x: { ruleId: string; level: string }) => x.ruleId === 'risk' && x.level === 'error')).toBe(true);
    // The rules' descriptions quote made-up examples; the results never repeat the text's words.
    expect(JSON.stringify(results)).not.toMatch(/Kloetinge|schizofrenie|45-jarige/);
  });

  it('github prints workflow annotations without the matched words', async () => {
    const r = await run(['--text', RISKY, '--format', 'github']);
    expect(r.stdout).toMatch(/^::error file=<text>,line=1,col=\d+,endColumn=\d+,title=herkenbaar%3A place::/m);
    expect(r.stdout).not.toMatch(/Kloetinge|schizofrenie/);
    expect(r.code).toBe(1);
  });
});

describe('config file', () => {
  const PSEUDO = 'Anna is 45, woont in Kloetinge en heeft schizofrenie.';

  it('declared pseudonyms are not direct identifiers, and the report still says the details do the damage', async () => {
    const dir = tempDir({ 'herkenbaar.config.json': JSON.stringify({ pseudonyms: ['Anna'] }), 'post.txt': PSEUDO });
    const res = JSON.parse((await run([join(dir, 'post.txt'), '--format', 'json'], { cwd: dir })).stdout).results[0];
    expect(res.pseudonym).toBe(true);
    expect(res.findings.find((f: { kind: string }) => f.kind === 'name').pseudonym).toBe(true);
    expect(res.risk.scenario).not.toBe('direct');
    expect(res.risk.explanation).toMatch(/fictieve naam beschermt deze persoon niet/);
  });

  it('is found in a parent folder; --no-config ignores it; a flag beats it', async () => {
    const dir = tempDir({ '.herkenbaarrc.json': JSON.stringify({ failOn: 'none' }), 'sub/post.txt': RISKY });
    const sub = join(dir, 'sub');
    const post = join(sub, 'post.txt');
    expect((await run([post], { cwd: sub })).code).toBe(0);
    expect((await run([post, '--no-config'], { cwd: sub })).code).toBe(1);
    expect((await run([post, '--fail-on', 'medium'], { cwd: sub })).code).toBe(1);
  });

  it('a broken config is a clear error with exit 2', async () => {
    const bad = tempDir({ 'herkenbaar.config.json': '{ "failOn": "sometimes" }' });
    const r = await run(['--text', 'x'], { cwd: bad });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/herkenbaar\.config\.json: failOn must be one of/);
    const typo = tempDir({ 'herkenbaar.config.json': '{ "pseudonym": ["Anna"] }' });
    expect((await run(['--text', 'x'], { cwd: typo })).stderr).toMatch(/unknown setting 'pseudonym'/);
    const notJson = tempDir({ 'herkenbaar.config.json': '{ failOn: medium }' });
    expect((await run(['--text', 'x'], { cwd: notJson })).stderr).toMatch(/not valid JSON/);
  });

  it('employer: true makes the employer scenario apply', async () => {
    const text = 'Een 45-jarige vrouw met schizofrenie kreeg een nieuwe behandeling.';
    const without = JSON.parse((await run(['--text', text, '--format', 'json', '--no-config'])).stdout).results[0].risk;
    const dir = tempDir({ 'herkenbaar.config.json': JSON.stringify({ employer: 'GGZ Voorbeeld', caseload: 1500 }) });
    const withEmployer = JSON.parse((await run(['--text', text, '--format', 'json'], { cwd: dir })).stdout).results[0].risk;
    expect(without.scenario).toBe('stranger');
    expect(withEmployer.scenario).toBe('employer');
    // Colleagues who know the employer's clients are an audience of their own.
    const audiences = (risk: { audiences: Array<{ audience: string }> }) => risk.audiences.map((a) => a.audience);
    expect(audiences(without)).not.toContain('insiders');
    expect(audiences(withEmployer)).toContain('insiders');
  });
});

describe('fixes', () => {
  it('the report shows a suggested rewrite with the re-checked level and the estimate before and after', async () => {
    const r = await run(['--text', RISKY]);
    expect(r.stdout).toMatch(/Voorstel om te herschrijven \(opnieuw gecontroleerd: (laag|geen)\)/);
    expect(r.stdout).toMatch(/"Kloetinge" → /);
    expect(r.stdout).toMatch(/minder dan 1 persoon past → \d+ mensen passen/);
    // Each change names the readers it takes out of reach.
    expect(r.stdout).toMatch(/"Kloetinge" → [^\n]*· herkenbaar zonder deze wijziging voor: [^\n]*bekenden/);
  });

  it('a rewrite that leaves nothing describing a person says so, not a count of the widest audience\'s base', async () => {
    const r = await run(['--text', 'Gisteren is Louka opgenomen op de afdeling, na een val thuis.']);
    expect(r.stdout).toMatch(/→ geen detail meer dat iemand beschrijft/);
    expect(r.stdout).not.toMatch(/→ minder dan 1 persoon past/);
  });

  it('json says per change which audiences it takes out of reach', async () => {
    const res = JSON.parse((await run(['--text', RISKY, '--format', 'json'])).stdout).results[0];
    const audiences = new Set(['anyone', 'community', 'acquaintances', 'insiders']);
    const reach = res.fixes.changes.flatMap((c: { outOfReach?: string[] }) => c.outOfReach ?? []);
    expect(reach.length).toBeGreaterThan(0);
    expect(reach.every((a: string) => audiences.has(a))).toBe(true);
  });

  it('json carries the fixes with spans, replacements and the re-checked risk', async () => {
    const res = JSON.parse((await run(['--text', RISKY, '--format', 'json'])).stdout).results[0];
    expect(res.fixes.reached).toBe(true);
    expect(['low', 'none']).toContain(res.fixes.after.level);
    const place = res.fixes.changes.find((c: { kind: string }) => c.kind === 'place');
    expect(place.original).toBe('Kloetinge');
    expect(RISKY.slice(place.start, place.end)).toBe(place.original);
  });

  it('--fix prints the rewritten text, which passes a fresh check; the file is not touched', async () => {
    const dir = tempDir({ 'post.txt': RISKY });
    const r = await run([join(dir, 'post.txt'), '--fix']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toBe('');
    expect(r.stdout).not.toMatch(/Kloetinge|45-jarige/);
    expect(r.stderr).toMatch(/verhoogd → (laag|geen)/);
    expect(readFileSync(join(dir, 'post.txt'), 'utf8')).toBe(RISKY);
    expect((await run(['--text', r.stdout])).code).toBe(0);
  });

  it('--fix --write rewrites the file in place, keeping its mode', async () => {
    const dir = tempDir({ 'post.txt': RISKY });
    const post = join(dir, 'post.txt');
    chmodSync(post, 0o640);
    const r = await run([post, '--fix', '--write']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const after = readFileSync(post, 'utf8');
    expect(after).not.toMatch(/Kloetinge/);
    expect(after).toMatch(/schizofrenie/);
    expect(statSync(post).mode & 0o777).toBe(0o640);
    expect((await run([post])).code).toBe(0);
  });

  it('--fix --write never touches a file it cannot bring to the target, and says why (exit 1)', async () => {
    // Gender is never rewritten, so "none" cannot be reached for a text about a woman.
    const text = 'Een vrouw van in de veertig met depressie kwam langs.';
    const dir = tempDir({ 'post.txt': text });
    const r = await run([join(dir, 'post.txt'), '--fix', '--write', '--target', 'none']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/doel niet gehaald/);
    expect(readFileSync(join(dir, 'post.txt'), 'utf8')).toBe(text);
  });

  it('--write without --fix, or with --text, is a usage error', async () => {
    const alone = await run(['--write', '--text', RISKY]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/--write only works with --fix/);
    const text = await run(['--fix', '--write', '--text', RISKY]);
    expect(text.code).toBe(2);
    expect(text.stderr).toMatch(/--write needs files/);
  });

  it('--fix prints a harmless text unchanged, and so it does when every level is allowed', async () => {
    expect((await run(['--fix', '--text', HARMLESS])).stdout).toBe(HARMLESS);
    const r = await run(['--fix', '--fail-on', 'none', '--text', RISKY]);
    expect(r.stdout).toBe(RISKY);
    expect(r.code).toBe(0);
  });

  it('--fix -o writes the rewrite to the file', async () => {
    const dir = tempDir();
    const r = await run(['--fix', '--text', RISKY, '-o', join(dir, 'rewrite.txt')]);
    expect(r.stdout).toBe('');
    const rewrite = readFileSync(join(dir, 'rewrite.txt'), 'utf8');
    expect(rewrite).toMatch(/schizofrenie/);
    expect(rewrite).not.toMatch(/Kloetinge/);
  });
});

describe('--staged (git pre-commit)', () => {
  const git = (dir: string, ...args: string[]) => {
    const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e.st', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e.st' } });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };

  it('checks the staged content of staged text files, not the working tree, and nothing else', async () => {
    const dir = tempDir({ 'post.md': RISKY, 'other.md': RISKY, 'code.js': RISKY });
    git(dir, 'init', '-q');
    git(dir, 'add', 'post.md', 'code.js');
    writeFileSync(join(dir, 'post.md'), HARMLESS); // edited after staging: the commit would still hold RISKY
    const r = await run(['--staged', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout);
    expect(files(r.stdout)).toEqual(['post.md']);
    expect(report.results[0].risk.level).toBe('medium');
    expect(r.code).toBe(1);
  });

  it('outside a git repository is a clear error', async () => {
    const dir = tempDir();
    // git runs as a child of this worker and inherits its environment: no repository above `dir`.
    vi.stubEnv('GIT_CEILING_DIRECTORIES', dir);
    const r = await run(['--staged'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--staged:/);
  });
});
