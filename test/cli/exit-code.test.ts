import { describe, expect, it } from 'vitest';
import { exitCode, type RunOutcome } from '../../src/cli/exit-code.js';
import type { Level } from '../../src/core/kinds.js';
import type { FileResult } from '../../src/core/types.js';

const result = (level: Level, fix?: { reached: boolean }): FileResult =>
  ({
    file: 'x.txt', language: 'nl', findings: [], pseudonym: false, warnings: [], cues: { employer: false, ward: false, admission: false, country: 'NL' },
    risk: { level, score: 0, expectedMatches: { low: 1, central: 1, high: 1 }, scenario: 'stranger', contributors: [], explanation: '' },
    ...(fix ? { fix: { target: 'low', reached: fix.reached, changes: [], after: { level, score: 0, expectedMatches: { low: 1, central: 1, high: 1 }, scenario: 'stranger', explanation: '' } } } : {}),
  }) as FileResult;
const outcome = (o: Partial<RunOutcome>): RunOutcome => ({ results: [], failOn: 'medium', fix: false, trouble: false, unsaved: false, ...o });

describe('exit code', () => {
  it('0 below --fail-on, 1 at or above it', () => {
    expect(exitCode(outcome({ results: [result('low')] }))).toBe(0);
    expect(exitCode(outcome({ results: [result('low'), result('medium')] }))).toBe(1);
    expect(exitCode(outcome({ results: [result('critical')], failOn: 'none' }))).toBe(0);
    expect(exitCode(outcome({ results: [result('high')], failOn: 'critical' }))).toBe(0);
  });

  it('2 when an input or an output went wrong, whatever the levels', () => {
    expect(exitCode(outcome({ results: [result('critical')], trouble: true }))).toBe(2);
    expect(exitCode(outcome({ results: [], trouble: true, fix: true }))).toBe(2);
  });

  it('with --fix: 1 when a rewrite misses its target or could not be saved, else 0 even for a risky original', () => {
    expect(exitCode(outcome({ fix: true, results: [result('critical', { reached: true })] }))).toBe(0);
    expect(exitCode(outcome({ fix: true, results: [result('critical', { reached: false })] }))).toBe(1);
    expect(exitCode(outcome({ fix: true, unsaved: true, results: [result('critical', { reached: true })] }))).toBe(1);
  });
});
