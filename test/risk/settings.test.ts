import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { createDetectors } from '../../src/detectors/registry.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { ageShareAtSchool, conditionShareIn, genderShareIn, settingOfWord } from '../../src/risk/settings.js';

const detectors = createDetectors(loadLexicon());
const insiders = (text: string) => checkText(text, 't', detectors, { lang: 'nl' }).risk.audiences?.find((a) => a.audience === 'insiders');

describe('care settings', () => {
  it('words name a setting; everyday words do not', () => {
    expect(settingOfWord('tbs')).toBe('forensic');
    expect(settingOfWord('verpleeghuis')).toBe('nursing-home');
    expect(settingOfWord('jeugdzorg')).toBe('youth-care');
    expect(settingOfWord('huis')).toBeUndefined();
  });

  it('in forensic care a personality disorder is the rule, and nearly everyone is a man', () => {
    expect(conditionShareIn('forensic', ['antisocial-personality-disorder', 'personality-disorder']).central).toBeGreaterThanOrEqual(0.5);
    expect(conditionShareIn('nursing-home', ['alzheimers-disease', 'dementia']).central).toBeGreaterThanOrEqual(0.5);
    expect(genderShareIn('forensic', 'm')!.central).toBeGreaterThan(0.9);
    expect(genderShareIn('forensic', 'f')!.central).toBeLessThan(0.1);
    expect(genderShareIn(undefined, 'f')).toBeUndefined();
  });

  it('a forensic case counts its diagnoses at the clinic’s own shares, not population prevalences', () => {
    const text = 'Hij is 28, zit sinds 2021 in de tbs op afdeling De Boei, met een antisociale persoonlijkheidsstoornis.';
    const inside = insiders(text)!;
    const personality = inside.contributors.find((c) => c.kind === 'diagnosis')!;
    expect(personality.factor).toBeGreaterThanOrEqual(0.5);
    const withoutSetting = insiders('Hij is 28, ligt op afdeling De Boei, met een antisociale persoonlijkheidsstoornis.')!;
    expect(withoutSetting.contributors.find((c) => c.kind === 'diagnosis')!.factor).toBeLessThan(personality.factor);
  });

  it('among a school’s pupils an age is a year group', () => {
    expect(ageShareAtSchool(15, 15)!.central).toBeCloseTo(1 / 6, 5);
    expect(ageShareAtSchool(12, 17)!.central).toBe(1);
    // A teacher's age is not a year group.
    expect(ageShareAtSchool(45, 45)).toBeUndefined();
  });
});

describe('correlated details count once', () => {
  it('an extreme age and the superlative that states it: the rarest stands for both', async () => {
    const { countCorrelatedOnce } = await import('../../src/risk/correlations.js');
    const { detection } = await import('../helpers.js');
    const age = { finding: { ...detection({ kind: 'age', start: 0, end: 3, facts: { from: 101, to: 101, form: 'exact' } }), identifier: 'quasi' as const, text: '101', line: 1, column: 1, message: '', suggestion: '' }, share: { low: 0.0001, central: 0.0002, high: 0.0003, source: '' }, label: '101' };
    const oldest = { finding: { ...detection({ kind: 'unusual', start: 4, end: 10, facts: { via: 'construction', construction: 'superlative' } }), identifier: 'quasi' as const, text: 'oudste', line: 1, column: 5, message: '', suggestion: '' }, share: { low: 0.00005, central: 0.0005, high: 0.005, source: '' }, label: 'oudste' };
    expect(countCorrelatedOnce([age, oldest]).map((f) => f.label)).toEqual(['101']);
    // An age of 45 is not what "de oudste" states: both count.
    const younger = { ...age, finding: { ...age.finding, facts: { from: 45, to: 45, form: 'exact' as const } } };
    expect(countCorrelatedOnce([younger, oldest])).toHaveLength(2);
  });
});

describe('public stories', () => {
  const level = (text: string, lang: 'nl' | 'en' = 'nl') => checkText(text, 't', detectors, { lang }).risk.level;
  it('a published record or title, or a story in the media, is known to those who followed it (high)', () => {
    expect(level('Ze won drie keer het NK tegelzetten.')).toBe('high');
    expect(level('Hij stond vorige week met foto in De Stentor.')).toBe('high');
  });
  it('the writer’s own moment in the media is not the subject’s story', () => {
    expect(level('Ons team was vorige week op tv.')).toBe('none');
  });
});

describe('the rewrite search', () => {
  it('counts only the audiences the target does not allow', async () => {
    const { recognitionDeficit } = await import('../../src/risk/audiences.js');
    const a = (audience: 'community' | 'acquaintances', low: number) => ({ audience, recognizable: true, expectedMatches: { low, central: low, high: low }, contributors: [] });
    const both = [a('community', 0.01), a('acquaintances', 0.01)];
    expect(recognitionDeficit(both)).toBeGreaterThan(recognitionDeficit([both[0]!]));
    // --fail-on high: the people around the person may still recognize them; only the community counts.
    expect(recognitionDeficit(both, 'medium')).toBeCloseTo(recognitionDeficit([both[0]!]), 9);
    expect(recognitionDeficit(both, 'high')).toBe(0);
  });
});
