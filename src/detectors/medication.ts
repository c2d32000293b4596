import type { Lexicon, Medication } from '../lexicon/lexicon.js';
import type { PhraseMatch } from '../lexicon/phrases.js';
import type { Token } from '../text/tokenize.js';
import { aboutNobody, aboutWriter, clauseAround, isClauseBoundary, mentionsThirdPerson } from './subject.js';

/*
 * Medications that reveal a condition ("ze gebruikt al jaren lithium", "he is on olanzapine"), from the
 * medication dictionary (medications.tsv). A drug named is the person's only when someone takes it: not
 * in a definition ("oxazepam is een benzodiazepine"), a leaflet ("bijwerkingen van olanzapine"), a list
 * of examples ("antipsychotica zoals ..."), a keyword line, advice to anyone ("als je lithium gebruikt"),
 * the writer's own pills ("ik slik zelf sertraline"), or a word that only looks like the drug
 * ("lithium-ionbatterij", "foster care").
 */

// Words that go with taking a medicine: verbs of taking and prescribing, forms, doses.
const TAKING = new Set([
  'gebruikt', 'gebruik', 'gebruiken', 'gebruikte', 'gebruikten', 'neemt', 'neem', 'nemen', 'nam', 'namen', 'genomen', 'slikt', 'slik',
  'slikken', 'slikte', 'slikten', 'geslikt', 'krijgt', 'krijg', 'krijgen', 'kreeg', 'kregen', 'gekregen', 'gestart', 'start', 'starten',
  'begonnen', 'gestopt', 'stopt', 'afgebouwd', 'opgehoogd', 'verhoogd', 'verlaagd', 'voorgeschreven', 'spuit', 'spuiten', 'toegediend',
  'ingesteld', 'takes', 'take', 'took', 'taking', 'taken', 'uses', 'used', 'using', 'prescribed', 'started', 'stopped', 'given', 'receives',
  'received', 'receiving', 'injects', 'injected', 'switched', 'weaned', 'titrated', 'increased', 'reduced', 'commenced',
]);
const FORMS = new Set([
  'mg', 'milligram', 'µg', 'mcg', 'microgram', 'ml', 'tablet', 'tabletten', 'tablets', 'tabl', 'capsule', 'capsules', 'pleister', 'pleisters',
  'patch', 'patches', 'injectie', 'injecties', 'injection', 'injections', 'inhalator', 'inhaler', 'puff', 'puffs', 'pufjes', 'dosis', 'dose',
  'doses', 'depot', 'dd', 'druppels', 'drops', 'pen', 'medicatie', 'medication', 'medicijn', 'medicijnen', 'medicine', 'pillen', 'pills',
]);
// "staat op lithium", "is on olanzapine": the verb and preposition before the drug.
const ON_LEAD = new Set(['staat', 'stond', 'staan', 'stonden', 'is', 'was', 'been', 'are', 'were', 'put', 'started', 'kept', 'remains', 'stays']);

/** A word of taking before the drug, a form or a dose after it: "gebruikt Foster", "Exelon-pleister", "Foster 2 puffs" (not "Foster takes": then Foster is the one taking). */
function takenHere(tokens: readonly Token[], first: number, last: number): boolean {
  const prev = tokens[first - 1]?.lower ?? '';
  const prev2 = tokens[first - 2]?.lower ?? '';
  if (TAKING.has(prev) || ((prev === 'op' || prev === 'on') && ON_LEAD.has(prev2)) || (TAKING.has(prev2) && /^(?:de|het|zijn|haar|his|her|the|their|hun)$/.test(prev))) return true;
  let k = last + 1;
  if (tokens[k]?.text === '-' && !tokens[k]!.gapBefore) k++;
  const next = tokens[k];
  return !!next && (FORMS.has(next.lower) || next.type === 'number');
}

// Heads after a drug word (or starting the compound it heads) that make it something else:
// "lithium-ionbatterij", "lithium batteries", "lithiummijn".
const NOT_A_DRUG_AFTER = /^(?:ion|batterij|accu|batter|cell?(?:s|len)?$|mijn|mine|mining|winning|aandel|shares?$|stock|prijs|price|metaal|metal|erts|ores?$|zout|salts?$)/;

// Nouns of a text about the drug itself: "bijwerkingen van olanzapine", "the side effects of lithium".
const ABOUT_THE_DRUG = new Set([
  'bijwerking', 'bijwerkingen', 'werking', 'werkingsmechanisme', 'bijsluiter', 'interactie', 'interacties', 'effect', 'effecten', 'risico',
  "risico's", 'risicos', 'studie', 'studies', 'onderzoek', 'trial', 'trials', 'prijs', 'kosten', 'tekort', 'vergoeding', 'geschiedenis',
  'effects', 'effect', 'side', 'risks', 'risk', 'study', 'research', 'price', 'cost', 'shortage', 'leaflet', 'history', 'mechanism',
  'efficacy', 'werkzaamheid', 'veiligheid', 'safety', 'toxiciteit', 'toxicity', 'farmacologie', 'pharmacology', 'introductie', 'introduction',
  'ontdekking', 'discovery', 'registratie', 'approval', 'richtlijn', 'guideline', 'guidelines',
]);
const ABOUT_PREPOSITIONS = new Set(['van', 'of', 'over', 'about', 'met', 'with', 'naar', 'into', 'on', 'aan', 'bij', 'for', 'to', 'voor']);
// Present-tense verbs after a drug that opens its clause: a definition or general fact ("Lithium is een
// zout", "Clozapine werkt bij ...", "Quetiapine belongs to ...").
const GENERIC_VERBS = new Set([
  'behoort', 'hoort', 'valt', 'werkt', 'helpt', 'remt', 'blokkeert', 'verlaagt', 'verhoogt', 'veroorzaakt', 'geeft', 'kan', 'kunnen',
  'mag', 'wordt', 'worden', 'belongs', 'works', 'helps', 'blocks', 'lowers', 'raises', 'causes', 'can', 'may', 'is', 'are', 'zijn',
  'heeft', 'hebben', 'has', 'have', 'treats', 'behandelt', 'bevat', 'contains', 'acts', 'reduces', 'increases', 'interacts',
]);
// After "is"/"wordt": a participle or adjective of a particular person's treatment ("Lithium is gestart",
// "Olanzapine wordt afgebouwd", "was stopped"). Only the generic reading is dropped: "is een", "is a",
// "wordt gebruikt bij", "is used to treat".
const GENERIC_AFTER_COPULA = new Set(['een', 'a', 'an', 'the', 'geen', 'not', 'niet', 'vooral', 'mainly', 'often', 'vaak', 'meestal', 'usually', 'also', 'ook', 'used', 'gebruikt', 'voorgeschreven', 'prescribed', 'effectief', 'effective', 'werkzaam', 'veilig', 'safe', 'known', 'bekend', 'one', 'één']);
// Examples in a list: "antipsychotica zoals olanzapine", "drugs such as lithium".
const EXAMPLE_LEAD = new Set(['zoals', 'bijvoorbeeld', 'bv', 'bijv', 'like', 'including', 'inclusief', 'waaronder', 'eg', 'e.g', 'namely']);
// A keyword line: "Trefwoorden: lithium, intoxicatie".
const KEYWORD_LINE = new Set(['trefwoorden', 'trefwoord', 'kernwoorden', 'zoektermen', 'keywords', 'keyword', 'tags', 'mesh', 'key']);
// A person in a clause (beside the pronouns of subject.ts): then the drug is theirs. One person, not a
// group ("bewoners", "patients") or anyone of a kind ("elke patiënt", "every resident").
const PERSON_NOUNS = /^(?:cliënte?|client|patiënte?|patient|bewoner|bewoonster|resident|jongere|pupil|leerling|meneer|mevrouw|dhr|mw|mevr|mr|mrs|ms|moeder|vader|zoon|dochter|man|vrouw|mother|father|son|daughter|husband|wife)$/;
// People in the plural: a ward's routine or a general fact ("bewoners krijgen hier 's avonds oxazepam").
const PEOPLE = /^(?:cliënten|clients|patiënten|patients|bewoners|residents|jongeren|kinderen|children|mensen|people|gebruikers|users|volwassenen|adults|ouderen)$/;
const ANY_OF_A_KIND = new Set(['elke', 'iedere', 'ieder', 'alle', 'een', 'every', 'each', 'any', 'a', 'an', 'all']);

/**
 * Someone in tokens first..last: a third-person pronoun or a person noun. "zijn" right after the drug
 * is the verb ("Bijwerkingen van olanzapine zijn ..."), not "his".
 */
function personInClause(tokens: readonly Token[], first: number, last: number, drugLast = -1): boolean {
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!.lower;
    if (t === 'zijn' && (k === drugLast + 1 || !tokens[k + 1] || tokens[k + 1]!.type === 'punct')) continue;
    if (mentionsThirdPerson(tokens, k, k)) return true;
    if (PERSON_NOUNS.test(t) && !ANY_OF_A_KIND.has(tokens[k - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** The drug word opens its clause (after an article at most) and a general verb follows: a definition. */
function definition(tokens: readonly Token[], first: number, last: number): boolean {
  let start = first;
  if (/^(?:de|het|the)$/.test(tokens[first - 1]?.lower ?? '')) start = first - 1;
  const prev = tokens[start - 1];
  if (prev && !(isClauseBoundary(tokens, start - 1) || prev.text === ',' || tokens[start]!.lineBefore || prev.text === '(')) return false;
  // "Lithium en valproaat zijn ...": the verb may follow a short coordinated list.
  let k = last + 1;
  while (tokens[k] && (tokens[k]!.text === ',' || /^(?:en|of|and|or)$/.test(tokens[k]!.lower)) && tokens[k + 1]?.type === 'word' && k - last < 6) k += 2;
  const verb = tokens[k]?.lower ?? '';
  if (!GENERIC_VERBS.has(verb)) return false;
  if (verb === 'is' || verb === 'are' || verb === 'zijn' || verb === 'wordt' || verb === 'worden') return GENERIC_AFTER_COPULA.has(tokens[k + 1]?.lower ?? '');
  return true;
}

/** The words before the drug make the clause about the drug: "bijwerkingen van olanzapine", "zoals lithium". */
function aboutTheDrug(tokens: readonly Token[], first: number, last: number): boolean {
  // "Antipsychotica zoals ...": a class word that introduces examples.
  if (EXAMPLE_LEAD.has(tokens[last + 1]?.lower ?? '')) return true;
  // The window runs over a list ("zoals olanzapine en quetiapine"), up to the end of a sentence.
  for (let k = first - 1; k >= Math.max(0, first - 6); k--) {
    const t = tokens[k]!.lower;
    if (['.', '!', '?', ';', ':'].includes(t) || tokens[k + 1]!.lineBefore) break;
    if (EXAMPLE_LEAD.has(t)) return true;
    if (t === 'as' && tokens[k - 1]?.lower === 'such') return true;
    if (ABOUT_PREPOSITIONS.has(t)) {
      // "risico's van": the noun may end in a split-off "'s".
      let n = k - 1;
      if (tokens[n]?.lower === 's' && /^['’]$/.test(tokens[n - 1]?.text ?? '')) n -= 2;
      if (ABOUT_THE_DRUG.has(tokens[n]?.lower ?? '')) return true;
    }
  }
  return false;
}

/** The drug stands on a keyword line ("Trefwoorden: lithium, intoxicatie"). */
function keywordLine(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k >= 0 && i - k < 30; k--) {
    if (tokens[k]!.text === ':' && KEYWORD_LINE.has(tokens[k - 1]?.lower ?? '')) return true;
    if (tokens[k]!.lineBefore || ['.', '!', '?'].includes(tokens[k]!.text)) break;
  }
  return false;
}

// The writer takes it: "ik slik zelf sertraline", "I have been on lithium for years".
const FIRST_SUBJECT = new Set(['ik', "'k", 'wij', 'we', 'i']);
const RELATIVE = new Set(['die', 'dat', 'wie', 'waarbij', 'who', 'that', 'which', 'whose']);

function writersOwn(tokens: readonly Token[], first: number, last: number): boolean {
  if (!aboutWriter(tokens, first)) return false;
  if (/^(?:mijn|my)$/.test(tokens[first - 1]?.lower ?? '')) return true;
  const [start, end] = clauseAround(tokens, first);
  // The writer is the subject of the drug's own clause: no relative clause or comma between them
  // ("wij beschrijven een man die stabiel was op lithium" is about the man).
  let subject = false;
  for (let k = first - 1; k >= start; k--) {
    const t = tokens[k]!.lower;
    if (t === ',' || RELATIVE.has(t)) break;
    if (FIRST_SUBJECT.has(t)) subject = true;
  }
  let taking = false;
  for (let k = start; k <= end; k++) {
    const t = tokens[k]!.lower;
    if (TAKING.has(t) || (k === first - 1 && (t === 'op' || t === 'on'))) taking = true;
  }
  return subject && taking && !personInClause(tokens, start, end, last);
}

/** Medication mentions that say someone in the text takes the drug. */
export function medicationMentions(lexicon: Lexicon, tokens: readonly Token[]): PhraseMatch<Medication>[] {
  return lexicon.medications().findAll(tokens).filter((m) => {
    // "lithium-ionbatterij", "lithium voor accu's": a few words on, the thing is a battery or a mine.
    for (let k = m.last + 1; k <= m.last + 4 && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (['.', '!', '?', ';'].includes(t.text) || t.lineBefore) break;
      if (NOT_A_DRUG_AFTER.test(t.lower)) return false;
    }
    if (m.value.needsContext && !takenHere(tokens, m.first, m.last)) return false;
    if (keywordLine(tokens, m.first)) return false;
    const [start, end] = clauseAround(tokens, m.first);
    const someone = personInClause(tokens, start, end, m.last);
    if (!someone && (definition(tokens, m.first, m.last) || aboutTheDrug(tokens, m.first, m.last))) return false;
    // "iedereen die ...", "als je ...": about nobody, unless a person is named ("de bewoner krijgt elke ochtend ...").
    if (!someone && aboutNobody(tokens, m.first)) return false;
    if (!someone && tokens.slice(start, end + 1).some((t) => PEOPLE.test(t.lower))) return false;
    if (writersOwn(tokens, m.first, m.last)) return false;
    return true;
  });
}
