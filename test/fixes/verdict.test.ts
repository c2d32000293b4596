import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { fixText, unsafeDetails, verdict } from '../../src/fixes/fix.js';
import type { FixPlan } from '../../src/fixes/types.js';
import { runCli } from '../cli/run-cli.js';
import { useTempDirs } from '../helpers.js';
import { check, detectors, lexicon } from './helpers.js';

const plan = (result: ReturnType<typeof check>): FixPlan => ({ changes: [], before: result.risk, after: result.risk, reached: true, loss: 0, method: 'none' });

describe('honest verdicts', () => {
  it('a rewrite that keeps an event that stands out is not safe, whatever the level', () => {
    const text = 'In de zomer verongelukte hij met de trekker.';
    const result = check(text, 'nl');
    expect(result.findings.some((f) => f.kind === 'event')).toBe(true);
    // Allowed up to "high": the level passes, the event is still there.
    const v = verdict(result, text, lexicon, 'critical', plan(result), 'nl');
    expect(v.reached).toBe(false);
    expect(v.reason).toMatch(/^niet veilig te maken: een gebeurtenis op regel 1, kolom \d+: het valt op/);
    // The words of the detail stay out of the reason: it goes to stderr and CI logs.
    expect(v.reason).not.toMatch(/verongelukte|trekker/);
    expect(unsafeDetails(result, text, lexicon).map((u) => u.why)).toEqual(['standsOut']);
  });

  it('in English too', () => {
    const text = 'Her photo was all over the Hull Daily Mail.';
    const result = check(text, 'en');
    const v = verdict(result, text, lexicon, 'critical', plan(result), 'en');
    expect(v.reached).toBe(false);
    expect(v.reason).toMatch(/^could not make this safe: an event at line 1, column \d+: it stands out/);
  });

  it('a text about nobody, or one without stand-out details, is safe when the level passes', () => {
    const text = 'De brand in de Dorpsstraat werd snel geblust.';
    const result = check(text, 'nl');
    expect(verdict(result, text, lexicon, 'medium', plan(result), 'nl')).toEqual({ reached: true });
  });

  it('fixText calls a rewrite safe only when the re-check holds nothing it could not rewrite', () => {
    const text = 'Hij reed met zijn trekker de Oosterschelde in; het stond met foto in de PZC.';
    const out = fixText(text, '<test>', detectors, lexicon, { lang: 'nl' }, 'medium', checkText(text, '<test>', detectors, { lang: 'nl' }));
    expect(out.reached).toBe(true);
    expect(unsafeDetails(out.after, out.rewritten, lexicon)).toEqual([]);
  });
});

describe('--fix and --fix --write with stand-out details', () => {
  const tmp = useTempDirs();

  it('a level that passes is not enough: the event is rewritten before the file is written (exit 0)', async () => {
    const dir = tmp({ 'post.txt': 'In de zomer verongelukte hij met de trekker. Hij woont nu in Goes.\n' });
    const post = `${dir}/post.txt`;
    // --target high: everything up to "high" is allowed; the event stands out all the same.
    const r = await runCli([post, '--fix', '--write', '--target', 'high']);
    expect(r.code).toBe(0);
    expect(readFileSync(post, 'utf8')).toBe('Hij was betrokken bij een ernstig voorval. Hij woont nu in Goes.\n');
  });

  it('a text that is nothing but the detail is not made "safe" by emptying it: exit 1, the draft stays', async () => {
    const draft = 'Een zeventienjarige uit Leuven met anorexia was twee jaar geleden nog Belgisch kampioene.\n';
    const dir = tmp({ 'post.txt': draft });
    const post = `${dir}/post.txt`;
    const r = await runCli([post, '--fix', '--write']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/niets over om te publiceren/);
    expect(readFileSync(post, 'utf8')).toBe(draft);
  });

  it('a rewrite that cannot reach its target is never written, and says why (exit 1)', async () => {
    const dir = tmp({ 'post.txt': 'Een vrouw met schizofrenie kreeg een nieuwe behandeling.\n' });
    const post = `${dir}/post.txt`;
    const r = await runCli([post, '--fix', '--write', '--target', 'none']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/doel niet gehaald: \S/);
    expect(readFileSync(post, 'utf8')).toBe('Een vrouw met schizofrenie kreeg een nieuwe behandeling.\n');
  });
});
