import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inCI } from '../../src/cli/options.js';
import { useTempDirs } from '../helpers.js';
import { gitEnv, gitOk, HARMLESS, initRepo, RISKY } from './git-repo.js';
import { root } from './run-cli.js';
import { docx, wordParagraphs } from '../sources/office-files.js';

// The shipped .pre-commit-hooks.yaml with the real pre-commit tool (Debian's `pre-commit`; .ci/run installs
// it): `pre-commit try-repo` clones this repository, installs the node hook as pre-commit does for its users
// (npm install, npm pack, npm install -g of the tarball) and runs it on the files staged in a project.
// Each try-repo installs from scratch in a store of its own, so the two cases run side by side.

const tempDir = useTempDirs('herkenbaar-pre-commit-');

const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const missing = version.status === 0 ? undefined : 'pre-commit is not installed (apt-get install pre-commit)';

/** The working tree as it is (tracked and new files, not the ignored ones), committed in a repository of its own. */
function snapshot(): { repo: string; ref: string } {
  const repo = tempDir();
  const files = gitOk(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']).split('\0').filter(Boolean);
  for (const f of files) {
    const from = join(root, f);
    if (!existsSync(from) || lstatSync(from).isSymbolicLink()) continue;
    mkdirSync(dirname(join(repo, f)), { recursive: true });
    copyFileSync(from, join(repo, f));
  }
  gitOk(repo, ['init', '-q']);
  gitOk(repo, ['add', '-A']);
  gitOk(repo, ['commit', '-q', '--no-verify', '-m', 'snapshot']);
  return { repo, ref: gitOk(repo, ['rev-parse', 'HEAD']).trim() };
}

interface Outcome { code: number | null; output: string }

function tryRepo(project: string, hookRepo: { repo: string; ref: string }, extra: string[] = []): Promise<Outcome> {
  const env = gitEnv({
    PRE_COMMIT_HOME: tempDir(),
    // The npm install of the hook's repository: from the cache this machine already has, no audit, no notices.
    npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false',
    PRE_COMMIT_COLOR: 'never',
  });
  return new Promise((resolve, reject) => {
    const child = spawn('pre-commit', ['try-repo', hookRepo.repo, 'herkenbaar', '--ref', hookRepo.ref, ...extra], { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

function project(files: Record<string, string | Uint8Array>, unstaged: Record<string, string> = {}): string {
  const dir = tempDir();
  initRepo(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  gitOk(dir, ['add', ...Object.keys(files)]);
  for (const [name, content] of Object.entries(unstaged)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('pre-commit framework: .pre-commit-hooks.yaml', () => {
  if (missing) {
    // In CI the tool must be there (.ci/run installs it): a skipped end-to-end test would hide a broken hook.
    if (inCI(process.env)) it('pre-commit is installed', () => expect.fail(`${missing}, and CI is set`));
    else it.skip(`skipped: ${missing}`, () => {});
    return;
  }

  it(`pre-commit try-repo (${version.stdout.trim()}) installs the hook, blocks a risky staged file and passes a clean one, with the file names it passes`, async () => {
    const hookRepo = snapshot();
    const risky = project(
      { 'casus.md': RISKY, 'notes.md': HARMLESS, 'tool.js': `// ${RISKY}`, 'verslag.docx': docx(wordParagraphs(['Verslag', RISKY.trim()])) },
    );
    // Harmless as staged; the risky edit is not staged, so pre-commit stashes it away and it is not committed.
    const clean = project({ 'post.md': HARMLESS }, { 'post.md': RISKY });
    const [blocked, passed] = await Promise.all([tryRepo(risky, hookRepo), tryRepo(clean, hookRepo, ['--verbose'])]);

    expect(blocked.output).not.toMatch(/ENOENT|An unexpected error has occurred/);
    expect(blocked.code, blocked.output).toBe(1);
    expect(blocked.output).toMatch(/herkenbaar \(could a reader recognize the person\?\)\.+Failed/);
    expect(blocked.output).toMatch(/casus\.md[\s\S]*Kloetinge/);
    expect(blocked.output).toMatch(/verslag\.docx\n  2:\d+ /);
    // Exactly the staged text files and documents: casus.md, notes.md and verslag.docx, not tool.js.
    expect(blocked.output).toMatch(/3 bestanden gecontroleerd/);
    expect(blocked.output).not.toMatch(/tool\.js/);

    expect(passed.code, passed.output).toBe(0);
    expect(passed.output).toMatch(/herkenbaar \(could a reader recognize the person\?\)\.+Passed/);
    expect(passed.output).toMatch(/1 bestand gecontroleerd/);
    expect(passed.output).not.toMatch(/Kloetinge/);
  }, 900_000);
});
