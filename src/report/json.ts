import type { FileResult, Finding } from '../core/types.js';
import { shareOf } from '../risk/shares.js';
import { inPieces, nestedJson, nestedJsonOf, reporterOf, type ReportWriterFactory } from './types.js';
import { Tally } from './summary.js';
import { findingPlace, jsonSuppressions } from './suppressions.js';

/** A finding as the report gives it. */
const findingJson = (f: Finding) => ({
  ...findingPlace(f),
  message: f.message,
  suggestion: f.suggestion,
  ...(f.factor !== undefined ? { factor: f.factor } : {}),
  ...(f.kind === 'place' ? { population: f.facts.population } : {}),
  confidence: f.confidence,
  ...sourceOf(f),
  ...(f.kind === 'name' && f.facts.pseudonym ? { pseudonym: true } : {}),
});

/** One file's entry of `results`, its findings left out (they are written one by one). */
const resultJson = (r: FileResult) => ({
  file: r.file,
  language: r.language,
  findings: [],
  pseudonym: r.pseudonym,
  risk: r.risk,
  ...(r.fix ? { fixes: r.fix } : {}),
  ...(r.warnings.length ? { warnings: r.warnings } : {}),
  ...jsonSuppressions(r),
});

/**
 * `--format json`, schemaVersion 1 (docs/json-report.md). Fields may be added; none may change meaning.
 * Written file by file: one document, the same bytes as `JSON.stringify(report, null, 2)` of all results.
 */
export const jsonWriter: ReportWriterFactory = (report) => {
  const tally = new Tally(report.failOn);
  let files = 0;
  return {
    start: () => `{\n  "schemaVersion": 1,\n  "tool": ${nestedJson({ name: 'herkenbaar', version: report.version }, '  ')},\n  "results": [`,
    file: (r) => {
      tally.add(r);
      const parts = nestedJsonOf(resultJson(r), 'findings', r.findings.map(findingJson), '    ');
      return inPieces([`${files++ ? ',' : ''}\n    `, ...parts]);
    },
    end: () => `${files ? '\n  ]' : ']'},\n  "summary": ${nestedJson(tally.summary(), '  ')}\n}\n`,
    // The same text as `file`, in parts: what comes before the findings depends only on the file and its
    // language (resultJson's first keys), what comes after them (pseudonym, risk, fixes...) on the result.
    fileStream: (head) => {
      const lead = `${files++ ? ',' : ''}\n    `;
      const marker = '"findings": []';
      const before = nestedJson({ file: head.file, language: head.language, findings: [] }, '    ');
      const at = before.indexOf(marker);
      const indent = before.slice(before.lastIndexOf('\n', at) + 1, at);
      const inner = `${indent}  `;
      let written = 0;
      return {
        findings: (found) => {
          const parts: string[] = [];
          if (written === 0 && found.length) parts.push(lead, before.slice(0, at + marker.length - 1));
          for (const f of found) parts.push(`${written++ ? ',' : ''}\n${inner}${nestedJson(findingJson(f), inner)}`);
          return inPieces(parts);
        },
        end: (r, count) => {
          tally.add({ ...r, findings: { length: count } });
          const all = nestedJson(resultJson(r), '    ');
          if (written === 0) return inPieces([lead, all]);
          return inPieces([`\n${indent}]`, all.slice(all.indexOf(marker) + marker.length)]);
        },
      };
    },
  };
};

export const jsonReporter = reporterOf(jsonWriter);

/** Where the share a finding contributes comes from. */
function sourceOf(f: Finding): { source?: string } {
  const share = shareOf(f);
  return share ? { source: share.source } : {};
}
