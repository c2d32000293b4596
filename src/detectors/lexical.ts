import type { Detection, Figure, Lang } from '../core/types.js';
import type { Cue, Lexicon } from '../lexicon/lexicon.js';
import type { PhraseMatcher } from '../lexicon/phrases.js';
import type { Token } from '../text/tokenize.js';
import type { DetectContext, Detector } from './types.js';

// Modifiers that belong to a diagnosis ("uitgezaaide borstkanker", "severe obstructive sleep apnea").
const MODIFIERS = new Set([
  'ernstige', 'zware', 'lichte', 'milde', 'chronische', 'acute', 'uitgezaaide', 'vergevorderde', 'eenzijdige', 'dubbelzijdige',
  'beginnende', 'terminale', 'progressieve', 'recidiverende', 'ernstig', 'chronisch', 'severe', 'chronic', 'acute', 'metastatic',
  'advanced', 'mild', 'terminal', 'progressive', 'early', 'onset', 'late', 'stage', 'relapsing', 'remitting', 'treatment', 'resistant',
  'therapieresistente', 'jeugdige', 'aangeboren', 'congenital', 'juvenile', 'secundaire', 'primaire', 'primary', 'secondary',
]);

function extendLeft(tokens: readonly Token[], first: number): number {
  let i = first;
  while (i > 0) {
    const p = tokens[i - 1]!;
    if (MODIFIERS.has(p.lower)) i--;
    else if (p.text === '-' && MODIFIERS.has(tokens[i - 2]?.lower ?? '')) i -= 2;
    else break;
  }
  return i;
}

const country = (lang: Lang) => (lang === 'nl' ? 'NL' : 'GB');

/** A condition's broader concepts, short of the top ("psychische problemen" relates everything). */
function ancestors(lexicon: Lexicon, id: string): string[] {
  const { byId } = lexicon.conditions();
  const out: string[] = [];
  let parent = byId.get(id)?.parent;
  while (parent && out.length < 8) {
    const p = byId.get(parent);
    if (!p || !p.parent) break; // the root itself is not a relation
    out.push(parent);
    parent = p.parent;
  }
  return out;
}

export function createDiagnosisDetector(lexicon: Lexicon): Detector {
  return {
    id: 'diagnosis',
    detect({ tokens }: DetectContext): Detection[] {
      // "MS-centrum", "ADHD-poli": a compound naming a service, not a person's condition.
      const compound = (last: number) =>
        tokens[last + 1]?.text === '-' && !tokens[last + 1]!.gapBefore && !tokens[last + 2]?.gapBefore && SERVICE_WORDS.has(tokens[last + 2]?.lower ?? '');
      return lexicon.conditions().matcher.findAll(tokens).filter((m) => !compound(m.last)).map((m) => {
        const first = extendLeft(tokens, m.first);
        return {
          kind: 'diagnosis',
          start: tokens[first]!.start,
          end: m.end,
          rule: 'diagnosis',
          confidence: 0.85,
          figure: m.value.figure,
          data: { id: m.value.id, parent: m.value.parent, ancestors: ancestors(lexicon, m.value.id) },
        } satisfies Detection;
      });
    },
  };
}

/** How many tokens from i form a profession ("notaris", "long-haul trucker"), for `{role}` in patterns. */
export function roleLength(lexicon: Lexicon) {
  return (tokens: readonly Token[], i: number): number => {
    const m = lexicon.professions().matcher.longestAt(tokens, i);
    return m ? m.last - i + 1 : 0;
  };
}

// The second half of a compound that names a service, not a condition: "MS-centrum", "ADHD-poli".
const SERVICE_WORDS = new Set(['centrum', 'center', 'centre', 'poli', 'polikliniek', 'kliniek', 'clinic', 'team', 'afdeling', 'unit', 'zorg', 'vereniging', 'stichting', 'fonds', 'week', 'dag', 'congres', 'onderzoek', 'research', 'service', 'services', 'verpleegkundige', 'nurse', 'specialist', 'behandeling', 'groep', 'group', 'huis', 'netwerk', 'network', 'programma', 'programme', 'program']);

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

/** Whose role is this? Only the subject's own occupation narrows the set of people who match. */
function describesSubject(lexicon: Lexicon, tokens: readonly Token[], first: number, id: string): boolean {
  const prev = tokens[first - 1]?.lower ?? '';
  const prev2 = tokens[first - 2]?.lower ?? '';
  if (NOT_THEIR_OWN.has(prev)) return false;
  if ((prev === 'de' || prev === 'het' || prev === 'the') && SHOP_LEAD.has(prev2)) return false;
  // The writer's own role: "Als wijkverpleegkundige zie ik ...", "Ik werk als CLB-medewerker".
  if (prev === 'als' || prev === 'as' || ((prev === 'a' || prev === 'an') && prev2 === 'as')) {
    for (let k = Math.max(0, first - 8); k < Math.min(tokens.length, first + 8); k++) if (FIRST_PERSON.has(tokens[k]!.lower)) return false;
  }
  const staff = [id, ...ancestorsOf(lexicon, id)].some((x) => STAFF_ROOTS.has(x));
  if (!staff) return true;
  for (let k = Math.max(0, first - 3); k < first; k++) if (ATTRIBUTION.has(tokens[k]!.lower)) return true;
  // "Als verpleegkundige werkte ze ...": the attribution follows the role.
  if (prev === 'als' || prev === 'as') {
    for (let k = first + 1; k < Math.min(tokens.length, first + 4); k++) if (ATTRIBUTION.has(tokens[k]!.lower)) return true;
  }
  return false;
}
const LOCAL = new Set(['plaatselijke', 'plaatselijk', 'lokale', 'local', 'dorps', 'village', 'town']);

export function createProfessionDetector(lexicon: Lexicon): Detector {
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
          figure: m.value.figure,
          data: { id: m.value.id, parent: m.value.parent, uniquePerPlace: m.value.uniquePerPlace, local },
        } satisfies Detection;
      });
    },
  };
}

// "de Duitsers", "the Germans", "alle Marokkanen": a group, not the person the text is about.
const GROUP_LEAD = new Set(['de', 'die', 'deze', 'alle', 'veel', 'vele', 'sommige', 'andere', 'the', 'all', 'many', 'some', 'other', 'those', 'these']);
const isGroupNoun = (tokens: readonly Token[], first: number, last: number): boolean =>
  GROUP_LEAD.has(tokens[first - 1]?.lower ?? '') && /(?:ers|anen|en|s)$/.test(tokens[last]!.lower);

export function createNationalityDetector(lexicon: Lexicon): Detector {
  return {
    id: 'nationality',
    detect({ tokens, lang }: DetectContext): Detection[] {
      return lexicon.nationalities().matcher.findAll(tokens).filter((m) => !isGroupNoun(tokens, m.first, m.last)).flatMap((m) => {
        const share = m.value.shares[country(lang)] || 0.01;
        // "Hij spreekt Nederlands" in a Dutch text: the majority narrows nothing, like naming the own country.
        if (share >= 0.5) return [];
        const figure: Figure = { low: share / 2, central: share, high: Math.min(0.95, share * 1.5), source: m.value.source };
        return [{ kind: 'nationality', start: m.start, end: m.end, rule: 'nationality', confidence: 0.75, figure, data: { id: m.value.id } } satisfies Detection];
      });
    },
  };
}

function cueDetector(id: 'family' | 'event' | 'unusual', matcher: (l: Lexicon) => PhraseMatcher<Cue>, lexicon: Lexicon): Detector {
  return {
    id,
    detect({ tokens }: DetectContext): Detection[] {
      return matcher(lexicon)
        .findAll(tokens, { isRole: roleLength(lexicon) })
        .map((m) => ({
          kind: id,
          start: m.start,
          end: m.end,
          rule: id,
          confidence: 0.75,
          figure: m.value.figure,
          data: { label: m.value.label },
        }));
    },
  };
}

export const createFamilyDetector = (l: Lexicon) => cueDetector('family', (x) => x.family(), l);
export const createEventDetector = (l: Lexicon) => cueDetector('event', (x) => x.events(), l);
export const createUnusualDetector = (l: Lexicon) => cueDetector('unusual', (x) => x.unusual(), l);
