import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { Ignore } from 'ignore';
import { DOCUMENT_EXTENSIONS } from './documents.js';

// Folder walking needs ignore; globs need fast-glob; a single file or --text does not pay for loading them.
const fastGlob = async () => (await import('fast-glob')).default;
const ignoreFactory = async () => (await import('ignore')).default;

export const TEXT_EXTENSIONS = ['txt', 'md', 'markdown', 'mdx', 'rst', 'html', 'htm'];
/** What a folder walk and --staged check: text files and documents (src/sources/documents.ts). */
export const CHECKED_EXTENSIONS = [...TEXT_EXTENSIONS, ...DOCUMENT_EXTENSIONS];
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
const TEXT_FILE = new RegExp(`\\.(?:${CHECKED_EXTENSIONS.join('|')})$`, 'i');

/** The largest input read by default (--max-size): room for a 50 MB text, a clear refusal for a runaway one. */
export const DEFAULT_MAX_SIZE = 64 * 1024 * 1024;

export type Input =
  /** `root`: the folder named on the command line that the file was found in (none when the file itself was named). */
  | { kind: 'file'; path: string; root?: string }
  | { kind: 'stdin' }
  | { kind: 'staged'; path: string; read: (maxBytes?: number) => Buffer }
  /** Not checked: it does not exist, matches nothing, or could not be read (a folder without permission). */
  | { kind: 'missing'; path: string; reason: string };

export interface ResolveOptions {
  /** Something skipped that does not make the run fail (a link that loops back into the tree). */
  warn?: (path: string, message: string) => void;
}

const hasGlobChars = (s: string) => /[*?[\]{}!]/.test(s);
const toPosix = (p: string) => p.split(sep).join('/');
const inside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith('/') ? folder : `${folder}/`);

/** The .gitignore rules that apply in a folder: its own and its parents', each relative to its own folder. */
interface Rules {
  dir: string;
  ig: Ignore;
  parent?: Rules;
}

function ignored(rules: Rules | undefined, rel: string): boolean {
  for (let r = rules; r; r = r.parent) {
    if (r.dir && !rel.startsWith(`${r.dir}/`)) continue;
    if (r.ig.ignores(r.dir ? rel.slice(r.dir.length + 1) : rel)) return true;
  }
  return false;
}

const errorReason = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (e as Error).message;
};

/**
 * The text files below `root`, each real file once: .gitignore files are honoured, hidden entries,
 * node_modules and .git skipped. Links are followed after the real tree is walked, so a file reached
 * both ways is reported under its own path; a link to a folder that holds the link (`ln -s . loop`)
 * is a loop: reported through `warn` and skipped. A folder that cannot be read becomes a `missing`
 * input (the run fails) while the rest is still checked.
 */
async function walk(root: string, warn: ResolveOptions['warn']): Promise<Input[]> {
  const ignore = await ignoreFactory();
  const shown = (rel: string) => (root === '.' ? rel : toPosix(join(root, rel)));
  const found: Input[] = [];
  const realFiles = new Set<string>();
  const realDirs = new Set<string>();
  const links: Array<{ rel: string; parentReal: string; rules: Rules | undefined }> = [];

  async function visit(rel: string, real: string, parentRules: Rules | undefined): Promise<void> {
    if (realDirs.has(real)) return;
    realDirs.add(real);
    let entries;
    try {
      entries = await readdir(rel ? join(root, rel) : root, { withFileTypes: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return; // gone since it was listed
      found.push({ kind: 'missing', path: rel ? shown(rel) : root, reason: `cannot read this folder (${errorReason(e)}); the text files in it were not checked` });
      return;
    }
    let rules = parentRules;
    if (entries.some((d) => d.name === '.gitignore' && !d.isDirectory())) {
      try {
        rules = { dir: rel, ig: ignore().add(await readFile(join(root, rel, '.gitignore'), 'utf8')), ...(parentRules ? { parent: parentRules } : {}) };
      } catch {
        // An unreadable .gitignore ignores nothing; the files it would hide are still checked.
      }
    }
    const sub: Array<[string, string]> = [];
    for (const d of entries) {
      if (d.name.startsWith('.') || SKIPPED_FOLDERS.has(d.name)) continue;
      const childRel = rel ? `${rel}/${d.name}` : d.name;
      if (d.isSymbolicLink()) links.push({ rel: childRel, parentReal: real, rules });
      else if (d.isDirectory()) {
        if (!ignored(rules, `${childRel}/`)) sub.push([childRel, join(real, d.name)]);
      } else if (d.isFile() && TEXT_FILE.test(d.name) && !ignored(rules, childRel)) {
        realFiles.add(join(real, d.name));
        found.push({ kind: 'file', path: shown(childRel), root });
      }
      // Sockets, FIFOs and devices in a folder are not text files: skipped like any other non-text file.
    }
    for (const [childRel, childReal] of sub) await visit(childRel, childReal, rules);
  }

  await visit('', await realpath(root), undefined);
  // The links, in the order they were met; a linked folder can hold links of its own.
  for (let i = 0; i < links.length; i++) {
    const { rel, parentReal, rules } = links[i]!;
    let target: string;
    let st;
    try {
      target = await realpath(join(root, rel));
      st = await stat(target);
    } catch {
      continue; // a dangling link
    }
    if (st.isDirectory()) {
      if (ignored(rules, `${rel}/`)) continue;
      if (inside(parentReal, target)) {
        warn?.(shown(rel), 'is a link to a folder that contains it (a loop); skipped');
        continue;
      }
      await visit(rel, target, rules);
    } else if (st.isFile() && TEXT_FILE.test(rel) && !ignored(rules, rel) && !realFiles.has(target)) {
      realFiles.add(target);
      found.push({ kind: 'file', path: shown(rel), root });
    }
  }
  return found.sort((a, b) => {
    const pa = (a as { path: string }).path;
    const pb = (b as { path: string }).path;
    return pa < pb ? -1 : pa > pb ? 1 : 0;
  });
}

/**
 * A glob, expanded the way a shell's `**` does it: links to folders are not followed (no loops), a
 * link to a file is, and every real file is listed once.
 */
async function expandGlob(pattern: string): Promise<string[]> {
  const fg = await fastGlob();
  const entries = await fg(toPosix(pattern), { ignore: ALWAYS_SKIPPED, onlyFiles: false, dot: false, followSymbolicLinks: false, objectMode: true });
  const out: string[] = [];
  const seen = new Set<string>();
  for (const e of entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (!e.dirent.isFile() && !e.dirent.isSymbolicLink()) continue;
    let real: string;
    try {
      real = await realpath(e.path);
      if (e.dirent.isSymbolicLink() && !(await stat(real)).isFile()) continue;
    } catch {
      continue;
    }
    if (seen.has(real)) continue;
    seen.add(real);
    out.push(e.path);
  }
  return out;
}

/**
 * Turns the command line's paths into inputs, in order: a named file is always checked; a folder is
 * walked for text files; a glob is expanded; '-' is standard input. A path that does not exist is
 * kept as `missing`, so the other inputs are still checked.
 */
export async function resolveInputs(args: readonly string[], options: ResolveOptions = {}): Promise<Input[]> {
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
      const inputs = await walk(arg.replace(/\/+$/, '') || '/', options.warn);
      // Like a glob that matches nothing: a check of nothing must not look like a pass.
      if (inputs.length === 0) push({ kind: 'missing', path: arg, reason: `no text files (${CHECKED_EXTENSIONS.map((e) => `.${e}`).join(' ')}) in this folder` });
      for (const i of inputs) push(i);
    } else if (st) {
      push({ kind: 'file', path: arg });
    } else if (hasGlobChars(arg)) {
      const files = await expandGlob(arg);
      if (files.length === 0) push({ kind: 'missing', path: arg, reason: 'no files match this pattern' });
      for (const f of files) push({ kind: 'file', path: f });
    } else {
      push({ kind: 'missing', path: arg, reason: 'no such file or folder' });
    }
  }
  return out;
}

/** Bytes as a person reads a limit: "64 MB". */
export function formatSize(bytes: number): string {
  const units: Array<[number, string]> = [[1024 ** 3, 'GB'], [1024 ** 2, 'MB'], [1024, 'KB']];
  for (const [size, unit] of units) if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  return `${bytes} bytes`;
}

/** Why an input larger than --max-size was not read, and how to read it. `size` when it is known. */
export const tooLarge = (maxBytes: number, size?: number): string =>
  `${size !== undefined ? `${formatSize(size)}, ` : ''}larger than --max-size (${formatSize(maxBytes)}); not checked. Raise the limit to check it, e.g. --max-size ${formatSize(Math.max(maxBytes * 2, size ?? 0) + 1024 * 1024).replace(/\.\d+/, '').replace(' ', '')}`;

const KIND_OF = (st: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }) =>
  st.isFIFO() ? 'a named pipe' : st.isCharacterDevice() ? 'a character device' : st.isBlockDevice() ? 'a block device' : st.isSocket() ? 'a socket' : 'not a regular file';

/**
 * Reads a file named on the command line or found in a folder. Only regular files are read: a named
 * pipe, a device (/dev/zero) or a socket is refused without waiting on it, also when one took the
 * place of a file after the folder was walked (opened without blocking, then judged by what was
 * opened). A file larger than `maxBytes` is refused before it is read.
 */
export async function readInputFile(path: string, maxBytes: number = DEFAULT_MAX_SIZE): Promise<Uint8Array> {
  return readInputFileSync(path, maxBytes);
}

/**
 * The same, synchronously: a file is read in four system calls without a round trip through the thread
 * pool for each (a run over hundreds of short posts spent a tenth of its time waiting on them). O_NONBLOCK
 * keeps a FIFO from blocking the open; fstat then refuses everything that is not a regular file.
 */
export function readInputFileSync(path: string, maxBytes: number = DEFAULT_MAX_SIZE): Uint8Array {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (!st.isFile()) throw new Error(`is ${KIND_OF(st)}, not a regular file; not read (to check what it gives, pipe it in: herkenbaar - < ${path})`);
    if (st.size > maxBytes) throw new Error(tooLarge(maxBytes, st.size));
    // Read to the end, as the file may have grown since fstat, but never past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(Math.max(st.size - total, 64 * 1024), maxBytes + 1 - total));
      if (buffer.length === 0) throw new Error(tooLarge(maxBytes));
      const bytesRead = readSync(fd, buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw new Error(tooLarge(maxBytes));
      chunks.push(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
      // A regular file that has not grown: its size was all there was to read.
      if (total === st.size && bytesRead < buffer.length) break;
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** Standard input, to its end or to `maxBytes`: past that, reading stops and the input is refused. */
export async function readStdin(maxBytes: number = DEFAULT_MAX_SIZE, stream: NodeJS.ReadableStream = process.stdin): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += b.length;
    // Leaving the loop destroys the stream: nothing more is read from /dev/zero or a runaway pipe.
    if (total > maxBytes) throw new Error(tooLarge(maxBytes));
    chunks.push(b);
  }
  return Buffer.concat(chunks, total);
}
