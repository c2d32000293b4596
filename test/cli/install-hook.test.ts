import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { HOOK_MARKER, hookScript, HUSKY_LINE } from '../../src/cli/install-hook.js';
import { useTempDirs } from '../helpers.js';
import { committed, git, gitOk, HARMLESS, initRepo, RISKY, tryCommit } from './git-repo.js';
import { launchers, runCli, spawnCli } from './run-cli.js';

// `herkenbaar install-hook` and the hook it writes, driven by real git commits in temporary repositories.

const tempDir = useTempDirs('herkenbaar-hook-');

function repo(): string {
  const dir = tempDir();
  initRepo(dir);
  return dir;
}

describe('herkenbaar install-hook', () => {
  it('writes an executable .git/hooks/pre-commit that runs herkenbaar --staged', async () => {
    const dir = repo();
    const r = await runCli(['install-hook'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrote \.git\/hooks\/pre-commit/);
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    expect(statSync(hook).mode & 0o111).not.toBe(0);
    const text = readFileSync(hook, 'utf8');
    expect(text).toMatch(/^#!\/bin\/sh\n/);
    expect(text).toContain(HOOK_MARKER);
    expect(text).toMatch(/--staged/);
  });

  it('from a subfolder, still writes the repository hook', async () => {
    const dir = repo();
    mkdirSync(join(dir, 'posts'));
    const r = await runCli(['install-hook'], { cwd: join(dir, 'posts') });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, '.git', 'hooks', 'pre-commit'))).toBe(true);
  });

  it('refuses to replace a hook it did not write; --force replaces it and keeps the old one as pre-commit.bak', async () => {
    const dir = repo();
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    const foreign = '#!/bin/sh\necho mine\n';
    writeFileSync(hook, foreign, { mode: 0o755 });
    const refused = await runCli(['install-hook'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/exists and was not written by herkenbaar; nothing was changed/);
    expect(refused.stderr).toMatch(/--force/);
    expect(readFileSync(hook, 'utf8')).toBe(foreign);
    const forced = await runCli(['install-hook', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(hook, 'utf8')).toContain(HOOK_MARKER);
    expect(readFileSync(`${hook}.bak`, 'utf8')).toBe(foreign);
  });

  it('replaces its own hook without --force (an update), and keeps no backup of it', async () => {
    const dir = repo();
    expect((await runCli(['install-hook'], { cwd: dir })).code).toBe(0);
    const again = await runCli(['install-hook'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(existsSync(join(dir, '.git', 'hooks', 'pre-commit.bak'))).toBe(false);
  });

  it('respects core.hooksPath', async () => {
    const dir = repo();
    gitOk(dir, ['config', 'core.hooksPath', '.githooks']);
    const r = await runCli(['install-hook'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrote \.githooks\/pre-commit/);
    expect(readFileSync(join(dir, '.githooks', 'pre-commit'), 'utf8')).toContain(HOOK_MARKER);
    expect(existsSync(join(dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
  });

  it('with husky, writes nothing and says what to add to .husky/pre-commit', async () => {
    const dir = repo();
    mkdirSync(join(dir, '.husky', '_'), { recursive: true });
    gitOk(dir, ['config', 'core.hooksPath', '.husky/_']);
    const r = await runCli(['install-hook'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/husky manages this repository's hooks \(core\.hooksPath=\.husky\/_\), so nothing was written/);
    expect(r.stderr).toContain(HUSKY_LINE);
    expect(r.stderr).toMatch(/\.husky\/pre-commit/);
    expect(existsSync(join(dir, '.husky', '_', 'pre-commit'))).toBe(false);
    // Once the line is there, it says so.
    writeFileSync(join(dir, '.husky', 'pre-commit'), `${HUSKY_LINE}\n`);
    const done = await runCli(['install-hook'], { cwd: dir });
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/already runs herkenbaar/);
  });

  it('outside a git repository is a clear error', async () => {
    const dir = tempDir();
    // git runs as a child of this worker and inherits its environment: no repository above `dir`.
    vi.stubEnv('GIT_CEILING_DIRECTORIES', dir);
    const r = await runCli(['install-hook'], { cwd: dir });
    vi.unstubAllEnvs();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^herkenbaar: install-hook: .*not a git repository/);
  });

  it('the hook stops at nothing it cannot run: with no herkenbaar to be found it fails the commit', () => {
    expect(hookScript(undefined)).toMatch(/not found .*the commit is stopped[\s\S]*exit 1\n$/);
    expect(hookScript(['/opt/it\'s/herkenbaar'])).toContain(`exec '/opt/it'\\''s/herkenbaar' --staged`);
  });

  it('help', async () => {
    const r = await runCli(['install-hook', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--force/);
  });
});

for (const launcher of launchers()) {
  describe.skipIf(launcher.skip !== undefined)(`the installed hook in real commits (${launcher.name}${launcher.skip ? `; skipped: ${launcher.skip}` : ''})`, () => {
    it('blocks a risky staged file and lets a clean one through; judges what is staged, not the working tree', () => {
      const dir = repo();
      const installed = spawnCli(['install-hook'], { cwd: dir, launcher });
      expect(installed.stderr).toBe('');
      expect(installed.code).toBe(0);

      const blocked = tryCommit(dir, 'casus.md', RISKY);
      expect(blocked.status).toBe(1);
      expect(blocked.stdout + blocked.stderr).toMatch(/casus\.md[\s\S]*Kloetinge/);
      expect(committed(dir)).toEqual(['README.txt']);
      gitOk(dir, ['rm', '-q', '--cached', 'casus.md']);

      const passed = tryCommit(dir, 'post.md', HARMLESS);
      expect(passed.stderr + passed.stdout).not.toMatch(/not found/);
      expect(passed.status).toBe(0);
      expect(committed(dir)).toEqual(['post.md']);

      // Risky as staged, harmless in the working tree: the commit would hold the risky text.
      writeFileSync(join(dir, 'draft.md'), RISKY);
      gitOk(dir, ['add', 'draft.md']);
      writeFileSync(join(dir, 'draft.md'), HARMLESS);
      const stagedRisky = git(dir, ['commit', '-m', 'staged']);
      expect(stagedRisky.status).toBe(1);
      gitOk(dir, ['rm', '-q', '-f', '--cached', 'draft.md']);

      // Harmless as staged, risky in the working tree (unstaged): the commit holds only the harmless text.
      writeFileSync(join(dir, 'later.md'), HARMLESS);
      gitOk(dir, ['add', 'later.md']);
      writeFileSync(join(dir, 'later.md'), RISKY);
      const stagedHarmless = git(dir, ['commit', '-m', 'staged']);
      expect(stagedHarmless.status).toBe(0);
      expect(committed(dir)).toEqual(['later.md']);
    });
  });
}
