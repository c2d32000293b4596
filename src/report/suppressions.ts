import type { FileResult, Finding, SuppressedFinding } from '../core/types.js';

/**
 * What the reports say about the findings a directive, the allow list or the baseline accepted
 * (FileResult.suppressed). They are listed, never counted: not in the findings, not in the risk of
 * a directive or the allow list, not in the exit code.
 */

/** What and where a finding is, as the JSON report opens every finding with it (reported and suppressed alike). */
export const findingPlace = (f: Finding) => ({
  kind: f.kind,
  identifier: f.identifier,
  text: f.text,
  start: f.start,
  end: f.end,
  line: f.line,
  column: f.column,
  rule: f.rule,
});

/** JSON: per result, `suppressions` (docs/json-report.md §5.1). */
export function jsonSuppressions(r: FileResult): { suppressions?: object[]; baseline?: FileResult['baseline'] } {
  const list = (r.suppressed ?? []).map((f) => ({ ...findingPlace(f), suppression: f.suppression }));
  return { ...(list.length ? { suppressions: list } : {}), ...(r.baseline ? { baseline: r.baseline } : {}) };
}

/**
 * SARIF 2.1.0 `result.suppressions`: "inSource" for a directive, "external" for the allow list and the
 * baseline. No justification: a reason is written by a person and may name the very detail, and SARIF
 * goes to services and logs (the JSON report has it).
 */
export function sarifSuppression(f: SuppressedFinding): { kind: 'inSource' | 'external'; status: 'accepted' | 'underReview' } {
  return { kind: f.suppression.kind, status: f.suppression.status ?? 'accepted' };
}

/** Stylish: how many were suppressed, by what. */
export function suppressedCounts(r: FileResult): { directive: number; allow: number; baseline: number } | undefined {
  if (!r.suppressed?.length) return undefined;
  const n = { directive: 0, allow: 0, baseline: 0 };
  for (const f of r.suppressed) n[f.suppression.by]++;
  return n;
}
