import type { Figure, Finding, TextCues } from '../core/types.js';
import { WARD } from './defaults.js';

/**
 * Care settings change what a detail says (docs/risk-model.md §11.3). In a forensic clinic an
 * antisocial personality disorder is the rule, not one in a hundred; in a nursing home most residents
 * live with dementia; a school's pupils share a handful of ages. Inside a setting the shares are the
 * setting's own, so correlated details (a condition and the clinic that treats it) count once.
 */
export type Setting = NonNullable<TextCues['setting']>;

interface SettingFigures {
  /** Shares of a condition among the setting's people, by the condition or one of its ancestors. */
  conditions: ReadonlyArray<readonly [string, Figure]>;
  /** Any other condition [E]. */
  otherCondition: Figure;
  /** The share of one gender, where a setting is mostly one. */
  gender?: Figure;
}

const fig = (low: number, central: number, high: number, source: string): Figure => ({ low, central, high, source });
const CASE_MIX = { ...WARD.caseMix, source: 'case mix of the setting [E]' };

const FIGURES: Readonly<Record<Exclude<Setting, 'school'>, SettingFigures>> = {
  // Forensic psychiatric care (tbs, FPC): personality disorders in most patients, psychotic disorders,
  // addiction and a mild intellectual disability in a large minority; nearly all men [S/E: DJI,
  // "Forensische zorg in getal"; Expertisecentrum Forensische Psychiatrie].
  forensic: {
    conditions: [
      ['personality-disorder', fig(0.5, 0.7, 0.8, 'personality disorders in forensic care ≈ 70% [S/E]')],
      ['psychotic-disorder', fig(0.2, 0.3, 0.4, 'psychotic disorders in forensic care ≈ 30% [S/E]')],
      ['addiction', fig(0.4, 0.6, 0.7, 'addiction in forensic care ≈ 60% [S/E]')],
      ['intellectual-disability', fig(0.2, 0.3, 0.45, 'mild intellectual disability in forensic care ≈ 30% [S/E]')],
    ],
    otherCondition: CASE_MIX,
    gender: fig(0.9, 0.93, 0.96, 'tbs patients ≈ 93% men [S]'),
  },
  // Nursing homes: about 70% of residents live with dementia [S: Alzheimer Nederland, Vilans].
  'nursing-home': {
    conditions: [['dementia', fig(0.6, 0.7, 0.8, 'dementia among nursing-home residents ≈ 70% [S]')]],
    otherCondition: CASE_MIX,
    gender: fig(0.6, 0.67, 0.75, 'about two thirds of residents are women [E]'),
  },
  'youth-care': { conditions: [], otherCondition: CASE_MIX },
  // Acute mental-health wards: psychosis 0.2–0.5 (docs/risk-model.md §5.3).
  'mental-health': { conditions: [['psychotic-disorder', fig(0.2, 0.3, 0.5, 'psychosis on an acute ward [E]')]], otherCondition: CASE_MIX },
  hospital: { conditions: [], otherCondition: fig(0.05, 0.1, 0.2, 'a condition on a hospital ward [E]') },
};

// Words that name a setting without naming the institution ("in de tbs", "op het FPC", "verpleeghuis").
export const SETTING_WORDS: ReadonlyArray<readonly [Setting, ReadonlySet<string>]> = [
  ['forensic', new Set(['tbs', 'fpc', 'fpk', 'forensisch', 'forensische', 'tbs-kliniek', 'tbs-patiënt', 'forensic', 'tbr'])],
  ['nursing-home', new Set(['verpleeghuis', 'woonzorgcentrum', 'wzc', 'zorgcentrum', 'verzorgingshuis', 'rusthuis', 'nursing', 'psychogeriatrie', 'pg-afdeling'])],
  ['youth-care', new Set(['jeugdzorg', 'jeugdinstelling', 'leefgroep', 'jeugdhulp', 'jji', 'jeugdgevangenis'])],
];

// Institution types (the institutions dictionary) as settings.
const OF_TYPE: Readonly<Record<string, Setting>> = {
  'care-home': 'nursing-home',
  'youth-care': 'youth-care',
  ggz: 'mental-health',
  pz: 'mental-health',
  paaz: 'mental-health',
  ward: 'mental-health',
  hospital: 'hospital',
  school: 'school',
  prison: 'forensic',
};

/** The setting a word names ("tbs", "verpleeghuis", "jeugdzorg"), if any. */
export function settingOfWord(lower: string): Setting | undefined {
  for (const [setting, cues] of SETTING_WORDS) if (cues.has(lower)) return setting;
  return undefined;
}

/** The setting a text places the person in: a word for it (from the cues), else the type of a named institution. */
export function settingOf(findings: readonly Finding[], cues: TextCues): Setting | undefined {
  if (cues.setting) return cues.setting;
  for (const f of findings) if (f.kind === 'institution' && OF_TYPE[f.facts.type]) return OF_TYPE[f.facts.type];
  return undefined;
}

/** A diagnosis's share among the setting's people (for the insiders of a care setting). */
export function conditionShareIn(setting: Setting | undefined, lineage: readonly string[]): Figure {
  if (!setting || setting === 'school') return CASE_MIX;
  const figures = FIGURES[setting];
  for (const [id, share] of figures.conditions) if (lineage.includes(id)) return share;
  return figures.otherCondition;
}

/** A gender's share among the setting's people; undefined where it is the population's. */
export function genderShareIn(setting: Setting | undefined, gender: 'f' | 'm'): Figure | undefined {
  if (!setting || setting === 'school') return undefined;
  const g = FIGURES[setting].gender;
  if (!g) return undefined;
  const majority = setting === 'forensic' ? 'm' : 'f';
  return gender === majority ? g : fig(1 - g.high, 1 - g.central, 1 - g.low, `${g.source} (the other gender)`);
}

/**
 * Secondary school spans about six years of age (12–18): an age band among its pupils [E]. An age
 * outside that span is not a pupil's (a teacher, a parent): undefined, the population share applies.
 */
export function ageShareAtSchool(from: number, to: number): Figure | undefined {
  const years = Math.min(to, 18) - Math.max(from, 12) + 1;
  if (years < 1) return undefined;
  const central = Math.min(1, years / 6);
  return fig(central * 0.8, central, Math.min(1, central * 1.2), `${years} of the ~6 years of a school’s pupils [E]`);
}

