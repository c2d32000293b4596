import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers.js';
import { bin, launchers, root, spawnCli as spawnWith, type CliResult } from './run-cli.js';

// Only what needs a real process: its exit status, standard input, the launcher, and what the
// process leaves on disk. Everything else is tested in-process in cli.test.ts. Each case runs against
// the bin launcher and against the standalone binary (npm run build:binary; skipped when it is not built).

const tempDir = useTempDirs('herkenbaar-process-');

const RISKY = 'Vandaag komt een 45-jarige vrouw uit Kloetinge met schizofrenie op de afdeling.';
const HARMLESS = 'Wat een mooie dag voor een wandeling door het bos met een verse peer.';

for (const launcher of launchers()) {
  const spawnCli = (args: string[], options: Parameters<typeof spawnWith>[1] = {}): CliResult => spawnWith(args, { ...options, launcher });
  const title = (what: string) => `${what} (${launcher.name}${launcher.skip ? `; skipped: ${launcher.skip}` : ''})`;

  describe.skipIf(launcher.skip !== undefined)(title('the process'), () => {
    it('exits 0 when nothing reaches --fail-on, 1 when something does, 2 on a usage error', () => {
      const pass = spawnCli(['--text', HARMLESS]);
      expect(pass.code).toBe(0);
      expect(pass.stdout).toMatch(/Risico: geen/);
      const fail = spawnCli(['--text', RISKY]);
      expect(fail.code).toBe(1);
      expect(fail.stdout).toMatch(/Risico: verhoogd/);
      const usage = spawnCli(['--fail-on', 'sometimes', '--text', 'x']);
      expect(usage.code).toBe(2);
      expect(usage.stdout).toBe('');
      expect(usage.stderr.trim().split('\n')).toHaveLength(1);
    });

    it('reads piped standard input when no path is given, and with -', () => {
      for (const args of [[], ['-']]) {
        const r = spawnCli([...args, '--format', 'json'], { input: RISKY });
        expect(r.code).toBe(1);
        const report = JSON.parse(r.stdout);
        expect(report.results).toHaveLength(1);
        expect(report.results[0].file).toBe('<stdin>');
        expect(report.results[0].risk.level).toBe('medium');
      }
    });

    it.runIf(launcher.args[0] === bin)('the bin launcher named in package.json runs by itself (shebang, executable) and prints the version', () => {
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      const file = join(root, pkg.bin.herkenbaar);
      expect(file).toBe(bin);
      expect(readFileSync(file, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
      expect(statSync(file).mode & 0o111).not.toBe(0);
      const r = spawnSync(file, ['--version'], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stdout.trim()).toBe(pkg.version);
    });
  });

  describe.skipIf(launcher.skip !== undefined)(title('privacy: no copy of the text is left on disk'), () => {
    it('--fix --write: the temporary file beside the target is gone, and nothing lands in TMPDIR, HOME or the working folder', () => {
      const target = tempDir({ 'post.txt': RISKY });
      const tmp = tempDir();
      const home = tempDir();
      const cwd = tempDir();
      const r = spawnCli([join(target, 'post.txt'), '--fix', '--write'], { cwd, env: { TMPDIR: tmp, TMP: tmp, TEMP: tmp, HOME: home } });
      expect(r.code).toBe(0);
      // The target's folder holds only the target (the atomic write's temporary file was renamed over it),
      // and the target holds the rewrite, not the original.
      expect(readdirSync(target)).toEqual(['post.txt']);
      const written = readFileSync(join(target, 'post.txt'), 'utf8');
      expect(written).not.toMatch(/Kloetinge|45-jarige/);
      expect(written).toMatch(/schizofrenie/);
      for (const dir of [tmp, home, cwd]) expect(readdirSync(dir)).toEqual([]);
    });

    it('a plain check writes nothing at all', () => {
      const tmp = tempDir();
      const home = tempDir();
      const cwd = tempDir();
      const r = spawnCli(['--text', RISKY], { cwd, env: { TMPDIR: tmp, TMP: tmp, TEMP: tmp, HOME: home } });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/Kloetinge/);
      for (const dir of [tmp, home, cwd]) expect(readdirSync(dir)).toEqual([]);
    });
  });
}
