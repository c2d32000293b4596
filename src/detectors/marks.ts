import type { Construction } from '../core/facts.js';
import type { Detection } from '../core/types.js';
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
    if (word(tokens[k]) && !BODY_PARTS.has(tokens[k]!.lower) && BODY_PARTS.has(tokens[k + 1]?.lower ?? '')) k++; // "linker", "left"
    if (BODY_PARTS.has(tokens[k]?.lower ?? '')) {
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
  detect({ tokens }: DetectContext): Detection[] {
    const out: Detection[] = [];
    const breeds = breedsIn(lexicon, tokens);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.type !== 'word') continue;
      const breed = breeds.get(i);
      const hit = MARKS.has(t.lower) ? mark(tokens, i) : PETS.has(t.lower) ? pet(tokens, i) : breed !== undefined ? pet(tokens, i, breed) : undefined;
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
