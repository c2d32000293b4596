import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers.js';
import { committed, git, gitEnv, gitOk, HARMLESS, initRepo, RISKY, tryCommit } from './git-repo.js';
import { root } from './run-cli.js';

// The README's husky + lint-staged recipe, in a temporary repository, with husky and lint-staged from npm
// (this project's devDependencies, linked into the repository's node_modules as an install would put them;
// nothing is downloaded) and herkenbaar as a devDependency of that repository.

const tempDir = useTempDirs('herkenbaar-husky-');

/** node_modules/<name> and node_modules/.bin/<bin>, as `npm install --save-dev` would leave them. */
function link(dir: string, name: string, target: string, bin: string, binFile: string): void {
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(target, join(dir, 'node_modules', name), 'dir');
  symlinkSync(join('..', name, binFile), join(dir, 'node_modules', '.bin', bin));
}

function project(): string {
  const dir = tempDir();
  initRepo(dir);
  writeFileSync(join(dir, '.gitignore'), 'node_modules\n');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({
    name: 'notes', private: true,
    // The recipe: every text file herkenbaar reads, as lint-staged passes them (staged, the rest hidden).
    'lint-staged': { '*.{md,markdown,mdx,txt,rst,html,htm,docx,odt}': 'herkenbaar' },
  }, null, 2));
  link(dir, 'husky', join(root, 'node_modules', 'husky'), 'husky', 'bin.js');
  link(dir, 'lint-staged', join(root, 'node_modules', 'lint-staged'), 'lint-staged', join('bin', 'lint-staged.js'));
  link(dir, 'herkenbaar', root, 'herkenbaar', join('bin', 'herkenbaar.js'));
  // `npx husky init`, then the pre-commit line of the recipe.
  const init = spawnSync(join(dir, 'node_modules', '.bin', 'husky'), ['init'], { cwd: dir, encoding: 'utf8', env: gitEnv() });
  if (init.status !== 0) throw new Error(`husky init: ${init.stderr}${init.stdout}`);
  writeFileSync(join(dir, '.husky', 'pre-commit'), 'npx lint-staged\n');
  gitOk(dir, ['add', '.gitignore', 'package.json', '.husky/pre-commit']);
  gitOk(dir, ['commit', '-q', '--no-verify', '-m', 'husky and lint-staged']);
  return dir;
}

// npx must find lint-staged in node_modules/.bin without asking the registry.
const offline = { npm_config_offline: 'true', npm_config_update_notifier: 'false' };

describe('husky + lint-staged (from npm) run herkenbaar on the staged text files', () => {
  it('blocks a commit with a risky staged file, passes a clean one, and leaves unstaged edits alone', () => {
    const dir = project();
    expect(gitOk(dir, ['config', 'core.hooksPath']).trim()).toBe('.husky/_');
    expect(existsSync(join(dir, '.husky', '_', 'pre-commit'))).toBe(true);

    const blocked = tryCommit(dir, 'casus.md', RISKY, offline);
    const said = blocked.stdout + blocked.stderr;
    expect(said).toMatch(/herkenbaar/);
    expect(said).toMatch(/casus\.md/);
    expect(said).toMatch(/Kloetinge/);
    expect(blocked.status).not.toBe(0);
    expect(committed(dir)).toEqual(['.gitignore', '.husky/pre-commit', 'package.json']);
    gitOk(dir, ['rm', '-q', '--cached', 'casus.md']);

    // Harmless as staged, a risky edit left unstaged: lint-staged hides the edit, the commit passes, the edit stays.
    writeFileSync(join(dir, 'post.md'), HARMLESS);
    gitOk(dir, ['add', 'post.md']);
    writeFileSync(join(dir, 'post.md'), RISKY);
    const passed = git(dir, ['commit', '-m', 'post'], offline);
    expect(passed.status, passed.stdout + passed.stderr).toBe(0);
    expect(committed(dir)).toEqual(['post.md']);
    expect(readFileSync(join(dir, 'post.md'), 'utf8')).toBe(RISKY);
    expect(gitOk(dir, ['show', 'HEAD:post.md'])).toBe(HARMLESS);

    // A file herkenbaar does not read is not handed to it.
    const code = tryCommit(dir, 'tool.js', `// ${RISKY}`, offline);
    expect(code.status).toBe(0);
  });
});
