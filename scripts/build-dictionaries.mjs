#!/usr/bin/env node
// Compiles the dictionary sources (dictionaries/src/**/*.tsv, plain text, reviewed by people) into
// the files the CLI loads: dist/dict/<section>.dict, one per section (src/lexicon/compiled.ts encodeSection),
// with rows as TSV strings and phrase indexes and name lists as sorted lines, so that loading a section parses
// nothing but its header line.
// Run: npm run build:dict (also part of npm run build). Deterministic: same sources, same bytes.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readTsvUnder } from './lib/tsv.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Phrases are tokenized here, once, with the CLI's own compiler (built by tsc first), not at every start.
const { compilePattern, PhraseMatcher } = await import(pathToFileURL(join(root, 'dist', 'lexicon', 'phrases.js')).href);

/** A phrase index as plain data: [phrase tokens, ref] entries, built by the CLI's own matcher. */
function indexOf(entries) {
  const m = new PhraseMatcher();
  for (const [tokens, ref] of entries) m.addCompiled(tokens, ref);
  return m.toJSON();
}
const src = join(root, 'dictionaries', 'src');
const outDir = join(root, 'dist', 'dict');
// The long tail of the US census list (88,799 names) costs start-up time and adds little for Dutch
// text; the Belgian and curated lists are kept whole.
const US_SURNAME_RANK_LIMIT = 30_000;

/** Rows of a TSV as objects keyed by the header; '#' lines and blank lines are skipped. */
const readTsv = (rel) => readTsvUnder(src, rel);

const num = (v, where, field) => {
  const n = Number(v);
  if (v === '' || !Number.isFinite(n)) throw new Error(`${where}: ${field} is not a number: '${v}'`);
  return n;
};
const list = (v) => (v ? v.split('|').map((s) => s.trim()).filter(Boolean) : []);
const figure = (r) => {
  const low = num(r.low, r.__where, 'low');
  const central = num(r.central, r.__where, 'central');
  const high = num(r.high, r.__where, 'high');
  if (!(low > 0 && low <= central && central <= high && high <= 1)) throw new Error(`${r.__where}: shares must satisfy 0 < low <= central <= high <= 1`);
  return [low, central, high];
};

// Places: curated rows override generated ones (geonames.tsv, world.tsv) with the same id. Cities abroad
// (world.tsv, every row but the countries) go to a section of their own, read only when a text holds a
// word that opens one of their names: most texts name no city abroad, and start-up stays as it was.
const placeRows = new Map();
const abroad = new Set();
for (const r of readTsv('places/world.tsv')) {
  placeRows.set(r.id, r);
  if (r.type !== 'country') abroad.add(r.id);
}
for (const r of [...readTsv('places/geonames.tsv'), ...readTsv('places/curated.tsv')]) {
  placeRows.set(r.id, r);
  abroad.delete(r.id);
}
const placeTuple = (r) => [r.id, r.name, r.type, Math.round(num(r.population || '0', r.__where, 'population')), r.parent, r.country, list(r.aliases), list(r.flags)];
// Rows in id order, each id once: the Lexicon finds a place by id by halving (src/lexicon/lexicon.ts rowById).
const byIdOrder = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const allPlaces = [...placeRows.values()].filter((r) => r.id && r.name).sort(byIdOrder);
const places = allPlaces.filter((r) => !abroad.has(r.id)).map(placeTuple);
const worldPlaces = allPlaces.filter((r) => abroad.has(r.id)).map(placeTuple);
// Every parent is a row: a city abroad hangs under its country, which is in the main section.
const known = new Set(allPlaces.map((r) => r.id));
for (const r of allPlaces) if (r.parent && !known.has(r.parent)) throw new Error(`${r.__where}: parent '${r.parent}' is not a place id`);
/** Lower-case name or alias -> row numbers, and the phrase index over those names. */
function nameIndex(rows) {
  const names = {};
  rows.forEach(([, name, , , , , aliases], row) => {
    const all = new Set([name, ...aliases].map((n) => n.toLowerCase()));
    // "Sint Annaparochie" (GeoNames) is written "Sint-Annaparochie" in Dutch, and the other way round.
    for (const n of [...all]) {
      const m = /^(sint|st\.?)([ -])(.+)$/.exec(n);
      if (m) all.add(`${m[1]}${m[2] === ' ' ? '-' : ' '}${m[3]}`);
    }
    for (const n of all) (names[n] ??= []).push(row);
  });
  return [names, indexOf(Object.keys(names).map((key) => [compilePattern(key), key]))];
}
const [placeNames, placeIndex] = nameIndex(places);
const [worldPlaceNames, worldPlaceIndex] = nameIndex(worldPlaces);
// What the main section knows of the cities abroad: their names (for hasName) and the first word of
// each name as the matcher keys it (a text without any of these words never loads the section).
const sortedLines = (values) => [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n');
const worldNames = sortedLines(Object.keys(worldPlaceNames));
// A first word that is short or a function word ("A Coruña", "The Valley", "E’zhou") is keyed with the
// word after it, so that "a", "the" or "I" in a text does not read the section.
const OPENERS = new Set(['the', 'a', 'an', 'de', 'het', 'la', 'le', 'les', 'el', 'al', 'los', 'las', 'der', 'den', 'di', 'da', 'do', 'du', 'of', 'in', 'en', 'et', 'y', 'saint', 'san', 'santa', 'sint', 'new', 'east', 'west', 'north', 'south']);
const worldKey = (slots) => (slots.length > 1 && (slots[0].length <= 2 || OPENERS.has(slots[0])) ? `${slots[0]} ${slots[1]}` : slots[0]);
const worldFirst = sortedLines(Object.keys(worldPlaceNames).map((key) => worldKey(compilePattern(key))));
// Rows as TSV lines in one string: one JSON string parses far faster than thousands of small ones.
const tsv = (rows) => rows.map((cells) => cells.map((c) => (Array.isArray(c) ? c.join('|') : String(c))).join('\t')).join('\n');

const firstNames = {};
for (const r of [...readTsv('names/first-names.tsv'), ...readTsv('names/curated-first-names.tsv')]) {
  if (r.name) firstNames[r.name.toLowerCase()] = r.gender || 'u';
}
const surnames = [...new Set([...readTsv('names/surnames.tsv'), ...readTsv('names/curated-surnames.tsv')]
  .filter((r) => r.origin !== 'en' || !r.rank || Number(r.rank) <= US_SURNAME_RANK_LIMIT)
  .map((r) => r.name?.toLowerCase()).filter(Boolean))].sort();
// "name<TAB>languages": the languages in which the name is also an everyday word ("lien": en), empty when
// it is one whatever the language (a calendar word, an abbreviation, two letters).
const ambiguousLangs = new Map();
for (const r of readTsv('names/ambiguous.tsv')) {
  const name = r.name?.toLowerCase();
  if (!name) continue;
  const langs = (r.word_lang ?? '').split(',').map((l) => l.trim()).filter(Boolean);
  const seen = ambiguousLangs.get(name);
  if (seen === undefined) ambiguousLangs.set(name, langs.length ? new Set(langs) : null);
  else if (seen !== null) langs.length ? langs.forEach((l) => seen.add(l)) : ambiguousLangs.set(name, null);
}
const ambiguous = [...ambiguousLangs.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([n, langs]) => `${n}\t${langs ? [...langs].sort().join(',') : ''}`);

const concepts = (rel) => Object.fromEntries(readTsv(rel).filter((r) => r.id).map((r) => [r.id, [r.label_nl, r.label_en, ...figure(r), r.parent ?? '', r.source ?? '']]));
/** Index of terms -> concept id; exact-case terms (ALS, ASS) keep their case. */
const termIndex = (rel) => indexOf(readTsv(rel).filter((r) => r.term && r.id).map((r) => [compilePattern(r.case === 'exact' ? r.term : r.term.toLowerCase(), r.case === 'exact'), r.id]));
/** Cue rows and their index (refs are row numbers). */
function cues(rel) {
  const rows = readTsv(rel).filter((r) => r.pattern);
  return [rows.map((r) => [r.lang, ...figure(r), r.label_nl ?? '', r.label_en ?? '', r.source ?? '']), indexOf(rows.map((r, i) => [compilePattern(r.pattern.toLowerCase()), i]))];
}

const professions = Object.fromEntries(
  readTsv('lexicon/professions.tsv').filter((r) => r.id).map((r) => [r.id, [r.label_nl, r.label_en, ...figure(r), r.parent ?? '', r.unique_per_place === 'yes', r.source ?? '']]),
);
const share = (v) => (v === '' || v === undefined ? 0 : Number(v));
const nationalities = Object.fromEntries(
  readTsv('lexicon/nationalities.tsv').filter((r) => r.id).map((r) => [r.id, [r.label_nl, r.label_en, share(r.share_nl), share(r.share_be), share(r.share_gb), share(r.share_us), r.source ?? '']]),
);
const institutionRows = readTsv('lexicon/institutions.tsv').filter((r) => r.name);
const institutions = institutionRows.map((r) => [r.name, r.type, r.place ?? '', r.country ?? '', Number(r.size) || 0, r.source ?? '']);
// institutions.tsv separates aliases with ';' (its header says so); '|' is accepted too, as in the other files.
const aliasList = (v) => (v ? v.split(/[;|]/).map((s) => s.trim()).filter(Boolean) : []);
const institutionIndex = indexOf(institutionRows.flatMap((r, i) => [r.name, ...aliasList(r.aliases)].map((n) => [compilePattern(n), i])));
// Where Dutch and English share a head word with different types ("college": a school in Dutch, a
// university in English), the Dutch reading wins: it is the smaller institution, so the cautious one.
// flags say where a head may stand (the file's header): as a word, at the end of a compound, as a legal form.
const HEAD_FLAGS = new Set(['word', 'compound', 'suffix', 'after', 'national']);
const institutionHeads = {};
const institutionHeadFlags = {};
for (const r of readTsv('lexicon/institution-heads.tsv').filter((r) => r.head).sort((a, b) => (a.lang === 'nl' ? 1 : 0) - (b.lang === 'nl' ? 1 : 0))) {
  const head = r.head.toLowerCase();
  institutionHeads[head] = r.type;
  const flags = list((r.flags ?? '').replace(/,/g, '|'));
  for (const f of flags) if (!HEAD_FLAGS.has(f)) throw new Error(`${r.__where}: flag must be one of ${[...HEAD_FLAGS].join(', ')}: '${f}'`);
  if (flags.includes('word') && flags.includes('compound')) throw new Error(`${r.__where}: a head is a word of its own or the end of a compound, not both`);
  if (flags.length) institutionHeadFlags[head] = flags.join('|');
  else delete institutionHeadFlags[head];
}
// Heads of compounds and their look-alikes (src/detectors/compound.ts): small, so plain rows.
const KINDS = new Set(['event', 'family', 'profession', 'diagnosis']);
const compoundHeads = readTsv('lexicon/compound-heads.tsv').filter((r) => r.head).map((r) => {
  if (!KINDS.has(r.kind)) throw new Error(`${r.__where}: kind must be one of ${[...KINDS].join(', ')}: '${r.kind}'`);
  if (!r.target) throw new Error(`${r.__where}: a head needs a target`);
  return [r.head.toLowerCase(), r.lang, r.kind, r.target, list(r.modifiers).map((m) => m.toLowerCase()).join('|'), list(r.flags.replace(/,/g, '|')).join('|')];
});
const compoundExceptions = readTsv('lexicon/compound-exceptions.tsv').filter((r) => r.entry).map((r) => {
  if (r.match !== 'word' && r.match !== 'ending') throw new Error(`${r.__where}: match must be word or ending: '${r.match}'`);
  return [r.entry.toLowerCase(), r.lang, r.match];
});
// Medications that reveal a condition (medication-terms.tsv, generated from medications.tsv by
// scripts/import/medication-terms.mjs): rows "condition id<TAB>ATC<TAB>INN<TAB>context"; refs are row numbers.
function medicationTerms(rel) {
  const rows = [];
  const rowOf = new Map();
  const entries = [];
  for (const r of readTsv(rel).filter((r) => r.term && r.id)) {
    if (r.case !== '' && r.case !== 'exact' && r.case !== 'context') throw new Error(`${r.__where}: case must be blank, exact or context: '${r.case}'`);
    const row = [r.id, r.atc, r.inn, r.case === 'context' ? '1' : ''];
    const line = row.join('\t');
    if (!rowOf.has(line)) {
      rowOf.set(line, rows.length);
      rows.push(row);
    }
    entries.push([compilePattern(r.case ? r.term : r.term.toLowerCase(), r.case !== ''), rowOf.get(line)]);
  }
  return [tsv(rows), indexOf(entries)];
}
const [medications, medicationIndex] = medicationTerms('lexicon/medication-terms.tsv');
const [family, familyIndex] = cues('lexicon/family.tsv');
const [events, eventIndex] = cues('lexicon/events.tsv');
const [unusual, unusualIndex] = cues('lexicon/unusual.tsv');

// Word frequency ranks (rarity rule): "word<TAB>rank<TAB>class" lines, sorted by code unit for the
// binary search of src/lexicon/names.ts; generated by scripts/import/word-ranks.mjs.
function wordLines(rel) {
  const rows = readTsv(rel).filter((r) => r.word);
  for (const r of rows) if (r.rank !== '' && !(Number(r.rank) >= 1)) throw new Error(`${r.__where}: rank is not a positive number: '${r.rank}'`);
  rows.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return rows.map((r) => `${r.word}\t${r.rank}${r.class ? `\t${r.class}` : ''}`).join('\n');
}
// Words of the public-event rule by word class (dictionaries/src/lexicon/exposure.tsv): every form of a
// lexeme points at one row (class, construction, needs, languages). A form in two classes is an error: a
// token has one word class here. Named media (media-outlets.tsv) are indexed without a leading article.
function exposureWords(rel) {
  const byForm = new Map();
  for (const r of readTsv(rel).filter((r) => r.term && r.class)) {
    for (const form of list(r.term)) {
      const key = compilePattern(form.toLowerCase()).join(' ');
      const row = [r.class, r.construction ?? '', r.needs ?? ''];
      const seen = byForm.get(key);
      if (seen && seen.row.join('\t') !== row.join('\t')) throw new Error(`${r.__where}: '${form}' is already a ${seen.row[0]} (${seen.where})`);
      if (seen) seen.langs.add(r.lang || '*');
      else byForm.set(key, { row, langs: new Set([r.lang || '*']), where: r.__where, tokens: compilePattern(form.toLowerCase()) });
    }
  }
  const rows = [];
  const rowOf = new Map();
  const entries = [];
  for (const { row, langs, tokens } of byForm.values()) {
    const lang = langs.has('*') || (langs.has('nl') && langs.has('en')) ? '*' : [...langs][0];
    const line = [...row, lang].join('\t');
    if (!rowOf.has(line)) {
      rowOf.set(line, rows.length);
      rows.push([...row, lang]);
    }
    entries.push([tokens, rowOf.get(line)]);
  }
  return [rows, indexOf(entries)];
}
const ARTICLE = /^(?:de|het|the|'t)\s+/i;
const outletRows = readTsv('lexicon/media-outlets.tsv').filter((r) => r.name);
const outlets = outletRows.map((r) => [r.name, r.country ?? '', r.type ?? '']);
const outletIndex = indexOf(outletRows.map((r, i) => [compilePattern(r.name.replace(ARTICLE, '').toLowerCase()), i]));
const [exposure, exposureIndex] = exposureWords('lexicon/exposure.tsv');
// Words of the stand-out constructions (uniqueness: tenure, feat, mastery; marks: pets, breeds, taxidermy), by word class.
const [standout, standoutIndex] = exposureWords('lexicon/standout.tsv');

// Words of the amount rule (dictionaries/src/lexicon/money-words.tsv) and the ISO 4217 codes
// (currency-codes.tsv, generated by scripts/import/currencies.mjs): rows "form<TAB>lang<TAB>class<TAB>value<TAB>flags",
// one per form and language. A form in two classes for one language is an error: a token has one word class here.
const MONEY_CLASSES = new Set(['currency', 'symbol', 'code', 'multiplier', 'head', 'sum', 'verb', 'price', 'unit']);
function moneyWords() {
  const byKey = new Map();
  const add = (form, lang, row, where) => {
    for (const l of lang === '*' ? ['nl', 'en'] : [lang]) {
      const key = `${l}\t${form}`;
      const seen = byKey.get(key);
      if (seen && seen.row.join('\t') !== row.join('\t')) throw new Error(`${where}: '${form}' (${l}) is already a ${seen.row[0]} (${seen.where})`);
      if (!seen) byKey.set(key, { row, where });
    }
  };
  for (const r of readTsv('lexicon/money-words.tsv').filter((r) => r.term)) {
    if (!MONEY_CLASSES.has(r.class)) throw new Error(`${r.__where}: unknown class '${r.class}'`);
    if (!['nl', 'en', '*'].includes(r.lang)) throw new Error(`${r.__where}: lang must be nl, en or *`);
    if (r.class === 'multiplier') num(r.value, r.__where, 'value');
    if (r.class === 'head' && !['a', '-'].includes(r.value)) throw new Error(`${r.__where}: a head's value is its article, a or -`);
    list(r.term).forEach((form, i) => {
      const value = r.class === 'head' && i > 0 ? '-' : r.value ?? ''; // plurals and other forms take no article
      add(r.class === 'symbol' || r.class === 'code' ? form : form.toLowerCase(), r.lang, [r.class, value, r.flags ?? ''], r.__where);
    });
  }
  for (const r of readTsv('lexicon/currency-codes.tsv').filter((r) => r.code)) {
    if (!/^[A-Z]{3}$/.test(r.code)) throw new Error(`${r.__where}: not an ISO 4217 code: '${r.code}'`);
    add(r.code, '*', ['code', '', r.flags ?? ''], r.__where);
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, { row }]) => [...key.split('\t'), ...row]);
}
const money = moneyWords();

// Name lists travel as one sorted, newline-joined string each: parsing one long string is ~20x
// cheaper than parsing tens of thousands of small ones (src/lexicon/names.ts reads them).
const firstNameLines = Object.entries(firstNames).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([n, g]) => `${n}\t${g}`).join('\n');
const lexicon = {
  version: 1,
  places: tsv(places),
  placeNames,
  placeIndex,
  worldNames,
  worldFirst,
  worldPlaces: tsv(worldPlaces),
  worldPlaceNames,
  worldPlaceIndex,
  firstNames: firstNameLines,
  surnames: surnames.join('\n'),
  ambiguous: ambiguous.join('\n'),
  conditions: concepts('lexicon/conditions.tsv'),
  conditionIndex: termIndex('lexicon/condition-terms.tsv'),
  medications,
  medicationIndex,
  professions,
  professionIndex: termIndex('lexicon/profession-terms.tsv'),
  nationalities,
  nationalityIndex: termIndex('lexicon/nationality-terms.tsv'),
  family: tsv(family),
  familyIndex,
  events: tsv(events),
  eventIndex,
  unusual: tsv(unusual),
  unusualIndex,
  exposure: tsv(exposure),
  exposureIndex,
  standout: tsv(standout),
  standoutIndex,
  outlets: tsv(outlets),
  outletIndex,
  money: tsv(money),
  institutions,
  institutionIndex,
  institutionHeads,
  institutionHeadFlags,
  compoundHeads,
  compoundExceptions,
  wordsNl: wordLines('words/nl.tsv'),
  wordsEn: wordLines('words/en.tsv'),
};

// Every head points at something that exists: a compound construction, a listed profession or condition.
for (const [head, lang, kind, target] of compoundHeads) {
  const known = target.startsWith('@') ? ['@profession', '@condition'].includes(target)
    : kind === 'profession' ? Object.hasOwn(professions, target)
    : kind === 'diagnosis' ? Object.hasOwn(lexicon.conditions, target)
    : ['event-compound', 'kin-compound'].includes(target);
  if (!known) throw new Error(`lexicon/compound-heads.tsv: head '${head}' (${lang}, ${kind}): unknown target '${target}'`);
}

// Every medication reveals a listed condition.
for (const line of medications.split('\n')) {
  const id = line.split('\t')[0];
  if (line && !Object.hasOwn(lexicon.conditions, id)) throw new Error(`lexicon/medication-terms.tsv: unknown condition '${id}'`);
}

// Name -> row numbers as sorted lines "name<TAB>row|row" (src/lexicon/lexicon.ts looks them up by binary search).
const nameLines = (names) => Object.keys(names).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((n) => `${n}\t${names[n].join('|')}`).join('\n');
for (const [key, names] of [['placeNames', placeNames], ['worldPlaceNames', worldPlaceNames]]) {
  for (const n of Object.keys(names)) if (/[\t\n]/.test(n)) throw new Error(`a place name holds a tab or line break: ${JSON.stringify(n)}`);
  lexicon[key] = nameLines(names);
}

// One file per section, so the CLI reads only what a text needs (SECTIONS in src/lexicon/compiled.ts).
const { SECTIONS, encodeDict, encodeSection, sectionFile } = await import(pathToFileURL(join(root, 'dist', 'lexicon', 'compiled.js')).href);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
let bytes = 0;
for (const [section, keys] of Object.entries(SECTIONS)) {
  const file = join(outDir, sectionFile(section));
  writeFileSync(file, encodeDict(encodeSection(Object.fromEntries(keys.map((k) => [k, lexicon[k]])))));
  bytes += statSync(file).size;
}
const size = (v) => (typeof v === 'string' ? (v ? v.split('\n').length : 0) : Array.isArray(v) ? v.length : Object.keys(v).length);
const counts = Object.entries(lexicon)
  .filter(([k]) => k !== 'version' && !k.endsWith('Index') && !['placeNames', 'worldPlaceNames', 'worldNames', 'worldFirst'].includes(k))
  .map(([k, v]) => `${k} ${size(v)}`)
  .join(', ');
console.log(`dictionaries: ${counts} -> dist/dict/ (${(bytes / 1024).toFixed(0)} KiB)`);
