import type { FindingOf } from '../../core/types.js';
import type { Place } from '../../lexicon/lexicon.js';
import { COUNTRY_POPULATION } from '../../risk/defaults.js';
import { HOME_COUNTRY } from '../../core/countries.js';
import { countryName } from '../../i18n/index.js';
import type { LadderStep } from '../types.js';
import { RESIDENCE_PREPOSITIONS, RESIDENCE_VERBS } from '../../lexicon/residence.js';
import type { Token } from '../../text/tokenize.js';
import { bits, type Ctx, DETERMINERS, KIND_WEIGHT, monotone, nextToken, NOUN_STOP, prevToken, REMOVAL, RUNG, tokenAfter, tokenBefore } from './shared.js';

// ---------------------------------------------------------------------------------------------------
// Place

const PLACE_NOUNS = new Set(['gemeente', 'provincie', 'regio', 'dorp', 'stad', 'stadje', 'dorpje', 'wijk', 'deelgemeente', 'town', 'city', 'village', 'county', 'municipality']);

function placeName(p: Place, ctx: Ctx, first: boolean, original: Place): string {
  if (p.type === 'country') return countryName(p.country, ctx.lang, ctx.words.countryAbroad(p));
  const name = ctx.words.placeName(p.name);
  if (p.type === 'municipality' && first && p.name !== original.name) return ctx.words.municipality(name);
  return name;
}

const RESIDENCE_ADVERBS = new Set(['nog', 'al', 'nu', 'ook', 'sinds', 'kort', 'inmiddels', 'tegenwoordig', 'still', 'now', 'also', 'currently', 'already']);
// Auxiliaries between a Dutch place and its participle at the end: "naar Australië is verhuisd".
const AUXILIARIES = new Set(['is', 'zijn', 'was', 'waren', 'heeft', 'hebben', 'had']);

/**
 * Where someone lives or went, when the place is what a verb of living or moving needs ("woont in Canada",
 * "die in Leeds woont", "is naar Goes verhuisd", "moved to Leeds"): the preposition with the place, and
 * whether the place lies abroad. Such a place cannot just go ("dochter woont."): a word takes its place.
 */
export function residenceOf(ctx: Ctx, start: number, end: number, country: string | undefined): { span: { start: number; end: number }; preposition: string; abroad: boolean } | undefined {
  const prep = prevToken(ctx, start);
  if (!prep || !RESIDENCE_PREPOSITIONS.has(prep.lower)) return undefined;
  const verb = (t: Token | undefined) => !!t && RESIDENCE_VERBS.has(t.lower);
  const after = nextToken(ctx, end);
  const final = verb(after) || (!!after && AUXILIARIES.has(after.lower) && verb(tokenAfter(ctx, after)));
  // "zit nog in Libië", "woont sinds kort in Kapelle", "lives now in Leeds": adverbs between the verb and the place.
  let before = tokenBefore(ctx, prep);
  for (let n = 0; before && n < 2 && RESIDENCE_ADVERBS.has(before.lower); n++) before = tokenBefore(ctx, before);
  if (!verb(before) && !final) return undefined;
  const home = ctx.country || HOME_COUNTRY[ctx.lang];
  return { span: { start: prep.start, end }, preposition: prep.lower, abroad: !!country && country !== home };
}

const ARTICLE_NAMES = new Set(['de', 'het', 'the']);
// Prepositions before a named feature with its article ("aan de Kluisberg", "op de Veluwe", "on the Wirral").
const FEATURE_PREPOSITIONS = new Set(['aan', 'op', 'bij', 'nabij', 'on', 'at', 'near']);

export function placeLadder(f: FindingOf<'place'>, ctx: Ctx): LadderStep[] {
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
  // "aan de Kluisberg", "op de Veluwe", "on the Wirral": a named hill, heath or peninsula with its article;
  // a wider place takes no article, so it comes with a preposition of its own ("in Henegouwen").
  const articlePrep = !span && prev && ARTICLE_NAMES.has(prev.lower) ? tokenBefore(ctx, prev) : undefined;
  const withArticle = !!articlePrep && FEATURE_PREPOSITIONS.has(articlePrep.lower);
  if (withArticle) span = { start: articlePrep!.start, end: f.end };
  const inPlace = (name: string): string => (withArticle ? `${ctx.words.inPlace} ${name}` : name);
  const residence = residenceOf(ctx, span?.start ?? f.start, f.end, country);
  const removal = (): LadderStep => ({
    replacement: residence ? ctx.words.whereabouts(residence.preposition, residence.abroad) : '',
    loss: w * (bits(pop || 1, countryPop) + REMOVAL + RUNG * 4),
    remove: true,
    ...(residence ? { span: residence.span } : span ? { span } : {}),
  });
  // A country abroad is an origin, like a nationality: there is nothing wider to write but nothing.
  if (!place || pop <= 0 || place.type === 'country') return [removal()];
  // "Kloetingse", "Goesenaar": an adjective or a demonym cannot take "Zeeland" in its place.
  const adjectival = f.text.toLowerCase() !== place.name.toLowerCase() && /(?:se|ers?|naar|aar)$/i.test(f.text);
  // "our Norwich resource centre", "het Goese ziekenhuis": the name is used as an adjective.
  const after = nextToken(ctx, f.end);
  const attributive = !!prev && DETERMINERS.has(prev.lower) && !!after && after.type === 'word' && after.text[0] === after.lower[0] && !NOUN_STOP.has(after.lower);
  if (adjectival || attributive) return [removal()];
  // "the Clifton Suspension Bridge", "Luton Airport": the place begins a name; a wider place would make a
  // name that does not exist, so the name goes whole.
  let nameEnd = f.end;
  for (let t = nextToken(ctx, f.end); t && t.type === 'word' && t.start === nameEnd + 1 && t.text[0] !== t.lower[0] && !NOUN_STOP.has(t.lower); t = tokenAfter(ctx, t)) nameEnd = t.end;
  if (nameEnd > f.end) return [{ ...removal(), span: { start: span?.start ?? f.start, end: nameEnd } }];
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
    steps.push({ replacement: ofRole && p.type !== 'municipality' ? within(name) : inPlace(name), loss: w * (bits(pop, population) + RUNG * rung), facts: { id: p.id, population, type: p.type, parent: p.parent, country: p.country }, ...(span ? { span } : {}) });
    last = population;
    rung++;
  }
  if (!reachedCountry && countryPop >= last * 1.5) {
    const name = countryName(country, ctx.lang);
    steps.push({ replacement: ofRole ? within(name) : inPlace(name), loss: w * (bits(pop, countryPop) + RUNG * rung), facts: { id: country.toLowerCase(), population: countryPop, type: 'country', parent: '', country }, ...(span ? { span } : {}) });
  }
  steps.push(removal());
  return monotone(steps);
}
