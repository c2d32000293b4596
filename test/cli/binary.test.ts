import { spawnSync } from 'node:child_process';
import { copyFileSync, linkSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binaryName } from '../../scripts/binary-stamp.mjs';
import { VERSION } from '../../src/cli/version.js';
import { useTempDirs } from '../helpers.js';
import { bin, binaryLauncher, root } from './run-cli.js';

// The standalone binary (npm run build:binary) on its own: no node on PATH, no dist/ beside it. The
// end-to-end cases of process.test.ts run against it as well. .ci/run builds it and sets
// HERKENBAAR_REQUIRE_BINARY=1, so there a missing or stale binary fails instead of being skipped.

const tempDir = useTempDirs('herkenbaar-binary-');
const binary = binaryLauncher();
const required = Boolean(process.env['HERKENBAAR_REQUIRE_BINARY']);

describe('the standalone binary', () => {
  it("its entry (scripts/binary-main.mjs) gives run() the process's Io as bin/herkenbaar.js does (processIo)", () => {
    for (const file of [bin, join(root, 'scripts', 'binary-main.mjs')]) {
      const source = readFileSync(file, 'utf8');
      expect(source).toMatch(/= processIo\(\);/);
      expect(source).toMatch(/run\(process\.argv\.slice\(2\), io\)/);
    }
  });

  it.runIf(required)('is built from the current dist/ (required here: HERKENBAAR_REQUIRE_BINARY is set)', () => {
    expect(binary.skip ?? 'current').toBe('current');
  });

  describe.skipIf(binary.skip !== undefined)(`on a machine without Node${binary.skip ? ` (skipped: ${binary.skip})` : ''}`, () => {
    /** The binary alone in an empty folder, run with an environment that has no PATH to a node. */
    function alone(args: string[], input = '') {
      const dir = tempDir();
      const exe = join(dir, binaryName());
      try {
        linkSync(binary.command, exe);
      } catch {
        copyFileSync(binary.command, exe);
      }
      const cwd = tempDir();
      const r = spawnSync(exe, args, { cwd, input, encoding: 'utf8', env: { PATH: '/nonexistent', NO_COLOR: '1', HOME: cwd } });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    }

    it('checks a text with the dictionaries inside it: places, conditions, names', () => {
      const r = alone(['--format', 'json', '--fail-on', 'none'], 'Vandaag komt een 45-jarige vrouw uit Kloetinge met schizofrenie op de afdeling; haar zus Fatima belt.');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const kinds = JSON.parse(r.stdout).results[0].findings.map((f: { kind: string }) => f.kind);
      expect(kinds).toEqual(expect.arrayContaining(['place', 'diagnosis', 'age', 'name']));
    });

    it('loads the packages that only some texts need (phone numbers, IBANs) from inside it', () => {
      const r = alone(['--format', 'json', '--fail-on', 'none', '--text', 'Bel mevrouw Jansen op 06-12345678 of stort op NL91ABNA0417164300.']);
      expect(r.code).toBe(0);
      const kinds = JSON.parse(r.stdout).results[0].findings.map((f: { kind: string }) => f.kind);
      expect(kinds).toEqual(expect.arrayContaining(['phone', 'iban']));
    });

    it('prints its version and no experimental warning, lists the rules, and proposes a rewrite with the fixer inside it', () => {
      const version = alone(['--version']);
      expect(version.stdout.trim()).toBe(VERSION);
      expect(version.stderr).toBe('');
      const rules = alone(['rules', '--format', 'json']);
      expect(rules.code).toBe(0);
      expect(rules.stderr).toBe('');
      expect(JSON.parse(rules.stdout).rules.length).toBeGreaterThan(10);
      const text = 'My neighbour, a 45-year-old nurse from Leeds, has schizophrenia.';
      const fix = alone(['--fix', '--text', text]);
      expect(fix.code).toBe(0);
      expect(fix.stdout).toMatch(/schizophrenia/);
      expect(fix.stdout).not.toBe(text);
    });
  });
});
