import { levelRank, type Level } from '../core/kinds.js';
import { checkText, type CheckOptions } from '../core/check.js';
import type { FileResult, Finding } from '../core/types.js';
import type { UnsafeWhy } from '../i18n/catalog.js';
import { buildLadders } from './ladders.js';
import type { Detector } from '../detectors/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { messages } from '../i18n/index.js';
import { isPersonalDirect } from '../risk/estimate.js';
import { applyChanges } from './rewrite.js';
import { planFixes, reasonText, standsOut } from './search.js';
import type { FixOutcome, FixPlan } from './types.js';

/**
 * Check, plan, rewrite, and check the rewritten text again with the whole pipeline: the level reported
 * after the fix is the re-check's, not the model's. When the re-check still fails (a new wording was
 * detected as something else, the model missed a cue), plan once more from the re-checked result.
 */
export function fixText(
  text: string,
  file: string,
  detectors: readonly Detector[],
  lexicon: Lexicon,
  checkOptions: CheckOptions,
  target: Level,
  /** The check of `text` when the caller already has it. */
  checked?: FileResult,
): FixOutcome {
  const passes = (r: FileResult) => levelRank(r.risk.level) < levelRank(target);
  const before = checked ?? checkText(text, file, detectors, checkOptions);
  // Every risk setting (population, audience, employer, caseload, ward) applies to the re-estimates too.
  // The re-checks must read the text in the language of the original.
  const options: CheckOptions = { ...checkOptions, lang: before.language };
  const plan = planFixes(before, text, lexicon, { target, riskOptions: checkOptions });
  if (plan.changes.length === 0) {
    const v = verdict(before, text, lexicon, target, plan, before.language);
    const reason = v.reached ? undefined : passes(before) ? v.reason : plan.reason ?? reasonText('unique', before.language);
    return { before, after: before, plan, rewritten: text, reached: v.reached, ...(reason ? { reason } : {}), rounds: 1, target };
  }
  let rewritten = applyChanges(text, plan.changes);
  let after = checkText(rewritten, file, detectors, options);
  let rounds = 1;
  let combined: FixPlan = plan;
  if (!passes(after)) {
    const second = planFixes(after, rewritten, lexicon, { target, riskOptions: checkOptions });
    if (second.changes.length > 0) {
      const text2 = applyChanges(rewritten, second.changes);
      const after2 = checkText(text2, file, detectors, options);
      rounds = 2;
      // Keep the second round only if it does not make things worse.
      if (levelRank(after2.risk.level) <= levelRank(after.risk.level)) {
        rewritten = text2;
        after = after2;
        combined = mergePlans(plan, second);
      }
    }
  }
  const { reached, reason } = verdict(after, rewritten, lexicon, target, combined, before.language);
  // A rewrite that leaves no words is no text to publish: it is not called safe, and --write keeps the draft.
  if (reached && !WORDS.test(rewritten) && WORDS.test(text)) {
    return { before, after, plan: combined, rewritten, reached: false, rounds, target, reason: reasonText('nothingLeft', before.language) };
  }
  return { before, after, plan: combined, rewritten, reached, rounds, target, ...(reason ? { reason } : {}) };
}

const WORDS = /\p{L}/u;

/**
 * Whether a re-checked rewrite is safe: the whole pipeline's level is below the target, and nothing the
 * fixer could not rewrite is left (a detail that stands out, or one that leads straight to the person,
 * still found in the rewritten text). Otherwise why not, in plain words.
 */
export function verdict(after: FileResult, rewritten: string, lexicon: Lexicon, target: Level, plan: FixPlan, lang: FileResult['language']): { reached: boolean; reason?: string } {
  const passes = levelRank(after.risk.level) < levelRank(target);
  const unsafe = unsafeDetails(after, rewritten, lexicon);
  if (passes && unsafe.length === 0) return { reached: true };
  return { reached: false, reason: unsafe.length > 0 ? unsafeReason(unsafe, lang) : explainFailure(after, plan, lang) };
}

export interface Unsafe {
  finding: Finding;
  why: UnsafeWhy;
}

/** The details of a re-checked rewrite that keep it from being safe, whatever the level. */
export function unsafeDetails(after: FileResult, text: string, lexicon: Lexicon): Unsafe[] {
  const out: Unsafe[] = [];
  const risky = after.findings.filter((f) => isPersonalDirect(f) || standsOut(f));
  if (risky.length === 0) return out;
  const ladders = buildLadders(after.findings, { text, lang: after.language, lexicon, country: after.cues.country });
  after.findings.forEach((f, i) => {
    if (!risky.includes(f)) return;
    const why: UnsafeWhy = ladders[i]!.length === 0 ? 'noRewrite' : isPersonalDirect(f) ? 'direct' : 'standsOut';
    out.push({ finding: f, why });
  });
  return out;
}

/** Which details could not be made safe and why, by kind and position: the words stay out of logs. */
export function unsafeReason(unsafe: readonly Unsafe[], lang: FileResult['language']): string {
  const m = messages(lang);
  const kind = (f: Finding) => m.fix.kindName[f.kind] ?? f.kind;
  return m.fix.unsafeDetails(unsafe.slice(0, 3).map((u) => m.fix.unsafeDetail(kind(u.finding), u.finding.line, u.finding.column, m.fix.unsafeWhy[u.why])));
}

function mergePlans(first: FixPlan, second: FixPlan): FixPlan {
  // The second round's changes are offsets into the first rewrite: they are reported as a second list.
  const plan: FixPlan = { ...first, after: second.after, reached: second.reached, loss: first.loss + second.loss, followUp: second.changes };
  if (second.reason) plan.reason = second.reason;
  else delete plan.reason;
  return plan;
}

function explainFailure(after: FileResult, plan: FixPlan, lang: FileResult['language']): string {
  if (after.findings.some(isPersonalDirect)) return reasonText('direct', lang);
  if (plan.reason) return plan.reason;
  // The model expected the target to be reached, the re-check of the rewritten text disagrees.
  // Kinds, not words: this reason may end up on stderr and in CI logs.
  const kinds = [...new Set(after.risk.contributors.slice(0, 4).map((c) => c.kind))].join(', ');
  return messages(lang).fix.recheckFails(kinds);
}
