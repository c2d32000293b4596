import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import type { FileResult, Finding } from '../../src/core/types.js';
import { createDetectors } from '../../src/detectors/registry.js';
import { fixText } from '../../src/fixes/fix.js';
import { summarizeFix } from '../../src/fixes/summary.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { githubReporter, githubWriter } from '../../src/report/github.js';
import { jsonReporter, jsonWriter } from '../../src/report/json.js';
import { sarifReporter, sarifWriter } from '../../src/report/sarif.js';
import { stylishReporter, stylishWriter } from '../../src/report/stylish.js';
import { summarize } from '../../src/report/summary.js';
import { jsonSuppressions } from '../../src/report/suppressions.js';
import { NO_PAINT, type Report, type ReportWriterFactory } from '../../src/report/types.js';
import { shareOf } from '../../src/risk/shares.js';

// The reports are written file by file (src/cli/main.ts streams them). What a writer writes, joined,
// must be the report as it was made at once from all results: for JSON and SARIF the very bytes of
// JSON.stringify(document, null, 2), which is what the references below make.

const lexicon = loadLexicon();
const detectors = createDetectors(lexicon);
const check = (text: string, file: string) => checkText(text, file, detectors, { lang: 'auto' }, file.endsWith('.bom') ? ['a warning'] : []);
const withFix = (r: FileResult, text: string): FileResult => ({ ...r, fix: summarizeFix(fixText(text, r.file, detectors, lexicon, { lang: 'auto' }, 'medium', r), 'low', false) });

const risky = 'Vandaag komt een 45-jarige vrouw uit Kloetinge met schizofrenie op de afdeling.';
const RESULTS: FileResult[] = [
  withFix(check(risky, 'a.txt'), risky),
  check('Het regende de hele dag; niemand kwam langs.', 'b.txt'),
  check('Mail Jan de Vries op jan@example.com, of bel 06-12345678. "Quote" \\ and \t tab.', 'c.bom'),
  check('Yesterday a 52-year-old man from Leeds with diabetes was admitted.', 'd.txt'),
];

/** The JSON report as it was made before it was streamed: one JSON.stringify of the whole document. */
function jsonAtOnce(report: Report): string {
  const sourceOf = (f: Finding) => {
    const share = shareOf(f);
    return share ? { source: share.source } : {};
  };
  return JSON.stringify(
    {
      schemaVersion: 1,
      tool: { name: 'herkenbaar', version: report.version },
      results: report.results.map((r) => ({
        file: r.file,
        language: r.language,
        findings: r.findings.map((f) => ({
          kind: f.kind, identifier: f.identifier, text: f.text, start: f.start, end: f.end, line: f.line, column: f.column, rule: f.rule,
          message: f.message, suggestion: f.suggestion, ...(f.factor !== undefined ? { factor: f.factor } : {}),
          ...(f.kind === 'place' ? { population: f.facts.population } : {}), confidence: f.confidence, ...sourceOf(f),
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
}

const streamed = (writer: ReportWriterFactory, report: Report, quiet = false) => {
  const w = writer({ failOn: report.failOn, version: report.version }, { paint: NO_PAINT, quiet });
  const parts = [w.start(), ...report.results.flatMap((r) => w.file(r)), w.end()];
  return parts.join('');
};

const reports: Report[] = [
  { results: RESULTS, failOn: 'medium', version: '9.9.9' },
  { results: RESULTS.slice(1, 2), failOn: 'none', version: '0.1.0' },
  { results: [], failOn: 'medium', version: '0.1.0' },
];

describe('reports written file by file', () => {
  it('the JSON writer writes the bytes of the document made at once, with results or without', () => {
    for (const report of reports) {
      const expected = jsonAtOnce(report);
      expect(streamed(jsonWriter, report)).toBe(expected);
      expect(jsonReporter(report, { paint: NO_PAINT, quiet: false })).toBe(expected);
      expect(JSON.parse(streamed(jsonWriter, report)).results).toHaveLength(report.results.length);
    }
  });

  it('the SARIF writer writes one valid document with every result, or an empty list', () => {
    for (const report of reports) {
      const doc = JSON.parse(streamed(sarifWriter, report));
      expect(streamed(sarifWriter, report)).toBe(`${JSON.stringify(doc, null, 2)}\n`);
      expect(sarifReporter(report, { paint: NO_PAINT, quiet: false })).toBe(streamed(sarifWriter, report));
      const findings = report.results.reduce((n, r) => n + r.findings.length + (r.risk.level === 'none' ? 0 : 1), 0);
      expect(doc.runs[0].results).toHaveLength(findings);
    }
  });

  it('stylish and github print each file as it comes, and the summary counts every file, --quiet or not', () => {
    const [report] = reports;
    const text = streamed(stylishWriter, report!);
    expect(text).toBe(stylishReporter(report!, { paint: NO_PAINT, quiet: false }));
    expect(text.indexOf('a.txt')).toBeLessThan(text.indexOf('b.txt'));
    const quiet = streamed(stylishWriter, report!, true);
    expect(quiet).not.toContain('b.txt');
    expect(quiet.trimEnd().split('\n').pop()).toBe(text.trimEnd().split('\n').pop());
    expect(streamed(githubWriter, report!)).toBe(githubReporter(report!, { paint: NO_PAINT, quiet: false }));
    expect(streamed(githubWriter, reports[2]!)).toBe('');
  });

  it('the JSON writer writes a file whose findings come chunk by chunk as the bytes of that file written at once', () => {
    const head = (r: FileResult) => ({ file: r.file, language: r.language });
    const inChunks = (results: readonly FileResult[], cut: number) => {
      const w = jsonWriter({ failOn: 'medium', version: '1.2.3' }, { paint: NO_PAINT, quiet: false });
      let out = w.start();
      for (const r of results) {
        const stream = w.fileStream!(head(r));
        // The findings in runs of `cut` (and an empty run, as a chunk without findings gives).
        for (let i = 0; i < r.findings.length; i += cut) out += stream.findings([]).join('') + stream.findings(r.findings.slice(i, i + cut)).join('');
        out += stream.end({ ...r, findings: [] }, r.findings.length).join('');
      }
      return out + w.end();
    };
    const report = { results: RESULTS, failOn: 'medium' as const, version: '1.2.3' };
    const atOnce = jsonReporter(report, { paint: NO_PAINT, quiet: false });
    for (const cut of [1, 2, 100]) expect(inChunks(RESULTS, cut)).toBe(atOnce);
    JSON.parse(inChunks(RESULTS, 3));
  });
});
