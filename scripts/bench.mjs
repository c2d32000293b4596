#!/usr/bin/env node
// Benchmark of the built CLI as users run it: separate processes through bin/herkenbaar.js (and the
// standalone binary, when `npm run build:binary` made one), on generated corpora (scripts/bench-corpus.mjs:
// made-up Dutch and English posts, cached in the system's temporary folder).
//   - throughput: 10 MB in 200 files, Dutch and English, `--format json --fail-on none`, report to a file
//   - start-up: one short post (`--text`, default options) from process start to exit, against `node -e 0`
//   - 640 one-post files with the default options (stylish report; failing posts get the rewrite search)
//   - peak resident memory of the Dutch 10 MB run and of one 50 MB file
// Run: npm run bench (after npm run build). Options: --runs N (default 3: medians of N runs for throughput
// and the 640 posts; start-up always takes the median of 9), --project DIR (bench another checkout's build
// on the same corpora, e.g. --project ../main). Timings belong here, never in unit tests: shared machines
// are noisy, so each figure is a median.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchCorpus, MB } from './bench-corpus.mjs';
import { binaryState } from './binary-stamp.mjs';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({ options: { runs: { type: 'string', default: '3' }, project: { type: 'string' } } });
const RUNS = Math.max(1, Number(opts.runs) || 3);
const STARTUP_RUNS = 9;
const project = resolve(opts.project ?? here);
const cli = join(project, 'bin', 'herkenbaar.js');
if (!existsSync(join(project, 'dist', 'cli', 'main.js'))) {
  console.error(`bench: ${project} is not built: run npm run build first`);
  process.exit(2);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, digits = 0) => (x === undefined ? 'n/a' : x.toFixed(digits));
const bytesIn = (p) => (statSync(p).isDirectory() ? readdirSync(p).reduce((n, f) => n + statSync(join(p, f)).size, 0) : statSync(p).size);

// Peak resident memory of a child: GNU time's %M (from wait4) when there is one, else the kernel's
// high-water mark VmHWM sampled from /proc while the child runs (Linux), else not measured.
const gnuTime = (() => {
  if (!existsSync('/usr/bin/time')) return false;
  const probe = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /^\d+\s*$/.test(probe.stderr.trim().split('\n').pop() ?? '');
})();
const procStatus = existsSync('/proc/self/status');

const work = mkdtempSync(join(tmpdir(), 'herkenbaar-bench-run-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/**
 * Runs one process to its end: wall time from spawn to exit, exit code, stderr's tail, peak RSS in MB
 * (when `rss`). stdout goes to `out` (a file) or nowhere.
 */
function measure(command, args, { out, rss = false } = {}) {
  return new Promise((done, failed) => {
    const fd = out ? openSync(out, 'w') : 'ignore';
    const rssFile = join(work, 'rss.txt');
    const [cmd, argv] = rss && gnuTime ? ['/usr/bin/time', ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
    const t0 = performance.now();
    const child = spawn(cmd, argv, { stdio: ['ignore', fd, 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    let hwm = 0;
    const sample = () => {
      try {
        const m = /VmHWM:\s*(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) hwm = Math.max(hwm, Number(m[1]));
      } catch {
        // the child has just ended
      }
    };
    const timer = rss && !gnuTime && procStatus ? setInterval(sample, 20) : undefined;
    child.on('error', failed);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (timer) clearInterval(timer);
      if (typeof fd === 'number') closeSync(fd);
      let peak;
      if (rss && gnuTime) peak = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024;
      else if (rss && hwm > 0) peak = hwm / 1024;
      done({ ms, code, stderr, rss: peak });
    });
  });
}

function check(r, allowed, what) {
  if (!allowed.includes(r.code)) {
    console.error(`bench: ${what} exited ${r.code}\n${r.stderr}`);
    process.exit(2);
  }
}

const corpus = benchCorpus({ log: (s) => console.log(s) });
const binary = binaryState(project);
const nodeCli = [process.execPath, [cli]];

/** A 10 MB corpus, --format json --fail-on none, report to a file: MB/s (median), the median peak RSS. */
async function throughput(lang) {
  const mb = bytesIn(corpus[lang]) / MB;
  const out = join(work, `${lang}.json`);
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await measure(nodeCli[0], [...nodeCli[1], corpus[lang], '--format', 'json', '--fail-on', 'none'], { out, rss: true });
    check(r, [0], `the ${lang} run`);
    if (i === 0) {
      const report = JSON.parse(readFileSync(out, 'utf8'));
      if (report.results.length !== 200) throw new Error(`bench: the ${lang} report has ${report.results.length} results, not 200`);
    }
    runs.push(r);
  }
  rmSync(out, { force: true });
  const ms = median(runs.map((r) => r.ms));
  const rss = runs.every((r) => r.rss !== undefined) ? median(runs.map((r) => r.rss)) : undefined;
  return { mb, ms, mbps: mb / (ms / 1000), rss };
}

const RISKY = 'Vandaag komt een 45-jarige vrouw uit Kloetinge met schizofrenie op de afdeling.';

/** Process start to exit of one short post (default options), interleaved with `node -e 0`: medians. */
function startup() {
  const time = (command, args) => {
    const t0 = performance.now();
    const r = spawnSync(command, args, { stdio: 'ignore' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`bench: ${command} ${args.join(' ')} exited ${r.status}`);
    return performance.now() - t0;
  };
  const node = [];
  const cliRuns = [];
  const bin = [];
  for (let i = 0; i < STARTUP_RUNS; i++) {
    node.push(time(process.execPath, ['-e', '0']));
    cliRuns.push(time(process.execPath, [cli, '--text', RISKY]));
    if (binary.state === 'current') bin.push(time(binary.path, ['--text', RISKY]));
  }
  return { node: median(node), cli: median(cliRuns), binary: bin.length ? median(bin) : undefined };
}

async function posts() {
  const files = readdirSync(corpus.posts).length;
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await measure(nodeCli[0], [...nodeCli[1], corpus.posts]);
    check(r, [0, 1], 'the 640-post run');
    runs.push(r.ms);
  }
  return { files, s: median(runs) / 1000 };
}

async function large() {
  const mb = bytesIn(corpus.large) / MB;
  const r = await measure(nodeCli[0], [...nodeCli[1], corpus.large, '--format', 'json', '--fail-on', 'none'], { out: join(work, 'large.json'), rss: true });
  check(r, [0], 'the 50 MB run');
  rmSync(join(work, 'large.json'), { force: true });
  return { mb, s: r.ms / 1000, rss: r.rss };
}

console.log(`bench: ${project === here ? 'this checkout' : project}, node ${process.version}; medians of ${RUNS} runs (start-up: ${STARTUP_RUNS}); peak memory by ${gnuTime ? '/usr/bin/time' : procStatus ? 'sampling /proc VmHWM' : 'nothing (not measured)'}`);
const nl = await throughput('nl');
console.log(`Dutch, ${fmt(nl.mb, 1)} MB in 200 files (--format json --fail-on none): ${fmt(nl.mbps, 2)} MB/s, ${fmt(nl.ms / 1000, 1)} s (target >= 20 MB/s)`);
const en = await throughput('en');
console.log(`English, ${fmt(en.mb, 1)} MB in 200 files (--format json --fail-on none): ${fmt(en.mbps, 2)} MB/s, ${fmt(en.ms / 1000, 1)} s (target >= 5 MB/s)`);
const st = startup();
console.log(`start-up, one short post: ${fmt(st.cli)} ms; node -e 0: ${fmt(st.node)} ms (${fmt(st.cli / st.node, 2)}x, target <= 2.0x)`);
console.log(
  st.binary !== undefined
    ? `start-up, one short post, standalone binary: ${fmt(st.binary)} ms (${fmt(st.binary / st.node, 2)}x node -e 0)`
    : `start-up, standalone binary: not measured (${binary.reason})`,
);
const p = await posts();
console.log(`${p.files} one-post files, default options (rewrite search on): ${fmt(p.s, 2)} s (target <= 2 s)`);
console.log(`peak memory, the Dutch 10 MB run: ${fmt(nl.rss)} MB (target <= 150 MB)`);
const big = await large();
console.log(`peak memory, one ${fmt(big.mb)} MB file: ${fmt(big.rss)} MB, ${fmt(big.s, 1)} s (${fmt(big.mb / big.s, 2)} MB/s) (target <= 250 MB)`);
console.log(
  `bench: nl ${fmt(nl.mbps, 1)} MB/s, en ${fmt(en.mbps, 1)} MB/s, start-up ${fmt(st.cli)} ms (${fmt(st.cli / st.node, 2)}x node -e 0), peak ${fmt(nl.rss)} MB on 10 MB` +
    `, ${p.files} posts ${fmt(p.s, 2)} s, peak ${fmt(big.rss)} MB on ${fmt(big.mb)} MB` +
    (st.binary !== undefined ? `, binary start-up ${fmt(st.binary)} ms (${fmt(st.binary / st.node, 2)}x node -e 0)` : ', binary not built'),
);
