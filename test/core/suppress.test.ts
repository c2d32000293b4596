import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { makeFilter, parseDirectives } from '../../src/core/suppress.js';
import { createDetectors } from '../../src/detectors/registry.js';
import { loadLexicon } from '../../src/lexicon/load.js';

const detectors = createDetectors(loadLexicon());
const CASE = 'Gisteren kwam een 52-jarige man uit Kloetinge met multiple sclerose bij ons op de afdeling.';

/** The check with directives on (and an allow list, when given). */
function check(text: string, allowed?: (text: string) => string | undefined, inline = true) {
  const filter = makeFilter(allowed ? (f) => allowed(f.text) : undefined, inline);
  return checkText(text, 'casus.md', detectors, { lang: 'nl', ...(filter ? { filter } : {}) });
}
const kinds = (r: ReturnType<typeof check>) => r.findings.map((f) => f.kind);
const suppressedKinds = (r: ReturnType<typeof check>) => (r.suppressed ?? []).map((f) => f.kind);

describe('parseDirectives', () => {
  it('reads each form, its names and its reason', () => {
    const { directives, warnings } = parseDirectives(
      '<!-- herkenbaar-disable-next-line place -- the office -->\nx\n<!--herkenbaar-disable age,date-->\n<!-- herkenbaar-enable -->\n<!-- herkenbaar-disable-file -->\nx <!-- herkenbaar-disable-line gender, diagnosis -- a b -- c -->',
    );
    expect(warnings).toEqual([]);
    expect(directives.map((d) => [d.type, d.names, d.reason, d.line])).toEqual([
      ['disable-next-line', ['place'], 'the office', 1],
      ['disable', ['age', 'date'], undefined, 3],
      ['enable', [], undefined, 4],
      ['disable-file', [], undefined, 5],
      ['disable-line', ['gender', 'diagnosis'], 'a b -- c', 6],
    ]);
  });

  it('leaves look-alikes alone: other comments, other tools, words that only start alike', () => {
    const text = '<!-- eslint-disable-next-line -->\n<!-- herkenbaar-disabled -->\n<!-- herkenbaar-disablement place -->\nherkenbaar-disable-next-line place (not in a comment)\n<!-- just a note about herkenbaar -->';
    expect(parseDirectives(text)).toEqual({ directives: [], warnings: [] });
  });

  it('warns about a name that is neither a rule nor a kind, and does not widen the directive to every rule', () => {
    const { directives, warnings } = parseDirectives('<!-- herkenbaar-disable-next-line plaats -->\n<!-- herkenbaar-disable-next-line plaats, age -->');
    expect(warnings).toEqual([expect.stringMatching(/^line 1: .*'plaats' is neither a rule nor a kind/), expect.stringMatching(/^line 2: .*'plaats'/)]);
    expect(directives.map((d) => d.names)).toEqual([['age']]);
  });
});

describe('inline suppression', () => {
  it('disable-next-line suppresses the named rule on the next line only, and the risk leaves it out', () => {
    const plain = check(`${CASE}\n`);
    const r = check(`<!-- herkenbaar-disable-next-line place -- ons kantoor staat daar -->\n${CASE}\nEen man uit Kloetinge.`);
    expect(suppressedKinds(r)).toEqual(['place']);
    expect(r.suppressed![0]!.suppression).toEqual({ kind: 'inSource', by: 'directive', line: 1, justification: 'ons kantoor staat daar' });
    // Line 3's Kloetinge is not covered.
    expect(r.findings.filter((f) => f.kind === 'place').map((f) => f.line)).toEqual([3]);
    expect(r.warnings).toEqual([]);
    const once = check(`<!-- herkenbaar-disable-next-line place -->\n${CASE}`);
    expect(once.risk.expectedMatches.central).toBeGreaterThan(plain.risk.expectedMatches.central);
  });

  it('without names every rule is suppressed; a kind works as well as a rule id', () => {
    expect(kinds(check(`<!-- herkenbaar-disable-next-line -->\n${CASE}`))).toEqual([]);
    expect(check(`<!-- herkenbaar-disable-next-line -->\n${CASE}`).risk.level).toBe('none');
    expect(suppressedKinds(check(`${CASE} <!-- herkenbaar-disable-line age, gender -->`))).toEqual(['age', 'gender']);
  });

  it('disable … enable covers a region; enable with names ends only those; disable-file covers all', () => {
    const text = `<!-- herkenbaar-disable date, place -->\n${CASE}\n<!-- herkenbaar-enable place -->\n${CASE}\n<!-- herkenbaar-enable -->\n${CASE}`;
    const r = check(text);
    expect(r.suppressed!.map((f) => `${f.kind}@${f.line}`)).toEqual(['date@2', 'place@2', 'date@4']);
    expect(r.warnings).toEqual([]);
    const file = check(`${CASE}\n<!-- herkenbaar-disable-file diagnosis -->`);
    expect(suppressedKinds(file)).toEqual(['diagnosis']);
  });

  it('reports unused directives as warnings: wrong line, wrong rule, nothing to end', () => {
    const r = check(`<!-- herkenbaar-disable-next-line age -->\nHet weer was mooi.\n${CASE} <!-- herkenbaar-disable-line email -->\n<!-- herkenbaar-enable -->`);
    expect(r.warnings).toEqual([
      "line 1: unused directive herkenbaar-disable-next-line age: no finding of 'age' on line 2 to suppress",
      "line 3: unused directive herkenbaar-disable-line email: no finding of 'email' on its line to suppress",
      'line 4: herkenbaar-enable has no herkenbaar-disable to end',
    ]);
    expect(r.suppressed).toBeUndefined();
    expect(kinds(r)).toContain('age');
  });

  it('the reason is part of the text: a detail written in it is reported', () => {
    const r = check(`<!-- herkenbaar-disable-next-line place -- Kloetinge is waar ons kantoor staat -->\n${CASE}`);
    expect(r.findings.filter((f) => f.kind === 'place').map((f) => f.line)).toEqual([1]);
  });

  it('with inline config off, directives do nothing and nothing is called unused', () => {
    const r = check(`<!-- herkenbaar-disable-next-line -->\n${CASE}\n<!-- herkenbaar-disable-next-line age -->\nx`, undefined, false);
    expect(r.suppressed).toBeUndefined();
    expect(r.warnings).toEqual([]);
    expect(kinds(r)).toEqual(['date', 'age', 'gender', 'place', 'diagnosis']);
  });

  it('the allow list goes first; a directive that only covers allowed findings is unused', () => {
    const r = check(`<!-- herkenbaar-disable-next-line place -->\n${CASE}`, (t) => (t === 'Kloetinge' ? 'office' : undefined));
    expect(r.suppressed!.map((f) => f.suppression.by)).toEqual(['allow']);
    expect(r.suppressed![0]!.suppression).toEqual({ kind: 'external', by: 'allow', justification: 'office' });
    expect(r.warnings).toEqual([expect.stringMatching(/unused directive herkenbaar-disable-next-line place/)]);
  });
});
