import type { Figure, FindingOf } from '../../core/types.js';
import type { Stage } from '../../i18n/index.js';
import { ageShare } from '../../risk/shares.js';
import type { Edit, LadderStep } from '../types.js';
import { bits, COPULAS, copulaBefore, type Ctx, KIND_WEIGHT, monotone, nextToken, nounRun, predicateRemoval, prevToken, REMOVAL, roleInPlace, RUNG, tokenAfter } from './shared.js';

// ---------------------------------------------------------------------------------------------------
// Age

const STAGE_RANGE: Record<Stage, [number, number]> = { child: [0, 11], youth: [12, 17], adult: [18, 64], older: [65, 105] };
function stageOf(from: number, to: number): Stage {
  const mid = (from + to) / 2;
  return mid < 12 ? 'child' : mid < 18 ? 'youth' : mid < 65 ? 'adult' : 'older';
}

/** The gender the text gives its person, for "in her forties". */
function genderOf(ctx: Ctx): 'f' | 'm' | undefined {
  return ctx.findings.find((f): f is FindingOf<'gender'> => f.kind === 'gender')?.facts.gender;
}

export function ageLadder(f: FindingOf<'age'>, ctx: Ctx): LadderStep[] {
  const { from, to, form } = f.facts;
  const share = ageShare(from, to);
  const words = ctx.words;
  const lower = f.text.toLowerCase();
  const prev = prevToken(ctx, f.start);
  const steps: LadderStep[] = [];
  const w = KIND_WEIGHT['age']!;
  const removeLoss = w * (bits(share.central, 1) + REMOVAL + RUNG * 3);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return [{ replacement: '', loss: removeLoss, remove: true }];

  // The wider bands this age can become.
  const bands: Array<{ kind: 'decade' | 'stage'; from: number; to: number; stage?: Stage; decade?: number }> = [];
  const d = Math.floor(from / 10) * 10;
  if (from >= 20 && to < 100 && Math.floor(to / 10) * 10 === d && to - from < 9) bands.push({ kind: 'decade', from: d, to: d + 9, decade: d });
  const stage = stageOf(from, to);
  const [sf, st] = STAGE_RANGE[stage];
  if (st - sf > to - from && sf <= from && st >= to) bands.push({ kind: 'stage', from: sf, to: st, stage });
  else if (st - sf > to - from && (stage === 'older' || stage === 'adult')) bands.push({ kind: 'stage', from: Math.min(sf, from), to: Math.max(st, to), stage });

  const bandPhrase = (b: (typeof bands)[number]): string => words.decadePhrase(b.decade!, genderOf(ctx));
  const figureOf = (b: (typeof bands)[number]): Figure => ageShare(b.from, b.to);
  const lossOf = (fig: Figure, rung: number) => w * (bits(share.central, fig.central) + RUNG * rung);
  const push = (b: (typeof bands)[number], rung: number, replacement: string, extra: Partial<LadderStep> = {}) => {
    const figure = figureOf(b);
    steps.push({ replacement, loss: lossOf(figure, rung), facts: { from: b.from, to: b.to }, ...extra });
  };

  if (form === 'milestone') {
    // "haar 102de verjaardag" -> "haar verjaardag": the ordinal goes, the birthday stays.
    const noun = f.text.replace(/^\S+\s+/, '');
    steps.push({ replacement: noun === f.text ? '' : noun, loss: removeLoss, remove: true });
    return monotone(steps);
  }
  const attributive = /(?:jarig|jarige|year-old|years-old)$/.test(lower);
  const noun = attributive ? nounRun(ctx, f.end) : undefined;
  const inflected = /jarige$/.test(lower);

  if (attributive && noun && noun.start === nextToken(ctx, f.end)?.start && !/^leeftijd$/i.test(ctx.text.slice(noun.start, noun.end))) {
    // "een 45-jarige vrouw" -> "een vrouw in de veertig" / "een volwassen vrouw" / "een vrouw".
    const del: Edit = { start: f.start, end: noun.start, text: '' };
    for (const b of bands) {
      if (b.kind === 'decade') push(b, 1, bandPhrase(b), { edits: [del, { start: noun.end, end: noun.end, text: ` ${bandPhrase(b)}` }] });
      else push(b, 2, words.stageAdjective(b.stage!, inflected));
    }
    steps.push({ replacement: '', loss: removeLoss, remove: true, edits: [del] });
    return monotone(steps);
  }
  if (attributive) {
    // "de 45-jarige is ..." (the age is the noun): "de veertiger" / "de volwassene" / "de persoon".
    for (const b of bands) {
      if (b.kind === 'decade') push(b, 1, words.decadeNoun(b.decade!, genderOf(ctx)));
      else push(b, 2, words.stageNoun(b.stage!));
    }
    steps.push({ ...roleInPlace(ctx, f.start, f.end, true), loss: removeLoss, remove: true });
    return monotone(steps);
  }
  if (form === 'decade' || form === 'around' || form === 'stage' || form === 'school') {
    // Already a band ("in de veertig", "tiener", "groep 8"): a life stage if that is wider, then away.
    const single = f.text.trim().split(/\s+/).length === 1;
    const isNoun = single && !nounRun(ctx, f.end);
    for (const b of bands) if (b.kind === 'stage' && isNoun) push(b, 1, words.stageNoun(b.stage!));
    const span = prev && prev.lower === 'van' && /^(?:in|rond|begin|eind|midden|ergens)\b/i.test(f.text) ? { start: prev.start, end: f.end } : undefined;
    steps.push({ ...(isNoun ? roleInPlace(ctx, f.start, f.end, true) : { replacement: '' }), loss: removeLoss, remove: true, ...(span ? { span } : {}) });
    return monotone(steps);
  }
  const fronted = frontedAge(ctx, f, prev);
  if (fronted && (form === 'said' || form === 'exact')) {
    // "Eenennegentig is ze, en ze woont ..." -> "In de negentig is ze, en ..." / "Op leeftijd is ze, en ..." /
    // "Ze woont ...": the age stands first, its copula and subject after it go with it.
    for (const b of bands) {
      if (b.kind === 'decade') push(b, 1, bandPhrase(b));
      else push(b, 2, words.stagePredicate(b.stage!));
    }
    steps.push({ replacement: '', loss: removeLoss, remove: true, span: fronted });
    return monotone(steps);
  }
  const isCopula = !!prev && COPULAS.has(prev.lower);
  // "werd gisteren 104", "turned 104 yesterday": an age reached is a birthday ("was gisteren jarig", "had a birthday").
  const reached = !isCopula ? copulaBefore(ctx, f.start) : prev;
  const birthday = reached && (form === 'said' || form === 'exact') ? words.birthday(reached.lower) : undefined;
  if (reached && birthday) {
    steps.push({ replacement: birthday[1], loss: removeLoss * 0.9, remove: true, edits: [{ start: reached.start, end: reached.end, text: birthday[0] }, { start: f.start, end: f.end, text: birthday[1] }] });
    steps.push({ replacement: '', loss: removeLoss, remove: true, span: predicateRemoval(ctx, reached, f.end) });
    return monotone(steps);
  }
  if (isCopula && (form === 'said' || form === 'exact')) {
    // "is 45 (jaar oud)" -> "is in de veertig" / "is volwassen" / (the clause goes).
    for (const b of bands) {
      if (b.kind === 'decade') push(b, 1, bandPhrase(b));
      else push(b, 2, words.stagePredicate(b.stage!));
    }
    steps.push({ replacement: '', loss: removeLoss, remove: true, span: predicateRemoval(ctx, prev!, f.end) });
    return monotone(steps);
  }
  if (prev && prev.lower === 'van' && form === 'said') {
    // "een vrouw van 45" -> "een vrouw van in de veertig" -> "een vrouw".
    for (const b of bands) if (b.kind === 'decade') push(b, 1, bandPhrase(b));
    steps.push({ replacement: '', loss: removeLoss, remove: true, span: { start: prev.start, end: f.end } });
    return monotone(steps);
  }
  const betweenCommas = prev?.text === ',' && nextToken(ctx, f.end)?.text === ',';
  if (form === 'parenthesized' || form === 'listed' || betweenCommas) {
    const listed = form === 'listed' || betweenCommas;
    // "Mevrouw Jansen (45)" -> "(in de veertig)" -> "(volwassen)" -> gone; ", 24," likewise.
    for (const b of bands) push(b, b.kind === 'decade' ? 1 : 2, b.kind === 'decade' ? bandPhrase(b) : words.stageLabel(b.stage!));
    // "Cliënt, 34 jaar, woont ..." -> "Cliënt woont ...": both commas go with the age between them.
    const close = nextToken(ctx, f.end);
    const comma = listed && prev?.text === ',' ? { start: prev.start, end: close?.text === ',' && tokenAfter(ctx, close)?.type === 'word' && /^\p{Ll}/u.test(tokenAfter(ctx, close)!.text) ? close.end : f.end } : undefined;
    steps.push({ replacement: '', loss: removeLoss, remove: true, ...(comma ? { span: comma } : {}) });
    return monotone(steps);
  }
  // Anything else ("at 71", "aged 45", "op 45-jarige leeftijd"): the phrase as a whole.
  let span = { start: f.start, end: f.end };
  if (prev && ['at', 'aged', 'age', 'op'].includes(prev.lower)) span = { start: prev.start, end: f.end };
  const after = nextToken(ctx, f.end);
  if (after?.lower === 'leeftijd') span = { ...span, end: after.end };
  for (const b of bands) {
    if (b.kind === 'decade') push(b, 1, bandPhrase(b), { span });
    // "als volwassene" fits an adult only: "werd gisteren 101" does not become "werd gisteren als volwassene".
    else if (b.stage === 'adult') push(b, 2, words.asAdult, { span });
  }
  steps.push({ replacement: '', loss: removeLoss, remove: true, span });
  return monotone(steps);
}

/**
 * An age that opens its sentence as the predicate, verb second: "Eenennegentig is ze, en ze woont ...",
 * "Negentig is hij nu.". The span its removal takes: through the conjunction after the subject, or the
 * whole sentence when nothing else follows; undefined when the age is not fronted so.
 */
function frontedAge(ctx: Ctx, f: FindingOf<'age'>, prev: ReturnType<typeof prevToken>): { start: number; end: number } | undefined {
  if (prev && !/^[.!?:]$/.test(prev.text) && !/[\n\r]/.test(ctx.text.slice(prev.end, f.start))) return undefined;
  const copula = nextToken(ctx, f.end);
  const subject = copula ? tokenAfter(ctx, copula) : undefined;
  if (!copula || !COPULAS.has(copula.lower) || !subject || !FRONTED_SUBJECTS.has(subject.lower)) return undefined;
  let last = subject;
  for (let t = tokenAfter(ctx, last), n = 0; t && n < 2 && t.type === 'word' && ['nu', 'inmiddels', 'al', 'now', 'already'].includes(t.lower); t = tokenAfter(ctx, t), n++) last = t;
  const after = tokenAfter(ctx, last);
  const and = after?.text === ',' ? tokenAfter(ctx, after) : after;
  if (and && ['en', 'and', 'maar', 'but'].includes(and.lower)) return { start: f.start, end: tokenAfter(ctx, and)?.start ?? and.end };
  if (!after || /^[.!?]$/.test(after.text)) {
    let end = after ? after.end : last.end;
    while (end < ctx.text.length && /[ \t]/.test(ctx.text[end]!)) end++;
    return { start: f.start, end };
  }
  return undefined;
}
const FRONTED_SUBJECTS = new Set(['ze', 'zij', 'hij', 'she', 'he', 'meneer', 'mevrouw']);
