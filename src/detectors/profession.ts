import type { Detection } from '../core/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Token } from '../text/tokenize.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

// "je hulpverlener", "your GP": the reader's own care worker, a role in general, not a person described.
// "zijn leerkracht", "her GP": the role of somebody around the person, not the person's own job.
const NOT_THEIR_OWN = new Set(['je', 'jouw', 'uw', 'your', 'jullie', 'elke', 'iedere', 'every', 'any', 'welke', 'which', 'zijn', 'haar', 'hun', 'z', 'zn', 'his', 'her', 'their', 'mijn', 'my', 'onze', 'our', 'ons']);
// "bij de boer", "naar de bakker", "at the chemist": a shop or a service, not a person described.
const SHOP_LEAD = new Set(['bij', 'naar', 'at', 'to', 'from', 'van']);
// Care and school staff are who writes these texts: such a role describes the subject only when the
// text says so ("was verpleegkundige", "werkte als leerkracht", "a retired nurse").
const STAFF_ROOTS = new Set(['healthcare-worker', 'teacher', 'social-worker', 'psychologist', 'care-worker']);
const ATTRIBUTION = new Set(['is', 'was', 'werd', 'wordt', 'werkt', 'werkte', 'voormalig', 'voormalige', 'gepensioneerd', 'gepensioneerde', 'oud', 'ex', 'former', 'retired', 'works', 'worked', 'became', 'zelf', 'herself', 'himself']);
const FIRST_PERSON = new Set(['ik', 'i', "i'm", 'me', 'mij']);

function ancestorsOf(lexicon: Lexicon, id: string): string[] {
  const { byId } = lexicon.professions();
  const out: string[] = [];
  for (let p = byId.get(id)?.parent; p && out.length < 8; p = byId.get(p)?.parent) out.push(p);
  return out;
}

/**
 * Whose role is this? Only the subject's own occupation narrows the set of people who match. `attributedOnly`:
 * the role counts only when the text attributes it, whatever it is (as for care staff).
 */
export function describesSubject(lexicon: Lexicon, tokens: readonly Token[], first: number, id: string, attributedOnly = false): boolean {
  const prev = tokens[first - 1]?.lower ?? '';
  const prev2 = tokens[first - 2]?.lower ?? '';
  if (NOT_THEIR_OWN.has(prev)) return false;
  if ((prev === 'de' || prev === 'het' || prev === 'the') && SHOP_LEAD.has(prev2)) return false;
  // The writer's own role: "Als wijkverpleegkundige zie ik ...", "Ik werk als CLB-medewerker".
  if (prev === 'als' || prev === 'as' || ((prev === 'a' || prev === 'an') && prev2 === 'as')) {
    for (let k = Math.max(0, first - 8); k < Math.min(tokens.length, first + 8); k++) if (FIRST_PERSON.has(tokens[k]!.lower)) return false;
  }
  const staff = attributedOnly || [id, ...ancestorsOf(lexicon, id)].some((x) => STAFF_ROOTS.has(x));
  if (!staff) return true;
  for (let k = Math.max(0, first - 3); k < first; k++) if (ATTRIBUTION.has(tokens[k]!.lower)) return true;
  // "Als verpleegkundige werkte ze ...": the attribution follows the role.
  if (prev === 'als' || prev === 'as') {
    for (let k = first + 1; k < Math.min(tokens.length, first + 4); k++) if (ATTRIBUTION.has(tokens[k]!.lower)) return true;
  }
  return false;
}
const LOCAL = new Set(['plaatselijke', 'plaatselijk', 'lokale', 'local', 'dorps', 'village', 'town']);

function createProfessionDetector(lexicon: Lexicon): Detector {
  return {
    id: 'profession',
    detect({ tokens }: DetectContext): Detection[] {
      return lexicon.professions().matcher.findAll(tokens).filter((m) => describesSubject(lexicon, tokens, m.first, m.value.id)).map((m) => {
        const local = LOCAL.has(tokens[m.first - 1]?.lower ?? '');
        return {
          kind: 'profession',
          start: m.start,
          end: m.end,
          rule: 'profession',
          confidence: 0.75,
          facts: { id: m.value.id, parent: m.value.parent, uniquePerPlace: m.value.uniquePerPlace, local, figure: m.value.figure },
        } satisfies Detection;
      });
    },
  };
}

export const professionRule: Rule = {
  meta: ruleMeta('profession', ['profession'], "Professions and roles of the subject; staff around the subject only when the text attributes the role"),
  create: createProfessionDetector,
};
