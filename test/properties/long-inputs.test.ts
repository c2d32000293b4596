import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { createDetectors } from '../../src/detectors/registry.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { acrossTheCut, findingViolations, longLine } from '../../scripts/lib/fuzz-inputs.mjs';

// The long generated inputs of the property tests (properties.test.ts has the short ones): a line of
// 1 MB, and identifiers placed across the internal 200,000-code-unit chunk cut.

const detectors = createDetectors(loadLexicon());
const SEED = 1414;
const check = (text: string) => checkText(text, 'generated.txt', detectors, { lang: 'auto' });
// A 1 MB check takes seconds on a slow shared machine: room beyond the default timeout.
const LONG = 180_000;

describe('long inputs', () => {
  it('a line of 1 MB without a break: no throw, every finding inside the text, its text the slice, line and column agreeing', () => {
    fc.assert(
      fc.property(longLine(1_000_000), (text) => {
        expect(findingViolations(text, check(text))).toEqual([]);
      }),
      { numRuns: 1, seed: SEED },
    );
  }, LONG);

  it('identifiers across the chunk cut are found whole, once, wherever the cut falls in them', () => {
    fc.assert(
      fc.property(acrossTheCut(), ({ text, found }) => {
        const result = check(text);
        expect(findingViolations(text, result)).toEqual([]);
        for (const id of found) expect(result.findings.filter((f) => f.text.includes(id)).map((f) => f.text), id).toHaveLength(1);
      }),
      { numRuns: 4, seed: SEED },
    );
  }, LONG);
});
