import type { Lang } from '../core/types.js';
import type { Token } from './tokenize.js';

// Function words that are frequent in one language and rare in the other. A count of these is a
// robust guess for texts of a sentence or more, and costs one Set look-up per token.
const NL = new Set([
  'de', 'het', 'een', 'en', 'van', 'is', 'niet', 'ik', 'je', 'ze', 'zijn', 'haar', 'hij', 'wij', 'we', 'met', 'op',
  'voor', 'dat', 'die', 'er', 'maar', 'ook', 'nog', 'wel', 'naar', 'bij', 'uit', 'om', 'dan', 'als', 'heeft', 'werd',
  'wordt', 'kan', 'zal', 'onze', 'ons', 'deze', 'dit', 'geen', 'wat', 'hoe', 'waar', 'vandaag', 'gisteren', 'jaar',
  'ge', 'gij', 'zit', 'nen', 'ne', 'amai', 'ben', 'bent', 'hebben', 'zij', 'mij', 'mijn', 'jij', 'jullie', 'ff', 'zn',
]);
const EN = new Set([
  'the', 'a', 'an', 'and', 'of', 'is', 'not', 'i', 'you', 'she', 'he', 'his', 'her', 'we', 'with', 'on', 'for', 'that',
  'this', 'there', 'but', 'also', 'to', 'at', 'from', 'was', 'were', 'has', 'have', 'had', 'can', 'will', 'our', 'us',
  'these', 'what', 'how', 'where', 'today', 'yesterday', 'year', 'who', 'it', 'be', 'been', 'are', 'my', 'me', 'they',
  'their', 'them', 'would', 'could', 'should', 'in', 'by', 'as',
]);

/** Guesses nl or en from function-word counts; ties (or no words) go to `fallback`. */
export function guessLanguage(tokens: readonly Token[], fallback: Lang = 'nl'): Lang {
  let nl = 0;
  let en = 0;
  for (const t of tokens) {
    if (t.type !== 'word') continue;
    if (NL.has(t.lower)) nl++;
    if (EN.has(t.lower)) en++;
  }
  if (nl === en) return fallback;
  return nl > en ? 'nl' : 'en';
}
