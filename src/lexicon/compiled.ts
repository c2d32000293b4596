/**
 * The shape of dist/dict/lexicon.json, written by scripts/build-dictionaries.mjs from the TSV sources
 * in dictionaries/src. Tuples keep the file small and fast to parse; src/lexicon/lexicon.ts turns
 * them into look-up structures.
 */
export type PlaceRow = [id: string, name: string, type: string, population: number, parent: string, country: string, aliases: string[], flags: string[]];
export type ConceptRow = [nl: string, en: string, low: number, central: number, high: number, parent: string, source: string];
export type ProfessionRow = [nl: string, en: string, low: number, central: number, high: number, parent: string, uniquePerPlace: boolean, source: string];
export type NationalityRow = [nl: string, en: string, nlShare: number, beShare: number, gbShare: number, usShare: number, source: string];
export type TermRow = [term: string, lang: string, id: string, exact: boolean];
export type PatternRow = [pattern: string, lang: string, low: number, central: number, high: number, labelNl: string, labelEn: string, source: string];
export type InstitutionRow = [name: string, type: string, place: string, country: string, aliases: string[], size: number, source: string];
export type HeadRow = [head: string, lang: string, type: string];

export interface CompiledLexicon {
  version: 1;
  places: PlaceRow[];
  firstNames: Record<string, string>;
  surnames: string[];
  ambiguous: string[];
  conditions: Record<string, ConceptRow>;
  conditionTerms: TermRow[];
  professions: Record<string, ProfessionRow>;
  professionTerms: TermRow[];
  nationalities: Record<string, NationalityRow>;
  nationalityTerms: TermRow[];
  family: PatternRow[];
  events: PatternRow[];
  unusual: PatternRow[];
  institutions: InstitutionRow[];
  institutionHeads: HeadRow[];
}

/** Which compiled file (dist/dict/<section>.json) holds which fields. */
export const SECTIONS = {
  places: ['places'],
  names: ['firstNames', 'surnames', 'ambiguous'],
  conditions: ['conditions', 'conditionTerms'],
  professions: ['professions', 'professionTerms'],
  nationalities: ['nationalities', 'nationalityTerms'],
  cues: ['family', 'events', 'unusual'],
  institutions: ['institutions', 'institutionHeads'],
} as const satisfies Record<string, ReadonlyArray<keyof CompiledLexicon>>;
export type Section = keyof typeof SECTIONS;

export const EMPTY_LEXICON: CompiledLexicon = {
  version: 1, places: [], firstNames: {}, surnames: [], ambiguous: [], conditions: {}, conditionTerms: [],
  professions: {}, professionTerms: [], nationalities: {}, nationalityTerms: [], family: [], events: [], unusual: [],
  institutions: [], institutionHeads: [],
};
