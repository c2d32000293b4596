#!/usr/bin/env node
// The precision of one rule on an annotated corpus (JSONL records as the evaluation scorer reads them:
// {id, lang, text, entities:[{kind,text,start,end}], risk}): each finding of the rule overlaps a gold
// entity or not, and how many fall in records rated "none" (texts about nobody, where every finding is
// a false alarm). Runs the built CLI once (npm run build first).
//
//   node scripts/rule-precision.mjs CORPUS.jsonl [RULE] [--quiet]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2).filter((a) => a !== '--quiet');
const quiet = process.argv.includes('--quiet');
const [corpus, rule = 'rarity'] = args;
if (!corpus) {
  console.error('usage: node scripts/rule-precision.mjs CORPUS.jsonl [RULE] [--quiet]');
  process.exit(2);
}
const records = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const dir = mkdtempSync(join(tmpdir(), 'hk-rule-'));
try {
  const files = records.map((r, i) => {
    const f = join(dir, `${String(i).padStart(5, '0')}.txt`);
    writeFileSync(f, r.text);
    return f;
  });
  const res = spawnSync(process.execPath, [join(root, 'bin', 'herkenbaar.js'), '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (res.status !== 0 && res.status !== 1) throw new Error(`the CLI exited ${res.status}: ${res.stderr.slice(0, 500)}`);
  const byFile = new Map(JSON.parse(res.stdout).results.map((r) => [basename(r.file), r]));
  let hit = 0;
  let extra = 0;
  let onNone = 0;
  records.forEach((r, i) => {
    for (const f of (byFile.get(basename(files[i]))?.findings ?? []).filter((x) => x.rule === rule)) {
      const gold = r.entities.find((e) => e.start < f.end && f.start < e.end);
      if (gold) hit++;
      else extra++;
      if (r.risk === 'none') onNone++;
      if (!quiet) console.log(`${gold ? 'hit  ' : 'extra'} ${r.id} (${r.risk}) "${r.text.slice(f.start, f.end)}"${gold ? ` ~ ${gold.kind} "${gold.text}"` : ''}`);
    }
  });
  const n = hit + extra;
  console.log(`${rule}: ${n} findings, ${hit} overlap a gold entity, ${extra} do not (precision ${n ? (hit / n).toFixed(3) : '-'}), ${onNone} in "none" records`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
