import type { Kind } from './kinds.js';
import type { Figure } from './figure.js';

/**
 * What a rule found out about a span, per kind: facts, not risk. The risk layer (src/risk/shares.ts)
 * turns them into shares and place factors; the fixer reads them to build its ladders.
 */

/** A contact detail may be the organisation's own (a letterhead, a footer): reported, but not a person's. */
interface Contact {
  personal: boolean;
}

export type NameForm = 'title' | 'initials' | 'particle' | 'full' | 'first' | 'surname' | 'context' | 'list' | 'nickname' | 'repeated' | 'pseudonym';
export type DateForm = 'numeric' | 'day' | 'month' | 'relative' | 'season' | 'weekday' | 'holiday' | 'year' | 'time';
/**
 * How the age is said: the fixer rewrites "45-jarige", "is 45" and "(45)" differently. `milestone`: an
 * ordinal birthday ("haar 102de verjaardag"), rewritten by dropping the ordinal ("haar verjaardag").
 */
export type AgeForm = 'exact' | 'said' | 'parenthesized' | 'listed' | 'decade' | 'around' | 'stage' | 'school' | 'milestone';
export type NationalIdScheme = 'bsn' | 'insz' | 'nhs' | 'ssn';

export interface FactsByKind {
  name: {
    /** The name's words in lower case, for matching later mentions and declared pseudonyms. */
    parts: readonly string[];
    /** Marked in the text ("naam gefingeerd") or declared by the user as made up. */
    pseudonym: boolean;
    form: NameForm;
  };
  email: Contact;
  url: Contact;
  handle: Contact;
  phone: Contact & { country: string | null };
  'national-id': { scheme: NationalIdScheme; /** A label ("BSN:") stands before it. */ cue: boolean };
  iban: { country: string };
  postcode: Contact & { country: 'nl' | 'be' | 'uk' | 'us' };
  address: Contact & { style: 'nl' | 'en' };
  'license-plate': { country: 'nl' | 'be' | 'uk' };
  'record-id': { cue: string };
  date: {
    /** The days the date narrows an event to (1 for a day, 7 for a week, 365 for a year). */
    windowDays: number;
    /** A full date of birth. */
    birth: boolean;
    form: DateForm;
  };
  age: { from: number; to: number; form: AgeForm };
  gender: { gender: 'f' | 'm' };
  place: {
    id: string;
    population: number;
    country: string;
    type: string;
    parent: string;
    /** A country the text is set in ("Nederland" in Dutch, "the UK" in English): narrows nothing. */
    home?: boolean;
    /** A country abroad: the nationalities.tsv row of the people from there, and their share at home. */
    origin?: string;
    share?: number;
  };
  institution: {
    type: string;
    /** Yearly clients, residents or pupils, where the dictionary gives them. */
    size?: number;
    /**
     * A known name, a head word with a name, a compound, a type alone written as its abbreviation ("een FPC"),
     * or a name that a membership says is an organisation's ("a member of Dev-Yol").
     */
    form: 'known' | 'head' | 'compound' | 'type' | 'member';
  };
  diagnosis: {
    id: string;
    parent: string;
    ancestors: readonly string[];
    /** The dictionary's sourced share; absent for a condition the dictionary does not list (a compound). */
    figure?: Figure;
    /** Found as a medication that reveals the condition: its generic name and WHO ATC code. */
    medication?: { inn: string; atc: string };
  };
  profession: {
    id: string;
    parent: string;
    /** One per place (the mayor, the notary). */
    uniquePerPlace: boolean;
    /** Called local ("de plaatselijke notaris"). */
    local: boolean;
    /** The dictionary's sourced share; absent for a role the dictionary does not list (a compound). */
    figure?: Figure;
  };
  nationality: { id: string; /** The dictionary's share of the text's country. */ share: number; source: string };
  family: Cue;
  event: Cue;
  unusual: Cue;
}

/**
 * A family circumstance, an event or a striking detail: matched in a phrase list (with the list's
 * sourced share and a more general wording), recognized by its grammar (a construction, whose share
 * the risk layer knows), or marked by a word that is rare in the language (its frequency rank).
 */
type Cue =
  | { via: 'phrase'; figure: Figure; label: { nl: string; en: string } }
  | {
      via: 'construction';
      construction: Construction;
      /** The person noun it describes ("bewoonster"), or the noun that says what a sum is ("schuld"), kept by a rewrite. */
      head?: string;
      /** A sum of money (construction `amount`): how exact it is and how large. */
      amount?: AmountFacts;
    }
  | { via: 'rarity'; /** Frequency rank of the word in the language (1 = most common). */ rank: number };

/** A sum of money as written: "ruim 30.000 euro" has 1 significant digit, "24,952.51 pounds" 7. */
export interface AmountFacts {
  /** Significant digits as written (trailing zeros are not; "ruim", "about" leave at most 2). */
  significant: number;
  /** The number's value in its own currency. */
  value: number;
  /** Where the noun that says what the sum is stands: after it ("30.000 euro schuld"), before it ("een boete van 500 euro"), or nowhere. */
  headAt: 'after' | 'before' | 'none';
  /** The sum hangs on a noun by a preposition ("een boete van", "a total of"): a rewrite drops the preposition with it. */
  governed: boolean;
}

/**
 * Constructions that single a person out, each with a share in src/risk/shares.ts. Grouped by what
 * recognizes them: uniqueness, public exposure and datable events, compounds, family composition, sums of money.
 */
export type Construction =
  | 'superlative' | 'only' | 'ordinal' | 'record' | 'milestone-age' | 'count' | 'epithet' | 'tenure' | 'feat' | 'mastery'
  | 'media' | 'accident' | 'disaster' | 'fire' | 'crime' | 'court' | 'legal-measure' | 'performance' | 'first-achievement' | 'career-end' | 'ceremony'
  | 'event-compound' | 'kin-compound'
  | 'family-size' | 'kin-count' | 'birth-order' | 'only-child' | 'twin' | 'living-with' | 'relative-circumstance' | 'relative-detail' | 'carer'
  | 'amount' | 'mark' | 'routine' | 'missing-part' | 'trait' | 'pet';

export type FactsOf<K extends Kind> = FactsByKind[K];
/** The facts of any kind. */
export type Facts = FactsByKind[Kind];
/** What a generalization changes about a detail (a new age band, place or window). */
export type FactsPatch = { [K in Kind]: Partial<FactsByKind[K]> }[Kind];

