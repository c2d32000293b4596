import { HOME_COUNTRY } from '../core/countries.js';
import { settingOfWord, type Setting } from './settings.js';
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

/**
 * Scans one stretch of text. `findings` are that stretch's findings, with offsets into `text` plus
 * `offset` (the stretch's start in the whole text).
 */
export function scanCues(text: string, tokens: readonly Token[], findings: readonly Finding[], offset = 0): PartialCues {
  const sentence = sentenceIndex(text, tokens);
  const sentenceOf = (f: Finding) => sentence[tokenIndexAt(tokens, f.start - offset)] ?? 0;
  // A court or a public authority is where the subject's case went, not where a reader works with them.
  let employer = findings.some((f) => f.kind === 'institution' && !PUBLIC_BODIES.has(f.facts.type));
  let ward = findings.some((f) => f.kind === 'institution' && INPATIENT_TYPES.has(f.facts.type));
  let flemish = 0;
  let admission = false;
  let setting: Setting | undefined;
  const wardSentences = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (EMPLOYER_OWN.has(t.lower) && EMPLOYER_NEXT.has(tokens[i + 1]?.lower ?? '')) employer = true;
    if (t.lower === 'bij' && tokens[i + 1]?.lower === 'ons') employer = true;
    if (ADMISSION_WORDS.has(t.lower)) admission = true;
    setting ??= settingOfWord(t.lower);
    if (WARD_WORDS.has(t.lower)) {
      ward = true;
      wardSentences.add(sentence[i] ?? 0);
    }
    if (FLEMISH.has(t.lower)) flemish++;
  }
  // The window that counts is the one tied to the stay: a date in the sentence that speaks of the ward
  // ("Vandaag komt ... op de afdeling"), not "vandaag kreeg ik een kaartje" elsewhere in the text.
  for (const f of findings) if (f.kind === 'institution') wardSentences.add(sentenceOf(f));
  let windowDays: number | undefined;
  for (const f of findings) {
    if (f.kind !== 'date' || !wardSentences.has(sentenceOf(f))) continue;
    const w = f.facts.windowDays;
    if (windowDays === undefined || w < windowDays) windowDays = w;
  }
  return { employer, ward, admission, ...(windowDays !== undefined ? { windowDays } : {}), flemish, ...(setting ? { setting } : {}) };
}

/** Combines the stretches: any cue anywhere counts, the narrowest ward window wins. */
export function mergeCues(parts: readonly PartialCues[], findings: readonly Finding[], lang: Lang): RiskCues {
  let windowDays: number | undefined;
  for (const p of parts) if (p.windowDays !== undefined && (windowDays === undefined || p.windowDays < windowDays)) windowDays = p.windowDays;
  const ward = parts.some((p) => p.ward);
  const flemish = parts.reduce((n, p) => n + p.flemish, 0);
  // A country named ("in België", "from Turkey") does not move the setting, nor does a city abroad
  // ("uit Aleppo"): only a place in a country the model has figures for.
  const places = findings.filter((f): f is FindingOf<'place'> => f.kind === 'place' && f.facts.country !== '' && f.facts.type !== 'country' && f.facts.country in COUNTRY_POPULATION);
  const smallest = [...places].sort((a, b) => placePopulation(a.facts) - placePopulation(b.facts))[0];
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
