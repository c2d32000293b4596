import type { CompiledIndex, Entry } from './phrases.js';

/**
 * The dictionaries as compiled by scripts/build-dictionaries.mjs from the TSV sources in dictionaries/src,
 * one file per section (dist/dict/<section>.dict, see encodeSection). Rows are TSV lines or tuples, and
 * phrase indexes and name lists sorted lines, so a section loads without parsing: src/lexicon/lexicon.ts
 * looks keys up by binary search and turns rows into objects only when a phrase matches.
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
  /** Lower-case name or alias -> row numbers of the places with that name: sorted lines "name<TAB>row|row" (or a record in memory). */
  placeNames: string | Record<string, number[]>;
  /** Refs are keys of placeNames. */
  placeIndex: CompiledIndex;
  /** Sorted lower-case names of the cities abroad (the places-world section), for hasName without loading it. */
  worldNames: string;
  /** Sorted first index keys of those names (two words, space-joined, after a short or function word:
   * "a coruña"): a text with none of these never loads the section. */
  worldFirst: string;
  /** Cities abroad: rows, names and index as for places. */
  worldPlaces: string;
  worldPlaceNames: string | Record<string, number[]>;
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

/** The file of a section in dist/dict/ (and the name of its asset in the standalone binary). */
export const sectionFile = (section: Section): string => `${section}.dict`;
/**
 * How a .dict file is stored: a file with characters past ASCII in UTF-16 (little-endian, after a byte
 * order mark), the way V8 keeps such a string, so that reading it is a copy (as UTF-8 every start decoded
 * the place and name lists: about 7 ms for places); an ASCII file as it is, which reads as fast.
 */
export function encodeDict(text: string): Uint8Array {
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(text) ? Buffer.concat([UTF16_BOM, Buffer.from(text, 'utf16le')]) : Buffer.from(text, 'latin1');
}

/** The text of a .dict file as encodeDict wrote it. */
export function decodeDict(bytes: Uint8Array): string {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return b.length >= 2 && b[0] === UTF16_BOM[0] && b[1] === UTF16_BOM[1] ? b.toString('utf16le', 2) : b.toString('latin1');
}
const UTF16_BOM = Buffer.from([0xff, 0xfe]);

/**
 * A section file: one header line, `herkenbaar-dict 2<TAB>{field: [how, start, end(, end)]}`, then the
 * fields one after the other, offsets counted in UTF-16 code units from the start of the second line.
 * How a field is stored: `text` as it is (a string field: TSV rows, sorted lines), `json` as JSON (small
 * records and tuples), `index` a phrase index as JSON of its placeholder and prefix keys followed by
 * the lines of every other key (CompiledIndex.lines, with roles and tails in the JSON). Reading a section parses the header only; a field
 * is sliced, or parsed, on first use.
 */
const MAGIC = 'herkenbaar-dict 2';
type Stored = ['text' | 'json', number, number] | ['index', number, number, number];

/** Is this index key a placeholder or a prefix (PhraseMatcher's firstKey): kept as JSON, not as a line. */
const specialKey = (k: string): boolean => k[0] === '{' || (k.length === 4 && k.endsWith('*'));

/** The index of a PhraseMatcher (toJSON) as stored: its special keys as data, every other key a line. */
export function indexToLines(compiled: CompiledIndex): CompiledIndex {
  const index: Record<string, Entry[]> = {};
  const lines: string[] = [];
  let roles = false;
  const tails = new Set<string>();
  for (const key of Object.keys(compiled.index).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const entries = compiled.index[key]!;
    for (const e of entries) {
      if (typeof e === 'object' && e[0].includes('{role}')) roles = true;
      if (typeof e !== 'object' || (e[0].length === 1 && e[0][0] === key)) tails.add(key.slice(-3));
    }
    if (specialKey(key)) index[key] = entries;
    else if (/[\t\n]/.test(key)) throw new Error(`an index key holds a tab or line break: ${JSON.stringify(key)}`);
    else lines.push(entries.length === 1 && entries[0] === key ? key : `${key}\t${JSON.stringify(entries)}`);
  }
  return { index, lines: lines.join('\n'), roles, tails: [...tails].sort() };
}

/** One section's fields as a file. Fields whose name ends in `Index` are phrase indexes. */
export function encodeSection(fields: Readonly<Record<string, unknown>>): string {
  const header: Record<string, Stored> = {};
  const body: string[] = [];
  let at = 0;
  const put = (s: string) => {
    body.push(s);
    at += s.length;
    return at;
  };
  for (const [key, value] of Object.entries(fields)) {
    const start = at;
    if (typeof value === 'string') header[key] = ['text', start, put(value)];
    else if (key.endsWith('Index')) {
      const { lines, ...rest } = indexToLines(value as CompiledIndex);
      header[key] = ['index', start, put(JSON.stringify(rest)), put(lines ?? '')];
    } else header[key] = ['json', start, put(JSON.stringify(value))];
  }
  return `${MAGIC}\t${JSON.stringify(header)}\n${body.join('')}`;
}

/** A section file's fields, each sliced or parsed on first use. */
export function decodeSection(file: string, name = 'dictionary'): Partial<CompiledLexicon> {
  const nl = file.indexOf('\n');
  if (nl < 0 || !file.startsWith(`${MAGIC}\t`)) throw new Error(`${name}: not a compiled dictionary of this version; run \`npm run build\``);
  const header = JSON.parse(file.slice(MAGIC.length + 1, nl)) as Record<string, Stored>;
  const base = nl + 1;
  const out: Record<string, unknown> = {};
  for (const [key, stored] of Object.entries(header)) {
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get() {
        const [how, start, end] = stored;
        const slice = file.slice(base + start, base + end);
        const value = how === 'text' ? slice : how === 'json' ? JSON.parse(slice) : { ...JSON.parse(slice), lines: file.slice(base + end, base + stored[3]!) };
        Object.defineProperty(out, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return out as Partial<CompiledLexicon>;
}

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
