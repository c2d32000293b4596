import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// End-to-end: spawn the built CLI as a user would (npm test builds first).
const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'herkenbaar.js');

function run(args: string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const res = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

function tempDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'herkenbaar-e2e-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const RISKY = 'Vandaag komt een 45-jarige vrouw uit Kloetinge met schizofrenie op de afdeling.';
const HARMLESS = 'Wat een mooie dag voor een wandeling door het bos met een verse peer.';

describe('exit codes', () => {
  it('0 when nothing reaches --fail-on', () => {
    const r = run(['--text', HARMLESS]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Risico: geen/);
  });

  it('1 when a file reaches --fail-on (default medium)', () => {
    const r = run(['--text', RISKY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Kloetinge/);
    expect(r.stdout).toMatch(/kritiek/);
  });

  it('--fail-on none never fails; --fail-on critical only on critical', () => {
    expect(run(['--text', RISKY, '--fail-on', 'none']).code).toBe(0);
    expect(run(['--text', 'Een 45-jarige vrouw uit Zeeland met schizofrenie kreeg een nieuwe behandeling.', '--fail-on', 'critical']).code).toBe(0);
    expect(run(['--text', RISKY, '--fail-on', 'critical']).code).toBe(1);
  });

  it('2 on a usage error, with one line on stderr and no stack trace', () => {
    const r = run(['--fail-on', 'sometimes', '--text', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--fail-on/);
    expect(r.stderr).not.toMatch(/at .*\.js/);
  });

  it('2 on an unknown option', () => {
    const r = run(['--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
  });

  it('2 on a missing file, naming it, while the other inputs are still checked', () => {
    const dir = tempDir({ 'post.txt': RISKY });
    const r = run(['nope.txt', 'post.txt', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.txt: no such file/);
    const report = JSON.parse(r.stdout);
    expect(report.results.map((x: { file: string }) => x.file)).toEqual(['post.txt']);
  });

  it('2 on an unreadable file', () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const dir = tempDir({ 'secret.txt': RISKY });
    chmodSync(join(dir, 'secret.txt'), 0o000);
    const r = run(['secret.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/secret\.txt/);
  });

  it('writing the report to a file does not change the exit code', () => {
    const dir = tempDir({});
    const r = run(['--text', RISKY, '-o', join(dir, 'out.json'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).summary.highest).toBe('critical');
  });
});

describe('inputs', () => {
  it('reads piped standard input when no path is given, and with -', () => {
    for (const args of [[], ['-']]) {
      const r = run([...args, '--format', 'json'], { input: RISKY });
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout);
      expect(report.results[0].file).toBe('<stdin>');
    }
  });

  it('walks folders for text files, honouring .gitignore and skipping node_modules and .git', () => {
    const dir = tempDir({
      'content/a.md': RISKY,
      'content/b.txt': HARMLESS,
      'content/c.js': RISKY,
      'content/drafts/old.md': RISKY,
      'content/.gitignore': 'drafts/\n',
      'node_modules/x/readme.md': RISKY,
      '.git/notes.txt': RISKY,
    });
    const r = run(['.', '--format', 'json'], { cwd: dir });
    const files = JSON.parse(r.stdout).results.map((x: { file: string }) => x.file).sort();
    expect(files).toEqual(['content/a.md', 'content/b.txt']);
  });

  it('checks a file named explicitly even if .gitignore excludes it or its extension is unusual', () => {
    const dir = tempDir({ 'drafts/old.md': RISKY, '.gitignore': 'drafts/\n', 'note.log': RISKY });
    const r = run(['drafts/old.md', 'note.log', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).results).toHaveLength(2);
  });

  it('expands globs', () => {
    const dir = tempDir({ 'content/a.md': RISKY, 'content/sub/b.md': HARMLESS, 'content/c.txt': RISKY });
    const r = run(['content/**/*.md', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).results.map((x: { file: string }) => x.file).sort()).toEqual(['content/a.md', 'content/sub/b.md']);
  });

  it('decodes UTF-16 with a BOM and reports offsets into the decoded text', () => {
    const text = 'Bel 06-12345678 vandaag.';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const dir = tempDir({ 'u16.txt': bytes });
    const f = JSON.parse(run(['u16.txt', '--format', 'json'], { cwd: dir }).stdout).results[0].findings[0];
    expect(f.kind).toBe('phone');
    expect(text.slice(f.start, f.end)).toBe('06-12345678');
  });

  it('skips a binary file with a warning, without failing', () => {
    const dir = tempDir({ 'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]) });
    const r = run(['image.txt', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/binary/);
  });

  it('reads invalid UTF-8 with a warning instead of crashing', () => {
    const dir = tempDir({ 'bad.txt': Buffer.concat([Buffer.from('Mevrouw De Vries '), Buffer.from([0xc3, 0x28]), Buffer.from(' belde.')]) });
    const r = run(['bad.txt', '--format', 'json'], { cwd: dir });
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout).results[0].warnings[0]).toMatch(/UTF-8/);
  });

  it('with no input on a terminal prints help and exits 2', () => {
    // Simulated: a pseudo-terminal is not available in CI, so the launcher's TTY check is tested in-process.
    return import('../../src/cli/main.js').then(async ({ run: runCli }) => {
      let err = '';
      const code = await runCli([], { stdout: () => {}, stderr: (s) => (err += s), stdinIsTTY: true, stdoutIsTTY: false, env: {}, cwd: process.cwd() });
      expect(code).toBe(2);
      expect(err).toMatch(/Usage: herkenbaar/);
    });
  });
});

describe('formats', () => {
  it('json follows schemaVersion 1 of DESIGN.md', () => {
    const r = run(['--text', RISKY, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.tool).toEqual({ name: 'herkenbaar', version: expect.any(String) });
    const res = report.results[0];
    expect(res).toMatchObject({ file: '<text>', language: 'nl', pseudonym: false });
    expect(res.risk).toMatchObject({ level: 'critical', score: expect.any(Number), scenario: expect.any(String), explanation: expect.any(String) });
    expect(res.risk.expectedMatches).toEqual({ low: expect.any(Number), central: expect.any(Number), high: expect.any(Number) });
    const place = res.findings.find((f: { kind: string }) => f.kind === 'place');
    expect(place).toMatchObject({ identifier: 'quasi', text: 'Kloetinge', line: 1, rule: expect.stringMatching(/^place/), message: expect.any(String), suggestion: expect.any(String) });
    expect(RISKY.slice(place.start, place.end)).toBe('Kloetinge');
    expect(place.column).toBe(place.start + 1);
    expect(report.summary).toEqual({ files: 1, findings: res.findings.length, highest: 'critical', failed: 1 });
  });

  it('stylish groups per file with line:col, kind, text, advice and a verdict; no colour with NO_COLOR', () => {
    const r = run(['--text', RISKY]);
    expect(r.stdout).toMatch(/^<text>$/m);
    expect(r.stdout).toMatch(/1:\d+\s+place\s+Kloetinge\s+.*→ schrijf:/);
    expect(r.stdout).toMatch(/✖ Risico: kritiek/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('FORCE_COLOR colours the stylish output; --no-color wins over it', () => {
    expect(run(['--text', RISKY], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(run(['--text', RISKY, '--no-color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });

  it('speaks English for English text, or as --ui-lang says', () => {
    expect(run(['--text', 'Yesterday a 45-year-old woman from Plymouth with schizophrenia was admitted to the ward.']).stdout).toMatch(/Risk: critical/);
    expect(run(['--text', RISKY, '--ui-lang', 'en']).stdout).toMatch(/Risk: critical/);
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const r = run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('--help shows usage and examples', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:/);
    expect(r.stdout).toMatch(/Exit codes:/);
  });
});

describe('privacy', () => {
  it('writes no copy of the text to the temp folder', () => {
    const dir = tempDir({});
    const marker = `Uniekemarker${Date.now()} woont in Kloetinge.`;
    run(['--text', marker], { env: { TMPDIR: dir } });
    const { readdirSync } = require('node:fs') as typeof import('node:fs');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('config file', () => {
  const PSEUDO = "Anna is 45, woont in Kloetinge en heeft schizofrenie.";

  it('declared pseudonyms are not direct identifiers, and the report still says the details do the damage', () => {
    const dir = tempDir({ 'herkenbaar.config.json': JSON.stringify({ pseudonyms: ['Anna'] }), 'post.txt': PSEUDO });
    const res = JSON.parse(run(['post.txt', '--format', 'json'], { cwd: dir }).stdout).results[0];
    expect(res.pseudonym).toBe(true);
    expect(res.findings.find((f: { kind: string }) => f.kind === 'name').pseudonym).toBe(true);
    expect(res.risk.scenario).not.toBe('direct');
    expect(res.risk.explanation).toMatch(/fictieve naam beschermt deze persoon niet/);
  });

  it('is found in a parent folder; --no-config ignores it; a flag beats it', () => {
    const dir = tempDir({ '.herkenbaarrc.json': JSON.stringify({ failOn: 'none' }), 'sub/post.txt': RISKY });
    expect(run(['post.txt'], { cwd: join(dir, 'sub') }).code).toBe(0);
    expect(run(['post.txt', '--no-config'], { cwd: join(dir, 'sub') }).code).toBe(1);
    expect(run(['post.txt', '--fail-on', 'medium'], { cwd: join(dir, 'sub') }).code).toBe(1);
  });

  it('a broken config is a clear error with exit 2', () => {
    const bad = tempDir({ 'herkenbaar.config.json': '{ "failOn": "sometimes" }' });
    const r = run(['--text', 'x'], { cwd: bad });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/herkenbaar\.config\.json: failOn must be one of/);
    const typo = tempDir({ 'herkenbaar.config.json': '{ "pseudonym": ["Anna"] }' });
    expect(run(['--text', 'x'], { cwd: typo }).stderr).toMatch(/unknown setting 'pseudonym'/);
    const notJson = tempDir({ 'herkenbaar.config.json': '{ failOn: medium }' });
    expect(run(['--text', 'x'], { cwd: notJson }).stderr).toMatch(/not valid JSON/);
  });

  it('employer: true makes the employer scenario apply', () => {
    const text = 'Een 45-jarige vrouw met schizofrenie kreeg een nieuwe behandeling.';
    const without = JSON.parse(run(['--text', text, '--format', 'json', '--no-config']).stdout).results[0].risk;
    const dir = tempDir({ 'herkenbaar.config.json': JSON.stringify({ employer: 'GGZ Voorbeeld', caseload: 1500 }) });
    const withEmployer = JSON.parse(run(['--text', text, '--format', 'json'], { cwd: dir }).stdout).results[0].risk;
    expect(without.scenario).toBe('stranger');
    expect(withEmployer.scenario).toBe('employer');
    expect(withEmployer.score).toBeGreaterThan(without.score);
  });
});

describe('fixes', () => {
  it('the report shows a suggested rewrite with the re-checked level and the estimate before and after', () => {
    const r = run(['--text', RISKY]);
    expect(r.stdout).toMatch(/Voorstel om te herschrijven \(opnieuw gecontroleerd: (laag|geen)\)/);
    expect(r.stdout).toMatch(/"Kloetinge" → /);
    expect(r.stdout).toMatch(/minder dan 1 persoon past → \d+ mensen passen/);
  });

  it('json carries the fixes with spans, replacements and the re-checked risk', () => {
    const res = JSON.parse(run(['--text', RISKY, '--format', 'json']).stdout).results[0];
    expect(res.fixes.reached).toBe(true);
    expect(['low', 'none']).toContain(res.fixes.after.level);
    const place = res.fixes.changes.find((c: { kind: string }) => c.kind === 'place');
    expect(RISKY.slice(place.start, place.end)).toBe(place.original);
  });

  it('--fix prints the rewritten text, which passes a fresh check; the file is not touched', () => {
    const dir = tempDir({ 'post.txt': RISKY });
    const r = run(['post.txt', '--fix'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/Kloetinge|45-jarige/);
    expect(r.stderr).toMatch(/kritiek → (laag|geen)/);
    expect(readFileSync(join(dir, 'post.txt'), 'utf8')).toBe(RISKY);
    expect(run(['--text', r.stdout]).code).toBe(0);
  });

  it('--fix --write rewrites the file in place, keeping its mode', () => {
    const dir = tempDir({ 'post.txt': RISKY });
    chmodSync(join(dir, 'post.txt'), 0o640);
    const r = run(['post.txt', '--fix', '--write'], { cwd: dir });
    expect(r.code).toBe(0);
    const after = readFileSync(join(dir, 'post.txt'), 'utf8');
    expect(after).not.toMatch(/Kloetinge/);
    expect(statSync(join(dir, 'post.txt')).mode & 0o777).toBe(0o640);
    expect(run(['post.txt'], { cwd: dir }).code).toBe(0);
  });

  it('--fix --write never touches a file it cannot bring to the target, and says why (exit 1)', () => {
    // Gender is never rewritten, so "none" cannot be reached for a text about a woman.
    const text = 'Een vrouw van in de veertig met depressie kwam langs.';
    const dir = tempDir({ 'post.txt': text });
    const r = run(['post.txt', '--fix', '--write', '--target', 'none'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/doel niet gehaald/);
    expect(readFileSync(join(dir, 'post.txt'), 'utf8')).toBe(text);
  });

  it('--write without --fix, or with --text, is a usage error', () => {
    expect(run(['--write', '--text', RISKY]).code).toBe(2);
    expect(run(['--fix', '--write', '--text', RISKY]).code).toBe(2);
  });
});

describe('sarif and github formats', () => {
  it('sarif 2.1.0 locates each finding and never repeats the matched words', () => {
    const r = run(['--text', RISKY, '--format', 'sarif']);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results;
    const place = results.find((x: { ruleId: string }) => x.ruleId === 'place');
    expect(place.locations[0].physicalLocation.region).toMatchObject({ startLine: 1, charOffset: RISKY.indexOf('Kloetinge'), charLength: 9 });
    expect(results.some((x: { ruleId: string; level: string }) => x.ruleId === 'risk' && x.level === 'error')).toBe(true);
    expect(r.stdout).not.toMatch(/Kloetinge|schizofrenie|45-jarige/);
  });

  it('github prints workflow annotations without the matched words', () => {
    const r = run(['--text', RISKY, '--format', 'github']);
    expect(r.stdout).toMatch(/^::error file=<text>,line=1,col=\d+,endColumn=\d+,title=herkenbaar%3A place::/m);
    expect(r.stdout).not.toMatch(/Kloetinge|schizofrenie/);
    expect(r.code).toBe(1);
  });
});

describe('--staged (git pre-commit)', () => {
  const git = (dir: string, ...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e.st', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e.st' } });

  it('checks the staged content of staged text files, not the working tree, and nothing else', () => {
    const dir = tempDir({ 'post.md': RISKY, 'other.md': RISKY, 'code.js': RISKY });
    git(dir, 'init', '-q');
    git(dir, 'add', 'post.md', 'code.js');
    writeFileSync(join(dir, 'post.md'), HARMLESS); // edited after staging: the commit would still hold RISKY
    const r = run(['--staged', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout);
    expect(report.results.map((x: { file: string }) => x.file)).toEqual(['post.md']);
    expect(report.results[0].risk.level).toBe('critical');
    expect(r.code).toBe(1);
  });

  it('outside a git repository is a clear error', () => {
    const dir = tempDir({});
    const r = run(['--staged'], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: dir } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--staged:/);
  });
});

describe('fixes when nothing needs fixing', () => {
  it('--fix prints a harmless text unchanged, and so it does when every level is allowed', () => {
    expect(run(['--fix', '--text', HARMLESS]).stdout).toBe(HARMLESS);
    const r = run(['--fix', '--fail-on', 'none', '--text', RISKY]);
    expect(r.stdout).toBe(RISKY);
    expect(r.code).toBe(0);
  });
});

describe('odd inputs', () => {
  it('--fix -o writes the rewrite to the file', () => {
    const dir = tempDir({});
    const r = run(['--fix', '--text', RISKY, '-o', join(dir, 'rewrite.txt')]);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'rewrite.txt'), 'utf8')).not.toMatch(/Kloetinge/);
  });

  it('a file in UTF-16 without a byte-order mark is read, not skipped', () => {
    const dir = tempDir({ 'u16.txt': Buffer.from(RISKY, 'utf16le') });
    const r = run(['u16.txt', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).results[0].risk.level).toBe('critical');
  });
});

describe('a folder without text files', () => {
  it('is reported, not passed silently (exit 2, like a glob that matches nothing)', () => {
    const dir = tempDir({ 'src/app.js': 'x', 'notes.txt': HARMLESS });
    const r = run(['src', 'notes.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/src: no text files/);
  });
});
