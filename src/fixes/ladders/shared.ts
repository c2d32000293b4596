import type { Finding, Lang } from '../../core/types.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import type { RewriteWords } from '../../i18n/index.js';
import { tokenIndexAt, type Token } from '../../text/tokenize.js';
import type { LadderStep } from '../types.js';

/**
 * What the ladder builders share (docs/risk-model.md §10): the loss model, the context, the token helpers.
 * Each step carries what the risk model needs to re-estimate (a new share, a new base population, a new
 * time window) and an information loss that grows along the ladder.
 *
 * Loss: the identifying information the step gives up, in bits (log2 of how much the matching set grows),
 * plus half a unit per rung (each rung is a further edit to the writer's text) and one unit for a removal
 * (a gap in the story), weighted by how much the detail matters to what the text is about: the diagnosis
 * is usually the point of a care post; the date and the institution rarely are, and most of the
 * protection comes from removing the place and the time (the worked example, docs/risk-model.md §5.5).
 */
export const KIND_WEIGHT: Readonly<Record<string, number>> = {
  diagnosis: 1.5,
  event: 1.2,
  profession: 1,
  age: 1,
  nationality: 1,
  family: 1,
  unusual: 1,
  place: 0.8,
  date: 0.6,
  institution: 0.6,
};
export const RUNG = 0.5;
export const REMOVAL = 1;

export interface LadderContext {
  text: string;
  lang: Lang;
  lexicon: Lexicon;
  /** All findings of the text (neighbours matter: the gender for "in her forties", a place after an address). */
  findings: readonly Finding[];
  /** The text's country code (FileResult.cues.country). */
  country?: string;
  tokens?: readonly Token[];
}


/** A ladder builder's view of the text: its tokens and the wording of its language. */
export interface Ctx extends LadderContext {
  tokens: readonly Token[];
  /** The wording of the rewrites, in the text's language. */
  words: RewriteWords;
}


const log2 = Math.log2;
export const bits = (from: number, to: number): number => (from > 0 && to > from ? log2(to / from) : 0);

/** Strictly increasing losses: each rung costs at least a little more than the one before (new steps, the input is left alone). */
export function monotone(steps: readonly LadderStep[]): LadderStep[] {
  let prev = 0;
  return steps.map((s) => {
    const loss = Math.round((s.loss <= prev ? prev + 0.01 : s.loss) * 1000) / 1000;
    prev = loss;
    return loss === s.loss ? s : { ...s, loss };
  });
}

// ---------------------------------------------------------------------------------------------------
// Token helpers

/** The last token ending at or before `offset` (binary search: called for every finding). */
export function prevToken(ctx: Ctx, offset: number): Token | undefined {
  let k = tokenIndexAt(ctx.tokens, offset);
  while (k >= 0 && ctx.tokens[k]!.end > offset) k--;
  return k >= 0 ? ctx.tokens[k] : undefined;
}
/** The first token starting at or after `offset`. */
export function nextToken(ctx: Ctx, offset: number): Token | undefined {
  let k = tokenIndexAt(ctx.tokens, offset);
  while (k < ctx.tokens.length && ctx.tokens[k]!.start < offset) k++;
  return ctx.tokens[k];
}
export const tokenBefore = (ctx: Ctx, t: Token | undefined): Token | undefined => (t && t.index > 0 ? ctx.tokens[t.index - 1] : undefined);
export const tokenAfter = (ctx: Ctx, t: Token | undefined): Token | undefined => (t ? ctx.tokens[t.index + 1] : undefined);

export const COPULAS = new Set(['is', 'was', 'wordt', 'werd', 'ben', 'bent', 'zijn', 'waren', 'word', 'turned', 'turns', 'became', 'becomes', 'is now', 'blijkt', 'bleek']);
export const DETERMINERS = new Set(['de', 'het', 'een', "'n", 'deze', 'die', 'dit', 'dat', 'haar', 'zijn', 'hun', 'diens', 'mijn', 'onze', 'ons', 'uw', 'the', 'a', 'an', 'this', 'that', 'her', 'his', 'their', 'its', 'my', 'our', 'your']);
// Words that end the noun after an attributive age ("een 45-jarige vrouw | uit ...").
export const NOUN_STOP = new Set([
  'is', 'was', 'wordt', 'werd', 'heeft', 'had', 'hebben', 'komt', 'kwam', 'zit', 'zat', 'ligt', 'lag', 'woont', 'woonde', 'werkt', 'werkte',
  'uit', 'in', 'met', 'van', 'op', 'bij', 'naar', 'die', 'dat', 'en', 'of', 'maar', 'om', 'te', 'voor', 'door', 'aan', 'over', 'zonder', 'na',
  'from', 'with', 'of', 'at', 'on', 'by', 'to', 'who', 'that', 'which', 'and', 'or', 'but', 'has', 'have', 'was', 'were', 'is', 'are', 'came',
  'comes', 'lives', 'lived', 'works', 'worked', 'for', 'after', 'without', 'near', 'as', 'als', 'ze', 'zij', 'hij', 'she', 'he', 'they', 'we',
  'wij', 'ik', 'i', 'er', 'there', 'werd', 'wordt', 'zal', 'will', 'would', 'kan', 'can', 'could', 'moet', 'must',
]);

/** The noun (run) an attributive age describes: "vrouw", "long-haul trucker"; undefined when none follows. */
export function nounRun(ctx: Ctx, end: number): { start: number; end: number } | undefined {
  let t = nextToken(ctx, end);
  if (!t || t.type !== 'word' || !t.gapBefore) return undefined;
  const start = t.start;
  let last: Token | undefined;
  for (let n = 0; t && n < 3; n++) {
    if (t.type !== 'word' || NOUN_STOP.has(t.lower)) break;
    if (t.text[0] !== t.lower[0]) break; // a name or a new sentence
    last = t;
    // Hyphen-joined words belong together ("long-haul", "ex-verpleegkundige").
    let next = tokenAfter(ctx, t);
    while (next?.text === '-' && !next.gapBefore && tokenAfter(ctx, next)?.type === 'word' && !tokenAfter(ctx, next)!.gapBefore) {
      last = tokenAfter(ctx, next)!;
      next = tokenAfter(ctx, last);
    }
    t = next;
    if (!t || !t.gapBefore) break;
    // Only adjectives (Dutch -e, English before a noun) can be followed by another word of the run.
    if (ctx.lang === 'nl' && !/e$/.test(last.lower)) break;
    if (ctx.lang === 'en' && n === 0 && NOUN_STOP.has(t.lower)) break;
    if (ctx.lang === 'en' && !/(?:ed|ing|al|ic|ful|ous|ive|ish|-)$/.test(last.lower) && !/-/.test(ctx.text.slice(start, last.end))) break;
  }
  return last ? { start, end: last.end } : undefined;
}

/** "is 45", "Ze is burgemeester": the span to delete with the copula, or the whole sentence ("Hij is 45."). */
export function predicateRemoval(ctx: Ctx, copula: Token, end: number): { start: number; end: number } {
  const after = nextToken(ctx, end);
  if (after && (after.text === ',' || after.lower === 'en' || after.lower === 'and')) return { start: copula.start, end: after.end };
  if (after && /^[.!?]$/.test(after.text)) {
    // A sentence that only says this ("Hij is 45.") goes as a whole.
    let words = 0;
    let first = copula;
    for (let t = tokenBefore(ctx, copula); t && !/^[.!?]$/.test(t.text) && !/[\n\r]/.test(ctx.text.slice(t.end, first.start)); t = tokenBefore(ctx, t)) {
      if (t.type === 'word' || t.type === 'number') words++;
      first = t;
    }
    if (words <= 2) {
      let stop = after.end;
      while (stop < ctx.text.length && /[ \t]/.test(ctx.text[stop]!)) stop++;
      return { start: first.start, end: stop };
    }
  }
  return { start: copula.start, end };
}


export const PRE_ADJECTIVES = new Set(['voormalig', 'oud', 'ex', 'gepensioneerd', 'former', 'retired', 'local', 'plaatselijk', 'bekend', 'famous', 'well-known']);

/** "de burgemeester", "De 45-jarige burgemeester", "the retired nurse": a determiner before the noun phrase. */
export function hasDeterminer(ctx: Ctx, prev: Token | undefined): boolean {
  for (let t = prev, n = 0; t && n < 6; t = tokenBefore(ctx, t), n++) {
    if (DETERMINERS.has(t.lower)) return true;
    const inAge = ctx.findings.some((x) => x.kind === 'age' && x.start <= t!.start && t!.end <= x.end);
    const adjective = t.type === 'word' && t.text[0] === t.lower[0] && (PRE_ADJECTIVES.has(t.lower) || ctx.words.adjectiveEnding.test(t.lower));
    if (!inAge && !adjective && t.text !== '-') return false;
  }
  return false;
}

