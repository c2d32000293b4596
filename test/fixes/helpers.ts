import { checkText } from '../../src/core/check.js';
import type { FileResult, Finding, Lang } from '../../src/core/types.js';
import { createDetectors } from '../../src/detectors/registry.js';
import { ladderFor } from '../../src/fixes/ladders.js';
import { applyChanges } from '../../src/fixes/rewrite.js';
import type { Change, LadderStep } from '../../src/fixes/types.js';
import { loadLexicon } from '../../src/lexicon/load.js';

export const lexicon = loadLexicon();
export const detectors = createDetectors(lexicon);

export function check(text: string, lang: Lang | 'auto' = 'auto'): FileResult {
  return checkText(text, '<test>', detectors, { lang });
}

/** The first finding of `kind` (optionally with this text) and its ladder. */
export function ladderOf(text: string, kind: string, which?: string, lang: Lang | 'auto' = 'auto'): { result: FileResult; finding: Finding; ladder: LadderStep[] } {
  const result = check(text, lang);
  const finding = result.findings.find((f) => f.kind === kind && (which === undefined || f.text === which));
  if (!finding) throw new Error(`no ${kind} finding in ${JSON.stringify(text)}: ${result.findings.map((f) => `${f.kind}:${f.text}`).join(', ')}`);
  const ladder = ladderFor(finding, { text, lang: result.language, lexicon, findings: result.findings, country: result.cues.country });
  return { result, finding, ladder };
}

export function changeFor(finding: Finding, step: LadderStep, text: string): Change {
  const start = step.span?.start ?? finding.start;
  const end = step.span?.end ?? finding.end;
  return { finding, start, end, original: text.slice(start, end), replacement: step.replacement, step, ...(step.edits ? { edits: step.edits } : {}) };
}

/** The text with one ladder step applied. */
export function withStep(text: string, kind: string, index: number, which?: string, lang: Lang | 'auto' = 'auto'): string {
  const { finding, ladder } = ladderOf(text, kind, which, lang);
  const step = index < 0 ? ladder[ladder.length + index]! : ladder[index]!;
  return applyChanges(text, [changeFor(finding, step, text)]);
}

export function expectMonotone(ladder: readonly LadderStep[]): void {
  for (let i = 1; i < ladder.length; i++) if (!(ladder[i]!.loss > ladder[i - 1]!.loss)) throw new Error(`loss not increasing at ${i}: ${ladder.map((s) => s.loss).join(', ')}`);
  if (!ladder[ladder.length - 1]!.remove) throw new Error('the last step does not remove the detail');
}
