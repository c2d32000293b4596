import type { Finding } from '../core/types.js';
import { shareOf } from '../risk/shares.js';
import type { Reporter } from './types.js';
import { summarize } from './summary.js';
import { jsonSuppressions } from './suppressions.js';

/** `--format json`, schemaVersion 1 (docs/json-report.md). Fields may be added; none may change meaning. */
export const jsonReporter: Reporter = (report) =>
  JSON.stringify(
    {
      schemaVersion: 1,
      tool: { name: 'herkenbaar', version: report.version },
      results: report.results.map((r) => ({
        file: r.file,
        language: r.language,
        findings: r.findings.map((f) => ({
          kind: f.kind,
          identifier: f.identifier,
          text: f.text,
          start: f.start,
          end: f.end,
          line: f.line,
          column: f.column,
          rule: f.rule,
          message: f.message,
          suggestion: f.suggestion,
          ...(f.factor !== undefined ? { factor: f.factor } : {}),
          ...(f.kind === 'place' ? { population: f.facts.population } : {}),
          confidence: f.confidence,
          ...sourceOf(f),
          ...(f.kind === 'name' && f.facts.pseudonym ? { pseudonym: true } : {}),
        })),
        pseudonym: r.pseudonym,
        risk: r.risk,
        ...(r.fix ? { fixes: r.fix } : {}),
        ...(r.warnings.length ? { warnings: r.warnings } : {}),
        ...jsonSuppressions(r),
      })),
      summary: summarize(report.results, report.failOn),
    },
    null,
    2,
  ) + '\n';

/** Where the share a finding contributes comes from. */
function sourceOf(f: Finding): { source?: string } {
  const share = shareOf(f);
  return share ? { source: share.source } : {};
}
