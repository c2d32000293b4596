import { execFileSync } from 'node:child_process';
import { join, relative, sep } from 'node:path';
import { CHECKED_EXTENSIONS, tooLarge } from './inputs.js';

export class GitError extends Error {}

const git = (args: string[], cwd: string, maxBuffer = 1 << 30): Buffer => {
  try {
    return execFileSync('git', args, { cwd, maxBuffer, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string; code?: string };
    if (err.code === 'ENOBUFS') throw new Error(tooLarge(maxBuffer));
    throw new GitError((err.stderr?.toString().trim() || err.message).split('\n')[0]!);
  }
};

export interface StagedFile {
  /** Path relative to the working directory, as a user would type it. */
  path: string;
  /** The content as staged (the index), which is what the commit will contain; an Error past `maxBytes`. */
  read(maxBytes?: number): Buffer;
}

/**
 * Text files added, copied, modified or renamed in the git index. Their staged content is read, not
 * the working tree: a pre-commit hook must judge what is being committed.
 */
export function stagedFiles(cwd: string): StagedFile[] {
  const top = git(['rev-parse', '--show-toplevel'], cwd).toString().trim();
  const names = git(['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z'], top).toString().split('\0').filter(Boolean);
  const ext = new RegExp(`\\.(?:${CHECKED_EXTENSIONS.join('|')})$`, 'i');
  return names
    .filter((n) => ext.test(n))
    .sort()
    .map((name) => ({
      path: relative(cwd, join(top, name)).split(sep).join('/') || name,
      read: (maxBytes?: number) => git(['show', `:${name}`], top, maxBytes),
    }));
}
