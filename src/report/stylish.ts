import { LEVELS, type Level } from '../core/kinds.js';
import type { FileResult, Lang, RiskResult } from '../core/types.js';
import { decidingAudience } from '../risk/audiences.js';
import { formatNumber, formatSeconds, messages, type Catalog } from '../i18n/index.js';
import { fails, summarize } from './summary.js';
import type { Paint, Reporter } from './types.js';


function paint(c: Paint, level: Level, s: string): string {
  switch (level) {
    case 'critical': return c.boldRed(s);
    case 'high': return c.red(s);
    case 'medium': return c.yellow(s);
    case 'low': return c.green(s);
    default: return c.dim(s);
  }
}


/** The suggested rewrite: each change, and the estimate before and after (the re-check's). */
function fixLines(r: FileResult, lang: Lang, c: Paint): string[] {
  const f = r.fix!;
  const words = messages(lang);
  const say = words.report;
  const lines: string[] = [];
  if (f.changes.length === 0) {
    lines.push(`  ${c.bold(say.noRewrite)}: ${f.reason ?? ''}`);
    return lines;
  }
  lines.push(`  ${c.bold(say.suggestedRewrite)} (${say.rechecked}: ${words.levels[f.after.level]}):`);
  for (const ch of f.changes) {
    const to = ch.replacement === '' ? c.dim(say.remove) : `"${ch.replacement}"`;
    lines.push(`    "${ch.original}" → ${to}`);
  }
  // The people who match for the audience behind the verdict, before and after.
  const matching = (risk: Pick<RiskResult, 'expectedMatches' | 'audiences'>) => (risk.audiences?.length ? decidingAudience(risk.audiences).expectedMatches.low : risk.expectedMatches.low);
  const people = (e: number) => say.matches(formatNumber(e, lang), e);
  lines.push(`    ${people(matching(r.risk))} → ${people(matching(f.after))}${say.cautiousEstimate}`);
  if (!f.reached) lines.push(`    ${c.yellow(say.notEnoughYet)}: ${f.reason ?? ''}`);
  return lines;
}

/** Who could recognize the person: one line per audience, with the people who match and the deciding details. */
function audienceLines(r: FileResult, lang: Lang, c: Paint): string[] {
  const say = messages(lang).report;
  const rows = r.risk.audiences!;
  const width = Math.max(...rows.map((a) => say.audience[a.audience].length));
  const lines = [`  ${c.bold(say.whoCanRecognize)}`];
  for (const a of rows) {
    const answer = a.recognizable ? c.red(say.yes.padEnd(4)) : c.green(say.no.padEnd(4));
    const decisive = a.contributors.slice(0, 2).map((x) => `"${x.text}"`).join(', ');
    lines.push(`    ${say.audience[a.audience].padEnd(width)}  ${answer} ${c.dim(say.matches(formatNumber(a.expectedMatches.low, lang), a.expectedMatches.low))}${decisive ? c.dim(` · ${decisive}`) : ''}`);
  }
  return lines;
}

/** ESLint-like: per file, one line per finding with line:col, kind, text, message, advice; then a verdict. */
export const stylishReporter: Reporter = (report, options) => {
  const c = options.paint;
  const out: string[] = [];
  for (const r of report.results) {
    if (options.quiet && !fails(r, report.failOn)) continue;
    const lang = options.uiLang ?? r.language;
    const words = messages(lang);
    out.push(c.underline(r.file));
    for (const w of r.warnings) out.push(`  ${c.yellow(words.report.warning)}  ${w}`);
    let width = 0; // a loop, not Math.max(...spread): a file may have more findings than a call has arguments
    for (const f of r.findings) width = Math.max(width, `${f.line}:${f.column}`.length);
    for (const f of r.findings) {
      const pos = `${f.line}:${f.column}`.padEnd(width);
      const id = f.identifier === 'direct' ? c.red(f.kind) : c.yellow(f.kind);
      const pseudo = f.kind === 'name' && f.facts.pseudonym ? c.dim(` ${words.report.markedPseudonym}`) : '';
      const shown = f.text.length > 60 ? `${f.text.slice(0, 57)}…` : f.text;
      out.push(`  ${c.dim(pos)}  ${id}  ${c.bold(JSON.stringify(shown).slice(1, -1))}${pseudo}  ${f.message} ${c.cyan(`${words.report.write}: ${f.suggestion}`)}`);
    }
    const level = r.risk.level;
    const verdict = `${words.report.risk}: ${words.levels[level]}`;
    out.push(`  ${paint(c, level, level === 'none' ? `✔ ${verdict}` : `✖ ${verdict}`)}  ${r.risk.explanation}`);
    if (level !== 'none' && r.risk.audiences?.length) out.push(...audienceLines(r, lang, c));
    if (r.fix) out.push(...fixLines(r, lang, c));
    out.push('');
  }
  const s = summarize(report.results, report.failOn);
  const uiLang = options.uiLang ?? (report.results.filter((r) => r.language === 'en').length > report.results.length / 2 ? 'en' : 'nl');
  const words: Catalog = messages(uiLang);
  out.push(paint(c, s.highest, words.report.summary(s.files, s.findings, words.levels[s.highest], s.failed, report.failOn)));
  if (report.elapsedMs !== undefined && s.files > 0) {
    const perLevel = [...LEVELS].reverse().map((l) => [l, report.results.filter((r) => r.risk.level === l).length] as const).filter(([, n]) => n > 0);
    out.push(c.dim(words.report.perLevel(perLevel.map(([l, n]) => `${words.levels[l]} ${n}`).join(' · '), formatSeconds(report.elapsedMs, uiLang))));
  }
  return out.join('\n') + '\n';
};
