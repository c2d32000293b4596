import type { Finding, Lang } from '../../core/types.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import type { RewriteWords } from '../../i18n/index.js';
import { isAdverbialConjunction } from '../../text/conjunctions.js';
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
/**
 * A word that opens a predicate, not a verb phrase: "(is 57,) gewezen rijkswachter", "een vrouw van",
 * "a former policeman", "gepensioneerd". An article, an adjective of a former role, or a Dutch participle
 * ("ge...en", "ge...d/t"); a finite verb ("woont", "heeft") opens a verb phrase that takes the subject.
 */
function predicateWord(t: Token): boolean {
  return t.type === 'word' && (PRE_ADJECTIVES.has(t.lower) || ['een', 'a', 'an'].includes(t.lower) || /^ge\p{L}{3,}(?:en|d|t)$/u.test(t.lower));
}

export function predicateRemoval(ctx: Ctx, copula: Token, end: number): { start: number; end: number } {
  const after = nextToken(ctx, end);
  // "is weduwnaar, 74 jaar en ...": one of a list of predicates goes with its comma, the copula serves the others.
  const following = after?.text === ',' ? tokenAfter(ctx, after) : undefined;
  if (following && (following.type === 'number' || predicateWord(following) || ctx.findings.some((x) => x.start === following.start && x.kind !== 'gender'))) {
    return { start: nextToken(ctx, copula.end)!.start, end: following.start };
  }
  // "Hij is de jongste van zes en zijn vader zit ...": a clause with a subject of its own follows, so the
  // first clause goes whole; otherwise the subject serves the next verb ("is 45 en heeft ...").
  const nextSubject = tokenAfter(ctx, after);
  if (after && (after.lower === 'en' || after.lower === 'and') && nextSubject && (SUBJECT_START.has(nextSubject.lower) || DETERMINERS.has(nextSubject.lower))) {
    let first = copula;
    for (let t = tokenBefore(ctx, copula); t && !/^[.!?;]$/.test(t.text) && !/[\n\r]/.test(ctx.text.slice(t.end, first.start)); t = tokenBefore(ctx, t)) first = t;
    return { start: first.start, end: nextSubject.start };
  }
  // "is gewezen rijkswachter, en heeft": the comma and the conjunction after it go together.
  const and = after?.text === ',' ? tokenAfter(ctx, after) : undefined;
  if (after && and && (and.lower === 'en' || and.lower === 'and')) return { start: copula.start, end: and.end };
  if (after && (after.text === ',' || after.lower === 'en' || after.lower === 'and')) return { start: copula.start, end: after.end };
  if (after && /^[.!?;]$/.test(after.text)) {
    // A sentence that only says this ("Hij is 45.", "Ze is de jongste van drie;") goes as a whole.
    let words = 0;
    let ownWords = -1;
    let first = copula;
    for (let t = tokenBefore(ctx, copula); t && !/^[.!?;]$/.test(t.text) && !/[\n\r]/.test(ctx.text.slice(t.end, first.start)); t = tokenBefore(ctx, t)) {
      if (t.text === ',' && ownWords < 0) ownWords = words;
      if (t.type === 'word' || t.type === 'number') words++;
      first = t;
    }
    // "After he set fire to his flat, he was sectioned.": without its main clause the clause before it cannot stand.
    const subordinate = ownWords >= 0 && ownWords <= 2 && (SUBORDINATORS.has(first.lower) || LEADING_SUBORDINATORS.has(first.lower));
    if (words <= 2 || subordinate) {
      let stop = after.end;
      while (stop < ctx.text.length && /[ \t]/.test(ctx.text[stop]!)) stop++;
      return { start: first.start, end: stop };
    }
  }
  return { start: copula.start, end };
}


export const PRE_ADJECTIVES = new Set(['voormalig', 'voormalige', 'gewezen', 'vroegere', 'oud', 'ex', 'gepensioneerd', 'gepensioneerde', 'former', 'retired', 'local', 'plaatselijk', 'bekend', 'famous', 'well-known']);

/** "de burgemeester", "De 45-jarige burgemeester", "the retired nurse": a determiner before the noun phrase. */
export function hasDeterminer(ctx: Ctx, prev: Token | undefined): boolean {
  return determinerOf(ctx, prev) !== undefined;
}

const DEFINITE = new Set(['de', 'het', 'die', 'deze', 'dat', 'dit', 'haar', 'zijn', 'mijn', 'onze', 'ons', 'hun']);
const SUBJECT_PRONOUNS = new Set(['ze', 'zij', 'hij', 'we', 'wij', 'ik', 'je', 'jij', 'u', 'jullie', 'men']);

/**
 * Dutch puts the verb second: without "Vandaag" in "Vandaag komt een vrouw ..." the sentence would start
 * with the verb. An indefinite subject takes "Er" ("Er komt een vrouw ..."); a pronoun moves to the front
 * ("Gisteren werd ze opgenomen" -> "Ze werd opgenomen").
 */
export function dutchInversion(ctx: Ctx, start: number, end: number): Pick<LadderStep, 'replacement' | 'span' | 'edits'> {
  if (!ctx.words.verbSecond) return { replacement: '' };
  const before = prevToken(ctx, start);
  const initial = !before || /^[.!?]$/.test(before.text) || /[\n\r]/.test(ctx.text.slice(before.end, start));
  const verb = nextToken(ctx, end);
  if (!initial || !verb || verb.type !== 'word' || verb.text[0] !== verb.lower[0]) return { replacement: '' };
  const subject = tokenAfter(ctx, verb);
  if (subject && SUBJECT_PRONOUNS.has(subject.lower)) return { replacement: `${subject.lower} ${verb.text}`, span: { start, end: subject.end } };
  if (subject && (subject.lower === 'een' || subject.lower === 'twee' || subject.lower === 'drie')) return { replacement: 'er', span: { start, end } };
  // "Vandaag komt de heftigste psychoot allertijden naar de afdeling" -> "De heftigste psychoot allertijden komt naar de afdeling".
  if (subject && DEFINITE.has(subject.lower)) {
    let last: Token | undefined;
    for (let t: Token | undefined = subject, n = 0; t && n < 6 && t.type === 'word' && (t === subject || !NOUN_STOP.has(t.lower)); t = tokenAfter(ctx, t), n++) last = t;
    const nextWord = last ? tokenAfter(ctx, last) : undefined;
    if (last && last !== subject && nextWord && (nextWord.type === 'punct' || NOUN_STOP.has(nextWord.lower))) {
      // As two edits, so that changes inside the subject do not collide with this one.
      return { replacement: '', edits: [{ start, end: subject.start, text: '' }, { start: last.end, end: last.end, text: ` ${verb.text}` }] };
    }
  }
  return { replacement: '' };
}

/** The tokens of [start, end). */
export function tokensIn(ctx: Ctx, start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let t = nextToken(ctx, start); t && t.end <= end; t = tokenAfter(ctx, t)) out.push(t);
  return out;
}

/** The determiner of the noun phrase that ends just before `prev` + 1 ("de", "haar", "the" before adjectives). */
export function determinerOf(ctx: Ctx, prev: Token | undefined): Token | undefined {
  for (let t = prev, n = 0; t && n < 6; t = tokenBefore(ctx, t), n++) {
    if (DETERMINERS.has(t.lower)) return t;
    const inAge = ctx.findings.some((x) => x.kind === 'age' && x.start <= t!.start && t!.end <= x.end);
    const adjective = t.type === 'word' && t.text[0] === t.lower[0] && (PRE_ADJECTIVES.has(t.lower) || ctx.words.adjectiveEnding.test(t.lower));
    if (!inAge && !adjective && t.text !== '-') return undefined;
  }
  return undefined;
}

/** The copula a predicate hangs on: "is moeder van vier", "is de jongste", "was an only child". */
export function copulaBefore(ctx: Ctx, start: number): Token | undefined {
  let prev = prevToken(ctx, start);
  // "is gewezen rijkswachter", "is a retired nurse": the role's adjective is part of the predicate.
  if (prev && PRE_ADJECTIVES.has(prev.lower)) prev = tokenBefore(ctx, prev);
  if (prev && ['de', 'het', 'een', 'the', 'a', 'an'].includes(prev.lower)) prev = tokenBefore(ctx, prev);
  // "was vroeger burgemeester", "is now a nurse".
  for (let n = 0; prev && n < 2 && COPULA_ADVERBS.has(prev.lower); n++) prev = tokenBefore(ctx, prev);
  return prev && COPULAS.has(prev.lower) ? prev : undefined;
}

const SUBJECT_PRONOUNS_AND_POSSESSIVES = new Set(['hij', 'ze', 'zij', 'he', 'she', 'they', 'het', 'it']);
const COPULA_ADVERBS = new Set(['gisteren', 'vandaag', 'onlangs', 'net', 'yesterday', 'today', 'recently', 'just', 'vroeger', 'ooit', 'nu', 'al', 'nog', 'eerder', 'jarenlang', 'lang', 'once', 'formerly', 'now', 'still', 'previously', 'already', 'also', 'ook']);
// Prepositions a detail hangs on; the rewrite (src/fixes/rewrite.ts) takes them along when the detail goes.
const HANGS_ON = new Set(['uit', 'in', 'te', 'van', 'bij', 'met', 'op', 'naar', 'aan', 'voor', 'na', 'from', 'of', 'with', 'at', 'on', 'to', 'by', 'for', 'after']);

/**
 * Removing a noun phrase where it stands: one of a pair or a list goes with its conjunction or comma ("ADHD
 * en een hechtingsstoornis" -> "ADHD"); a predicate with its copula ("is burgemeester"), or its clause when
 * more follows ("en was vroeger burgemeester van Kapelle"); after a preposition the words go alone (the
 * rewrite takes the preposition); a subject, an object or "als ..." takes its clause.
 */
export function removalInContext(ctx: Ctx, start: number, end: number): Pick<LadderStep, 'replacement' | 'span'> {
  const CONJUNCTIONS = ctx.words.conjunctions;
  const copula = copulaBefore(ctx, start);
  if (ctx.text[start - 1] === '#') return { replacement: '' }; // a hashtag goes whole (see polish in ../ladders.ts)
  const prev = prevToken(ctx, start);
  const det = determinerOf(ctx, prev);
  // "Retired bus driver and an absolute gent": an adjective of the role ("retired", "voormalig") goes with it.
  const adjective = !det && prev && PRE_ADJECTIVES.has(prev.lower) ? prev : undefined;
  const from = det?.start ?? adjective?.start ?? start;
  const before = prevToken(ctx, from);
  const next = nextToken(ctx, end);
  const ends = !next || (next.type === 'punct' && next.text !== '-') || CONJUNCTIONS.has(next.lower);
  // One of a pair or a list: the other conjunct is a detail too, or a noun phrase of its own ("en een ...").
  const detailAt = (t: Token | undefined, side: 'end' | 'start') => !!t && ctx.findings.some((x) => (side === 'end' ? x.end === t.end : x.start === t.start) && x.kind !== 'gender');
  const conjunct = before && (CONJUNCTIONS.has(before.lower) || before.text === ',') ? tokenBefore(ctx, before) : undefined;
  if (before && conjunct && ends && (detailAt(conjunct, 'end') || (before.text === ',' && conjunct.type === 'word'))) return { replacement: '', span: { start: before.start, end } };
  const other = next && CONJUNCTIONS.has(next.lower) ? tokenAfter(ctx, next) : undefined;
  if (next && other && (detailAt(other, 'start') || (DETERMINERS.has(other.lower) && !SUBJECT_PRONOUNS_AND_POSSESSIVES.has(other.lower)))) return { replacement: '', span: { start: from, end: other.start } };
  if (next?.text === ',' && before && (before.text === ':' || before.text === ',')) return { replacement: '', span: { start: from, end: tokenAfter(ctx, next)?.start ?? next.end } };
  if (copula) return { replacement: '', span: ends ? predicateRemoval(ctx, copula, end) : clauseRemoval(ctx, start, end) };
  // "werkt als mosselkweker in Yerseke" -> "werkt in Yerseke": the role goes with its "als".
  // At the end of its clause ("en werkt als postbode."), the verb would be left alone: the clause goes.
  if (before && (before.lower === 'als' || before.lower === 'as')) return next && /^[.!?;]$/.test(next.text) ? clauseOf(ctx, start, end) : { replacement: '', span: { start: before.start, end } };
  if (before && HANGS_ON.has(before.lower) && !det) return { replacement: '' };
  // "the star running back at ...": a noun before it with its own determiner still makes a noun phrase.
  const detBefore = tokenBefore(ctx, before);
  if (!det && before?.type === 'word' && before.text[0] === before.lower[0] && detBefore && DETERMINERS.has(detBefore.lower) && !copula) return { replacement: '' };
  if (before && HANGS_ON.has(before.lower) && det) return { replacement: '', span: { start: from, end } };
  if (!before || /^[.!?:;]$/.test(before.text) || /[\n\r]/.test(ctx.text.slice(before.end, from))) {
    // A list item or a heading ("Diagnose: schizofrenie"); a subject at the start of a sentence takes its clause.
    return next && next.type === 'word' && next.text[0] === next.lower[0] && !det ? clauseOf(ctx, start, end) : det ? clauseOf(ctx, start, end) : { replacement: '' };
  }
  return clauseOf(ctx, start, end);
}

function clauseOf(ctx: Ctx, start: number, end: number): Pick<LadderStep, 'replacement' | 'span'> {
  const c = clauseRemoval(ctx, start, end);
  return { replacement: c.text ?? '', span: { start: c.start, end: c.end } };
}

// Words that open a subordinate or relative clause. After a comma "die", "dat", "that" do too.
const SUBORDINATORS = new Set([
  'toen', 'omdat', 'nadat', 'terwijl', 'zodat', 'waar', 'waarbij', 'waardoor', 'waarna', 'waarin', 'wat', 'wie', 'voordat', 'zodra', 'hoewel', 'totdat', 'tot',
  'when', 'because', 'while', 'whilst', 'until', 'where', 'who', 'which', 'whose', 'whom', 'although', 'though', 'before', 'once',
]);
// Prepositions that open a phrase after a comma without a verb of its own ("op weg naar ...", "on the way to").
const ADJUNCT_OPENERS = new Set(['op', 'onderweg', 'met', 'zonder', 'on', 'with', 'without']);
const AFTER_COMMA = new Set(['die', 'dat', 'that', 'after', 'since', 'sinds']);
// Words that are prepositions before a noun and subordinators before a subject ("Sinds de brand", "Sinds hij viel").
const LEADING_SUBORDINATORS = new Set(['sinds', 'since', 'after']);
const ENGLISH_SUBJECTS = new Set(['i', 'you', 'he', 'she', 'we', 'they']);
const RELATIVE_VERBS = new Set(['was', 'is', 'were', 'are', 'had', 'has', 'have', 'made', 'went', 'got', 'became']);
const NUMBER_WORD = /^(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|two|three|four|five|six|seven|eight|nine|ten)$/;
const COORDINATORS = new Set(['en', 'maar', 'want', 'dus', 'and', 'but', 'so']);
const SUBJECT_START = new Set(['ik', 'je', 'jij', 'u', 'hij', 'ze', 'zij', 'we', 'wij', 'jullie', 'het', 'er', 'i', 'you', 'he', 'she', 'we', 'they', 'it', 'there', 'zijn', 'haar', 'hun', 'mijn', 'onze', 'his', 'her', 'their', 'my', 'our', 'de', 'the']);

/** A sentence end: not the point of an abbreviation or an initial ("mw. De Wit", "J. Smit"). */
function endsSentence(s: string, i: number): boolean {
  const c = s[i]!;
  if (c === '\n' || c === '\r' || c === ';' || c === '!' || c === '?') return true;
  if (c !== '.') return false;
  if (/^\.[ \t]+\p{Ll}/u.test(s.slice(i, i + 3)) || /^\.\p{L}/u.test(s.slice(i, i + 2))) return false;
  const word = /(\p{L}+)$/u.exec(s.slice(Math.max(0, i - 12), i));
  return !(word && word[1]!.length === 1);
}

// Finite verbs that no ending shows ("Since his wife was ill,", "Sinds zijn vrouw overleed,").
const IRREGULAR_FINITE = new Set(['was', 'were', 'had', 'is', 'are', 'has', 'went', 'came', 'died', 'fell', 'werd', 'kwam', 'ging', 'overleed', 'viel', 'stierf', 'zat', 'lag', 'stond']);
/** "Since his wife moved ...,": a finite verb before the first comma makes the opening a clause, not a phrase ("Since the fire,"). */
function verbBeforeComma(ctx: Ctx, toks: readonly Token[]): boolean {
  for (let i = 1; i < toks.length && i <= 12; i++) {
    const t = toks[i]!;
    if (t.text === ',') return i >= 3;
    if (t.type === 'word' && i >= 2 && (ctx.words.pastVerb.test(t.lower) || IRREGULAR_FINITE.has(t.lower)) && t.text === t.lower) {
      for (let j = i + 1; j < toks.length && j <= 14; j++) if (toks[j]!.text === ',') return true;
      return false;
    }
  }
  return false;
}

interface Clause {
  /** The first token of the clause (a subordinator or conjunction included). */
  first: Token;
  /** The comma before it, if any. */
  comma?: Token;
  type: 'main' | 'sub' | 'coord' | 'list';
}

/**
 * The clause a detail is part of, when the words around it cannot stand without it ("het stond met foto
 * in De Stentor", "Haar broer zit in de gevangenis"). A subordinate or relative clause goes with the comma
 * before it (and the one after it, between commas); a clause joined by "en" with its conjunction, one
 * after a semicolon with the semicolon, a later part of a list with its comma; a first clause before "en"
 * with the conjunction. Otherwise the whole sentence goes, with the spaces after it.
 */
export function clauseRemoval(ctx: Ctx, start: number, end: number): { start: number; end: number; text?: string } {
  const s = ctx.text;
  let a = start;
  while (a > 0 && !endsSentence(s, a - 1)) a--;
  let b = end;
  while (b < s.length && !endsSentence(s, b)) b++;
  const whole = (): { start: number; end: number } => {
    if (a > 0 && s[a - 1] === ';') return { start: a - 1, end: b };
    let e = b < s.length && /[.!?;]/.test(s[b]!) ? b + 1 : b;
    while (e < s.length && /[ \t]/.test(s[e]!)) e++;
    let st = a;
    while (st < start && /\s/.test(s[st]!)) st++;
    return { start: st, end: e };
  };
  const toks = tokensIn(ctx, a, b);
  if (toks.length === 0) return whole();
  // The clauses of the sentence.
  // "Sinds hij ... reed, loopt hij": a preposition that opens the sentence with a subject after it opens a clause.
  const opens = SUBORDINATORS.has(toks[0]!.lower) || (LEADING_SUBORDINATORS.has(toks[0]!.lower) && !!toks[1] && (SUBJECT_PRONOUNS.has(toks[1].lower) || ENGLISH_SUBJECTS.has(toks[1].lower) || verbBeforeComma(ctx, toks)));
  const clauses: Clause[] = [{ first: toks[0]!, type: opens ? 'sub' : 'main' }];
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1]!;
    if (t.type === 'punct') continue;
    if (prev.text === ',' || prev.text === ':') {
      const type = SUBORDINATORS.has(t.lower) || AFTER_COMMA.has(t.lower) ? 'sub' : COORDINATORS.has(t.lower) ? 'coord' : 'list';
      clauses.push({ first: t, comma: prev, type });
    } else if (SUBORDINATORS.has(t.lower) && !['tot', 'before', 'once', 'wat', 'wie'].includes(t.lower) && !isAdverbialConjunction(toks, i)) clauses.push({ first: t, type: 'sub' });
    // "the attack that was all over the news": a relative clause whose verb follows its pronoun at once.
    else if (t.lower === 'that' && toks[i + 1] && RELATIVE_VERBS.has(toks[i + 1]!.lower) && prev.type === 'word') clauses.push({ first: t, type: 'sub' });
    else if (COORDINATORS.has(t.lower) && toks[i + 1]) {
      // "en hij woont ...": a new clause; "en staat onder bewind", "and has been ...": a verb phrase that
      // shares the subject, which can go on its own but cannot be the first one to go.
      const subject = SUBJECT_START.has(toks[i + 1]!.lower) || (toks[i + 1]!.type === 'word' && toks[i + 1]!.text[0] !== toks[i + 1]!.lower[0]);
      clauses.push({ first: t, type: subject ? 'coord' : 'list' });
    }
  }
  let k = 0;
  for (let i = 0; i < clauses.length; i++) if (clauses[i]!.first.start <= start) k = i;
  let last = k;
  while (clauses[last + 1] && clauses[last + 1]!.first.start < end) last++;
  const clause = clauses[k]!;
  const next = clauses[last + 1];
  const stop = next ? (next.comma ?? next.first).start : b;
  const firstIsMain = clauses[0]!.type === 'main';
  if (k > 0 && (clause.type === 'sub' || clause.type === 'coord' || (clause.type === 'list' && firstIsMain))) {
    const from = clause.comma?.start ?? clause.first.start;
    // "...: op 2 mei reed hij de A28 op, op weg naar zijn volkstuin.": a phrase after the comma that opens with a
    // preposition has no verb of its own and goes with the clause it belongs to.
    const after = clauses[last + 2];
    if (next?.comma && next.type === 'list' && ADJUNCT_OPENERS.has(next.first.lower) && clause.comma?.text === ':') return { start: from, end: after ? (after.comma ?? after.first).start : b };
    // Between commas ("Haar zus, die ... woont, komt"): both commas go.
    if (clause.comma && next?.comma && next.type !== 'sub' && next.type !== 'coord') return { start: from, end: next.comma.end };
    return { start: from, end: stop };
  }
  if (k === 0 && next && clause.type === 'main' && next.type === 'coord') {
    // "Zijn broer zit vast en hij woont in Goes": the first clause goes with the conjunction.
    return { start: clause.first.start, end: tokenAfter(ctx, next.first)?.start ?? next.first.end };
  }
  if (k === 0 && next && clause.type === 'main' && next.type === 'list' && !next.comma && COORDINATORS.has(next.first.lower)) {
    // "Hij staat onder curatele en woont in Goes": the subject stays with the second verb phrase.
    const first = clause.first;
    const second = tokenAfter(ctx, first);
    const subject = SUBJECT_START.has(first.lower) && !DETERMINERS.has(first.lower) ? first : DETERMINERS.has(first.lower) && second?.type === 'word' ? second : undefined;
    const verb = subject ? tokenAfter(ctx, subject) : undefined;
    const rest = tokenAfter(ctx, next.first);
    const phrase = !rest || rest.type === 'number' || DETERMINERS.has(rest.lower) || NUMBER_WORD.test(rest.lower);
    if (verb && rest && !phrase && verb.start <= start) return { start: verb.start, end: rest.start };
  }
  if (k === 0 && next?.comma && clause.type === 'sub' && next.type !== 'sub') {
    // "Toen ze vijftien was, beviel ze": the main clause stays, in Dutch with its subject brought forward.
    const inversion = dutchInversion(ctx, clause.first.start, next.comma.end);
    if (inversion.span && !inversion.edits) return { start: clause.first.start, end: inversion.span.end, text: inversion.replacement };
    if (!ctx.words.verbSecond) return { start: clause.first.start, end: next.first.start };
  }
  return whole();
}

/**
 * What a noun for the person becomes when its detail goes: a role, never "persoon". The noun that says who
 * it is by gender when the text gives one ("de 45-jarige" -> "de vrouw"), else "iemand" in place of the
 * whole noun phrase ("met de pastor" -> "met iemand", "De burgemeester van Goes" -> "Iemand van Goes").
 */
export function roleInPlace(ctx: Ctx, start: number, end: number, byGender: boolean): { replacement: string; span?: { start: number; end: number } } {
  const gender = byGender ? ctx.findings.find((f) => f.kind === 'gender')?.facts : undefined;
  const det = determinerOf(ctx, prevToken(ctx, start));
  if (gender && 'gender' in gender && (gender.gender === 'f' || gender.gender === 'm')) {
    const noun = ctx.words.genderNoun(gender.gender);
    return { replacement: det ? noun : ctx.words.indefinite(noun) };
  }
  // "De burgemeester van Kapelle" -> "Iemand uit Kapelle": the role's place becomes where the someone is from.
  const of = nextToken(ctx, end);
  const place = of ? tokenAfter(ctx, of) : undefined;
  const from = of && (of.lower === 'van' || of.lower === 'of') && place && (ctx.findings.some((x) => x.kind === 'place' && x.start === place.start) || (place.type === 'word' && place.text[0] !== place.lower[0]));
  const stop = from ? of.end : end;
  const someone = from ? `${ctx.words.someone} ${ctx.words.fromPlace}` : ctx.words.someone;
  return det ? { replacement: someone, span: { start: det.start, end: stop } } : { replacement: someone, ...(from ? { span: { start, end: stop } } : {}) };
}

/** What a removal costs for each word of the story it takes beyond the detail's own ("Hij woont in Goes" with "en heeft schizofrenie"). */
const WORD = 1;

/**
 * The steps with the cost of the words they take along: a removal that takes its clause loses the story
 * around the detail, and is worth it only when nothing narrower reaches the target.
 */
export function withWordCost(ctx: Ctx, f: Finding, steps: readonly LadderStep[]): LadderStep[] {
  const own = new Set(tokensIn(ctx, f.start, f.end).map((t) => t.start));
  return steps.map((s) => {
    if (!s.span || (s.span.start >= f.start && s.span.end <= f.end)) return s;
    const extra = tokensIn(ctx, s.span.start, s.span.end).filter((t) => t.type !== 'punct' && !own.has(t.start)).length;
    return extra > 2 ? { ...s, loss: s.loss + WORD * (extra - 2) } : s;
  });
}
