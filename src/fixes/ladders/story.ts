import type { Construction } from '../../core/facts.js';
import type { Finding, FindingOf } from '../../core/types.js';
import type { Nationality } from '../../lexicon/lexicon.js';
import { HOME_COUNTRY } from '../../core/countries.js';
import { isPersonNoun, KIN_NOUNS } from '../../lexicon/person-words.js';
import { NUMBER_WORDS, ORDINAL_WORDS } from '../../lexicon/numbers.js';
import { shareOf } from '../../risk/shares.js';
import type { Token } from '../../text/tokenize.js';
import type { LadderStep } from '../types.js';
import { amountLadder } from './amount.js';
import { residenceOf } from './place.js';
import {
  bits, clauseRemoval, removalInContext, copulaBefore, type Ctx, determinerOf, DETERMINERS, dutchInversion, KIND_WEIGHT, monotone, nextToken, NOUN_STOP, predicateRemoval,
  prevToken, REMOVAL, roleInPlace, RUNG, tokenAfter, tokensIn,
} from './shared.js';

// ---------------------------------------------------------------------------------------------------
// What sets the person apart and what happened to them: unusual details, events, family, nationality.
//
// Each ladder: a generic description first (what kind of thing, without what makes it this person's:
// "het ongeluk op de N59" -> "een ongeluk", "moeder van vier" -> "moeder", "de oudste bewoonster" -> "een
// bewoonster"), then any event at all where an event fits, then the phrase goes where the sentence stands
// without it ("als enige man", "is enig kind"), and last the clause it is part of.

/**
 * A nationality is an origin. Before its noun it becomes any origin abroad ("heeft Marokkaanse roots" ->
 * "heeft buitenlandse roots", "a Polish neighbour" -> "a foreign neighbour"), which narrows like a
 * migration background (nationalities.tsv); otherwise there is nothing wider to write but nothing.
 */
export function nationalityLadder(f: FindingOf<'nationality'>, ctx: Ctx): LadderStep[] {
  const w = KIND_WEIGHT['nationality']!;
  const noun = nextToken(ctx, f.end);
  const attributive = !!noun && noun.type === 'word' && noun.start === f.end + 1 && noun.text === noun.lower && !NOUN_STOP.has(noun.lower) && !/\s/.test(f.text);
  // "van Turkse afkomst", "heeft Marokkaanse roots", "of Polish descent", "is Marokkaan": an origin noun has
  // nothing to say without its origin, so the phrase goes with it (and its preposition, copula or comma).
  const origin = attributive && ORIGIN_NOUNS.has(noun.lower);
  const before = prevToken(ctx, f.start);
  const from = origin && before && (before.lower === 'van' || before.lower === 'of') ? before.start : f.start;
  const context = removalInContext(ctx, from, origin ? noun.end : f.end);
  const span = context.span ?? (from !== f.start || origin ? { start: from, end: origin ? noun.end : f.end } : undefined);
  const removal: LadderStep = { replacement: context.replacement, loss: w * (bits(shareOf(f)!.central, 1) + REMOVAL), remove: true, ...(span ? { span } : {}) };
  const wider = ctx.lexicon.nationalities().byId.get(MIGRATION_BACKGROUND);
  const country = (ctx.country ?? HOME_COUNTRY[ctx.lang]) as keyof Nationality['shares'];
  const share = wider?.shares[country];
  // The text's own nationality ("Belgisch kampioene" in a Flemish text) is no origin abroad.
  const own = (ctx.lexicon.nationalities().byId.get(f.facts.id)?.shares[country] ?? 0) >= MAJORITY;
  if (!wider || !attributive || own || !share || share <= f.facts.share) return [removal];
  // "an Iraqi man" -> "a foreign man": the article agrees with the word that follows it.
  const article = prevToken(ctx, f.start);
  const indefinite = !!article && (article.lower === 'a' || article.lower === 'an') && ctx.lang === 'en';
  const adjective = ctx.words.foreignAdjective(f.text);
  const replacement = indefinite ? `${article.text[0] === 'A' ? 'A' : 'a'} ${adjective}` : adjective;
  const facts = { id: wider.id, share, source: wider.source };
  const step: LadderStep = { replacement, loss: w * (bits(f.facts.share, share) * 0.5 + RUNG), facts, ...(indefinite ? { span: { start: article.start, end: f.end } } : {}) };
  return monotone([step, removal]);
}
const MIGRATION_BACKGROUND = 'migration-background';
// A nationality most people of the text's country have.
const MAJORITY = 0.5;
// Nouns that say where someone comes from: after the origin goes they have nothing left to say.
const ORIGIN_NOUNS = new Set(['afkomst', 'herkomst', 'roots', 'achtergrond', 'komaf', 'wortels', 'origin', 'origins', 'descent', 'heritage', 'background', 'extraction', 'ancestry']);

type StoryFinding = FindingOf<'family'> | FindingOf<'event'> | FindingOf<'unusual'>;

const UNIQUENESS = new Set<Construction>(['superlative', 'only', 'ordinal', 'record', 'epithet']);
const COUNTS = new Set<Construction>(['family-size', 'kin-count', 'birth-order', 'count']);
const RELATIVES = new Set<Construction>(['relative-circumstance', 'relative-detail', 'kin-compound']);
/** Events after which any event at all still reads ("sinds een ingrijpende gebeurtenis"). */
const CARE = new Set<Construction>(['carer', 'living-with']);
const EVENTS = new Set<Construction>(['accident', 'disaster', 'fire', 'crime']);
const POSSESSIVES = new Set(['haar', 'zijn', 'hun', "z'n", 'mijn', 'onze', 'ons', 'uw', 'her', 'his', 'their', 'my', 'our', 'your', 'its']);
// Prepositions that open a phrase the sentence can do without ("als enige man", "na de brand", "since the fire").
const ADJUNCT = new Set(['als', 'sinds', 'na', 'tijdens', 'vanwege', 'as', 'since', 'after', 'during', 'following', 'because']);
// Prepositions after which a noun phrase names who the person cares for or lives with.
const KIN_PREPOSITIONS = new Set(['voor', 'bij', 'met', 'om', 'for', 'with', 'after']);
const PREPOSITIONS = new Set(['van', 'in', 'op', 'bij', 'uit', 'aan', 'met', 'voor', 'onder', 'of', 'on', 'at', 'from', 'with', 'for', 'in', 'among', 'under']);

const isNumber = (t: Token): boolean => t.type === 'number' || NUMBER_WORDS.has(t.lower) || /^\d/.test(t.text);
const isFigure = (t: Token): boolean => isNumber(t) || ORDINAL_WORDS.has(t.lower);
const loss = (w: number, share: number, rung: number, removal = 0) => w * (bits(share, 1) * (removal ? 1 : 0.5) + REMOVAL * removal + RUNG * rung);

export function storyLadder(f: StoryFinding, ctx: Ctx): LadderStep[] {
  if (f.kind === 'unusual' && f.facts.via === 'construction' && f.facts.construction === 'amount') return amountLadder(f, ctx);
  const share = shareOf(f as Finding)!.central;
  const w = KIND_WEIGHT[f.kind]!;
  const steps: LadderStep[] = [];
  let rung = 1;
  const generic = (replacement: string, span?: { start: number; end: number }) => {
    if (!replacement || replacement.toLowerCase() === ctx.text.slice(span?.start ?? f.start, span?.end ?? f.end).toLowerCase()) return;
    if (steps.some((s) => s.replacement === replacement)) return;
    steps.push({ replacement, loss: loss(w, share, rung++), drop: true, ...(span && (span.start !== f.start || span.end !== f.end) ? { span } : {}) });
  };
  const label = f.facts.via === 'phrase' ? f.facts.label[ctx.lang].trim() : undefined;
  // A noun phrase for a noun phrase only: "overdosed" does not become "a crisis".
  const articled = !!label && /^(?:een|de|het|a|an|the)\s/i.test(label);
  const det = prevToken(ctx, f.start);
  // "Na een suïcidepoging" -> "Na een crisis": a label with its own article takes the place of the text's.
  if (label && articled && det && DETERMINERS.has(det.lower) && !POSSESSIVES.has(det.lower)) generic(label, { start: det.start, end: f.end });
  else if (label && (!articled || nominal(ctx, f))) generic(label);
  // "He overdosed twice" -> "He had a crisis twice": a verb in the past takes the label as its object.
  else if (label && !/\s/.test(f.text.trim()) && ctx.words.pastVerb.test(f.text.toLowerCase())) generic(ctx.words.underwent(label));
  const construction = f.facts.via === 'construction' ? f.facts.construction : undefined;
  const toks = tokensIn(ctx, f.start, f.end);
  if (!construction && f.kind === 'family' && toks.length > 0) counted(ctx, toks, f, generic);
  if (construction && toks.length > 0) {
    if (UNIQUENESS.has(construction)) uniqueness(f, ctx, toks, generic);
    if (COUNTS.has(construction) || construction === 'first-achievement') counted(ctx, toks, f, generic);
    if (construction === 'tenure') tenure(ctx, toks, f, generic);
    if (construction === 'feat') feat(ctx, toks, generic);
    // Where a relative lives is the detail; which relative it is says less: the place goes first.
    if (construction === 'relative-detail') whereabouts(ctx, f, generic);
    if (RELATIVES.has(construction) || construction === 'family-size') relative(ctx, toks, generic);
    if (CARE.has(construction) || RELATIVES.has(construction)) cared(ctx, toks, f, generic);
    event(construction, ctx, toks, f, generic);
    if (construction === 'crime') threat(ctx, toks, generic);
  }
  if (construction === 'performance') soloPart(ctx, toks, f, steps, loss(w, share, rung++));
  // Being in the news is the detail itself, wherever it appeared: it only goes whole.
  if (f.kind === 'event' && toks.length > 0 && construction !== 'media') withoutWhere(ctx, toks, f, generic);
  // "een voormalig kermisexploitant bij wie ...": a rare noun for the person leaves "iemand" behind, with what follows it.
  const after = nextToken(ctx, f.end);
  if (f.kind === 'unusual' && toks.length === 1 && isPersonNoun(toks[0]!.lower, ctx.lang) && after?.type === 'word' && !copulaBefore(ctx, f.start) && !ctx.words.adjectiveEnding.test(toks[0]!.lower) && determinerOf(ctx, prevToken(ctx, f.start))) {
    const role = roleInPlace(ctx, f.start, f.end, false);
    steps.push({ replacement: role.replacement, loss: loss(w, share, rung++ + 1, 1), remove: true, ...(role.span ? { span: role.span } : {}) });
  }
  const phrase = phraseRemoval(f, ctx, toks);
  if (phrase) steps.push({ replacement: phrase.replacement, loss: loss(w, share, rung++ + 1, 1), remove: true, ...(phrase.span ? { span: phrase.span } : {}), ...(phrase.edits ? { edits: phrase.edits } : {}) });
  const clause = clauseRemoval(ctx, f.start, f.end);
  const incident = f.kind === 'event' && construction && EVENTS.has(construction) ? incidentSentence(ctx, clause) : undefined;
  if (incident) steps.push({ replacement: incident.replacement, loss: loss(w, share, rung + 1, 1), drop: true, span: incident.span });
  if (!phrase || phrase.span?.start !== clause.start || phrase.span?.end !== clause.end) {
    const span = { start: clause.start, end: clause.end };
    steps.push({ replacement: clause.text ?? '', loss: loss(w, share, rung + 2, 2), remove: true, span });
  }
  return monotone(steps);
}

type Generic = (replacement: string, span?: { start: number; end: number }) => void;

/**
 * "zong ze de solo in het kerkkoor" -> "zong ze in het kerkkoor", "played the lead role in the school
 * musical" -> "played in the school musical": the part that only one person performs goes, taking part
 * (which many do) stays. Only before the group it was performed in, where the verb still has its phrase.
 */
function soloPart(ctx: Ctx, toks: readonly Token[], f: StoryFinding, steps: LadderStep[], cost: number): void {
  const head = toks[toks.length - 1];
  if (toks.length !== 2 || !head || !DETERMINERS.has(toks[0]!.lower)) return;
  if (ctx.lexicon.exposure().words.longestAt(ctx.tokens, head.index)?.value.cls !== 'performance-role') return;
  const after = nextToken(ctx, f.end);
  const before = prevToken(ctx, f.start);
  if (!after || !GROUP_PREPOSITIONS.has(after.lower) || !before || before.type !== 'word') return;
  steps.push({ replacement: '', loss: cost, drop: true });
}
const GROUP_PREPOSITIONS = new Set(['in', 'bij', 'met', 'tijdens', 'op', 'at', 'with', 'during', 'for', 'in']);

/**
 * "Met Pinksteren reed hij met de shovel dwars door de dorpsvijver." -> "Hij was betrokken bij een ernstig
 * voorval.": when an accident, a fire or a crime is a main clause of its own, what happened, where and
 * when all go, and the sentence says only that something serious happened, about the same pronoun. The
 * story around it ("De buren willen hem weg") keeps its ground. Undefined when the clause is not a whole
 * main clause (a subordinate clause, or one the removal rewrites).
 */
function incidentSentence(ctx: Ctx, clause: { start: number; end: number; text?: string }): { replacement: string; span: { start: number; end: number } } | undefined {
  if (clause.text !== undefined) return undefined;
  const s = ctx.text;
  const body = s.slice(clause.start, clause.end);
  const lead = /^;[ \t]*/.exec(body)?.[0] ?? '';
  const tail = /[.!?;]?[ \t]*$/.exec(body)?.[0] ?? '';
  // A main clause: it opens a sentence (or follows a semicolon) and runs to the sentence's end (or one).
  if (!lead) {
    let i = clause.start - 1;
    while (i >= 0 && /[ \t]/.test(s[i]!)) i--;
    if (i >= 0 && !/[.!?;\n\r:]/.test(s[i]!)) return undefined;
  }
  if (!/[.!?;]/.test(tail) && clause.end < s.length && !/^[ \t]*[\r\n]/.test(s.slice(clause.end))) return undefined;
  const toks = tokensIn(ctx, clause.start + lead.length, clause.end - tail.length);
  if (toks.length < 3 || toks.some((t) => t.text === ',')) return undefined;
  const pronouns = ctx.words.subjectPronouns;
  const at = toks.findIndex((t) => pronouns.has(t.lower));
  const subject = at >= 0 ? toks[at] : undefined;
  // "ze reden", "they were": a verb next to the pronoun that ends like a plural says how many.
  const verb = subject ? toks[at + 1] ?? toks[at - 1] : undefined;
  const plural = !!subject && (subject.lower === 'they' || (subject.lower === 'ze' && !!verb && /[^aeiou]en$/.test(verb.lower) && verb.lower !== 'ben'));
  // The sentence's own punctuation stays where it is: a clause after it that goes takes its semicolon along.
  return { replacement: lead + ctx.words.incidentSentence(subject?.text, plural), span: { start: clause.start, end: clause.end - tail.length } };
}

/**
 * "de oudste bewoonster" -> "een bewoonster", "Onze oudste bewoonster" -> "Onze bewoonster", "the only
 * woman on the crew" -> "a woman on the crew": the person stays, what makes them the one goes; without
 * the uniqueness the definite article has no ground, so it becomes indefinite.
 */
function uniqueness(f: StoryFinding, ctx: Ctx, toks: readonly Token[], generic: Generic): void {
  const head = f.facts.via === 'construction' ? f.facts.head : undefined;
  if (!head) return;
  const first = toks[0]!;
  if (ADJUNCT.has(first.lower)) return; // "als enige man": the phrase goes as a whole
  let h = -1;
  for (let i = toks.length - 1; i >= 0; i--) if (toks[i]!.lower === head.toLowerCase()) h = i;
  if (h < 0) return;
  const rest = toks[h + 1];
  // "the first woman to climb ...": the head alone would leave the infinitive's object behind; in "de
  // enige bewoner die 's nachts zingt" the relative clause is what makes him the one, and goes with him.
  if (rest && ['to', 'te', 'om', 'die', 'dat', 'who', 'that', 'which'].includes(rest.lower)) return;
  const keepRest = !!rest && PREPOSITIONS.has(rest.lower);
  const span = { start: f.start, end: keepRest ? toks[h]!.end : f.end };
  const noun = toks[h]!.text;
  // "een van de oudste deelnemers ooit" -> "een van de deelnemers": one of a group stays one of it.
  if (h >= 3 && ['van', 'of'].includes(toks[1]!.lower) && DETERMINERS.has(toks[2]!.lower)) generic(`${ctx.text.slice(first.start, toks[2]!.end)} ${noun}`, span);
  else if (POSSESSIVES.has(first.lower)) generic(`${first.text} ${noun}`, span);
  else if (DETERMINERS.has(first.lower) || !DETERMINERS.has(prevToken(ctx, f.start)?.lower ?? '')) generic(ctx.words.indefinite(noun), span);
  else generic(noun, span);
}

/**
 * "moeder van vier (kinderen)" -> "moeder", "the eldest of nine" -> "the eldest", "drie broers en twee
 * zussen" -> "broers en zussen", "14 katten" -> "veel katten": the figure goes.
 */
function counted(ctx: Ctx, toks: readonly Token[], f: StoryFinding, generic: Generic): void {
  const of = toks.findIndex((t, i) => i > 0 && (t.lower === 'van' || t.lower === 'of') && toks[i + 1] !== undefined && isNumber(toks[i + 1]!));
  if (of > 0) {
    generic(ctx.text.slice(f.start, toks[of - 1]!.end));
    return;
  }
  if (!toks.some(isFigure)) return;
  const count = f.facts.via === 'construction' && f.facts.construction === 'count';
  if (count && isNumber(toks[0]!)) {
    generic(`${ctx.words.many} ${ctx.text.slice(toks[1]?.start ?? f.end, f.end)}`.trim());
    return;
  }
  // Every figure out, with the space after it: "drie broers en twee zussen" -> "broers en zussen".
  let out = '';
  let at = f.start;
  for (const t of toks) {
    if (!isFigure(t)) continue;
    out += ctx.text.slice(at, t.start);
    const next = tokenAfter(ctx, t);
    at = next && next.start <= f.end ? next.start : t.end;
  }
  out += ctx.text.slice(at, f.end);
  if (/\p{L}/u.test(out)) generic(out.trim());
}

/**
 * "al zestig jaar" -> "al jaren", "for over forty years" -> "for years", "eighty years since she joined"
 * -> "many years since she joined", "haar veertigjarig jubileum" -> "haar jubileum": the count of years goes.
 */
function tenure(ctx: Ctx, toks: readonly Token[], f: StoryFinding, generic: Generic): void {
  const words = ctx.lexicon.standout();
  const clsOf = (t: Token) => words.longestAt(ctx.tokens, t.index)?.value.cls ?? '';
  const u = toks.findIndex((t) => ['year-unit', 'decade-unit'].includes(clsOf(t)) || /jarige?$/.test(t.lower));
  if (u < 0) return;
  const unit = toks[u]!;
  // "40-year marriage", "veertigjarig jubileum": only the noun stays.
  if (toks[u - 1]?.text === '-' || /jarige?$/.test(unit.lower)) {
    const rest = toks[u + 1];
    if (rest) generic(ctx.text.slice(rest.start, f.end));
    return;
  }
  const from = toks.findIndex((t, i) => i < u && (isNumber(t) || clsOf(t) === 'qualifier'));
  if (from < 0) return;
  // "ruim vijftig jaar klokkenluider": a role no profession list knows is the rare thing itself; without its
  // years it would still say who it is, so it goes whole (a postbode for many years is one of many).
  const role = toks[u + 1];
  if (role && u + 1 === toks.length - 1 && role.type === 'word' && !ctx.lexicon.professions().matcher.longestAt(ctx.tokens, role.index)) return;
  const before = from > 0 ? toks[from - 1]!.lower : '';
  generic(ctx.text.slice(f.start, toks[from]!.start) + ctx.words.manyYears(before) + ctx.text.slice(unit.end, f.end));
}

/** "zijn duizendste legpuzzel" -> "zijn legpuzzel", "3000 stukjes in elf dagen" -> "veel stukjes": the figure and the time go. */
function feat(ctx: Ctx, toks: readonly Token[], generic: Generic): void {
  const first = toks[0]!;
  const head = toks[toks.length - 1]!;
  if (isNumber(first)) {
    const within = toks.findIndex((t, i) => i > 0 && ['in', 'binnen', 'within'].includes(t.lower));
    const noun = toks[within - 1];
    const n1 = toks.findIndex((t, i) => i > 0 && t.type === 'word' && !isNumber(t));
    if (within > 1 && n1 > 0 && n1 < within && noun && noun.type === 'word') generic(`${ctx.words.many} ${ctx.text.slice(toks[n1]!.start, noun.end)}`);
    return;
  }
  if (POSSESSIVES.has(first.lower)) generic(`${first.text} ${head.text}`);
  else generic(ctx.words.indefinite(head.text));
}

/** "Haar broer zit in de gevangenis" -> "Een familielid zit in de gevangenis": the relation goes, the person stays a relative. */
function relative(ctx: Ctx, toks: readonly Token[], generic: Generic): void {
  const [det, noun] = toks;
  // "Moeder is opgenomen": a kin noun without its possessive.
  if (det && KIN_NOUNS.has(det.lower) && !KIN_NOUNS.get(det.lower)!.plural && det.text[0] !== det.lower[0]) {
    generic(ctx.words.relative, { start: det.start, end: det.end });
    return;
  }
  // "dochter van die bekende bakker" -> "dochter van een bakker": what made the relative known goes.
  const fame = toks.findIndex((t, i) => i > 1 && FAME.has(t.lower) && DETERMINERS.has(toks[i - 1]!.lower) && toks[i + 1]?.type === 'word');
  if (fame > 0 && toks.slice(fame + 2).every((t) => t.type === 'word' && !NOUN_STOP.has(t.lower))) {
    const noun = toks[fame + 1]!;
    generic(ctx.words.indefinite(noun.text), { start: toks[fame - 1]!.start, end: noun.end });
  }
  if (!det || !noun || !POSSESSIVES.has(det.lower) || !KIN_NOUNS.has(noun.lower)) return;
  const plural = KIN_NOUNS.get(noun.lower)!.plural;
  if (plural) return;
  generic(ctx.words.relative, { start: det.start, end: noun.end });
}

/**
 * "son in Leicester visits weekly" -> "son visits weekly", "Haar dochter woont in Canada" -> "Haar dochter
 * woont elders": where the relative lives goes, the relative stays.
 */
function whereabouts(ctx: Ctx, f: StoryFinding, generic: Generic): void {
  const next = nextToken(ctx, f.end);
  const place = ctx.findings.find((x): x is FindingOf<'place'> => x.kind === 'place' && x.start >= f.end && (!next || x.start >= next.start) && x.start - f.end <= WHEREABOUTS_REACH);
  if (!place) return;
  const prep = prevToken(ctx, place.start);
  if (!prep || !PREPOSITIONS.has(prep.lower)) return;
  const between = tokensIn(ctx, f.end, prep.start);
  // "dochter in Canada", "son in Leicester visits weekly": the place hangs on the noun and goes with its preposition.
  if (between.length === 0) {
    generic(ctx.text.slice(f.start, f.end), { start: f.start, end: place.end });
    return;
  }
  if (between.some((t) => t.type !== 'word')) return;
  const residence = residenceOf(ctx, place.start, place.end, place.facts.country);
  if (residence) generic(ctx.text.slice(f.start, residence.span.start) + ctx.words.whereabouts(residence.preposition, residence.abroad), { start: f.start, end: place.end });
}
// How far after the relative the place of a plain detail stands ("zijn broer woont sinds kort in Spanje").
const WHEREABOUTS_REACH = 40;

/** "zorgt voor zijn dementerende vader" -> "zorgt voor een familielid", "woont bij haar zus" -> "woont bij familie". */
function cared(ctx: Ctx, toks: readonly Token[], f: StoryFinding, generic: Generic): void {
  const p = toks.findIndex((t, i) => KIN_PREPOSITIONS.has(t.lower) && toks[i + 1] !== undefined && POSSESSIVES.has(toks[i + 1]!.lower));
  if (p < 0) return;
  // Only when the rest of the phrase is the relative (no clause after it).
  if (toks.slice(p + 2).some((t) => t.type === 'punct' || (NOUN_STOP.has(t.lower) && !['en', 'and'].includes(t.lower)))) return;
  const prep = toks[p]!;
  generic(`${prep.text} ${ctx.words.family(prep.lower)}`, { start: prep.start, end: f.end });
}

/**
 * "Sinds het ongeluk op de N59" -> "Sinds een ongeluk" -> "Sinds een ingrijpende gebeurtenis"; "een
 * contactverbod" -> "een maatregel van de rechter"; "voor de correctionele rechtbank" -> "voor de rechter".
 * Only a noun phrase (after its preposition) takes another noun phrase; a verb phrase goes with its clause.
 */
function event(construction: Construction, ctx: Ctx, toks: readonly Token[], f: StoryFinding, generic: Generic): void {
  const noun = ctx.words.eventNoun(construction);
  if (!noun) return;
  // The event's noun phrase: first in the finding, or after a preposition in it ("gewond bij een steekpartij in Goes").
  const leads = (t: Token) => (PREPOSITIONS.has(t.lower) || ADJUNCT.has(t.lower) || ['voor', 'before', 'bij'].includes(t.lower)) && !['door', 'by', 'met', 'with'].includes(t.lower);
  // "voor de plofkraak op de geldautomaat", "for the robbery of a post office": the reason of a verdict is
  // the crime, whatever its noun ("Een familielid zit vast voor een misdrijf").
  if (construction === 'crime' && toks.length > 1 && REASONS.has(toks[0]!.lower)) {
    generic(noun, { start: toks[1]!.start, end: whereAfter(ctx, f.end) ?? f.end });
    return;
  }
  const at = toks.findIndex((t, i) => DETERMINERS.has(t.lower) && !POSSESSIVES.has(t.lower) && (i === 0 || leads(toks[i - 1]!)) && headsEvent(ctx, t, f.end));
  if (at < 0) return;
  // "de aanstelling van een bewindvoerder": a person who carries out a measure is no measure.
  if (toks.slice(at + 1).some((t) => MEASURE_PERSONS.has(t.lower))) return;
  const det = toks[at]!;
  const lead = at > 0 ? toks[at - 1] : undefined;
  // "de brand in De Punt" -> "een brand": where it happened goes with what happened.
  const span = { start: det.start, end: whereAfter(ctx, f.end) ?? f.end };
  generic(noun, span);
  if (EVENTS.has(construction) && (lead || toks.length > 1)) generic(ctx.words.majorEvent, span);
}

/**
 * "door de politie aangetroffen op de Stadsbrug" -> "door de politie aangetroffen", "injured at Hillsborough"
 * -> "injured": what happened stays, the named place that dates and locates it goes.
 */
function withoutWhere(ctx: Ctx, toks: readonly Token[], f: StoryFinding, generic: Generic): void {
  for (let i = toks.length - 1; i >= 2; i--) {
    const prep = toks[i]!;
    if (!WHERE.has(prep.lower)) continue;
    const rest = toks.slice(i + 1);
    const named = rest.filter((t) => t.type === 'word' && !DETERMINERS.has(t.lower));
    const at = ctx.findings.some((x) => (x.kind === 'place' || x.kind === 'institution') && x.start >= prep.end && x.end <= f.end);
    // Only a name: capitalized words after at most a determiner ("op de Stadsbrug"), or a place or institution found there.
    if (!at && (named.length === 0 || rest.some((t) => t.type !== 'word') || named.some((t) => t.text[0] === t.lower[0]))) return;
    const before = toks.slice(0, i).filter((t) => t.type === 'word');
    if (before.length < 2) return;
    generic(ctx.text.slice(f.start, toks[i - 1]!.end), { start: f.start, end: f.end });
    return;
  }
}
/** The end of a place or an institution named right after `end` ("in De Punt", "op de A12"), if any. */
function whereAfter(ctx: Ctx, end: number): number | undefined {
  const prep = nextToken(ctx, end);
  if (!prep || !WHERE.has(prep.lower)) return undefined;
  const named = ctx.findings.find((x) => (x.kind === 'place' || x.kind === 'institution') && x.start >= prep.end);
  if (!named) return undefined;
  const between = tokensIn(ctx, prep.end, named.start);
  return between.every((t) => DETERMINERS.has(t.lower) && !POSSESSIVES.has(t.lower)) && between.length <= 1 ? named.end : undefined;
}
// Prepositions of where something happened.
const WHERE = new Set(['op', 'in', 'bij', 'aan', 'nabij', 'at', 'on', 'in', 'near', 'outside', 'voor']);

/**
 * The phrase alone, where the sentence stands without it: a predicate with its copula ("is moeder van
 * vier en", "Zij is enig kind."), an adjunct ("als enige man", "Na de brand" with the verb brought
 * forward in Dutch), an adjective before its noun.
 */
function phraseRemoval(f: StoryFinding, ctx: Ctx, toks: readonly Token[]): Pick<LadderStep, 'replacement' | 'span' | 'edits'> | undefined {
  const copula = copulaBefore(ctx, f.start);
  const after = nextToken(ctx, f.end);
  // "met een wijnvlek over zijn gezicht en handen als kolenschoppen": the first of two noun phrases after a
  // preposition goes with its conjunction, the preposition stays for the second.
  const lead = prevToken(ctx, f.start);
  const second = after && ctx.words.conjunctions.has(after.lower) ? tokenAfter(ctx, after) : undefined;
  // (As an edit, so that the rewrite does not take the preposition along as it does for a removal.)
  if (lead && PREPOSITIONS.has(lead.lower) && second && second.type === 'word' && !SECOND_NOT_A_NOUN.has(second.lower)) return { replacement: '', span: { start: f.start, end: second.start }, edits: [{ start: f.start, end: second.start, text: '' }] };
  // Only a whole predicate goes with its copula ("is moeder van vier en", not "was the first woman to climb" before its object).
  if (copula && (!after || after.type === 'punct' || ['en', 'and', 'maar', 'but'].includes(after.lower))) return { replacement: '', span: predicateRemoval(ctx, copula, f.end) };
  const first = toks[0];
  // "als enige man in het koor": the phrase is "als enige man", what he is in stays.
  const head = f.facts.via === 'construction' ? f.facts.head?.toLowerCase() : undefined;
  const h = head ? toks.findIndex((t) => t.lower === head) : -1;
  if (first && ADJUNCT.has(first.lower) && h > 0 && toks[h + 1] && PREPOSITIONS.has(toks[h + 1]!.lower)) return { replacement: '', span: { start: f.start, end: toks[h]!.end } };
  if (first && ADJUNCT.has(first.lower) && toks.length > 1) {
    const inversion = dutchInversion(ctx, f.start, f.end);
    if (inversion.span || inversion.edits) return inversion;
    const next = nextToken(ctx, f.end);
    const prev = prevToken(ctx, f.start);
    // Between commas or at the end of a clause: the commas go with it.
    if (next && /^[,.;:!?)]$/.test(next.text)) return { replacement: '', ...(prev?.text === ',' && next.text !== ',' ? { span: { start: prev.start, end: f.end } } : {}) };
    if (prev && (/^[.!?]$/.test(prev.text) || /[\n\r]/.test(ctx.text.slice(prev.end, f.start)))) return { replacement: '' };
    if (!ctx.words.verbSecond || !prev || prev.type === 'word') return { replacement: '' };
    return undefined;
  }
  // A rare adjective before its noun ("een eeneiige tweelingzus"): the noun stays.
  const next = nextToken(ctx, f.end);
  if (toks.length === 1 && next?.type === 'word' && next.start === f.end + 1 && next.text[0] === next.lower[0] && ctx.words.adjectiveEnding.test(first!.lower) && DETERMINERS.has(prevToken(ctx, f.start)?.lower ?? '')) {
    return { replacement: '' };
  }
  return undefined;
}

// Words after "en" that start a clause of their own, not a second noun phrase.
const SECOND_NOT_A_NOUN = new Set(['hij', 'zij', 'ze', 'het', 'er', 'ik', 'we', 'wij', 'he', 'she', 'it', 'there', 'i', 'we', 'they', 'dan', 'toen', 'then', 'daarna', 'nu', 'now']);

const EVENT_HEADS = new Set(['event-noun', 'measure', 'court-case', 'court', 'performance', 'performance-named']);

/** The noun after the determiner (past its adjectives) heads an event, a measure or a court: "het (zware) ongeluk", "een contactverbod". */
function headsEvent(ctx: Ctx, det: Token, end: number): boolean {
  const words = ctx.lexicon.exposure().words;
  for (let i = det.index + 1, n = 0; i < ctx.tokens.length && ctx.tokens[i]!.start < end && n < 4; i++, n++) {
    const m = words.longestAt(ctx.tokens, i);
    if (m && EVENT_HEADS.has(m.value.cls)) return true;
    if (!(m?.value.cls === 'event-adj' || ctx.words.adjectiveEnding.test(ctx.tokens[i]!.lower) || /^\d{4}$/.test(ctx.tokens[i]!.text))) return false;
  }
  return false;
}

// Prepositions of a verdict's reason ("veroordeeld voor", "jailed for").
const REASONS = new Set(['voor', 'wegens', 'vanwege', 'for']);

/** The people a measure appoints: the measure's word, not the measure ("de aanstelling van een bewindvoerder"). */
const MEASURE_PERSONS = new Set(['bewindvoerder', 'curator', 'mentor', 'voogd', 'gezinsvoogd', 'guardian', 'deputy', 'appointee', 'receiver']);

/** Adjectives that make someone known ("de bekende bakker", "a famous actor"). */
const FAME = new Set(['bekende', 'beroemde', 'plaatselijke', 'befaamde', 'famous', 'well-known', 'local', 'celebrated']);

/** The finding is a noun phrase: it opens with a determiner, or follows one or a preposition. */
function nominal(ctx: Ctx, f: StoryFinding): boolean {
  const first = nextToken(ctx, f.start);
  const prev = prevToken(ctx, f.start);
  return (!!first && DETERMINERS.has(first.lower)) || (!!prev && (DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower) || prev.lower === 's'));
}

/** "met een mes bedreigd voor de schoolpoort" -> "bedreigd": the threat stays, the weapon and the place go. */
function threat(ctx: Ctx, toks: readonly Token[], generic: Generic): void {
  const words = ctx.lexicon.exposure().words;
  const classes = toks.map((t) => words.longestAt(ctx.tokens, t.index)?.value.cls);
  const verb = classes.indexOf('threat-verb');
  if (verb < 0 || !classes.includes('weapon')) return;
  const v = toks[verb]!;
  generic(v.text, { start: toks[0]!.start, end: toks[toks.length - 1]!.end });
}
