import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file operations an atomic write needs; injectable so a test can fail one midway. */
export interface WriteFs {
  statSync(path: string): { mode: number };
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, data: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
}

/**
 * Replaces `path` with `data` so that a reader (or a crash) sees either the old content or the new,
 * never a mix: write a temporary file in the same folder (same file system, so the rename is
 * atomic), flush it, keep the original's mode, and rename it over the original. On any failure the
 * temporary file is removed and the original is untouched.
 */
export function writeFileAtomic(path: string, data: Uint8Array, io: WriteFs = fs): void {
  const { mode } = io.statSync(path);
  const tmp = join(dirname(path), `.${basename(path)}.herkenbaar-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = io.openSync(tmp, 'wx', mode & 0o7777);
    let written = 0;
    while (written < data.length) written += io.writeSync(fd, data, written, data.length - written);
    io.fsyncSync(fd);
    io.closeSync(fd);
    fd = undefined;
    io.renameSync(tmp, path);
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
    throw e;
  }
}
