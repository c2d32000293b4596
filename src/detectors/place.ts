import type { Detection, Lang } from '../core/types.js';
import type { Lexicon, Place } from '../lexicon/lexicon.js';
import { isMostlyLowercase } from '../text/case.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

// Words that introduce a place: they let a place whose name is also a word ("Best") count, and a
// lower-case place in chat-style text.
const PLACE_LEAD = new Set(['in', 'uit', 'naar', 'te', 'bij', 'rond', 'rondom', 'nabij', 'van', 'from', 'near', 'round', 'around', 'to', 'at', 'of', 'op', 'richting', 'regio', 'gemeente', 'provincie', 'city', 'town', 'county', 'omgeving', 'wijk', 'dorp', 'stad', '#']);
const PREFERRED: Record<Lang, ReadonlySet<string>> = { nl: new Set(['NL', 'BE']), en: new Set(['GB', 'US']) };
const OWN_COUNTRY = PREFERRED;

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
  const pool = preferred.length ? preferred : places;
  const perCountry = [...new Set(pool.map((p) => p.country))].map((c) => withinCountry(pool.filter((p) => p.country === c)));
  return perCountry.reduce((a, b) => (b.population > a.population ? b : a));
}

// Short function words that are also village names ("Hem", "Ee", "Ons"): never a place in lower case.
const ARTICLES = new Set(['de', 'het', 'een', 'the', 'a', 'an', 'die', 'dat', 'deze', 'this', 'that']);
const LOWERCASE_STOP = new Set(['hem', 'ons', 'ee', 'best', 'echt', 'born', 'made', 'lent', 'mill', 'nes', 'oss', 'om', 'op', 'ter', 'bath', 'deal', 'wells', 'reading', 'split', 'goes', 'mark', 'hoorn', 'haren']);


function createPlaceDetector(lexicon: Lexicon): Detector {
  return {
    id: 'place',
    detect({ tokens, lang }: DetectContext): Detection[] {
      const { matcher } = lexicon.places();
      const lowerText = isMostlyLowercase(tokens, 3);
      const out: Detection[] = [];
      for (const m of matcher.findAll(tokens)) {
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
        // "Dit is Nederland": the text's own country narrows nothing the base population does not already.
        if (place.type === 'country' && OWN_COUNTRY[lang].has(place.country)) continue;
        if (place.isWord && !(capital && led)) continue;
        if (!capital && !(led && (lowerText || lead?.text === '#')) && !lowerText) continue;
        if (!capital && (place.isWord || LOWERCASE_STOP.has(first.lower) || m.end - m.start < 4)) continue;
        // "van de wijk", "naar de winkel": after an article a lower-case word is a common noun.
        if (!capital && ARTICLES.has(lead?.lower ?? '')) continue;
        out.push({
          kind: 'place',
          start: m.start,
          end: m.end,
          rule: 'place',
          confidence: place.isWord ? 0.7 : capital ? 0.8 : 0.7,
          facts: { id: place.id, population: place.population, country: place.country, type: place.type, parent: place.parent },
        });
      }
      return out;
    },
  };
}

export const placeRule: Rule = {
  meta: ruleMeta('place', ['place'], 'Places of NL, BE, the UK and the US from the places dictionary, with their population: villages, towns, regions, provinces'),
  create: createPlaceDetector,
};
