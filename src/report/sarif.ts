import { DIRECT_KINDS, QUASI_KINDS, type Level } from '../core/kinds.js';
import type { Finding } from '../core/types.js';
import { fails } from './summary.js';
import type { Reporter } from './types.js';
import { sarifSuppression } from './suppressions.js';

// SARIF goes to code-scanning services and CI logs: the messages name the kind and the advice, never
// the matched words, so no client detail leaves the machine through the report.
const sarifLevel = (f: Finding): 'error' | 'warning' | 'note' => (f.identifier === 'direct' ? 'error' : f.kind === 'gender' ? 'note' : 'warning');
// A file that fails --fail-on is an error, as in a linter; one that does not, but is not low, a warning.
const fileLevel = (level: Level, failing: boolean): 'error' | 'warning' | 'note' => (failing ? 'error' : level === 'critical' || level === 'high' || level === 'medium' ? 'warning' : 'note');

/** `--format sarif`: SARIF 2.1.0, one rule per kind plus `risk` for the file's verdict. */
export const sarifReporter: Reporter = (report) => {
  const rules = [
    { id: 'risk', shortDescription: { text: 'Could a reader recognize the person this text is about?' } },
    ...[...DIRECT_KINDS, ...QUASI_KINDS].map((k) => ({ id: k, shortDescription: { text: `${DIRECT_KINDS.includes(k as never) ? 'Direct identifier' : 'Quasi-identifier'}: ${k}` } })),
  ];
  const results = report.results.flatMap((r) => [
    ...r.findings.map((f) => ({
      ruleId: f.kind,
      level: sarifLevel(f),
      message: { text: `${f.message} → ${f.suggestion}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: r.file }, region: { startLine: f.line, startColumn: f.column, charOffset: f.start, charLength: f.end - f.start } } }],
    })),
    // Accepted findings are listed with their suppression, as SARIF viewers expect, so they can be audited.
    ...(r.suppressed ?? []).map((f) => ({
      ruleId: f.kind,
      level: sarifLevel(f),
      message: { text: `${f.message} → ${f.suggestion}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: r.file }, region: { startLine: f.line, startColumn: f.column, charOffset: f.start, charLength: f.end - f.start } } }],
      suppressions: [sarifSuppression(f)],
    })),
    ...(r.risk.level === 'none'
      ? []
      : [{
          ruleId: 'risk',
          level: fileLevel(r.risk.level, fails(r, report.failOn)),
          message: { text: `Risk ${r.risk.level} (score ${r.risk.score}, about ${r.risk.expectedMatches.central} people match, scenario ${r.risk.scenario}).` },
          locations: [{ physicalLocation: { artifactLocation: { uri: r.file } } }],
          // Nothing new since the baseline: the verdict is on record, accepted with it.
          ...(r.baseline && r.findings.length === 0 ? { suppressions: [{ kind: 'external', status: 'accepted' }] } : {}),
        }]),
  ]);
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'herkenbaar', version: report.version, rules } }, results }],
    },
    null,
    2,
  ) + '\n';
};
