import { DIRECT_KINDS, QUASI_KINDS, type Level } from '../core/kinds.js';
import type { Finding } from '../core/types.js';
import { fails } from './summary.js';
import { inPieces, nestedJson, reporterOf, type ReportWriterFactory } from './types.js';
import { sarifSuppression } from './suppressions.js';

// SARIF goes to code-scanning services and CI logs: the messages name the kind and the advice, never
// the matched words, so no client detail leaves the machine through the report.
const sarifLevel = (f: Finding): 'error' | 'warning' | 'note' => (f.identifier === 'direct' ? 'error' : f.kind === 'gender' ? 'note' : 'warning');
// A file that fails --fail-on is an error, as in a linter; one that does not, but is not low, a warning.
const fileLevel = (level: Level, failing: boolean): 'error' | 'warning' | 'note' => (failing ? 'error' : level === 'critical' || level === 'high' || level === 'medium' ? 'warning' : 'note');

const RESULTS = '"results": []';

/** `--format sarif`: SARIF 2.1.0, one rule per kind plus `risk` for the file's verdict; written file by file. */
export const sarifWriter: ReportWriterFactory = (report) => {
  const rules = [
    { id: 'risk', shortDescription: { text: 'Could a reader recognize the person this text is about?' } },
    ...[...DIRECT_KINDS, ...QUASI_KINDS].map((k) => ({ id: k, shortDescription: { text: `${DIRECT_KINDS.includes(k as never) ? 'Direct identifier' : 'Quasi-identifier'}: ${k}` } })),
  ];
  // The document with no result, cut where its results go.
  const empty = JSON.stringify(
    { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [{ tool: { driver: { name: 'herkenbaar', version: report.version, rules } }, results: [] }] },
    null,
    2,
  );
  const at = empty.indexOf(RESULTS);
  if (at < 0 || empty.indexOf(RESULTS, at + 1) >= 0) throw new Error('sarif: the results of the document cannot be told apart');
  const indent = empty.slice(empty.lastIndexOf('\n', at) + 1, at);
  const pad = `${indent}  `;
  let written = 0;
  return {
    start: () => empty.slice(0, at + RESULTS.length - 1),
    file: (r) => {
      const entries = [
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
      ];
      return inPieces(entries.map((e) => `${written++ ? ',' : ''}\n${pad}${nestedJson(e, pad)}`));
    },
    end: () => `${written ? `\n${indent}]` : ']'}${empty.slice(at + RESULTS.length)}\n`,
  };
};

export const sarifReporter = reporterOf(sarifWriter);
