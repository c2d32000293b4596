import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import { applyChanges } from '../../src/fixes/rewrite.js';
import type { Change } from '../../src/fixes/types.js';

/** A change replacing the first occurrence of `original` (after `from`) by `replacement`. */
function change(text: string, original: string, replacement: string, from = 0): Change {
  const start = text.indexOf(original, from);
  if (start < 0) throw new Error(`${original} not in ${text}`);
  const end = start + original.length;
  const finding = { kind: 'place', start, end, text: original } as unknown as Finding;
  return { finding, start, end, original, replacement, step: { replacement, loss: 1, ...(replacement === '' ? { remove: true } : {}) } };
}

const apply = (text: string, ...pairs: Array<[string, string]>) => applyChanges(text, pairs.map(([o, r]) => change(text, o, r)));

describe('applyChanges', () => {
  it('keeps the preposition on a replacement and drops it with a removal', () => {
    expect(apply('Een vrouw uit Kloetinge kwam binnen.', ['Kloetinge', 'Zeeland'])).toBe('Een vrouw uit Zeeland kwam binnen.');
    expect(apply('Een vrouw uit Kloetinge kwam binnen.', ['Kloetinge', ''])).toBe('Een vrouw kwam binnen.');
    expect(apply('Ze woont in Kloetinge.', ['Kloetinge', ''])).toBe('Ze woont.');
    expect(apply('Hij woont in het zorgcentrum De Wielewaal, al jaren.', ['zorgcentrum De Wielewaal', ''])).toBe('Hij woont, al jaren.');
    expect(apply('A man from Aberdeen was admitted.', ['Aberdeen', ''])).toBe('A man was admitted.');
  });

  it('leaves no double spaces, no space before punctuation, no ", ," and no empty parentheses', () => {
    expect(apply('Mevrouw Jansen (45) uit Goes is er.', ['45', ''])).toBe('Mevrouw Jansen uit Goes is er.');
    expect(apply('Jan, 45, werd opgenomen.', ['45', ''])).not.toMatch(/, ,|,,|\s,/);
    expect(apply('Ze kwam gisteren , zei ze.', ['gisteren', ''])).toBe('Ze kwam, zei ze.');
    expect(apply('Hij werkt als bakker  in Goes.', ['bakker', ''])).not.toMatch(/ {2}/);
    expect(apply('Ze belde (06-12345678) en (jan@example.com).', ['06-12345678', ''], ['jan@example.com', ''])).toBe('Ze belde en.');
  });

  it('capitalizes the word that now starts a sentence, and keeps a capital on a replacement there', () => {
    expect(apply('Vandaag komt hij. Gisteren ging ze.', ['Vandaag', ''])).toBe('Komt hij. Gisteren ging ze.');
    expect(apply('Het gaat goed. Gisteren ging ze.', ['Gisteren', ''])).toBe('Het gaat goed. Ging ze.');
    expect(apply('Vandaag komt hij.', ['Vandaag', 'onlangs'])).toBe('Onlangs komt hij.');
    expect(apply('Ze komt uit Kloetinge.', ['Kloetinge', 'de gemeente Goes'])).toBe('Ze komt uit de gemeente Goes.');
    expect(apply('Today, she was admitted.', ['Today', ''])).toBe('She was admitted.');
  });

  it('fixes English a/an after the next word changed', () => {
    expect(apply('She is an Aberdeen woman.', ['Aberdeen', ''])).toBe('She is a woman.');
    expect(apply('He is a teacher.', ['teacher', 'adult'])).toBe('He is an adult.');
  });

  it('applies several changes right to left without disturbing each other', () => {
    const text = 'Op 12 maart kwam een vrouw uit Kloetinge met schizofrenie binnen.';
    expect(apply(text, ['Op 12 maart', 'In maart'], ['Kloetinge', 'Zeeland'], ['schizofrenie', 'een psychotische stoornis'])).toBe(
      'In maart kwam een vrouw uit Zeeland met een psychotische stoornis binnen.',
    );
    expect(apply(text, ['Op 12 maart', ''], ['Kloetinge', ''], ['schizofrenie', ''])).toBe('Kwam een vrouw binnen.');
  });

  it('moves words with explicit edits', () => {
    const text = 'Een 45-jarige vrouw kwam binnen.';
    const c = change(text, '45-jarige', 'in de veertig');
    const noun = text.indexOf('vrouw');
    c.edits = [{ start: c.start, end: noun, text: '' }, { start: noun + 5, end: noun + 5, text: ' in de veertig' }];
    expect(applyChanges(text, [c])).toBe('Een vrouw in de veertig kwam binnen.');
  });
});
