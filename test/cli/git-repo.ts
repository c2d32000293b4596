import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A risky made-up case note and a harmless line, shared by the hook tests. */
export const RISKY = 'Vandaag komt een 45-jarige vrouw uit Kloetinge met schizofrenie op de afdeling.\n';
export const HARMLESS = 'Wat een mooie dag voor een wandeling door het bos met een verse peer.\n';

/** git with a fixed identity and no global or system config (no user hooks, templates or signing). */
export const gitEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e.st', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e.st',
  GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null',
  NO_COLOR: '1', FORCE_COLOR: undefined,
  ...extra,
});

export function git(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: gitEnv(env) });
}

/** git that must succeed. */
export function gitOk(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  const r = git(dir, args, env);
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} (exit ${r.status}): ${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** A fresh repository with one commit, so that the hooks under test run on the second. */
export function initRepo(dir: string): void {
  gitOk(dir, ['init', '-q', '-b', 'main']);
  writeFileSync(join(dir, 'README.txt'), 'Notities.\n');
  gitOk(dir, ['add', 'README.txt']);
  gitOk(dir, ['commit', '-q', '--no-verify', '-m', 'start']);
}

/** Stages `content` as `name` and tries to commit it: the commit's exit status and what the hook said. */
export function tryCommit(dir: string, name: string, content: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  writeFileSync(join(dir, name), content);
  gitOk(dir, ['add', name]);
  return git(dir, ['commit', '-m', `add ${name}`], env);
}

/** The files of the last commit. */
export const committed = (dir: string): string[] => gitOk(dir, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n').filter(Boolean);
