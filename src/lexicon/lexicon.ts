import type { Figure, Lang } from '../core/types.js';
import { lazy } from '../util/lazy.js';
import type { CompiledLexicon, CueRow, Section } from './compiled.js';
import { EMPTY_LEXICON, SECTIONS } from './compiled.js';
import { firstNameMap, SortedWords } from './names.js';
import { PhraseMatcher } from './phrases.js';

export interface Place {
  id: string;
  name: string;
  type: string;
  population: number;
  parent: string;
  country: string;
  /** The name is also an everyday word ("Best", "Born"): needs a capital and a preposition. */
  isWord: boolean;
}

export interface Concept {
  id: string;
  nl: string;
  en: string;
  figure: Figure;
  parent: string;
}

export interface Profession extends Concept {
  uniquePerPlace: boolean;
}

export interface Nationality {
  id: string;
  nl: string;
  en: string;
  shares: Record<'NL' | 'BE' | 'GB' | 'US', number>;
  source: string;
}

export interface Cue {
  lang: Lang;
  figure: Figure;
  label: { nl: string; en: string };
}

export interface Institution {
  name: string;
  type: string;
  place: string;
  country: string;
  size: number;
  source: string;
}

/** Reads one section of the compiled dictionaries; called at most once per section. */
export type SectionLoader = (section: Section) => Partial<CompiledLexicon>;

/** A read-only map filled on first use. */
export class LazyMap<K, V> {
  private readonly map: () => Map<K, V>;
  constructor(build: () => Iterable<[K, V]>) {
    this.map = lazy(() => new Map(build()));
  }
  get(key: K): V | undefined {
    return this.map().get(key);
  }
  has(key: K): boolean {
    return this.map().has(key);
  }
}

const SECTION_OF = Object.fromEntries(
  Object.entries(SECTIONS).flatMap(([section, keys]) => keys.map((k) => [k, section])),
) as Partial<Record<keyof CompiledLexicon, Section>>;

const cue = ([lang, low, central, high, labelNl, labelEn, source]: CueRow): Cue => ({
  lang: lang as Lang,
  figure: { low, central, high, source },
  label: { nl: labelNl, en: labelEn },
});

/**
 * The dictionaries as the detectors use them. A section is read on first use, and objects are made
 * only for the entries a text actually matches: start-up cost does not grow with dictionary size.
 */
export class Lexicon {
  private readonly loaded = new Map<Section, Partial<CompiledLexicon>>();
  private readonly loader: SectionLoader;

  /** From data in memory (tests, embedding) or from a loader that reads sections on first use. */
  constructor(source: Partial<CompiledLexicon> | SectionLoader = EMPTY_LEXICON) {
    this.loader = typeof source === 'function' ? source : () => source;
  }

  private field<K extends keyof CompiledLexicon>(key: K): CompiledLexicon[K] {
    const section = SECTION_OF[key]!;
    let data = this.loaded.get(section);
    if (!data) {
      data = this.loader(section);
      this.loaded.set(section, data);
    }
    return (data[key] ?? EMPTY_LEXICON[key]) as CompiledLexicon[K];
  }

  readonly places = lazy(() => {
    const rows = this.field('places');
    const names = this.field('placeNames');
    const place = lazyRows(rows, ([id, name, type, population, parent, country, , flags]) => ({
      id, name, type, population, parent, country, isWord: flags.includes('word'),
    }));
    const matcher = new PhraseMatcher<Place[]>(this.field('placeIndex'), (key: string) => (names[key] ?? []).map(place));
    const byId = new LazyMap<string, Place>(() => rows.map((r, i) => [r[0], place(i)]));
    return {
      matcher,
      byId,
      /** Is this (lower-case) text the name of a place? */
      hasName: (name: string) => Object.hasOwn(names, name),
    };
  });

  readonly names = lazy(() => ({
    first: firstNameMap(this.field('firstNames')),
    surnames: new SortedWords(this.field('surnames')),
    ambiguous: new SortedWords(this.field('ambiguous')),
  }));

  readonly conditions = lazy(() => {
    const rows = this.field('conditions');
    const byId = new LazyMap<string, Concept>(() =>
      Object.entries(rows).map(([id, [nl, en, low, central, high, parent, source]]) => [id, { id, nl, en, figure: { low, central, high, source }, parent }]),
    );
    return { byId, matcher: new PhraseMatcher<Concept>(this.field('conditionIndex'), (id: string) => byId.get(id)!) };
  });

  readonly professions = lazy(() => {
    const rows = this.field('professions');
    const byId = new LazyMap<string, Profession>(() =>
      Object.entries(rows).map(([id, [nl, en, low, central, high, parent, uniquePerPlace, source]]) => [
        id,
        { id, nl, en, figure: { low, central, high, source }, parent, uniquePerPlace },
      ]),
    );
    return { byId, matcher: new PhraseMatcher<Profession>(this.field('professionIndex'), (id: string) => byId.get(id)!) };
  });

  readonly nationalities = lazy(() => {
    const rows = this.field('nationalities');
    const byId = new LazyMap<string, Nationality>(() =>
      Object.entries(rows).map(([id, [nl, en, nlShare, beShare, gbShare, usShare, source]]) => [
        id,
        { id, nl, en, shares: { NL: nlShare, BE: beShare, GB: gbShare, US: usShare }, source },
      ]),
    );
    return { byId, matcher: new PhraseMatcher<Nationality>(this.field('nationalityIndex'), (id: string) => byId.get(id)!) };
  });

  readonly family = lazy(() => new PhraseMatcher<Cue>(this.field('familyIndex'), (row: number) => cue(this.field('family')[row]!)));
  readonly events = lazy(() => new PhraseMatcher<Cue>(this.field('eventIndex'), (row: number) => cue(this.field('events')[row]!)));
  readonly unusual = lazy(() => new PhraseMatcher<Cue>(this.field('unusualIndex'), (row: number) => cue(this.field('unusual')[row]!)));

  readonly institutions = lazy(() => {
    const rows = this.field('institutions');
    const matcher = new PhraseMatcher<Institution>(this.field('institutionIndex'), (row: number) => {
      const [name, type, place, country, size, source] = rows[row]!;
      return { name, type, place, country, size, source };
    });
    const headTypes = this.field('institutionHeads');
    return { matcher, heads: { get: (h: string) => (Object.hasOwn(headTypes, h) ? headTypes[h] : undefined), has: (h: string) => Object.hasOwn(headTypes, h), entries: () => Object.entries(headTypes) } };
  });
}

/** Row number -> object, made once per row and only for rows that are asked for. */
function lazyRows<R, T>(rows: readonly R[], make: (row: R) => T): (i: number) => T {
  const made = new Map<number, T>();
  return (i: number) => {
    let v = made.get(i);
    if (v === undefined) {
      v = make(rows[i]!);
      made.set(i, v);
    }
    return v;
  };
}
