import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/core/types.js';
import { tooLongToRewrite } from '../../src/fixes/policy.js';
import { detection } from '../helpers.js';

const withFindings = (n: number, language: 'nl' | 'en' = 'nl'): FileResult =>
  ({ language, findings: Array.from({ length: n }, (_, i) => ({ ...detection({ kind: 'age', start: i, end: i + 1 }), identifier: 'quasi' })) }) as unknown as FileResult;

describe('fix policy', () => {
  it('rewrites a post: short, few details', () => {
    expect(tooLongToRewrite(withFindings(5), 'x'.repeat(1000), false)).toBeUndefined();
  });

  it('says why a long text or one with many details gets no suggestion, in the text language', () => {
    expect(tooLongToRewrite(withFindings(5), 'x'.repeat(20_001), false)).toMatch(/te lang.*20000 tekens/);
    expect(tooLongToRewrite(withFindings(41, 'en'), 'x', false)).toMatch(/too long.*41 details/);
  });

  it('an explicit --fix takes longer texts than a suggestion in a report', () => {
    expect(tooLongToRewrite(withFindings(5), 'x'.repeat(50_000), true)).toBeUndefined();
    expect(tooLongToRewrite(withFindings(5), 'x'.repeat(100_001), true)).toBeDefined();
  });
});
