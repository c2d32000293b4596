/** A life stage, the widest age band short of removing the age. */
export type Stage = 'child' | 'youth' | 'adult' | 'older';

/**
 * The words a rewrite puts into the text, in the text's own language (not the UI's): one implementation
 * per language (rewrite-nl.ts, rewrite-en.ts), picked with `rewriteWords(lang)` from ./index.js.
 * src/fixes/ladders/ decides which rung a finding gets; this says how that rung is worded.
 */
export interface RewriteWords {
  /** The finite verb comes second (Dutch): a fronted time word cannot just go, the sentence is reordered. */
  verbSecond: boolean;
  /** How an attributive adjective ends ("de oude", "the retired"): it may stand between a determiner and its noun. */
  adjectiveEnding: RegExp;

  /** The placeholder after a label ("Cliënt: [naam]"). */
  namePlaceholder: string;
  /** The role noun a real name becomes; `female` after a female title ("mevrouw"). */
  client(female: boolean): string;
  /** "een afdeling", "an organisation". */
  article(noun: string): string;
  /** "de cliënt", "the client". */
  definite(noun: string): string;

  // Age. `gender` is the text's gender finding, for languages that need a possessive ("in her forties").
  /** "in de veertig", "in her forties". */
  decadePhrase(decade: number, gender: 'f' | 'm' | undefined): string;
  /** The decade as a noun: "de veertiger", "the person in her forties". */
  decadeNoun(decade: number, gender: 'f' | 'm' | undefined): string;
  /** Before a noun: "een volwassen vrouw", "een oudere man" (`inflected` after "-jarige"). */
  stageAdjective(stage: Stage, inflected: boolean): string;
  /** The stage as a noun: "de volwassene", "the teenager". */
  stageNoun(stage: Stage): string;
  /** After a copula: "is volwassen", "is a teenager". */
  stagePredicate(stage: Stage): string;
  /** In brackets or between commas: "(volwassen)", ", teenager,". */
  stageLabel(stage: Stage): string;
  /** An age reached is a birthday: the verb and the predicate for "werd 104" ("was", "jarig"), "turned 104" ("had", "a birthday"). */
  birthday(copula: string): readonly [verb: string, predicate: string] | undefined;
  /** Any other phrase of age ("op 45-jarige leeftijd") widened to a stage. */
  asAdult: string;

  // Places.
  /** A region's or province's name in this language ("Vlaanderen" -> "Flanders"). */
  placeName(name: string): string;
  /** A country abroad in the text's language (the place dictionary names it in English, in Dutch as dutchName). */
  countryAbroad(place: { name: string; dutchName?: string }): string;
  /** The municipality a smaller place lies in: "de gemeente Goes". */
  municipality(name: string): string;
  /** The place of a role past the municipality: "een gemeente in Zeeland". */
  within(name: string): string;
  /** The preposition a wider place takes where the text named a feature with its article ("aan de Kluisberg" -> "in Henegouwen"). */
  inPlace: string;
  /**
   * Where someone lives or moved, without the place, for the preposition it replaces: "woont in Goes" ->
   * "woont elders", "naar Canada" -> "naar het buitenland", "moved to Leeds" -> "moved elsewhere".
   */
  whereabouts(preposition: string, abroad: boolean): string;
  /** An origin before its noun, without which country: "Marokkaanse roots" -> "buitenlandse roots", "Polish" -> "foreign". */
  foreignAdjective(adjective: string): string;

  // Dates.
  /** The month's name, 1-12. */
  monthName(month: number): string;
  /** The season a month falls in, 1-12. */
  seasonName(month: number): string;
  /** "het voorjaar van 2024", "the spring". */
  seasonPhrase(season: string, year: number | undefined): string;
  /** A recent day or week ("gisteren") widened. */
  recently: string;
  /** A coming day or week ("morgen") widened. */
  soon: string;

  // Institutions.
  /** The generic noun for an institution's type ("zorgcentrum", "care home"); `other` for the rest. */
  institutionNoun: Readonly<Record<string, string>> & { other: string };
  /** The most generic noun, the last rung before removal. */
  institution: string;
  /** Head nouns beyond the dictionary's that make a generic word ("ward", "unit"). */
  institutionHeads: readonly string[];

  // Roles, relatives and what happened to someone.
  /** Someone, for a role or an age noun that goes with its determiner ("met de pastor" -> "met iemand"). */
  someone: string;
  /** A noun for the person by their gender ("vrouw", "man"), when the text gives one. */
  genderNoun(gender: 'f' | 'm'): string;
  /** The preposition of where someone is from ("iemand uit Kapelle", "someone from Cromer"). */
  fromPlace: string;
  /** The conjunctions of a pair or a list ("en", "of"; "and", "or"). */
  conjunctions: ReadonlySet<string>;
  /** A relative in place of a named kin relation ("haar broer" -> "een familielid"). */
  relative: string;
  /** Family after a preposition ("bij zijn zus" -> "bij familie", "voor zijn vader" -> "voor een familielid"). */
  family(preposition: string): string;
  /** "veel", "many": a large count without its figure ("14 katten" -> "veel katten"). */
  many: string;
  /** Many years without their figure, after the word before them ("al zestig jaar" -> "al jaren", "for sixty years" -> "for years"). */
  manyYears(before: string): string;
  /** The kind of an event without its place or time ("het ongeluk op de N59" -> "een ongeluk"); undefined when there is none to say. */
  eventNoun(construction: string): string | undefined;
  /** A verb in the past for a noun phrase that names what happened: "overdosed" -> "had a crisis", "overdoseerde" -> "kreeg een crisis". */
  underwent(phrase: string): string;
  /** A verb in the past tense ("overdosed", "overdoseerde"). */
  pastVerb: RegExp;
  /** Any event at all: "een ingrijpende gebeurtenis", "a major event". */
  majorEvent: string;
  /**
   * A whole sentence about an event, with what happened, where and when gone: "Hij was betrokken bij een
   * ernstig voorval", "there was a serious incident" (the rewrite gives it its capital). `subject`: the pronoun the sentence was about, if
   * any, as written; `plural`: it takes a plural verb.
   */
  incidentSentence(subject: string | undefined, plural: boolean): string;
  /** Third-person pronouns that can be what an event's sentence is about. */
  subjectPronouns: ReadonlySet<string>;
  /** A noun phrase with the indefinite article ("een bewoonster", "an adult"); plural nouns take none. */
  indefinite(noun: string): string;
  /** Whether a person noun is plural ("bewoners", "women"). */
  plural(noun: string): boolean;

  // Sums of money.
  /** A sum without its figure: "een fors bedrag", "a large sum" (`large`), else "een bedrag", "a sum". */
  sum(large: boolean): string;
}
