import type { FindingOf } from '../../core/types.js';
import { MONTHS } from '../../detectors/date.js';
import { BIRTH_DATE_SHARE, BIRTH_YEAR_SHARE, shareOf } from '../../risk/shares.js';
import type { LadderStep } from '../types.js';
import { bits, type Ctx, dutchInversion, KIND_WEIGHT, monotone, prevToken, REMOVAL, RUNG } from './shared.js';

// ---------------------------------------------------------------------------------------------------
// Dates

const FUTURE = /^(?:morgen|overmorgen|tomorrow|volgende|komende|next|straks)\b/i;
const DATE_PREPS = new Set(['op', 'on', 'in']);
const KEEP_PREPS = new Set(['sinds', 'vanaf', 'tot', 'since', 'until', 'from', 'till', 'voor', 'na', 'before', 'after', 'rond', 'around']);

/** Month and year of a date's text ("12 maart 2024", "12-03-2024", "2024-03-12", "March 3rd, 2024"). */
function parseDate(text: string): { month?: number; year?: number } {
  const lower = text.toLowerCase();
  for (const word of lower.match(/\p{L}+/gu) ?? []) {
    const m = MONTHS.get(word);
    if (m) {
      const y = lower.match(/\b(1[89]\d\d|20\d\d|2100)\b/);
      return { month: m, ...(y ? { year: Number(y[1]) } : {}) };
    }
  }
  const ymd = lower.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/);
  if (ymd) return { month: Number(ymd[2]), year: Number(ymd[1]) };
  const dmy = lower.match(/^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?$/);
  if (dmy) {
    const y = dmy[3] ? Number(dmy[3].length === 2 ? (Number(dmy[3]) > 30 ? `19${dmy[3]}` : `20${dmy[3]}`) : dmy[3]) : undefined;
    return { month: Number(dmy[2]), ...(y !== undefined ? { year: y } : {}) };
  }
  return {};
}

export function dateLadder(f: FindingOf<'date'>, ctx: Ctx): LadderStep[] {
  const words = ctx.words;
  const w = KIND_WEIGHT['date']!;
  const window = f.facts.windowDays || 1;
  const prev = prevToken(ctx, f.start);
  const { month, year } = parseDate(f.text);
  const own = prev && DATE_PREPS.has(prev.lower) ? { start: prev.start, end: f.end } : undefined;
  const keepPrep = !!prev && KEEP_PREPS.has(prev.lower);
  const lead = (s: string) => (keepPrep ? s : `in ${s}`);
  const span = own;
  const steps: LadderStep[] = [];
  const removeLoss = (): number => w * (bits(window, 365) + REMOVAL + RUNG * 3);

  if (f.facts.birth) {
    // A date of birth: the year alone is an age, no more. Removed, its label goes too ("geboren", "DOB:", "°").
    const share = (shareOf(f) ?? BIRTH_DATE_SHARE).central;
    const label = /(?:^|[\s(,;])((?:geboren|geb\.?\s*datum|geb\.?|born|DOB|d\.o\.b\.|geboortedatum|date of birth)\s*:?\s*(?:op|on)?\s*|°\s*)$/i.exec(ctx.text.slice(Math.max(0, f.start - 30), f.start));
    // "was born on 3 February" keeps its verb: only a label ("geb.", "DOB:", "born" in a list) goes.
    const verb = label && /^(?:geboren|born)/i.test(label[1]!) && /\b(?:is|was|werd|wordt|were|ben|bent)\s+$/i.test(ctx.text.slice(Math.max(0, f.start - label[1]!.length - 8), f.start - label[1]!.length));
    const labelled = label && !verb ? { start: f.start - label[1]!.length, end: f.end } : span;
    if (year) steps.push({ replacement: span ? `in ${year}` : String(year), loss: KIND_WEIGHT['age']! * (bits(share, BIRTH_YEAR_SHARE.central) + RUNG), facts: { windowDays: 365 }, ...(span ? { span } : {}) });
    steps.push({ replacement: '', loss: KIND_WEIGHT['age']! * (bits(share, 1) + REMOVAL + RUNG * 2), remove: true, ...(labelled ? { span: labelled } : {}) });
    return monotone(steps);
  }
  if (month && window <= 1) {
    const m = words.monthName(month);
    steps.push({ replacement: lead(year ? `${m} ${year}` : m), loss: w * (bits(window, 30) + RUNG), facts: { windowDays: 30 }, ...(span ? { span } : {}) });
  }
  if (month && window <= 30) {
    const phrase = words.seasonPhrase(words.seasonName(month), year);
    steps.push({ replacement: lead(phrase), loss: w * (bits(window, 90) + RUNG * 2), facts: { windowDays: 90 }, ...(span ? { span } : {}) });
  }
  if (!month && window < 30 && f.facts.form !== 'time') {
    // "vandaag", "gisteren", "deze week", "vorige week dinsdag" -> "onlangs" (a month, docs/risk-model.md §5.3).
    const future = FUTURE.test(f.text);
    const word = future ? words.soon : words.recently;
    const relSpan = prev && (prev.lower === 'op' || prev.lower === 'on') ? { start: prev.start, end: f.end } : undefined;
    steps.push({ replacement: word, loss: w * (bits(window, 30) + RUNG), facts: { windowDays: 30 }, ...(relSpan ? { span: relSpan } : {}) });
  }
  const inversion = dutchInversion(ctx, span?.start ?? f.start, f.end);
  steps.push({ ...inversion, loss: removeLoss(), remove: true, ...(!inversion.span && span ? { span } : {}) });
  return monotone(steps);
}
