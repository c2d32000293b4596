import { readFile, stat } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import type { Ignore } from 'ignore';
import { DOCUMENT_EXTENSIONS } from './documents.js';

// Folder walking needs fast-glob and ignore; a single file or --text does not pay for loading them.
const fastGlob = async () => (await import('fast-glob')).default;
const ignoreFactory = async () => (await import('ignore')).default;

export const TEXT_EXTENSIONS = ['txt', 'md', 'markdown', 'mdx', 'rst', 'html', 'htm'];
/** What a folder walk and --staged check: text files and documents (src/sources/documents.ts). */
export const CHECKED_EXTENSIONS = [...TEXT_EXTENSIONS, ...DOCUMENT_EXTENSIONS];
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

export type Input =
  | { kind: 'file'; path: string }
  | { kind: 'stdin' }
  | { kind: 'staged'; path: string; read: () => Buffer }
  | { kind: 'missing'; path: string; reason: string };

const hasGlobChars = (s: string) => /[*?[\]{}!]/.test(s);
const toPosix = (p: string) => p.split(sep).join('/');

/** .gitignore files below `root` (and the one at root), each applied relative to its own folder. */
async function gitignoreFilter(root: string): Promise<(file: string) => boolean> {
  const fg = await fastGlob();
  const ignore = await ignoreFactory();
  const files = await fg('**/.gitignore', { cwd: root, dot: true, ignore: ALWAYS_SKIPPED, onlyFiles: true });
  const rules: Array<{ dir: string; ig: Ignore }> = [];
  for (const f of files.sort()) {
    try {
      rules.push({ dir: dirname(f) === '.' ? '' : dirname(f), ig: ignore().add(await readFile(join(root, f), 'utf8')) });
    } catch {
      // An unreadable .gitignore ignores nothing; the files it would hide are still checked.
    }
  }
  return (file: string) => {
    for (const { dir, ig } of rules) {
      if (dir && !file.startsWith(`${dir}/`)) continue;
      const rel = dir ? file.slice(dir.length + 1) : file;
      if (ig.ignores(rel)) return false;
    }
    return true;
  };
}

async function walk(dir: string): Promise<string[]> {
  const pattern = `**/*.{${CHECKED_EXTENSIONS.join(',')}}`;
  const fg = await fastGlob();
  const found = await fg(pattern, { cwd: dir, dot: false, ignore: ALWAYS_SKIPPED, onlyFiles: true, caseSensitiveMatch: false });
  const keep = await gitignoreFilter(dir);
  return found.filter(keep).sort().map((f) => (dir === '.' ? f : toPosix(join(dir, f))));
}

/**
 * Turns the command line's paths into inputs, in order: a named file is always checked; a folder is
 * walked for text files; a glob is expanded; '-' is standard input. A path that does not exist is
 * kept as `missing`, so the other inputs are still checked.
 */
export async function resolveInputs(args: readonly string[]): Promise<Input[]> {
  const out: Input[] = [];
  const seen = new Set<string>();
  const push = (i: Input) => {
    const key = i.kind === 'stdin' ? '<stdin>' : i.path;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(i);
  };
  for (const arg of args) {
    if (arg === '-') {
      push({ kind: 'stdin' });
      continue;
    }
    let st;
    try {
      st = await stat(arg);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      const files = await walk(arg.replace(/\/+$/, '') || '/');
      // Like a glob that matches nothing: a check of nothing must not look like a pass.
      if (files.length === 0) push({ kind: 'missing', path: arg, reason: `no text files (${CHECKED_EXTENSIONS.map((e) => `.${e}`).join(' ')}) in this folder` });
      for (const f of files) push({ kind: 'file', path: f });
    } else if (st) {
      push({ kind: 'file', path: arg });
    } else if (hasGlobChars(arg)) {
      const fg = await fastGlob();
      const files = await fg(toPosix(arg), { ignore: ALWAYS_SKIPPED, onlyFiles: true, dot: false });
      if (files.length === 0) push({ kind: 'missing', path: arg, reason: 'no files match this pattern' });
      for (const f of files.sort()) push({ kind: 'file', path: f });
    } else {
      push({ kind: 'missing', path: arg, reason: 'no such file or folder' });
    }
  }
  return out;
}

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
