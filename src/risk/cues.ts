import type { Finding, Lang } from '../core/types.js';
import { sentenceIndex } from '../text/sentences.js';
import { tokenIndexAt, type Token } from '../text/tokenize.js';
import type { RiskCues } from './estimate.js';

// "bij ons", "onze kliniek": the author writes as a member of the organisation, so a reader who knows
// the author knows the organisation.
const EMPLOYER_NEXT = new Set(['kliniek', 'afdeling', 'instelling', 'cliënt', 'client', 'cliënte', 'cliënten', 'patiënt', 'patiënte', 'patiënten', 'bewoner', 'bewoonster', 'bewoners', 'woongroep', 'crisisopvang', 'opvang', 'unit', 'team', 'dagbesteding', 'praktijk', 'school', 'klas', 'mentorklas', 'ward', 'clinic', 'unit', 'patient', 'patients', 'residents', 'resident', 'pupil', 'pupils', 'hospice', 'home', 'centre', 'center', 'woonzorgcentrum', 'zorgcentrum', 'ziekenhuis', 'hospital', 'service', 'dienst', 'caseload']);
const EMPLOYER_OWN = new Set(['ons', 'onze', 'our', 'mijn', 'my']);
// The subject is somewhere colleagues, fellow patients or visitors see them.
// Only inpatient settings: there a colleague or fellow patient knows who was admitted in a window.
const WARD_WORDS = new Set(['afdeling', 'opgenomen', 'opname', 'kliniek', 'crisisopvang', 'separeer', 'gesepareerd', 'isoleercel', 'ward', 'admitted', 'admission', 'inpatient', 'paaz']);
const FLEMISH = new Set(['ge', 'gij', 'amai', 'nen', 'efkes', 'goesting', 'ocmw', 'clb', 'caw', 'allez', 'ambetant', 'zotte', 'pintje', 'da', 'ploegmaat', 'tornooi', 'rijksregisternummer', 'leefloon', 'vrederechter']);


export function riskCues(text: string, tokens: readonly Token[], findings: readonly Finding[], lang: Lang): RiskCues {
  const sentence = sentenceIndex(text, tokens);
  const sentenceOf = (i: number) => sentence[i] ?? 0;
  let employer = findings.some((f) => f.kind === 'institution');
  let ward = findings.some((f) => f.kind === 'institution' && ['ward', 'pz', 'paaz'].includes(String(f.data?.['type'] ?? '')));
  let flemish = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (EMPLOYER_OWN.has(t.lower) && EMPLOYER_NEXT.has(tokens[i + 1]?.lower ?? '')) employer = true;
    if (t.lower === 'bij' && tokens[i + 1]?.lower === 'ons') employer = true;
    if (WARD_WORDS.has(t.lower)) ward = true;
    if (FLEMISH.has(t.lower)) flemish++;
  }
  // The window that counts is the one tied to the stay: a date in the sentence that speaks of the ward
  // ("Vandaag komt ... op de afdeling"), not "vandaag kreeg ik een kaartje" elsewhere in the text.
  let windowDays: number | undefined;
  const wardSentences = new Set<number>();
  for (let i = 0; i < tokens.length; i++) if (WARD_WORDS.has(tokens[i]!.lower)) wardSentences.add(sentenceOf(i));
  for (const f of findings) if (f.kind === 'institution') wardSentences.add(sentenceOf(tokenIndexAt(tokens, f.start)));
  for (const f of findings) {
    const w = f.data?.['windowDays'];
    if (f.kind !== 'date' || typeof w !== 'number') continue;
    if (!wardSentences.has(sentenceOf(tokenIndexAt(tokens, f.start)))) continue;
    if (windowDays === undefined || w < windowDays) windowDays = w;
  }
  const places = findings.filter((f) => f.kind === 'place' && typeof f.data?.['country'] === 'string');
  const smallest = places.sort((a, b) => (a.data!['population'] as number) - (b.data!['population'] as number))[0];
  let country = smallest ? (smallest.data!['country'] as string) : lang === 'nl' ? (flemish >= 1 ? 'BE' : 'NL') : 'GB';
  if (country === 'BE' && lang === 'nl') country = 'FL';
  return { employer, ward: ward && windowDays !== undefined, ...(windowDays !== undefined ? { windowDays } : {}), country };
}
