import type { Detection } from '../core/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { isCapitalized, type Token } from '../text/tokenize.js';
import { extendLeft, suffixStreet } from './address.js';
import { choose } from './place.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

/**
 * A street named without a house number: "woont aan de Kerkstraat", "op de Boulevard Heuvelink",
 * "lives on Elm Street". Recognized by the street's type word (the end of a Dutch compound, a separate
 * English word, or "Boulevard" before a name), capitalized, after a place preposition. With a number it
 * is an address (src/detectors/address.ts); a town right after it ("in de Molenstraat in Wondelgem")
 * becomes the street's parent, so the fixer can fall back to the town.
 */

// The end of a Dutch street name. Narrower than the address rule's list: without a house number,
// "-park", "-veld", "-haven" or "-baan" name parks, fields, harbours and careers as often as streets.
const NL_TYPES = ['straat', 'steenweg', 'laan', 'weg', 'plein', 'singel', 'gracht', 'kade', 'dijk', 'steeg', 'hof', 'dreef', 'kaai', 'lei', 'markt', 'wal', 'vest', 'plantsoen', 'allee', 'boulevard'];
// Separate English street types after a capitalized name ("Baker Street", "Abbey Road").
const EN_TYPES = new Set(['street', 'road', 'lane', 'avenue', 'drive', 'crescent', 'boulevard', 'terrace', 'close']);
// Words that end like a street and, capitalized after a preposition, are something else.
const NOT_STREETS = new Set(['binnenhof', 'kerkhof', 'gerechtshof', 'voorhof', 'paleishof', 'lei', 'bolwerkwal']);

// Where a street stands in a sentence: "aan de Kerkstraat", "op het Binnenhof", "on Elm Street".
const NL_PREPS = new Set(['aan', 'op', 'in', 'bij', 'naar', 'via', 'langs', 'over', 'uit', 'vanaf', 'van', 'door', 'richting', 'nabij', 'rond', 'achter', 'tegenover', 'naast', 'hoek', 'om', 'onder', 'voorbij']);
const EN_PREPS = new Set(['on', 'in', 'at', 'off', 'along', 'down', 'up', 'near', 'from', 'to', 'into', 'onto', 'past', 'opposite', 'of', 'round', 'around', 'corner']);
const ARTICLES = new Set(['de', 'het', "'t", 'den', 'the']);
const PARTICLES = new Set(['de', 'van', 'der', 'den', 'ter', 'ten', 'het', 'la', 'le', 'du', 'von', 'of']);
// Words that start a sentence or a name list capitalized without naming a street.
const NOT_NAME = new Set(['the', 'a', 'an', 'my', 'our', 'his', 'her', 'their', 'this', 'that', 'de', 'het', 'een', 'mijn', 'onze', 'zijn', 'haar', 'hun', 'deze', 'dit', 'die']);

const isCap = isCapitalized;

function nlType(t: Token): boolean {
  if (!isCap(t) || NOT_STREETS.has(t.lower) || !suffixStreet(t)) return false;
  return NL_TYPES.some((s) => t.lower.length >= s.length + 2 && t.lower.endsWith(s));
}

/** Is the street at token `start` introduced by a place preposition, with or without an article? */
function introduced(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (ARTICLES.has(tokens[k]?.lower ?? '')) k--;
  const p = tokens[k];
  return !!p && p.type === 'word' && (NL_PREPS.has(p.lower) || EN_PREPS.has(p.lower));
}

/** "Boulevard Heuvelink", "Boulevard de Smet de Naeyer": the last token of the name after the head. */
function nameAfter(tokens: readonly Token[], i: number): number {
  let last = -1;
  let j = i;
  for (let n = 0; n < 6; n++) {
    const t = tokens[j];
    if (isCap(t) && t!.gapBefore && !NOT_NAME.has(t!.lower)) {
      last = j;
      j++;
      continue;
    }
    if (t && PARTICLES.has(t.lower) && !isCap(t) && isCap(tokens[j + 1]) && last >= 0) {
      j++;
      continue;
    }
    break;
  }
  return last;
}

/** "Baker Street", "Mile End Road": the first token of the capitalized name before an English type. */
function nameBefore(tokens: readonly Token[], head: number): number {
  let first = -1;
  for (let j = head - 1; j >= 0 && j >= head - 3; j--) {
    const t = tokens[j]!;
    if (!isCap(t) || NOT_NAME.has(t.lower) || !tokens[j + 1]!.gapBefore) break;
    first = j;
  }
  return first;
}

function createStreetDetector(lexicon: Lexicon): Detector {
  return {
    id: 'street',
    detect({ text, tokens, lang }: DetectContext): Detection[] {
      const { matcher, hasName } = lexicon.places();
      const out: Detection[] = [];
      const push = (first: number, last: number): void => {
        const next = tokens[last + 1];
        // With a house number it is an address; a known place name ("Zwijndrecht") is the place rule's.
        if (next?.type === 'number' && next.gapBefore) return;
        const name = text.slice(tokens[first]!.start, tokens[last]!.end);
        if (first === last && hasName(tokens[first]!.lower)) return;
        // The town the street is in: "de Molenstraat in Wondelgem", "Kerkstraat, Ninove".
        let k = last + 1;
        if (tokens[k] && (tokens[k]!.text === ',' || tokens[k]!.lower === 'in' || tokens[k]!.lower === 'te')) k++;
        const m = isCap(tokens[k]) ? matcher.longestAt(tokens, k) : undefined;
        const town = m ? choose(m.value.filter((p) => p.population > 0), lang) : undefined;
        out.push({
          kind: 'place',
          start: tokens[first]!.start,
          end: tokens[last]!.end,
          rule: 'street',
          confidence: 0.75,
          facts: { id: `street:${name.toLowerCase()}`, population: 0, country: town?.country ?? '', type: 'street', parent: town?.id ?? '' },
        });
      };
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (t.type !== 'word' || !isCap(t)) continue;
        if (t.lower === 'boulevard') {
          // "op de Boulevard Heuvelink"
          const last = nameAfter(tokens, i + 1);
          if (last >= 0 && introduced(tokens, i)) {
            push(i, last);
            i = last;
          }
          continue;
        }
        if (EN_TYPES.has(t.lower)) {
          // "lives on Elm Street", "a flat off the Mile End Road"
          const first = nameBefore(tokens, i);
          if (first >= 0 && introduced(tokens, first)) push(first, i);
          continue;
        }
        if (nlType(t)) {
          // "aan de Kerkstraat", "in de Dr. Schaepmanstraat", "op de Burgemeester de Withstraat"
          const first = extendLeft(tokens, i);
          if (introduced(tokens, first)) push(first, i);
        }
      }
      return out;
    },
  };
}

export const streetRule: Rule = {
  meta: ruleMeta('street', ['place'], 'Streets named without a house number, by their type word ("aan de Kerkstraat", "op de Boulevard Heuvelink", "on Elm Street")'),
  create: createStreetDetector,
};
