import * as fs from 'node:fs';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, type WriteFs } from '../../src/sources/write.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs('herkenbaar-write-');

function setup() {
  const dir = tempDir();
  const file = join(dir, 'post.txt');
  writeFileSync(file, 'the old content\n', { mode: 0o640 });
  return { dir, file };
}

describe('writeFileAtomic', () => {
  it('replaces the content and keeps the mode', () => {
    const { dir, file } = setup();
    writeFileAtomic(file, Buffer.from('the new content\n'));
    expect(readFileSync(file, 'utf8')).toBe('the new content\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['post.txt']);
  });

  it('leaves the old content and no temporary file when the write fails midway', () => {
    const { dir, file } = setup();
    let calls = 0;
    const failing: WriteFs = {
      ...fs,
      // The first chunk lands in the temporary file, then the disk "fills up".
      writeSync: (fd, data, offset, length) => {
        if (++calls > 1) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return fs.writeSync(fd, data, offset, Math.min(length, 5));
      },
    };
    expect(() => writeFileAtomic(file, Buffer.from('the new content, which is longer\n'), failing)).toThrow(/ENOSPC/);
    expect(readFileSync(file, 'utf8')).toBe('the old content\n');
    expect(readdirSync(dir)).toEqual(['post.txt']);
  });

  it('leaves the old content when the final rename fails', () => {
    const { dir, file } = setup();
    const failing: WriteFs = { ...fs, renameSync: () => { throw new Error('EXDEV: cross-device link'); } };
    expect(() => writeFileAtomic(file, Buffer.from('new'), failing)).toThrow(/EXDEV/);
    expect(readFileSync(file, 'utf8')).toBe('the old content\n');
    expect(readdirSync(dir)).toEqual(['post.txt']);
  });
});
