import { describe, expect, it } from 'vitest';
import { levelRank } from '../../src/core/kinds.js';
import { planFixes } from '../../src/fixes/search.js';
import { check, lexicon } from './helpers.js';

const summary = (p: ReturnType<typeof planFixes>) => p.changes.map((c) => `${c.finding.kind}:${c.original}->${c.replacement}`);

describe('planFixes', () => {
  it('takes the least loss: generalizing the place alone suffices, so the age stays', () => {
    const text = 'Een 45-jarige vrouw uit Kloetinge met depressie kreeg een nieuwe behandeling.';
    const result = check(text);
    // Those who know her can tie the diagnosis to a village of 3,455, not to a town of 38,000.
    expect(result.risk.level).toBe('medium');
    const plan = planFixes(result, text, lexicon, { target: 'medium' });
    expect(plan.reached).toBe(true);
    expect(plan.method).toBe('exhaustive');
    expect(summary(plan)).toEqual(['place:Kloetinge->de gemeente Goes']);
    expect(levelRank(plan.after.level)).toBeLessThan(levelRank('medium'));
    expect(plan.after.audiences!.every((a) => !a.recognizable)).toBe(true);
  });

  it('the worked example needs the time window gone (insider) and the place and age generalized', () => {
    const text = 'Vandaag komt een 45-jarige vrouw uit Kloetinge met schizofrenie op de afdeling.';
    const result = check(text);
    expect(result.risk.scenario).toBe('insider');
    const plan = planFixes(result, text, lexicon, { target: 'medium' });
    expect(plan.reached).toBe(true);
    const kinds = plan.changes.map((c) => c.finding.kind);
    expect(kinds).toContain('date');
    expect(plan.changes.find((c) => c.finding.kind === 'date')!.step.remove).toBe(true);
    expect(kinds).not.toContain('gender');
    expect(plan.after.scenario).toBe('stranger');
  });

  it('says per change which readers it takes out of reach: those who recognize the person without it alone', () => {
    const text = 'Vandaag komt een 45-jarige vrouw uit Kloetinge met schizofrenie op de afdeling.';
    const plan = planFixes(check(text), text, lexicon, { target: 'medium' });
    const reach = Object.fromEntries(plan.changes.map((c) => [c.finding.kind, c.outOfReach]));
    // The day of admission is what the ward's insiders go by; the village is what acquaintances go by.
    expect(reach['date']).toEqual(['insiders']);
    expect(reach['place']).toContain('acquaintances');
    expect(reach['place']).not.toContain('anyone');
  });

  it('a name, once gone, is out of reach for anyone who reads the text; every change of a least-loss plan is needed by some audience', () => {
    const text = 'Mevrouw Jansen heeft een nieuwe rollator gekregen.';
    const plan = planFixes(check(text), text, lexicon, { target: 'medium' });
    expect(plan.changes.map((c) => [c.finding.kind, c.outOfReach])).toEqual([['name', ['anyone']]]);
    const place = 'Een 45-jarige vrouw uit Kloetinge met depressie kreeg een nieuwe behandeling.';
    const one = planFixes(check(place), place, lexicon, { target: 'medium' });
    expect(one.changes.every((c) => c.outOfReach?.length)).toBe(true);
  });

  it('is deterministic', () => {
    const text = 'De 45-jarige burgemeester van Kloetinge, moeder van drie, werd gisteren met een psychose opgenomen op afdeling De Linde in Goes.';
    const a = planFixes(check(text), text, lexicon, { target: 'medium' });
    const b = planFixes(check(text), text, lexicon, { target: 'medium' });
    expect(summary(a)).toEqual(summary(b));
    expect(a.loss).toBe(b.loss);
  });

  it('exhaustive and greedy agree on a small case; on a larger one greedy still reaches the target, never cheaper', () => {
    const small = 'Een 45-jarige vrouw uit Kloetinge met depressie kreeg een nieuwe behandeling.';
    const smallResult = check(small);
    const exhaustive = planFixes(smallResult, small, lexicon, { target: 'medium', method: 'exhaustive' });
    const greedy = planFixes(smallResult, small, lexicon, { target: 'medium', method: 'greedy' });
    expect(greedy.method).toBe('greedy');
    expect(summary(greedy)).toEqual(summary(exhaustive));
    const large = 'De 45-jarige burgemeester van Kloetinge, moeder van drie, werd gisteren met een psychose opgenomen op afdeling De Linde in Goes.';
    const largeResult = check(large);
    const best = planFixes(largeResult, large, lexicon, { target: 'medium', method: 'exhaustive' });
    const quick = planFixes(largeResult, large, lexicon, { target: 'medium', method: 'greedy' });
    expect(best.reached && quick.reached).toBe(true);
    expect(quick.loss).toBeGreaterThanOrEqual(best.loss);
  });

  it('the greedy plan is never cheaper than the exhaustive optimum, and falls back above the limit', () => {
    const text = 'Een 45-jarige vrouw uit Kloetinge met schizofrenie kreeg een nieuwe behandeling.';
    const result = check(text);
    const exhaustive = planFixes(result, text, lexicon, { target: 'medium' });
    const limited = planFixes(result, text, lexicon, { target: 'medium', exhaustiveLimit: 1 });
    expect(limited.method).toBe('greedy');
    expect(limited.reached).toBe(true);
    expect(limited.loss).toBeGreaterThanOrEqual(exhaustive.loss);
  });

  it('fixes direct identifiers first and replaces a real name by a role', () => {
    const text = 'Mevrouw Jansen (45) uit Kloetinge is opgenomen met schizofrenie.';
    const plan = planFixes(check(text), text, lexicon, { target: 'medium' });
    const name = plan.changes.find((c) => c.finding.kind === 'name')!;
    expect(name.replacement).toBe('een cliënte');
    expect(plan.before.level).toBe('critical');
    expect(plan.after.scenario).not.toBe('direct');
    expect(plan.reached).toBe(true);
  });

  it('changes nothing when the text already passes', () => {
    const text = 'Een 45-jarige vrouw met schizofrenie kreeg een nieuwe behandeling.';
    const plan = planFixes(check(text), text, lexicon, { target: 'medium' });
    expect(plan.changes).toEqual([]);
    expect(plan.reached).toBe(true);
  });

  it('says so when the target cannot be reached', () => {
    // Below "low" means "none": the text would have to stop describing a woman.
    const text = 'Een vrouw met schizofrenie kreeg een nieuwe behandeling.';
    const plan = planFixes(check(text), text, lexicon, { target: 'low' });
    expect(plan.reached).toBe(false);
    expect(plan.reason).toMatch(/persoon/);
  });
});
