import type { Level } from '../core/kinds.js';
import type { AudienceResult, Finding, Lang } from '../core/types.js';
import { ACQUAINTANCES, barOf } from './audiences.js';
import { riskFromExpected } from './math.js';
import { formatNumber, messages } from '../i18n/index.js';
import type { ScenarioResult } from './scenario.js';

interface ExplainInput {
  lang: Lang;
  direct: readonly Finding[];
  worst: ScenarioResult;
  pseudonym: boolean;
  level: Level;
}

/** The explanation when a direct identifier decides the level, or nothing describes a person. */
export function explain({ lang, direct, worst, pseudonym, level }: ExplainInput): string {
  const words = messages(lang).risk;
  const num = (x: number) => formatNumber(x, lang);
  const parts: string[] = [];
  if (direct.length > 0) parts.push(words.direct([...new Set(direct.map((d) => d.text))].slice(0, 3).join(', ')));
  if (level === 'none' && direct.length === 0) return words.noPerson;
  const e = worst.e;
  const chain = [worst.baseLabel, ...worst.factors.slice().sort((a, b) => a.share.central - b.share.central).slice(0, 5).map((f) => `${f.label} (${num(f.share.central)})`)].join(' × ');
  parts.push(words.match(words.scenario[worst.scenario], words.people(num(e.central), e.central), num(e.low), num(e.high), chain));
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
    const who = words.recognizers[deciding.audience];
    // Recognized although many match: a story in the media, a record, an office there is one of.
    const forced = riskFromExpected(e.low) < barOf(deciding.audience);
    parts.push(forced ? words.recognizedFrom(who, decisive) : words.recognizedBy(who, words.people(num(e.central), e.central), num(e.low), num(e.high), decisive));
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
