import { LEVELS } from '../core/kinds.js';
import type { FileResult } from '../core/types.js';
import { fails } from './summary.js';
import { inPieces, reporterOf, type ReportWriterFactory } from './types.js';

// Workflow commands are printed in CI logs that many people can read: no matched words, only the
// kind, the position and the advice. Escaped per GitHub's workflow-command rules: in the message %, CR
// and LF; in a property also : and , (which separate properties).
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A suggested rewrite as one notice: where each change is, its kind and its replacement; never the words replaced. */
function fixNotice(r: FileResult): string | undefined {
  const fix = r.fix;
  if (!fix) return undefined;
  if (fix.changes.length === 0) {
    if (fix.reached || !fix.reason) return undefined;
    return `::notice file=${escapeProperty(r.file)},title=${escapeProperty('herkenbaar: no rewrite')}::${escapeData(fix.reason)}`;
  }
  const at = (start: number) => r.findings.find((f) => f.start <= start && start < f.end);
  const changes = fix.changes.map((c) => {
    const f = c.round === 1 ? at(c.start) : undefined;
    return `${f ? `${f.line}:${f.column} ` : ''}${c.kind} → ${c.replacement === '' ? '(remove)' : JSON.stringify(c.replacement)}`;
  });
  const first = fix.changes[0]!.round === 1 ? at(fix.changes[0]!.start) : undefined;
  const verdict = `Suggested rewrite (re-checked: ${fix.after.level}${fix.reached ? '' : `; not enough: ${fix.reason ?? ''}`})`;
  return `::notice file=${escapeProperty(r.file)}${first ? `,line=${first.line},col=${first.column}` : ''},title=${escapeProperty('herkenbaar: suggested rewrite')}::${escapeData(`${verdict}: ${changes.join('; ')}`)}`;
}

/** `--format github`: GitHub Actions annotations, one per finding, plus the file's verdict and a suggested rewrite; one line each. */
export const githubWriter: ReportWriterFactory = (report) => ({
  start: () => '',
  file: (r) => {
    const lines: string[] = [];
    const failing = fails(r, report.failOn);
    const command = failing ? 'error' : LEVELS.indexOf(r.risk.level) >= LEVELS.indexOf('low') ? 'warning' : 'notice';
    for (const f of r.findings) {
      if (f.kind === 'gender') continue;
      // endColumn only on the same line: a finding across a line break is located by its start.
      const end = /[\n\r]/.test(f.text) ? '' : `,endColumn=${f.column + (f.end - f.start)}`;
      lines.push(`::${command} file=${escapeProperty(r.file)},line=${f.line},col=${f.column}${end},title=${escapeProperty(`herkenbaar: ${f.kind}`)}::${escapeData(`${f.message} → ${f.suggestion}`)}\n`);
    }
    // A file whose findings are all in the baseline has nothing new to annotate.
    if (r.risk.level !== 'none' && !(r.baseline && r.findings.length === 0)) {
      lines.push(`::${command} file=${escapeProperty(r.file)},title=${escapeProperty(`herkenbaar: risk ${r.risk.level}`)}::${escapeData(`About ${r.risk.expectedMatches.central} people match all the details (scenario: ${r.risk.scenario}).`)}\n`);
      const notice = fixNotice(r);
      if (notice) lines.push(`${notice}\n`);
    }
    return inPieces(lines);
  },
  end: () => '',
});

export const githubReporter = reporterOf(githubWriter);
