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
    expect(ageShareAtSchool(15, 15).central).toBeCloseTo(1 / 6, 5);
    expect(ageShareAtSchool(12, 17).central).toBe(1);
  });
});
