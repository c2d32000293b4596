import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers.js';
import { bin, launchers, spawnCli, type Launcher } from './run-cli.js';

// --fix --interactive end to end: the built CLI on a real pseudo-terminal, answered by
// pty-session.py (python3's pty module, as Debian ships it; .ci/run installs python3 when missing).

const tempDir = useTempDirs('herkenbaar-pty-');
const driver = join(import.meta.dirname, 'pty-session.py');

const RISKY = 'Vandaag komt een 45-jarige vrouw uit Kloetinge met schizofrenie op de afdeling.\n';
const ENGLISH = 'A 58-year-old trucker from Aberdeen was admitted today with schizophrenia.\n';

const python = spawnSync('python3', ['-c', 'import pty, termios, fcntl, select'], { encoding: 'utf8' });
const havePty = python.status === 0;
const missing = 'python3 with its pty module is not installed here; the pseudo-terminal test needs it';
const inCI = process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false';

interface Step {
  expect: string;
  send: string;
  repeat?: boolean;
}

/** The CLI on a pseudo-terminal, answered step by step; CI is left out, as it would refuse. */
function onPty(args: string[], steps: Step[], options: { cwd: string; env?: NodeJS.ProcessEnv; launcher?: Launcher }): { output: string; status: number | null } {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TERM: 'xterm', ...options.env };
  if (!options.env || !('CI' in options.env)) delete env['CI'];
  delete env['FORCE_COLOR'];
  const command = options.launcher ? [options.launcher.command, ...options.launcher.args] : [process.execPath, bin];
  const spec = { argv: [...command, ...args], cwd: options.cwd, timeout: 25, steps };
  const r = spawnSync('python3', [driver], { input: JSON.stringify(spec), encoding: 'utf8', env, timeout: 120_000 });
  if (r.status !== 0) throw new Error(`pty-session.py failed (${r.status ?? r.signal}): ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { output: string; status: number | null; error: string | null };
  if (out.error) throw new Error(`${out.error}\n--- the terminal showed ---\n${out.output}`);
  return out;
}

const QUESTION = String.raw`\[y,n,e,q,\?\]\? $`;
const CONFIRM = String.raw`\[y/N\]\? $`;

describe('--fix --interactive as a process', () => {
  it('without a terminal (piped standard input and output) it refuses with exit 2, touching nothing', () => {
    const dir = tempDir({ 'post.txt': RISKY });
    const r = spawnCli(['--fix', '--interactive', join(dir, 'post.txt')], { env: { CI: undefined } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^herkenbaar: --interactive needs a terminal to ask you on \(standard input is not a terminal\)/);
    expect(readFileSync(join(dir, 'post.txt'), 'utf8')).toBe(RISKY);
  });

  it.runIf(inCI && !havePty)('CI has python3 for the pseudo-terminal test', () => {
    throw new Error(`${missing}: .ci/run should have installed it`);
  });
});

describe.skipIf(!havePty)(havePty ? '--fix --interactive on a pseudo-terminal' : `--fix --interactive on a pseudo-terminal (skipped: ${missing})`, { timeout: 150_000 }, () => {
  // Through the bin launcher and through the standalone binary (npm run build:binary), when it is built.
  for (const launcher of launchers()) {
    it.skipIf(launcher.skip !== undefined)(`accept every change, confirm: the file holds what --fix prints; exit 0 (${launcher.name}${launcher.skip ? `; skipped: ${launcher.skip}` : ''})`, () => {
      const dir = tempDir({ 'post.txt': RISKY });
      const printed = spawnCli(['post.txt', '--fix'], { cwd: dir, launcher });
      expect(printed.code).toBe(0);
      const r = onPty(['--fix', '--interactive', 'post.txt'], [{ expect: QUESTION, send: 'y\r', repeat: true }, { expect: CONFIRM, send: 'y\r' }], { cwd: dir, launcher });
      expect(r.status).toBe(0);
      expect(r.output).toMatch(/^post\.txt: risico verhoogd; doel: laag of lager\n/m);
      expect(r.output).toMatch(/\(1\/\d+\) Deze wijziging toepassen \[y,n,e,q,\?\]\? y\n/);
      expect(r.output).toMatch(/Wie kan deze persoon herkennen\? +nu +met deze wijziging/);
      expect(r.output).toMatch(/✔ Opnieuw gecontroleerd: risico \S+; haalt het doel/);
      expect(r.output).toMatch(/Geschreven: post\.txt\n/);
      expect(readFileSync(join(dir, 'post.txt'), 'utf8')).toBe(printed.stdout);
      expect(readdirSync(dir)).toEqual(['post.txt']);
    });
  }

  it('help, an edit of my own that is checked again, then quit without writing: the file is untouched; exit 1', () => {
    const dir = tempDir({ 'post.txt': RISKY });
    const r = onPty(
      ['--fix', '--interactive', 'post.txt'],
      [
        { expect: QUESTION, send: '?\r' },
        { expect: QUESTION, send: 'e\r' },
        { expect: String.raw`\(leeg = weglaten\): $`, send: 'Yerseke\r' },
        { expect: QUESTION, send: 'y\r' },
        { expect: QUESTION, send: 'q\r' },
        { expect: CONFIRM, send: '\r' },
      ],
      { cwd: dir },
    );
    expect(r.status).toBe(1);
    expect(r.output).toMatch(/ {2}e - zelf een vervanging typen; die wordt opnieuw gecontroleerd\n/);
    expect(r.output).toMatch(/→ "Yerseke"/);
    expect(r.output).toMatch(/Let op: uw eigen tekst is zelf een herkenbaar detail: place "Yerseke"/);
    expect(r.output).toMatch(/Niets geschreven\.\n/);
    expect(readFileSync(join(dir, 'post.txt'), 'utf8')).toBe(RISKY);
    expect(readdirSync(dir)).toEqual(['post.txt']);
  });

  it('Ctrl-C or Ctrl-D at a question: aborted, nothing written', () => {
    for (const key of ['\x03', '\x04']) {
      const dir = tempDir({ 'post.txt': RISKY });
      const r = onPty(['--fix', '--interactive', 'post.txt'], [{ expect: QUESTION, send: 'y\r' }, { expect: QUESTION, send: key }], { cwd: dir });
      expect(r.status, JSON.stringify(key)).toBe(1);
      expect(r.output).toMatch(/Afgebroken; niets geschreven\./);
      expect(readFileSync(join(dir, 'post.txt'), 'utf8')).toBe(RISKY);
    }
  });

  it('English text, English questions; --ui-lang nl switches them', () => {
    const dir = tempDir({ 'case.md': ENGLISH });
    const en = onPty(['--fix', '--interactive', 'case.md'], [{ expect: QUESTION, send: 'q\r' }], { cwd: dir });
    expect(en.output).toMatch(/Apply this change \[y,n,e,q,\?\]\? q\n/);
    expect(en.output).toMatch(/No changes applied; nothing written\./);
    expect(en.status).toBe(1);
    const nl = onPty(['--fix', '--interactive', 'case.md', '--ui-lang', 'nl'], [{ expect: QUESTION, send: 'q\r' }], { cwd: dir });
    expect(nl.output).toMatch(/Deze wijziging toepassen/);
  });

  it('on a terminal but in CI: refused with exit 2', () => {
    const dir = tempDir({ 'post.txt': RISKY });
    const r = onPty(['--fix', '--interactive', 'post.txt'], [], { cwd: dir, env: { CI: 'true' } });
    expect(r.status).toBe(2);
    expect(r.output).toMatch(/--interactive needs a terminal to ask you on \(CI is set\)/);
  });
});
