import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers.js';
import { bin, root, runCli } from './run-cli.js';

// The privacy guarantees of the README, tested: no network access in any format or mode; no file
// written but the target of --fix --write (through a temporary file beside it, mode 600) and the
// file of -o (mode 600); SARIF and GitHub annotations never carry the matched words.

const tempDir = useTempDirs('herkenbaar-privacy-');
const SANDBOX = join(import.meta.dirname, 'sandbox.mjs');
const TIMEOUT = 60_000;

const TEXTS = {
  'post.txt': 'Vandaag komt een 45-jarige vrouw uit Kloetinge met schizofrenie op de afdeling.',
  'call.md': 'Mevrouw Anna Jansen (Dorpsstraat 12, 4481 AB Kloetinge) belde vanaf 06 1234 5678; mail anna.jansen@voorbeeld.nl, IBAN NL91 ABNA 0417 1643 00.',
  'ward.txt': 'A 45-year-old woman from Kloetinge with schizophrenia was admitted to the ward yesterday; her son visited.',
};

interface Sandboxed {
  code: number | null;
  stdout: string;
  stderr: string;
  network: string[];
  writes: string[];
}

/** The CLI under the sandbox preload: network modules throw and are logged, every file written is logged. */
function sandboxed(args: string[], options: { cwd?: string; input?: string } = {}): Sandboxed {
  const logs = tempDir();
  const network = join(logs, 'network.log');
  const writes = join(logs, 'writes.log');
  const r = spawnSync(process.execPath, ['--import', SANDBOX, bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: TIMEOUT,
    killSignal: 'SIGKILL',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, HERKENBAAR_SANDBOX_NETWORK_LOG: network, HERKENBAAR_SANDBOX_WRITE_LOG: writes },
  });
  const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, network: lines(network), writes: lines(writes) };
}

describe('the sandbox preload itself', () => {
  it('catches and logs an attempt to reach the network (so that a clean log means something)', () => {
    const logs = tempDir();
    const log = join(logs, 'network.log');
    const r = spawnSync(process.execPath, ['--import', SANDBOX, '-e', "try { require('node:http').get('http://127.0.0.1:9') } catch {} try { fetch('http://127.0.0.1:9') } catch {}"], {
      encoding: 'utf8', timeout: TIMEOUT, env: { ...process.env, HERKENBAAR_SANDBOX_NETWORK_LOG: log },
    });
    expect(r.status).toBe(0);
    expect(readFileSync(log, 'utf8').split('\n').filter(Boolean)).toEqual(['http.get', 'fetch']);
  });
});

describe('no network access', () => {
  it('in every format, with --fix, --fix --write, standard input, --staged and the rules list', () => {
    const dir = tempDir(TEXTS);
    const files = Object.keys(TEXTS).map((f) => join(dir, f));
    const runs: Array<[string[], { input?: string; cwd?: string }?]> = [
      ...['stylish', 'json', 'sarif'].map((format): [string[]] => [[dir, '--format', format]]),
      [[dir, '-', '--format', 'github'], { input: TEXTS['call.md'] }],
      [[...files, '--fix']],
      [[...files, '--fix', '--format', 'json']],
      [['rules', '--format', 'json']],
    ];
    for (const [args, options] of runs) {
      const r = sandboxed(args, options);
      expect(r.network, args.join(' ')).toEqual([]);
      // Nor does a check (or --fix without --write) write any file.
      expect(r.writes, args.join(' ')).toEqual([]);
      expect(r.stderr, args.join(' ')).not.toMatch(/sandbox|internal error/);
      expect([0, 1], args.join(' ')).toContain(r.code);
    }
    // --fix --write, and --staged in a repository.
    const write = sandboxed([...files, '--fix', '--write']);
    expect(write.network).toEqual([]);
    const repo = tempDir(TEXTS);
    const git = (...a: string[]) => execFileSync('git', a, { cwd: repo, stdio: 'ignore', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
    git('init', '-q');
    git('add', '.');
    const staged = sandboxed(['--staged', '--format', 'json'], { cwd: repo });
    expect(staged.network).toEqual([]);
    expect(JSON.parse(staged.stdout).results).toHaveLength(3);
  });
});

describe('files written', () => {
  it('a check writes nothing (above, with the network); -o writes only its file, mode 600', () => {
    const dir = tempDir(TEXTS);
    const out = join(tempDir(), 'report.txt');
    const r = sandboxed([dir, '-o', out]);
    expect(r.writes).toEqual([`open ${out}`]);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('--fix --write: only the temporary file beside each target (mode 600, created exclusively) and its rename over the target', () => {
    const dir = tempDir(TEXTS);
    const r = sandboxed([dir, '--fix', '--write']);
    expect(r.code).toBe(0);
    expect(r.writes.length).toBeGreaterThan(0);
    for (const w of r.writes) {
      const m = /^(open|rename) (.*)$/.exec(w)!;
      if (m[1] === 'open') expect(m[2]).toMatch(new RegExp(`^${dir}/\\.[^/]+\\.herkenbaar-\\d+-[0-9a-f]{8}\\.tmp$`));
      else {
        const [from, to] = m[2]!.split(' -> ');
        expect(from).toMatch(/\.herkenbaar-\d+-[0-9a-f]{8}\.tmp$/);
        expect(Object.keys(TEXTS).map((f) => join(dir, f))).toContain(to);
      }
    }
    expect(readdirSync(dir).sort()).toEqual(Object.keys(TEXTS).sort());
  });
});

describe('machine formats never carry the matched words', () => {
  it('SARIF and GitHub annotations name kinds, positions and advice, never a word that was found', async () => {
    const dir = tempDir(TEXTS);
    const json = JSON.parse((await runCli([dir, '--format', 'json'])).stdout) as { results: Array<{ findings: Array<{ text: string }> }> };
    const found = json.results.flatMap((r) => r.findings.map((f) => f.text));
    expect(found).toEqual(expect.arrayContaining(['Mevrouw Anna Jansen', 'anna.jansen@voorbeeld.nl', 'NL91 ABNA 0417 1643 00', 'Kloetinge', '45-jarige']));
    for (const format of ['sarif', 'github']) {
      let out = (await runCli([dir, '--format', format])).stdout;
      // SARIF's rule descriptions quote the rules' own examples ("45-jarige"): what comes from the texts is the rest.
      if (format === 'sarif') {
        const sarif = JSON.parse(out) as { runs: Array<{ tool: { driver: { rules?: unknown } } }> };
        for (const run of sarif.runs) delete run.tool.driver.rules;
        out = JSON.stringify(sarif);
      }
      for (const words of found) expect(out, `${format}: ${words}`).not.toContain(words);
    }
  });

});
