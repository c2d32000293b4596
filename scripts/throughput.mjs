#!/usr/bin/env node
// Throughput of the detection engine alone (tokenize → rules → resolve → enrich → risk), in-process, on
// a fixed subset of the generated bench corpora (scripts/bench-corpus.mjs): no process start, no file
// reads, no report. CPU time (process.cpuUsage, user + system), not wall time, so a busy shared machine
// disturbs the figure less. One warm-up pass over the subset, then --runs passes; prints the median MB/s
// per language. For what users run (the CLI, the report, start-up), see scripts/bench.mjs.
//
// Run after npm run build:  node scripts/throughput.mjs [--files N] [--runs N] [--lang nl|en]
//   [--project DIR]  measure another checkout's build (e.g. ../main) on the same subset
//   [--digest]       also print a hash of every result (findings, risk, cues) per language, to compare
//                    two builds for identical output
// Timings belong here and in bench.mjs, never in unit tests.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { benchCorpus } from './bench-corpus.mjs';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    files: { type: 'string', default: '20' },
    runs: { type: 'string', default: '3' },
    lang: { type: 'string' },
    project: { type: 'string' },
    digest: { type: 'boolean', default: false },
  },
});
const project = resolve(opts.project ?? here);
const dist = join(project, 'dist');
if (!existsSync(join(dist, 'core', 'check.js'))) {
  console.error(`throughput: ${project} is not built: run npm run build first`);
  process.exit(2);
}
const load = (p) => import(pathToFileURL(join(dist, p)).href);
const { checkText } = await load('core/check.js');
const { createDetectors } = await load('detectors/registry.js');
const { loadLexicon } = await load('lexicon/load.js');

const FILES = Math.max(1, Number(opts.files) || 20);
const RUNS = Math.max(1, Number(opts.runs) || 3);
const corpus = benchCorpus({ log: (m) => console.error(m) });
const detectors = createDetectors(loadLexicon());
const options = { lang: 'auto', pseudonyms: [] };

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Keys sorted, so two builds that build their objects in another field order still hash alike.
const canonical = (v) =>
  Array.isArray(v) ? v.map(canonical)
  : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().filter((k) => v[k] !== undefined).map((k) => [k, canonical(v[k])]))
  : v;

for (const lang of opts.lang ? [opts.lang] : ['nl', 'en']) {
  const dir = corpus[lang];
  const texts = readdirSync(dir).sort().slice(0, FILES).map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
  const bytes = texts.reduce((n, [, t]) => n + Buffer.byteLength(t), 0);
  const hash = createHash('sha256');
  for (const [f, t] of texts) {
    const r = checkText(t, f, detectors, options);
    if (opts.digest) hash.update(JSON.stringify(canonical({ ...r, file: f })));
  }
  const rates = [];
  for (let run = 0; run < RUNS; run++) {
    const t0 = cpu();
    for (const [f, t] of texts) checkText(t, f, detectors, options);
    rates.push(bytes / 1e6 / (cpu() - t0));
  }
  const line = `${lang}: ${median(rates).toFixed(2)} MB/s (CPU time; ${texts.length} files, ${(bytes / 1e6).toFixed(2)} MB, median of ${RUNS}: ${rates.map((r) => r.toFixed(2)).join(' ')})`;
  console.log(opts.digest ? `${line} digest ${hash.digest('hex').slice(0, 16)}` : line);
}
