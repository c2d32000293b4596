/**
 * One rule, alone, on sentences of the test author's own: what it must report (`invalid`, exactly these
 * spans, in order) and what it must leave alone (`valid`: nothing at all). Modelled on ESLint's RuleTester.
 * Every rule has a test file `test/rules/<id>.test.ts` that calls `testRule` with both lists non-empty;
 * test/rules/docs.test.ts checks that.
 */
import { describe, expect, it } from 'vitest';
import type { Kind } from '../src/core/kinds.js';
import type { Lang } from '../src/core/types.js';
import type { RuleId } from '../src/core/rule-ids.js';
import { RULES } from '../src/detectors/registry.js';
import type { Detector } from '../src/detectors/types.js';
import { loadLexicon } from '../src/lexicon/load.js';
import { tokenize } from '../src/text/tokenize.js';

export interface InvalidCase {
  text: string;
  lang?: Lang;
  /** The spans the rule reports, exactly and in order. */
  found: string[];
  /** The kind every reported span has. */
  kind?: Kind;
}
export type ValidCase = string | { text: string; lang?: Lang };

const lexicon = loadLexicon();
const built = new Map<RuleId, Detector>();
/** The rule's detector, built from the real dictionaries. */
export function ruleDetector(id: RuleId): Detector {
  let d = built.get(id);
  if (!d) built.set(id, (d = RULES[id].create(lexicon)));
  return d;
}

const spansOf = (id: RuleId, text: string, lang: Lang) =>
  ruleDetector(id).detect({ text, tokens: tokenize(text), lang }).sort((a, b) => a.start - b.start).map((d) => ({ text: text.slice(d.start, d.end), kind: d.kind }));

export function testRule(id: RuleId, cases: { valid: ValidCase[]; invalid: InvalidCase[]; lang?: Lang }): void {
  describe(`rule ${id}`, () => {
    describe('reports', () => {
      for (const c of cases.invalid) {
        it(c.text, () => {
          const found = spansOf(id, c.text, c.lang ?? cases.lang ?? 'nl');
          expect(found.map((f) => f.text)).toEqual(c.found);
          if (c.kind) for (const f of found) expect(f.kind).toBe(c.kind);
        });
      }
    });
    describe('leaves alone', () => {
      for (const c of cases.valid) {
        const { text, lang } = typeof c === 'string' ? { text: c, lang: undefined } : c;
        it(text, () => {
          expect(spansOf(id, text, lang ?? cases.lang ?? 'nl').map((f) => f.text)).toEqual([]);
        });
      }
    });
  });
}
