import { LEVELS } from '../core/kinds.js';
import { fails } from './summary.js';
import { inPieces, reporterOf, type ReportWriterFactory } from './types.js';

// Workflow commands are printed in CI logs that many people can read: no matched words, only the
// kind, the position and the advice.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `--format github`: GitHub Actions annotations, one per finding, plus the file's verdict; one line each. */
export const githubWriter: ReportWriterFactory = (report) => ({
  start: () => '',
  file: (r) => {
    const lines: string[] = [];
    const failing = fails(r, report.failOn);
    const command = failing ? 'error' : LEVELS.indexOf(r.risk.level) >= LEVELS.indexOf('low') ? 'warning' : 'notice';
    for (const f of r.findings) {
      if (f.kind === 'gender') continue;
      const endColumn = f.column + (f.end - f.start);
      lines.push(`::${command} file=${escapeProperty(r.file)},line=${f.line},col=${f.column},endColumn=${endColumn},title=${escapeProperty(`herkenbaar: ${f.kind}`)}::${escapeData(`${f.message} → ${f.suggestion}`)}\n`);
    }
    // A file whose findings are all in the baseline has nothing new to annotate.
    if (r.risk.level !== 'none' && !(r.baseline && r.findings.length === 0)) {
      lines.push(`::${command} file=${escapeProperty(r.file)},title=${escapeProperty(`herkenbaar: risk ${r.risk.level}`)}::${escapeData(`About ${r.risk.expectedMatches.central} people match all the details (scenario: ${r.risk.scenario}).`)}\n`);
    }
    return inPieces(lines);
  },
  end: () => '',
});

export const githubReporter = reporterOf(githubWriter);
