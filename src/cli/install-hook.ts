import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import type { Io } from './io.js';
import { parseSubcommand } from './options.js';

/** The line that marks a hook as herkenbaar's own: such a hook is replaced without --force. */
export const HOOK_MARKER = '# herkenbaar-hook: written by `herkenbaar install-hook`';

/** What a husky user adds to .husky/pre-commit. */
export const HUSKY_LINE = 'npx --no-install herkenbaar --staged';

class HookError extends Error {}

function git(args: string[], cwd: string): string {
  try {
    return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    throw new HookError((err.stderr?.toString().trim() || err.message).split('\n')[0]!);
  }
}

/** A word for /bin/sh, in single quotes. */
const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The command that runs this herkenbaar, for the hook to fall back on: the standalone binary itself, or
 * node with the bin launcher beside this package's dist/.
 */
export function selfCommand(): string[] | undefined {
  if (isSea()) return [process.execPath];
  let here: string;
  try {
    here = fileURLToPath(import.meta.url);
  } catch {
    return undefined;
  }
  const launcher = join(dirname(here), '..', '..', 'bin', 'herkenbaar.js');
  return existsSync(launcher) ? [process.execPath, resolve(launcher)] : undefined;
}

function isSea(): boolean {
  try {
    // process.getBuiltinModule came with Node 20.16; older nodes cannot run as a single executable with assets.
    const sea = (process as unknown as { getBuiltinModule?: (id: string) => { isSea?: () => boolean } | undefined }).getBuiltinModule?.('node:sea');
    return Boolean(sea?.isSea?.());
  } catch {
    return false;
  }
}

/**
 * The hook: the repository's own herkenbaar (node_modules/.bin) first, so a team pins one version; then
 * the one that installed the hook; then herkenbaar on PATH. When none is there the commit is stopped:
 * a check that cannot run must not look like a pass.
 */
export function hookScript(self: readonly string[] | undefined): string {
  const lines = [
    '#!/bin/sh',
    HOOK_MARKER,
    '# (run it again to update this file; delete the file to remove the hook).',
    '# Checks the text files staged for commit, as staged: exit 1 stops the commit.',
    '# `git commit --no-verify` skips it once; a herkenbaar.config.json in the repository applies.',
    'top=$(git rev-parse --show-toplevel) || exit 2',
    'if [ -x "$top/node_modules/.bin/herkenbaar" ]; then',
    '  exec "$top/node_modules/.bin/herkenbaar" --staged',
  ];
  if (self?.length) {
    const test = self.length === 1 ? `[ -x ${shellQuote(self[0]!)} ]` : `[ -x ${shellQuote(self[0]!)} ] && [ -f ${shellQuote(self[1]!)} ]`;
    lines.push(`elif ${test}; then`, `  exec ${self.map(shellQuote).join(' ')} --staged`);
  }
  lines.push(
    'elif command -v herkenbaar >/dev/null 2>&1; then',
    '  exec herkenbaar --staged',
    'fi',
    'echo "herkenbaar: not found (not in node_modules/.bin, not on PATH): the commit is stopped. Install herkenbaar, or commit with --no-verify." >&2',
    'exit 1',
    '',
  );
  return lines.join('\n');
}

interface HookPlace {
  /** The top of the working tree. */
  top: string;
  /** Where git looks for hooks: core.hooksPath when set, else .git/hooks (shared by worktrees). */
  dir: string;
  /** core.hooksPath as configured, if any. */
  hooksPath?: string;
}

function hookPlace(cwd: string): HookPlace {
  const top = git(['rev-parse', '--show-toplevel'], cwd);
  let dir: string;
  try {
    dir = git(['rev-parse', '--path-format=absolute', '--git-path', 'hooks'], cwd);
  } catch {
    // git before 2.31: the path is relative to cwd.
    dir = resolve(cwd, git(['rev-parse', '--git-path', 'hooks'], cwd));
  }
  let hooksPath: string | undefined;
  try {
    hooksPath = git(['config', '--get', 'core.hooksPath'], cwd) || undefined;
  } catch {
    hooksPath = undefined; // not set: git config exits 1
  }
  return { top, dir, ...(hooksPath ? { hooksPath } : {}) };
}

/** husky (v4 to v9) keeps the hooks in .husky/ and points core.hooksPath there. */
function usesHusky(place: HookPlace): boolean {
  if (place.hooksPath && /(^|[\\/])\.husky([\\/]|$)/.test(place.hooksPath)) return true;
  return existsSync(join(place.top, '.husky'));
}

/** `herkenbaar install-hook [--force]`: writes the pre-commit hook. Exit 0 written, 2 not written. */
export async function installHook(argv: readonly string[], io: Io, self: readonly string[] | undefined = selfCommand()): Promise<number> {
  const cmd = new Command('herkenbaar install-hook')
    .description('Writes a git pre-commit hook that runs `herkenbaar --staged` (where core.hooksPath says, else .git/hooks).')
    .option('--force', 'replace a pre-commit hook that herkenbaar did not write (the old one is kept as pre-commit.bak)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  const stop = parseSubcommand(cmd, argv);
  if (stop !== undefined) return stop;
  const force = Boolean(cmd.opts()['force']);
  let place: HookPlace;
  try {
    place = hookPlace(io.cwd);
  } catch (e) {
    io.stderr(`herkenbaar: install-hook: ${(e as Error).message}\n`);
    return 2;
  }
  const shown = (p: string) => relative(io.cwd, p) || '.';

  if (usesHusky(place)) {
    const huskyHook = join(place.top, '.husky', 'pre-commit');
    if (existsSync(huskyHook) && /\bherkenbaar\b/.test(readFileSync(huskyHook, 'utf8'))) {
      io.stdout(`herkenbaar: ${shown(huskyHook)} already runs herkenbaar\n`);
      return 0;
    }
    io.stderr(
      `herkenbaar: install-hook: husky manages this repository's hooks${place.hooksPath ? ` (core.hooksPath=${place.hooksPath})` : ''}, so nothing was written.\n` +
        `  Add this line to ${shown(huskyHook)}:\n    ${HUSKY_LINE}\n` +
        `  or, with lint-staged, in package.json: "lint-staged": { "*.{md,markdown,mdx,txt,rst,html,htm,docx,odt}": "herkenbaar" }\n`,
    );
    return 2;
  }

  const hook = join(place.dir, 'pre-commit');
  let backup: string | undefined;
  try {
    if (existsSync(hook)) {
      const old = readFileSync(hook, 'utf8');
      if (!old.includes(HOOK_MARKER)) {
        if (!force) {
          io.stderr(
            `herkenbaar: install-hook: ${shown(hook)} exists and was not written by herkenbaar; nothing was changed.\n` +
              `  Add \`herkenbaar --staged\` to it yourself, or run \`herkenbaar install-hook --force\` to replace it (the old hook is kept as pre-commit.bak).\n`,
          );
          return 2;
        }
        backup = `${hook}.bak`;
        renameSync(hook, backup);
      }
    }
    mkdirSync(place.dir, { recursive: true });
    // A temporary file and a rename: git never runs a half-written hook.
    const tmp = `${hook}.herkenbaar-tmp`;
    writeFileSync(tmp, hookScript(self), { mode: 0o755 });
    chmodSync(tmp, 0o755);
    renameSync(tmp, hook);
  } catch (e) {
    io.stderr(`herkenbaar: install-hook: ${shown(hook)}: ${(e as Error).message}\n`);
    return 2;
  }
  io.stdout(
    `herkenbaar: wrote ${shown(hook)}${backup ? ` (the old hook is now ${shown(backup)})` : ''}: each commit's staged text files are checked; ` +
      'a file at or above --fail-on stops the commit (`git commit --no-verify` skips the check once).\n',
  );
  return 0;
}
