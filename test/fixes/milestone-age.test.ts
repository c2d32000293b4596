import { describe, expect, it } from 'vitest';
import { expectMonotone, ladderOf, withStep } from './helpers.js';

describe('the ladder of a milestone age (uniqueness rule)', () => {
  it('drops the ordinal of a birthday and keeps the birthday', () => {
    const text = 'Mevrouw vierde gisteren haar 102de verjaardag.';
    const { finding, ladder } = ladderOf(text, 'age', '102de verjaardag');
    expect(finding.facts).toMatchObject({ from: 102, to: 102, form: 'milestone' });
    expectMonotone(ladder);
    expect(withStep(text, 'age', -1, '102de verjaardag')).toBe('Mevrouw vierde gisteren haar verjaardag.');
  });

  it('in English too', () => {
    const text = 'He celebrated his 100th birthday on the ward.';
    expect(withStep(text, 'age', -1, '100th birthday', 'en')).toBe('He celebrated his birthday on the ward.');
  });

  it('an extreme age said after an adverb never becomes "als volwassene"', () => {
    const text = 'Mevrouw werd gisteren 101.';
    const { ladder } = ladderOf(text, 'age', '101');
    expect(ladder.map((s) => s.replacement)).not.toContain('als volwassene');
  });
});
