import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/report/github.js';
import { useTempDirs } from '../helpers.js';
import { runCli, spawnCli } from './run-cli.js';

const tempDir = useTempDirs('herkenbaar-github-');

const RISKY = 'Vandaag komt een 45-jarige vrouw uit Kloetinge met schizofrenie op de afdeling.';
const WORDS = /Vandaag|45-jarige|Kloetinge|schizofrenie/;

describe('--format github', () => {
  it('escapes per the workflow-command rules: %, CR and LF in the message; also : and , in properties', () => {
    expect(escapeData('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab: c, d');
    expect(escapeProperty('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab%3A c%2C d');
  });

  it('a file name with : , % and a line break stays one annotation with the name intact', () => {
    const name = 'a: b, 100%\nc.md';
    const dir = tempDir({ [name]: RISKY });
    const r = spawnCli([name, '--format', 'github'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=a%3A b%2C 100%25%0Ac\.md,/);
    expect(r.stdout).not.toMatch(WORDS);
  });

  it('is the format when GITHUB_ACTIONS=true and no --format is given; --format still wins', async () => {
    const auto = await runCli(['--text', RISKY], { env: { GITHUB_ACTIONS: 'true' } });
    expect(auto.stdout).toMatch(/^::error file=<text>,line=1,/m);
    expect(auto.code).toBe(1);
    const chosen = await runCli(['--text', RISKY, '--format', 'stylish'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(chosen.stdout).toMatch(/Risico: verhoogd/);
    const elsewhere = await runCli(['--text', RISKY], { env: { GITHUB_ACTIONS: 'false' } });
    expect(elsewhere.stdout).toMatch(/Risico: verhoogd/);
  });

  it('--fix reports the rewrite as a notice (kinds, places, replacements), never the text', async () => {
    const r = await runCli(['--text', RISKY, '--format', 'github', '--fix']);
    expect(r.stdout).toMatch(/^::notice file=<text>,line=1,col=\d+,title=herkenbaar%3A suggested rewrite::Suggested rewrite \(re-checked: (none|low)\): .*place → "/m);
    expect(r.stdout).not.toMatch(WORDS);
    expect(r.stdout).not.toContain(RISKY);
    expect(r.code).toBe(0);
    // The same in a GitHub Actions job without --format: no rewritten text in the log.
    const auto = await runCli(['--text', RISKY, '--fix'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(auto.stdout).toMatch(/^::notice /m);
    expect(auto.stdout + auto.stderr).not.toMatch(WORDS);
  });

  it('--fix --format json reports the fix in the JSON report', async () => {
    const r = await runCli(['--text', RISKY, '--format', 'json', '--fix']);
    const fixes = JSON.parse(r.stdout).results[0].fixes;
    expect(fixes.reached).toBe(true);
    expect(fixes.changes.length).toBeGreaterThan(0);
  });
});
