import type { Level } from '../core/kinds.js';
import type { Finding, Lang } from '../core/types.js';
import type { ScenarioResult } from './estimate.js';
import { fmtNum } from './estimate.js';

interface ExplainInput {
  lang: Lang;
  direct: readonly Finding[];
  worst: ScenarioResult;
  pseudonym: boolean;
  level: Level;
  riskHigh: number;
}

const SCENARIO_NL = { stranger: 'een willekeurige lezer', employer: 'een lezer die weet waar u werkt', insider: 'een collega, medecliënt of bezoeker' };
const SCENARIO_EN = { stranger: 'any reader', employer: 'a reader who knows where you work', insider: 'a colleague, fellow patient or visitor' };

const share = (x: number, lang: Lang): string => fmtNum(x, lang);

/** Plain-language explanation, for a care professional rather than a statistician. */
export function explain({ lang, direct, worst, pseudonym, level, riskHigh }: ExplainInput): string {
  const nl = lang === 'nl';
  const parts: string[] = [];
  if (direct.length > 0) {
    const what = [...new Set(direct.map((d) => d.text))].slice(0, 3).join(', ');
    parts.push(
      nl
        ? `De tekst bevat iets dat iemand direct identificeert (${what}). Haal dat weg; dan pas telt de rest.`
        : `The text contains something that identifies someone directly (${what}). Remove it first; only then do the other details count.`,
    );
  }
  if (level === 'none' && direct.length === 0) {
    return nl ? 'Geen details gevonden die iemand beschrijven.' : 'No details found that describe a person.';
  }
  const e = worst.e;
  const people = e.central < 1 ? (nl ? 'minder dan 1 persoon' : 'fewer than 1 person') : `${nl ? 'ongeveer' : 'about'} ${fmtNum(e.central, lang)} ${nl ? (e.central < 1.5 ? 'persoon' : 'mensen') : e.central < 1.5 ? 'person' : 'people'}`;
  const who = (nl ? SCENARIO_NL : SCENARIO_EN)[worst.scenario];
  const chain = [worst.baseLabel, ...worst.factors.slice().sort((a, b) => a.share.central - b.share.central).slice(0, 5).map((f) => `${f.label} (${share(f.share.central, lang)})`)].join(' × ');
  parts.push(
    nl
      ? `Voor ${who} passen ${people} bij alle details samen (bereik ${fmtNum(e.low, lang)}–${fmtNum(e.high, lang)}): ${chain}.`
      : `For ${who}, ${people} match all the details together (range ${fmtNum(e.low, lang)}–${fmtNum(e.high, lang)}): ${chain}.`,
  );
  if (direct.length === 0) {
    const pct = Math.round(riskHigh * 100);
    parts.push(
      nl
        ? `Kans op herkenning tot ${pct}%${riskHigh > 0.09 ? '; boven de grens van 9% (minder dan 11 mensen) die voor openbare publicatie geldt' : ''}.`
        : `Chance of recognition up to ${pct}%${riskHigh > 0.09 ? '; above the 9% limit (fewer than 11 people) used for public release' : ''}.`,
    );
  }
  if (pseudonym && (level === 'medium' || level === 'high' || level === 'critical')) {
    parts.push(
      nl
        ? 'De fictieve naam beschermt deze persoon niet: de andere details maken hem of haar herkenbaar.'
        : 'The fictitious name does not protect this person: the other details make them recognizable.',
    );
  }
  return parts.join(' ');
}
