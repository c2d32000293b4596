#!/usr/bin/env node
// Fuzzing run over the built dist/ (npm run build first), not part of npm test:
//
//   node scripts/fuzz.mjs [--count 200000] [--seed N] [--bytes N]
//
// Generates --count texts (scripts/lib/fuzz-inputs.mjs: structured pieces, any code units, lone
// surrogates, invisible and RTL marks, other scripts) and checks each with the whole pipeline; every
// finding must lie inside the text on code-point boundaries, its text the slice, line and column
// agreeing with the offsets, and nothing may throw. Every 100th text is also checked with a risky
// sentence in it, and rewritten: the rewrite must re-check to the level it reports. Every 25,000th input is a long one: a line of 100,000 code
// units, or identifiers placed across the internal chunk cut (they must be found whole, once).
// Then --bytes (default: --count) generated files go through decode: whatever it accepts without loss
// must encode back to the same bytes. Prints the counts, the CPU time, and each violation with its
// input; exits 1 when there is one.
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { checkText } from '../dist/core/check.js';
import { createDetectors } from '../dist/detectors/registry.js';
import { fixText } from '../dist/fixes/fix.js';
import { levelToStayBelow } from '../dist/fixes/summary.js';
import { loadLexicon } from '../dist/lexicon/load.js';
import { decode } from '../dist/text/decode.js';
import { encode } from '../dist/text/encode.js';
import { acrossTheCut, fileBytes, findingViolations, longLine, sameBytes, texts } from './lib/fuzz-inputs.mjs';

const { values } = parseArgs({ options: { count: { type: 'string', default: '200000' }, seed: { type: 'string', default: '14' }, bytes: { type: 'string' } } });
const count = Number(values.count);
const byteCount = Number(values.bytes ?? values.count);
const seed = Number(values.seed);

const lexicon = loadLexicon();
const detectors = createDetectors(lexicon);
const violations = [];
const report = (what, input, problems) => {
  violations.push({ what, input, problems });
  if (violations.length <= 20) console.error(`VIOLATION (${what}): ${problems.slice(0, 3).join('; ')}\n  input: ${JSON.stringify(input).slice(0, 400)}`);
};
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const started = cpu();
const wall = Date.now();
const BATCH = 5000;
const RISKY = [
  'Mevrouw Anna de Vries (45) uit Kloetinge belde vandaag.',
  'Een 45-jarige vrouw uit Kloetinge met schizofrenie is gisteren opgenomen op de afdeling.',
  'Bel haar op 06 1234 5678 of mail anna.devries@voorbeeld.nl.',
  'A 45-year-old woman from Kloetinge with schizophrenia was admitted to the ward yesterday.',
];
let checked = 0;
let long = 0;
let rewrites = 0;

function checkOne(text) {
  let result;
  try {
    result = checkText(text, 'fuzz.txt', detectors, { lang: 'auto' });
  } catch (e) {
    report('check threw', text, [String(e && e.stack)]);
    return undefined;
  }
  const problems = findingViolations(text, result);
  if (problems.length) report('findings', text, problems);
  return result;
}

for (let done = 0, batch = 0; done < count; batch++) {
  const n = Math.min(BATCH, count - done);
  const inputs = fc.sample(texts(), { numRuns: n, seed: seed * 1000 + batch });
  for (let i = 0; i < inputs.length; i++) {
    const text = inputs[i];
    checkOne(text);
    checked++;
    if ((done + i) % 100 === 0) {
      // A risky sentence between two generated texts: the rewrite must re-check to the level it reports.
      const risky = `${text} ${RISKY[(done + i) % RISKY.length]} ${text}`;
      const before = checkOne(risky);
      checked++;
      if (before) {
        try {
          const outcome = fixText(risky, 'fuzz.txt', detectors, lexicon, { lang: 'auto' }, levelToStayBelow('low'), before);
          const again = checkText(outcome.rewritten, 'fuzz.txt', detectors, { lang: before.language });
          rewrites++;
          if (again.risk.level !== outcome.after.risk.level) report('rewrite', risky, [`reported ${outcome.after.risk.level}, re-checks to ${again.risk.level}`]);
          const p = findingViolations(outcome.rewritten, again);
          if (p.length) report('rewrite findings', outcome.rewritten, p);
        } catch (e) {
          report('fix threw', risky, [String(e && e.stack)]);
        }
      }
    }
    if ((done + i) % 25_000 === 12_500) {
      long++;
      if (long % 2) {
        const [line] = fc.sample(longLine(100_000), { numRuns: 1, seed: seed + done + i });
        checkOne(line);
      } else {
        const [{ text: cut, found }] = fc.sample(acrossTheCut(), { numRuns: 1, seed: seed + done + i });
        const r = checkOne(cut);
        for (const id of found) {
          const hits = r ? r.findings.filter((f) => f.text.includes(id)).length : 0;
          if (hits !== 1) report('across the cut', id, [`found ${hits} times`]);
        }
      }
      checked++;
    }
  }
  done += n;
  if (batch % 4 === 3) console.log(`  ${done} texts, ${(cpu() - started).toFixed(0)} s CPU, ${violations.length} violations`);
}
const checkSeconds = cpu() - started;

let decoded = 0;
let accepted = 0;
for (let done = 0, batch = 0; done < byteCount; batch++) {
  const n = Math.min(BATCH * 4, byteCount - done);
  for (const bytes of fc.sample(fileBytes(), { numRuns: n, seed: seed * 7919 + batch })) {
    decoded++;
    let d;
    try {
      d = decode(bytes);
    } catch (e) {
      report('decode threw', [...bytes], [String(e)]);
      continue;
    }
    if (d.binary || d.lossy) continue;
    accepted++;
    if (!sameBytes(encode(d.text, d.encoding, d.bom), bytes)) report('round trip', [...bytes], [`${d.encoding}${d.bom ? ' with BOM' : ''} does not encode back to the same bytes`]);
  }
  done += n;
}

const total = cpu() - started;
console.log(
  `fuzz: ${checked} texts checked (${long} long, ${rewrites} rewrites re-checked) in ${checkSeconds.toFixed(1)} s CPU; ` +
    `${decoded} byte inputs decoded (${accepted} accepted, round-tripped); ${checked + decoded} inputs in ${total.toFixed(1)} s CPU, ` +
    `${((Date.now() - wall) / 1000).toFixed(1)} s wall; seed ${seed}; ${violations.length} violations`,
);
process.exitCode = violations.length ? 1 : 0;
