import type { Construction } from '../core/facts.js';
import type { Detection, Lang } from '../core/types.js';
import type { ExposureWord, Lexicon } from '../lexicon/lexicon.js';
import { NUMBER_WORDS } from '../lexicon/numbers.js';
import { kinNoun } from '../lexicon/person-words.js';
import { wholly } from '../lexicon/phrases.js';
import { isAllCaps, isCapitalized, type Token } from '../text/tokenize.js';
import { isAdverbialConjunction } from '../text/conjunctions.js';
import { aboutAnyone, aboutWriter, clauseAround, mentionsThirdPerson } from './subject.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

/**
 * Public exposure and datable events, recognized by their grammar: a medium with an appearance verb
 * ("stond met foto in De Stentor", "was interviewed by the BBC", "ging viral"), an event noun with a
 * place or time anchor or a word that attaches it to a person ("het ongeluk op de N59", "the 2014
 * floods", "raakte gewond bij een steekpartij"), an event verb ("verongelukte vorig jaar met de
 * trekker", "was jailed for the attack"), a court before which someone appears ("voor de correctionele
 * rechtbank") and a legal measure ("staat onder bewindvoering via de vrederechter", "on a section 3").
 * The words and their classes are data (dictionaries/src/lexicon/exposure.tsv, media-outlets.tsv); this
 * module holds only the grammar: which classes combine, in what order, in whose clause.
 */

// Closed grammatical classes: function words, not lexemes.
const ARTICLES = new Set(['de', 'het', 'een', "'t", 'the', 'a', 'an']);
const POSSESSIVES = new Set(['zijn', 'haar', 'hun', "z'n", 'zn', "d'r", 'his', 'her', 'their', 'its']);
const WRITER_OWNS = new Set(['ons', 'onze', 'mijn', 'our', 'my']);
const AUX = new Set([
  'is', 'was', 'waren', 'werd', 'werden', 'wordt', 'worden', 'ben', 'bent', 'geweest', 'raakte', 'raakten',
  'are', 'were', 'been', 'be', 'being', 'got', 'gets', 'get', 'getting',
]);
// Prepositions of being in a medium ("in de krant", "op tv", "on the news"); "bij" only for a named broadcaster.
const MEDIA_PREP = new Set(['in', 'op', 'on', 'bij', 'door', 'by']);
// Prepositions that place or date an event ("op de N59", "in de Dorpsstraat", "de ramp van 1953").
const ANCHOR_PREP = new Set(['op', 'in', 'bij', 'aan', 'van', 'nabij', 'langs', 'voor', 'tegenover', 'on', 'in', 'at', 'near', 'outside', 'of', 'off', 'along', 'from']);
// Prepositions that refer back to a known event ("sinds het ongeluk", "na de brand", "in the floods").
const EVENT_PREP = new Set(['bij', 'na', 'sinds', 'tijdens', 'door', 'in', 'van', 'after', 'since', 'during', 'in', 'from', 'of', 'by']);
// Prepositions of the reason for a verdict or an arrest ("veroordeeld voor", "jailed for").
const REASON_PREP = new Set(['voor', 'wegens', 'tot', 'vanwege', 'for', 'over', 'after', 'na', 'to']);
const VIA_PREP = new Set(['via', 'door', 'van', 'bij', 'by', 'from', 'through']);
const AGAINST = new Set(['tegen', 'against', 'towards']);
const WITH = new Set(['met', 'with', 'on', 'op']);
const COURT_PREP = new Set(['voor', 'naar', 'before', 'to', 'in', 'at']);
const ABOUT = new Set(['over', 'about', 'van', 'of', 'featuring', 'met']);
const THERE = new Set(['er', 'there']);
// "in alle kranten", "in all the papers", "in verschillende media".
const MEDIA_QUANT = new Set(['alle', 'all', 'verschillende', 'meerdere', 'diverse', 'several', 'many', 'veel']);
const OBJECTS = new Set(['hem', 'haar', 'hen', 'hun', 'him', 'her', 'them']);
const EVENT_PRONOUNS = new Set(['het', 'it', 'wat', 'which', 'dit', 'this', 'dat', 'that', 'die']);
const DEFINE = new Set(['betekent', 'houdt', 'means', 'wordt', 'kan', 'can']);
const ASK = new Set(['wat', 'what', 'hoe', 'how', 'wanneer', 'when', 'welke', 'which']);
// Verbs of having had a visit ("kreeg bezoek van", "received a visit from").
const RECEIVE = new Set(['kreeg', 'krijgt', 'kregen', 'had', 'heeft', 'gehad', 'received', 'receives', 'got', 'gets', 'has', 'enjoyed']);
// The preposition of whom a visit came from ("bezoek van", "a visit from", "visited by").
const VISIT_FROM = new Set(['van', 'from', 'by']);
// A medium comes ("komt de krant langs", "came to film") for a purpose: the visit makes the appearance.
const COME = new Set(['komt', 'kwam', 'komen', 'kwamen', 'came', 'comes', 'come', 'coming']);
// The people a medium sends ("a TV crew", "de cameraploeg van Omroep Brabant" reads from its medium on).
const MEDIA_PEOPLE = new Set(['crew', 'team', 'ploeg', 'cameraploeg', 'reporter', 'reporters', 'journalist', 'journalists', 'verslaggever', 'verslaggeefster', 'fotograaf', 'photographer', 'cameraman']);
const VISIT_PURPOSE = new Set(['langs', 'filmen', 'interviewen', 'interview', 'reportage', 'opnames', 'film', 'filming', 'photograph', 'fotograferen']);
// "haar eerste expositie", "his last concert"; "voor de eerste keer" is the uniqueness rule's (a count of times).
const FIRST_OR_LAST = new Set(['eerste', 'laatste', 'first', 'last']);
const FIRST = new Set(['eerste', 'first']);
const ONCE = new Set(['keer', 'maal', 'time', 'times']);
// A ride's path into an obstacle ("tegen de gevel", "into the canal"); "dwars door" is handled with its two words.
const COLLIDE = new Set(['tegen', 'into', 'through']);
// "onder een shovel kwam", "kwam onder de trein": run over.
const UNDER_VERBS = new Set(['kwam', 'kwamen', 'komt', 'gekomen', 'raakte', 'belandde', 'viel']);
// "ended every career": nobody's in particular.
const GENERIC_DET = new Set(['every', 'any', 'many', 'elke', 'iedere', 'veel']);
const NUMBER_SUFFIX = new Set(['k', 'm', 'duizend', 'thousand', 'miljoen', 'million', 'mln']);
const COUNT_LEAD = new Set(['met', 'with', 'heeft', 'had', 'has', 'have', 'ruim', 'bijna', 'over', 'almost', 'nearly', 'than', 'dan', 'meer']);
// Separable particles that make "haalde de krant" fetching, not reaching ("haalde de krant op").
const FETCH = new Set(['op', 'even', 'binnen', 'weg', 'uit', 'bij', 'voor']);
// What ends the part of a clause a verb governs: punctuation, coordinators and subordinators.
const STOP_PUNCT = new Set(['.', '!', '?', ';', ':', ',', '(', ')', '"', '“', '”', '—', '–', '|', '•', '#']);
const STOP_WORDS = new Set([
  'en', 'maar', 'want', 'omdat', 'terwijl', 'dat', 'die', 'wat', 'waar', 'toen', 'nadat', 'zodat', 'hoewel', 'als', 'dus',
  'and', 'but', 'because', 'while', 'that', 'which', 'who', 'where', 'when', 'although', 'so', 'whereas', 'if',
]);
// Nouns for a relative of no kind in particular ("Een familielid zit vast"): a relative too.
const ANY_RELATIVE = new Set(['familielid', 'gezinslid', 'relative', 'relation']);
// The finite forms of "zitten" that take the particle "vast" at the end of the clause: detained.
const SIT = new Set(['zit', 'zat', 'zaten', 'zitten']);
const DETAINED: ExposureWord = { cls: 'event-verb', construction: 'court', needs: 'person', lang: 'nl' };
// Irregular English participles ("found by police"); the rest are recognized by their ending.
const EN_PARTICIPLES = new Set(['found', 'brought', 'taken', 'caught', 'held', 'seen', 'picked', 'shot', 'beaten', 'stopped', 'led', 'driven', 'thrown', 'put', 'kept', 'told', 'given']);
const NL_PARTICIPLE = /^(?:(?:aan|op|mee|thuis|binnen|terug|weg|af|uit|in|om|over|door|na|voor|toe|vast|neer|naar|bij)?ge\p{L}{2,}(?:d|t|en)|(?:ver|be|ont|her|er)\p{L}{3,}(?:d|t|en))$/u;
const EN_PARTICIPLE = /^\p{L}{3,}ed$/u;
// A road number: one capital and digits ("N59", "A2", "M25", "E40"), or "I-10".
const ROAD_LETTER = new Set(['A', 'N', 'E', 'M', 'B', 'I', 'R', 'S', 'US']);
// Dutch compounds by their head: "dorpskrant", "streekomroep", "jeugdjournaal".
const MEDIUM_HEADS = ['krant', 'omroep', 'journaal', 'nieuws'];

// Word classes that are verbs: where a noun phrase after a preposition ends.
const VERB_CLASSES = new Set(['media-verb', 'media-reach', 'show-verb', 'go-verb', 'consume-verb', 'work-verb', 'event-verb', 'participation', 'court-act', 'court-verb', 'threat-verb']);

interface Hit { w: ExposureWord; first: number; last: number }
/** A phrase, and its core: the phrase without the anchors, reasons and agents that extend it. */
interface Span { first: number; last: number; core: [number, number]; construction: Construction }

const isYear = (t: Token | undefined) => !!t && t.type === 'number' && t.text.length === 4 && +t.text >= 1900 && +t.text <= 2099;

function createPublicEventDetector(lexicon: Lexicon): Detector {
  return {
    id: 'public-event',
    detect({ text, tokens, lang }: DetectContext): Detection[] {
      return new Pass(lexicon, text, tokens, lang).run();
    },
  };
}

/** One text: the word classes of its tokens (one pass of each matcher), then the constructions. */
// A word's context ("before:op|in;person"), parsed once per distinct string: there are a handful.
const NEEDS = new Map<string, ReadonlyArray<readonly [string, ReadonlySet<string>]>>();
function parsedNeeds(needs: string): ReadonlyArray<readonly [string, ReadonlySet<string>]> {
  let parsed = NEEDS.get(needs);
  if (!parsed) {
    parsed = needs.split(';').map((part) => {
      const [kind, list] = part.split(':') as [string, string | undefined];
      return [kind, new Set((list ?? '').split('|'))] as const;
    });
    NEEDS.set(needs, parsed);
  }
  return parsed;
}

class Pass {
  private readonly at: (Hit | undefined)[];
  private readonly outletEnd = new Map<number, number>();
  private readonly found: Span[] = [];

  constructor(private readonly lexicon: Lexicon, private readonly text: string, private readonly tokens: readonly Token[], lang: Lang) {
    const { words, outlets } = lexicon.exposure();
    this.at = new Array<Hit | undefined>(tokens.length);
    for (const m of words.findAll(tokens)) {
      if (m.value.lang !== '*' && m.value.lang !== lang) continue;
      const hit = { w: m.value, first: m.first, last: m.last };
      for (let k = m.first; k <= m.last; k++) this.at[k] = hit;
    }
    for (const m of outlets.findAll(tokens)) {
      const t = tokens[m.first]!;
      // A name as published: "AD", "NOS" in capitals, "Trouw", "the Sun" with one.
      const caps = m.value.name.replace(/^(?:de|het|the|'t)\s+/i, '');
      const ok = caps.length > 1 && caps === caps.toUpperCase() && /\p{L}/u.test(caps) && !/\s/.test(caps) ? isAllCaps(t) || t.type === 'number' : isCapitalized(t) || t.type === 'number';
      if (ok) this.outletEnd.set(m.first, m.last);
    }
  }

  run(): Detection[] {
    const { tokens } = this;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (MEDIA_PREP.has(t.lower) || (t.lower === 'over' && this.low(i - 1) === 'all')) this.mediaAfterPrep(i);
      // A medium with its article, or named without one at a clause's start ("Omroep Gelderland kwam filmen").
      if (ARTICLES.has(t.lower) || ((this.outletEnd.has(i) || this.cls(i) === 'medium' || this.cls(i) === 'channel') && !this.isDet(i - 1))) this.mediaVisit(i);
      const hit = this.at[i];
      if (!hit && t.lower === 'vast') this.separatedDetention(i);
      if (!hit || hit.first !== i) continue;
      switch (hit.w.cls) {
        case 'media-contact':
          this.mediaContact(hit, hit.last + 1);
          break;
        case 'attend-verb':
          // "kreeg bezoek van de krant", "a visit from the BBC": a visit the person had, from a medium.
          if (VISIT_FROM.has(this.low(hit.last + 1)) && hit.first > 0 && (RECEIVE.has(this.low(hit.first - 1)) || ARTICLES.has(this.low(hit.first - 1)))) this.mediaContact(hit, hit.last + 2);
          break;
        case 'media-reach':
          this.mediaReach(hit);
          break;
        case 'show-verb':
          this.showVerb(hit);
          break;
        case 'viral':
          this.viral(hit);
          break;
        case 'trending':
          this.trending(hit);
          break;
        case 'follower':
          this.followers(hit);
          break;
        case 'event-noun':
          this.eventNoun(hit);
          break;
        case 'event-verb':
          this.eventVerb(hit);
          break;
        case 'threat-verb':
          this.threat(hit);
          break;
        case 'court-case':
          this.courtCase(hit);
          break;
        case 'court':
          this.court(hit);
          break;
        case 'measure':
          this.measure(hit);
          break;
        case 'police':
          this.police(hit);
          break;
        case 'performance':
        case 'performance-named':
        case 'performance-role':
          this.performance(hit);
          break;
        case 'achieve-verb':
          this.firstAchievement(hit);
          break;
        case 'drive-verb':
          this.collision(hit);
          break;
        case 'vehicle':
          this.runOver(hit);
          break;
        case 'faint-verb':
          this.atTheWheel(hit);
          break;
        case 'end-verb':
          this.careerEnded(hit);
          break;
        case 'official':
          this.ceremony(hit);
          break;
      }
    }
    return this.detections();
  }

  // ---- word classes and small predicates

  private cls(k: number): string {
    return this.at[k]?.w.cls ?? '';
  }
  private low(k: number): string {
    return this.tokens[k]?.lower ?? '';
  }
  /** A line break or a clause mark between token k and the token before it. */
  private breakBefore(k: number): boolean {
    const t = this.tokens[k];
    const p = this.tokens[k - 1];
    return !t || !p || this.text.slice(p.end, t.start).includes('\n');
  }
  private stops(k: number): boolean {
    const t = this.tokens[k];
    if (!t || STOP_PUNCT.has(t.text)) return true;
    // "Hij stond toen in de krant": "toen" after a verb is an adverb, not a clause of its own.
    return STOP_WORDS.has(t.lower) && !isAdverbialConjunction(this.tokens, k);
  }
  /** Leftmost token of the stretch before `i` (at most `max` tokens) that a verb can govern. */
  private leftEdge(i: number, max: number): number {
    let k = i;
    while (k - 1 >= 0 && i - (k - 1) <= max && !this.stops(k - 1) && !this.breakBefore(k)) k--;
    return k;
  }
  private rightEdge(i: number, max: number): number {
    let k = i;
    while (k + 1 < this.tokens.length && k + 1 - i <= max && !this.stops(k + 1) && !this.breakBefore(k + 1)) k++;
    return k;
  }
  private isDet(k: number): boolean {
    return ARTICLES.has(this.low(k)) || POSSESSIVES.has(this.low(k));
  }
  /** Capitalized inside a sentence: a proper name, not the first word of a sentence. */
  private isProper(k: number): boolean {
    const t = this.tokens[k];
    if (!t || !(isCapitalized(t) || isAllCaps(t))) return false;
    const p = this.tokens[k - 1];
    return !!p && !['.', '!', '?', ':'].includes(p.text) && !this.breakBefore(k);
  }
  private isParticiple(k: number): boolean {
    const t = this.tokens[k];
    if (!t || t.type !== 'word') return false;
    const c = this.cls(k);
    if (c === 'event-verb' || c === 'media-verb' || c === 'threat-verb') return true;
    return NL_PARTICIPLE.test(t.lower) || EN_PARTICIPLE.test(t.lower) || EN_PARTICIPLES.has(t.lower);
  }
  /** A word that says who: a third-person pronoun, a person noun, or a name. */
  private personIn(first: number, last: number): boolean {
    if (mentionsThirdPerson(this.tokens, first, last)) return true;
    for (let k = Math.max(0, first); k <= last && k < this.tokens.length; k++) {
      if (this.cls(k) === 'person') return true;
    }
    return false;
  }
  /**
   * A plural of people before the event, not owned by anyone ("148 cliënten onder bewind", "drie mensen
   * raakten gewond bij"): a group, not a person. "a women's refuge" and "haar kinderen" are not groups.
   */
  private groupBefore(i: number): boolean {
    for (let k = i - 1; k >= this.leftEdge(i, 8); k--) {
      if (this.cls(k) !== 'people') continue;
      const p = this.low(k - 1);
      if (POSSESSIVES.has(p) || this.tokens[k + 1]?.text === "'" || this.tokens[k + 1]?.text === '’') continue;
      // "een van de slachtoffers", "one of the victims": one person.
      if ((p === 'de' || p === 'the') && (this.low(k - 2) === 'van' || this.low(k - 2) === 'of') && ['een', 'één', 'one'].includes(this.low(k - 3))) continue;
      return true;
    }
    return false;
  }
  /** Content in the medium before it ("een film op tv", "the match on TV") and not about a person. */
  private contentIn(first: number, last: number): boolean {
    for (let k = Math.max(0, first); k <= last; k++) {
      const c = this.cls(k);
      if (c !== 'content' && c !== 'show') continue;
      if (POSSESSIVES.has(this.low(k - 1))) continue; // "haar verhaal", "her story"
      // "stond met foto in De Stentor": the content goes with the person, it is not what appeared.
      if (WITH.has(this.low(k - 1)) || (ARTICLES.has(this.low(k - 1)) && WITH.has(this.low(k - 2)))) continue;
      const end = this.at[k]!.last;
      if (ABOUT.has(this.low(end + 1)) && (this.personIn(end + 2, end + 3) || this.isProper(end + 2))) continue;
      return true;
    }
    return false;
  }
  /** Content in the stretch before token i, across a coordination ("een cursus over mentorschap en curatele"). */
  private contentBefore(i: number): boolean {
    let edge = this.leftEdge(this.conjunctHead(i), 6);
    if (['en', 'of', 'and', 'or', ','].includes(this.low(edge - 1)) && edge - 2 >= 0) edge = this.leftEdge(edge - 2, 6);
    return this.contentIn(edge, i - 1);
  }
  private vetoVerbIn(first: number, last: number, consume = true): boolean {
    for (let k = Math.max(0, first); k <= last; k++) {
      const c = this.cls(k);
      if ((consume && c === 'consume-verb') || c === 'work-verb') return true;
    }
    return false;
  }
  /** Not the subject's: the writer's own, anyone's, a group's. */
  private notTheSubjects(i: number): boolean {
    const head = this.conjunctHead(i);
    if (head !== i && this.notTheSubjects(head)) return true;
    return aboutWriter(this.tokens, i) || aboutAnyone(this.tokens, i) || this.groupBefore(i);
  }
  /** The first of coordinated words of one class ("bewindvoering en curatele"): they share a clause. */
  private conjunctHead(i: number): number {
    let k = i;
    for (let n = 0; n < 4; n++) {
      const c = this.low(k - 1);
      const prev = this.at[k - 2];
      if (!['en', 'of', 'and', 'or', ','].includes(c) || !prev || prev.w.cls !== this.cls(k)) break;
      k = prev.first;
    }
    return k;
  }
  /** The context a word needs (exposure.tsv `needs`): the word before or after, a person in the clause. */
  private needsMet(h: Hit): boolean {
    if (!h.w.needs) return true;
    let rule = false;
    let ok = false;
    for (const [kind, words] of parsedNeeds(h.w.needs)) {
      if (kind === 'object') {
        // "attack on her mum", "aanval op hem": a person is the object.
        const k = h.last + 1;
        if (!(POSSESSIVES.has(this.low(k)) || OBJECTS.has(this.low(k)) || this.cls(k) === 'person' || this.isProper(k) || (this.isDet(k) && this.cls(k + 1) === 'person'))) return false;
        continue;
      }
      if (kind === 'person') {
        const [first, last] = clauseAround(this.tokens, h.first);
        if (!this.personIn(first, last)) return false;
        continue;
      }
      rule = true;
      if (kind === 'before') {
        const p = this.low(h.first - 1);
        if (words.has(p) || (ARTICLES.has(p) && words.has(this.low(h.first - 2)))) ok = true;
      } else if (kind === 'after' && words.has(this.low(h.last + 1))) ok = true;
    }
    return !rule || ok;
  }
  /** The last token of a hyphenated word ("ex-partner", "oud-collega"). */
  private wordEnd(k: number): number {
    while (this.tokens[k + 1]?.text === '-' && !this.tokens[k + 1]!.gapBefore && this.tokens[k + 2]?.type === 'word' && !this.tokens[k + 2]!.gapBefore) k += 2;
    return k;
  }
  private add(first: number, last: number, construction: Construction, core: [number, number] = [first, last]): void {
    if (first <= last) this.found.push({ first, last, core, construction });
  }

  // ---- media

  /**
   * A medium starting at token j, after an optional article and adjectives ("de plaatselijke krant",
   * "De Stentor", "Omroep Brabant", "the Liverpool Echo", "Radio 2"): its last token and type.
   */
  private mediumAt(j: number): { last: number; type: 'generic' | 'outlet' | 'platform' | 'show' } | undefined {
    let k = j;
    if (MEDIA_QUANT.has(this.low(k))) k++;
    if (this.isDet(k)) k++;
    for (let n = 0; n < 3 && this.cls(k) === 'medium-adj'; n++) k = this.at[k]!.last + 1;
    const t = this.tokens[k];
    if (!t) return undefined;
    const named = this.outletEnd.get(k) ?? (this.isDet(k) ? this.outletEnd.get(k + 1) : undefined);
    if (named !== undefined) return { last: named, type: 'outlet' };
    const c = this.cls(k);
    if (c === 'medium' && this.at[k]!.first === k) {
      let last = this.at[k]!.last;
      // "Radio 2", "TV Oost", "omroep Brabant": a generic word that heads a name.
      for (let n = 0; n < 2 && (this.tokens[last + 1]?.type === 'number' || this.isProper(last + 1)) && !this.breakBefore(last + 1); n++) last++;
      return { last, type: 'generic' };
    }
    // "Channel 6", "Kanaal 2": a channel word that heads a broadcaster's name with its number ("the Channel" is a sea).
    if (c === 'channel' && this.tokens[k + 1]?.type === 'number' && !this.breakBefore(k + 1) && isCapitalized(t)) return { last: k + 1, type: 'outlet' };
    if (c === 'platform') return { last: this.at[k]!.last, type: 'platform' };
    if (c === 'show') return { last: this.at[k]!.last, type: 'show' };
    if (!c && t.type === 'word' && t.lower.length > 6 && MEDIUM_HEADS.some((h) => t.lower.endsWith(h))) return { last: k, type: 'generic' };
    // A capitalized name that ends in a title word: "Brabants Dagblad", "Inverness Courier".
    if (isCapitalized(t)) {
      let last = k;
      let end = -1;
      for (let n = 0; n < 5; n++) {
        const x = this.tokens[last];
        if (!x || this.breakBefore(last) && last !== k) break;
        if (isCapitalized(x)) {
          if (last > k && (this.cls(last) === 'title-head' || this.cls(last) === 'medium')) end = last;
        } else if (!['van', 'het', 'and', 'of', 'the', '&', '-', 'de'].includes(x.lower)) break;
        last++;
      }
      if (end >= 0) return { last: end, type: 'outlet' };
    }
    return undefined;
  }

  /** The nearest verb on either side of a medium that says who appeared ("stond ... in", "in de pers kwam"). */
  private appearanceVerb(p: number, last: number, auxOk: boolean): number | undefined {
    const isVerb = (k: number) => {
      const c = this.cls(k);
      return c === 'media-verb' || c === 'show-verb' || c === 'media-reach' || (auxOk && AUX.has(this.low(k)));
    };
    const left = this.leftEdge(p, 6);
    const right = this.rightEdge(last, 4);
    let best: number | undefined;
    for (let k = p - 1; k >= left; k--) if (isVerb(k)) { best = this.at[k]?.first ?? k; break; }
    for (let k = last + 1; k <= right; k++) {
      if (isVerb(k)) {
        if (best === undefined || k - last < p - best) best = k;
        break;
      }
    }
    return best;
  }

  private mediaAfterPrep(p: number): void {
    const prep = this.low(p);
    const allOver = prep === 'over';
    const m = this.mediumAt(p + 1);
    if (!m) return;
    if (m.type === 'platform' && !allOver) return;
    if (prep === 'bij' && m.type !== 'outlet' && !this.mediaVerbNear(p)) return;
    if (m.type === 'show' && prep !== 'in' && prep !== 'on') return;
    const byAgent = prep === 'door' || prep === 'by';
    const verb = this.appearanceVerb(p, m.last, !byAgent);
    if (verb === undefined || this.hypothetical(verb)) return;
    if (byAgent && !this.isParticiple(verb)) return;
    let first = Math.min(verb, p);
    const last = Math.max(verb, m.last);
    if (AUX.has(this.low(first - 1))) first--; // "was interviewed by the BBC"
    if (this.vetoVerbIn(this.leftEdge(p, 6), this.rightEdge(m.last, 4))) return;
    if (this.contentBefore(p)) return;
    if (!this.whoAppeared(first, last, verb)) return;
    if (this.notTheSubjects(p) || this.ownedByWriter(this.leftEdge(first, 6), first)) return;
    this.add(first, this.withOutletOf(last), 'media', this.mediaCore(first, p, m.last, verb));
  }

  /** A verb of appearing (not a form of "zijn") in the stretch before a preposition: "te gast bij de omroep". */
  private mediaVerbNear(p: number): boolean {
    for (let k = p - 1; k >= this.leftEdge(p, 6); k--) if (this.cls(k) === 'media-verb') return true;
    return false;
  }

  /**
   * The verb is an infinitive or a gerund of something that may happen ("bang om in het nieuws te komen",
   * "worried about going to court", "to appear on TV"), not an event.
   */
  private hypothetical(verb: number): boolean {
    const before = this.low(verb - 1);
    if (before === 'te' || before === 'to') return true;
    return /ing$/.test(this.low(verb)) && ['about', 'of', 'avoid', 'fear', 'afraid'].includes(before);
  }

  /** The core of a media phrase: the verb with the medium, without what stands between them ("was vorige week op tv"). */
  private mediaCore(first: number, p: number, last: number, verb: number): [number, number] {
    if (verb < p) return (this.at[verb]?.last ?? verb) + 1 === p ? [first, last] : [p, last];
    return verb === last + 1 ? [p, verb] : [p, last];
  }

  /** "all over the Press and Journal", "de voorpagina van het AD": the outlet after "of"/"van" belongs to it. */
  private withOutletOf(last: number): number {
    const p = this.low(last + 1);
    if (p !== 'of' && p !== 'van') return last;
    const m = this.mediumAt(last + 2);
    return m && m.type === 'outlet' ? m.last : last;
  }

  /** Someone appeared: a person, a pronoun, a name or an event in the clause; not "er was niets op tv". */
  private whoAppeared(first: number, last: number, verb: number): boolean {
    const [cf, cl] = clauseAround(this.tokens, verb, 8);
    if (this.personIn(cf, cl)) return true;
    const existential = THERE.has(this.low(verb - 1)) || THERE.has(this.low(verb + 1));
    if (existential) return false;
    for (let k = cf; k <= cl; k++) {
      if (k >= first && k <= last && this.cls(k) !== 'event-noun') continue;
      const low = this.low(k);
      // "het stond met foto in De Stentor", "wat uitgebreid in de pers kwam": the event itself.
      if (EVENT_PRONOUNS.has(low) && k < first) return true;
      if (this.cls(k) === 'event-noun') return true;
      if (this.isProper(k) && !this.outletEnd.has(k) && !this.cls(k)) return true;
    }
    // Dutch verb-second: the subject may stand first ("Gijs kwam in het nieuws").
    const t = this.tokens[cf];
    return !!t && isCapitalized(t) && !this.cls(cf) && !ARTICLES.has(t.lower) && cf < first && t.type === 'word' && !this.isDetLike(cf);
  }
  private isDetLike(k: number): boolean {
    return ARTICLES.has(this.low(k)) || POSSESSIVES.has(this.low(k)) || WRITER_OWNS.has(this.low(k)) || ['dit', 'deze', 'die', 'dat', 'this', 'these', 'those', 'that', 'er', 'there', 'ook', 'also', 'in', 'op', 'on'].includes(this.low(k));
  }

  /** "haalde de krant", "made the news", "hit the headlines", "dat ze de krant haalde". */
  private mediaReach(h: Hit): void {
    const v = h.first;
    let j = h.last + 1;
    // "haalde vorig jaar de krant": a time between the verb and its object.
    if (this.cls(j) === 'time-lead' && this.cls(j + 1) === 'time-noun') j = this.at[j + 1]!.last + 1;
    else if (this.cls(j) === 'time-word') j = this.at[j]!.last + 1;
    if (this.low(j) === 'it' && ['into', 'onto', 'in', 'on', 'to'].includes(this.low(j + 1))) j += 2;
    const after = this.mediumAt(j);
    if (after && after.type !== 'platform' && after.type !== 'show') {
      if (FETCH.has(this.low(after.last + 1)) || FETCH.has(this.low(after.last + 2)) || this.low(v - 1) === 'even') return;
      if (!this.whoAppeared(v, after.last, v) || this.notTheSubjects(v) || this.ownedByWriter(this.leftEdge(v, 6), v)) return;
      this.add(v, this.withOutletOf(after.last), 'media', j === h.last + 1 ? [v, after.last] : [j, after.last]);
      return;
    }
    // Verb-final: "(dat ze) de krant haalde".
    for (let k = Math.max(0, v - 4); k < v; k++) {
      const m = this.isDet(k) ? this.mediumAt(k) : undefined;
      if (m && m.last === v - 1 && m.type !== 'platform' && m.type !== 'show') {
        if (!this.whoAppeared(k, v, v) || this.notTheSubjects(v)) return;
        this.add(k, v, 'media');
        return;
      }
    }
  }

  /** "deed mee aan een realityserie", "appeared on Channel 4", "took part in a talent show". */
  private showVerb(h: Hit): void {
    const m = this.mediumAt(h.last + 1);
    if (!m || m.type === 'platform') return;
    if (this.vetoVerbIn(this.leftEdge(h.first, 4), h.first) || this.notTheSubjects(h.first) || this.ownedByWriter(this.leftEdge(h.first, 6), h.first)) return;
    if (!this.whoAppeared(h.first, m.last, h.first)) return;
    // "een realityserie op RTL 5", "a talent show on ITV".
    let last = this.withOutletOf(m.last);
    if (['op', 'on', 'bij'].includes(this.low(last + 1))) {
      const o = this.mediumAt(last + 2);
      if (o && o.type === 'outlet') last = o.last;
    }
    this.add(h.first, last, 'media', [h.first, m.last]);
  }

  /** "ging viral", "viral gegaan", "went viral on TikTok", "a viral video of her". */
  private viral(h: Hit): void {
    const i = h.first;
    let first = i;
    let last = i;
    const go = [i - 1, i + 1].find((k) => this.cls(k) === 'go-verb') ?? [i - 2, i + 2].find((k) => this.cls(k) === 'go-verb' && !this.stops((k + i) >> 1));
    if (go !== undefined) {
      first = Math.min(go, i);
      last = Math.max(go, i);
    } else {
      // "a viral video of her", "een viraal filmpje van hem".
      const [cf, cl] = clauseAround(this.tokens, i);
      if (this.cls(i + 1) !== 'content' || !this.personIn(cf, cl)) return;
      last = this.at[i + 1]!.last;
    }
    const [cf, cl] = clauseAround(this.tokens, i);
    if (this.vetoVerbIn(cf, cl) || this.notTheSubjects(i)) return;
    if (this.ownedByWriter(this.leftEdge(first, 4), first)) return;
    this.add(first, this.onPlatform(last), 'media');
  }
  /** "... op TikTok", "... on YouTube". */
  private onPlatform(last: number): number {
    if (['op', 'on', 'via'].includes(this.low(last + 1)) && this.cls(last + 2) === 'platform') return this.at[last + 2]!.last;
    return last;
  }
  /** "onze post", "ons project", "our channel": the writer's own thing, not "mijn cliënt". */
  private ownedByWriter(first: number, last: number): boolean {
    for (let k = Math.max(0, first); k <= last; k++) if (WRITER_OWNS.has(this.low(k)) && this.cls(k + 1) !== 'person') return true;
    return false;
  }

  /** "was trending", "is trending on X". */
  private trending(h: Hit): void {
    const i = h.first;
    if (!AUX.has(this.low(i - 1)) && this.cls(i - 1) !== 'media-verb') return;
    if (this.notTheSubjects(i) || this.ownedByWriter(this.leftEdge(i, 4), i)) return;
    this.add(i - 1, this.onPlatform(h.last), 'media');
  }

  /** "een kanaal met 80k volgers", "a channel with 80,000 subscribers", "120.000 volgers op TikTok". */
  private followers(h: Hit): void {
    const i = h.first;
    let k = i - 1;
    while (k >= 0 && NUMBER_SUFFIX.has(this.low(k))) k--;
    if (this.tokens[k]?.type !== 'number') return;
    // "80.000", "80,000": groups of digits.
    while (k >= 2 && ['.', ','].includes(this.tokens[k - 1]!.text) && this.tokens[k - 2]!.type === 'number' && !this.tokens[k - 1]!.gapBefore) k -= 2;
    let first = k;
    const lead = this.leftEdge(k, 5);
    let owner = -1;
    for (let j = k - 1; j >= lead; j--) {
      const c = this.cls(j);
      if (c === 'channel' || c === 'platform') {
        owner = this.at[j]!.first;
        break;
      }
    }
    const last = this.onPlatform(h.last);
    if (owner < 0 && last === h.last) return;
    if (owner >= 0) {
      first = owner;
      if (this.isDet(first - 1)) first--;
      // "YouTube-kanaal": the platform before the hyphen.
      if (this.tokens[first - 1]?.text === '-' && this.cls(first - 2) === 'platform') first -= 2;
    } else {
      // "heeft 120.000 volgers op TikTok": a count of someone's own followers.
      const [cf, cl] = clauseAround(this.tokens, i);
      if (!COUNT_LEAD.has(this.low(k - 1)) || !this.personIn(cf, cl)) return;
    }
    if (this.ownedByWriter(Math.max(0, first - 2), first) || this.notTheSubjects(i)) return;
    this.add(first, last, 'media');
  }

  // ---- events: accidents, fires, disasters, crimes

  /**
   * After an event word: its anchors, each a place, a road, a time or a vehicle ("op de N59", "in de
   * Dorpsstraat", "vorig jaar", "met de trekker", "in 2014"). The last token taken, and whether any was.
   */
  private anchors(j: number, vehicle: boolean): { last: number; anchored: boolean } {
    let last = j - 1;
    let anchored = false;
    for (let n = 0; n < 3; n++) {
      const k = last + 1;
      const a = this.anchorAt(k, vehicle);
      if (a === undefined) break;
      last = a;
      anchored = true;
    }
    return { last, anchored };
  }

  /** One anchor starting at token k, its last token; undefined when there is none. */
  private anchorAt(k: number, vehicle: boolean): number | undefined {
    const t = this.tokens[k];
    if (!t || this.breakBefore(k)) return undefined;
    const c = this.cls(k);
    // Time: "vorig jaar", "last summer", "gisteren", "in 2014", "op 14 oktober", "in maart".
    if (c === 'time-lead' && this.cls(k + 1) === 'time-noun') return this.at[k + 1]!.last;
    if (c === 'time-word') return this.at[k]!.last;
    if (isYear(t)) return k;
    if (c === 'month') return isYear(this.tokens[k + 1]) ? k + 1 : k;
    const prep = t.lower;
    if (WITH.has(prep) && vehicle) {
      let j = k + 1;
      if (this.isDet(j)) j++;
      if (this.cls(j) === 'vehicle') return this.at[j]!.last;
    }
    if (!ANCHOR_PREP.has(prep) && !['in', 'op', 'on'].includes(prep)) return undefined;
    let j = k + 1;
    if (isYear(this.tokens[j])) return j;
    if (this.tokens[j]?.type === 'number' && this.cls(j + 1) === 'month') return isYear(this.tokens[j + 2]) ? j + 2 : j + 1;
    if (this.cls(j) === 'month') return isYear(this.tokens[j + 1]) ? j + 1 : j;
    if (this.cls(j) === 'time-lead' && this.cls(j + 1) === 'time-noun') return this.at[j + 1]!.last;
    const det = this.isDet(j);
    const poss = POSSESSIVES.has(this.low(j));
    if (det) j++;
    const x = this.tokens[j];
    if (!x) return undefined;
    // A road: "de N59", "the M25", "I-10", "Interstate 10", "Route 66".
    if (ROAD_LETTER.has(x.text) && this.tokens[j + 1]?.type === 'number' && !this.tokens[j + 1]!.gapBefore) return j + 1;
    if (ROAD_LETTER.has(x.text) && this.tokens[j + 1]?.text === '-' && this.tokens[j + 2]?.type === 'number') return j + 2;
    const xc = this.cls(j);
    if (xc === 'anchor-place') {
      const end = this.at[j]!.last;
      return this.tokens[end + 1]?.type === 'number' ? end + 1 : end;
    }
    if (xc === 'dwelling' && poss) return this.at[j]!.last;
    if (this.isProper(j) && !this.outletEnd.has(j)) {
      let end = j;
      while (this.isProper(end + 1) || (this.tokens[end + 1]?.type === 'number' && !this.breakBefore(end + 1))) end++;
      // "de Vlaardingse flat", "Euston station": a name before a place noun.
      const after = this.cls(end + 1);
      if (after === 'anchor-place' || after === 'dwelling') end = this.at[end + 1]!.last;
      return end;
    }
    // "in the 2020 wildfires", "bij de ramp van 1953".
    if (isYear(x)) return this.cls(j + 1) === 'event-noun' ? this.at[j + 1]!.last : j;
    return undefined;
  }

  /** Words before an event that attach it to a person ("raakte gewond bij", "survived", "verdacht van"). */
  private attachedLeft(first: number): number | undefined {
    const edge = this.leftEdge(first, 5);
    for (let k = first - 1; k >= edge; k--) {
      const c = this.cls(k);
      if (c === 'participation' || c === 'event-verb' || c === 'court-act') return this.at[k]!.first;
    }
    return undefined;
  }
  private attachedRight(last: number): number | undefined {
    const edge = this.rightEdge(last, 4);
    for (let k = last + 1; k <= edge; k++) {
      const c = this.cls(k);
      if (c === 'participation' || c === 'event-verb') return this.at[k]!.last;
    }
    return undefined;
  }

  /** "het ongeluk op de N59", "de brand in de Dorpsstraat", "the 2014 floods", "gewond bij een steekpartij". */
  private eventNoun(h: Hit): void {
    if (!this.needsMet(h)) return;
    const construction = h.w.construction as Construction;
    let first = h.first;
    let leftAnchor = false;
    // Modifiers: "een zwaar ongeluk", "a fatal car crash", "the 2014 floods", "the Grenfell fire".
    for (let n = 0; n < 3; n++) {
      const k = first - 1;
      const c = this.cls(k);
      if (c === 'event-adj' || c === 'vehicle' || c === 'dwelling' || c === 'anchor-place') first = this.at[k]!.first;
      else if (isYear(this.tokens[k])) {
        first = k;
        leftAnchor = true;
      } else if (this.isProper(k) && !this.outletEnd.has(k) && !c && this.isDet(k - 1) && !this.isDet(k)) {
        first = k;
        leftAnchor = true;
      } else break;
    }
    // "fire alarm", "accident insurance": the event word modifies the next noun.
    const next = this.cls(h.last + 1);
    if (next === 'compound-tail' || next === 'content' || (next === 'anchor-place' && this.tokens[h.last + 1]!.gapBefore && this.tokens[h.last + 1]!.lower === 'station')) return;
    if (this.tokens[h.last + 1]?.text === '-' && !this.tokens[h.last + 1]!.gapBefore) return;
    const { last: anchorLast, anchored } = this.anchors(h.last + 1, construction === 'accident');
    // "was in a car accident", "raakte bij een brand": a form of "zijn" before the preposition attaches it too.
    const leftAttach = this.attachedLeft(first) ?? (['in', 'bij', 'into'].includes(this.low(this.isDet(first - 1) ? first - 2 : first - 1)) && AUX.has(this.low(this.isDet(first - 1) ? first - 3 : first - 2)) ? (this.isDet(first - 1) ? first - 3 : first - 2) : undefined);
    const rightAttach = this.attachedRight(anchorLast);
    // "sinds het ongeluk", "na de brand", "in the floods": a known event, referred back to.
    const hasDet = this.isDet(first - 1);
    const prepAt = hasDet ? first - 2 : first - 1;
    const definite = hasDet && !['een', 'a', 'an'].includes(this.low(first - 1)) && EVENT_PREP.has(this.low(prepAt));
    const [cf, cl] = clauseAround(this.tokens, h.first);
    const person = this.personIn(cf, cl);
    if (leftAttach === undefined && rightAttach === undefined && !((anchored || leftAnchor || definite) && person)) return;
    if (this.contentBefore(first) || this.notTheSubjects(h.first)) return;
    if (this.defined(first, anchorLast)) return;
    const start = leftAttach ?? (definite ? prepAt : hasDet ? first - 1 : first);
    const end = Math.max(anchorLast, rightAttach ?? -1, h.last);
    this.add(start, end, construction, [start, Math.max(h.last, rightAttach !== undefined && rightAttach <= h.last + 2 ? rightAttach : h.last)]);
  }

  /**
   * A medium the person spoke to or had a visit from, right after the words that say so: "sprak met de
   * krant over haar ziekte", "a visit from the BBC Radio Lancashire breakfast show", "interview with the
   * Liverpool Echo". Not a visit from the GP, and not the writer's own talk with the paper.
   */
  private mediaContact(h: Hit, at: number): void {
    const m = this.mediumAt(at);
    if (!m || m.type === 'platform') return;
    const [cf, cl] = clauseAround(this.tokens, h.first);
    if (!this.personIn(cf, Math.max(cl, m.last)) || this.hypothetical(h.first) || this.notTheSubjects(h.first)) return;
    if (this.ownedByWriter(this.leftEdge(h.first, 6), h.first)) return;
    // "the BBC Radio Lancashire breakfast show": the station's name and its programme belong to the medium.
    let last = m.last;
    for (let k = last + 1, n = 0; k < this.tokens.length && n < 5; k++, n++) {
      const t = this.tokens[k]!;
      const c = this.cls(k);
      if (c === 'show' || c === 'medium') last = this.at[k]?.last ?? k;
      else if (!(t.type === 'word' && (this.isProper(k) || /^\p{Ll}+$/u.test(t.text)) && t.gapBefore)) break;
      if (c === 'show') break;
    }
    if (last > m.last && !['show', 'medium'].includes(this.cls(last))) last = m.last;
    this.add(ARTICLES.has(this.low(h.first - 1)) ? h.first - 1 : h.first, this.withOutletOf(last), 'media');
  }

  /**
   * A medium that comes to the person: "volgende week komt de streekkrant langs voor een interview", "the
   * local paper came to interview her", "TV Oost kwam filmen". The visit is the appearance to be.
   */
  private mediaVisit(d: number): void {
    const m = this.mediumAt(d);
    if (!m || m.type === 'platform' || m.type === 'show') return;
    // "a TV crew came", "de verslaggever van de krant": the people of a medium come for it.
    let end = m.last;
    if (MEDIA_PEOPLE.has(this.low(end + 1))) end++;
    // "Thanks to Channel 6 for coming out to film it": the visit as a gerund after "for".
    const after = this.low(end + 1) === 'for' && COME.has(this.low(end + 2)) ? end + 2 : end + 1;
    const verb = COME.has(this.low(d - 1)) ? d - 1 : COME.has(this.low(after)) ? after : -1;
    if (verb < 0) return;
    let purpose = -1;
    for (let k = Math.max(verb, end) + 1; k <= Math.max(verb, end) + 5 && k < this.tokens.length && !this.stops(k); k++) {
      if (VISIT_PURPOSE.has(this.low(k))) purpose = k;
    }
    if (purpose < 0 || this.notTheSubjects(d) || this.ownedByWriter(this.leftEdge(d, 6), d)) return;
    this.add(Math.min(verb, d), purpose, 'media');
  }

  // ---- performances and firsts

  /**
   * A performance of the person's own: a performance noun with its named work in a clause about someone
   * ("zij moest de première van Tosca afzeggen"), or owned by them ("haar eerste expositie", "his debut").
   * Not one they went to or watched ("we bezochten de tentoonstelling van Escher", "ze keek naar het concert").
   */
  private performance(h: Hit): void {
    let start = h.first;
    let owned = false;
    if (FIRST_OR_LAST.has(this.low(start - 1))) start--;
    if (POSSESSIVES.has(this.low(start - 1))) {
      start--;
      owned = h.w.cls === 'performance' || h.w.cls === 'performance-role';
    } else if (this.isDet(start - 1)) {
      start--;
      // "zong de solo", "played the lead role": one part, one performer, with its article.
      owned = h.w.cls === 'performance-role';
    }
    let last = h.last;
    const of = this.low(h.last + 1);
    // "van Tosca", "van de Matthäus-Passion", "of Hamlet": the named work.
    let work = h.last + 2;
    if (ARTICLES.has(this.low(work)) && this.isProper(work + 1)) work++;
    if ((of === 'van' || of === 'of') && this.isProper(work) && this.cls(work) !== 'person') {
      last = this.wordEnd(work);
      while (this.isProper(last + 1) && this.tokens[last + 1]!.gapBefore) last = this.wordEnd(last + 1);
    }
    if (!owned && last === h.last) return;
    const [cf, cl] = clauseAround(this.tokens, h.first);
    // "Hij is 16 en speelde de hoofdrol": a part is played by the subject the verb shares.
    let from = cf;
    if (h.w.cls === 'performance-role') while (from > 0 && h.first - from < 16 && !/^[.!?;:]$/.test(this.tokens[from - 1]!.text) && !this.breakBefore(from)) from--;
    if (!this.personIn(from, cl) || this.watchedIn(cf, cl) || this.notTheSubjects(h.first) || this.defined(start, last)) return;
    this.add(start, last, 'performance', [start, last]);
  }

  /** A verb of going to or watching in the clause: the person was in the audience. */
  private watchedIn(first: number, last: number): boolean {
    for (let k = Math.max(0, first); k <= last && k < this.tokens.length; k++) {
      const c = this.cls(k);
      if (c === 'consume-verb' || c === 'attend-verb' || c === 'work-verb') return true;
    }
    return false;
  }

  /**
   * A first achievement: a verb of achieving with "zijn eerste ..." as its object, before or after it
   * ("verkocht hij zijn eerste drie doeken", "toen ze haar eerste marathon liep", "published her first novel").
   */
  private firstAchievement(h: Hit): void {
    const found = (k: number): number | undefined => {
      if (!POSSESSIVES.has(this.low(k)) || !FIRST.has(this.low(k + 1))) return undefined;
      let j = k + 2;
      const n = this.tokens[j];
      if (n && (n.type === 'number' || NUMBER_WORDS.has(n.lower))) j++;
      const noun = this.tokens[j];
      if (!noun || noun.type !== 'word' || this.stops(j) || ONCE.has(noun.lower) || this.cls(j) === 'person') return undefined;
      return this.wordEnd(j);
    };
    let start = -1;
    let end = -1;
    for (let k = h.last + 1; k <= this.rightEdge(h.last, 6) - 2; k++) {
      const e = found(k);
      if (e !== undefined) {
        start = h.first;
        end = e;
        break;
      }
    }
    if (start < 0) {
      for (let k = h.first - 3; k >= this.leftEdge(h.first, 8); k--) {
        const e = found(k);
        if (e !== undefined && e < h.first) {
          start = k;
          end = h.last;
          break;
        }
      }
    }
    if (start < 0 || this.notTheSubjects(h.first)) return;
    this.add(start, end, 'first-achievement');
  }

  // ---- accidents told by what happened

  /**
   * A ride into something no one drives into, before or after the drive verb: "reed hij met de shovel dwars
   * door de dorpsvijver", "toen ze met de auto tegen de gevel reed", "drove his car into the canal".
   */
  private collision(h: Hit): void {
    let hit: [number, number] | undefined;
    for (let k = h.last + 1; k <= this.rightEdge(h.last, 12) && !hit; k++) {
      const end = this.pathInto(k);
      if (end !== undefined) hit = [h.first, end];
    }
    for (let k = h.first - 2; k >= this.leftEdge(h.first, 12) && !hit; k--) {
      const end = this.pathInto(k);
      if (end !== undefined && end < h.first) hit = [k, h.last];
    }
    if (!hit) return;
    const [cf, cl] = clauseAround(this.tokens, h.first);
    if (!this.personIn(cf, cl) || this.notTheSubjects(h.first)) return;
    this.add(hit[0], hit[1], 'accident');
  }

  /** Run over: "onder een shovel kwam", "kwam onder de trein", "raakte onder een vrachtwagen". */
  private runOver(h: Hit): void {
    const det = this.isDet(h.first - 1) ? h.first - 1 : h.first;
    if (this.low(det - 1) !== 'onder') return;
    let verb = UNDER_VERBS.has(this.low(h.last + 1)) ? h.last + 1 : -1;
    // "kwam vorig jaar onder de trein": a time may stand between the verb and "onder".
    for (let k = det - 2; verb < 0 && k >= Math.max(0, det - 5) && !this.stops(k); k--) if (UNDER_VERBS.has(this.low(k))) verb = k;
    if (verb < 0 || this.notTheSubjects(h.first)) return;
    this.add(Math.min(verb, det - 1), Math.max(verb, h.last), 'accident');
  }

  /** "dwars door de vijver", "tegen een boom", "into the canal": the path's last token, when it ends in an obstacle. */
  private pathInto(k: number): number | undefined {
    const w = this.low(k);
    let j: number;
    if (w === 'dwars' && this.low(k + 1) === 'door') j = k + 2;
    else if (COLLIDE.has(w)) j = k + 1;
    else return undefined;
    if (this.isDet(j)) j++;
    return this.obstacle(j) ? this.wordEnd(j) : undefined;
  }

  /** A place or a building ("de vijver", "de gevel", "the canal"), or a compound with one as its head ("dorpsvijver"). */
  private obstacle(j: number): boolean {
    const c = this.cls(j);
    if (c === 'anchor-place' || c === 'dwelling' || c === 'obstacle') return true;
    const t = this.tokens[j];
    if (!t || t.type !== 'word' || t.lower.length < 7) return false;
    const { words } = this.lexicon.exposure();
    for (let n = 3; n <= t.lower.length - 4; n++) {
      const head = wholly(words, t.lower.slice(n));
      if (head && (head.cls === 'anchor-place' || head.cls === 'dwelling' || head.cls === 'obstacle')) return true;
    }
    return false;
  }

  /** Losing consciousness at the wheel: "fell asleep at the wheel on Interstate 10", "viel achter het stuur in slaap". */
  private atTheWheel(h: Hit): void {
    let wheel: Hit | undefined;
    for (let k = Math.max(0, h.first - 4); k <= h.last + 4 && !wheel; k++) if (this.cls(k) === 'wheel') wheel = this.at[k];
    if (!wheel) return;
    const first = Math.min(h.first, wheel.first);
    const { last } = this.anchors(Math.max(h.last, wheel.last) + 1, true);
    const [cf, cl] = clauseAround(this.tokens, h.first);
    if (!this.personIn(cf, cl) || this.notTheSubjects(h.first)) return;
    this.add(first, Math.max(last, h.last, wheel.last), 'accident', [first, Math.max(h.last, wheel.last)]);
  }

  /** An injury or an event that ended a career: "a knee injury ended a college scholarship", "kostte hem zijn carrière". */
  private careerEnded(h: Hit): void {
    let j = h.last + 1;
    // "kostte hem zijn carrière"; but "haar" before a noun is a possessive ("aan haar loopbaan").
    if (OBJECTS.has(this.low(j)) && this.isDet(j + 1)) j++;
    if (!this.isDet(j) || GENERIC_DET.has(this.low(j))) return;
    const det = j;
    const career = (k: number) => this.cls(k) === 'career' || this.low(k) === 'career';
    for (let n = 0; n < 3 && !career(j + 1) && this.tokens[j + 1]?.type === 'word' && !this.stops(j + 1); n++) j++;
    if (!career(j + 1)) return;
    j++;
    if (j <= det) return;
    // What ended it: the noun phrase right before the verb ("a knee injury", "het ongeluk").
    let first = h.first;
    for (let k = h.first - 1; k >= Math.max(0, h.first - 4) && this.tokens[k]!.type === 'word' && !this.stops(k); k--) {
      first = k;
      if (this.isDet(k)) break;
    }
    if (this.notTheSubjects(h.first) || aboutWriter(this.tokens, j)) return;
    const end = this.at[j]?.last ?? j;
    // The cause may be a detail of its own ("de hernia"): the core is what it ended.
    this.add(first, end, 'career-end', [h.first, end]);
  }

  /** A definition or a question about the thing, not an event ("Wat is een OTS?", "Een brand is ..."). */
  private defined(first: number, last: number): boolean {
    const before = this.low(first - 1);
    if (ASK.has(this.low(first - 2)) && (before === 'is' || before === 'een' || before === 'a') || ASK.has(this.low(first - 3))) {
      const q = this.tokens.slice(first, Math.min(this.tokens.length, last + 6)).some((t) => t.text === '?');
      if (q) return true;
    }
    // "Een OTS is een kinderbeschermingsmaatregel": the measure is said of a measure, not of a person.
    if (ARTICLES.has(before) && ['is', 'zijn', 'are', 'was'].includes(this.low(first - 2))) {
      for (let k = first - 3; k >= Math.max(0, first - 6) && !this.stops(k); k--) if (['measure', 'court-case', 'event-noun'].includes(this.cls(k))) return true;
    }
    const after = this.low(last + 1);
    return (after === 'is' && ['een', 'a', 'an'].includes(this.low(last + 2))) || DEFINE.has(after) && this.low(last + 2) !== 'door';
  }

  /** "verongelukte vorig jaar met de trekker", "werd neergestoken", "was jailed for the attack on her mum". */
  private eventVerb(h: Hit): void {
    if (!this.needsMet(h)) return;
    const construction = h.w.construction as Construction;
    let first = h.first;
    // The auxiliary just before: "werd veroordeeld", "was stabbed", "is beroofd".
    for (let k = h.first - 1; k >= Math.max(0, h.first - 2); k--) {
      if (this.stops(k)) break;
      if (AUX.has(this.low(k))) {
        first = k;
        break;
      }
    }
    let last = h.last;
    last = this.anchors(last + 1, construction === 'accident').last;
    const beforeReason = last;
    last = this.reason(last, construction);
    const reasonFrom = last > beforeReason ? beforeReason + 1 : undefined;
    last = this.anchors(last + 1, construction === 'accident').last;
    const [cf, cl] = clauseAround(this.tokens, h.first);
    if (this.vetoVerbIn(cf, cl, false) || this.contentBefore(h.first) || this.notTheSubjects(h.first)) return;
    // A relative's verdict is the kinship rule's circumstance ("Haar zoon zit vast"); the crime after it is
    // a datable event of its own ("voor de plofkraak op de geldautomaat").
    if (reasonFrom !== undefined && this.kinSubject(first)) {
      // "voor een misdrijf", "for a crime": a kind of crime alone dates and places nothing.
      const bare = last === reasonFrom + 2 && ['een', 'a', 'an'].includes(this.low(reasonFrom + 1));
      if (last > reasonFrom + 1 && !bare) this.add(reasonFrom, last, 'crime');
    } else this.add(first, last, construction, [first, h.last]);
  }

  /** The verb at token i has a relative for its subject: "Haar zoon zit vast", "Her dad was jailed", "Vader zat vast". */
  private kinSubject(i: number): boolean {
    // Far enough back for a middle field ("Haar zoon zit sinds vorig jaar vast").
    for (let k = i - 1; k >= this.leftEdge(i, 8); k--) {
      if (!kinNoun(this.low(k)) && !ANY_RELATIVE.has(this.low(k))) continue;
      return this.isDet(k - 1) || k === 0 || this.stops(k - 1) || this.tokens[k]!.lineBefore;
    }
    return false;
  }

  /**
   * "zit sinds vorig jaar vast voor de plofkraak", "zat twee jaar vast.": the separable verb with its
   * middle field, detained when a reason follows or the clause ends with it ("het raam zit vast" has a
   * thing for its subject; "zit vast in haar rouw" is stuck, not held). A time in the middle field stays
   * a finding of its own, so the phrase then starts at the particle.
   */
  private separatedDetention(i: number): void {
    const next = this.low(i + 1);
    if (!REASON_PREP.has(next) && !['.', '!', ';', ','].includes(next) && i + 1 < this.tokens.length) return;
    for (let k = i - 2; k >= this.leftEdge(i, 7); k--) {
      // "zit" is also a verb of being in a medium ("zit in de krant"): only a phrase of its own stops it.
      if (!SIT.has(this.low(k)) || this.at[k]?.w.cls === 'event-verb') continue;
      let timed = false;
      for (let j = k + 1; j < i; j++) {
        const c = this.cls(j);
        if (c === 'time-word' || c === 'time-lead' || c === 'month' || isYear(this.tokens[j])) timed = true;
      }
      this.eventVerb({ w: DETAINED, first: timed ? i : k, last: i });
      return;
    }
  }

  /** The reason or agent after a verdict, an arrest or a measure: "voor mishandeling", "for the attack on her mum", "door de politie". */
  private reason(last: number, construction: Construction): number {
    const p = this.low(last + 1);
    if ((REASON_PREP.has(p) || (p === 'of' && construction === 'court')) && (construction === 'court' || construction === 'crime' || construction === 'legal-measure')) {
      // The reason is a noun phrase: up to the next verb or the end of the clause.
      const edge = this.rightEdge(last + 1, 8);
      let end = last + 1;
      for (let k = last + 2; k <= edge; k++) {
        const c = this.cls(k);
        // After an article a verb's word is a noun: "for the attack on her mum".
        if (AUX.has(this.low(k)) || (VERB_CLASSES.has(c) && !this.isDet(k - 1)) || c === 'time-lead' || c === 'time-word') break;
        end = k;
      }
      // A noun phrase ends in a noun, not in the preposition or article of what follows ("... op de juwelier in").
      while (end > last + 1 && (ANCHOR_PREP.has(this.low(end)) || this.isDet(end))) end--;
      return end > last + 1 ? end : last;
    }
    if (VIA_PREP.has(p)) {
      let j = last + 2;
      if (this.isDet(j)) j++;
      if (this.cls(j) === 'court' || this.cls(j) === 'police') return this.at[j]!.last;
    }
    if (AGAINST.has(p)) {
      let j = last + 2;
      if (this.isDet(j) || WRITER_OWNS.has(this.low(j))) j++;
      if (this.tokens[j]?.type === 'word' && !this.stops(j)) return this.wordEnd(this.at[j]?.last ?? j);
    }
    return last;
  }

  /** "met een mes bedreigd voor de schoolpoort", "threatened with a knife". */
  private threat(h: Hit): void {
    const i = h.first;
    const left = this.leftEdge(i, 5);
    const right = this.rightEdge(h.last, 4);
    let first = i;
    let last = h.last;
    let weapon = false;
    for (let k = i - 1; k >= left; k--) {
      if (this.cls(k) === 'weapon') {
        weapon = true;
        first = WITH.has(this.low(k - 2)) && this.isDet(k - 1) ? k - 2 : WITH.has(this.low(k - 1)) ? k - 1 : k;
        break;
      }
    }
    if (!weapon) {
      for (let k = h.last + 1; k <= right; k++) {
        if (this.cls(k) === 'weapon') {
          weapon = true;
          last = this.at[k]!.last;
          break;
        }
      }
    }
    if (!weapon || this.notTheSubjects(i)) return;
    const core: [number, number] = [first, last];
    last = this.anchors(last + 1, false).last;
    this.add(first, last, 'crime', core);
  }

  /** "door de politie aangetroffen op de Stadsbrug", "picked up by police". */
  private police(h: Hit): void {
    const i = h.first;
    let by = i - 1;
    if (ARTICLES.has(this.low(by))) by--;
    if (this.low(by) !== 'door' && this.low(by) !== 'by') return;
    let first = by;
    let last = h.last;
    let verb = false;
    const isPoliceVerb = (k: number) => this.cls(k) === 'police-verb' || this.cls(k) === 'event-verb';
    // Dutch verb-final: "door de politie aangetroffen"; English: "picked up by police".
    for (let k = h.last + 1; k <= Math.min(this.tokens.length - 1, h.last + 3); k++) {
      if (this.stops(k)) break;
      if (isPoliceVerb(k)) {
        last = this.at[k]!.last;
        verb = true;
        break;
      }
    }
    if (!verb) {
      for (let k = by - 1; k >= Math.max(0, by - 3); k--) {
        if (this.stops(k)) break;
        if (isPoliceVerb(k)) {
          first = this.at[k]!.first;
          verb = true;
          break;
        }
      }
    }
    const [cf, cl] = clauseAround(this.tokens, i);
    if (verb && !this.personIn(cf, cl)) return;
    if (!verb || this.notTheSubjects(i)) return;
    if (this.cls(first) === 'event-verb' && this.at[first]!.last >= by) return; // a listed form already covers it
    const core: [number, number] = [first, last];
    last = this.anchors(last + 1, false).last;
    this.add(first, last, 'crime', core);
  }

  // ---- ceremonies

  /**
   * An official who comes to honour someone: "De burgemeester kwam met bloemen en een oorkonde", "kreeg
   * bezoek van de wethouder", "the mayor presented her with a certificate", "a visit from the Lord Mayor".
   * The official with a verb of honouring, a gift, or a visit; with a gift or a person honoured in the
   * clause. Not what an official says or opens ("the mayor said the budget ...", "de burgemeester opende de
   * nieuwe vleugel"): no gift, no visit, no one honoured.
   */
  private ceremony(h: Hit): void {
    const [cf, cl] = clauseAround(this.tokens, h.first, 10);
    let first = h.first;
    if (this.isDet(first - 1) || this.low(first - 1) === 'de') first--;
    let last = h.last;
    let honour = false;
    let gift = false;
    let visit = false;
    for (let k = cf; k <= cl; k++) {
      const c = this.cls(k);
      if (c === 'ceremony-verb' && Math.abs(k - h.first) <= 4) {
        honour = true;
        if (k > last) last = this.at[k]!.last;
        else if (k < first) first = this.at[k]!.first;
      } else if (c === 'gift') {
        gift = true;
        if (k > last) last = this.at[k]!.last;
      } else if (c === 'attend-verb' && VISIT_FROM.has(this.low(this.at[k]!.last + 1)) && k < h.first) {
        // "kreeg bezoek van de burgemeester", "received a visit from the mayor": a visit someone had.
        const r = ARTICLES.has(this.low(k - 1)) ? k - 2 : k - 1;
        if (RECEIVE.has(this.low(r))) {
          visit = true;
          first = Math.min(first, r);
        }
      } else if (c === 'media-verb' && k > h.last && k - h.last <= 2 && ['langs', 'over', 'by', 'round', 'to'].includes(this.low(this.at[k]!.last + 1))) {
        visit = true;
        last = Math.max(last, this.at[k]!.last + 1);
      }
    }
    // A gift counts with a verb of coming ("kwam met bloemen", "came with a cake"), not on its own ("a
    // certificate from the office of the mayor" is a document).
    let came = false;
    for (let k = Math.max(cf, h.first - 3); k <= Math.min(cl, h.last + 3); k++) if (this.cls(k) === 'media-verb' && COME.has(this.low(k))) came = true;
    if (!honour && !visit && !(gift && came)) return;
    // "kwam de burgemeester met bloemen": the verb of coming before it.
    if (this.cls(first - 1) === 'media-verb' && first - 1 >= cf) first = this.at[first - 1]!.first;
    // "met bloemen en een oorkonde": a gift coordinated with the last one goes with it.
    for (let n = 0; n < 3 && this.cls(last) === 'gift' && ['en', 'and', ','].includes(this.low(last + 1)); n++) {
      const j = this.isDet(last + 2) ? last + 3 : last + 2;
      if (this.cls(j) !== 'gift') break;
      last = this.at[j]!.last;
    }
    // Someone honoured: a gift (flowers, a certificate), or a person in the clause besides the official.
    const others = this.personIn(cf, h.first - 1) || this.personIn(h.last + 1, cl) || OBJECTS.has(this.low(last + 1));
    if (!gift && !visit && !others) return;
    if (aboutWriter(this.tokens, h.first) && !gift) return;
    if (this.ownedByWriter(cf, h.first)) return;
    this.add(first, last, 'ceremony');
  }

  // ---- court and legal measures

  /** "de rechtszaak tegen haar ex", "a criminal record", "his murder trial". */
  private courtCase(h: Hit): void {
    if (!this.needsMet(h)) return;
    const [cf, cl] = clauseAround(this.tokens, h.first);
    if (this.vetoVerbIn(cf, cl) || this.contentBefore(h.first) || this.notTheSubjects(h.first)) return;
    if (this.defined(h.first, h.last)) return;
    let first = h.first;
    while (this.cls(first - 1) === 'event-adj' || this.cls(first - 1) === 'event-noun') first = this.at[first - 1]!.first;
    if (this.isDet(first - 1)) first--;
    let last = this.reason(h.last, 'court');
    last = this.anchors(last + 1, false).last;
    this.add(first, last, 'court', [first, h.last]);
  }

  /** "voor de correctionele rechtbank in Gent", "naar de rechter", "appeared in court", "before the magistrates". */
  private court(h: Hit): void {
    let p = h.first - 1;
    if (this.isDet(p)) p--;
    // "Inverness Sheriff Court", "the Crown Court": a capitalized name before the court word.
    while (p >= 0 && this.isProper(p) && !this.cls(p)) p--;
    if (this.isDet(p)) p--;
    const prep = this.low(p);
    // "Zitting kantonrechter: 18 april": a note's hearing noun right before the court, no preposition.
    const noted = p === h.first - 1 && this.cls(p) === 'court-verb' && this.at[p]!.first === p && isCapitalized(this.tokens[p]) && (p === 0 || this.breakBefore(p) || /^[.!?:;]$/.test(this.tokens[p - 1]!.text));
    if (noted) {
      this.add(p, h.last, 'court', [p, h.last]);
      return;
    }
    // "moest voorkomen bij de politierechter": "bij" with a verb of appearing.
    if (!COURT_PREP.has(prep) && !(prep === 'bij' && this.cls(p - 1) === 'court-verb')) return;
    // "in court" without an article is English; Dutch "in de rechtbank" is a building.
    if (prep === 'in' && (this.isDet(h.first - 1) && this.low(h.first - 1) !== 'the' || this.tokens[h.first]!.lower === 'rechtbank')) return;
    // The judgment's own court ("the Court", "the Commission"): the writer, not an event of the subject.
    if (isCapitalized(this.tokens[h.first]) && this.low(h.first - 1) === 'the' && h.first === h.last && p === h.first - 2) return;
    const [cf, cl] = clauseAround(this.tokens, h.first);
    if (this.vetoVerbIn(cf, cl, false) || this.contentIn(cf, p - 1) || this.notTheSubjects(h.first)) return;
    // "(de zaak) komt voor de rechter", "moest voorkomen", "appeared in court": the verb goes with it.
    let first = p;
    const edge = this.leftEdge(p, 3);
    for (let k = p - 1; k >= edge; k--) {
      const c = this.cls(k);
      if (c === 'court-verb' || c === 'media-verb' || c === 'show-verb' || c === 'go-verb' || c === 'event-verb' || c === 'police-verb') {
        if (this.hypothetical(this.at[k]!.first)) return;
        first = this.at[k]!.first;
        break;
      }
    }
    const core: [number, number] = [p, h.last];
    let last = this.anchors(h.last + 1, false).last;
    const right = this.rightEdge(last, 3);
    for (let k = last + 1; k <= right; k++) {
      if (this.cls(k) === 'court-verb') {
        last = this.at[k]!.last;
        break;
      }
    }
    this.add(first, last, 'court', core);
  }

  /** "staat onder bewindvoering via de vrederechter", "een contactverbod tegen haar ex", "on a section 3". */
  private measure(h: Hit): void {
    if (!this.needsMet(h)) return;
    const [cf, cl] = clauseAround(this.tokens, h.first);
    if (this.vetoVerbIn(cf, cl, false) || this.contentBefore(h.first) || this.notTheSubjects(h.first)) return;
    if (this.defined(h.first, h.last)) return;
    let first = h.first;
    if (this.isDet(first - 1)) first--;
    if (['onder', 'under', 'on', 'met', 'with'].includes(this.low(first - 1))) first--;
    let last = this.reason(h.last, 'legal-measure');
    last = this.anchors(last + 1, false).last;
    this.add(first, last, 'legal-measure', [first, h.last]);
  }

  // ---- output

  /**
   * One finding per stretch: where two constructions overlap, the longer phrase stands. The finding is
   * the whole phrase, unless its extension holds a detail that other rules report on their own (a date,
   * a place, a name, a relative: "vorig jaar", "in Gent", "tegen haar ex"): then it is the phrase's core,
   * and the detail stays a finding of its own, for the risk model (a place sets the base, a date the
   * window) and for the fixer. Judges and the police in a phrase ("via de vrederechter", "door de
   * politie") are part of the event, not someone's profession.
   */
  private detections(): Detection[] {
    const spans = [...this.found].sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
    const kept: Span[] = [];
    for (const s of spans) if (!kept.some((k) => s.first <= k.last && k.first <= s.last)) kept.push(s);
    return kept
      .map((s): [number, number, Construction] => {
        const [cf, cl] = s.core;
        return this.holdsDetail(s.first, s.last, cf, cl) ? [cf, cl, s.construction] : [s.first, s.last, s.construction];
      })
      .sort((a, b) => a[0] - b[0])
      .map(([first, last, construction]) => ({
        kind: 'event',
        start: this.tokens[first]!.start,
        end: this.tokens[last]!.end,
        rule: 'public-event',
        confidence: 0.8,
        facts: { via: 'construction', construction },
      }) satisfies Detection);
  }

  /**
   * Outside the core, a detail another rule reports on its own: a time ("vorig jaar", "in 2019", "in
   * maart"), a known place or first name ("in Gent", "in Leeds"), a relative ("tegen haar ex", "her mum").
   */
  private holdsDetail(first: number, last: number, coreFirst: number, coreLast: number): boolean {
    for (let k = first; k <= last; k++) {
      if (k >= coreFirst && k <= coreLast) continue;
      const c = this.cls(k);
      if (c === 'time-word' || c === 'month' || (c === 'time-lead' && this.cls(k + 1) === 'time-noun') || isYear(this.tokens[k])) return true;
      if (POSSESSIVES.has(this.low(k)) && this.cls(k + 1) === 'person') return true;
      if (this.isProper(k) && !this.cls(k) && (this.lexicon.places().hasName(this.low(k)) || this.lexicon.names().first.has(this.low(k)))) return true;
    }
    return false;
  }
}

export const publicEventRule: Rule = {
  meta: ruleMeta(
    'public-event',
    ['event'],
    'Public exposure and datable events by their grammar: in the media, an accident or disaster with its place or time, a crime, a court case, a legal measure',
  ),
  create: createPublicEventDetector,
};
