import { HOME_COUNTRY } from '../core/countries.js';
import { SETTING_WORDS, settingOfWord, type Setting } from './settings.js';
import type { Finding, FindingOf, Lang } from '../core/types.js';
import { sentenceIndex } from '../text/sentences.js';
import { tokenIndexAt, type Token } from '../text/tokenize.js';
import type { RiskCues } from './estimate.js';
import { placePopulation } from './shares.js';
import { COUNTRY_POPULATION } from './defaults.js';

// "bij ons", "onze kliniek": the author writes as a member of the organisation, so a reader who knows
// the author knows the organisation.
const EMPLOYER_NEXT = new Set(['kliniek', 'afdeling', 'instelling', 'cliënt', 'client', 'cliënte', 'cliënten', 'patiënt', 'patiënte', 'patiënten', 'bewoner', 'bewoonster', 'bewoners', 'woongroep', 'crisisopvang', 'opvang', 'unit', 'team', 'dagbesteding', 'praktijk', 'school', 'klas', 'mentorklas', 'ward', 'clinic', 'unit', 'patient', 'patients', 'residents', 'resident', 'pupil', 'pupils', 'hospice', 'home', 'centre', 'center', 'woonzorgcentrum', 'zorgcentrum', 'ziekenhuis', 'hospital', 'service', 'dienst', 'caseload']);
const PUBLIC_BODIES = new Set(['court', 'government']);
const EMPLOYER_OWN = new Set(['ons', 'onze', 'our', 'mijn', 'my']);
// The subject is somewhere colleagues, fellow patients or visitors see them.
// Only inpatient settings: there a colleague or fellow patient knows who was admitted in a window.
// Words of coming in, as opposed to being there: the insiders are then those admitted in the window.
const ADMISSION_WORDS = new Set(['opgenomen', 'opname', 'binnengekomen', 'aangemeld', 'admitted', 'admission', 'intake']);
const WARD_WORDS = new Set(['afdeling', 'opgenomen', 'opname', 'kliniek', 'crisisopvang', 'separeer', 'gesepareerd', 'isoleercel', 'ward', 'admitted', 'admission', 'inpatient', 'paaz']);
// Institution types where people stay: a fellow patient or a visitor sees who is there.
const INPATIENT_TYPES = new Set(['ward', 'pz', 'paaz']);
const FLEMISH = new Set(['ge', 'gij', 'amai', 'nen', 'efkes', 'goesting', 'ocmw', 'clb', 'caw', 'allez', 'ambetant', 'zotte', 'pintje', 'da', 'ploegmaat', 'tornooi', 'rijksregisternummer', 'leefloon', 'vrederechter']);


/** What one stretch of text (the whole text, or one chunk of a long one) says about the setting. */
export interface PartialCues {
  employer: boolean;
  ward: boolean;
  admission: boolean;
  windowDays?: number;
  flemish: number;
  setting?: Setting;
}

// Every word a cue reads, with what it may say: one look-up per token.
const OWN = 1;
const NEXT = 2;
const ADMISSION = 4;
const WARD_WORD = 8;
const FLEMISH_WORD = 16;
const SETTING = 32;
const CUE_WORDS = new Map<string, number>();
const flag = (words: Iterable<string>, bit: number) => {
  for (const w of words) CUE_WORDS.set(w, (CUE_WORDS.get(w) ?? 0) | bit);
};
flag(EMPLOYER_OWN, OWN);
flag(['bij'], OWN);
flag(EMPLOYER_NEXT, NEXT);
flag(['ons'], NEXT);
flag(ADMISSION_WORDS, ADMISSION);
flag(WARD_WORDS, WARD_WORD);
flag(FLEMISH, FLEMISH_WORD);
for (const [, words] of SETTING_WORDS) flag(words, SETTING);

/** What the words of a stretch say, whatever was found in it. */
interface WordCues {
  employer: boolean;
  admission: boolean;
  setting: Setting | undefined;
  flemish: number;
  /** Tokens of ward words, in order. */
  wardTokens: number[];
}

// The rewrite search asks about one text's tokens again and again, with other findings each time.
const wordCuesOf = new WeakMap<readonly Token[], WordCues>();

function wordCues(tokens: readonly Token[]): WordCues {
  const known = wordCuesOf.get(tokens);
  if (known) return known;
  let employer = false;
  let admission = false;
  let flemish = 0;
  let setting: Setting | undefined;
  const wardTokens: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i]!.lower;
    const cue = CUE_WORDS.get(lower);
    if (cue === undefined) continue;
    if (cue & OWN) {
      const next = tokens[i + 1]?.lower ?? '';
      if (lower === 'bij' ? next === 'ons' : EMPLOYER_OWN.has(lower) && EMPLOYER_NEXT.has(next)) employer = true;
    }
    if (cue & ADMISSION) admission = true;
    if (cue & SETTING) setting ??= settingOfWord(lower);
    if (cue & WARD_WORD) wardTokens.push(i);
    if (cue & FLEMISH_WORD) flemish++;
  }
  const out = { employer, admission, setting, flemish, wardTokens };
  wordCuesOf.set(tokens, out);
  return out;
}

/**
 * Scans one stretch of text. `findings` are that stretch's findings, with offsets into `text` plus
 * `offset` (the stretch's start in the whole text).
 */
export function scanCues(text: string, tokens: readonly Token[], findings: readonly Finding[], offset = 0): PartialCues {
  const words = wordCues(tokens);
  // A court or a public authority is where the subject's case went, not where a reader works with them.
  const employer = words.employer || findings.some((f) => f.kind === 'institution' && !PUBLIC_BODIES.has(f.facts.type));
  const ward = words.wardTokens.length > 0 || findings.some((f) => f.kind === 'institution' && INPATIENT_TYPES.has(f.facts.type));
  const { admission, flemish, setting } = words;
  // The window that counts is the one tied to the stay: a date in the sentence that speaks of the ward
  // ("Vandaag komt ... op de afdeling"), not "vandaag kreeg ik een kaartje" elsewhere in the text.
  let windowDays: number | undefined;
  if (findings.some((f) => f.kind === 'date')) {
    const sentence = sentenceIndex(text, tokens);
    const sentenceOf = (f: Finding) => sentence[tokenIndexAt(tokens, f.start - offset)] ?? 0;
    const wardSentences = new Set<number>();
    for (const i of words.wardTokens) wardSentences.add(sentence[i] ?? 0);
    for (const f of findings) if (f.kind === 'institution') wardSentences.add(sentenceOf(f));
    for (const f of findings) {
      if (f.kind !== 'date' || !wardSentences.has(sentenceOf(f))) continue;
      const w = f.facts.windowDays;
      if (windowDays === undefined || w < windowDays) windowDays = w;
    }
  }
  return { employer, ward, admission, ...(windowDays !== undefined ? { windowDays } : {}), flemish, ...(setting ? { setting } : {}) };
}

/**
 * The place that sets the country a text is set in: the smallest place in a country the model has
 * figures for (the first of equal ones). A country named ("in België", "from Turkey") does not move
 * the setting, nor does a city abroad ("uit Aleppo"). The smallest of [the smallest so far, ...more]
 * is the smallest of all: the check keeps only this one finding across chunks.
 */
export function settingPlace(findings: readonly Finding[]): FindingOf<'place'> | undefined {
  let smallest: FindingOf<'place'> | undefined;
  for (const f of findings) {
    if (f.kind !== 'place' || f.facts.country === '' || f.facts.type === 'country' || !(f.facts.country in COUNTRY_POPULATION)) continue;
    if (!smallest || placePopulation(f.facts) < placePopulation(smallest.facts)) smallest = f;
  }
  return smallest;
}

/** Combines the stretches: any cue anywhere counts, the narrowest ward window wins. */
export function mergeCues(parts: readonly PartialCues[], findings: readonly Finding[], lang: Lang): RiskCues {
  let windowDays: number | undefined;
  for (const p of parts) if (p.windowDays !== undefined && (windowDays === undefined || p.windowDays < windowDays)) windowDays = p.windowDays;
  const ward = parts.some((p) => p.ward);
  const flemish = parts.reduce((n, p) => n + p.flemish, 0);
  // A country named ("in België", "from Turkey") does not move the setting, nor does a city abroad
  // ("uit Aleppo"): only a place in a country the model has figures for.
  const smallest = settingPlace(findings);
  // A Dutch text with Flemish words is set in Belgium; in Dutch, Belgium means its Dutch-speaking part.
  let country: string = smallest ? smallest.facts.country : HOME_COUNTRY[lang];
  if (!smallest && flemish >= 1 && lang === 'nl') country = 'BE';
  if (country === 'BE' && lang === 'nl') country = 'FL';
  const setting = parts.find((p) => p.setting)?.setting;
  return { employer: parts.some((p) => p.employer), ward, admission: parts.some((p) => p.admission), ...(setting ? { setting } : {}), ...(windowDays !== undefined ? { windowDays } : {}), country };
}

export function riskCues(text: string, tokens: readonly Token[], findings: readonly Finding[], lang: Lang): RiskCues {
  return mergeCues([scanCues(text, tokens, findings)], findings, lang);
}
