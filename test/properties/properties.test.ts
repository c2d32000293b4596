import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { createDetectors } from '../../src/detectors/registry.js';
import { fixText } from '../../src/fixes/fix.js';
import { levelToStayBelow, targetFor } from '../../src/fixes/summary.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { decode } from '../../src/text/decode.js';
import { encode } from '../../src/text/encode.js';
import { fileBytes, findingViolations, PIECES, sameBytes, structuredText, texts } from '../../scripts/lib/fuzz-inputs.mjs';

// Property-based tests (fast-check): generated inputs, a few hundred per property, with a fixed seed so
// that a failure reproduces. Long inputs are in long-inputs.test.ts. scripts/fuzz.mjs runs the same
// properties over hundreds of thousands of inputs (not part of npm test).

const lexicon = loadLexicon();
const detectors = createDetectors(lexicon);
const SEED = 1414;
const check = (text: string) => checkText(text, 'generated.txt', detectors, { lang: 'auto' });

describe('every input: no throw; each finding inside the text, on code-point boundaries, its text the slice, line and column agreeing', () => {
  it('random and structured texts (digits, dots, @, capitals, particles, brackets, invisible and RTL marks, other scripts, surrogate halves)', () => {
    fc.assert(
      fc.property(texts(), (text) => {
        expect(findingViolations(text, check(text))).toEqual([]);
      }),
      { numRuns: 400, seed: SEED },
    );
  });

  it('the pieces each alone and in pairs', () => {
    for (const a of PIECES) {
      expect(findingViolations(a, check(a))).toEqual([]);
      const pair = `${a} Anna ${a}de Vries${a}06 1234 5678${a}`;
      expect(findingViolations(pair, check(pair))).toEqual([]);
    }
  });

});

describe('rewrites', () => {
  it('a rewrite re-checks to the level it reports', () => {
    const risky = fc.tuple(structuredText(30), fc.constantFrom('Mevrouw Anna de Vries (45) uit Kloetinge', 'een 45-jarige vrouw uit Kloetinge met schizofrenie', 'Bel 06 1234 5678.')).map(([a, b]) => `${a} ${b} ${a}`);
    fc.assert(
      fc.property(risky, (text) => {
        const before = check(text);
        const target = targetFor('medium');
        const outcome = fixText(text, 'generated.txt', detectors, lexicon, { lang: 'auto' }, levelToStayBelow(target)!, before);
        const again = checkText(outcome.rewritten, 'generated.txt', detectors, { lang: before.language });
        expect(again.risk.level).toBe(outcome.after.risk.level);
        expect(findingViolations(outcome.rewritten, again)).toEqual([]);
      }),
      { numRuns: 40, seed: SEED },
    );
  });
});

describe('decoding', () => {
  it('decode then encode gives back every input it accepts (not binary, not lossy), byte for byte', () => {
    fc.assert(
      fc.property(fileBytes(), (bytes) => {
        const d = decode(bytes);
        if (d.binary || d.lossy) return;
        expect(sameBytes(encode(d.text, d.encoding, d.bom), bytes)).toBe(true);
      }),
      { numRuns: 3000, seed: SEED },
    );
  });

  it('never throws, and says so whenever it could not read every byte', () => {
    fc.assert(
      fc.property(fileBytes(), (bytes) => {
        const d = decode(bytes);
        if (d.lossy) expect(d.warnings.some((w) => /not valid/.test(w))).toBe(true);
        if (d.binary) expect(d.text).toBe('');
      }),
      { numRuns: 3000, seed: SEED },
    );
  });
});
