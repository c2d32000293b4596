#!/usr/bin/env node
// Benchmark: throughput (MB/s) on Dutch and English text, start-up time of one short check against
// `node -e 0`, and peak memory on a large file. Run: npm run bench (after npm run build).
// Timings belong here, never in unit tests: shared machines are noisy, so each figure is a median.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;
const { checkText } = await import(dist('core/check.js'));
const { createDetectors } = await import(dist('detectors/registry.js'));
const { loadLexicon } = await import(dist('lexicon/load.js'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Realistic text from the repository's own fixtures and the policy documents, repeated to `bytes`. */
function corpus(lang, bytes) {
  const texts = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) texts.push(readFileSync(p, 'utf8'));
    }
  };
  walk(join(root, 'fixtures'));
  const seeds = join(root, '..', 'shared', 'seeds');
  try {
    walk(seeds);
  } catch {
    // ../shared is optional for the benchmark
  }
  const english = (t) => /\b(the|and|with|was)\b/.test(t) && !/\b(de|het|een|van)\b/.test(t);
  const pool = texts.filter((t) => (lang === 'en' ? english(t) : !english(t)));
  if (pool.length === 0) throw new Error(`bench: no ${lang} texts in fixtures/`);
  const out = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = pool[i % pool.length];
    out.push(t);
    size += Buffer.byteLength(t);
  }
  return out.join('\n\n');
}

function throughput(lang) {
  const detectors = createDetectors(loadLexicon());
  const text = corpus(lang, 2 * 1024 * 1024);
  const mb = Buffer.byteLength(text) / (1024 * 1024);
  checkText(text.slice(0, 20_000), 'warm-up', detectors, { lang }); // JIT and lazy dictionaries
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    checkText(text, 'bench', detectors, { lang });
    runs.push(performance.now() - t0);
  }
  return mb / (median(runs) / 1000);
}

function startup() {
  const time = (args) => {
    const runs = [];
    for (let i = 0; i < 9; i++) {
      const t0 = performance.now();
      spawnSync(process.execPath, args, { stdio: 'ignore' });
      runs.push(performance.now() - t0);
    }
    return median(runs);
  };
  const node = time(['-e', '0']);
  const cli = time([join(root, 'bin', 'herkenbaar.js'), '--text', 'Vandaag komt een 45-jarige vrouw uit Kloetinge met schizofrenie op de afdeling.']);
  return { node, cli };
}

function peakMemory() {
  const dir = mkdtempSync(join(tmpdir(), 'herkenbaar-bench-'));
  try {
    const file = join(dir, 'large.txt');
    writeFileSync(file, corpus('nl', 10 * 1024 * 1024));
    // The child reports its own peak resident set size after a real CLI run on a 10 MB file.
    const probe = `const { run } = await import(${JSON.stringify(dist('cli/main.js'))});
      await run([${JSON.stringify(file)}, '--format', 'json', '-o', ${JSON.stringify(join(dir, 'out.json'))}], { stdout() {}, stderr() {}, stdinIsTTY: false, stdoutIsTTY: false, env: {}, cwd: process.cwd() });
      process.stderr.write(String(process.resourceUsage().maxRSS));`;
    const res = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    return Number(res.stderr.trim().split('\n').pop()) / 1024;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const nl = throughput('nl');
const en = throughput('en');
const { node, cli } = startup();
const rss = peakMemory();
console.log(`Dutch: ${nl.toFixed(1)} MB/s (budget 20)`);
console.log(`English: ${en.toFixed(1)} MB/s (budget 5)`);
console.log(`start-up, one short check: ${cli.toFixed(0)} ms; node -e 0: ${node.toFixed(0)} ms (${(cli / node).toFixed(2)}x, budget 2.5x)`);
console.log(`peak memory, 10 MB file: ${rss.toFixed(0)} MB`);
console.log(`bench: nl ${nl.toFixed(1)} MB/s, en ${en.toFixed(1)} MB/s, start-up ${cli.toFixed(0)} ms (${(cli / node).toFixed(2)}x node -e 0), peak ${rss.toFixed(0)} MB on 10 MB`);
