import type { Detection } from '../core/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { kinNoun } from '../lexicon/person-words.js';
import { isCapitalized, type Token } from '../text/tokenize.js';
import { clauseEnd, opensClause } from './subject.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

// "je hulpverlener", "your GP": the reader's own care worker, a role in general, not a person described.
// "zijn leerkracht", "her GP": the role of somebody around the person, not the person's own job.
const NOT_THEIR_OWN = new Set(['je', 'jouw', 'uw', 'your', 'jullie', 'elke', 'iedere', 'every', 'any', 'welke', 'which', 'zijn', 'haar', 'hun', 'z', 'zn', 'his', 'her', 'their', 'mijn', 'my', 'onze', 'our', 'ons']);
// The roles of the people around the subject: care and school staff (who write these texts), clergy,
// police and prison staff, and the lawyers, judges, prosecutors and guardians of a case. Such a role
// describes the subject only when the text says so ("was verpleegkundige", "werkte als leerkracht", "a
// retired nurse", "werd benoemd tot pastor").
const AROUND_ROOTS = new Set([
  'healthcare-worker', 'education-worker', 'social-worker', 'psychologist', 'clergy', 'police-officer', 'prison-officer', 'enforcement-officer',
  'lawyer', 'judge', 'prosecutor', 'bailiff', 'mediator', 'financial-guardian',
]);
const ATTRIBUTION = new Set([
  'is', 'was', 'werd', 'wordt', 'werkt', 'werkte', 'voormalig', 'voormalige', 'vroegere', 'gepensioneerd', 'gepensioneerde', 'oud', 'ex', 'former',
  'retired', 'works', 'worked', 'became', 'zelf', 'herself', 'himself', 'tot', 'ben', 'am', 'are', "'m",
]);
// Attribution inside the noun phrase: "de vroegere postbode", "the retired vicar".
const ATTRIBUTIVE = new Set(['voormalig', 'voormalige', 'vroegere', 'gepensioneerde', 'oud', 'ex', 'former', 'retired', 'jarige', 'old']);
const FIRST_PERSON = new Set(['ik', 'i', "i'm", 'me', 'mij', 'we', 'wij']);
const THIRD_PERSON = new Set(['ze', 'zij', 'hij', 'she', 'he', "she's", "he's"]);
// Determiners of a known person: "de pastor", "die agent", "the nurse".
const DEFINITE = new Set(['de', 'het', 'the', 'die', 'deze', 'dat', 'this', 'that', 'diens']);
const DETERMINERS = new Set([...DEFINITE, 'een', 'a', 'an']);
// A role as the object of a preposition is somebody the subject meets: "met de pastor", "door een
// agent", "van de juf", "bij de bakker", "with the social worker". "als", "as" and "tot" attribute it.
const PREPOSITIONS = new Set([
  'met', 'door', 'van', 'voor', 'aan', 'naar', 'bij', 'tegen', 'over', 'volgens', 'namens', 'zonder', 'vanwege', 'tussen',
  'with', 'by', 'of', 'for', 'to', 'from', 'against', 'about', 'at', 'without', 'towards', 'between',
]);
// Nouns for a job before "van", "of": "de functie van", "the post of".
const JOB_NOUNS = new Set(['functie', 'baan', 'beroep', 'rol', 'positie', 'post', 'job', 'position', 'role', 'career', 'occupation', 'profession']);
// The subject as these texts name them, before an apposition: "the applicant, a teacher".
const SUBJECT_NOUNS = new Set(['cliënt', 'cliënte', 'client', 'patiënt', 'patiënte', 'patient', 'applicant', 'verzoeker', 'verzoekster', 'betrokkene', 'bewoner', 'bewoonster', 'resident']);
// Object pronouns: "een agent bracht hem thuis" acts on the subject, so the agent is somebody else.
const OBJECT_PRONOUN = new Set(['hem', 'haar', 'hen', 'hun', 'him', 'her', 'them']);
// Other people a copula can describe: "haar vader is bakker", "zijn buurman werkt als notaris".
const OTHER_PEOPLE = new Set(['buurman', 'buurvrouw', 'buren', 'vriend', 'vriendin', 'collega', 'neighbour', 'neighbor', 'friend', 'colleague', 'baas', 'boss']);

function ancestorsOf(lexicon: Lexicon, id: string): string[] {
  const { byId } = lexicon.professions();
  const out: string[] = [];
  for (let p = byId.get(id)?.parent; p && out.length < 8; p = byId.get(p)?.parent) out.push(p);
  return out;
}

/** Where the noun phrase of the role starting at `first` begins: its determiner and adjectives. */
function phraseStart(tokens: readonly Token[], first: number): number {
  let k = first;
  // "de 61-jarige", "the 58-year-old", "de plaatselijke", "the local", "een bekende".
  for (let n = 0; n < 6 && k > 0; n++) {
    const t = tokens[k - 1]!;
    if (DETERMINERS.has(t.lower) || NOT_THEIR_OWN.has(t.lower)) return k - 1;
    if (t.type === 'number' || t.text === '-' || ATTRIBUTIVE.has(t.lower) || (t.type === 'word' && t.lower.length > 3 && /(?:e|al|ed|ly|year)$/.test(t.lower) && !ATTRIBUTION.has(t.lower))) k--;
    else break;
  }
  return k;
}

/** The role is a plural or follows a quantifier: a group ("de verpleegkundigen", "alle leraren", "the nurses"). */
function pluralRole(lexicon: Lexicon, tokens: readonly Token[], first: number, last: number): boolean {
  const w = tokens[last]!.lower;
  const singulars: string[] = [];
  if (w.endsWith('en') && w.length > 4) {
    const stem = w.slice(0, -2);
    singulars.push(stem, w.slice(0, -1));
    // "notarissen" → "notaris", "leraren" → "leraar".
    if (/(.)\1$/.test(stem)) singulars.push(stem.slice(0, -1));
    if (/[^aeiou][aeiou][^aeiou]$/.test(stem)) singulars.push(stem.slice(0, -1) + stem.slice(-2));
  }
  if (w.endsWith('s') && w.length > 3) singulars.push(w.slice(0, -1));
  if (w.endsWith('es') && w.length > 4) singulars.push(w.slice(0, -2));
  const { matcher } = lexicon.professions();
  const prefix = tokens.slice(first, last);
  return singulars.some((s) => {
    const probe: Token[] = [...prefix, { ...tokens[last]!, text: s, lower: s }];
    const m = matcher.longestAt(probe, 0);
    return !!m && m.last === probe.length - 1;
  });
}

/**
 * Whose role is this? Only the subject's own occupation narrows the set of people who match.
 * `attributedOnly`: the role counts only when the text attributes it, whatever it is (as for care staff).
 */
export function describesSubject(lexicon: Lexicon, text: string, tokens: readonly Token[], first: number, last: number, id: string, attributedOnly = false): boolean {
  const prev = tokens[first - 1]?.lower ?? '';
  const prev2 = tokens[first - 2]?.lower ?? '';
  if (NOT_THEIR_OWN.has(prev)) return false;
  // The writer's own role: "Als wijkverpleegkundige zie ik ...", "Ik werk als CLB-medewerker", "I am a nurse".
  if (prev === 'als' || prev === 'as' || ((prev === 'a' || prev === 'an') && prev2 === 'as')) {
    // "Ze werkt als poetsvrouw ... en sprak me aan": the one who works is the third person before the verb.
    const asAt = prev === 'als' || prev === 'as' ? first - 1 : first - 2;
    let third = false;
    for (let k = asAt - 1; k >= Math.max(0, asAt - 3); k--) if (THIRD_PERSON.has(tokens[k]!.lower)) third = true;
    const [from, to] = sentenceAround(tokens, first, 8);
    if (!third) for (let k = from; k <= to; k++) if (FIRST_PERSON.has(tokens[k]!.lower)) return false;
  }
  // A group is not a person: "de verpleegkundigen", "two nurses", "alle leraren".
  if (pluralRole(lexicon, tokens, first, last)) return false;
  const start = phraseStart(tokens, first);
  const det = tokens[start]?.lower ?? '';
  if (NOT_THEIR_OWN.has(det)) return false;
  const lead = tokens[start - 1];
  const leadWord = lead?.lower ?? '';
  // "met de pastor", "door een agent", "bij de bakker", "dochter van de burgemeester"; but "the post of
  // a security guard", "de functie van directeur" name the subject's job.
  if (PREPOSITIONS.has(leadWord) && !JOB_NOUNS.has(tokens[start - 2]?.lower ?? '')) return false;
  // Attributed: "is notaris", "werkte als kok", "werd benoemd tot pastor", "a retired nurse".
  let attributed = -1;
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    const w = tokens[k]!.lower;
    if (tokens[k]!.type === 'punct') break;
    if (ATTRIBUTION.has(w) || ((w === 'als' || w === 'as') && k === start - 1)) {
      attributed = k;
      break;
    }
  }
  const inPhrase = tokens.slice(start, first).some((t) => ATTRIBUTIVE.has(t.lower));
  if (attributed >= 0) {
    // ... of whom? "haar vader is bakker", "zijn buurman werkt als notaris", "ik ben verpleegkundige".
    for (let k = attributed - 1; k >= Math.max(0, attributed - 3); k--) {
      const t = tokens[k]!;
      if (t.type === 'punct') break;
      if (kinNoun(t.lower) || OTHER_PEOPLE.has(t.lower) || FIRST_PERSON.has(t.lower)) return false;
    }
    return true;
  }
  // "Als verpleegkundige werkte ze ...": the attribution follows the role.
  if (prev === 'als' || prev === 'as') {
    for (let k = first + 1; k < Math.min(tokens.length, first + 4); k++) if (ATTRIBUTION.has(tokens[k]!.lower)) return true;
  }
  // "een cliënt die bakker is", "omdat ze verpleegkundige was.": the copula closes a subordinate clause.
  const after = tokens[last + 1];
  const closing = tokens[last + 2];
  if ((start === first || det === 'die' || det === 'dat') && after && ATTRIBUTION.has(after.lower) && (!closing || closing.type === 'punct' || /^(?:en|maar|and|but)$/.test(closing.lower))) return true;
  // "Gijs, de vroegere postbode van de wijk, ...": attributed inside the phrase or by an apposition.
  if (inPhrase) return true;
  // An apposition: "Gijs, bakker in Urk, ...", "the applicant, a primary school teacher, ...". A care or
  // school role after a name is how staff sign ("Ms. Kowalski, counselor at ..."): only after the subject.
  const around = attributedOnly || [id, ...ancestorsOf(lexicon, id)].some((x) => AROUND_ROOTS.has(x));
  const before = tokens[start - 2];
  if (lead?.text === ',' && before && (SUBJECT_NOUNS.has(before.lower) || (isCapitalized(before) && !around))) return true;
  // "de pastor kwam langs", "the nurse took her blood pressure": a known person of the story, acting in
  // it. Unless things happen to them: "De burgemeester van Kloetinge werd opgenomen" is about the mayor.
  if (DEFINITE.has(det)) return !around && opensClause(text, tokens, start) && undergoes(tokens, last);
  // "een agent bracht hem thuis": somebody acting on the subject.
  if (opensClause(text, tokens, start)) {
    const end = clauseEnd(text, tokens, last, 8);
    for (let k = last + 1; k <= end; k++) if (OBJECT_PRONOUN.has(tokens[k]!.lower)) return false;
  }
  return !around;
}

const PASSIVE = new Set(['werd', 'wordt', 'werden', 'worden', 'is', 'was', 'were', 'has', 'had', 'been']);
const DIES = new Set(['overleed', 'stierf', 'verongelukte', 'died', 'dies', 'drowned']);
// A past participle: "opgenomen", "gearresteerd", "verhuisd", "ontslagen", "admitted", "taken".
const PARTICIPLE = /^(?:[a-z]{0,5}ge[a-zà-ÿ]{2,}(?:d|t|en)|(?:be|ver|ont|her|er)[a-zà-ÿ]{2,}(?:d|t|en)|[a-z]{3,}(?:ed|en))$/;

/** The role's clause says what happens to its holder (passive, a death): "De burgemeester van X werd opgenomen". */
function undergoes(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  // "van Kloetinge", "uit Urk", "of Bath", "van het dorp".
  if (/^(?:van|uit|of|from|in)$/.test(tokens[k]?.lower ?? '')) {
    k++;
    if (/^(?:de|het|the)$/.test(tokens[k]?.lower ?? '')) k++;
    k++;
  }
  const w = tokens[k]?.lower ?? '';
  if (DIES.has(w)) return true;
  if (!PASSIVE.has(w)) return false;
  for (let j = k + 1; j < tokens.length && j - k <= 4; j++) {
    const t = tokens[j]!;
    if (t.type !== 'word') return false;
    if (PARTICIPLE.test(t.lower)) return true;
  }
  return false;
}

const SENTENCE_END = new Set(['.', '!', '?', ';', ':']);

/** Up to `reach` tokens each side of i, within its sentence. */
function sentenceAround(tokens: readonly Token[], i: number, reach: number): [number, number] {
  let from = i;
  while (from > 0 && i - from < reach && !SENTENCE_END.has(tokens[from - 1]!.text)) from--;
  let to = i;
  while (to < tokens.length - 1 && to - i < reach && !SENTENCE_END.has(tokens[to + 1]!.text)) to++;
  return [from, to];
}

/** Words that make a role local ("de plaatselijke notaris", "the village doctor"). */
export const LOCAL: ReadonlySet<string> = new Set(['plaatselijke', 'plaatselijk', 'lokale', 'local', 'dorps', 'village', 'town']);
// "van het dorp", "of the village", "bij het plaatselijke mannenkoor": the role of one place.
const LOCAL_PLACE = new Set(['dorp', 'dorpje', 'wijk', 'buurt', 'parochie', 'village', 'parish', 'neighbourhood', 'neighborhood']);

/** The role is called local: "de plaatselijke notaris", "de postbode van de wijk", "solist bij het plaatselijke koor". */
function isLocal(tokens: readonly Token[], first: number, last: number): boolean {
  if (LOCAL.has(tokens[first - 1]?.lower ?? '')) return true;
  if (!/^(?:van|bij|in|of|at|for)$/.test(tokens[last + 1]?.lower ?? '')) return false;
  let k = last + 2;
  if (/^(?:de|het|the|ons|onze|our)$/.test(tokens[k]?.lower ?? '')) k++;
  const w = tokens[k]?.lower ?? '';
  return LOCAL.has(w) || LOCAL_PLACE.has(w);
}

function createProfessionDetector(lexicon: Lexicon): Detector {
  return {
    id: 'profession',
    detect({ text, tokens }: DetectContext): Detection[] {
      return lexicon.professions().matcher.findAll(tokens).filter((m) => describesSubject(lexicon, text, tokens, m.first, m.last, m.value.id)).map((m) => {
        const local = isLocal(tokens, m.first, m.last);
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
  meta: ruleMeta('profession', ['profession'], "Professions and roles of the subject; the roles of the people around them (staff, clergy, police, relatives) only when the text attributes the role to the subject"),
  create: createProfessionDetector,
};
