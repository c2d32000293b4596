import { LEVELS, type Level } from '../core/kinds.js';
import type { FixSummary } from '../core/types.js';
import type { FixOutcome } from './types.js';

/**
 * The fixer takes the level that must NOT be reached (the --fail-on level); users say the level the
 * rewrite may have at most (--target). The level above the target is the one to stay below.
 */
export function levelToStayBelow(target: Level): Level | undefined {
  return LEVELS[LEVELS.indexOf(target) + 1];
}

/** The highest level that still passes --fail-on. */
export function targetFor(failOn: Level): Level {
  return failOn === 'none' ? 'critical' : LEVELS[LEVELS.indexOf(failOn) - 1]!;
}

export function summarizeFix(outcome: FixOutcome, target: Level, withText: boolean): FixSummary {
  const { plan, after } = outcome;
  const change = (round: 1 | 2) => (c: (typeof plan.changes)[number]) => ({
    kind: c.finding.kind, start: c.start, end: c.end, original: c.original, replacement: c.replacement, round,
    ...(c.outOfReach ? { outOfReach: c.outOfReach } : {}),
  });
  return {
    target,
    reached: outcome.reached,
    ...(outcome.reason ? { reason: outcome.reason } : {}),
    changes: [...plan.changes.map(change(1)), ...(plan.followUp ?? []).map(change(2))],
    after: {
      level: after.risk.level,
      score: after.risk.score,
      expectedMatches: after.risk.expectedMatches,
      scenario: after.risk.scenario,
      explanation: after.risk.explanation,
      ...(after.risk.audiences ? { audiences: after.risk.audiences } : {}),
    },
    ...(withText ? { rewritten: outcome.rewritten } : {}),
  };
}
