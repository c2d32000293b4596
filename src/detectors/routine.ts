import type { Detection } from '../core/types.js';
import { parseNumberWord } from '../lexicon/numbers.js';
import type { Token } from '../text/tokenize.js';
import { aboutAnyone, aboutOrganisation, aboutWriter, isGroup, mentionsThirdPerson } from './subject.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

/**
 * Routines: what someone does at a set time, again and again ("elke dag om twaalf uur staat hij bij het
 * raam", "comes every day at 2pm and reads her the forecast"). The neighbours, the bus driver and the
 * ward see it happen: a habit with its hour tells them who it is, and where to find them. The grammar: a
 * frequency (a quantifier with a noun of time, or an adverb of frequency) and a clock time in one clause
 * about a third person; the finding runs from the first of the two to the end of what the person does.
 *
 * Not a routine: the writer's or the team's own ("ik kom elke dag om acht uur"), a group's ("de bewoners
 * eten elke dag om vijf uur"), what is done to the person rather than by them ("krijgt elke ochtend om
 * acht uur zijn medicatie": care, not a habit), and schedules about nobody ("de bus rijdt elke dag om zes uur").
 */

// Quantifiers before a noun of time ("elke ochtend", "every Friday"), and adverbs that are a frequency alone.
const EVERY = new Set(['elke', 'iedere', 'ieder', 'elk', 'every', 'each']);
const FREQUENCY_ADVERBS = new Set(['dagelijks', 'daily', 'nightly', 'nachtelijks']);
const TIME_NOUNS = new Set([
  'dag', 'ochtend', 'morgen', 'middag', 'avond', 'nacht', 'week', 'weekend', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'day', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
// Dutch compounds of a day and a part of it ("zondagochtend", "werkdag").
const TIME_HEADS = /(?:dag|ochtend|morgen|middag|avond|nacht)$/;
// Prepositions of a clock time, and what may follow its number.
const AT = new Set(['om', 'rond', 'tegen', 'vanaf', 'at', 'around', 'from', 'by']);
const CLOCK_UNITS = new Set(['uur', 'u', 'h', 'uurtje', 'pm', 'am', "o'clock", 'oclock', 'sharp', 'stipt', 'precies']);
const HALF = new Set(['half', 'kwart', 'quarter']);
// What a person receives or has done to them: care, not a habit of their own.
const RECEIVE = new Set([
  'krijgt', 'kreeg', 'krijgen', 'wordt', 'werd', 'worden', 'moet', 'moest', 'moeten', 'dient', 'heeft', 'had',
  'gets', 'got', 'receives', 'received', 'is', 'was', 'needs', 'needed', 'has', 'must', 'should',
]);
// Medication and care at the set time ("zijn medicatie", "her insulin"): the nouns that make it care.
const CARE_NOUNS = /^(?:medicatie|medicijnen|pillen|insuline|tabletten|injectie|zorg|verzorging|douche|wasbeurt|controle|medication|medicine|meds|pills|insulin|tablets|injection|care|shower|wash|check|observations|obs)$/;
// What ends what the person does: the end of a sentence, or a clause with a subject of its own.
const SENTENCE_END = new Set(['.', '!', '?', ';', '\n']);
const NEW_CLAUSE = new Set(['maar', 'want', 'omdat', 'but', 'because', 'although', 'hoewel']);
const SUBJECTS = new Set(['ik', 'je', 'jij', 'we', 'wij', 'u', 'zij', 'hij', 'ze', 'i', 'you', 'we', 'they', 'he', 'she', 'it', 'de', 'het', 'the', 'mijn', 'my', 'our', 'onze']);

const FIRST_PERSON = new Set(['ik', 'wij', 'we', "'k", 'i']);
const low = (tokens: readonly Token[], k: number): string => tokens[k]?.lower ?? '';
const isNumberAt = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  return !!t && (t.type === 'number' || parseNumberWord(t.lower) !== undefined);
};

/** A frequency at token k: its last token ("elke zondagochtend", "every Friday", "dagelijks"), or -1. */
function frequencyAt(tokens: readonly Token[], k: number): number {
  const w = low(tokens, k);
  if (FREQUENCY_ADVERBS.has(w)) return k;
  if (!EVERY.has(w)) return -1;
  const n = low(tokens, k + 1);
  if (TIME_NOUNS.has(n) || (n.length > 5 && TIME_HEADS.test(n))) return k + 1;
  return -1;
}

/** A clock time at token k ("om twaalf uur", "om 18.40", "at 2pm", "at half past six"): its last token, or -1. */
function clockAt(tokens: readonly Token[], k: number, bare = false): number {
  if (!AT.has(low(tokens, k))) return -1;
  let j = k + 1;
  if (HALF.has(low(tokens, j))) j += low(tokens, j + 1) === 'past' || low(tokens, j + 1) === 'over' || low(tokens, j + 1) === 'voor' ? 2 : 1;
  if (!isNumberAt(tokens, j)) return -1;
  const value = tokens[j]!.type === 'number' ? Number(tokens[j]!.text) : parseNumberWord(tokens[j]!.lower)!;
  if (!(value >= 0 && value <= 24)) return -1;
  let last = j;
  // "18.40", "7:30": the minutes.
  if ((low(tokens, j + 1) === '.' || low(tokens, j + 1) === ':') && tokens[j + 2]?.type === 'number' && !tokens[j + 1]!.gapBefore && !tokens[j + 2]!.gapBefore) last = j + 2;
  if (CLOCK_UNITS.has(low(tokens, last + 1))) return last + 1;
  // A bare number is a time only after a half ("om half acht") or with its minutes.
  return last > j || j > k + 1 || bare ? last : -1;
}

function createRoutineDetector(): Detector {
  return {
    id: 'routine',
    detect({ tokens }: DetectContext): Detection[] {
      const out: Detection[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const f = frequencyAt(tokens, i);
        if (f < 0) continue;
        const hit = routineAround(tokens, i, f);
        if (!hit) continue;
        out.push({
          kind: 'unusual',
          start: tokens[hit.first]!.start,
          end: tokens[hit.last]!.end,
          rule: 'routine',
          confidence: 0.75,
          facts: { via: 'construction', construction: 'routine' },
        });
        i = hit.last;
      }
      return out;
    },
  };
}

/** The routine of the frequency at tokens i..f: a clock time near it in the same sentence, about a third person. */
function routineAround(tokens: readonly Token[], i: number, f: number): { first: number; last: number } | undefined {
  // The sentence around the frequency.
  let from = i;
  while (from > 0 && !SENTENCE_END.has(tokens[from - 1]!.text) && !tokens[from]!.lineBefore) from--;
  let to = f;
  while (to + 1 < tokens.length && !SENTENCE_END.has(tokens[to + 1]!.text) && !tokens[to + 1]!.lineBefore) to++;
  // The clock time: right after the frequency or before it, within a few words.
  let clock = -1;
  let clockFirst = -1;
  for (let k = Math.max(from, i - 6); k <= Math.min(to, f + 4); k++) {
    // Right next to the frequency a bare hour is a time too ("every Friday at six").
    const end = clockAt(tokens, k, k === f + 1);
    if (end >= 0) {
      clock = end;
      clockFirst = k;
      break;
    }
  }
  if (clock < 0) return undefined;
  const first = Math.min(i, clockFirst);
  // What the person does: up to the end of the sentence or a clause with its own subject.
  let last = Math.max(f, clock);
  for (let k = last + 1; k <= to; k++) {
    const w = low(tokens, k);
    if (NEW_CLAUSE.has(w)) break;
    if ((w === ',' || w === 'en' || w === 'and') && SUBJECTS.has(low(tokens, k + 1))) break;
    if (w === ',' && tokens[k + 1] && tokens[k + 1]!.text[0] !== tokens[k + 1]!.lower[0]) break;
    last = k;
  }
  while (last > first && tokens[last]!.type === 'punct') last--;
  // Whose: a third person in the sentence; not the writer, the organisation, a group, or nobody.
  if (!mentionsThirdPerson(tokens, from, to) && !namedIn(tokens, from, to)) return undefined;
  // The writer's own hours ("Ik kom elke dag om acht uur bij haar langs"): a first person as a subject.
  for (let k = from; k <= to; k++) if (FIRST_PERSON.has(low(tokens, k))) return undefined;
  // (Not aboutNobody: its "every" is the routine's own quantifier.) A person who is the subject of the
  // routine's own clause ("..., Derek comes every day at 2pm") outweighs an organisation in a clause before.
  if (!personSubject(tokens, from, first, Math.max(f, clock)) && (aboutWriter(tokens, i) || aboutOrganisation(tokens, i))) return undefined;
  if (aboutAnyone(tokens, i) || isGroup(tokens, from, to)) return undefined;
  if (ordinary(tokens, Math.max(f, clock) + 1, last)) return undefined;
  // Care done to the person at a set time is no habit of theirs: a care noun in the routine, or a verb
  // of receiving or needing next to the time ("krijgt elke ochtend om acht uur", "Elke dag om acht uur moet hij").
  for (let k = first; k <= last; k++) if (CARE_NOUNS.test(low(tokens, k))) return undefined;
  if (RECEIVE.has(low(tokens, first - 1)) || RECEIVE.has(low(tokens, Math.max(f, clock) + 1))) return undefined;
  return last > Math.max(f, clock) ? { first, last } : undefined;
}

// The hours of daily life everyone keeps: going to bed, getting up, meals, a wash, the news on TV.
const ORDINARY = new Set([
  'bed', 'slapen', 'slaapt', 'opstaan', 'staat', 'op', 'wakker', 'eten', 'eet', 'ontbijt', 'ontbijten', 'lunch', 'lunchen', 'avondeten', 'warm', 'koffie',
  'thee', 'drinken', 'drinkt', 'douchen', 'doucht', 'wassen', 'toilet', 'journaal', 'tv', 'televisie', 'rusten', 'rust', 'dutje', 'werk', 'werken', 'school',
  'sleep', 'sleeps', 'wake', 'wakes', 'up', 'get', 'gets', 'breakfast', 'lunch', 'dinner', 'supper', 'tea', 'coffee', 'meal', 'meals', 'eat', 'eats',
  'drink', 'drinks', 'shower', 'bath', 'wash', 'news', 'nap', 'rest', 'work', 'school',
]);
// Function words an activity may hold besides its content ("naar bed", "goes to bed").
const LIGHT = new Set(['naar', 'de', 'het', 'een', 'zijn', 'haar', 'en', 'gaat', 'ging', 'wil', 'will', 'wants', 'to', 'the', 'a', 'his', 'her', 'and', 'goes', 'went', 'go', 'has', 'have', 'had', 'heeft', 'hij', 'ze', 'zij', 'he', 'she', 'uit']);
/** The activity at from..last is daily life everyone keeps ("naar bed", "has lunch"), nothing of one person. */
function ordinary(tokens: readonly Token[], from: number, last: number): boolean {
  let content = 0;
  let plain = 0;
  for (let k = from; k <= last; k++) {
    const w = low(tokens, k);
    if (tokens[k]!.type !== 'word' || LIGHT.has(w)) continue;
    content++;
    if (ORDINARY.has(w)) plain++;
  }
  return content === plain || (plain > 0 && content <= 2);
}

/**
 * The routine's own clause (from the last comma before it) has a person for its subject: a third-person
 * pronoun or a capitalized name before the routine, or right after it in Dutch inversion ("Elke dag om
 * twaalf uur staat hij").
 */
function personSubject(tokens: readonly Token[], from: number, first: number, timeEnd: number): boolean {
  let start = first;
  while (start > from && tokens[start - 1]!.text !== ',') start--;
  const personal = (k: number) => {
    const t = tokens[k];
    return !!t && t.type === 'word' && (['hij', 'zij', 'ze', 'he', 'she'].includes(t.lower) || (k > from && t.text[0] !== t.lower[0]));
  };
  for (let k = start; k < first; k++) if (personal(k)) return true;
  return personal(timeEnd + 2) || personal(timeEnd + 1);
}

/** A capitalized word inside the sentence, not its first: a name the sentence is about. */
function namedIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) {
    const t = tokens[k]!;
    if (t.type === 'word' && t.text[0] !== t.lower[0] && !SENTENCE_END.has(tokens[k - 1]!.text)) return true;
  }
  return false;
}

export const routineRule: Rule = {
  meta: ruleMeta('routine', ['unusual'], 'Routines: what someone does at a set time, again and again (a frequency and a clock time in a clause about one person)'),
  create: createRoutineDetector,
};
