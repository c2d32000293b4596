import type { Level } from '../core/kinds.js';
import type { FileResult, Lang } from '../core/types.js';
import { fmtNum } from '../risk/estimate.js';
import { LEVEL_NAMES } from './levels.js';
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

const people = (e: number, lang: Lang): string => {
  const n = e < 1 ? (lang === 'nl' ? 'minder dan 1' : 'fewer than 1') : fmtNum(e, lang);
  return lang === 'nl' ? `${n} ${e < 1.5 ? 'persoon past' : 'mensen passen'}` : `${n} ${e < 1.5 ? 'person matches' : 'people match'}`;
};

/** The suggested rewrite: each change, and the estimate before and after (the re-check's). */
function fixLines(r: FileResult, lang: Lang, c: Paint): string[] {
  const f = r.fix!;
  const nl = lang === 'nl';
  const lines: string[] = [];
  if (f.changes.length === 0) {
    lines.push(`  ${c.bold(nl ? 'Geen herschrijving gevonden' : 'No rewrite found')}: ${f.reason ?? ''}`);
    return lines;
  }
  const head = nl ? 'Voorstel om te herschrijven' : 'Suggested rewrite';
  const check = `${nl ? 'opnieuw gecontroleerd' : 're-checked'}: ${LEVEL_NAMES[lang][f.after.level]}`;
  lines.push(`  ${c.bold(head)} (${check}):`);
  for (const ch of f.changes) {
    const to = ch.replacement === '' ? c.dim(nl ? '(weglaten)' : '(remove)') : `"${ch.replacement}"`;
    lines.push(`    "${ch.original}" → ${to}`);
  }
  const before = people(r.risk.expectedMatches.low, lang);
  const after = people(f.after.expectedMatches.low, lang);
  lines.push(`    ${before} → ${after}${nl ? ' (voorzichtige schatting)' : ' (cautious estimate)'}`);
  if (!f.reached) lines.push(`    ${c.yellow(nl ? 'Nog niet genoeg' : 'Not enough yet')}: ${f.reason ?? ''}`);
  return lines;
}

/** ESLint-like: per file, one line per finding with line:col, kind, text, message, advice; then a verdict. */
export const stylishReporter: Reporter = (report, options) => {
  const c = options.paint;
  const out: string[] = [];
  for (const r of report.results) {
    if (options.quiet && !fails(r, report.failOn)) continue;
    const lang = options.uiLang ?? r.language;
    const nl = lang === 'nl';
    out.push(c.underline(r.file));
    for (const w of r.warnings) out.push(`  ${c.yellow(nl ? 'waarschuwing' : 'warning')}  ${w}`);
    let width = 0; // a loop, not Math.max(...spread): a file may have more findings than a call has arguments
    for (const f of r.findings) width = Math.max(width, `${f.line}:${f.column}`.length);
    for (const f of r.findings) {
      const pos = `${f.line}:${f.column}`.padEnd(width);
      const id = f.identifier === 'direct' ? c.red(f.kind) : c.yellow(f.kind);
      const pseudo = f.kind === 'name' && f.facts.pseudonym ? c.dim(nl ? ' [als fictief gemarkeerd]' : ' [marked as pseudonym]') : '';
      const shown = f.text.length > 60 ? `${f.text.slice(0, 57)}…` : f.text;
      out.push(`  ${c.dim(pos)}  ${id}  ${c.bold(JSON.stringify(shown).slice(1, -1))}${pseudo}  ${f.message} ${c.cyan(`${nl ? '→ schrijf' : '→ write'}: ${f.suggestion}`)}`);
    }
    const level = r.risk.level;
    const verdict = `${nl ? 'Risico' : 'Risk'}: ${LEVEL_NAMES[lang][level]}`;
    out.push(`  ${paint(c, level, level === 'none' ? `✔ ${verdict}` : `✖ ${verdict}`)}  ${r.risk.explanation}`);
    if (r.fix) out.push(...fixLines(r, lang, c));
    out.push('');
  }
  const s = summarize(report.results, report.failOn);
  const uiLang = options.uiLang ?? (report.results.filter((r) => r.language === 'en').length > report.results.length / 2 ? 'en' : 'nl');
  const nl = uiLang === 'nl';
  const line = nl
    ? `${s.files} ${s.files === 1 ? 'bestand' : 'bestanden'} gecontroleerd, ${s.findings} ${s.findings === 1 ? 'bevinding' : 'bevindingen'}; hoogste risico: ${LEVEL_NAMES.nl[s.highest]}; ${s.failed} op of boven '${report.failOn}'.`
    : `${s.files} ${s.files === 1 ? 'file' : 'files'} checked, ${s.findings} ${s.findings === 1 ? 'finding' : 'findings'}; highest risk: ${LEVEL_NAMES.en[s.highest]}; ${s.failed} at or above '${report.failOn}'.`;
  out.push(paint(c, s.highest, line));
  return out.join('\n') + '\n';
};
