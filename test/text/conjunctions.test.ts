import { describe, expect, it } from 'vitest';
import { isAdverbialConjunction } from '../../src/text/conjunctions.js';
import { tokenize } from '../../src/text/tokenize.js';

/** Whether the first "toen"/"dus"/"so" of the sentence is an adverb inside its clause. */
function adverbial(text: string): boolean {
  const tokens = tokenize(text);
  const k = tokens.findIndex((t) => ['toen', 'dus', 'so'].includes(t.lower));
  return isAdverbialConjunction(tokens, k);
}

describe('isAdverbialConjunction', () => {
  it.each([
    'Hij stond toen met foto in de krant.',
    'Het ongeluk, dat toen groot in het nieuws kwam, veranderde alles.',
    'Ze ging dus naar huis.',
    'He was so proud of her.',
  ])('an adverb: %s', (text) => expect(adverbial(text)).toBe(true));

  it.each([
    'Ze zat in de derde klas in Tiel toen ze beviel.',
    'Toen hij viel, brak hij zijn heup.',
    'Ik las de krant, toen hij binnenkwam.',
    'En toen ging het mis.',
    'Het regende dus we bleven binnen.',
    'It rained so we stayed in.',
    'She was tired so he drove.',
    'Hij belde Marieke toen Jan wegging.',
  ])('opens a clause: %s', (text) => expect(adverbial(text)).toBe(false));
});
