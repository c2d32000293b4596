/**
 * Every rule has a doc (docs/rules/<id>.md) whose examples run here through the whole pipeline, and a
 * test file (test/rules/<id>.test.ts) with cases it reports and cases it leaves alone.
 *
 * Doc format: under "## Examples", a "### Reported" and a "### Not reported" section, each with one or
 * more fenced blocks ```text nl``` (or en). A reported block may be followed by a line
 * "Finds: `span`, `span`" naming spans the rule must report in that block. A reported example must
 * give a finding of the rule with one of the kinds its meta declares; a not-reported one none of the rule.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import type { Lang } from '../../src/core/types.js';
import { RULE_IDS } from '../../src/core/rule-ids.js';
import { createDetectors, RULES } from '../../src/detectors/registry.js';
import { loadLexicon } from '../../src/lexicon/load.js';

const root = join(import.meta.dirname, '..', '..');
const lexicon = loadLexicon();
const detectors = createDetectors(lexicon);

it('every declared rule id is registered, under its own id', () => {
  for (const id of RULE_IDS) expect(RULES[id].meta.id).toBe(id);
  expect(Object.keys(RULES).sort()).toEqual([...RULE_IDS].sort());
});

interface Example { text: string; lang: Lang; finds: string[] }

export function parseDoc(md: string): { reported: Example[]; notReported: Example[] } {
  const out = { reported: [] as Example[], notReported: [] as Example[] };
  let section: Example[] | undefined;
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^###\s+Reported\s*$/i.test(line)) section = out.reported;
    else if (/^###\s+Not reported\s*$/i.test(line)) section = out.notReported;
    else if (/^##?\s/.test(line)) section = undefined;
    const fence = /^```text\s+(nl|en)\s*$/.exec(line);
    if (fence && section) {
      const body: string[] = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
      const example: Example = { text: body.join('\n'), lang: fence[1] as Lang, finds: [] };
      // The next non-empty line may name the spans.
      let j = i + 1;
      while (j < lines.length && lines[j]!.trim() === '') j++;
      const finds = /^Finds:\s*(.*)$/.exec(lines[j] ?? '');
      if (finds) example.finds = [...finds[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      section.push(example);
    }
  }
  return out;
}

describe('rule docs and tests', () => {
  for (const id of RULE_IDS) {
    describe(id, () => {
      const docPath = join(root, 'docs', 'rules', `${id}.md`);
      const testPath = join(root, 'test', 'rules', `${id}.test.ts`);
      it('has a doc with reported and not-reported examples, named in its meta', () => {
        expect(RULES[id].meta.docs).toBe(`docs/rules/${id}.md`);
        expect(existsSync(docPath), `${docPath} is missing`).toBe(true);
        const doc = parseDoc(readFileSync(docPath, 'utf8'));
        expect(doc.reported.length).toBeGreaterThan(0);
        expect(doc.notReported.length).toBeGreaterThan(0);
      });
      it('has a test file with cases it reports and cases it leaves alone', () => {
        expect(existsSync(testPath), `${testPath} is missing`).toBe(true);
        const src = readFileSync(testPath, 'utf8');
        expect(src).toMatch(new RegExp(`testRule\\(\\s*'${id}'`));
        expect(src).toMatch(/valid:\s*\[\s*\S/);
        expect(src).toMatch(/invalid:\s*\[\s*\S/);
      });
      if (!existsSync(docPath)) return;
      const doc = parseDoc(readFileSync(docPath, 'utf8'));
      const kinds = RULES[id].meta.kinds;
      const mine = (f: { rule: string; kind: string }) => f.rule === id && (kinds as readonly string[]).includes(f.kind);
      for (const ex of doc.reported) {
        it(`reports: ${ex.text.slice(0, 60)}`, () => {
          const found = checkText(ex.text, '<doc>', detectors, { lang: ex.lang }).findings.filter(mine);
          expect(found.length, 'the rule reports nothing in this example').toBeGreaterThan(0);
          for (const span of ex.finds) expect(found.map((f) => f.text)).toContain(span);
        });
      }
      for (const ex of doc.notReported) {
        it(`leaves alone: ${ex.text.slice(0, 60)}`, () => {
          const found = checkText(ex.text, '<doc>', detectors, { lang: ex.lang }).findings.filter(mine);
          expect(found.map((f) => f.text)).toEqual([]);
        });
      }
    });
  }
});
