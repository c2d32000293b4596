import { LEVELS, type Level } from '../core/kinds.js';
import type { FileResult, Lang, RiskResult } from '../core/types.js';
import { decidingAudience } from '../risk/audiences.js';
import { formatNumber, formatSeconds, messages, type Catalog } from '../i18n/index.js';
import { fails, Tally } from './summary.js';
import { inPieces, reporterOf, type Paint, type ReportWriterFactory } from './types.js';
import { suppressedCounts } from './suppressions.js';


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
    // Which readers this change alone keeps from recognizing the person.
    const reach = ch.outOfReach?.length ? c.dim(`  · ${say.outOfReach(ch.outOfReach.map((a) => say.audienceShort[a]))}`) : '';
    lines.push(`    "${ch.original}" → ${to}${reach}`);
  }
  // The people who match for the audience behind the verdict, before and after: the same audience both
  // times (after the rewrite another audience may decide, and its own base would read as a change).
  const deciding = r.risk.audiences?.length ? decidingAudience(r.risk.audiences).audience : undefined;
  const matching = (risk: Pick<RiskResult, 'expectedMatches' | 'audiences'>) => {
    const same = deciding ? risk.audiences?.find((a) => a.audience === deciding) : undefined;
    return same ? same.expectedMatches.low : risk.audiences?.length ? decidingAudience(risk.audiences).expectedMatches.low : risk.expectedMatches.low;
  };
  const people = (e: number) => say.matches(formatNumber(e, lang), e);
  // Nothing left that describes a person: its "expected matches" are only the base of the widest audience.
  const nobody = f.after.level === 'none' && !f.after.audiences?.length;
  lines.push(`    ${people(matching(r.risk))} → ${nobody ? say.nobodyDescribed : `${people(matching(f.after))}${say.cautiousEstimate}`}`);
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

/** ESLint-like: per file, one line per finding with line:col, kind, text, message, advice; then a verdict. Printed file by file. */
export const stylishWriter: ReportWriterFactory = (report, options) => {
  const c = options.paint;
  const tally = new Tally(report.failOn);
  return {
    start: () => '',
    file: (r) => {
      tally.add(r);
      if (options.quiet && !fails(r, report.failOn)) return [];
      const out: string[] = [];
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
      const accepted = suppressedCounts(r);
      if (accepted) out.push(`  ${c.dim(words.report.suppressed(accepted))}`);
      const level = r.risk.level;
      const verdict = `${words.report.risk}: ${words.levels[level]}${r.baseline && r.findings.length === 0 && level !== 'none' ? ` (${words.report.nothingNew})` : ''}`;
      out.push(`  ${paint(c, level, level === 'none' ? `✔ ${verdict}` : `✖ ${verdict}`)}  ${r.risk.explanation}`);
      if (level !== 'none' && r.risk.audiences?.length) out.push(...audienceLines(r, lang, c));
      if (r.fix) out.push(...fixLines(r, lang, c));
      out.push('');
      return inPieces(out.map((line) => `${line}\n`));
    },
    end: () => {
      const s = tally.summary();
      const uiLang = options.uiLang ?? tally.language();
      const words: Catalog = messages(uiLang);
      let out = `${paint(c, s.highest, words.report.summary(s.files, s.findings, words.levels[s.highest], s.failed, report.failOn))}\n`;
      // The closing summary of a run: files per level, and how long it took.
      const elapsed = report.elapsed?.() ?? report.elapsedMs;
      if (elapsed !== undefined && s.files > 0) {
        const perLevel = [...LEVELS].reverse().map((l) => [l, tally.atLevel(l)] as const).filter(([, n]) => n > 0);
        out += `${c.dim(words.report.perLevel(perLevel.map(([l, n]) => `${words.levels[l]} ${n}`).join(' · '), formatSeconds(elapsed, uiLang)))}\n`;
      }
      return out;
    },
  };
};

export const stylishReporter = reporterOf(stylishWriter);
