import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProgress, type ProgressIo } from '../../src/cli/progress.js';
import { useTempDirs } from '../helpers.js';
import { runCli } from './run-cli.js';

/** A terminal on stderr with a clock the test moves. */
function terminal(overrides: Partial<ProgressIo> = {}) {
  let t = 0;
  let written = '';
  const io: ProgressIo = { stderr: (s) => void (written += s), stderrIsTTY: true, stderrColumns: 60, env: {}, now: () => t, ...overrides };
  return { io, tick: (ms: number) => void (t += ms), written: () => written };
}

describe('progress line', () => {
  it('appears once the run has taken half a second, with counts and the file, and is wiped at the end', () => {
    const term = terminal();
    const p = createProgress(term.io, 3, false)!;
    p.start('a.md');
    p.done(2);
    expect(term.written()).toBe(''); // a short run shows nothing
    term.tick(600);
    p.start('posts/b.md');
    expect(term.written()).toBe('\r\x1b[Kherkenbaar: 1/3 files · 2 findings · posts/b.md');
    p.done(0);
    term.tick(10);
    p.start('c.md'); // redrawn at most ten times a second
    expect(term.written()).not.toMatch(/c\.md/);
    term.tick(100);
    p.start('c.md');
    expect(term.written()).toMatch(/2\/3 files · 2 findings · c\.md$/);
    p.clear();
    expect(term.written().endsWith('\r\x1b[K')).toBe(true);
  });

  it('fits the terminal: a long file name keeps its end', () => {
    const term = terminal({ stderrColumns: 50 });
    const p = createProgress(term.io, 1, false)!;
    term.tick(1000);
    p.start(`${'deep/'.repeat(20)}note.md`);
    const line = term.written().replace('\r\x1b[K', '');
    expect(line.length).toBeLessThanOrEqual(49);
    expect(line).toMatch(/…[a-z/]*note\.md$/);
  });

  it('never writes control characters of a file name', () => {
    const term = terminal();
    const p = createProgress(term.io, 1, false)!;
    term.tick(1000);
    p.start('a\x1b[2Jb\n.md');
    expect(term.written().replace('\r\x1b[K', '')).toBe('herkenbaar: 0/1 file · 0 findings · a?[2Jb?.md');
  });

  it('is off when stderr is not a terminal, in CI, with --quiet, and on a dumb terminal', () => {
    expect(createProgress(terminal({ stderrIsTTY: false }).io, 5, false)).toBeUndefined();
    expect(createProgress(terminal({ env: { CI: 'true' } }).io, 5, false)).toBeUndefined();
    expect(createProgress(terminal().io, 5, true)).toBeUndefined();
    expect(createProgress(terminal({ env: { TERM: 'dumb' } }).io, 5, false)).toBeUndefined();
    expect(createProgress(terminal({ env: { CI: 'false' } }).io, 5, false)).toBeDefined();
  });

  it('clear writes nothing when nothing was shown', () => {
    const term = terminal();
    createProgress(term.io, 2, false)!.clear();
    expect(term.written()).toBe('');
  });
});

const tempDir = useTempDirs('herkenbaar-progress-');

describe('the CLI on a terminal', () => {
  const RISKY = 'Vandaag komt een 45-jarige vrouw uit Kloetinge met schizofrenie op de afdeling.';
  const HARMLESS = 'Wat een mooie dag voor een wandeling door het bos met een verse peer.';
  /** A clock that moves 400 ms each time it is read: every run looks long. */
  const slowClock = () => {
    let t = 0;
    return () => (t += 400);
  };

  it('shows progress on stderr during a long run and wipes it; the summary says files, findings, levels and time', async () => {
    const dir = tempDir({ 'a.md': RISKY, 'b.md': HARMLESS, 'c.md': HARMLESS });
    const r = await runCli([dir], { stderrIsTTY: true, stderrColumns: 100, now: slowClock(), env: { CI: undefined } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\r\x1b\[Kherkenbaar: 1\/3 files · 5 findings · .*b\.md/);
    expect(r.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(r.stdout).not.toContain('\x1b[K');
    expect(r.stdout).toMatch(/3 bestanden gecontroleerd, 5 bevindingen; hoogste risico: verhoogd; 1 op of boven 'medium'\.\nbestanden per risico: verhoogd 1 · geen 2; in \d+,\d s\n$/);
  });

  it('shows none when stderr is not a terminal, in CI, or with --quiet', async () => {
    const dir = tempDir({ 'a.md': RISKY, 'b.md': HARMLESS });
    for (const [args, options] of [
      [[dir], { stderrIsTTY: false }],
      [[dir], { stderrIsTTY: true, env: { CI: 'true' } }],
      [[dir, '--quiet'], { stderrIsTTY: true, env: { CI: undefined } }],
    ] as const) {
      const r = await runCli([...args], { ...options, now: slowClock() });
      expect(r.stderr, JSON.stringify(options)).toBe('');
    }
  });

  it('a warning during the run is written on a clean line', async () => {
    const dir = tempDir({ 'a.md': HARMLESS, 'b.md': HARMLESS });
    const r = await runCli([dir, join(dir, 'missing.md')], { stderrIsTTY: true, now: slowClock(), env: { CI: undefined } });
    expect(r.stderr).toMatch(/\r\x1b\[Kherkenbaar: .*missing\.md: no such file or folder\n/);
  });
});
