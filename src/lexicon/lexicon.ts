import type { Figure, Lang } from '../core/types.js';
import { lazy } from '../util/lazy.js';
import type { CompiledLexicon, Section } from './compiled.js';
import { EMPTY_LEXICON, SECTIONS } from './compiled.js';
import { SortedLines } from './names.js';
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

/** A word of the public-event rule: its word class, the construction it heads, the context it needs. */
export interface ExposureWord {
  cls: string;
  construction: string;
  /** "before:a|b;after:c": the token before (or before an article) or after must be one of these. */
  needs: string;
  lang: Lang | '*';
}

/** A named news medium (a paper, a broadcaster or programme, a news site). */
export interface Outlet {
  name: string;
  country: string;
  type: string;
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

const cue = ([lang, low, central, high, labelNl, labelEn, source]: string[]): Cue => ({
  lang: lang as Lang,
  figure: { low: Number(low), central: Number(central), high: Number(high), source: source ?? '' },
  label: { nl: labelNl ?? '', en: labelEn ?? '' },
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
    const rows = tsvRows(this.field('places'));
    const names = this.field('placeNames');
    const place = lazyRows(rows, ([id, name, type, population, parent, country, , flags]) => ({
      id: id!, name: name!, type: type!, population: Number(population), parent: parent!, country: country!, isWord: (flags ?? '').split('|').includes('word'),
    }));
    const matcher = new PhraseMatcher<Place[]>(this.field('placeIndex'), (key: string) => (names[key] ?? []).map(place));
    // By id only the fixer asks (a few parents per text): a search in the rows beats an index parsed
    // at every start.
    const rowOf = new Map<string, number>();
    const find = (id: string): number => {
      let row = rowOf.get(id);
      if (row === undefined) {
        row = rows().findIndex((r) => r.startsWith(`${id}\t`));
        rowOf.set(id, row);
      }
      return row;
    };
    const byId = {
      get: (id: string): Place | undefined => {
        const row = find(id);
        return row >= 0 ? place(row) : undefined;
      },
      has: (id: string): boolean => find(id) >= 0,
    };
    return {
      matcher,
      byId,
      /** Is this (lower-case) text the name of a place? */
      hasName: (name: string) => Object.hasOwn(names, name),
    };
  });

  readonly names = lazy(() => ({
    first: new SortedLines(this.field('firstNames')),
    surnames: new SortedLines(this.field('surnames')),
    ambiguous: new SortedLines(this.field('ambiguous')),
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

  private cueMatcher(rows: 'family' | 'events' | 'unusual', index: 'familyIndex' | 'eventIndex' | 'unusualIndex'): PhraseMatcher<Cue> {
    const lines = tsvRows(this.field(rows));
    return new PhraseMatcher<Cue>(this.field(index), (row: number) => cue(lines()[row]!.split('\t')));
  }

  readonly family = lazy(() => this.cueMatcher('family', 'familyIndex'));
  readonly events = lazy(() => this.cueMatcher('events', 'eventIndex'));
  readonly unusual = lazy(() => this.cueMatcher('unusual', 'unusualIndex'));

  readonly exposure = lazy(() => {
    const words = tsvRows(this.field('exposure'));
    const outlets = tsvRows(this.field('outlets'));
    return {
      words: new PhraseMatcher<ExposureWord>(this.field('exposureIndex'), (row: number) => {
        const [cls, construction, needs, lang] = words()[row]!.split('\t');
        return { cls: cls!, construction: construction ?? '', needs: needs ?? '', lang: (lang || '*') as Lang | '*' };
      }),
      outlets: new PhraseMatcher<Outlet>(this.field('outletIndex'), (row: number) => {
        const [name, country, type] = outlets()[row]!.split('\t');
        return { name: name!, country: country ?? '', type: type ?? '' };
      }),
    };
  });

  readonly institutions = lazy(() => {
    const rows = this.field('institutions');
    const matcher = new PhraseMatcher<Institution>(this.field('institutionIndex'), (row: number) => {
      const [name, type, place, country, size, source] = rows[row]!;
      return { name, type, place, country, size, source };
    });
    const headTypes = this.field('institutionHeads');
    const heads = {
      get: (h: string) => (Object.hasOwn(headTypes, h) ? headTypes[h] : undefined),
      has: (h: string) => Object.hasOwn(headTypes, h),
      keys: () => Object.keys(headTypes),
      entries: () => Object.entries(headTypes),
    };
    return { matcher, heads };
  });
}

/** Rows shipped as one TSV string (one JSON string parses far faster than thousands): split on first use. */
function tsvRows(source: string | readonly string[]): () => string[] {
  return lazy(() => (typeof source === 'string' ? (source ? source.split('\n') : []) : [...source]));
}

/** Row number -> object, made once per row and only for rows that are asked for. */
function lazyRows<T>(rows: () => string[], make: (cells: string[]) => T): (i: number) => T {
  const made = new Map<number, T>();
  return (i: number) => {
    let v = made.get(i);
    if (v === undefined) {
      v = make(rows()[i]!.split('\t'));
      made.set(i, v);
    }
    return v;
  };
}
