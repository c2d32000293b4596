import type { Level } from '../core/kinds.js';
import type { AudienceResult, Finding, Lang } from '../core/types.js';
import { ACQUAINTANCES } from './audiences.js';
import { formatNumber, messages } from '../i18n/index.js';
import { THRESHOLDS } from './levels.js';
import type { ScenarioResult } from './scenario.js';

interface ExplainInput {
  lang: Lang;
  direct: readonly Finding[];
  worst: ScenarioResult;
  pseudonym: boolean;
  level: Level;
  riskHigh: number;
}

/** Plain-language explanation, for a care professional rather than a statistician. */
export function explain({ lang, direct, worst, pseudonym, level, riskHigh }: ExplainInput): string {
  const words = messages(lang).risk;
  const num = (x: number) => formatNumber(x, lang);
  const parts: string[] = [];
  if (direct.length > 0) parts.push(words.direct([...new Set(direct.map((d) => d.text))].slice(0, 3).join(', ')));
  if (level === 'none' && direct.length === 0) return words.noPerson;
  const e = worst.e;
  const chain = [worst.baseLabel, ...worst.factors.slice().sort((a, b) => a.share.central - b.share.central).slice(0, 5).map((f) => `${f.label} (${num(f.share.central)})`)].join(' × ');
  parts.push(words.match(words.scenario[worst.scenario], words.people(num(e.central), e.central), num(e.low), num(e.high), chain));
  if (direct.length === 0) parts.push(words.chance(Math.round(riskHigh * 100), riskHigh > THRESHOLDS.medium));
  if (pseudonym && (level === 'medium' || level === 'high' || level === 'critical')) parts.push(words.pseudonymDoesNotProtect);
  return parts.join(' ');
}

interface ReachInput {
  lang: Lang;
  reach: readonly AudienceResult[];
  deciding: AudienceResult;
  level: Level;
  pseudonym: boolean;
}

/** Which audience could recognize the person and the two details that decide it, in plain words. */
export function explainReach({ lang, reach, deciding, level, pseudonym }: ReachInput): string {
  const words = messages(lang).risk;
  const num = (x: number) => formatNumber(x, lang);
  const e = deciding.expectedMatches;
  const parts: string[] = [];
  if (reach.some((a) => a.recognizable)) {
    const top = deciding.contributors.slice(0, 2);
    const decisive = top.map((c) => `"${c.text}"`).join(', ');
    parts.push(words.recognizedBy(words.recognizers[deciding.audience], words.people(num(e.central), e.central), num(e.low), num(e.high), decisive));
    // Without the deciding details their factors no longer narrow the frame (a direct identifier aside).
    const lifted = top.reduce((x, c) => (c.factor > 0 && c.factor < 1 ? x / c.factor : x), e.central);
    if (deciding.audience !== 'anyone' && lifted > e.central) parts.push(words.withoutThem(words.people(num(lifted), lifted)));
  } else {
    const known = reach.find((a) => a.audience === 'acquaintances') ?? deciding;
    parts.push(words.nobodyCouldTell(num(known.expectedMatches.central), ACQUAINTANCES));
  }
  if (pseudonym && (level === 'medium' || level === 'high' || level === 'critical')) parts.push(words.pseudonymDoesNotProtect);
  return parts.join(' ');
}
