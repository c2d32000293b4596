import { LEVELS, levelRank, type Level } from '../core/kinds.js';
import type { AudienceId, FileResult, Finding, Lang, RiskResult, TextCues } from '../core/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { riskCues } from '../risk/cues.js';
import { recognitionDeficit } from '../risk/audiences.js';
import { factorOf, shareOf, STAND_OUT_SHARE } from '../risk/shares.js';
import { messages } from '../i18n/index.js';
import type { FixReason } from '../i18n/catalog.js';
import { withFacts } from '../core/with-facts.js';
import { estimateRisk, isPersonalDirect, type RiskOptions } from '../risk/estimate.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { buildLadders } from './ladders.js';
import type { Change, FixPlan, LadderStep } from './types.js';

export interface PlanOptions {
  /**
   * The `--fail-on` level: the plan succeeds when the text's level is below it (target `medium`: reach
   * `low` or `none`).
   */
  target: Level;
  /** The options the check used (base population, audience), so the re-estimate matches the check. */
  riskOptions?: RiskOptions;
  /** After this many combinations tried cheapest first without an answer, the search turns greedy (default 400). */
  exhaustiveLimit?: number;
  /** Force one method (tests compare the two). */
  method?: 'exhaustive' | 'greedy';
  /** Let the search keep events and unusual details as written when the numbers allow (tests of the search itself). */
  keepStandOut?: boolean;
}

/**
 * One detail the search may change: its ladder, and every mention of it (the same age, place or story
 * told twice is rewritten alike, "De 52-jarige ... de 52-jarige"). `min` 1: the detail must change.
 */
interface Variable {
  finding: Finding;
  ladder: LadderStep[];
  /** The other mentions of the same detail, each with its own ladder. */
  others: ReadonlyArray<{ finding: Finding; ladder: LadderStep[] }>;
  min: number;
}

/** What makes two findings mentions of one detail: the kind and the concept, place or words. */
function detailKey(f: Finding): string {
  const facts = f.facts as { id?: unknown };
  const id = f.kind === 'place' || f.kind === 'diagnosis' || f.kind === 'profession' ? facts.id : undefined;
  return `${f.kind}\u0000${typeof id === 'string' ? id : f.text.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

/** The rung of another mention's ladder that matches rung `c` (1-based) of the first one. */
export function matchingStep(ladder: readonly LadderStep[], own: readonly LadderStep[], c: number): LadderStep | undefined {
  if (c <= 0 || own.length === 0) return undefined;
  const step = ladder[c - 1]!;
  if (own.length === ladder.length) return own[c - 1];
  if (step.remove) return own[own.length - 1];
  const same = own.find((s) => !s.remove && ((s.facts && step.facts && JSON.stringify(s.facts) === JSON.stringify(step.facts)) || s.replacement === step.replacement));
  if (same) return same;
  const keep = own.filter((s) => !s.remove);
  return keep[Math.min(c, keep.length) - 1] ?? own[own.length - 1];
}

const STAND_OUT_KINDS: ReadonlySet<string> = new Set(['event', 'unusual']);

/** An event or a striking detail few people share: a rewrite that keeps it as written is not safe, whatever the numbers say. */
export function standsOut(f: Finding): boolean {
  if (!STAND_OUT_KINDS.has(f.kind) || f.identifier === 'direct') return false;
  const share = shareOf(f)?.central;
  return share !== undefined && share < STAND_OUT_SHARE;
}

/** A finding as the risk model sees it after a step; undefined when the step takes it out of the model. */
export function applyStep(f: Finding, step: LadderStep | undefined): Finding | undefined {
  if (!step) return f;
  if (step.remove || step.drop) return undefined;
  const changed = step.facts ? withFacts(f, step.facts) : f;
  const factor = factorOf(changed);
  return { ...changed, text: step.replacement || f.text, ...(factor !== undefined ? { factor } : {}) };
}

export const reasonText = (key: FixReason, lang: Lang): string => messages(lang).fix.reason[key];

/**
 * The least-loss combination of ladder steps that brings the text's level below `target`
 * (docs/risk-model.md §10). Direct identifiers of a person are always fixed first (they force
 * `critical`); then the quasi-identifiers are searched: exhaustively when the number of combinations is
 * small, else greedily (largest drop in the audiences' deficit per unit of loss) followed by a pass that undoes steps the
 * target does not need. Deterministic: ties go to the earlier finding.
 */
export function planFixes(result: FileResult, text: string, lexicon: Lexicon, options: PlanOptions): FixPlan {
  const lang = result.language;
  const riskOptions = options.riskOptions ?? {};
  const tokens = tokenize(text);
  const ladders = buildLadders(result.findings, { text, lang, lexicon, country: result.cues.country, tokens });
  const goal = (r: RiskResult) => levelRank(r.level) < levelRank(options.target);

  // Direct identifiers first.
  const forced: Variable[] = [];
  const vars: Variable[] = [];
  const byKey = new Map<string, Variable>();
  let manual = false;
  result.findings.forEach((finding, i) => {
    const ladder = ladders[i]!;
    if (finding.identifier === 'direct') {
      if (!isPersonalDirect(finding)) return;
      if (ladder.length === 0) manual = true;
      else forced.push({ finding, ladder, others: [], min: 1 });
    } else if (ladder.length > 0) {
      const key = detailKey(finding);
      const first = byKey.get(key);
      if (first) (first.others as Array<{ finding: Finding; ladder: LadderStep[] }>).push({ finding, ladder });
      else {
        const v: Variable = { finding, ladder, others: [], min: !options.keepStandOut && standsOut(finding) ? 1 : 0 };
        byKey.set(key, v);
        vars.push(v);
      }
    }
  });

  const evaluator = makeEvaluator(result, text, tokens, riskOptions, forced, vars);
  const before = result.risk;
  const zero = vars.map((v) => v.min);
  const lossOf = (choice: readonly number[]) => choice.reduce((s, c, i) => s + (c > 0 ? vars[i]!.ladder[c - 1]!.loss : 0), 0);

  let choice = zero;
  let method: FixPlan['method'] = 'none';
  const start = evaluator(zero);
  if (!goal(start)) {
    const limit = options.exhaustiveLimit ?? EXACT_BUDGET;
    // Cheapest first: every combination cheaper than the answer is tried, none dearer; past the budget, greedy.
    const exact = options.method === 'greedy' ? 'budget' : cheapestFirst(vars, evaluator, goal, lossOf, options.method === 'exhaustive' ? Infinity : limit);
    method = exact === 'budget' ? 'greedy' : 'exhaustive';
    // Nothing reaches the goal: every detail as general as its ladder goes.
    choice = exact === 'budget' ? greedy(vars, evaluator, goal, LEVELS[levelRank(options.target) - 1]) : exact === 'none' ? maximal(vars) : exact;
  }
  const after = evaluator(choice);
  const reached = goal(after) && !manual;
  const changes: Change[] = [];
  // Which audiences each change takes out of reach: those that recognize the person without it alone.
  const recognizing = (r: RiskResult) => new Set((r.audiences ?? []).filter((a) => a.recognizable).map((a) => a.audience));
  const still = recognizing(after);
  const outOfReach = (without: RiskResult): AudienceId[] => [...recognizing(without)].filter((a) => !still.has(a));
  const tag = (change: Change, audiences: AudienceId[]): Change => (audiences.length > 0 ? { ...change, outOfReach: audiences } : change);
  for (const v of forced) changes.push(tag(toChange(v.finding, v.ladder[0]!, text), outOfReach(evaluator(choice, v.finding))));
  vars.forEach((v, i) => {
    const c = choice[i]!;
    if (c <= 0) return;
    const audiences = outOfReach(evaluator(choice.map((x, j) => (j === i ? 0 : x))));
    changes.push(tag(toChange(v.finding, v.ladder[c - 1]!, text), audiences));
    for (const o of v.others) {
      const step = matchingStep(v.ladder, o.ladder, c);
      if (step) changes.push(tag(toChange(o.finding, step, text), audiences));
    }
  });
  const plan: FixPlan = { changes: disjoint(changes), before, after, reached, loss: round(lossOf(choice) + forced.reduce((s, v) => s + v.ladder[0]!.loss, 0)), method };
  if (!reached) {
    if (manual) plan.reason = reasonText('direct', lang);
    else if (after.level === 'low' && options.target === 'low') plan.reason = reasonText('person', lang);
    else plan.reason = reasonText('unique', lang);
  }
  return plan;
}

/**
 * Changes whose spans overlap (an address that takes the postcode after it along): a change inside
 * another one goes; a partial overlap is clipped so that every character is edited once.
 */
export function disjoint(changes: readonly Change[]): Change[] {
  const extent = (c: Change) => {
    const edits = c.edits ?? [{ start: c.start, end: c.end, text: c.replacement }];
    return { start: Math.min(...edits.map((e) => e.start)), end: Math.max(...edits.map((e) => e.end)) };
  };
  const sorted = [...changes].sort((a, b) => extent(a).start - extent(b).start || extent(b).end - extent(a).end);
  const out: Change[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (!last) {
      out.push(c);
      continue;
    }
    const a = extent(last);
    const b = extent(c);
    // Two removals that meet ("schizofrenie en " and " en een hechtingsstoornis") go as one.
    const removal = (x: Change) => !x.edits && x.replacement === '';
    if (b.start < a.end && b.end > a.end && removal(last) && removal(c)) {
      out[out.length - 1] = { ...last, end: b.end, original: last.original + c.original.slice(a.end - b.start) };
      continue;
    }
    if (b.start >= a.end) out.push(c);
    else if (b.end <= a.end) continue; // inside the previous change
    else if (!c.edits && c.end > a.end) out.push({ ...c, start: a.end, original: c.original.slice(a.end - c.start) });
  }
  return out;
}

function toChange(finding: Finding, step: LadderStep, text: string): Change {
  const start = step.span?.start ?? finding.start;
  const end = step.span?.end ?? finding.end;
  return { finding, start, end, original: text.slice(start, end), replacement: step.replacement, step, ...(step.edits ? { edits: step.edits } : {}) };
}

/** The risk for a choice of steps; `keep`: a forced change left out (to see what it alone prevents). */
type Evaluator = (choice: readonly number[], keep?: Finding) => RiskResult;

/** Re-estimates the risk for a choice of steps: modified findings, cues re-read for them. */
function makeEvaluator(result: FileResult, text: string, tokens: readonly Token[], riskOptions: RiskOptions, forced: readonly Variable[], vars: readonly Variable[]): Evaluator {
  const lang = result.language;
  const forcedSet = new Map(forced.map((v) => [v.finding, v.ladder[0]!]));
  const index = new Map<Finding, [number, LadderStep[]]>();
  vars.forEach((v, i) => {
    index.set(v.finding, [i, v.ladder]);
    for (const o of v.others) index.set(o.finding, [i, o.ladder]);
  });
  // The cues depend only on the dates, institutions and places: re-read them once per distinct choice of those.
  const cueKinds = new Set(['date', 'institution', 'place']);
  const cueVars = vars.map((v, i) => (cueKinds.has(v.finding.kind) ? i : -1)).filter((i) => i >= 0);
  const cueCache = new Map<string, TextCues>();
  const cache = new Map<string, RiskResult>();
  // A finding after a step is the same at every choice that takes that step: made once (the risk model
  // reads findings, never changes them).
  const stepped = new Map<Finding, Map<LadderStep, Finding | undefined>>();
  const after = (f: Finding, step: LadderStep | undefined): Finding | undefined => {
    if (!step) return f;
    let byStep = stepped.get(f);
    if (!byStep) stepped.set(f, (byStep = new Map()));
    if (!byStep.has(step)) byStep.set(step, applyStep(f, step));
    return byStep.get(step);
  };
  return (choice, keep) => {
    const key = keep ? `${choice.join(',')}|${keep.start}` : choice.join(',');
    const hit = cache.get(key);
    if (hit) return hit;
    const findings: Finding[] = [];
    for (const f of result.findings) {
      const forcedStep = f === keep ? undefined : forcedSet.get(f);
      const at = index.get(f);
      const step = forcedStep ?? (at ? matchingStep(vars[at[0]]!.ladder, at[1], choice[at[0]]!) : undefined);
      const g = after(f, step);
      if (g) findings.push(g);
    }
    const cueKey = cueVars.map((i) => choice[i]).join(',');
    let cues = cueCache.get(cueKey);
    if (!cues) {
      cues = riskCues(text, tokens, findings, lang);
      cueCache.set(cueKey, cues);
    }
    const risk = estimateRisk(findings, cues, riskOptions, lang, result.pseudonym, true);
    cache.set(key, risk);
    return risk;
  };
}

const maximal = (vars: readonly Variable[]): number[] => vars.map((v) => v.ladder.length);
// Combinations the exact search may try: a few milliseconds of re-estimates; a text that needs more is long.
const EXACT_BUDGET = 400;

/** Lexicographic tie-break: fewer changes, then the earlier findings less changed. */
function better(a: readonly number[], aLoss: number, b: readonly number[] | undefined, bLoss: number): boolean {
  if (!b) return true;
  if (aLoss < bLoss - 1e-9) return true;
  if (aLoss > bLoss + 1e-9) return false;
  const ca = a.filter((x) => x > 0).length;
  const cb = b.filter((x) => x > 0).length;
  if (ca !== cb) return ca < cb;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

interface Candidate {
  choice: number[];
  loss: number;
  /** The variable raised last: a candidate raises only it or later ones, so each combination comes once. */
  from: number;
}

/**
 * The least-loss combination that reaches the goal, trying combinations in order of loss (a heap: each
 * rung costs more than the one before, so a combination never costs less than the one it grew from).
 * The first that reaches the goal has the least loss; ties are broken as `better` says. 'none' when no
 * combination reaches the goal, 'budget' when `budget` combinations were tried without an answer.
 */
export function cheapestFirst(vars: readonly Variable[], evaluate: Evaluator, goal: (r: RiskResult) => boolean, lossOf: (c: readonly number[]) => number, budget = Infinity): number[] | 'none' | 'budget' {
  const heap = new MinHeap<Candidate>((a, b) => a.loss - b.loss);
  const first = vars.map((v) => v.min);
  heap.push({ choice: first, loss: lossOf(first), from: 0 });
  let best: number[] | undefined;
  let bestLoss = Infinity;
  for (let tried = 0; heap.size > 0; tried++) {
    const c = heap.pop()!;
    if (c.loss > bestLoss + 1e-9) break;
    if (tried >= budget && !best) return 'budget';
    if (better(c.choice, c.loss, best, bestLoss) && goal(evaluate(c.choice))) {
      best = c.choice;
      bestLoss = c.loss;
      continue; // what grows from it costs more
    }
    for (let i = c.from; i < vars.length; i++) {
      if (c.choice[i]! >= vars[i]!.ladder.length) continue;
      const choice = [...c.choice];
      choice[i]!++;
      heap.push({ choice, loss: lossOf(choice), from: i });
    }
  }
  return best ?? 'none';
}

/** A binary heap: the least element by `order` first. */
class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly order: (a: T, b: T) => number) {}
  get size(): number {
    return this.items.length;
  }
  push(item: T): void {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (this.order(a[i]!, a[parent]!) >= 0) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }
  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.order(a[l]!, a[m]!) < 0) m = l;
        if (r < a.length && this.order(a[r]!, a[m]!) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * How recognizable the text still is, as a number the search can bring down: minus the deficit of the
 * audiences that could recognize the person (docs/risk-model.md §11); +∞ when it no longer describes
 * anyone, −∞ while a direct identifier is left.
 */
function logE(r: RiskResult, allowed?: Level): number {
  if (r.level === 'none') return Infinity;
  if (r.scenario === 'direct') return -Infinity;
  return -recognitionDeficit(r.audiences ?? [], allowed);
}

/**
 * Greedy by the largest drop in the audiences' deficit (`logE`) per unit of added loss, any number of rungs
 * at once (a first rung may gain nothing where a second does); then undo what the target does not need.
 */
/** `allowed`: the highest level the rewrite may keep; audiences at or under it need no change. */
export function greedy(vars: readonly Variable[], evaluate: Evaluator, goal: (r: RiskResult) => boolean, allowed?: Level): number[] {
  const choice = vars.map((v) => v.min);
  const stepLoss = (i: number, c: number) => (c > 0 ? vars[i]!.ladder[c - 1]!.loss : 0);
  // One rung per round at most: as many rounds as there are rungs, no more.
  const rounds = vars.reduce((n, v) => n + v.ladder.length, 0);
  for (let guard = 0; guard <= rounds; guard++) {
    const current = evaluate(choice);
    if (goal(current)) break;
    const base = logE(current, allowed);
    let bestI = -1;
    let bestC = 0;
    let bestRatio = 0;
    let cheapI = -1;
    let cheapC = 0;
    let cheapCost = Infinity;
    for (let i = 0; i < vars.length; i++) {
      for (let c = choice[i]! + 1; c <= vars[i]!.ladder.length; c++) {
        const trial = [...choice];
        trial[i] = c;
        const r = evaluate(trial);
        const cost = stepLoss(i, c) - stepLoss(i, choice[i]!);
        const gain = goal(r) ? Infinity : logE(r, allowed) - base;
        const ratio = gain === Infinity ? 1e12 / cost : gain / cost;
        if (gain > 1e-12 && ratio > bestRatio + 1e-12) {
          bestRatio = ratio;
          bestI = i;
          bestC = c;
        }
        if (cost < cheapCost) {
          cheapCost = cost;
          cheapI = i;
          cheapC = c;
        }
      }
    }
    if (bestI === -1) {
      // Nothing helps on its own (another audience still recognizes the person): take the cheapest rung and go on.
      if (cheapI === -1) break;
      choice[cheapI] = cheapC;
    } else choice[bestI] = bestC;
  }
  if (!goal(evaluate(choice))) return choice;
  // Pruning: the most expensive steps first, each lowered as far as the target allows.
  for (let changed = true; changed; ) {
    changed = false;
    const order = choice.map((_, i) => i).filter((i) => choice[i]! > 0).sort((a, b) => stepLoss(b, choice[b]!) - stepLoss(a, choice[a]!) || a - b);
    for (const i of order) {
      const keep = choice[i]!;
      for (let c = vars[i]!.min; c < keep; c++) {
        choice[i] = c;
        if (goal(evaluate(choice))) {
          changed = true;
          break;
        }
        choice[i] = keep;
      }
    }
  }
  return choice;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
