import type { Reporter } from './types.js';
import { summarize } from './summary.js';

/** `--format json`, schemaVersion 1 (DESIGN.md). Fields may be added; none may change meaning. */
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
          ...(f.kind === 'place' && typeof f.data?.['population'] === 'number' ? { population: f.data['population'] } : {}),
          confidence: f.confidence,
          ...(f.figure ? { source: f.figure.source } : {}),
          ...(f.kind === 'name' && f.data?.['pseudonym'] === true ? { pseudonym: true } : {}),
        })),
        pseudonym: r.pseudonym,
        risk: r.risk,
        ...(r.fix ? { fixes: r.fix } : {}),
        ...(r.warnings.length ? { warnings: r.warnings } : {}),
      })),
      summary: summarize(report.results, report.failOn),
    },
    null,
    2,
  ) + '\n';
