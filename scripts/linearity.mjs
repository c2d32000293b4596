#!/usr/bin/env node
// Linearity check: every rule, the tokenizer and the checkText pipeline run on crafted worst-case inputs
// (runs of initials, digits, dots, @, capitals, parentheses, particles, hyphens, quotes, long words, long
// lines, many short lines, Dutch and English prose) of 25 kB and 100 kB. A stage fails when its time grows
// from 25 to 100 kB by more than RATIO (linear growth is 4x) and the 100 kB run is slow enough to matter
// (FLOOR ms): below that, timer, cache and GC effects dominate and the work is negligible anyway. It fails
// outright when 25 kB alone takes over SLOW ms, or when it throws.
//
// Times are CPU time of the process (user + system, GC threads included), not wall time: other processes
// on a shared machine stretch wall time by any factor but barely touch CPU time. Each time is the median of
// several runs, 25 and 100 kB interleaved, each after a collection; a stage that looks worse than linear
// is measured twice more with more runs and fails only when all three agree. Noise only adds time, so one
// 100 kB run under FLOOR, or one under twice the 25 kB time, already shows a stage is fine.
//
// Each rule is timed on its own (RULES in src/detectors/registry.ts); the "checkText" stage is the whole
// pipeline (cleaning, tokenizing, resolving overlaps, abbreviations, findings, cues, risk) with every
// rule's detections replayed, so the rules are not timed twice. The cases are shared out over two worker
// processes (--jobs).
//
// Timings belong here, never in unit tests. Run after `npm run build` (.ci/run does, after the tests):
//   node scripts/linearity.mjs [--json out.json] [--only rule,rule] [--case name,name] [--all] [--progress] [--jobs n]
// One line per stage ("ok"/"FAIL", its worst and slowest case), then "linearity: N of M stages linear".
// --all prints every case of every stage; --json writes {passed, failed, stages} for .ci/run.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const RATIO = 8; // linear is 4; quadratic is 16
// CPU ms at 100 kB under which growth is not judged: even quadratic, such a stage costs under 0.1 s on the
// largest piece checkText hands a rule (200 kB), and below it cache effects alone can reach x8.
const FLOOR = 20;
const SLOW = 1000; // CPU ms at 25 kB that fails a stage outright, without waiting for 100 kB
const ROUNDS = 5; // runs of each size for a stage that needs measuring
const RETRIES = 2; // further measurements of a stage that looks worse than linear
const SMALL = 25_000;
const LARGE = 100_000;
const WARM = SMALL; // the warm-up run (JIT, lazily read dictionaries) is an untimed run of the 25 kB text

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = opt('--only')?.split(',');
const caseFilter = opt('--case')?.split(',');
const jsonOut = opt('--json');
const verbose = args.includes('--all');
const progress = args.includes('--progress');
const worker = opt('--worker'); // "k/n": this process measures the cases whose index is k modulo n
const jobs = Math.max(1, Number(opt('--jobs') ?? Math.min(2, availableParallelism())));

/** A text of exactly `size` code units: `unit` repeated (a function gets the repetition's index). */
function repeat(unit, size) {
  let out = '';
  for (let i = 0; out.length < size; i++) out += typeof unit === 'function' ? unit(i) : unit;
  return out.slice(0, size);
}

// Prose with a detail of nearly every kind in each sentence: many findings for the pipeline to resolve and weigh.
const NL =
  'Mevrouw A. van der Berg (45) woont sinds 12 maart 2019 in Kloetinge, Oude Kerkstraat 3, 4481 AB. ' +
  'Haar zus werkt als verpleegkundige bij het Rode Kruis Ziekenhuis; zij heeft schizofrenie en diabetes. ' +
  'Bel 06-12345678 of mail a.berg@voorbeeld.nl, IBAN NL91ABNA0417164300, BSN 111222333. ' +
  '"Ik ben de enige vrouw met een houten been in het dorp," zegt ze. Zij won in 2012 de Elfstedentocht.\n';
const EN =
  'Mr J. R. Smith (aged 52) of 14 High Street, Little Snoring, NR21 0AX, a nurse at St Mary’s Hospital, ' +
  'was diagnosed with Huntington’s disease on 3 May 2017. His brother, a Polish national, won £2.3 million. ' +
  'Call 020 7946 0958 or write to j.smith@example.org; see https://example.org/case/2017-04 and @jsmith. ' +
  'The Employment Appeal Tribunal ("EAT") held that he was the only one-legged firefighter in Norfolk.\n';

/** [name, lang, unit]: each is repeated to 25 kB and 100 kB. */
const CASES = [
  ['initials', 'nl', 'A. '],
  ['initials-en', 'en', 'A. '],
  ['initials-tight', 'nl', 'A.B.'],
  ['initials-name', 'nl', (i) => (i % 50 === 49 ? 'Jansen ' : 'J. ')],
  ['initials-caps', 'en', 'J. R. R. '],
  ['digits', 'nl', '1234567890'],
  ['digits-spaced', 'nl', '1 2 3 4 5 6 7 8 9 0 '],
  ['digit-groups', 'en', '06 12 34 56 '],
  ['digits-dashed', 'nl', '12-'],
  ['digits-dotted', 'nl', '12.'],
  ['digits-slashed', 'en', '12/'],
  ['digits-comma', 'nl', '1,5 '],
  ['dates', 'nl', '12 maart 2019 '],
  ['years', 'en', '2019 '],
  ['ages', 'nl', '45 jaar '],
  ['money', 'nl', '€ 100,- '],
  ['dots', 'nl', '.'],
  ['dots-spaced', 'en', '. '],
  ['ellipsis', 'nl', '... '],
  ['at', 'nl', '@'],
  ['at-words', 'en', 'a@'],
  ['at-spaced', 'nl', '@ '],
  ['mail-like', 'en', 'a.b@c.'],
  ['domain-like', 'nl', 'a.'],
  ['url-like', 'en', 'http://a'],
  ['slashes', 'nl', '/'],
  ['capitals', 'nl', 'Jan '],
  ['capitals-en', 'en', 'John '],
  ['capitals-unknown', 'nl', 'Xyzzo '],
  ['capitals-surname', 'nl', 'Jansen '],
  ['upper', 'en', 'ABC '],
  ['upper-tight', 'nl', 'A'],
  ['titles', 'nl', 'dhr. '],
  ['titles-en', 'en', 'Dr. '],
  ['parens', 'nl', '('],
  ['parens-close', 'nl', ')'],
  ['parens-spaced', 'en', '( '],
  ['parens-word', 'nl', '(a) '],
  ['parens-nested', 'en', (i) => (i % 2 ? ') ' : '(Jan ')],
  ['particles', 'nl', 'van de van der '],
  ['particles-en', 'en', 'van de van der '],
  ['particles-name', 'nl', 'Jan van '],
  ['of-the', 'en', 'of the '],
  ['hyphens', 'nl', '-'],
  ['hyphens-spaced', 'nl', '- '],
  ['hyphen-words', 'nl', 'Jansen-'],
  ['hyphen-lower', 'en', 'one-'],
  ['quotes', 'nl', '"'],
  ['quotes-single', 'en', "'"],
  ['quotes-curly', 'nl', '“a” '],
  ['quotes-word', 'en', '"a" '],
  ['apostrophes', 'nl', "d'"],
  ['commas', 'nl', ', '],
  ['colons', 'en', ': '],
  ['long-word', 'nl', 'a'],
  ['long-compound', 'nl', 'zorg'],
  ['long-word-en', 'en', 'care'],
  ['long-line', 'nl', 'ab1.,;:'],
  ['long-line-en', 'en', 'x-y_z/1'],
  ['short-lines', 'nl', 'a\n'],
  ['blank-lines', 'en', '\n'],
  ['name-lines', 'nl', 'Jan\n'],
  ['list-lines', 'en', '- A\n'],
  ['bullet-lines', 'nl', '1. Jan\n'],
  ['labels', 'nl', 'Naam: Jan\n'],
  ['title-initials', 'nl', (i) => (i ? 'A. ' : 'dhr. ')],
  ['emoji', 'nl', '😀'],
  ['accents', 'nl', 'Élodie Çelik '],
  ['invisible', 'nl', 'Jan\u200bJansen 06\u00ad12345678 '],
  ['no-break-spaces', 'en', 'John\u00a0Smith\u202f'],
  ['words-nl', 'nl', 'de zus van de vader van de moeder en '],
  ['words-en', 'en', 'the sister of the father of the mother and '],
  ['no-sentence-end-nl', 'nl', 'zij woont in de stad en zij werkt als verpleegkundige en '],
  ['no-sentence-end-en', 'en', 'she lives in the town and she works as a nurse and '],
  ['prose-nl', 'nl', NL],
  ['prose-en', 'en', EN],
  ['prose-nl-one-line', 'nl', NL.replace('\n', ' ')],
  ['prose-en-one-line', 'en', EN.replace('\n', ' ')],
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;
const fmt = (r) =>
  r.error
    ? `${r.case} threw ${r.error.split('\n')[0]}`
    : Number.isNaN(r.large)
      ? `${r.case} ${r.small.toFixed(0)} ms at 25 kB (over ${SLOW} ms; 100 kB not run)`
      : `${r.case} ${r.small.toFixed(1)} -> ${r.large.toFixed(1)} ms (x${r.ratio.toFixed(1)})`;
const selected = CASES.map((c, index) => ({ c, index })).filter(({ c }) => !caseFilter || caseFilter.includes(c[0]));

if (worker) await measureCases(worker);
else await main();

/** Shares the cases out over worker processes, then reports per stage. */
async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'herkenbaar-linearity-'));
  const started = performance.now();
  let outputs;
  try {
    // The workers need a collection before each run, one thread (no background compiler or collector whose
    // CPU time would land in whichever run is being timed), and a young generation large enough that a
    // 100 kB text's tokens are not promoted piecemeal.
    const flags = ['--expose-gc', '--single-threaded', '--max-semi-space-size=32'];
    const pass = args.filter((a, i) => !['--json', '--jobs'].includes(a) && !['--json', '--jobs'].includes(args[i - 1] ?? ''));
    const n = Math.min(jobs, Math.max(1, selected.length));
    outputs = await Promise.all(
      Array.from({ length: n }, (_, k) => {
        const out = join(dir, `${k}.json`);
        const child = spawn(process.execPath, [...flags, fileURLToPath(import.meta.url), ...pass, '--worker', `${k}/${n}`, '--json', out], { stdio: ['ignore', 'inherit', 'inherit'] });
        return new Promise((resolve) => child.on('close', (code) => resolve(code === 0 ? JSON.parse(readFileSync(out, 'utf8')) : { error: `worker ${k} exited with ${code}`, rows: [] })));
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const stageIds = [];
  const rows = new Map();
  let failedWorkers = 0;
  for (const o of outputs) {
    if (o.error) {
      console.log(`FAIL ${o.error}`);
      failedWorkers++;
    }
    for (const r of o.rows) {
      if (!rows.has(r.stage)) {
        rows.set(r.stage, []);
        stageIds.push(r.stage);
      }
      rows.get(r.stage).push(r);
    }
  }
  const order = (id) => (id === 'tokenize' ? -1 : id === 'checkText' ? 1 : 0);
  stageIds.sort((a, b) => order(a) - order(b));
  const results = [];
  let passed = 0;
  let failed = failedWorkers;
  for (const id of stageIds) {
    const all = rows.get(id).sort((a, b) => a.index - b.index);
    const judged = all.filter((r) => r.large > FLOOR && !r.bad);
    const worst = judged.length ? judged.reduce((a, b) => (b.ratio > a.ratio ? b : a)) : undefined;
    const slowest = all.reduce((a, b) => (b.large > a.large ? b : a), all[0]);
    const bad = all.filter((r) => r.bad);
    const ok = bad.length === 0;
    if (ok) passed++;
    else failed++;
    const detail = ok ? `${worst ? `worst ${fmt(worst)}` : `every 100 kB run under ${FLOOR} ms`}; slowest ${fmt(slowest)}` : bad.map(fmt).join('; ');
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${id.padEnd(22)} ${detail}`);
    if (verbose) for (const r of all) console.log(`       ${fmt(r)}${r.bad ? '  <- not linear' : ''}`);
    results.push({ stage: id, ok, rows: all });
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`linearity: ${selected.length} inputs of 25 and 100 kB; a stage fails when its time grows more than x${RATIO} (linear: x4) and 100 kB takes over ${FLOOR} ms CPU; ${seconds.toFixed(1)} s`);
  // (Not in the "N passed, N failed" form: .ci/run prints that line once, for the tests and this check together.)
  console.log(`linearity: ${passed} of ${passed + failed} stages linear${failed ? `, ${failed} not` : ''}`);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ passed, failed, seconds, stages: results }, null, 1));
  process.exitCode = failed ? 1 : 0;
}

async function measureCases(spec) {
  const [k, n] = spec.split('/').map(Number);
  const gc = globalThis.gc;
  // A young-generation collection before each run (what the run before left behind); a full one per case.
  // A full collection before each run would cost more than the runs.
  const MINOR = { type: 'minor' };
  const { checkText } = await import(dist('core/check.js'));
  const { RULES } = await import(dist('detectors/registry.js'));
  const { loadLexicon } = await import(dist('lexicon/load.js'));
  const { tokenize } = await import(dist('text/tokenize.js'));

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  /** CPU milliseconds of one run of `fn`, after a collection so that no earlier garbage is paid for. */
  const once = (fn) => {
    gc(MINOR);
    const t0 = cpu();
    fn();
    return cpu() - t0;
  };

  /** Median CPU ms of the 25 and the 100 kB input; with `full`, no early verdict. */
  function measure(run, input, rounds, full) {
    run(input.warm);
    const s = [once(() => run(input.small))];
    if (s[0] > SLOW) return { small: s[0], large: NaN, slow: true };
    const l = [once(() => run(input.large))];
    // Noise only adds time: one run under the floor, or one under twice linear, settles it.
    if (!full && (l[0] <= FLOOR || l[0] / s[0] <= RATIO / 2 || l[0] > 3000)) return { small: s[0], large: l[0] };
    for (let r = 1; r < rounds; r++) {
      s.push(once(() => run(input.small)));
      l.push(once(() => run(input.large)));
    }
    return { small: median(s), large: median(l) };
  }

  const lexicon = loadLexicon();
  const detectors = Object.values(RULES).map((r) => r.create(lexicon));
  // What each rule found in each text, for the pipeline stage to replay.
  const found = new Map(detectors.map((d) => [d.id, new Map()]));
  const replay = detectors.map((d) => ({
    id: d.id,
    detect: (ctx) => found.get(d.id).get(ctx.text)?.map((x) => ({ ...x, facts: { ...x.facts } })) ?? d.detect(ctx),
  }));
  const stages = [
    { id: 'tokenize', run: (input) => tokenize(input.text) },
    ...detectors.map((d) => ({ id: `rule ${d.id}`, run: (input) => found.get(d.id).set(input.text, d.detect(input)) })),
    { id: 'checkText', run: (input) => checkText(input.text, 'linearity', replay, { lang: input.lang }) },
  ].filter((s) => !only || only.some((o) => s.id === o || s.id === `rule ${o}`));

  const rows = [];
  for (const { c, index } of selected) {
    if (index % n !== k) continue;
    const [name, lang, unit] = c;
    // Made one case at a time, so the heap a collection walks stays small.
    const make = (size) => {
      const text = repeat(unit, size);
      return { text, tokens: tokenize(text), lang };
    };
    const input = { warm: make(WARM), small: make(SMALL), large: make(LARGE) };
    for (const m of found.values()) m.clear();
    gc({ type: 'major' });
    if (progress) process.stderr.write(`${name}\n`);
    for (const stage of stages) {
      let row;
      const w0 = performance.now();
      for (let attempt = 0; attempt <= RETRIES; attempt++) {
        let m;
        try {
          m = measure(stage.run, input, attempt ? ROUNDS + 4 : ROUNDS, attempt > 0);
        } catch (e) {
          row = { stage: stage.id, case: name, index, small: NaN, large: NaN, ratio: NaN, bad: true, error: String(e?.stack ?? e) };
          break;
        }
        const ratio = m.slow ? NaN : m.large / Math.max(m.small, 0.05);
        row = { stage: stage.id, case: name, index, small: m.small, large: m.large, ratio, bad: Boolean(m.slow) || (ratio > RATIO && m.large > FLOOR) };
        if (!row.bad || m.slow) break;
      }
      row.spent = performance.now() - w0;
      rows.push(row);
      if (progress && (row.bad || row.large > FLOOR)) process.stderr.write(`  ${stage.id}: ${fmt(row)}${row.bad ? '  <- not linear' : ''}\n`);
    }
  }
  writeFileSync(jsonOut, JSON.stringify({ rows }));
}
