import { HOME_COUNTRY } from '../core/countries.js';
import type { Detection, Lang } from '../core/types.js';
import type { Lexicon, Place } from '../lexicon/lexicon.js';
import { parseNumberWord } from '../lexicon/numbers.js';
import type { PhraseMatch } from '../lexicon/phrases.js';
import { isMostlyLowercase } from '../text/case.js';
import type { Token } from '../text/tokenize.js';
import { isGroup } from './subject.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

// Words that introduce a place: they let a place whose name is also a word ("Best") count, and a
// lower-case place in chat-style text.
const PLACE_LEAD = new Set(['in', 'uit', 'naar', 'te', 'bij', 'rond', 'rondom', 'nabij', 'van', 'from', 'near', 'round', 'around', 'to', 'at', 'of', 'op', 'richting', 'regio', 'gemeente', 'provincie', 'city', 'town', 'county', 'omgeving', 'wijk', 'dorp', 'stad', '#']);
const PREFERRED: Record<Lang, ReadonlySet<string>> = { nl: new Set(['NL', 'BE']), en: new Set(['GB', 'US']) };
// The countries a text is set in: "Nederland", "the United Kingdom" are places (a reader and the
// annotators count them), but they narrow nothing the base population does not (src/risk/shares.ts).
const OWN_COUNTRY = PREFERRED;
// A place abroad this many times larger than every place of that name at home is the one people mean:
// "Paris" in an English text is the French capital, not Paris, Texas (25,000); "Bergen" in a Dutch text
// stays the Dutch gemeente.
const FAR_LARGER = 20;

// Which reading of a shared name people mean: "Utrecht" the city before the province, "Zeeland" the
// province before the village in Brabant, and among villages of one name the smallest (conservative).
const TIER: Record<string, number> = { municipality: 0, city: 0, province: 1, region: 1, country: 1, town: 2, district: 3 };

function withinCountry(pool: readonly Place[]): Place {
  const best = Math.min(...pool.map((p) => TIER[p.type] ?? 2));
  const tier = pool.filter((p) => (TIER[p.type] ?? 2) === best);
  return tier.reduce((a, b) => (b.population > 0 && (a.population <= 0 || b.population < a.population) ? b : a));
}

/**
 * Among places with one name: the text's own countries; within a country the most prominent tier,
 * then the smallest; across countries the best-known (largest), since "Aberdeen" in an English text
 * is the Scottish city, not the town in Washington State.
 */
export function choose(places: readonly Place[], lang: Lang): Place {
  const preferred = places.filter((p) => PREFERRED[lang].has(p.country));
  const largest = (list: readonly Place[]) => Math.max(0, ...list.map((p) => p.population));
  const abroad = places.filter((p) => !PREFERRED[lang].has(p.country));
  const pool = preferred.length && !(largest(abroad) >= FAR_LARGER * largest(preferred)) ? preferred : places;
  const perCountry = [...new Set(pool.map((p) => p.country))].map((c) => withinCountry(pool.filter((p) => p.country === c)));
  return perCountry.reduce((a, b) => (b.population > a.population ? b : a));
}

// A country as a state, not as where someone is: a party to a case ("application against Turkey",
// "Stec v. the United Kingdom") or the head of a state body ("the United Kingdom Government", "United
// Kingdom law", "de Nederlandse ..." is the nationality rule's).
const AGAINST = new Set(['against', 'v', 'vs', 'versus']);
const STATE_BODY = new Set(['government', 'governments', 'authorities', 'authority', 'law', 'laws', 'legislation', 'parliament', 'embassy', 'consulate', 'ministry', 'regering', 'overheid', 'autoriteiten', 'ambassade', 'consulaat', 'wetgeving', 'ministerie']);

/** The country at tokens first..last is the state: a party named after "against", "v." or before a state body. */
function asState(tokens: readonly Token[], first: number, last: number): boolean {
  let k = first - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.text === '.') k--;
  return AGAINST.has(tokens[k]?.lower ?? '') || STATE_BODY.has(tokens[last + 1]?.lower ?? '');
}

// Short function words that are also village names ("Hem", "Ee", "Ons"): never a place in lower case.
const ARTICLES = new Set(['de', 'het', 'een', 'the', 'a', 'an', 'die', 'dat', 'deze', 'this', 'that']);
const LOWERCASE_STOP = new Set(['hem', 'ons', 'ee', 'best', 'echt', 'born', 'made', 'lent', 'mill', 'nes', 'oss', 'om', 'op', 'ter', 'bath', 'deal', 'wells', 'reading', 'split', 'goes', 'mark', 'hoorn', 'haren']);


function createPlaceDetector(lexicon: Lexicon): Detector {
  return {
    id: 'place',
    detect({ tokens, lang }: DetectContext): Detection[] {
      const places = lexicon.places();
      const lowerText = isMostlyLowercase(tokens, 3);
      const out: Detection[] = [];
      for (const m of joinHyphenated(withAbroad(places, tokens, lowerText), tokens, lang)) {
        const first = tokens[m.first]!;
        const lead = tokens[m.first - 1];
        const led = !!lead && PLACE_LEAD.has(lead.lower) && (lead.text === '#' ? !first.gapBefore : true);
        // "'s-Hertogenbosch": the capital may come after an elided article, so any capitalized word counts.
        let capital = false;
        for (let k = m.first; k <= m.last; k++) if (tokens[k]!.type === 'word' && tokens[k]!.text[0] !== tokens[k]!.lower[0]) capital = true;
        // Inside a word run joined by hyphens ("Sint-Amandsberg" holds "Sint"), only the whole counts.
        const glued = (lead && !first.gapBefore && lead.text === '-') || (tokens[m.last + 1]?.text === '-' && !tokens[m.last + 1]!.gapBefore && tokens[m.last + 2]?.type === 'word' && !tokens[m.last + 2]!.gapBefore);
        if (glued) continue;
        const candidates = m.value.filter((p) => p.population > 0 || p.type === 'country' || p.type === 'province' || p.type === 'region');
        if (candidates.length === 0) continue;
        const place = choose(candidates, lang);
        const country = place.type === 'country';
        if (country && asState(tokens, m.first, m.last)) continue;
        // "UK", "USA", "DRC": a name the dictionary writes in capitals counts only in capitals ("us", "Us").
        if (place.caps && !isCapitals(tokens, m.first, m.last)) continue;
        // "Turkey", "Chile", "Polen", "Zweden": a country's name with a capital is the country; a town's
        // that is also a word needs a place word before it too.
        // After an article or a number the word is the noun: "de Polen", "twee Zweden", "the turkey".
        const noun = !led && (ARTICLES.has(lead?.lower ?? '') || lead?.type === 'number' || parseNumberWord(lead?.lower ?? '') !== undefined || isGroup(tokens, m.first, m.last));
        if (place.isWord && !(capital && (led || (country && !noun)))) continue;
        if (!capital && !(led && (lowerText || lead?.text === '#')) && !lowerText) continue;
        if (!capital && (place.isWord || LOWERCASE_STOP.has(first.lower) || m.end - m.start < 4)) continue;
        // "van de wijk", "naar de winkel": after an article a lower-case word is a common noun.
        if (!capital && ARTICLES.has(lead?.lower ?? '')) continue;
        out.push({
          kind: 'place',
          start: m.start,
          end: m.end,
          rule: 'place',
          confidence: place.isWord && !country ? 0.7 : capital ? 0.8 : 0.7,
          facts: { id: place.id, population: place.population, country: place.country, type: place.type, parent: place.parent, ...(country ? countryFacts(place) : {}) },
        });
      }
      return out;

      /** A country: the text's own (narrows nothing), or abroad with the share of people from there. */
      function countryFacts(place: Place): { home: true } | { origin?: string; share?: number } {
        if (OWN_COUNTRY[lang].has(place.country)) return { home: true };
        if (!place.origin) return {};
        const share = lexicon.nationalities().byId.get(place.origin)?.shares[HOME_COUNTRY[lang]];
        return { origin: place.origin, ...(share ? { share } : {}) };
      }
    },
  };
}

/**
 * "Genk-Winterslag", "Antwerpen-Noord": two places joined by a hyphen are one, the smaller (a district
 * of the town). Runs of more words stay as they are: only the whole of such a run counts.
 */
function joinHyphenated(matches: PhraseMatch<Place[]>[], tokens: readonly Token[], lang: Lang): PhraseMatch<Place[]>[] {
  const out: PhraseMatch<Place[]>[] = [];
  for (let k = 0; k < matches.length; k++) {
    const a = matches[k]!;
    const b = matches[k + 1];
    const dash = tokens[a.last + 1];
    const glued = (t: Token | undefined) => !!t && !t.gapBefore;
    const joined = !!b && b.first === a.last + 2 && dash?.text === '-' && glued(dash) && glued(tokens[b.first]) &&
      !(tokens[a.first - 1]?.text === '-' && glued(tokens[a.first])) && !(tokens[b.last + 1]?.text === '-' && glued(tokens[b.last + 1]));
    if (!joined || !b) {
      out.push(a);
      continue;
    }
    const pa = a.value.filter((p) => p.population > 0);
    const pb = b.value.filter((p) => p.population > 0);
    if (!pa.length || !pb.length) {
      out.push(a);
      continue;
    }
    const smaller = choose(pb, lang).population <= choose(pa, lang).population ? b.value : a.value;
    out.push({ start: a.start, end: b.end, first: a.first, last: b.last, value: smaller });
    k++;
  }
  return out;
}

const isCapitals = (tokens: readonly Token[], first: number, last: number): boolean => {
  for (let k = first; k <= last; k++) if (tokens[k]!.type === 'word' && tokens[k]!.text !== tokens[k]!.text.toUpperCase()) return false;
  return true;
};

/**
 * The place names in the text: those of NL, BE, GB, US and the countries of the world, and the cities
 * abroad, whose dictionary section is read only when a word that opens one of their names is there
 * (capitalized, or anywhere in lower-case chat text). One name at home and abroad ("Victoria") is one
 * match with every place of that name; of two overlapping names the longer wins, at equal length home.
 */
function withAbroad(places: ReturnType<Lexicon['places']>, tokens: readonly Token[], lowerText: boolean): PhraseMatch<Place[]>[] {
  const home = places.matcher.findAll(tokens);
  const opens = tokens.some((t, i) => t.type === 'word' && (lowerText || t.text[0] !== t.lower[0]) && places.abroad.mayStart(t.lower, tokens[i + 1]?.lower));
  if (!opens) return home;
  // The matches kept never overlap: which one holds each token is one array, so a name abroad costs its
  // length, not the number of names at home.
  type Match = PhraseMatch<Place[]>;
  const live = new Set<Match>(home);
  const owner: Array<Match | undefined> = new Array<Match | undefined>(tokens.length);
  const claim = (m: Match | undefined, first: number, last: number) => {
    for (let k = first; k <= last; k++) owner[k] = m;
  };
  for (const h of home) claim(h, h.first, h.last);
  for (const w of places.abroad.matcher().findAll(tokens)) {
    const same = owner[w.first];
    if (same && same.first === w.first && same.last === w.last) {
      const merged = { ...same, value: [...same.value, ...w.value] };
      live.delete(same);
      live.add(merged);
      claim(merged, w.first, w.last);
      continue;
    }
    const overlapping: Match[] = [];
    for (let k = w.first; k <= w.last; k++) {
      const h = owner[k];
      if (h && !overlapping.includes(h)) overlapping.push(h);
    }
    if (overlapping.some((h) => h.last - h.first >= w.last - w.first)) continue;
    for (const h of overlapping) {
      live.delete(h);
      claim(undefined, h.first, h.last);
    }
    live.add(w);
    claim(w, w.first, w.last);
  }
  return [...live].sort((a, b) => a.first - b.first);
}

export const placeRule: Rule = {
  meta: ruleMeta('place', ['place'], 'Places from the places dictionary, with their population: villages, towns, regions and provinces of NL, BE, the UK and the US, every country, and cities abroad'),
  create: createPlaceDetector,
};
