import type { Construction } from '../core/facts.js';
import type { Detection, Lang } from '../core/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { isCapitalized, type Token } from '../text/tokenize.js';
import { aboutNobody, aboutWriter, isGroup } from './subject.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

// Marks on the body that others see and remember: the noun names the kind of mark, its motif and its place
// on the body are what make it one person's ("een tatoeage van een kreeft op zijn onderarm").
const MARKS = new Set([
  'tatoeage', 'tatoeages', 'tattoo', 'tattoos', 'tatoeëring', 'tatoeëringen', 'tatouage', 'piercing', 'piercings',
  'litteken', 'littekens', 'wijnvlek', 'brandlitteken', 'birthmark', 'scar', 'scars', 'port-wine stain',
]);
const BODY_PARTS = new Set([
  'arm', 'onderarm', 'bovenarm', 'hand', 'pols', 'vinger', 'nek', 'hals', 'rug', 'borst', 'buik', 'schouder', 'kuit',
  'been', 'enkel', 'voet', 'gezicht', 'wang', 'voorhoofd', 'kin', 'oor', 'neus', 'lip', 'wenkbrauw', 'hoofd', 'knokkels',
  'forearm', 'wrist', 'finger', 'neck', 'throat', 'back', 'chest', 'belly', 'shoulder', 'calf', 'leg', 'ankle', 'foot',
  'face', 'cheek', 'forehead', 'chin', 'ear', 'nose', 'lip', 'eyebrow', 'head', 'knuckles', 'hands', 'arms',
]);
const BODY_HEADS = ['arm', 'hand', 'wang', 'been', 'voet', 'schouder', 'borst', 'vinger', 'rug', 'kuit', 'enkel', 'pols', 'oor'];
/** A part of the body, or a Dutch compound with one for its head ("linkerwang", "onderrug", "rechterschouder"). */
const isBodyPart = (w: string): boolean => BODY_PARTS.has(w) || (w.length > 6 && BODY_HEADS.some((h) => w.length > h.length + 3 && w.endsWith(h)));
// Animals people keep and call by name ("haar hond Bobby", "a dog called Biscuit").
const PETS = new Set([
  'hond', 'hondje', 'kat', 'poes', 'poesje', 'kater', 'paard', 'pony', 'konijn', 'cavia', 'parkiet', 'papegaai', 'hamster',
  'kanarie', 'schildpad', 'slang', 'geit', 'ezel', 'kip', 'haan', 'varken', 'dog', 'cat', 'kitten', 'puppy', 'horse',
  'rabbit', 'parrot', 'budgie', 'hamster', 'tortoise', 'snake', 'goat', 'donkey', 'pig', 'ferret',
]);
const CALLED = new Set(['genaamd', 'called', 'named']);
const OWNERS = new Set(['zijn', 'haar', 'hun', "z'n", 'his', 'her', 'their']);
const ARTICLE = new Set(['een', 'de', 'het', 'a', 'an', 'the']);
const OF = new Set(['van', 'of', 'met', 'with']);
const ON = new Set(['op', 'on', 'in', 'across', 'over']);

const word = (t: Token | undefined): t is Token => !!t && t.type === 'word';
/** Capitalized inside a sentence: a name, not the sentence's first word. */
const named = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  const p = tokens[k - 1];
  return isCapitalized(t) && !!p && !['.', '!', '?', ':', '"', '“'].includes(p.text);
};

interface Hit { first: number; last: number; construction: Construction }

// Parts of the body one can visibly lose, by language ("been" is a leg only in Dutch); a Dutch compound
// with one for its head is one too ("rechterhand", "wijsvinger"). Not the head or the heart: "verloor zijn
// hoofd", "lost his heart" are figures of speech.
const LOSABLE: Readonly<Record<Lang, ReadonlySet<string>>> = {
  nl: new Set(['arm', 'armen', 'hand', 'handen', 'vinger', 'vingers', 'duim', 'duimen', 'been', 'benen', 'voet', 'voeten', 'teen', 'tenen', 'oog', 'ogen', 'oor', 'oren', 'neus', 'tand', 'tanden', 'onderbeen', 'bovenbeen']),
  en: new Set(['arm', 'arms', 'hand', 'hands', 'finger', 'fingers', 'thumb', 'thumbs', 'leg', 'legs', 'foot', 'feet', 'toe', 'toes', 'eye', 'eyes', 'ear', 'ears', 'nose', 'teeth', 'limb', 'limbs']),
};
const LOSABLE_HEADS = ['vinger', 'vingers', 'hand', 'handen', 'been', 'benen', 'voet', 'voeten', 'teen', 'tenen', 'arm', 'armen', 'oog'];
const isLosable = (lang: Lang, w: string): boolean =>
  LOSABLE[lang].has(w) || (lang === 'nl' && w.length > 6 && LOSABLE_HEADS.some((h) => w.length > h.length + 3 && w.endsWith(h)));
// Verbs of losing or lacking a part, before it ("mist twee vingers", "lost his left thumb") or, Dutch
// verb-final, after it ("zijn duim verloren", "zijn been geamputeerd", "twee vingers kwijt").
const LOSE_BEFORE: Readonly<Record<Lang, ReadonlySet<string>>> = {
  nl: new Set(['mist', 'miste', 'verloor', 'verloren', 'zonder']),
  en: new Set(['lost', 'loses', 'losing', 'missing', 'lacks', 'lacking', 'without', 'amputated']),
};
const LOSE_AFTER: Readonly<Record<Lang, ReadonlySet<string>>> = {
  nl: new Set(['verloren', 'kwijt', 'kwijtgeraakt', 'geamputeerd', 'afgezet']),
  en: new Set(['amputated', 'missing', 'removed']),
};
const SIDES = new Set(['linker', 'rechter', 'left', 'right', 'beide', 'both', 'twee', 'drie', 'two', 'three', 'een', 'één', 'a', 'an', 'one']);
const ONE = new Set(['één', 'een', 'one']);
// Words that say a feature stands out: the writer's own judgement of what others notice.
const STRIKING = new Set([
  'opvallend', 'opvallende', 'kenmerkend', 'kenmerkende', 'karakteristiek', 'karakteristieke', 'onmiskenbaar', 'onmiskenbare', 'herkenbare',
  'distinctive', 'striking', 'unmistakable', 'conspicuous', 'trademark', 'signature', 'characteristic',
]);
const HAVE = new Set(['heeft', 'had', 'met', 'has', 'with', 'sports', 'wears', 'draagt']);
// What ends a feature's noun phrase.
const PHRASE_END = new Set([
  '.', ',', ';', ':', '!', '?', '(', ')', 'en', 'die', 'dat', 'and', 'that', 'which', 'who', 'maar', 'but', 'waar', 'where',
  'boven', 'onder', 'achter', 'naast', 'bij', 'aan', 'met', 'uit', 'rond', 'voor', 'tot', 'naar', 'door',
  'above', 'below', 'behind', 'beside', 'near', 'under', 'at', 'with', 'from', 'to', 'for', 'around', 'along', 'by',
]);

/** "mist twee vingers", "lost his left thumb", "is missing an eye", "zijn duim verloren", "met maar één been". */
function missingPart(tokens: readonly Token[], i: number, lang: Lang): Hit | undefined {
  const low = (k: number) => tokens[k]?.lower ?? '';
  // A part after a verb of losing, with at most an owner, a side or a count between ("lost his left thumb").
  if (LOSE_BEFORE[lang].has(low(i))) {
    let k = i + 1;
    if (lang === 'nl' && ['hij', 'zij', 'ze'].includes(low(k))) k++; // "mist hij drie vingers"
    const bare = k;
    if (OWNERS.has(low(k)) || ARTICLE.has(low(k))) k++;
    for (let n = 0; n < 2 && SIDES.has(low(k)); n++) k++;
    if (k > bare && isLosable(lang, low(k))) return { first: i, last: k, construction: 'missing-part' };
    if (k === bare && low(i) !== 'zonder' && low(i) !== 'without' && isLosable(lang, low(k)) && /s$|en$/.test(low(k))) return { first: i, last: k, construction: 'missing-part' };
    return undefined;
  }
  if (!isLosable(lang, low(i))) return undefined;
  // "met maar één been", "with one arm", "heeft nog één oog": one of a pair.
  if (ONE.has(low(i - 1)) && ['maar', 'nog', 'slechts', 'only', 'just'].includes(low(i - 2))) return { first: i - 2, last: i, construction: 'missing-part' };
  // Dutch verb-final: "zijn duim verloren", "twee vingers kwijt", "zijn been werd geamputeerd".
  if (lang === 'nl' || LOSE_AFTER.en.has(low(i + 1))) {
    const det = OWNERS.has(low(i - 1)) || ARTICLE.has(low(i - 1)) || SIDES.has(low(i - 1));
    for (let k = i + 1; k <= i + 2 && det; k++) {
      if (PHRASE_END.has(low(k))) break;
      if (LOSE_AFTER[lang].has(low(k))) return { first: i - 1, last: k, construction: 'missing-part' };
    }
  }
  return undefined;
}

/** "zijn opvallende rode baard", "a distinctive shock of white hair": a feature the text itself calls striking. */
function trait(tokens: readonly Token[], i: number): Hit | undefined {
  const low = (k: number) => tokens[k]?.lower ?? '';
  // Someone's: an owner before it, or "heeft een ...", "with a ...".
  let first = i;
  if (OWNERS.has(low(i - 1))) first = i - 1;
  else if (ARTICLE.has(low(i - 1)) && HAVE.has(low(i - 2))) first = i - 1;
  else return undefined;
  return { first, last: featureEnd(tokens, i + 1, 0), construction: 'trait' };
}

// Prepositions that continue a noun phrase with what it is of ("a shock of white hair", "een bos van krullen").
const OF_FEATURE = new Set(['of', 'van']);
/**
 * The last token of the noun phrase from token k: Dutch inflected adjectives run to their head ("rode baard");
 * English words run to a preposition or a mark, at most three; "of"/"van" continues it once.
 */
function featureEnd(tokens: readonly Token[], k: number, depth: number): number {
  const low = (j: number) => tokens[j]?.lower ?? '';
  let last = k - 1;
  for (let j = k; j < k + 3 && word(tokens[j]) && !PHRASE_END.has(low(j)) && !ON.has(low(j)) && !OF_FEATURE.has(low(j)) && !ARTICLE.has(low(j)); j++) {
    last = j;
    // A Dutch head: an adjective before a noun ends in -e ("opvallende rode baard"), the noun does not.
    if (/^[a-zà-ÿ]+$/.test(low(j)) && !low(j).endsWith('e') && tokens[j + 1] && !OF_FEATURE.has(low(j + 1)) && isDutchHead(tokens, j)) break;
  }
  if (last < k) return k - 1;
  if (depth === 0 && OF_FEATURE.has(low(last + 1))) {
    const from = ARTICLE.has(low(last + 2)) ? last + 3 : last + 2;
    const end = featureEnd(tokens, from, 1);
    if (end >= from) return end;
  }
  return last;
}
/** A Dutch noun phrase's head at j: the word before was an inflected adjective or the phrase's first. */
const isDutchHead = (tokens: readonly Token[], j: number): boolean => {
  const p = tokens[j - 1]?.lower ?? '';
  return p.endsWith('e') && !['the', 'de', 'one', 'some'].includes(p);
};

/** "een tatoeage van een kreeft op zijn onderarm", "the scar on her cheek", "zijn piercings". */
function mark(tokens: readonly Token[], i: number): Hit | undefined {
  let first = i;
  if (ARTICLE.has(tokens[i - 1]?.lower ?? '') || OWNERS.has(tokens[i - 1]?.lower ?? '')) first = i - 1;
  let last = i;
  let motif = false;
  let body = false;
  // "van een kreeft", "of a rose": the motif (up to three words).
  if (OF.has(tokens[last + 1]?.lower ?? '')) {
    let k = last + 2;
    if (ARTICLE.has(tokens[k]?.lower ?? '')) k++;
    let n = 0;
    while (n < 3 && word(tokens[k]) && !ON.has(tokens[k]!.lower)) {
      k++;
      n++;
    }
    if (n > 0) {
      last = k - 1;
      motif = true;
    }
  }
  // "op zijn onderarm", "on her left cheek": the place on the body.
  if (ON.has(tokens[last + 1]?.lower ?? '')) {
    let k = last + 2;
    if (OWNERS.has(tokens[k]?.lower ?? '') || ARTICLE.has(tokens[k]?.lower ?? '')) k++;
    if (word(tokens[k]) && !isBodyPart(tokens[k]!.lower) && isBodyPart(tokens[k + 1]?.lower ?? '')) k++; // "linker", "left"
    if (isBodyPart(tokens[k]?.lower ?? '')) {
      last = k;
      body = true;
    }
  }
  const owned = OWNERS.has(tokens[i - 1]?.lower ?? '');
  if (!motif && !body && !owned) return undefined;
  return { first, last, construction: 'mark' };
}

/** "haar hond Bobby", "zijn kat genaamd Minoes", "a dog called Biscuit", "a Newfoundland called Biscuit" (the animal ends at `last`). */
function pet(tokens: readonly Token[], i: number, last = i): Hit | undefined {
  let k = last + 1;
  if (CALLED.has(tokens[k]?.lower ?? '')) k++;
  if (!named(tokens, k) || !word(tokens[k])) return undefined;
  let first = i;
  if (ARTICLE.has(tokens[i - 1]?.lower ?? '') || OWNERS.has(tokens[i - 1]?.lower ?? '')) first = i - 1;
  // A pet with a name is someone's: an owner, or "called", makes it so; "de hond Bello" alone does too.
  return { first, last: k, construction: 'pet' };
}

/** A breed names a kept animal as a pet noun does (standout.tsv, class `breed`): its last token at i, or -1. */
function breedsIn(lexicon: Lexicon, tokens: readonly Token[]): Map<number, number> {
  const at = new Map<number, number>();
  for (const m of lexicon.standout().findAll(tokens)) if (m.value.cls === 'breed') at.set(m.first, m.last);
  return at;
}

const createMarksDetector = (lexicon: Lexicon): Detector => ({
  id: 'marks',
  detect({ tokens, lang }: DetectContext): Detection[] {
    const out: Detection[] = [];
    const breeds = breedsIn(lexicon, tokens);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.type !== 'word') continue;
      const breed = breeds.get(i);
      const hit = MARKS.has(t.lower) ? mark(tokens, i)
        : PETS.has(t.lower) ? pet(tokens, i)
        : breed !== undefined ? pet(tokens, i, breed)
        : STRIKING.has(t.lower) ? trait(tokens, i)
        : missingPart(tokens, i, lang);
      if (!hit) continue;
      // Whose: not the writer's ("mijn tatoeage"), nobody's ("tatoeages zijn populair"), not a group's.
      if (aboutWriter(tokens, i) || aboutNobody(tokens, i) || isGroup(tokens, i, i)) continue;
      out.push({
        kind: 'unusual',
        start: tokens[hit.first]!.start,
        end: tokens[hit.last]!.end,
        rule: 'marks',
        confidence: 0.75,
        facts: { via: 'construction', construction: hit.construction },
      });
      i = hit.last;
    }
    return out;
  },
});

export const marksRule: Rule = {
  meta: ruleMeta('marks', ['unusual'], 'Marks others see and remember (a tattoo with its motif or place, a scar, a birthmark) and a pet or a breed by its name'),
  create: createMarksDetector,
};
