import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers.js';
import { runCli, type RunOptions } from './run-cli.js';
import { scripted, type Script } from './scripted-terminal.js';

// --fix --interactive through `run`, with a scripted terminal: the usage errors, the refusal without
// a terminal, and what ends up on disk. The loop itself is in interactive.test.ts; a real
// pseudo-terminal drives it in interactive-pty.test.ts.

const tempDir = useTempDirs('herkenbaar-interactive-');

const RISKY = 'Vandaag komt een 45-jarige vrouw uit Kloetinge met schizofrenie op de afdeling.\n';
/** Every change accepted, and then: write (or not). */
const all = (write: string | undefined): Script => (q) => (/\[y,n,e,q,\?\]/.test(q) ? 'y' : write);
const ALL = all('y');

/** On a terminal, with the answers scripted. */
async function onTerminal(args: string[], answers: Script, options: RunOptions = {}) {
  const t = scripted(answers);
  const r = await runCli(args, { stdinIsTTY: true, stdoutIsTTY: true, terminal: async () => t.terminal, ...options });
  return { ...r, shown: t.shown(), asked: t.asked, closed: t.closed() };
}

describe('--fix --interactive: usage', () => {
  const usage = async (args: string[], message: RegExp, options: RunOptions = {}) => {
    const t = scripted([]);
    const r = await runCli(args, { stdinIsTTY: true, stdoutIsTTY: true, terminal: async () => t.terminal, ...options });
    expect(r.code, args.join(' ')).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^herkenbaar: /);
    expect(r.stderr).toMatch(message);
    expect(t.asked).toEqual([]);
  };

  it('needs --fix', async () => {
    const dir = tempDir({ 'post.txt': RISKY });
    await usage([join(dir, 'post.txt'), '--interactive'], /--interactive only works with --fix/);
  });

  it('needs one file: not --text, not standard input, not several files or a folder of them', async () => {
    const dir = tempDir({ 'a.txt': RISKY, 'b.txt': RISKY });
    await usage(['--fix', '--interactive', '--text', 'Een tekst.'], /--interactive needs a file to write to; --text and standard input/);
    await usage(['--fix', '--interactive', '-'], /--interactive needs a file to write to/);
    await usage(['--fix', '--interactive'], /--interactive needs a file to write to/);
    await usage(['--fix', '--interactive', join(dir, 'a.txt'), join(dir, 'b.txt')], /--interactive works on one file at a time \(got 2\)/);
    await usage(['--fix', '--interactive', dir], /--interactive works on one file at a time; .* is 2 files/);
    await usage(['--fix', '--interactive', '--staged'], /--interactive rewrites a file in the working tree; --staged/);
  });

  it('is not a report: --format json and --output-file do not go with it', async () => {
    const dir = tempDir({ 'post.txt': RISKY });
    await usage(['--fix', '--interactive', join(dir, 'post.txt'), '--format', 'json'], /--format and --output-file do not go with it/);
    await usage(['--fix', '--interactive', join(dir, 'post.txt'), '-o', join(dir, 'out.txt')], /--format and --output-file do not go with it/);
  });

  it('without a terminal it says why and exits 2, touching nothing', async () => {
    const dir = tempDir({ 'post.txt': RISKY });
    const file = join(dir, 'post.txt');
    const args = ['--fix', '--interactive', file];
    await usage(args, /--interactive needs a terminal to ask you on \(standard input is not a terminal\); use --fix to print the rewrite, or --fix --write to save it/, { stdinIsTTY: false });
    await usage(args, /\(standard output is not a terminal\)/, { stdoutIsTTY: false });
    await usage(args, /\(CI is set\)/, { env: { CI: 'true' } });
    await usage(args, /\(CI is set\)/, { env: { CI: '1' } });
    expect(readFileSync(file, 'utf8')).toBe(RISKY);
  });

  it('CI=false or an empty CI is no CI', async () => {
    const dir = tempDir({ 'post.txt': RISKY });
    for (const CI of ['false', '0', '']) {
      const r = await onTerminal(['--fix', '--interactive', join(dir, 'post.txt')], ['q'], { env: { CI } });
      expect(r.code, CI).toBe(1);
    }
  });

  it('a missing file is exit 2, naming it', async () => {
    const dir = tempDir();
    const r = await onTerminal(['--fix', '--interactive', join(dir, 'nope.txt')], []);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.txt: no such file/);
  });
});

describe('--fix --interactive: what is written', () => {
  it('accept all, confirm: the rewrite of --fix is saved atomically, mode kept; exit 0', async () => {
    const dir = tempDir({ 'post.txt': RISKY });
    const file = join(dir, 'post.txt');
    chmodSync(file, 0o640);
    const printed = await runCli([file, '--fix']);
    const r = await onTerminal(['--fix', '--interactive', file], ALL);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(printed.stdout);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['post.txt']);
    expect(r.shown).toMatch(/Geschreven: .*post\.txt\n$/);
    expect(r.closed).toBe(true);
    // The session is on the terminal, not in the report streams.
    expect(r.stdout).toBe('');
  });

  it('the encoding and BOM the file was read in are kept', async () => {
    const dir = tempDir();
    const file = join(dir, 'post.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RISKY, 'utf16le')]));
    const r = await onTerminal(['--fix', '--interactive', file], ALL);
    expect(r.code).toBe(0);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const text = bytes.subarray(2).toString('utf16le');
    expect(text).not.toMatch(/Kloetinge/);
    expect(text).toMatch(/schizofrenie/);
  });

  it('not confirmed, quit, or Ctrl-D: the file is untouched; exit 1 as the file still fails', async () => {
    for (const answers of [all('n'), all(''), all(undefined), ['y', 'q', ''], ['y', 'q', 'n'], ['y', undefined], [undefined]]) {
      const dir = tempDir({ 'post.txt': RISKY });
      const file = join(dir, 'post.txt');
      const r = await onTerminal(['--fix', '--interactive', file], answers);
      expect(r.code, String(answers)).toBe(1);
      expect(readFileSync(file, 'utf8')).toBe(RISKY);
      expect(readdirSync(dir)).toEqual(['post.txt']);
      expect(r.closed).toBe(true);
    }
  });

  it('a partial rewrite the user confirms is written, and the exit code says it does not reach the target', async () => {
    const dir = tempDir({ 'post.txt': RISKY });
    const file = join(dir, 'post.txt');
    const r = await onTerminal(['--fix', '--interactive', file], ['y', 'q', 'y']);
    expect(r.code).toBe(1);
    expect(r.asked.at(-1)).toMatch(/^Het doel is niet gehaald\. Toch schrijven naar .*post\.txt \[y\/N\]\? $/);
    expect(readFileSync(file, 'utf8')).not.toBe(RISKY);
    expect(readFileSync(file, 'utf8')).not.toMatch(/Vandaag/);
  });

  it('a file with bytes that are not UTF-8 is never written back', async () => {
    const dir = tempDir();
    const file = join(dir, 'post.txt');
    const bytes = Buffer.concat([Buffer.from(RISKY.trim(), 'utf8'), Buffer.from([0xff, 0x0a])]);
    writeFileSync(file, bytes);
    const r = await onTerminal(['--fix', '--interactive', file], ALL);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not written: it contains bytes that are not valid UTF-8/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('--ui-lang and --target apply', async () => {
    const dir = tempDir({ 'post.txt': RISKY });
    const r = await onTerminal(['--fix', '--interactive', join(dir, 'post.txt'), '--ui-lang', 'en', '--target', 'medium'], ['q']);
    expect(r.shown).toMatch(/: risk medium; target: medium or lower\n/);
    // Medium is allowed: nothing to rewrite, so nothing is asked.
    expect(r.asked).toEqual([]);
    expect(r.code).toBe(0);
  });
});
