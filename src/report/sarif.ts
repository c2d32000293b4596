import { DIRECT_KINDS, type Level } from '../core/kinds.js';
import type { FileResult, Finding } from '../core/types.js';
import { RULES } from '../detectors/registry.js';
import type { RuleMeta } from '../detectors/types.js';
import { artifactLocation, originalUriBaseIds } from './artifact-uri.js';
import { fails } from './summary.js';
import { inPieces, nestedJson, reporterOf, type ReportWriterFactory } from './types.js';
import { sarifSuppression } from './suppressions.js';

// SARIF goes to code-scanning services and CI logs: the messages name the kind and the advice, never
// the matched words, so no client detail leaves the machine through the report (docs/sarif.md).

type SarifLevel = 'error' | 'warning' | 'note';
const direct = new Set<string>(DIRECT_KINDS);
const sarifLevel = (f: Finding): SarifLevel => (f.identifier === 'direct' ? 'error' : f.kind === 'gender' ? 'note' : 'warning');
// A file that fails --fail-on is an error, as in a linter; one that does not, but is not low, a warning.
const fileLevel = (level: Level, failing: boolean): SarifLevel => (failing ? 'error' : level === 'critical' || level === 'high' || level === 'medium' ? 'warning' : 'note');

const RISK_RULE = 'risk';

function ruleOf(meta: RuleMeta, docUri: (path: string) => string | undefined) {
  const kinds = meta.kinds.join(', ');
  const identifies = meta.kinds.some((k) => direct.has(k)) ? 'Direct identifier' : 'Quasi-identifier';
  const helpUri = docUri(meta.docs);
  return {
    id: meta.id,
    name: meta.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: meta.description },
    fullDescription: { text: `${identifies} (${kinds}): ${meta.description}.` },
    help: {
      text: `${meta.description}. Reports: ${kinds}. Languages: ${meta.languages.join(', ')}. Examples of what it reports and what it leaves alone: ${meta.docs}.`,
      markdown: `${meta.description}.\n\nReports: ${meta.kinds.map((k) => `\`${k}\``).join(', ')} · languages: ${meta.languages.join(', ')}.\n\nExamples of what it reports and what it leaves alone: [${meta.docs}](${helpUri ?? meta.docs}).`,
    },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: (meta.kinds.some((k) => direct.has(k)) ? 'error' : meta.kinds.every((k) => k === 'gender') ? 'note' : 'warning') as SarifLevel },
    properties: { tags: ['privacy', ...meta.kinds] },
  };
}

function riskRule(docUri: (path: string) => string | undefined) {
  const helpUri = docUri('docs/risk-model.md');
  const text = 'The details of a text together: how many people match all of them, for readers who know more or less about the person. The file\'s verdict; its level decides --fail-on.';
  return {
    id: RISK_RULE,
    name: 'Risk',
    shortDescription: { text: 'Could a reader recognize the person this text is about?' },
    fullDescription: { text },
    help: { text: `${text} How it is estimated: docs/risk-model.md.`, markdown: `${text}\n\nHow it is estimated: [docs/risk-model.md](${helpUri ?? 'docs/risk-model.md'}).` },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: 'error' as SarifLevel },
    properties: { tags: ['privacy'] },
  };
}

/** The region of a finding: 1-based line and column, UTF-16 offsets (run.columnKind). */
function region(f: Finding) {
  const oneLine = !/[\n\r\u2028\u2029]/.test(f.text);
  return {
    startLine: f.line,
    startColumn: f.column,
    ...(oneLine ? { endLine: f.line, endColumn: f.column + (f.end - f.start) } : {}),
    charOffset: f.start,
    charLength: f.end - f.start,
  };
}

/**
 * The file's verdict sits at its first finding (a code-scanning alert needs a line). A suggested rewrite
 * is reported in its properties: the kind, place and replacement of each change, never the words replaced.
 */
function riskResult(r: FileResult, failOn: Level, location: ReturnType<typeof artifactLocation>, ruleIndex: number) {
  // Nothing new since the baseline: the verdict is on record, accepted with it.
  const accepted = r.baseline && r.findings.length === 0 ? { suppressions: [{ kind: 'external', status: 'accepted' }] } : {};
  const first = r.findings[0];
  const fix = r.fix;
  const fixText = !fix
    ? ''
    : fix.changes.length === 0
      ? ` No rewrite suggested: ${fix.reason ?? ''}`
      : ` Suggested rewrite: ${fix.changes.length} change${fix.changes.length === 1 ? '' : 's'}, re-checked: ${fix.after.level}${fix.reached ? '' : ` (not enough: ${fix.reason ?? ''})`}.`;
  return {
    ruleId: RISK_RULE,
    ruleIndex,
    level: fileLevel(r.risk.level, fails(r, failOn)),
    message: { text: `Risk ${r.risk.level} (score ${r.risk.score}, about ${r.risk.expectedMatches.central} people match, scenario ${r.risk.scenario}).${fixText}` },
    locations: [{ physicalLocation: { artifactLocation: location, region: first ? { startLine: first.line, startColumn: first.column } : { startLine: 1, startColumn: 1 } } }],
    ...accepted,
    properties: {
      level: r.risk.level,
      score: r.risk.score,
      expectedMatches: r.risk.expectedMatches,
      scenario: r.risk.scenario,
      ...(fix
        ? {
            fix: {
              target: fix.target,
              reached: fix.reached,
              level: fix.after.level,
              ...(fix.reason ? { reason: fix.reason } : {}),
              // Round 2 offsets are into the first rewrite, round 1 offsets into the text as it is.
              changes: fix.changes.map((c) => ({ kind: c.kind, round: c.round, charOffset: c.start, charLength: c.end - c.start, replacement: c.replacement })),
            },
          }
        : {}),
    },
  };
}

const RESULTS = '"results": []';

/**
 * `--format sarif`: SARIF 2.1.0, one rule per detector rule (docs/rules/<id>.md) plus `risk` for the file's
 * verdict; written file by file.
 */
export const sarifWriter: ReportWriterFactory = (report) => {
  const cwd = report.cwd ?? process.cwd();
  // A doc of the installed package: its path under report.docsBase, each segment encoded.
  const docUri = (path: string) => (report.docsBase ? `${report.docsBase}${path.split('/').map(encodeURIComponent).join('/')}` : undefined);
  const rules = [riskRule(docUri), ...Object.values(RULES).map((r) => ruleOf(r.meta, docUri))];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const informationUri = docUri('README.md');
  // The document with no result, cut where its results go.
  const empty = JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [{
        tool: { driver: { name: 'herkenbaar', semanticVersion: report.version, version: report.version, ...(informationUri ? { informationUri } : {}), rules } },
        originalUriBaseIds: originalUriBaseIds(cwd),
        columnKind: 'utf16CodeUnits',
        results: [],
      }],
    },
    null,
    2,
  );
  const at = empty.indexOf(RESULTS);
  if (at < 0 || empty.indexOf(RESULTS, at + 1) >= 0) throw new Error('sarif: the results of the document cannot be told apart');
  const indent = empty.slice(empty.lastIndexOf('\n', at) + 1, at);
  const pad = `${indent}  `;
  let written = 0;
  const resultOf = (f: Finding, location: ReturnType<typeof artifactLocation>) => ({
    ruleId: f.rule,
    ruleIndex: index.get(f.rule)!,
    level: sarifLevel(f),
    message: { text: `${f.kind}: ${f.message} → ${f.suggestion}` },
    locations: [{ physicalLocation: { artifactLocation: location, region: region(f) } }],
    properties: { kind: f.kind, identifier: f.identifier, confidence: f.confidence },
  });
  return {
    start: () => empty.slice(0, at + RESULTS.length - 1),
    file: (r) => {
      const location = artifactLocation(r.file, cwd);
      const entries = [
        ...r.findings.map((f) => resultOf(f, location)),
        // Accepted findings are listed with their suppression, as SARIF viewers expect, so they can be audited.
        ...(r.suppressed ?? []).map((f) => ({ ...resultOf(f, location), suppressions: [sarifSuppression(f)] })),
        ...(r.risk.level === 'none' ? [] : [riskResult(r, report.failOn, location, 0)]),
      ];
      return inPieces(entries.map((e) => `${written++ ? ',' : ''}\n${pad}${nestedJson(e, pad)}`));
    },
    end: () => `${written ? `\n${indent}]` : ']'}${empty.slice(at + RESULTS.length)}\n`,
  };
};

export const sarifReporter = reporterOf(sarifWriter);
