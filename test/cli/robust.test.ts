import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import {
  chmodSync, chownSync, closeSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, statSync,
  symlinkSync, truncateSync, unlinkSync, writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInputs, readInputFile } from '../../src/sources/inputs.js';
import { useTempDirs } from '../helpers.js';
import { bin, root, runCli } from './run-cli.js';

// Issue 14, "never hang, never leak, never lose a byte": every row of its table, end to end. What needs
// a process (a closed pipe, /dev/zero, FIFOs, a kill during a write, another user) spawns the built
// CLI, always with a timeout; the permission cases run as an unprivileged user (setpriv to nobody when
// the tests run as root) or are skipped with the reason.

const tempDir = useTempDirs('herkenbaar-robust-');

const RISKY = 'Vandaag komt een 45-jarige vrouw uit Kloetinge met schizofrenie op de afdeling.';
const IDENTIFIED = 'Mevrouw Anna Jansen uit Kloetinge belde vandaag over haar opname.';
const HARMLESS = 'Wat een mooie dag voor een wandeling door het bos met een verse peer.';
// Long enough for the end-to-end cases, short enough that a hang would show within it.
const TIMEOUT = 60_000;

interface Spawned {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The built CLI in its own process, with a timeout: a hang fails the test instead of stalling the run. */
function cli(args: string[], options: { cwd?: string; input?: string | Buffer; stdin?: number; nodeArgs?: string[]; env?: NodeJS.ProcessEnv; as?: string[] } = {}): Spawned {
  const command = [...(options.as ?? []), process.execPath, ...(options.nodeArgs ?? []), bin, ...args];
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    timeout: TIMEOUT,
    killSignal: 'SIGKILL',
    maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
    ...(options.stdin !== undefined ? { stdio: [options.stdin, 'pipe', 'pipe'] } : { input: options.input ?? '' }),
  };
  const r = spawnSync(command[0]!, command.slice(1), spawnOptions);
  if (r.error) throw r.error;
  return { code: r.status, signal: r.signal, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** The CLI in-process (run() from src): for the rows where the process itself is not the point. */
const inproc = (args: string[]) => runCli(args);

const results = (stdout: string): Array<{ file: string; findings: Array<{ text: string }> }> => JSON.parse(stdout).results;

// ---- an unprivileged user ----------------------------------------------------------------------

const NOBODY = { uid: 65534, gid: 65534 };
const isRoot = process.getuid?.() === 0;
/** How to run the CLI as an unprivileged user, or why that cannot be done here. */
const unprivileged: { as: string[]; skip?: string } = (() => {
  if (process.platform === 'win32') return { as: [], skip: 'no POSIX permissions on Windows' };
  if (!isRoot) return { as: [] };
  const as = ['setpriv', `--reuid=${NOBODY.uid}`, `--regid=${NOBODY.gid}`, '--clear-groups'];
  const probe = spawnSync(as[0]!, [...as.slice(1), process.execPath, bin, '--version'], { encoding: 'utf8', timeout: TIMEOUT });
  if (probe.error || probe.status !== 0) return { as, skip: `setpriv to uid ${NOBODY.uid} does not run the CLI here (${probe.error?.message ?? probe.stderr.trim().split('\n')[0]})` };
  return { as };
})();
const asUser = (what: string) => `${what} (as ${isRoot ? 'nobody, via setpriv' : 'this user'}${unprivileged.skip ? `; skipped: ${unprivileged.skip}` : ''})`;
/** A temporary folder that the unprivileged user may enter and, with `writable`, write in. */
function sharedDir(files: Record<string, string> = {}, writable = false): string {
  const dir = tempDir(files);
  chmodSync(dir, writable ? 0o777 : 0o755);
  for (const name of Object.keys(files)) chmodSync(join(dir, name), 0o644);
  return dir;
}

// ---- the rows ----------------------------------------------------------------------------------

describe('links in a walked folder', () => {
  it('two `ln -s .` links: each real file is checked once, each loop is reported and skipped, the exit code is the content’s', () => {
    const dir = tempDir({ 'a.txt': IDENTIFIED, 'sub/b.md': HARMLESS });
    symlinkSync('.', join(dir, 'loop1'));
    symlinkSync('.', join(dir, 'loop2'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    const r = cli([dir, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(results(r.stdout).map((x) => x.file)).toEqual([join(dir, 'a.txt'), join(dir, 'sub', 'b.md')]);
    for (const link of ['loop1', 'loop2', 'sub/up']) expect(r.stderr).toContain(`${join(dir, link)}: is a link to a folder that contains it (a loop); skipped`);
  });

  it('a link to a file or folder elsewhere in the tree: the file is reported once, under its own path', async () => {
    const dir = tempDir({ 'real/post.md': IDENTIFIED });
    symlinkSync('real', join(dir, 'alias'));
    symlinkSync('real/post.md', join(dir, 'also.md'));
    const r = await inproc([dir, '--format', 'json']);
    expect(results(r.stdout).map((x) => x.file)).toEqual([join(dir, 'real', 'post.md')]);
    expect(r.stderr).toBe('');
  });

  it('a link to a folder outside the tree is followed, as before; a glob does not follow folder links', async () => {
    const outside = tempDir({ 'notes.txt': IDENTIFIED });
    const dir = tempDir({ 'here.txt': HARMLESS });
    symlinkSync(outside, join(dir, 'shared'));
    symlinkSync('.', join(dir, 'loop'));
    expect((await resolveInputs([dir])).map((i) => (i as { path: string }).path)).toEqual([join(dir, 'here.txt'), join(dir, 'shared', 'notes.txt')]);
    const r = await inproc([`${dir}/**/*.txt`, '--format', 'json']);
    expect(results(r.stdout).map((x) => x.file)).toEqual([join(dir, 'here.txt')]);
  });
});

const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

describe(`devices, pipes and standard input${hasMkfifo ? '' : ' (named-pipe cases skipped: no mkfifo)'}`, () => {
  it('/dev/zero named on the command line is refused at once (exit 2), the other inputs are checked', () => {
    const dir = tempDir({ 'post.txt': RISKY });
    const r = cli(['/dev/zero', join(dir, 'post.txt'), '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\/dev\/zero: is a character device, not a regular file; not read/);
    expect(results(r.stdout)).toHaveLength(1);
  });

  it('`- < /dev/zero` reads up to --max-size, then stops and refuses (exit 2)', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const r = cli(['-', '--max-size', '2MB'], { stdin: zero });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/<stdin>: larger than --max-size \(2 MB\); not checked\. Raise the limit/);
      // The default limit holds as well.
      const d = cli(['-'], { stdin: zero });
      expect(d.code).toBe(2);
      expect(d.stderr).toMatch(/<stdin>: larger than --max-size \(64 MB\)/);
    } finally {
      closeSync(zero);
    }
  });

  it.skipIf(!hasMkfifo)('a named pipe, named or inside a walked folder, is never waited on', () => {
    const dir = tempDir({ 'post.txt': RISKY });
    const fifo = join(dir, 'pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const named = cli([fifo]);
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/pipe\.txt: is a named pipe, not a regular file; not read \(to check what it gives, pipe it in: herkenbaar - </);
    const walked = cli([dir, '--format', 'json']);
    expect(walked.code).toBe(1);
    expect(results(walked.stdout).map((x) => x.file)).toEqual([join(dir, 'post.txt')]);
  });

  it.skipIf(!hasMkfifo)('a file that became a named pipe after the folder was walked is refused, not waited on', async () => {
    const dir = tempDir({ 'post.txt': RISKY });
    const [input] = await resolveInputs([dir]);
    expect(input).toMatchObject({ kind: 'file', path: join(dir, 'post.txt') });
    // Swapped in between the walk and the read.
    unlinkSync(join(dir, 'post.txt'));
    expect(spawnSync('mkfifo', [join(dir, 'post.txt')]).status).toBe(0);
    await expect(readInputFile(join(dir, 'post.txt'))).rejects.toThrow(/is a named pipe, not a regular file/);
  });

  it('a text larger than --max-size is refused with the limit and how to raise it (exit 2); a raised limit reads it', async () => {
    const dir = tempDir({ 'post.txt': RISKY });
    const big = join(dir, 'huge.txt');
    writeFileSync(big, '');
    truncateSync(big, 200 * 1024 * 1024); // 200 MB, sparse: no disk space, no reading
    const r = await inproc([big, join(dir, 'post.txt'), '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/huge\.txt: 200 MB, larger than --max-size \(64 MB\); not checked\. Raise the limit to check it, e\.g\. --max-size \d+MB/);
    expect(results(r.stdout).map((x) => x.file)).toEqual([join(dir, 'post.txt')]);
    const small = await inproc([join(dir, 'post.txt'), '--max-size', '20']);
    expect(small.code).toBe(2);
    expect(small.stderr).toMatch(/post\.txt: \d+ bytes, larger than --max-size \(20 bytes\)/);
    expect((await inproc([join(dir, 'post.txt'), '--max-size', '1k'])).code).toBe(1);
    const piped = cli(['-', '--max-size', '20'], { input: RISKY });
    expect(piped.code).toBe(2);
    expect(piped.stderr).toMatch(/<stdin>: larger than --max-size \(20 bytes\)/);
    expect((await inproc(['--max-size', 'lots', '--text', 'x'])).stderr).toMatch(/--max-size must be a size such as 200MB/);
  });
});

describe('a closed standard output', () => {
  it('`herkenbaar … | head -c 1`: no EPIPE stack trace, and the exit code is the run’s', () => {
    const dir = tempDir(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`post${i}.txt`, `${IDENTIFIED}\n`.repeat(30)])));
    // More than a pipe holds (64 KB), so writes go on after head has gone; --fail-on none: the run's own code is 0.
    const script = `"${process.execPath}" "${bin}" "${dir}" --fail-on none | head -c 1 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: TIMEOUT, killSignal: 'SIGKILL', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(r.stderr.trim()).toBe('status=0');
  });

  it('a standard output that cannot be written (a full disk) is an error: exit 2, told on stderr', () => {
    let full: number;
    try {
      full = openSync('/dev/full', 'w');
    } catch {
      return; // no /dev/full here
    }
    try {
      const r = spawnSync(process.execPath, [bin, '--text', IDENTIFIED], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: TIMEOUT, killSignal: 'SIGKILL' });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/cannot write to standard output: .*ENOSPC/);
    } finally {
      closeSync(full);
    }
  });
});

describe.skipIf(unprivileged.skip !== undefined)(asUser('permissions'), () => {
  it('one unreadable subfolder: a warning for it, the rest checked, exit 2', () => {
    const dir = sharedDir({ 'open.txt': IDENTIFIED });
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'secret.txt'), RISKY);
    chmodSync(join(dir, 'locked'), isRoot ? 0o700 : 0o000);
    try {
      const r = cli([dir, '--format', 'json'], { as: unprivileged.as });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${join(dir, 'locked')}: cannot read this folder (permission denied); the text files in it were not checked`);
      expect(r.stderr).not.toMatch(/internal error/);
      expect(results(r.stdout).map((x) => x.file)).toEqual([join(dir, 'open.txt')]);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });

  it('--fix --write on a read-only file of your own: refused (exit 1), the file keeps its bytes', () => {
    const dir = sharedDir({}, true);
    const file = join(dir, 'post.txt');
    writeFileSync(file, RISKY, { mode: 0o444 });
    chmodSync(file, 0o444);
    if (isRoot) chownSync(file, NOBODY.uid, NOBODY.gid);
    const r = cli([file, '--fix', '--write'], { as: unprivileged.as });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/post\.txt: is read-only; not written/);
    expect(readFileSync(file, 'utf8')).toBe(RISKY);
    expect(readdirSync(dir)).toEqual(['post.txt']);
  });

  it.runIf(isRoot)('--fix --write on another user’s file in a folder you may write in: refused, not replaced', () => {
    const dir = sharedDir({}, true);
    const file = join(dir, 'post.txt');
    writeFileSync(file, RISKY, { mode: 0o644 }); // root's, readable by nobody
    const r = cli([file, '--fix', '--write'], { as: unprivileged.as });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/post\.txt: is not writable for you; not written/);
    expect(statSync(file).uid).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(RISKY);
  });
});

describe('--fix --write keeps what is not text', () => {
  it.runIf(isRoot)('as root on another user’s file: rewritten, owner, group and mode kept', async () => {
    const dir = tempDir({ 'post.txt': RISKY });
    const file = join(dir, 'post.txt');
    chownSync(file, NOBODY.uid, NOBODY.gid);
    chmodSync(file, 0o664);
    const r = await inproc([file, '--fix', '--write']);
    expect(r.code).toBe(0);
    const st = statSync(file);
    expect([st.uid, st.gid, st.mode & 0o7777]).toEqual([NOBODY.uid, NOBODY.gid, 0o664]);
    expect(readFileSync(file, 'utf8')).not.toMatch(/Kloetinge/);
  });

  it('a read-only file (mode 444), even for root: refused, untouched', async () => {
    const dir = tempDir({ 'post.txt': RISKY });
    const file = join(dir, 'post.txt');
    chmodSync(file, 0o444);
    const r = await inproc([file, '--fix', '--write']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is read-only; not written/);
    expect(readFileSync(file, 'utf8')).toBe(RISKY);
  });

  it('a link named on the command line: written through to its target, the link stays a link', async () => {
    const dir = tempDir({ 'real.txt': RISKY });
    symlinkSync('real.txt', join(dir, 'link.txt'));
    const r = await inproc([join(dir, 'link.txt'), '--fix', '--write']);
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.txt'))).toBe('real.txt');
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).not.toMatch(/Kloetinge/);
    expect(readdirSync(dir).sort()).toEqual(['link.txt', 'real.txt']);
  });

  it('a walked folder: a link to a file inside it is written through; one to a file outside it is refused', async () => {
    const outside = tempDir({ 'theirs.txt': RISKY });
    const dir = tempDir({ 'docs/real.md': RISKY });
    symlinkSync(join(outside, 'theirs.txt'), join(dir, 'docs', 'elsewhere.txt'));
    symlinkSync('real.md', join(dir, 'docs', 'alias.md'));
    const r = await inproc([dir, '--fix', '--write']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/elsewhere\.txt: is a link to a file outside .*; not written/);
    expect(readFileSync(join(outside, 'theirs.txt'), 'utf8')).toBe(RISKY);
    expect(readFileSync(join(dir, 'docs', 'real.md'), 'utf8')).not.toMatch(/Kloetinge/);
    expect(lstatSync(join(dir, 'docs', 'alias.md')).isSymbolicLink()).toBe(true);
  });

  it('a file with two hard links: refused, both names keep the old text', async () => {
    const dir = tempDir({ 'a.txt': RISKY });
    linkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    const r = await inproc([join(dir, 'a.txt'), '--fix', '--write']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a\.txt: has 2 hard links; not written/);
    expect(statSync(join(dir, 'b.txt')).nlink).toBe(2);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe(RISKY);
  });

  it('the mode is kept exactly, whatever the umask', () => {
    const dir = tempDir({ 'post.txt': RISKY });
    chmodSync(join(dir, 'post.txt'), 0o666);
    const r = spawnSync('sh', ['-c', `umask 077; exec "${process.execPath}" "${bin}" "${join(dir, 'post.txt')}" --fix --write`], { encoding: 'utf8', timeout: TIMEOUT });
    expect(r.status).toBe(0);
    expect(statSync(join(dir, 'post.txt')).mode & 0o777).toBe(0o666);
  });
});

describe('-o never overwrites an input', () => {
  it('-o same.txt same.txt and --fix -o same.txt same.txt: refused (exit 2), the draft keeps its text', async () => {
    const dir = tempDir({ 'same.txt': RISKY });
    const file = join(dir, 'same.txt');
    for (const args of [['-o', file, file], ['--fix', '-o', file, file], ['-o', file, dir], ['--format', 'json', '-o', join(dir, '.', 'same.txt'), file]]) {
      const r = await inproc(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--output-file .* is one of the inputs/);
      expect(readFileSync(file, 'utf8')).toBe(RISKY);
    }
    // Through a link, too.
    symlinkSync(file, join(dir, 'report.txt'));
    expect((await runCli(['-o', join(dir, 'report.txt'), file])).code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(RISKY);
  });

  it('a report written with -o gets mode 600, a new file and an existing one alike', async () => {
    const dir = tempDir({ 'post.txt': RISKY, 'old-report.txt': 'old' });
    chmodSync(join(dir, 'old-report.txt'), 0o644);
    for (const [out, extra] of [['new-report.txt', []], ['old-report.txt', []], ['rewrite.txt', ['--fix']], ['report.json', ['--format', 'json']]] as const) {
      const r = await inproc([join(dir, 'post.txt'), '-o', join(dir, out), ...extra]);
      expect(r.code).toBe(extra[0] === '--fix' ? 0 : 1);
      expect(statSync(join(dir, out)).mode & 0o777).toBe(0o600);
    }
    // A device is written as it is, never chmod-ed.
    const before = statSync('/dev/null').mode;
    expect((await inproc([join(dir, 'post.txt'), '-o', '/dev/null'])).code).toBe(1);
    expect(statSync('/dev/null').mode).toBe(before);
  });
});

describe('an identifier at the internal 200,000-character cut', () => {
  it('is found whole, once, wherever the cut falls in it', async () => {
    const filler = 'Dit is een zin over het beleid van de organisatie en de manier waarop wij werken. '.repeat(2450);
    const sentence = 'Bel mevrouw Anna de Vries op 06 1234 5678 of mail anna.devries@voorbeeld.nl, ze woont in Kloetinge.';
    const dir = tempDir();
    // No blank line and no line break: the cut falls at a space, here inside the sentence.
    for (const shift of [14, 33, 50]) { // inside the name, the phone number, the e-mail address
      writeFileSync(join(dir, `cut-${shift}.txt`), `${filler.slice(0, 200_000 - shift)}${sentence} ${filler.slice(0, 2_000)}`);
    }
    const r = await inproc([dir, '--format', 'json', '--fail-on', 'none']);
    expect(results(r.stdout)).toHaveLength(3);
    for (const res of results(r.stdout)) {
      const texts = res.findings.map((f) => f.text);
      for (const id of ['Anna de Vries', '06 1234 5678', 'anna.devries@voorbeeld.nl', 'Kloetinge']) expect(texts.filter((t) => t.includes(id)), `${res.file}: ${id}`).toHaveLength(1);
    }
  });
});

describe('invisible characters inside an identifier', () => {
  it('a zero-width space, soft hyphen or no-break space does not hide a name, e-mail, phone or place; offsets point into the original', async () => {
    const text = 'Bel Anna de\u00a0Vries op 06\u200b12345678 of anna@voor\u00adbeeld.nl; ze woont in Kloe\u00adtinge.';
    const dir = tempDir({ 'post.txt': text });
    const r = await runCli([join(dir, 'post.txt'), '--format', 'json']);
    const findings = JSON.parse(r.stdout).results[0].findings as Array<{ kind: string; text: string; start: number; end: number }>;
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['name', 'phone', 'email', 'place']));
  });
});

describe('encodings', () => {
  const utf32 = (s: string, little: boolean) => {
    const out = Buffer.alloc(4 + 4 * [...s].length);
    out.writeUInt32BE(little ? 0xfffe0000 : 0x0000feff, 0);
    let o = 4;
    for (const ch of s) {
      if (little) out.writeUInt32LE(ch.codePointAt(0)!, o);
      else out.writeUInt32BE(ch.codePointAt(0)!, o);
      o += 4;
    }
    return out;
  };

  it('UTF-32 with a BOM is decoded, and --fix --write saves it as UTF-32 with the same BOM', async () => {
    for (const little of [true, false]) {
      const dir = tempDir({ 'post.txt': utf32(RISKY, little) });
      const r = await inproc([join(dir, 'post.txt'), '--format', 'json']);
      expect(r.code).toBe(1);
      expect(results(r.stdout)[0]!.findings.map((f) => f.text)).toContain('Kloetinge');
      expect((await inproc([join(dir, 'post.txt'), '--fix', '--write'])).code).toBe(0);
      const bytes = readFileSync(join(dir, 'post.txt'));
      expect([...bytes.subarray(0, 4)]).toEqual(little ? [0xff, 0xfe, 0, 0] : [0, 0, 0xfe, 0xff]);
      const text = new TextDecoder('utf-8').decode(Buffer.from([...bytes.subarray(4)].filter((_, i) => i % 4 === (little ? 0 : 3))));
      expect(text).toMatch(/schizofrenie/);
      expect(text).not.toMatch(/Kloetinge/);
    }
  });

  it('UTF-16 with an odd last byte or a lone surrogate: read with a warning on stderr, never written back', async () => {
    const body = Buffer.from(RISKY, 'utf16le');
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), body, Buffer.from([0x41])]), Buffer.concat([Buffer.from([0xff, 0xfe]), body, Buffer.from([0x00, 0xd8, 0x41, 0x00])])]) {
      const dir = tempDir({ 'post.txt': bytes });
      const r = await inproc([join(dir, 'post.txt')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/post\.txt: contains bytes that are not valid UTF-16LE/);
      expect(r.stdout).not.toMatch(/UTF-16/);
      const w = await inproc([join(dir, 'post.txt'), '--fix', '--write']);
      expect(w.code).toBe(1);
      expect(w.stderr).toMatch(/not written: it contains bytes that are not valid UTF-16LE/);
      expect(readFileSync(join(dir, 'post.txt')).equals(bytes)).toBe(true);
    }
  });

  it('the invalid-UTF-8 warning is on stderr, not in the report on stdout', async () => {
    const dir = tempDir({ 'bad.txt': Buffer.concat([Buffer.from(IDENTIFIED), Buffer.from([0xc3, 0x28])]) });
    const r = await inproc([join(dir, 'bad.txt')]);
    expect(r.stderr).toMatch(/bad\.txt: contains bytes that are not valid UTF-8/);
    expect(r.stdout).not.toMatch(/UTF-8/);
  });
});

describe('--fix --write killed', () => {
  /** A preload that sends the process `signal` itself while it writes: in `at` (writeSync or renameSync), before the call. */
  function killer(dir: string, signal: string, at: 'writeSync' | 'renameSync'): string {
    const file = join(dir, 'killer.mjs');
    writeFileSync(file, `import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const original = fs.${at};
const open = fs.openSync;
let done = false;
fs.openSync = function (path, flags, mode) {
  const fd = open.apply(this, arguments);
  if (String(path).endsWith('.tmp')) fs.writeSync(2, 'temporary file mode ' + (fs.fstatSync(fd).mode & 0o777).toString(8) + '\\n');
  return fd;
};
fs.${at} = function () {
  if (!done && (${at === 'writeSync' ? 'arguments[0] > 2' : 'true'})) {
    done = true;
    process.kill(process.pid, '${signal}');
  }
  return original.apply(this, arguments);
};
syncBuiltinESMExports();
`);
    return file;
  }

  for (const [signal, at] of [['SIGTERM', 'writeSync'], ['SIGTERM', 'renameSync'], ['SIGINT', 'writeSync'], ['SIGHUP', 'renameSync']] as const) {
    {
      it(`${signal} in ${at}: no temporary file is left, the file holds the old text or the new, whole; the temporary file had mode 600`, () => {
        const target = tempDir({ 'post.txt': RISKY });
        const preload = killer(tempDir(), signal, at);
        const r = cli([join(target, 'post.txt'), '--fix', '--write'], { nodeArgs: ['--import', preload] });
        expect(r.stderr).toMatch(/temporary file mode 600/);
        expect(r.signal).toBe(signal);
        expect(readdirSync(target)).toEqual(['post.txt']);
        const now = readFileSync(join(target, 'post.txt'), 'utf8');
        // The write was let finish: the new text, whole.
        expect(now).toMatch(/schizofrenie/);
        expect(now).not.toMatch(/Kloetinge/);
      });
    }
  }
});
