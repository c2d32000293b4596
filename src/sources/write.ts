import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';

/** The file operations an atomic write needs; injectable so a test can fail one midway. */
export interface WriteFs {
  statSync(path: string): fs.Stats;
  realpathSync(path: string): string;
  accessSync(path: string, mode?: number): void;
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, data: Uint8Array, offset: number, length: number): number;
  fchownSync(fd: number, uid: number, gid: number): void;
  fchmodSync(fd: number, mode: number): void;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
}

/** A file that is not written on purpose: saving it would change more than its text (owner, links, a read-only mark). */
export class WriteRefused extends Error {}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** Temporary files that exist right now (at most one: writes are synchronous). */
const live = new Set<string>();
let guarded = false;

function removeLive(): void {
  for (const tmp of live) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // renamed or never created
    }
  }
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeLive();
  // Die of the signal, as the process would have without this handler.
  unguard();
  process.kill(process.pid, signal);
}

/**
 * While a temporary file exists, a SIGINT, SIGTERM or SIGHUP does not end the process at once: the
 * write (synchronous) finishes or fails, its temporary file is gone, then the handler re-raises the
 * signal. The handlers stay two turns of the event loop past the write, so a signal that arrived
 * during it is still delivered to them rather than dropped. SIGKILL cannot be caught; then the
 * temporary file (mode 600, beside its target) can remain.
 */
function guard(): void {
  if (guarded) return;
  guarded = true;
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', removeLive);
}

function unguard(): void {
  if (!guarded) return;
  guarded = false;
  for (const s of SIGNALS) process.off(s, onSignal);
  process.off('exit', removeLive);
}

/** A path as it is inside `folder` (both real paths), or undefined when it lies outside. */
const inside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

export interface AtomicWriteOptions {
  /**
   * The folder the file was found in by walking (a folder named on the command line): a link is
   * written through only to a file inside it. Without it (a file named itself), a link is written
   * through to its target wherever it is, as an editor does.
   */
  root?: string;
}

/**
 * Replaces the file at `path` with `data` so that a reader (or a crash) sees either the old content
 * or the new, never a mix: write a temporary file (mode 600) in the same folder (same file system, so
 * the rename is atomic), give it the original's owner and mode, flush it, and rename it over the
 * original. A link is written through: its target gets the new text, the link stays a link. On any
 * failure the temporary file is removed and the original is untouched.
 *
 * Refused (WriteRefused, nothing written): anything but a regular file, a read-only file (no write
 * bit, or not writable for this user), a file with more than one hard link (the rename would split
 * them), a link to a file outside `root`, a file whose owner could not be kept.
 */
export function writeFileAtomic(path: string, data: Uint8Array, io: WriteFs = fs, options: AtomicWriteOptions = {}): void {
  const target = io.realpathSync(path);
  if (options.root !== undefined && !inside(target, io.realpathSync(options.root))) {
    throw new WriteRefused(`is a link to a file outside ${options.root}; not written (name the file itself to write through the link)`);
  }
  const st = io.statSync(target);
  if (!st.isFile()) throw new WriteRefused('is not a regular file; not written');
  if ((st.mode & 0o222) === 0) throw new WriteRefused('is read-only; not written');
  try {
    io.accessSync(target, fs.constants.W_OK);
  } catch {
    throw new WriteRefused('is not writable for you; not written');
  }
  if (st.nlink > 1) throw new WriteRefused(`has ${st.nlink} hard links; not written (replacing it would leave the other names with the old text)`);
  const uid = process.getuid?.();
  const gid = process.getgid?.();
  const tmp = join(dirname(target), `.${basename(target)}.herkenbaar-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  guard();
  try {
    fd = io.openSync(tmp, 'wx', 0o600);
    live.add(tmp);
    let written = 0;
    while (written < data.length) written += io.writeSync(fd, data, written, data.length - written);
    if ((uid !== undefined && st.uid !== uid) || (gid !== undefined && st.gid !== gid)) {
      try {
        io.fchownSync(fd, st.uid, st.gid);
      } catch {
        throw new WriteRefused(`belongs to ${st.uid === uid ? 'another group' : 'another user'}, whom the new file could not be given; not written`);
      }
    }
    // After the owner: chown clears the set-id bits.
    io.fchmodSync(fd, st.mode & 0o7777);
    io.fsyncSync(fd);
    io.closeSync(fd);
    fd = undefined;
    io.renameSync(tmp, target);
    live.delete(tmp);
  } catch (e) {
    if (fd !== undefined) {
      try {
        io.closeSync(fd);
      } catch {
        // already failing; the original error is the one to report
      }
    }
    try {
      io.unlinkSync(tmp);
    } catch {
      // the temporary file may never have been created
    }
    live.delete(tmp);
    throw e;
  } finally {
    // Two turns of the event loop later, so that one poll for signals lies in between: a signal that
    // came in during the write reaches the handler first (and keeps the loop alive until it has).
    setImmediate(() =>
      setImmediate(() => {
        if (live.size === 0) unguard();
      }),
    );
  }
}

/**
 * Writes a report or a rewrite to the file given with -o: a new file gets mode 600 (it can hold the
 * matched words), and so does an existing regular file; a device or pipe (-o /dev/stdout) is written
 * as it is.
 */
/** Opens `path` for writing a report, readable by its owner only (mode 600, also when it existed). */
export function openPrivateFile(path: string): number {
  const fd = fs.openSync(path, 'w', 0o600);
  try {
    const st = fs.fstatSync(fd);
    if (st.isFile() && (st.mode & 0o777) !== 0o600) fs.fchmodSync(fd, 0o600);
  } catch (e) {
    fs.closeSync(fd);
    throw e;
  }
  return fd;
}

export function writePrivateFile(path: string, data: string | Uint8Array): void {
  const fd = openPrivateFile(path);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    let written = 0;
    while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether two paths name one file (after links); false when either does not exist. */
export function sameFile(a: string, b: string): boolean {
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
