#!/usr/bin/env node
// Linearity check: every rule, the tokenizer and the whole checkText pipeline run on crafted worst-case
// inputs (runs of initials, digits, dots, @, capitals, parentheses, particles, hyphens, quotes, long
// words, long lines, many short lines, Dutch and English prose) of 25 kB and 100 kB. A stage fails when
// its time grows from 25 to 100 kB by more than RATIO (linear growth is 4x) and the 100 kB run is slow
// enough to matter (FLOOR ms): below that, timer and GC noise dominate and the work is negligible anyway;
// it fails outright when 25 kB alone takes over SLOW ms.
// Times are CPU time of the process (user + system, GC threads included), not wall time: other processes
// on a shared machine stretch wall time by any factor but barely touch CPU time. Each is the median of
// several runs, small and large interleaved, each after a garbage collection, and a stage that looks worse
// than linear is measured twice more: it fails only when all three agree. One noisy run decides nothing.
//
// Timings belong here, never in unit tests. Run after `npm run build`:
//   node scripts/linearity.mjs [--json out.json] [--only rule,rule] [--case name,name] [--all] [--progress]
// One line per stage ("ok"/"FAIL", the worst case and its ratio), then "linearity: N passed, N failed".
// --all prints every case of every stage; --json writes {passed, failed, stages} for .ci/run.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The measurement needs a collection before each run and a young generation large enough that a
// 100 kB text's tokens are not promoted piecemeal: run again under those flags.
if (typeof globalThis.gc !== 'function') {
  const flags = ['--expose-gc', '--max-semi-space-size=32'];
  const res = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(res.status ?? 1);
}
const gc = globalThis.gc;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;
const { checkText } = await import(dist('core/check.js'));
const { RULES } = await import(dist('detectors/registry.js'));
const { loadLexicon } = await import(dist('lexicon/load.js'));
const { tokenize } = await import(dist('text/tokenize.js'));

const RATIO = 8; // linear is 4; quadratic is 16
// CPU ms at 100 kB under which growth is not judged: even quadratic, such a stage costs under 0.1 s on the
// largest piece checkText hands a rule (200 kB), and below it cache effects alone reach x8.
const FLOOR = 20;
const SLOW = 1000; // CPU ms at 25 kB that fails a stage outright
const ROUNDS = 5;
const RETRIES = 2; // further measurements of a stage that looks worse than linear
const SMALL = 25_000;
const LARGE = 100_000;

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

/** A text of exactly `size` code units: `unit` repeated (a function gets the repetition's index). */
function repeat(unit, size) {
  let out = '';
  for (let i = 0; out.length < size; i++) out += typeof unit === 'function' ? unit(i) : unit;
  return out.slice(0, size);
}

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
  ['words-nl', 'nl', 'de zus van de vader van de moeder en '],
  ['words-en', 'en', 'the sister of the father of the mother and '],
  ['no-sentence-end-nl', 'nl', 'zij woont in de stad en zij werkt als verpleegkundige en '],
  ['no-sentence-end-en', 'en', 'she lives in the town and she works as a nurse and '],
  ['prose-nl', 'nl', NL],
  ['prose-en', 'en', EN],
  ['prose-nl-one-line', 'nl', NL.replace('\n', ' ')],
  ['prose-en-one-line', 'en', EN.replace('\n', ' ')],
].filter(([name]) => !caseFilter || caseFilter.includes(name));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU milliseconds of one run of `fn`, after a collection so that no earlier garbage is paid for. */
function once(fn) {
  gc();
  const t0 = cpu();
  fn();
  return cpu() - t0;
}

/**
 * Median CPU ms of the small and the large input, interleaved. A large run far under the floor is enough
 * on its own: noise only adds time, so the true cost is lower still and its growth does not matter.
 */
function measure(run, small, large, rounds = ROUNDS) {
  const warm = once(() => run(small)); // warm-up: JIT, lazily loaded dictionaries
  // Over a second for 25 kB: no need to wait a minute for the 100 kB run to know it is not linear.
  if (warm > SLOW) return { small: warm, large: NaN, slow: true };
  const screen = once(() => run(large));
  if (screen < FLOOR / 2) return { small: once(() => run(small)), large: screen };
  if (screen > 3000) return { small: once(() => run(small)), large: screen }; // clearly slow: keep the check short
  const s = [];
  const l = [screen];
  for (let r = 0; r < rounds; r++) {
    s.push(once(() => run(small)));
    if (r < rounds - 1) l.push(once(() => run(large)));
  }
  return { small: median(s), large: median(l) };
}

const lexicon = loadLexicon();
const detectors = Object.values(RULES).map((r) => ({ id: r.meta.id, detector: r.create(lexicon) }));

/** Stages: the tokenizer, each rule on its own, and the whole pipeline. */
const stages = [
  { id: 'tokenize', run: (input) => tokenize(input.text) },
  ...detectors.map(({ id, detector }) => ({ id: `rule ${id}`, run: (input) => detector.detect(input) })),
  { id: 'checkText', run: (input) => checkText(input.text, 'linearity', detectorList, { lang: input.lang }) },
].filter((s) => !only || only.some((o) => s.id === o || s.id === `rule ${o}`));
const detectorList = detectors.map((d) => d.detector);

/** A case's two texts, tokenized; made one case at a time, so the heap a collection walks stays small. */
const inputOf = ([name, lang, unit]) => {
  const make = (size) => {
    const text = repeat(unit, size);
    return { text, tokens: tokenize(text), lang };
  };
  return { name, small: make(SMALL), large: make(LARGE) };
};

const fmt = (r) =>
  Number.isNaN(r.large) ? `${r.case} ${r.small.toFixed(0)} ms at 25 kB (over ${SLOW} ms; 100 kB not run)` : `${r.case} ${r.small.toFixed(1)} -> ${r.large.toFixed(1)} ms (x${r.ratio.toFixed(1)})`;
const started = performance.now();
const rows = new Map(stages.map((s) => [s.id, []]));
for (const c of CASES) {
  const input = inputOf(c);
  if (progress) process.stderr.write(`${input.name}\n`);
  for (const stage of stages) {
    let row;
    // A stage that looks worse than linear is measured again, with more runs: it fails only when every
    // measurement agrees, so a burst of load on a shared machine cannot fail the check on its own.
    for (let attempt = 0; attempt < 1 + RETRIES; attempt++) {
      const { small, large, slow } = measure(stage.run, input.small, input.large, attempt ? ROUNDS + 4 : ROUNDS);
      const ratio = slow ? NaN : large / Math.max(small, 0.05);
      row = { case: input.name, small, large, ratio, bad: Boolean(slow) || (ratio > RATIO && large > FLOOR) };
      if (!row.bad || slow) break;
    }
    rows.get(stage.id).push(row);
    if (progress && (row.bad || large > FLOOR)) process.stderr.write(`  ${stage.id}: ${fmt(row)}${row.bad ? '  <- not linear' : ''}\n`);
  }
}
const results = [];
let passed = 0;
let failed = 0;
for (const stage of stages) {
  const all = rows.get(stage.id);
  const judged = all.filter((r) => r.large > FLOOR);
  const worst = judged.length ? judged.reduce((a, b) => (b.ratio > a.ratio ? b : a)) : undefined;
  const slowest = all.reduce((a, b) => (b.large > a.large ? b : a), all[0]);
  const bad = all.filter((r) => r.bad);
  const ok = bad.length === 0;
  if (ok) passed++;
  else failed++;
  const detail = ok ? `${worst ? `worst ${fmt(worst)}` : `all under ${FLOOR} ms`}; slowest ${fmt(slowest)}` : bad.map(fmt).join('; ');
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${stage.id.padEnd(22)} ${detail}`);
  if (verbose) for (const r of all) console.log(`       ${fmt(r)}${r.bad ? '  <- not linear' : ''}`);
  results.push({ stage: stage.id, ok, worst, slowest, rows: all });
}
const seconds = (performance.now() - started) / 1000;
console.log(`linearity: ${CASES.length} inputs, 25 kB -> 100 kB, growth must stay under x${RATIO} (linear x4) when the 100 kB run takes over ${FLOOR} ms; ${seconds.toFixed(1)} s`);
console.log(`linearity: ${passed} passed, ${failed} failed`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ passed, failed, seconds, stages: results }, null, 1));
process.exitCode = failed ? 1 : 0;
