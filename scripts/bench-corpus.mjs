// Generated corpora for the benchmark (scripts/bench.mjs): Dutch and English posts about made-up people,
// built from sentence templates in this file and generic words, places, conditions, professions and first
// names from the project's own dictionary sources (dictionaries/src/). No real text and no real person:
// the templates are invented, the slots are filled at random with a fixed seed, so every run and every
// checkout gets the same bytes. The files are written once to a folder in the system's temporary folder
// (never in the repository), named after a hash of this file and of the sources, and reused.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SEED = 20251203;
export const MB = 1024 * 1024;

const SOURCES = [
  'words/nl.tsv',
  'words/en.tsv',
  'places/geonames.tsv',
  'places/curated.tsv',
  'lexicon/condition-terms.tsv',
  'lexicon/profession-terms.tsv',
  'names/first-names.tsv',
].map((p) => join(root, 'dictionaries', 'src', p));

/** mulberry32: a small, fast PRNG; the same seed gives the same corpus everywhere. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rows = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .slice(1)
    .map((l) => l.split('\t'));

function vocabulary() {
  const [wordsNl, wordsEn, geonames, curated, conditions, professions, firstNames] = SOURCES.map(rows);
  const ranked = (r, max) => r[1] !== '' && Number(r[1]) <= max;
  const enSet = new Set(wordsEn.map((r) => r[0]));
  const simple = (w) => /^[a-z]{3,12}$/.test(w);
  // Frequent countable Dutch nouns (class d, no plurals in -en); English nouns guessed as frequent words whose plural is a word too.
  const nounsNl = wordsNl.filter((r) => r[2] === 'd' && ranked(r, 6000) && simple(r[0]) && !r[0].endsWith('en')).map((r) => r[0]);
  const nounsEn = wordsEn.filter((r) => ranked(r, 6000) && simple(r[0]) && !r[0].endsWith('s') && enSet.has(`${r[0]}s`)).map((r) => r[0]);
  // Other frequent words, for the "we talked about ..." sentences that carry no detail.
  const wordsOfNl = wordsNl.filter((r) => r[2] === 'o' && ranked(r, 4000) && simple(r[0])).map((r) => r[0]);
  const wordsOfEn = wordsEn.filter((r) => ranked(r, 4000) && simple(r[0])).map((r) => r[0]);
  const places = [...geonames, ...curated];
  const townsNl = places.filter((r) => r[5] === 'NL' && (r[2] === 'town' || r[2] === 'municipality')).map((r) => r[1]);
  const townsEn = places.filter((r) => (r[5] === 'GB' || r[5] === 'US') && r[2] === 'city').map((r) => r[1]);
  const term = (r, lang) => r.filter((x) => x[1] === lang && /^[\p{L} -]{4,40}$/u.test(x[0])).map((x) => x[0]);
  const name = (n) => n.charAt(0).toUpperCase() + n.slice(1);
  const firstNl = firstNames.filter((r) => r[2] === 'be' && /^[a-z]{3,10}$/.test(r[0])).map((r) => name(r[0]));
  const firstEn = firstNames.filter((r) => r[2] === 'en' && /^[a-z]{3,10}$/.test(r[0])).map((r) => name(r[0]));
  for (const [k, v] of Object.entries({ nounsNl, nounsEn, wordsOfNl, wordsOfEn, townsNl, townsEn, firstNl, firstEn })) {
    if (v.length < 50) throw new Error(`bench corpus: too few ${k} in dictionaries/src (${v.length})`);
  }
  return {
    nl: { noun: nounsNl, word: wordsOfNl, town: townsNl, condition: term(conditions, 'nl'), profession: term(professions, 'nl'), first: firstNl },
    en: { noun: nounsEn, word: wordsOfEn, town: townsEn, condition: term(conditions, 'en'), profession: term(professions, 'en'), first: firstEn },
  };
}

// Sentences a care worker, a neighbour or a blogger might write. {slot} is filled from the vocabulary;
// {age}, {n}, {day}, {month} are numbers and dates. In the 10 and 50 MB corpora 30% of the sentences carry
// a detail about someone, in the 640 short posts 10%.
const TEMPLATES = {
  nl: {
    plain: [
      'De {noun} lag gewoon naast de {noun} op de tafel in de keuken.',
      'Gisteren hebben we het in het overleg vooral gehad over de {noun} en de {noun}.',
      'Er staat sinds vanochtend een nieuwe {noun} in de gang bij de ingang.',
      'Wie heeft de {noun} voor het laatst gezien? Hij was er vorige week nog.',
      'In het voorjaar bloeien de bomen langs de weg en is het eindelijk weer licht om zeven uur.',
      'Het team bespreekt volgende week de planning, de {noun} en wat er verder nog speelt.',
      'We kregen een lange brief over de {noun}, {word} {word} geschreven en nogal vaag.',
      'Na de koffie liep iedereen naar buiten om de {noun} te bekijken.',
      'Het regende de hele dag, dus bleven we binnen met een boek en een {noun}.',
      'Volgens de handleiding moet de {noun} eerst schoon zijn voordat je begint.',
      'Op de markt waren de aardbeien duur, maar de {noun} was gelukkig in de aanbieding.',
      'Ik vind het {word} dat niemand iets over de {noun} heeft gezegd.',
      'Zoals altijd was de vergadering {word} lang en eindigde ze zonder besluit.',
      'De bus was te laat, dus ik kwam pas om half tien aan.',
      'Er is veel veranderd sinds de {noun} werd vervangen door een {noun}.',
    ],
    detail: [
      'Vandaag kwam een {age}-jarige vrouw uit {town} binnen met {condition}.',
      'Mijn buurvrouw {first} werkt al jaren als {profession} in {town}.',
      'Haar broer is {profession} en heeft sinds kort {condition}.',
      'Op {day} {month} is {first} opgenomen op de afdeling, na een val thuis.',
      'Meneer is {age} jaar, woont sinds kort in {town} en heeft {n} kinderen.',
      'Een collega van {first}, ook {profession}, belde om te vragen hoe het ging.',
      'De {age}-jarige man uit {town} wacht nog op de uitslag.',
      'Sinds de diagnose {condition} komt {first} niet meer naar de club.',
    ],
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  },
  en: {
    plain: [
      'The {noun} was lying right next to the {noun} on the kitchen table.',
      'Yesterday the meeting was mostly about the {noun} and the {noun}.',
      'Since this morning there is a new {noun} in the hallway by the front door.',
      'Who saw the {noun} last? It was still there last week.',
      'In spring the trees along the road blossom and it is finally light again at seven.',
      'Next week the team will go over the schedule, the {noun} and whatever else comes up.',
      'We got a long letter about the {noun}, {word} {word} written and rather vague.',
      'After coffee everyone went outside to have a look at the {noun}.',
      'It rained all day, so we stayed in with a book and a {noun}.',
      'According to the manual the {noun} has to be clean before you start.',
      'Strawberries were expensive at the market, but the {noun} was on offer.',
      'I find it {word} that nobody said anything about the {noun}.',
      'As always the meeting ran {word} long and ended without a decision.',
      'The bus was late, so I only got there at half past nine.',
      'A lot has changed since the {noun} was replaced by a {noun}.',
    ],
    detail: [
      'Today a {age}-year-old woman from {town} came in with {condition}.',
      'My neighbour {first} has worked as a {profession} in {town} for years.',
      'Her brother is a {profession} and was recently diagnosed with {condition}.',
      'On {day} {month} {first} was admitted to the ward after a fall at home.',
      'He is {age}, moved to {town} recently and has {n} children.',
      'A colleague of {first}, also a {profession}, called to ask how things were.',
      'The {age}-year-old man from {town} is still waiting for the results.',
      'Since being diagnosed with {condition}, {first} no longer comes to the club.',
    ],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
};

function writer(lang, vocab, random) {
  const t = TEMPLATES[lang];
  const v = vocab[lang];
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const fill = (template) =>
    template.replace(/\{(\w+)\}/g, (_, slot) => {
      if (slot === 'age') return String(18 + Math.floor(random() * 75));
      if (slot === 'n') return String(2 + Math.floor(random() * 4));
      if (slot === 'day') return String(1 + Math.floor(random() * 28));
      if (slot === 'month') return pick(t.months);
      return pick(v[slot]);
    });
  /** One post: 3 to 8 sentences in one or two paragraphs, each with a detail about someone at `detailShare`. */
  return (detailShare = 0.3) => {
    const sentences = [];
    const count = 3 + Math.floor(random() * 6);
    for (let i = 0; i < count; i++) sentences.push(fill(random() < detailShare ? pick(t.detail) : pick(t.plain)));
    const cut = count > 4 ? Math.floor(count / 2) : count;
    return `${sentences.slice(0, cut).join(' ')}${cut < count ? `\n\n${sentences.slice(cut).join(' ')}` : ''}\n`;
  };
}

/** Posts in `lang` up to `bytes` (UTF-8), separated by blank lines. */
function text(post, bytes) {
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const p = post();
    parts.push(p);
    size += Buffer.byteLength(p) + 1;
  }
  return parts.join('\n');
}

/**
 * The corpora, generated on first use: `nl/` and `en/` (10 MB each in 200 files), `posts/` (640 files of one
 * post each, Dutch and English in turn), `large.txt` (one 50 MB Dutch file). Returns their paths.
 */
export function benchCorpus({ log = () => {} } = {}) {
  const h = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url)));
  for (const f of SOURCES) h.update(readFileSync(f));
  const dir = join(tmpdir(), `herkenbaar-bench-${h.digest('hex').slice(0, 16)}`);
  const paths = { dir, nl: join(dir, 'nl'), en: join(dir, 'en'), posts: join(dir, 'posts'), large: join(dir, 'large.txt') };
  if (existsSync(join(dir, 'complete'))) return paths;

  const t0 = performance.now();
  const vocab = vocabulary();
  const random = prng(SEED);
  const post = { nl: writer('nl', vocab, random), en: writer('en', vocab, random) };
  // Built beside the final folder and renamed into place, so an interrupted run leaves no half corpus.
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  for (const lang of ['nl', 'en']) {
    mkdirSync(join(tmp, lang), { recursive: true });
    for (let i = 0; i < 200; i++) writeFileSync(join(tmp, lang, `post-${String(i).padStart(3, '0')}.txt`), text(post[lang], (10 * MB) / 200));
  }
  mkdirSync(join(tmp, 'posts'));
  // Fewer details in the short posts, as on a blog: about two in five reach 'medium' and get a rewrite.
  for (let i = 0; i < 640; i++) writeFileSync(join(tmp, 'posts', `post-${String(i).padStart(3, '0')}.txt`), post[i % 2 === 0 ? 'nl' : 'en'](0.1));
  writeFileSync(join(tmp, 'large.txt'), text(post.nl, 50 * MB));
  writeFileSync(join(tmp, 'complete'), '');
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  // Corpora of an older generator or older dictionaries are not needed any more.
  for (const old of readdirSync(tmpdir())) {
    if (/^herkenbaar-bench-[0-9a-f]{16}$/.test(old) && join(tmpdir(), old) !== dir) rmSync(join(tmpdir(), old), { recursive: true, force: true });
  }
  log(`bench: generated the corpora in ${dir} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  return paths;
}
