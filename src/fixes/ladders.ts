import type { Figure, Finding, FindingOf, Lang } from '../core/types.js';
import type { Lexicon, Place } from '../lexicon/lexicon.js';
import { COUNTRY_POPULATION } from '../risk/defaults.js';
import { isPersonalDirect } from '../risk/estimate.js';
import { ageShare, BIRTH_DATE_SHARE, BIRTH_YEAR_SHARE, shareOf } from '../risk/shares.js';
import { HOME_COUNTRY } from '../core/countries.js';
import { MONTHS } from '../detectors/date.js';
import { countryName, rewriteWords, type RewriteWords, type Stage } from '../i18n/index.js';
import { GREETINGS as SHARED_GREETINGS, KIN_TITLES as SHARED_KIN_TITLES, ROLES_BEFORE_NAME } from '../lexicon/person-words.js';
import { tokenIndexAt, tokenize, type Token } from '../text/tokenize.js';
import type { Edit, LadderStep } from './types.js';

/**
 * Generalization ladders (docs/risk-model.md §10): for each finding, the wordings
 * that say the same thing less precisely, least general first, the last one removing the detail. Each step
 * carries what the risk model needs to re-estimate (a new share, a new base population, a new time window)
 * and an information loss that grows along the ladder.
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
const RUNG = 0.5;
const REMOVAL = 1;

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

interface Ctx extends LadderContext {
  tokens: readonly Token[];
  /** The wording of the rewrites, in the text's language. */
  words: RewriteWords;
}

const log2 = Math.log2;
const bits = (from: number, to: number): number => (from > 0 && to > from ? log2(to / from) : 0);

/** Strictly increasing losses: each rung costs at least a little more than the one before. */
function monotone(steps: LadderStep[]): LadderStep[] {
  let prev = 0;
  for (const s of steps) {
    if (s.loss <= prev) s.loss = prev + 0.01;
    s.loss = Math.round(s.loss * 1000) / 1000;
    prev = s.loss;
  }
  return steps;
}

// ---------------------------------------------------------------------------------------------------
// Token helpers

/** The last token ending at or before `offset` (binary search: called for every finding). */
function prevToken(ctx: Ctx, offset: number): Token | undefined {
  let k = tokenIndexAt(ctx.tokens, offset);
  while (k >= 0 && ctx.tokens[k]!.end > offset) k--;
  return k >= 0 ? ctx.tokens[k] : undefined;
}
/** The first token starting at or after `offset`. */
function nextToken(ctx: Ctx, offset: number): Token | undefined {
  let k = tokenIndexAt(ctx.tokens, offset);
  while (k < ctx.tokens.length && ctx.tokens[k]!.start < offset) k++;
  return ctx.tokens[k];
}
const tokenBefore = (ctx: Ctx, t: Token | undefined): Token | undefined => (t && t.index > 0 ? ctx.tokens[t.index - 1] : undefined);
const tokenAfter = (ctx: Ctx, t: Token | undefined): Token | undefined => (t ? ctx.tokens[t.index + 1] : undefined);

const COPULAS = new Set(['is', 'was', 'wordt', 'werd', 'ben', 'bent', 'zijn', 'waren', 'word', 'turned', 'turns', 'became', 'becomes', 'is now', 'blijkt', 'bleek']);
const DETERMINERS = new Set(['de', 'het', 'een', "'n", 'deze', 'die', 'dit', 'dat', 'haar', 'zijn', 'hun', 'diens', 'mijn', 'onze', 'ons', 'uw', 'the', 'a', 'an', 'this', 'that', 'her', 'his', 'their', 'its', 'my', 'our', 'your']);
// Words that end the noun after an attributive age ("een 45-jarige vrouw | uit ...").
const NOUN_STOP = new Set([
  'is', 'was', 'wordt', 'werd', 'heeft', 'had', 'hebben', 'komt', 'kwam', 'zit', 'zat', 'ligt', 'lag', 'woont', 'woonde', 'werkt', 'werkte',
  'uit', 'in', 'met', 'van', 'op', 'bij', 'naar', 'die', 'dat', 'en', 'of', 'maar', 'om', 'te', 'voor', 'door', 'aan', 'over', 'zonder', 'na',
  'from', 'with', 'of', 'at', 'on', 'by', 'to', 'who', 'that', 'which', 'and', 'or', 'but', 'has', 'have', 'was', 'were', 'is', 'are', 'came',
  'comes', 'lives', 'lived', 'works', 'worked', 'for', 'after', 'without', 'near', 'as', 'als', 'ze', 'zij', 'hij', 'she', 'he', 'they', 'we',
  'wij', 'ik', 'i', 'er', 'there', 'werd', 'wordt', 'zal', 'will', 'would', 'kan', 'can', 'could', 'moet', 'must',
]);

/** The noun (run) an attributive age describes: "vrouw", "long-haul trucker"; undefined when none follows. */
function nounRun(ctx: Ctx, end: number): { start: number; end: number } | undefined {
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
function predicateRemoval(ctx: Ctx, copula: Token, end: number): { start: number; end: number } {
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

function ageLadder(f: FindingOf<'age'>, ctx: Ctx): LadderStep[] {
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
    steps.push({ replacement: words.person, loss: removeLoss, remove: true });
    return monotone(steps);
  }
  if (form === 'decade' || form === 'around' || form === 'stage' || form === 'school') {
    // Already a band ("in de veertig", "tiener", "groep 8"): a life stage if that is wider, then away.
    const single = f.text.trim().split(/\s+/).length === 1;
    const isNoun = single && !nounRun(ctx, f.end);
    for (const b of bands) if (b.kind === 'stage' && isNoun) push(b, 1, words.stageNoun(b.stage!));
    const span = prev && prev.lower === 'van' && /^(?:in|rond|begin|eind|midden|ergens)\b/i.test(f.text) ? { start: prev.start, end: f.end } : undefined;
    steps.push({ replacement: isNoun ? words.person : '', loss: removeLoss, remove: true, ...(span ? { span } : {}) });
    return monotone(steps);
  }
  const isCopula = !!prev && COPULAS.has(prev.lower);
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
  if (form === 'parenthesized' || form === 'listed') {
    // "Mevrouw Jansen (45)" -> "(in de veertig)" -> "(volwassen)" -> gone; ", 24," likewise.
    for (const b of bands) push(b, b.kind === 'decade' ? 1 : 2, b.kind === 'decade' ? bandPhrase(b) : words.stageLabel(b.stage!));
    const comma = form === 'listed' && prev?.text === ',' ? { start: prev.start, end: f.end } : undefined;
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

// ---------------------------------------------------------------------------------------------------
// Place

const PLACE_NOUNS = new Set(['gemeente', 'provincie', 'regio', 'dorp', 'stad', 'stadje', 'dorpje', 'wijk', 'deelgemeente', 'town', 'city', 'village', 'county', 'municipality']);

function placeName(p: Place, ctx: Ctx, first: boolean, original: Place): string {
  if (p.type === 'country') return countryName(p.country, ctx.lang, ctx.words.countryAbroad(p));
  const name = ctx.words.placeName(p.name);
  if (p.type === 'municipality' && first && p.name !== original.name) return ctx.words.municipality(name);
  return name;
}

function placeLadder(f: FindingOf<'place'>, ctx: Ctx): LadderStep[] {
  // "in Nederland", "the UK": the text's own country narrows nothing, so a rewrite gains nothing.
  if (f.facts.home) return [];
  const { byId } = ctx.lexicon.places();
  const place = byId.get(f.facts.id);
  const pop = f.facts.population || place?.population || 0;
  const w = KIND_WEIGHT['place']!;
  const country = f.facts.country || place?.country || ctx.country || HOME_COUNTRY[ctx.lang];
  const countryPop = COUNTRY_POPULATION[country] ?? COUNTRY_POPULATION[HOME_COUNTRY[ctx.lang]]!;
  // "de gemeente Goes", "provincie Zeeland": the lead noun goes with the name.
  const prev = prevToken(ctx, f.start);
  let span: { start: number; end: number } | undefined;
  if (prev && PLACE_NOUNS.has(prev.lower) && prev.end <= f.start) {
    const det = tokenBefore(ctx, prev);
    span = { start: det && ['de', 'het', 'the'].includes(det.lower) ? det.start : prev.start, end: f.end };
  }
  const removal = (): LadderStep => ({ replacement: '', loss: w * (bits(pop || 1, countryPop) + REMOVAL + RUNG * 4), remove: true, ...(span ? { span } : {}) });
  // A country abroad is an origin, like a nationality: there is nothing wider to write but nothing.
  if (!place || pop <= 0 || place.type === 'country') return [removal()];
  // "Kloetingse", "Goesenaar": an adjective or a demonym cannot take "Zeeland" in its place.
  const adjectival = f.text.toLowerCase() !== place.name.toLowerCase() && /(?:se|ers?|naar|aar)$/i.test(f.text);
  // "our Norwich resource centre", "het Goese ziekenhuis": the name is used as an adjective.
  const after = nextToken(ctx, f.end);
  const attributive = !!prev && DETERMINERS.has(prev.lower) && !!after && after.type === 'word' && after.text[0] === after.lower[0] && !NOUN_STOP.has(after.lower);
  if (adjectival || attributive) return [removal()];
  // "de burgemeester van Kloetinge": past the municipality, a role's place becomes "een gemeente in Zeeland".
  const ofRole = !!prev && (prev.lower === 'van' || prev.lower === 'of') && ctx.findings.some((x) => x.kind === 'profession' && x.end <= prev.start && prev.start - x.end <= 2);
  const within = ctx.words.within;
  const steps: LadderStep[] = [];
  let last = pop;
  let rung = 1;
  let reachedCountry = false;
  for (let p = byId.get(place.parent), n = 0; p && n < 8; p = byId.get(p.parent), n++) {
    const population = p.type === 'country' ? COUNTRY_POPULATION[p.country] ?? p.population : p.population;
    if (p.type === 'country') reachedCountry = true;
    if (!(population > 0) || population < last * 1.5) continue;
    const name = placeName(p, ctx, steps.length === 0 && p.parent !== '' && byId.get(place.parent) === p, place);
    steps.push({ replacement: ofRole && p.type !== 'municipality' ? within(name) : name, loss: w * (bits(pop, population) + RUNG * rung), facts: { id: p.id, population, type: p.type, parent: p.parent, country: p.country }, ...(span ? { span } : {}) });
    last = population;
    rung++;
  }
  if (!reachedCountry && countryPop >= last * 1.5) {
    const name = countryName(country, ctx.lang);
    steps.push({ replacement: ofRole ? within(name) : name, loss: w * (bits(pop, countryPop) + RUNG * rung), facts: { id: country.toLowerCase(), population: countryPop, type: 'country', parent: '', country }, ...(span ? { span } : {}) });
  }
  steps.push(removal());
  return monotone(steps);
}

// ---------------------------------------------------------------------------------------------------
// Dates

const FUTURE = /^(?:morgen|overmorgen|tomorrow|volgende|komende|next|straks)\b/i;
const DATE_PREPS = new Set(['op', 'on', 'in']);
const KEEP_PREPS = new Set(['sinds', 'vanaf', 'tot', 'since', 'until', 'from', 'till', 'voor', 'na', 'before', 'after', 'rond', 'around']);

/** Month and year of a date's text ("12 maart 2024", "12-03-2024", "2024-03-12", "March 3rd, 2024"). */
function parseDate(text: string): { month?: number; year?: number } {
  const lower = text.toLowerCase();
  for (const word of lower.match(/\p{L}+/gu) ?? []) {
    const m = MONTHS.get(word);
    if (m) {
      const y = lower.match(/\b(1[89]\d\d|20\d\d|2100)\b/);
      return { month: m, ...(y ? { year: Number(y[1]) } : {}) };
    }
  }
  const ymd = lower.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/);
  if (ymd) return { month: Number(ymd[2]), year: Number(ymd[1]) };
  const dmy = lower.match(/^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?$/);
  if (dmy) {
    const y = dmy[3] ? Number(dmy[3].length === 2 ? (Number(dmy[3]) > 30 ? `19${dmy[3]}` : `20${dmy[3]}`) : dmy[3]) : undefined;
    return { month: Number(dmy[2]), ...(y !== undefined ? { year: y } : {}) };
  }
  return {};
}

function dateLadder(f: FindingOf<'date'>, ctx: Ctx): LadderStep[] {
  const words = ctx.words;
  const w = KIND_WEIGHT['date']!;
  const window = f.facts.windowDays || 1;
  const prev = prevToken(ctx, f.start);
  const { month, year } = parseDate(f.text);
  const own = prev && DATE_PREPS.has(prev.lower) ? { start: prev.start, end: f.end } : undefined;
  const keepPrep = !!prev && KEEP_PREPS.has(prev.lower);
  const lead = (s: string) => (keepPrep ? s : `in ${s}`);
  const span = own;
  const steps: LadderStep[] = [];
  const removeLoss = (): number => w * (bits(window, 365) + REMOVAL + RUNG * 3);

  if (f.facts.birth) {
    // A date of birth: the year alone is an age, no more. Removed, its label goes too ("geboren", "DOB:", "°").
    const share = (shareOf(f) ?? BIRTH_DATE_SHARE).central;
    const label = /(?:^|[\s(,;])((?:geboren|geb\.?|born|DOB|d\.o\.b\.|geboortedatum|date of birth)\s*:?\s*(?:op|on)?\s*|°\s*)$/i.exec(ctx.text.slice(Math.max(0, f.start - 30), f.start));
    const labelled = label ? { start: f.start - label[1]!.length, end: f.end } : span;
    if (year) steps.push({ replacement: span ? `in ${year}` : String(year), loss: KIND_WEIGHT['age']! * (bits(share, BIRTH_YEAR_SHARE.central) + RUNG), facts: { windowDays: 365 }, ...(span ? { span } : {}) });
    steps.push({ replacement: '', loss: KIND_WEIGHT['age']! * (bits(share, 1) + REMOVAL + RUNG * 2), remove: true, ...(labelled ? { span: labelled } : {}) });
    return monotone(steps);
  }
  if (month && window <= 1) {
    const m = words.monthName(month);
    steps.push({ replacement: lead(year ? `${m} ${year}` : m), loss: w * (bits(window, 30) + RUNG), facts: { windowDays: 30 }, ...(span ? { span } : {}) });
  }
  if (month && window <= 30) {
    const phrase = words.seasonPhrase(words.seasonName(month), year);
    steps.push({ replacement: lead(phrase), loss: w * (bits(window, 90) + RUNG * 2), facts: { windowDays: 90 }, ...(span ? { span } : {}) });
  }
  if (!month && window < 30 && f.facts.form !== 'time') {
    // "vandaag", "gisteren", "deze week", "vorige week dinsdag" -> "onlangs" (a month, docs/risk-model.md §5.3).
    const future = FUTURE.test(f.text);
    const word = future ? words.soon : words.recently;
    const relSpan = prev && (prev.lower === 'op' || prev.lower === 'on') ? { start: prev.start, end: f.end } : undefined;
    steps.push({ replacement: word, loss: w * (bits(window, 30) + RUNG), facts: { windowDays: 30 }, ...(relSpan ? { span: relSpan } : {}) });
  }
  steps.push({ ...dutchInversion(f, ctx, span?.start ?? f.start), loss: removeLoss(), remove: true });
  if (!steps[steps.length - 1]!.span && span) steps[steps.length - 1]!.span = span;
  return monotone(steps);
}

const DIRECT_LABEL = /(^|[\s(,;])(?:[A-Za-z]+\s+(?:no|nr|number|nummer)|NHS|BSN|burgerservicenummer|rijksregisternummer|rijksregisternr|INSZ|SSN|tel|telefoon(?:nummer)?|phone|mobile|mob|gsm|e-?mail|iban|rekeningnummer|account|dossiernummer|dossiernr|patiëntnummer|patiëntnr|MRN|kenteken)\.?(?:\s*(?:no|nr|number|nummer)\.?)?\s*:?\s*$/i;

const DEFINITE = new Set(['de', 'het', 'die', 'deze', 'dat', 'dit', 'haar', 'zijn', 'mijn', 'onze', 'ons', 'hun']);
const SUBJECT_PRONOUNS = new Set(['ze', 'zij', 'hij', 'we', 'wij', 'ik', 'je', 'jij', 'u', 'jullie', 'men']);

/**
 * Dutch puts the verb second: without "Vandaag" in "Vandaag komt een vrouw ..." the sentence would start
 * with the verb. An indefinite subject takes "Er" ("Er komt een vrouw ..."); a pronoun moves to the front
 * ("Gisteren werd ze opgenomen" -> "Ze werd opgenomen").
 */
function dutchInversion(f: Finding, ctx: Ctx, start: number): Pick<LadderStep, 'replacement' | 'span' | 'edits'> {
  if (!ctx.words.verbSecond) return { replacement: '' };
  const before = prevToken(ctx, start);
  const initial = !before || /^[.!?]$/.test(before.text) || /[\n\r]/.test(ctx.text.slice(before.end, start));
  const verb = nextToken(ctx, f.end);
  if (!initial || !verb || verb.type !== 'word' || verb.text[0] !== verb.lower[0]) return { replacement: '' };
  const subject = tokenAfter(ctx, verb);
  if (subject && SUBJECT_PRONOUNS.has(subject.lower)) return { replacement: `${subject.lower} ${verb.text}`, span: { start, end: subject.end } };
  if (subject && (subject.lower === 'een' || subject.lower === 'twee' || subject.lower === 'drie')) return { replacement: 'er', span: { start, end: f.end } };
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

// ---------------------------------------------------------------------------------------------------
// Diagnosis and profession: the parent chain of the lexicon

function conceptLadder(f: FindingOf<'diagnosis'> | FindingOf<'profession'>, ctx: Ctx): LadderStep[] {
  const kind = f.kind;
  const byId = kind === 'diagnosis' ? ctx.lexicon.conditions().byId : ctx.lexicon.professions().byId;
  const share = shareOf(f)!.central;
  const w = KIND_WEIGHT[kind]!;
  const prev = prevToken(ctx, f.start);
  const determined = hasDeterminer(ctx, prev);
  const steps: LadderStep[] = [];
  let last = share;
  let rung = 1;
  const chain: string[] = [];
  for (let p = byId.get(f.facts.parent); p && chain.length < 8; p = byId.get(p.parent)) chain.push(p.id);
  for (let i = 0; i < chain.length; i++) {
    const c = byId.get(chain[i]!)!;
    if (!(c.figure.central > last)) continue;
    let label = c[ctx.lang];
    // "haar schizofrenie" -> "haar psychotische stoornis", not "haar een psychotische stoornis".
    if (determined) label = label.replace(/^(?:een|a|an)\s+/i, '');
    const facts = { id: c.id, parent: c.parent, figure: c.figure, ...(kind === 'diagnosis' ? { ancestors: chain.slice(i + 1, chain.length - 1) } : {}) };
    steps.push({ replacement: label, loss: w * (bits(share, c.figure.central) + RUNG * rung), facts });
    last = c.figure.central;
    rung++;
  }
  const removeLoss = w * (bits(share, 1) + REMOVAL + RUNG * (rung + 1));
  if (kind === 'profession' && prev && COPULAS.has(prev.lower)) {
    steps.push({ replacement: '', loss: removeLoss, remove: true, span: predicateRemoval(ctx, prev, f.end) });
  } else if (kind === 'profession' && determined) {
    // "De burgemeester van ..." -> "De persoon van ...": the sentence keeps its subject.
    steps.push({ replacement: ctx.words.person, loss: removeLoss, remove: true });
  } else {
    steps.push({ replacement: '', loss: removeLoss, remove: true });
  }
  return monotone(steps);
}

const PRE_ADJECTIVES = new Set(['voormalig', 'oud', 'ex', 'gepensioneerd', 'former', 'retired', 'local', 'plaatselijk', 'bekend', 'famous', 'well-known']);

/** "de burgemeester", "De 45-jarige burgemeester", "the retired nurse": a determiner before the noun phrase. */
function hasDeterminer(ctx: Ctx, prev: Token | undefined): boolean {
  for (let t = prev, n = 0; t && n < 6; t = tokenBefore(ctx, t), n++) {
    if (DETERMINERS.has(t.lower)) return true;
    const inAge = ctx.findings.some((x) => x.kind === 'age' && x.start <= t!.start && t!.end <= x.end);
    const adjective = t.type === 'word' && t.text[0] === t.lower[0] && (PRE_ADJECTIVES.has(t.lower) || ctx.words.adjectiveEnding.test(t.lower));
    if (!inAge && !adjective && t.text !== '-') return false;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------
// Institutions

function institutionLadder(f: FindingOf<'institution'>, ctx: Ctx): LadderStep[] {
  const w = KIND_WEIGHT['institution']!;
  const type = f.facts.type;
  const lower = f.text.toLowerCase();
  let head: string | undefined;
  const heads = ctx.lexicon.institutions().heads;
  const candidates = [...heads.keys(), ...ctx.words.institutionHeads];
  for (const h of candidates) {
    if (h.length <= 3 || /\s-\s/.test(h)) continue; // "az", "pc", "tbs - kliniek": no generic word
    const at = lower.startsWith(`${h} `) || lower.endsWith(` ${h}`) || (lower.endsWith(h) && lower.length > h.length + 2 && !lower.includes(' '));
    if (at && (!head || h.length > head.length)) head = h;
  }
  const generic = ctx.words.institutionNoun[type] ?? ctx.words.institutionNoun.other;
  const top = ctx.words.institution;
  const prev = prevToken(ctx, f.start);
  const span = prev && ['de', 'het', 'the', "'t"].includes(prev.lower) ? { start: prev.start, end: f.end } : undefined;
  const nouns = [...new Set([head, generic, top].filter((x): x is string => !!x))];
  const steps: LadderStep[] = nouns.map((noun, i) => ({ replacement: ctx.words.article(noun), loss: w * (1 + RUNG * (i + 1)), drop: true, ...(span ? { span } : {}) }));
  steps.push({ replacement: '', loss: w * (nouns.length + 1 + REMOVAL + RUNG * (nouns.length + 1)), remove: true, ...(span ? { span } : {}) });
  return monotone(steps);
}

// ---------------------------------------------------------------------------------------------------
// Names and other direct identifiers

const FEMALE_TITLES = new Set(['mevrouw', 'mw', 'mevr', 'mrs', 'ms', 'miss', 'mejuffrouw', 'juffrouw', 'juf', 'zuster', 'sister']);
const KIN_TITLES = new Set(SHARED_KIN_TITLES);
// "zijn dochter Sanne", "her husband Tom": the role is already there, the name just goes.
const KIN_BEFORE = new Set([...ROLES_BEFORE_NAME, 'sister', 'boyfriend', 'girlfriend']);

const GREETINGS = new Set([...SHARED_GREETINGS, 'welcome']);
const SECOND_PERSON = new Set(['jij', 'je', 'u', 'jullie', 'you']);

function nameLadder(f: FindingOf<'name'>, ctx: Ctx): LadderStep[] {
  if (f.facts.pseudonym || f.confidence < 0.7) return [];
  let prev = prevToken(ctx, f.start);
  const next = nextToken(ctx, f.end);
  // "hoi Sanne," / "Jorrit, jij bent een kanjer": the person spoken to; the name just goes.
  if (prev && GREETINGS.has(prev.lower)) return [{ replacement: '', loss: 1, remove: true }];
  const initial = !prev || /^[.!?]$/.test(prev.text) || /[\n\r]/.test(ctx.text.slice(prev.end, f.start));
  if (initial && next?.text === ',' && SECOND_PERSON.has(tokenAfter(ctx, next)?.lower ?? '')) return [{ replacement: '', loss: 1, remove: true, span: { start: f.start, end: next.end } }];
  // "Consulent: Joke Vermeersch", "Patient: ...": the label names the role; a placeholder keeps the form readable.
  if (prev?.text === ':' && !/[\n\r]/.test(ctx.text.slice(prev.end, f.start))) return [{ replacement: ctx.words.namePlaceholder, loss: 1, remove: true }];
  if (prev?.text === '(' || prev?.text === ',') prev = tokenBefore(ctx, prev);
  if (prev && KIN_BEFORE.has(prev.lower)) return [{ replacement: '', loss: 1, remove: true }];
  const first = f.text.split(/[\s.]+/)[0]!.toLowerCase();
  const words = ctx.words;
  // Later mentions of the same person are "de cliënt", the first "een cliënt".
  const key = (x: FindingOf<'name'>) => x.facts.parts.join(' ');
  const earlier = ctx.findings.some((x) => x.kind === 'name' && x.start < f.start && !x.facts.pseudonym && (key(x) === key(f) || key(x).split(' ').some((p) => key(f).split(' ').includes(p))));
  const det = prev && DETERMINERS.has(prev.lower);
  let noun: string;
  if (KIN_TITLES.has(first)) noun = first;
  else noun = words.client(FEMALE_TITLES.has(first));
  const replacement = det ? noun : earlier || KIN_TITLES.has(first) ? words.definite(noun) : words.article(noun);
  return [{ replacement, loss: 1, remove: true }];
}

function addressLadder(f: Finding, ctx: Ctx): LadderStep[] {
  // "op de Oostmolenweg 101, Kloetinge" -> "in Kloetinge": the place stays, the street goes.
  const next = nextToken(ctx, f.end);
  const place = ctx.findings.find((x) => x.kind === 'place' && x.start > f.end && x.start - f.end <= 12 && /^[\s,]*(?:\d{4}\s?[A-Z]{2}\s*)?(?:in|te)?\s*$/.test(ctx.text.slice(f.end, x.start)));
  if (place && next) {
    const prev = prevToken(ctx, f.start);
    const det = prev && ['de', 'het', 'the'].includes(prev.lower) ? prev : undefined;
    const prep = tokenBefore(ctx, det ?? prev);
    const lead = det ? prep : prev;
    if (lead && ['aan', 'op', 'in', 'at', 'on', 'te', 'bij'].includes(lead.lower)) {
      return [{ replacement: 'in ', loss: 1, remove: true, span: { start: lead.start, end: place.start } }];
    }
    return [{ replacement: '', loss: 1, remove: true, span: { start: f.start, end: place.start } }];
  }
  return [{ replacement: '', loss: 1, remove: true }];
}

// ---------------------------------------------------------------------------------------------------

/**
 * The ladder of one finding, least general first; [] when the finding needs no fix (gender, a marked
 * pseudonym, an organisation's own phone number) or has none.
 */
export function ladderFor(finding: Finding, context: LadderContext): LadderStep[] {
  const ctx: Ctx = { ...context, tokens: context.tokens ?? tokenize(context.text), words: rewriteWords(context.lang) };
  return polish(finding, ctx, rawLadder(finding, ctx));
}

/** Wording fixes every ladder needs: no "de een ...", and a hashtag stays a hashtag (or goes whole). */
function polish(f: Finding, ctx: Ctx, steps: LadderStep[]): LadderStep[] {
  if (ctx.text[f.start - 1] === '#') {
    return steps.map((s) => {
      if (s.edits || (s.span && s.span.start !== f.start)) return s;
      const tag = s.replacement.replace(/^(?:een|a|an|de|het|the)\s+/i, '').replace(/[\s-]+(\p{L})/gu, (_, c: string) => c);
      return s.remove || !tag ? { ...s, replacement: '', span: { start: f.start - 1, end: s.span?.end ?? f.end } } : { ...s, replacement: tag };
    });
  }
  for (const s of steps) {
    if (s.edits || !/^(?:een|a|an)\s/i.test(s.replacement)) continue;
    const start = s.span?.start ?? f.start;
    const prev = prevToken(ctx, start);
    const possessive = prev?.lower === 's' && /['’]$/.test(ctx.text.slice(0, prev.start));
    if (prev && (DETERMINERS.has(prev.lower) || possessive) && !['een', 'a', 'an'].includes(prev.lower)) s.replacement = s.replacement.replace(/^(?:een|a|an)\s+/i, '');
  }
  return steps;
}

function rawLadder(f: Finding, ctx: Ctx): LadderStep[] {
  switch (f.kind) {
    case 'gender':
      return [];
    case 'age':
      return ageLadder(f, ctx);
    case 'place':
      return placeLadder(f, ctx);
    case 'date':
      return dateLadder(f, ctx);
    case 'diagnosis':
      return conceptLadder(f, ctx);
    case 'profession':
      return conceptLadder(f, ctx);
    case 'institution':
      return institutionLadder(f, ctx);
    case 'nationality':
      return [{ replacement: '', loss: KIND_WEIGHT['nationality']! * (bits(shareOf(f)!.central, 1) + REMOVAL), remove: true }];
    case 'family':
    case 'event':
    case 'unusual': {
      if (f.kind === 'unusual' && f.facts.via === 'construction' && f.facts.construction === 'amount') return amountLadder(f, ctx);
      const share = shareOf(f)!.central;
      const w = KIND_WEIGHT[f.kind]!;
      const label = f.facts.via === 'phrase' ? f.facts.label[ctx.lang].trim() : undefined;
      const steps: LadderStep[] = [];
      if (label && label.toLowerCase() !== f.text.toLowerCase()) steps.push({ replacement: label, loss: w * (bits(share, 1) * 0.5 + RUNG), drop: true });
      // "Onze oudste bewoonster" -> "Onze bewoonster", "de heftigste psychoot allertijden" -> "de psychoot":
      // the person stays, what singles them out goes.
      const head = f.facts.via === 'construction' ? f.facts.head : undefined;
      if (head && head.toLowerCase() !== f.text.toLowerCase()) {
        const lead = ctx.tokens[tokenIndexAt(ctx.tokens, f.start)];
        const det = lead && lead.start === f.start && DETERMINERS.has(lead.lower) ? `${lead.text} ` : '';
        steps.push({ replacement: `${det}${head}`, loss: w * (bits(share, 1) * 0.5 + RUNG * 2), drop: true });
      }
      // "een voormalig kermisexploitant": a noun after its article leaves "persoon" behind.
      const noun = !/\s/.test(f.text.trim()) && hasDeterminer(ctx, prevToken(ctx, f.start)) && !NOUN_STOP.has(f.text.toLowerCase());
      steps.push({ replacement: noun ? ctx.words.person : '', loss: w * (bits(share, 1) + REMOVAL + RUNG * 2), remove: true });
      return monotone(steps);
    }
    case 'name':
      return nameLadder(f, ctx);
    case 'address':
      return f.facts.personal ? addressLadder(f, ctx) : [];
    default: {
      // email, phone, url, handle, iban, national-id, record-id, license-plate, postcode.
      if (!isPersonalDirect(f)) return [];
      // "NHS no 943 476 5919", "BSN: 123456782", "tel. 06-...": the label goes with the number.
      const label = DIRECT_LABEL.exec(ctx.text.slice(Math.max(0, f.start - 40), f.start));
      const span = label && label[0].trim() ? { start: f.start - label[0].length + (label[1]?.length ?? 0), end: f.end } : undefined;
      return [{ replacement: '', loss: 1, remove: true, ...(span ? { span } : {}) }];
    }
  }
}

/** From this value a sum becomes "een fors bedrag", "a large sum" in a rewrite (in its own currency) [E]. */
const LARGE_SUM = 10_000;

/**
 * A sum of money (rule `amount`): the figure goes, what the sum is stays. "ruim 30.000 euro schuld" ->
 * "een schuld"; "een boete van € 1.250,-" -> "een boete" (the preposition goes with the sum); "won 1,2
 * miljoen euro" -> "won een fors bedrag", "was paid TRY 4.35" -> "was paid a sum"; removal last.
 */
function amountLadder(f: FindingOf<'unusual'>, ctx: Ctx): LadderStep[] {
  const share = shareOf(f)!.central;
  const w = KIND_WEIGHT['unusual']!;
  const removal: LadderStep = { replacement: '', loss: w * (bits(share, 1) + REMOVAL + RUNG * 2), remove: true };
  const facts = f.facts.via === 'construction' ? f.facts : undefined;
  const prev = prevToken(ctx, f.start);
  // "een boete van 500 euro", "a total of TRY 2,767": the sum hangs on a noun; without it (and its
  // preposition, which the rewrite takes along) the noun says enough.
  if (facts?.amount?.governed) return [removal];
  const steps: LadderStep[] = [];
  const afterDeterminer = !!prev && DETERMINERS.has(prev.lower);
  const head = facts?.head;
  if (head && facts?.amount?.headAt === 'after') {
    // "ruim 30.000 euro schuld" -> "een schuld"; "a £500 fine" -> "a fine"; "400 euro per maand bijstand" -> "bijstand".
    const article = !afterDeterminer && headArticle(ctx, head.toLowerCase()) === 'a';
    // The sum goes and the noun stays: nothing is left to remove.
    return [{ replacement: article ? ctx.words.article(head) : head, loss: w * (bits(share, 1) * 0.5 + RUNG), drop: true }];
  }
  if (!afterDeterminer) {
    steps.push({ replacement: ctx.words.sum((facts?.amount?.value ?? 0) >= LARGE_SUM), loss: w * (bits(share, 1) * 0.5 + RUNG * 2), drop: true });
  }
  steps.push(removal);
  return monotone(steps);
}

/** The article a sum's head noun takes in a rewrite: the dictionary's, for a compound its head's ("gokschuld"). */
function headArticle(ctx: Ctx, head: string): string | undefined {
  const money = ctx.lexicon.money();
  const last = head.split('-').pop()!;
  const direct = money.get(ctx.lang, last);
  if (direct?.cls === 'head') return direct.value;
  for (let n = last.length - 3; n >= 4; n--) {
    const w = money.get(ctx.lang, last.slice(-n));
    if (w?.cls === 'head' && w.ending) return w.value;
  }
  return undefined;
}

/** Every finding's ladder, in the order of the findings. */
export function buildLadders(findings: readonly Finding[], context: Omit<LadderContext, 'findings'>): LadderStep[][] {
  const ctx: LadderContext = { ...context, findings, tokens: context.tokens ?? tokenize(context.text) };
  return findings.map((f) => ladderFor(f, ctx));
}
