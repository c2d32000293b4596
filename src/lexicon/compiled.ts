import type { CompiledIndex } from './phrases.js';

/**
 * The shape of dist/dict/<section>.json, written by scripts/build-dictionaries.mjs from the TSV sources
 * in dictionaries/src. Rows are tuples and every phrase index is plain data, so loading a section is
 * one native JSON.parse; src/lexicon/lexicon.ts turns rows into objects only when a phrase matches.
 */
/** Places and cues travel as TSV lines in one string (columns in the order of these tuples; lists joined with '|'). */
export type PlaceRow = [id: string, name: string, type: string, population: number, parent: string, country: string, aliases: string, flags: string];
export type ConceptRow = [nl: string, en: string, low: number, central: number, high: number, parent: string, source: string];
export type ProfessionRow = [nl: string, en: string, low: number, central: number, high: number, parent: string, uniquePerPlace: boolean, source: string];
export type NationalityRow = [nl: string, en: string, nlShare: number, beShare: number, gbShare: number, usShare: number, source: string];
export type CueRow = [lang: string, low: number, central: number, high: number, labelNl: string, labelEn: string, source: string];
export type InstitutionRow = [name: string, type: string, place: string, country: string, size: number, source: string];
/** A head of compounds (compound-heads.tsv): modifiers joined with '|'. */
export type CompoundHeadRow = [head: string, lang: string, kind: string, target: string, modifiers: string, flags: string];
/** A look-alike of a compound (compound-exceptions.tsv): match is 'word' or 'ending'. */
export type CompoundExceptionRow = [entry: string, lang: string, match: string];

export interface CompiledLexicon {
  version: 1;
  places: string;
  /** Lower-case name or alias -> row numbers of the places with that name. */
  placeNames: Record<string, number[]>;
  /** Refs are keys of placeNames. */
  placeIndex: CompiledIndex;
  /** Sorted lower-case names of the cities abroad (the places-world section), for hasName without loading it. */
  worldNames: string;
  /** Sorted first index keys of those names (two words, space-joined, after a short or function word:
   * "a coruña"): a text with none of these never loads the section. */
  worldFirst: string;
  /** Cities abroad: rows, names and index as for places. */
  worldPlaces: string;
  worldPlaceNames: Record<string, number[]>;
  worldPlaceIndex: CompiledIndex;
  /** Sorted lines "name<TAB>gender" (or, in memory, a record name -> gender). */
  firstNames: string | Record<string, string>;
  /** Sorted, newline-joined (or an array in memory). */
  surnames: string | string[];
  ambiguous: string | string[];
  conditions: Record<string, ConceptRow>;
  /** Refs are condition ids. */
  conditionIndex: CompiledIndex;
  /** Medications that reveal a condition: rows "condition id<TAB>ATC<TAB>INN<TAB>context (1 or blank)". */
  medications: string;
  /** Refs are row numbers of medications. */
  medicationIndex: CompiledIndex;
  professions: Record<string, ProfessionRow>;
  professionIndex: CompiledIndex;
  nationalities: Record<string, NationalityRow>;
  nationalityIndex: CompiledIndex;
  /** Refs are row numbers. */
  family: string;
  familyIndex: CompiledIndex;
  events: string;
  eventIndex: CompiledIndex;
  unusual: string;
  unusualIndex: CompiledIndex;
  /** Public-event words: rows "class<TAB>construction<TAB>needs<TAB>lang"; refs are row numbers. */
  exposure: string;
  exposureIndex: CompiledIndex;
  /** Named media: rows "name<TAB>country<TAB>type"; refs are row numbers. */
  outlets: string;
  outletIndex: CompiledIndex;
  /** Words of the stand-out constructions by word class (standout.tsv): rows as in `exposure`. */
  standout: string;
  standoutIndex: CompiledIndex;
  /** Words of the amount rule: rows "form<TAB>lang<TAB>class<TAB>value<TAB>flags" (money-words.tsv, currency-codes.tsv). */
  money: string;
  institutions: InstitutionRow[];
  institutionIndex: CompiledIndex;
  institutionHeads: Record<string, string>;
  /** Where a head may stand, '|'-separated: word, compound, suffix, after, national (institution-heads.tsv). */
  institutionHeadFlags: Record<string, string>;
  compoundHeads: CompoundHeadRow[];
  compoundExceptions: CompoundExceptionRow[];
  /** Sorted lines "word<TAB>rank<TAB>class" (rank blank past the lists; class n noun, o other). */
  wordsNl: string;
  /** Sorted lines "word<TAB>rank" (rank blank past the lists). */
  wordsEn: string;
}

/** Which compiled file (dist/dict/<section>.json) holds which fields. */
export const SECTIONS = {
  places: ['places', 'placeNames', 'placeIndex', 'worldNames', 'worldFirst'],
  'places-world': ['worldPlaces', 'worldPlaceNames', 'worldPlaceIndex'],
  names: ['firstNames', 'surnames', 'ambiguous'],
  conditions: ['conditions', 'conditionIndex', 'medications', 'medicationIndex'],
  professions: ['professions', 'professionIndex'],
  nationalities: ['nationalities', 'nationalityIndex'],
  cues: ['family', 'familyIndex', 'events', 'eventIndex', 'unusual', 'unusualIndex'],
  institutions: ['institutions', 'institutionIndex', 'institutionHeads', 'institutionHeadFlags'],
  compounds: ['compoundHeads', 'compoundExceptions'],
  'words-nl': ['wordsNl'],
  'words-en': ['wordsEn'],
  exposure: ['exposure', 'exposureIndex', 'outlets', 'outletIndex'],
  money: ['money'],
  standout: ['standout', 'standoutIndex'],
} as const satisfies Record<string, ReadonlyArray<keyof CompiledLexicon>>;
export type Section = keyof typeof SECTIONS;

const EMPTY_INDEX = (): CompiledIndex => ({ index: {} });

export const EMPTY_LEXICON: CompiledLexicon = {
  version: 1, places: '', placeNames: {}, placeIndex: EMPTY_INDEX(), worldNames: '', worldFirst: '', worldPlaces: '', worldPlaceNames: {},
  worldPlaceIndex: EMPTY_INDEX(), firstNames: '', surnames: '', ambiguous: '',
  conditions: {}, conditionIndex: EMPTY_INDEX(), medications: '', medicationIndex: EMPTY_INDEX(), professions: {}, professionIndex: EMPTY_INDEX(), nationalities: {},
  nationalityIndex: EMPTY_INDEX(), family: '', familyIndex: EMPTY_INDEX(), events: '', eventIndex: EMPTY_INDEX(),
  unusual: '', unusualIndex: EMPTY_INDEX(), institutions: [], institutionIndex: EMPTY_INDEX(), institutionHeads: {}, institutionHeadFlags: {},
  compoundHeads: [], compoundExceptions: [],
  wordsNl: '', wordsEn: '',
  exposure: '', exposureIndex: EMPTY_INDEX(), outlets: '', outletIndex: EMPTY_INDEX(), money: '', standout: '', standoutIndex: EMPTY_INDEX(),
};
