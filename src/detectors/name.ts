import type { NameForm } from '../core/facts.js';
import type { Detection } from '../core/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { suffixStreet } from './address.js';
import { GREETINGS as SHARED_GREETINGS, KIN_TITLES, ROLES_BEFORE_NAME } from '../lexicon/person-words.js';
import { isMostlyLowercase } from '../text/case.js';
import { isAllCaps, tokenIndexAt, type Token } from '../text/tokenize.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

// Evidence that the next words are a person's name. Titles and kin words become part of the span
// ("mw. Els Hoogendoorn-Bakker", "Opa Teun"), as the annotation guidelines ask.
const TITLES = new Set([
  'dhr', 'mw', 'mevr', 'mevrouw', 'meneer', 'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'drs', 'ir', 'ing', 'prof', 'juf', 'juffrouw',
  'zuster', 'broeder', 'pastoor', 'dominee', 'sir', 'mister', 'professor', 'doctor', 'heer', 'coach', 'pater', 'imam', 'rabbijn', 'father',
  'sister', 'nurse', ...KIN_TITLES,
]);
// Titles that are also plain words: they count only when capitalized or followed by a dot.
const WEAK_TITLES = new Set(['heer', 'oom', 'tante', 'opa', 'oma', 'zuster', 'broeder', 'father', 'sister', 'nurse', 'uncle', 'coach', 'doctor', 'juf', 'pater', 'nan', 'ing', 'ir', 'mr', 'ms', 'miss', 'mister', 'meneer', 'mevrouw']);
const KIN = new Set([
  ...ROLES_BEFORE_NAME,
  'aunt', 'grandson', 'granddaughter', 'nephew', 'niece', 'jongen', 'meisje', 'boy', 'girl', 'stiefvader', 'stiefmoeder', 'pleegmoeder',
  'pleegvader', 'stepfather', 'stepmother',
]);
// Apologies and sign-offs too ("sorry Els", "mvg Jan", "kind regards"): a name often follows them.
const GREETINGS = new Set([...SHARED_GREETINGS, 'sorry', 'gr', 'mvg', 'xx', 'vriendelijke', 'kind']);
// Verbs of saying: after a capitalized word they make it a speaker ("Roos vertelde"). Copulas ("is",
// "heeft") are not evidence: "Mei is de mooiste maand".
const SAYING = new Set(['zegt', 'zei', 'vertelt', 'vertelde', 'vroeg', 'vraagt', 'riep', 'roept', 'belde', 'belt', 'schreef', 'schrijft', 'appte', 'mailde', 'huilde', 'lachte', 'antwoordde', 'said', 'says', 'asked', 'asks', 'told', 'tells', 'called', 'calls', 'wrote', 'cried', 'laughed', 'texted', 'replied']);
// "Consulent: Joke Vermeersch", "Patient: ...": a label that announces a person.
const LABELS = new Set(['consulent', 'jongere', 'cliënt', 'client', 'patiënt', 'patient', 'naam', 'name', 'bewoner', 'contactpersoon', 'behandelaar', 'begeleider', 'mentor', 'casemanager', 'huisarts', 'verwijzer', 'moeder', 'vader', 'ouder', 'ouders', 'opsteller', 'auteur', 'aan', 'van', 'cc', 'to', 'from', 'betreft', 'betrokkene', 'zorgverlener', 'contact', 'nok', 'mentor', 'counselor', 'counsellor', 'gp']);
// Prepositions that also occur in names ("in 't Veld") but far more often before a place.
const PLACE_PREPOSITIONS = new Set(['in', 'op', 'te', 'bij', 'uit', 'naar', 'at', 'from']);
const STREET_ARTICLES = new Set(['de', 'het', "'t", 'den']);
// "In 't Veld", "Op den Akker": these are particles only before an article ("Bootle in May" is no name).
const LEADING_ONLY = new Set(['in', 'op']);
const FOLLOWING = new Set(['de', 'den', 'der', 'het', "'t", 't', 'ten', 'ter']);
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'te', 'het', "'t", 't', 'vd', 'v', 'd', 'le', 'la', 'du', 'di', 'da', 'del', 'della', 'von', 'zu', 'op', 'in', 'el', 'al', 'ben', 'bin', 'mac', 'st']);
// Capitalized words that start sentences or headings far more often than they name anyone.
const NEVER_NAMES = new Set(['de', 'het', 'een', 'the', 'a', 'an', 'ik', 'i', 'we', 'wij', 'ze', 'zij', 'hij', 'he', 'she', 'they', 'dit', 'dat', 'this', 'that', 'op', 'in', 'en', 'and', 'maar', 'but', 'ook', 'nog', 'geen', 'hoe', 'wat', 'wie', 'waar', 'why', 'what', 'who', 'where', 'ons', 'onze', 'our', 'mijn', 'my', 'voor', 'for', 'met', 'with', 'na', 'after', 'als', 'if', 'dan', 'then', 'bij', 'at', 'om', 'zo', 'so', 'nu', 'now', 'er', 'there', 'daarom', 'sinds', 'since', 'toen', 'when', 'vandaag', 'today', 'gisteren', 'yesterday', 'morgen', 'tomorrow',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'everybody', 'everyone', 'nobody', 'somebody', 'someone', 'anybody', 'anyone', 'iedereen', 'niemand', 'iemand', 'all', 'alle', 'many', 'veel', 'some', 'sommige',
  // Prefixes of a hyphenated word ("Ex-merchant navy", "Oud-wethouder"), not the first part of a double name.
  'ex', 'oud', 'vice', 'pre', 'post', 'non', 'anti', 'pro', 'semi']);

interface WordSet { has(word: string): boolean }
interface NameLists {
  first: WordSet & { get(word: string): string | undefined };
  surnames: WordSet;
  /** The languages in which the name is also an everyday word ('' for every language). */
  ambiguous: WordSet & { get(word: string): string | undefined };
}

const isCap = (t: Token | undefined, caps: boolean): boolean =>
  !!t && t.type === 'word' && t.text[0] !== t.lower[0] && (caps || t.text.length <= 3 || !isAllCaps(t));
// The quotes around a nickname ("Tommo 'the Trolley' Gallagher"), as tokens of their own.
const OPEN_QUOTES: ReadonlySet<string> = new Set(["'", '‘', '"', '“']);
const CLOSE_QUOTES: ReadonlySet<string> = new Set(["'", '’', '"', '”']);
// "een E. Coli infectie": after an article an initial and a word name a thing, not a person.
const ARTICLE_BEFORE = new Set(['een', 'de', 'het', 'a', 'an', 'the']);
const isInitial = (t: Token | undefined): boolean => !!t && t.type === 'word' && t.text.length === 1 && t.text !== t.lower;

/** How upper-case the text is: in shouted text every word is capitalized, so capitals prove nothing. */
function mostlyCaps(text: string): boolean {
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < text.length && letters < 2000; i++) {
    const code = text.charCodeAt(i);
    // ASCII letters by their code; case conversions (which allocate) only for the rest.
    if (code < 128) {
      if (code >= 65 && code <= 90) {
        letters++;
        upper++;
      } else if (code >= 97 && code <= 122) letters++;
      continue;
    }
    const c = text[i]!;
    if (c.toLowerCase() !== c.toUpperCase()) {
      letters++;
      if (c === c.toUpperCase()) upper++;
    }
  }
  return letters > 20 && upper / letters > 0.6;
}



// Head nouns that make a capitalized run a place, an organisation, an honour or a law rather than a
// person ("Sherman Park", "Mercy Family Health", "the George Medal", "the Mental Health Act"): a name
// ends in a surname, these runs end in what they are.
const NOT_PERSON_TAIL = new Set([
  // places and buildings
  'park', 'market', 'street', 'road', 'square', 'avenue', 'boulevard', 'bridge', 'brug', 'plein', 'markt', 'straat', 'laan',
  'weg', 'kade', 'gracht', 'kerk', 'church', 'cathedral', 'chapel', 'station', 'airport', 'stadium', 'stadion', 'house', 'hall', 'tower',
  'castle', 'palace', 'holland', 'brabant', 'vlaanderen', 'city', 'county', 'beach', 'lake', 'river', 'valley', 'hill', 'hills',
  'heights', 'village', 'bay', 'island', 'islands',
  // organisations and institutions
  'health', 'care', 'zorg', 'centrum', 'center', 'centre', 'hospital', 'ziekenhuis', 'school', 'college', 'university', 'universiteit',
  'academy', 'academie', 'group', 'groep', 'foundation', 'stichting', 'fund', 'fonds', 'trust', 'team', 'services', 'clinic', 'kliniek',
  'museum', 'theater', 'theatre', 'festival', 'company', 'society', 'association', 'vereniging', 'club', 'institute', 'instituut',
  // honours, prizes and contests
  'medal', 'medaille', 'prize', 'prijs', 'award', 'trophy', 'trofee', 'cup', 'beker', 'bokaal', 'lecture', 'lezing', 'memorial',
  'scholarship', 'fellowship', 'beurs', 'marathon', 'classic', 'open', 'games', 'spelen',
  // laws and treaties
  'act', 'wet', 'treaty', 'verdrag', 'convention', 'code', 'regulation',
  // conditions named after people
  'syndrome', 'syndroom', 'disease',
]);
// Head nouns that are also common surnames or names ("Sarah Cross", "Tom Bell", "Diane Lane"): only after
// an article ("the Victoria Cross", "the Liberty Bell", "the Care Bill") is the run the thing, not the person.
const NOT_PERSON_TAIL_AFTER_ARTICLE = new Set(['cross', 'kruis', 'bell', 'star', 'ster', 'rose', 'stone', 'well', 'lane', 'bill']);
const ARTICLES = new Set(['the', 'a', 'an', 'de', 'het', 'een']);
const COORDINATION = new Set(['en', 'and', ',', 'of', 'or']);
// Languages whose names are also names of people ("Frans", "Engels"), and the words that speak of a language.
const LANGUAGES = new Set(['engels', 'frans', 'duits', 'spaans', 'italiaans', 'portugees', 'arabisch', 'turks', 'pools', 'russisch', 'nederlands', 'vlaams', 'fries']);
const SPEAKS = new Set(['spreekt', 'sprak', 'spreken', 'praat', 'praatte', 'verstaat', 'leert', 'leerde', 'kent', 'schrijft', 'taal', 'talen', 'vloeiend', 'gebrekkig', 'alleen']);

function createNameDetector(lexicon: Lexicon): Detector {
  return {
    id: 'name',
    detect(ctx: DetectContext): Detection[] {
      const isPlace = lexicon.places().hasName;
      const heads = lexicon.institutions().heads;
      const drugs = lexicon.medications();
      const { tokens } = ctx;
      // The last word of a run is a role the professions list knows ("Chief Nurse", "Head Teacher").
      const endsInRole = (first: number, end: number): boolean => {
        for (let k = Math.max(0, first); k < tokens.length && tokens[k]!.start < end; k++) {
          const m = lexicon.professions().matcher.longestAt(tokens, k);
          if (m && m.end === end) return true;
        }
        return false;
      };
      const languageContext = (at: number): boolean => {
        for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
          const w = tokens[k]!.lower;
          if (SPEAKS.has(w) || (w === 'het' && tokens[k - 1]?.lower === 'in')) return true;
          if (tokens[k]!.type === 'punct' && w !== ',') return false;
        }
        return false;
      };
      const person = (d: Detection): boolean => {
        if (d.confidence >= 0.95) return true; // a title makes it a person whatever the words
        const span = ctx.text.slice(d.start, d.end);
        const words = span.toLowerCase().split(/[\s-]+/);
        const tail = words[words.length - 1]!;
        const at = tokenIndexAt(tokens, d.start);
        const prev = tokens[at - 1];
        if (NOT_PERSON_TAIL.has(tail) || words.some((w) => heads.has(w))) return false;
        // "Our Chief Nurse", "the Ward Manager": a capitalized job title, not a person, unless it opens with a first name.
        // Initials before it make the run a name ("J. Visser", "H. Brouwer": surnames that are also trades).
        if (words.length > 1 && !lexicon.names().first.has(words[0]!) && !/^\p{L}\.?$/u.test(words[0]!) && endsInRole(at, d.end)) return false;
        // A medicine's brand name ("spuit NovoRapid", "neemt Rilatine") is no person; a brand that is also a
        // name ("Foster") stays a name.
        const drug = drugs.longestAt(tokens, at);
        if (drug && drug.end >= d.end && !drug.value.needsContext) return false;
        if (words.length > 1 && NOT_PERSON_TAIL_AFTER_ARTICLE.has(tail) && prev && ARTICLES.has(prev.lower)) return false;
        // "spreekt Engels", "in het Frans", "en wat Frans": a language, not the surname or first name it also is.
        if (words.length === 1 && d.confidence < 0.9 && LANGUAGES.has(words[0]!) && languageContext(at)) return false;
        // A run that is itself a place name ("Noord-Holland", "East Baltimore") is a place.
        if (span.includes(' ') || span.includes('-')) return !isPlace(span.toLowerCase());
        if (d.confidence >= 0.9 || !isPlace(span.toLowerCase())) return true;
        // "in Ede", "uit Born": after a place preposition a name that is also a place is the place.
        if (prev && PLACE_PREPOSITIONS.has(prev.lower)) return false;
        // "In Mol en Bree", "Peer, Mol en Bree": coordinated with a place, it is one too.
        const other = tokens[at - 2];
        if (prev && COORDINATION.has(prev.lower) && other && isPlace(other.lower) && other.text !== other.lower) return false;
        // "het Bos van Ede", "de burgemeester van Ede": after a noun and "van" too; not after a kin word
        // or a greeting ("de zoon van Ede", "groeten van Ede"), where "van" introduces a person.
        const before = tokens[at - 2];
        if (prev?.lower === 'van' && before?.type === 'word' && !KIN.has(before.lower) && !GREETINGS.has(before.lower) && !TITLES.has(before.lower)) return false;
        return true;
      };
      // Filtered before repeated mentions are looked for: "the George Medal" makes no later "George" a name.
      // An everyday word of either language: "Voor", "Coli" is no surname after an initial.
      const isWord = (w: string) => lexicon.wordRanks('nl').lookup(w) !== undefined || lexicon.wordRanks('en').lookup(w) !== undefined;
      const names = detectNames(ctx, lexicon.names(), person, isWord, isPlace);
      return names.filter(person);
    },
  };
}

function detectNames({ text, tokens, lang }: DetectContext, lists: NameLists, person: (d: Detection) => boolean, isWord: (w: string) => boolean, isPlace: (w: string) => boolean): Detection[] {
  const caps = mostlyCaps(text);
  // Six words at least: a lone "kees" is a word, not a chat message to Kees.
  const lowerText = isMostlyLowercase(tokens, 6);
  const known = (t: Token) => lists.first.has(t.lower) || lists.surnames.has(t.lower);
  const ambiguous = (t: Token) => lists.ambiguous.has(t.lower) || NEVER_NAMES.has(t.lower);
  // A name that is an everyday word of the other language only is a name here: "Lien" (an English word) in
  // a Dutch text, "Roos" (a Dutch word) in an English one.
  const ambiguousHere = (t: Token) => {
    if (NEVER_NAMES.has(t.lower)) return true;
    const langs = lists.ambiguous.get(t.lower);
    return langs !== undefined && (langs === '' || langs.split(',').includes(lang));
  };
  const wordLike = (t: Token | undefined): t is Token => !!t && t.type === 'word';
  // A name word: capitalized, or in lower-case text a word the name lists know.
  // With `loose` (after a title or in chat-style text) a lower-case word counts when the lists know it,
  // or when the whole text is lower case ("dhr. van der kolk").
  const nameWord = (t: Token | undefined, loose: boolean): boolean =>
    wordLike(t) && !NEVER_NAMES.has(t.lower) && t.text.length >= 2 && (isCap(t, caps) || (loose && (known(t) || lowerText) && t.text.length >= 3));

  // Where the run of initials ("A.", "A.B.C.", "J. P.") that starts at token j ends: one pass from the back,
  // so a run is walked once, not again from each of its initials ("A. A. A. …" would be quadratic).
  const initialsEnd = new Int32Array(tokens.length + 2);
  for (let j = tokens.length + 1; j >= 0; j--) {
    initialsEnd[j] = isInitial(tokens[j]) && tokens[j + 1]?.text === '.' ? initialsEnd[j + 2]! : j;
  }
  /** Initials in the run from token i, plus those among the tokens from the run's end up to `to`. */
  const initialsIn = (i: number, to: number): number => {
    const end = Math.min(initialsEnd[i]!, to);
    let n = (end - i) >> 1;
    for (let k = Math.max(end, i); k < to; k++) if (isInitial(tokens[k])) n++;
    return n;
  };

  /** An article of a name at token k: "de", "den", "'t" (one token or an apostrophe and "t"). */
  const articleAt = (k: number): boolean => FOLLOWING.has(tokens[k]?.lower ?? '') || (/^['’]$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.lower === 't');
  /** Parses [initials] [given names] [particles] surname[-surname] from token i; returns the last index. */
  function parseName(i: number, loose: boolean): { last: number; parts: string[] } | undefined {
    // Initials: "A.", "A.B.C.", "J.P."
    let j = initialsEnd[i]!;
    const parts: string[] = [];
    const hadInitials = j > i;
    // "H. (Henk) Brouwer": the name called by, in brackets between the initials and the surname.
    if (hadInitials && tokens[j]?.text === '(' && tokens[j + 2]?.text === ')' && lists.first.has(tokens[j + 1]?.lower ?? '') && isCap(tokens[j + 1], caps)) {
      parts.push(tokens[j + 1]!.lower);
      j += 3;
    }
    let last = -1;
    for (let n = 0; n < 4; n++) {
      // particles: "van der", "De", "v/d"
      let k = j;
      let particles = 0;
      while (particles < 3 && tokens[k] && PARTICLES.has(tokens[k]!.lower) && tokens[k]!.type === 'word' && !(LEADING_ONLY.has(tokens[k]!.lower) && !articleAt(k + 1))) {
        k++;
        if (tokens[k]?.text === "'" || tokens[k]?.text === '/' || tokens[k]?.text === '’') k++;
        particles++;
      }
      const w = tokens[k];
      if (!nameWord(w, loose || hadInitials || (n > 0 && particles === 0))) break;
      // "dr. Bakker op de SEH": after particles an abbreviation in capitals is a place or a unit, not a surname.
      if (n > 0 && particles > 0 && w!.text.length >= 2 && w!.text === w!.text.toUpperCase() && !caps) break;
      if (n > 0 && particles === 0 && !isCap(w, caps) && !known(w!)) break;
      // In shouted text every word is capitalized: only words the lists know continue a name.
      if (caps && (n > 0 || particles > 0 || !loose) && !known(w!)) break;
      parts.push(w!.lower);
      last = k;
      j = k + 1;
      // Double names: "Hoogendoorn-Bakker", "Sint-..."
      while (tokens[j]?.text === '-' && !tokens[j]!.gapBefore && nameWord(tokens[j + 1], true) && !tokens[j + 1]!.gapBefore) {
        parts.push(tokens[j + 1]!.lower);
        last = j + 1;
        j += 2;
      }
      if (!nameWord(tokens[j], false) && !PARTICLES.has(tokens[j]?.lower ?? '')) break;
      // Stop at a line break, a tab or a run of spaces: a heading and the next line, or two columns of a form
      // ("Mr Rajesh Shah   Hospital no: ..."), are not one name.
      if (/[\r\n\t]| {2}/.test(text.slice(tokens[last]!.end, tokens[j]?.start ?? tokens[last]!.end))) break;
    }
    if (last === -1) return undefined;
    return { last, parts };
  }

  const out: Detection[] = [];
  const push = (first: number, last: number, confidence: number, parts: string[], form: NameForm) => {
    // "in de Jacob Catsstraat", "aan de Piet Heinlaan": a person's name inside a street's, after the street's
    // article, is the street (src/detectors/street.ts); no one says "de Jan Verweg".
    const end = tokens[last]!;
    if (last > first && STREET_ARTICLES.has(tokens[first - 1]?.lower ?? '') && suffixStreet(end) && !lists.surnames.has(end.lower)) return;
    out.push({ kind: 'name', start: tokens[first]!.start, end: tokens[last]!.end, rule: 'name', confidence, facts: { parts, pseudonym: false, form } });
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'word') continue;
    // 0. A nickname between a first name and a surname: "Tommo 'the Trolley' Gallagher".
    if (isCap(t, caps) && !NEVER_NAMES.has(t.lower) && OPEN_QUOTES.has(tokens[i + 1]?.text ?? '')) {
      let j = i + 2;
      while (j < tokens.length && j < i + 8 && !CLOSE_QUOTES.has(tokens[j]!.text)) j++;
      const surname = tokens[j + 1];
      if (j < i + 8 && isCap(surname, caps) && surname!.gapBefore && (lists.surnames.has(surname!.lower) || lists.first.has(t.lower))) {
        push(i, j + 1, 0.9, [t.lower, surname!.lower], 'nickname');
        i = j + 1;
        continue;
      }
    }
    // 1. Title + name: "dhr. Jansen", "mw. Els Hoogendoorn-Bakker", "Dr. A. Bakker", "Opa Teun", "dhr. van der kolk".
    // Weak titles ("meneer", "oom") count with a capital, a dot, or a capitalized name after them.
    // (Only at a title: what follows it is looked at there, not after every word.)
    const capitalNext = (): boolean => {
      const afterTitle = tokens[i + 1]?.text === '.' ? tokens[i + 2] : tokens[i + 1];
      // ("nurse in Sacramento": "in" is a preposition there, so it does not count as a name particle)
      return isCap(afterTitle, caps) || (PARTICLES.has(afterTitle?.lower ?? '') && !PLACE_PREPOSITIONS.has(afterTitle?.lower ?? '') && isCap(tokens[(afterTitle?.index ?? i) + 1], caps));
    };
    if (TITLES.has(t.lower) && (!WEAK_TITLES.has(t.lower) || isCap(t, caps) || tokens[i + 1]?.text === '.' || capitalNext())) {
      let j = i + 1;
      if (tokens[j]?.text === '.') j++;
      if (TITLES.has(tokens[j]?.lower ?? '')) {
        j++;
        if (tokens[j]?.text === '.') j++;
      }
      // "meneer D.", "Mevrouw J. (85)": a title and one initial stand for a person the writer will not name.
      if (isInitial(tokens[j]) && tokens[j + 1]?.text === '.' && !tokens[j + 1]!.gapBefore && !nameWord(tokens[j + 2], false) && !PARTICLES.has(tokens[j + 2]?.lower ?? '') && !isInitial(tokens[j + 2])) {
        push(i, j, 0.85, [tokens[j]!.lower], 'initials');
        i = j + 1;
        continue;
      }
      const p = parseName(j, true);
      // "Dr. Schaepmanstraat", "Prof. Bronkhorstlaan": a title in a street's name, no person.
      if (p && !(ambiguous(tokens[p.last]!) && p.last === j && !isCap(tokens[p.last]!, caps)) && !tokens.slice(j, p.last + 1).some((w) => isCap(w, caps) && suffixStreet(w))) {
        push(i, p.last, 0.95, p.parts, 'title');
        i = p.last;
        continue;
      }
    }
    // 2. Initials + surname: "A. Bakker", "J.P. de Vries", "A Visser".
    if (isInitial(t) && (tokens[i + 1]?.text === '.' || lists.surnames.has(tokens[i + 1]?.lower ?? ''))) {
      const p = parseName(i, false);
      const surname = p ? tokens[p.last]! : undefined;
      // One initial and an unknown word is "E. Coli"; it takes a surname the lists know, or two initials.
      const initials = p ? initialsIn(i, p.last) : 0;
      // "R. Meijerink": one initial and a capitalized word that is no everyday word is a surname the lists lack.
      const unlisted = !!surname && !ARTICLE_BEFORE.has(tokens[i - 1]?.lower ?? '') && surname.text.length >= 4 && isCap(surname, caps) && !ambiguous(surname) && !isWord(surname.lower);
      if (p && surname && p.last > i + 1 && (lists.surnames.has(surname.lower) || (initials >= 2 && !ambiguous(surname)) || (initials === 1 && tokens[i + 1]?.text === '.' && unlisted))) {
        push(i, p.last, lists.surnames.has(surname.lower) ? 0.9 : 0.7, p.parts, 'initials');
        i = p.last;
        continue;
      }
    }
    // In lower-case text ("hoi sanne") a name may be lower case too; elsewhere it is capitalized.
    if (!isCap(t, caps) && !lowerText) continue;
    // "Beste Anna", "Dear Tom": the greeting is evidence for the name after it, not part of it; unless the
    // greeting word is itself a first name before a surname ("Lieve Peeters").
    const following = tokens[i + 1];
    if (GREETINGS.has(t.lower) && nameWord(following, false) && !(lists.first.has(t.lower) && !lists.first.has(following!.lower))) continue;
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    // A word that announces a name does so on its own line: "Een cliënt" closing a line says nothing of the
    // capitalized word that opens the next one ("Een cliënt\n\nWordt gestort").
    const evidenceBefore =
      (prev && !t.lineBefore && (KIN.has(prev.lower) || GREETINGS.has(prev.lower))) ||
      (prev?.text === ':' && prev2 && LABELS.has(prev2.lower)) ||
      (prev?.text === '(' && prev2 && KIN.has(prev2.lower)) ||
      (prev?.text === ',' && prev2 && GREETINGS.has(prev2.lower)) ||
      (prev?.lower === 'van' && prev2 && GREETINGS.has(prev2.lower) && !PARTICLES.has(t.lower));
    // A name that opens with a particle ("De Vries zegt") needs a capitalized surname the lists know;
    // otherwise "De leerling" or "Van de week" would be names.
    if (PARTICLES.has(t.lower) && (!evidenceBefore || lists.first.has(tokens[i + 1]?.lower ?? ''))) {
      const p = parseName(i, false);
      const sur = p ? tokens[p.last]! : undefined;
      if (p && sur && p.last > i && isCap(sur, caps) && lists.surnames.has(sur.lower) && !ambiguous(sur)) {
        push(i, p.last, 0.8, p.parts, 'particle');
        i = p.last;
      }
      continue;
    }
    const p = parseName(i, Boolean(evidenceBefore));
    if (!p) continue;
    const firstTok = tokens[i]!;
    const lastTok = tokens[p.last]!;
    const multi = p.last > i;
    const firstKnown = lists.first.has(firstTok.lower);
    // A word of the other language that is also a place ("Goes") stays ambiguous: the place is as likely.
    const firstAmbiguous = ambiguousHere(firstTok) || (ambiguous(firstTok) && isPlace(firstTok.lower));
    const next = tokens[p.last + 1];
    const evidenceAfter = next && SAYING.has(next.lower) && isCap(firstTok, caps);
    const capital = isCap(firstTok, caps);
    let confidence = 0;
    let form: NameForm = 'list';
    if (multi && capital && (firstKnown || lists.surnames.has(lastTok.lower)) && !(firstAmbiguous && ambiguous(lastTok))) {
      // "Gerrit Wessels", "Jarne Van Acker": a first name and a second capitalized name part.
      confidence = firstKnown && !firstAmbiguous ? 0.9 : 0.8;
      form = 'full';
    } else if (evidenceBefore && (capital || firstKnown) && !NEVER_NAMES.has(firstTok.lower)) {
      confidence = 0.85;
      form = 'context';
    } else if (capital && firstKnown && !firstAmbiguous) {
      confidence = 0.8;
      form = 'first';
    } else if (capital && firstKnown && evidenceAfter) {
      confidence = 0.75;
      form = 'context';
    } else if (capital && !multi && lists.surnames.has(firstTok.lower) && !firstAmbiguous && firstTok.text.length >= 4 && !isSentenceStart(tokens, i)) {
      confidence = 0.55;
      form = 'surname';
    }
    if (confidence > 0) {
      let last = multi && form !== 'full' && form !== 'context' ? i : p.last;
      // "Kaylee M.", "Jan V.": a first name with the initial of its surname is one name.
      const initial = tokens[last + 1];
      if (form !== 'surname' && isInitial(initial) && initial!.gapBefore && !/[\r\n\t]/.test(text.slice(tokens[last]!.end, initial!.start)) && tokens[last + 2]?.text === '.' && !tokens[last + 2]!.gapBefore) {
        last++;
        // "Sanne A. Bakker": a middle initial before a surname the lists know.
        const surname = tokens[last + 2];
        if (surname && isCap(surname, caps) && lists.surnames.has(surname.lower)) last += 2;
      }
      push(i, last, confidence, multi && last === p.last ? p.parts : [firstTok.lower], form);
      i = last;
    }
  }
  return withRepeatedMentions(out.filter(person), tokens, caps);
}

function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || ['.', '!', '?', ':', '"', '“', '-', '–', '•', '*', '#', '\n'].includes(prev.text);
}

/** Once "Gerrit Wessels" is a name, a later "Gerrit" is the same person, whatever the lists say. */
function withRepeatedMentions(found: Detection[], tokens: readonly Token[], caps: boolean): Detection[] {
  const parts = new Set<string>();
  for (const d of found) if (d.kind === 'name' && d.confidence >= 0.75) for (const p of d.facts.parts) if (p.length >= 3) parts.add(p);
  if (parts.size === 0) return found;
  // Names are found left to right, so one pointer walks them beside the tokens: linear, not names × tokens.
  const spans = [...found].sort((a, b) => a.start - b.start);
  let k = 0;
  const covered = (t: Token) => {
    while (k < spans.length && spans[k]!.end <= t.start) k++;
    return k < spans.length && spans[k]!.start < t.end;
  };
  const extra: Detection[] = [];
  for (const t of tokens) {
    // "George" in "the George Medal" or "George Street" is part of the thing's name, not a mention.
    const next = tokens[t.index + 1];
    if (next && next.type === 'word' && isCap(next, caps) && NOT_PERSON_TAIL.has(next.lower)) continue;
    if (t.type === 'word' && parts.has(t.lower) && isCap(t, caps) && !covered(t)) {
      extra.push({ kind: 'name', start: t.start, end: t.end, rule: 'name', confidence: 0.8, facts: { parts: [t.lower], pseudonym: false, form: 'repeated' } });
    }
  }
  return [...found, ...extra];
}

export const nameRule: Rule = {
  meta: ruleMeta('name', ['name'], 'Names of people: with a title or kin word, initials, particles, first and surnames from the name lists, and their later mentions'),
  create: createNameDetector,
};
