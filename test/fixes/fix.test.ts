import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { levelRank } from '../../src/core/kinds.js';
import { fixText } from '../../src/fixes/fix.js';
import { detectors, lexicon } from './helpers.js';

const fix = (text: string, target: 'medium' | 'low' | 'high' = 'medium', lang: 'nl' | 'en' | 'auto' = 'auto') => fixText(text, '<test>', detectors, lexicon, { lang }, target);

describe('fixText', () => {
  it('brings the worked example below medium, as the re-check of the rewritten text says', () => {
    const text = 'Vandaag komt een 45-jarige vrouw uit Kloetinge met schizofrenie op de afdeling.';
    const out = fix(text);
    // Staff and fellow patients know who came in today; those who know her can tie it to her.
    expect(out.before.risk.level).toBe('medium');
    expect(out.reached).toBe(true);
    expect(levelRank(out.after.risk.level)).toBeLessThan(levelRank('medium'));
    // The after-level is the full pipeline's on the rewritten text, not the model's.
    const recheck = checkText(out.rewritten, '<test>', detectors, { lang: 'nl' });
    expect(out.after.risk).toEqual(recheck.risk);
    expect(out.rewritten).not.toMatch(/Vandaag|Kloetinge|45-jarige/);
    expect(out.rewritten).toMatch(/schizofrenie/); // the point of the post survives
    expect(out.rewritten).toMatch(/^[A-Z]/);
    expect(out.rewritten).not.toMatch(/ {2}| ,/);
    expect(out.rewritten).toBe('Er komt een vrouw uit Zeeland met schizofrenie op de afdeling.');
  });

  it('English', () => {
    const text = 'A 58-year-old trucker from Aberdeen was admitted today with schizophrenia.';
    const out = fix(text);
    expect(out.before.language).toBe('en');
    expect(out.before.risk.level).toBe('medium');
    expect(out.reached).toBe(true);
    expect(levelRank(out.after.risk.level)).toBeLessThan(levelRank('medium'));
    expect(out.rewritten).not.toMatch(/Aberdeen|today/);
    expect(out.rewritten).toMatch(/^(?:A .*|Someone .*) was admitted with schizophrenia\.$/);
  });

  it('a real name becomes a role; the other details are generalized too', () => {
    const text = 'Mevrouw Jansen (45) uit Kloetinge is opgenomen met schizofrenie.';
    const out = fix(text);
    expect(out.before.risk.scenario).toBe('direct');
    expect(out.reached).toBe(true);
    expect(out.rewritten).not.toMatch(/Jansen/);
    expect(out.rewritten).toMatch(/^Een cliënte/);
    expect(out.after.findings.some((f) => f.kind === 'name')).toBe(false);
    expect(levelRank(out.after.risk.level)).toBeLessThan(levelRank('medium'));
  });

  it('a pseudonym is no fix: the details around it still are', () => {
    const text = "'Anna' (fictieve naam) is 45, woont in Kloetinge en heeft schizofrenie. Gisteren werd ze opgenomen.";
    const out = fix(text);
    expect(out.before.risk.level).toBe('medium');
    expect(out.reached).toBe(true);
    expect(out.rewritten).toMatch(/'Anna' \(fictieve naam\)/);
    expect(out.rewritten).toMatch(/Ze werd opgenomen\./);
  });

  it('contact details and the address go; the place stays for the risk model to judge', () => {
    const text = 'Mijn cliënt Jan de Vries (06-12345678) woont op de Oostmolenweg 101 in Kloetinge.';
    const out = fix(text);
    expect(out.rewritten).not.toMatch(/Jan|06-|Oostmolenweg/);
    expect(out.rewritten).not.toMatch(/\(\s*\)|\)/);
    expect(out.reached).toBe(true);
  });

  it('reports honestly when the target cannot be reached', () => {
    const text = 'Een vrouw met schizofrenie kreeg een nieuwe behandeling.';
    const out = fix(text, 'low');
    expect(out.reached).toBe(false);
    expect(out.reason).toBeTruthy();
    expect(out.after.risk.level).toBe('low');
  });

  it('leaves a text that already passes alone', () => {
    const text = 'Een 45-jarige vrouw met schizofrenie kreeg een nieuwe behandeling.';
    const out = fix(text);
    expect(out.rewritten).toBe(text);
    expect(out.plan.changes).toEqual([]);
    expect(out.reached).toBe(true);
  });

  it('a stricter target asks for more', () => {
    const text = 'Een 45-jarige vrouw uit Kloetinge met depressie kreeg een nieuwe behandeling.';
    const medium = fix(text, 'medium');
    const high = fix(text, 'high');
    expect(high.reached && medium.reached).toBe(true);
    expect(high.plan.loss).toBeLessThanOrEqual(medium.plan.loss);
  });
});
