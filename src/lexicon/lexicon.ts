import type { Figure, Lang } from '../core/types.js';
import { lazy } from '../util/lazy.js';
import type { CompiledLexicon, Section } from './compiled.js';
import { EMPTY_LEXICON, SECTIONS } from './compiled.js';
import { SortedLines } from './names.js';
import { PhraseMatcher } from './phrases.js';
import { WordRanks } from './word-ranks.js';

export interface Place {
  id: string;
  name: string;
  type: string;
  population: number;
  parent: string;
  country: string;
  /** The name is also an everyday word ("Best", "Born"): needs a capital and a preposition. */
  isWord: boolean;
  /** The name that matched is written in capitals in the dictionary ("UK", "USA"): it counts only so. */
  caps?: boolean;
  /** A country abroad: its Dutch name ("Turkije"; `name` is the English one). */
  dutchName?: string;
  /** A country abroad: the nationalities.tsv row of the people who come from it. */
  origin?: string;
}

export interface Concept {
  id: string;
  nl: string;
  en: string;
  figure: Figure;
  parent: string;
}

/** A medication that reveals a condition (medications.tsv): the condition, its ATC code and generic name. */
export interface Medication {
  condition: Concept;
  atc: string;
  inn: string;
  /** The name is also a word or a name ("Foster"): it counts only with a medication word in its clause. */
  needsContext: boolean;
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

/** A word of the amount rule (money-words.tsv, currency-codes.tsv): its word class and what it carries. */
export interface MoneyWord {
  cls: 'currency' | 'symbol' | 'code' | 'multiplier' | 'head' | 'sum' | 'verb' | 'price' | 'unit';
  /** A multiplier's factor; a head's article in a rewrite ('a', or '-' for none). */
  value: string;
  /** Also a weight or an everyday word ("pond", "ton", "TRY"): it needs the shape or the context of a sum. */
  ambiguous: boolean;
  /** A head of Dutch compounds too ("gokschuld"). */
  ending: boolean;
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

/** Where an institution head may stand (institution-heads.tsv, column flags). */
export type InstitutionHeadFlag = 'word' | 'compound' | 'suffix' | 'after' | 'national';

export type CompoundKind = 'event' | 'family' | 'profession' | 'diagnosis';

/** A head of compounds: a word ending in it (or a modifier word before it) is classified by it. */
export interface CompoundHead {
  head: string;
  lang: Lang;
  kind: CompoundKind;
  /** A construction, a profession or condition id, or '@profession' / '@condition' (the modifier must be one). */
  target: string;
  /** When given, the modifier (less a linking s/e/en) must be one of these. */
  modifiers: ReadonlySet<string> | undefined;
  /** A neoclassical suffix: the modifier is a stem ("artr-itis"), not a word. */
  neo: boolean;
  /** The role counts only when the text attributes it. */
  attributed: boolean;
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
  /** The sections are compiled (scripts/build-dictionaries.mjs): their place rows are sorted by id, each id once. */
  private readonly compiled: boolean;

  /** From data in memory (tests, embedding) or from a loader that reads compiled sections on first use. */
  constructor(source: Partial<CompiledLexicon> | SectionLoader = EMPTY_LEXICON) {
    this.loader = typeof source === 'function' ? source : () => source;
    this.compiled = typeof source === 'function';
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

  /** One gazetteer section: its rows as places, a matcher over their names, rows found by id. */
  private gazetteer(rowsKey: 'places' | 'worldPlaces', namesKey: 'placeNames' | 'worldPlaceNames', indexKey: 'placeIndex' | 'worldPlaceIndex') {
    const rows = tsvRows(this.field(rowsKey));
    const names = rowsByName(this.field(namesKey));
    // flags: 'word' (every name of the row is also a word) or 'word:<name>' (that name only: "Namen" of
    // Namur); 'nl:<name>' the Dutch name of a country abroad; 'origin:<id>' its row in nationalities.tsv.
    const wordNames = new Map<number, readonly string[]>();
    // Names written in capitals ("UK", "U.S.", "DRC"), lower-cased: they count only in capitals.
    const capsNames = new Map<number, readonly string[]>();
    const place = lazyRows(rows, ([id, name, type, population, parent, country, aliases, flags], row): Place => {
      const list = (flags ?? '').split('|');
      const some = list.filter((f) => f.startsWith('word:')).map((f) => f.slice(5));
      if (some.length) wordNames.set(row, some);
      const caps = [name!, ...(aliases ? aliases.split('|') : [])].filter((n) => /^(?:\p{Lu}\.?){2,}$/u.test(n)).map((n) => n.toLowerCase());
      if (caps.length) capsNames.set(row, caps);
      const dutch = list.find((f) => f.startsWith('nl:'))?.slice(3);
      const origin = list.find((f) => f.startsWith('origin:'))?.slice(7);
      return {
        id: id!, name: name!, type: type!, population: Number(population), parent: parent!, country: country!, isWord: list.includes('word'),
        ...(dutch ? { dutchName: dutch } : {}), ...(origin ? { origin } : {}),
      };
    });
    const named = (key: string) => (row: number): Place => {
      const p = place(row);
      const word = !p.isWord && wordNames.get(row)?.includes(key);
      const caps = capsNames.get(row)?.includes(key);
      return word || caps ? { ...p, ...(word ? { isWord: true } : {}), ...(caps ? { caps: true } : {}) } : p;
    };
    const matcher = new PhraseMatcher<Place[]>(this.field(indexKey), (key: string) => (names.rows(key) ?? []).map(named(key)));
    // By id only the fixer asks (a few parents per text): a search in the rows beats an index parsed
    // at every start. The compiled rows are sorted by id, so the search halves; rows given in memory are
    // searched so only when they are in order, else one by one.
    const rowOf = new Map<string, number>();
    const sorted = lazy(() => this.compiled || isAscending(rows()));
    const get = (id: string): Place | undefined => {
      let row = rowOf.get(id);
      if (row === undefined) {
        row = sorted() ? rowById(rows(), id) : rows().findIndex((r) => r.startsWith(`${id}\t`));
        rowOf.set(id, row);
      }
      return row >= 0 ? place(row) : undefined;
    };
    return { matcher, get, names, place };
  }

  readonly places = lazy(() => {
    const home = this.gazetteer('places', 'placeNames', 'placeIndex');
    // Cities abroad: read on first need only (most texts name none; see scripts/build-dictionaries.mjs).
    const world = lazy(() => this.gazetteer('worldPlaces', 'worldPlaceNames', 'worldPlaceIndex'));
    const worldNames = new SortedLines(this.field('worldNames'));
    const worldFirst = new SortedLines(this.field('worldFirst'));
    const byId = {
      // A country's parent is '': no place, and no reason to read the cities abroad.
      get: (id: string): Place | undefined => (id === '' ? undefined : home.get(id) ?? world().get(id)),
      has: (id: string): boolean => byId.get(id) !== undefined,
    };
    return {
      /** The places of NL, BE, GB and US, and the countries of the world. */
      matcher: home.matcher,
      abroad: {
        /** Could a city abroad start at this token (lower-case text, and the next token's)? Answered without reading them. */
        mayStart: (lower: string, next = '') => worldFirst.has(lower) || (next !== '' && worldFirst.has(`${lower} ${next}`)),
        /** The cities abroad (the section is read on the first call). */
        matcher: () => world().matcher,
      },
      byId,
      /** Is this (lower-case) text the name of a country ("turkije", "the netherlands")? */
      isCountryName: (name: string) => (home.names.rows(name) ?? []).some((row) => home.place(row).type === 'country'),
      /** Is this (lower-case) text the name of a place, at home or abroad? */
      hasName: (name: string) => home.names.has(name) || worldNames.has(name),
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

  readonly medications = lazy(() => {
    const rows = tsvRows(this.field('medications'));
    const { byId } = this.conditions();
    return new PhraseMatcher<Medication>(this.field('medicationIndex'), (row: number) => {
      const [id, atc, inn, context] = rows()[row]!.split('\t');
      return { condition: byId.get(id!)!, atc: atc ?? '', inn: inn ?? '', needsContext: context === '1' };
    });
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

  private readonly wordRanksNl = lazy(() => {
    const lines = new SortedLines(this.field('wordsNl'));
    return new WordRanks('nl', (w) => lines.get(w));
  });
  private readonly wordRanksEn = lazy(() => {
    const lines = new SortedLines(this.field('wordsEn'));
    return new WordRanks('en', (w) => lines.get(w));
  });

  /** Frequency ranks of the words of a language (the rarity rule), read on first use. */
  wordRanks(lang: Lang): WordRanks {
    return lang === 'en' ? this.wordRanksEn() : this.wordRanksNl();
  }

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

  /** The words of the stand-out constructions (standout.tsv) by word class, read on first use. */
  readonly standout = lazy(() => {
    const words = tsvRows(this.field('standout'));
    return new PhraseMatcher<ExposureWord>(this.field('standoutIndex'), (row: number) => {
      const [cls, construction, needs, lang] = words()[row]!.split('\t');
      return { cls: cls!, construction: construction ?? '', needs: needs ?? '', lang: (lang || '*') as Lang | '*' };
    });
  });

  /** The words of the amount rule by language; symbols and codes as written, the rest lower case. */
  readonly money = lazy(() => {
    const byKey = new Map<string, MoneyWord>();
    for (const line of tsvRows(this.field('money'))()) {
      const [lang, form, cls, value, flags] = line.split('\t');
      const fl = (flags ?? '').split('|');
      byKey.set(`${lang}:${form}`, { cls: cls as MoneyWord['cls'], value: value ?? '', ambiguous: fl.includes('ambiguous') || fl.includes('word'), ending: fl.includes('ending') });
    }
    return { get: (lang: Lang, form: string): MoneyWord | undefined => byKey.get(`${lang}:${form}`) };
  });

  readonly institutions = lazy(() => {
    const rows = this.field('institutions');
    const matcher = new PhraseMatcher<Institution>(this.field('institutionIndex'), (row: number) => {
      const [name, type, place, country, size, source] = rows[row]!;
      return { name, type, place, country, size, source };
    });
    const headTypes = this.field('institutionHeads');
    const headFlags = this.field('institutionHeadFlags');
    const flagSets = new Map(Object.entries(headFlags).map(([h, f]) => [h, new Set(f.split('|'))]));
    const NONE: ReadonlySet<string> = new Set();
    const flagsOf = (h: string): ReadonlySet<string> => flagSets.get(h) ?? NONE;
    // A head that only ends compounds ("Etibank") is no head as a word: "the bank", "Bank Holiday".
    // Maps, not the object: a look-up per word of the text.
    const words = new Map(Object.entries(headTypes).filter(([h]) => !flagsOf(h).has('compound')));
    const all = new Map(Object.entries(headTypes));
    const heads = {
      get: (h: string) => words.get(h),
      has: (h: string) => words.has(h),
      keys: () => [...words.keys()],
      entries: () => [...words.entries()],
    };
    /** Where the head may stand (institution-heads.tsv): 'word', 'compound', 'suffix', 'after', 'national'. */
    const hasFlag = (h: string, flag: InstitutionHeadFlag): boolean => flagsOf(h).has(flag);
    /** The type of a head that may end a capitalized compound ("Vaartcollege", "Etibank"); not one that stands only as a word. */
    const compoundHead = (h: string): string | undefined => {
      const type = all.get(h);
      return type && !flagsOf(h).has('word') ? type : undefined;
    };
    return { matcher, heads, hasFlag, compoundHead };
  });

  /** Heads of compounds by language and head, and their look-alikes (compound-heads.tsv, compound-exceptions.tsv). */
  readonly compounds = lazy(() => {
    const byLang = new Map<string, Map<string, CompoundHead[]>>();
    const longest = new Map<string, number>();
    const tails = new Map<string, Map<string, number[]>>();
    for (const [head, lang, kind, target, modifiers, flags] of this.field('compoundHeads')) {
      const fl = flags ? flags.split('|') : [];
      const row: CompoundHead = {
        head, lang: lang as Lang, kind: kind as CompoundKind, target,
        modifiers: modifiers ? new Set(modifiers.split('|')) : undefined, neo: fl.includes('neo'), attributed: fl.includes('attributed'),
      };
      const heads = byLang.get(lang) ?? new Map<string, CompoundHead[]>();
      byLang.set(lang, heads);
      const rows = heads.get(head) ?? [];
      // Rows with a modifier list are tried before the head's general row.
      rows.push(row);
      rows.sort((a, b) => (a.modifiers ? 0 : 1) - (b.modifiers ? 0 : 1));
      heads.set(head, rows);
      longest.set(lang, Math.max(longest.get(lang) ?? 0, head.length));
      const t = tails.get(lang) ?? new Map<string, number[]>();
      const lengths = t.get(head.slice(-2)) ?? [];
      if (!lengths.includes(head.length)) lengths.push(head.length);
      lengths.sort((a, b) => b - a);
      t.set(head.slice(-2), lengths);
      tails.set(lang, t);
    }
    const words = new Set<string>();
    const endings = new Set<string>();
    const endingLengths = new Map<string, number[]>();
    for (const [entry, lang, match] of this.field('compoundExceptions')) {
      if (match === 'word') words.add(`${lang}:${entry}`);
      else {
        endings.add(`${lang}:${entry}`);
        const lengths = endingLengths.get(lang) ?? [];
        if (!lengths.includes(entry.length)) lengths.push(entry.length);
        endingLengths.set(lang, lengths);
      }
    }
    const none = new Map<string, CompoundHead[]>();
    return {
      /** The heads of a language, by head (lower case). */
      heads: (lang: Lang): ReadonlyMap<string, readonly CompoundHead[]> => byLang.get(lang) ?? none,
      /**
       * The lengths of the heads that end in these two letters, longest first: a word is tried only against
       * heads it could end in (none for most words).
       */
      headLengths: (lang: Lang, tail: string): readonly number[] => tails.get(lang)?.get(tail) ?? [],
      /** The length of the longest head of a language. */
      longestHead: (lang: Lang): number => longest.get(lang) ?? 0,
      /** A look-alike: the word, or its ending, is listed as not being the compound. */
      isException: (lang: Lang, word: string): boolean => {
        if (words.has(`${lang}:${word}`)) return true;
        for (const n of endingLengths.get(lang) ?? []) if (n <= word.length && endings.has(`${lang}:${word.slice(-n)}`)) return true;
        return false;
      },
    };
  });
}

/** Name -> row numbers, from sorted lines "name<TAB>row|row" (dist/dict) or a record (in memory). */
function rowsByName(source: string | Record<string, number[]>): { rows(name: string): number[] | undefined; has(name: string): boolean } {
  if (typeof source !== 'string') return { rows: (name) => (Object.hasOwn(source, name) ? source[name] : undefined), has: (name) => Object.hasOwn(source, name) };
  const lines = new SortedLines(source);
  const parsed = new Map<string, number[]>();
  return {
    rows: (name) => {
      let rows = parsed.get(name);
      if (rows === undefined) {
        const stored = lines.get(name);
        if (stored === undefined) return undefined;
        rows = stored.split('|').map(Number);
        parsed.set(name, rows);
      }
      return rows;
    },
    has: (name) => lines.has(name),
  };
}

/** Rows shipped as one TSV string (one JSON string parses far faster than thousands): split on first use. */
function tsvRows(source: string | readonly string[]): () => string[] {
  return lazy(() => (typeof source === 'string' ? (source ? source.split('\n') : []) : [...source]));
}

/** Whether rows are in increasing order of their code units (as compiled place rows are: sorted by id, each id once). */
export function isAscending(rows: readonly string[]): boolean {
  for (let i = 1; i < rows.length; i++) if (!(rows[i - 1]! < rows[i]!)) return false;
  return true;
}

/**
 * A row whose first cell is `id` in rows in increasing order (isAscending), by halving; -1 when none.
 * The rows that start with `id` and a tab come right after every row that sorts before that key.
 */
export function rowById(rows: readonly string[], id: string): number {
  const key = `${id}\t`;
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const row = rows[mid]!;
    if (row.startsWith(key)) return mid;
    if (row < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Row number -> object, made once per row and only for rows that are asked for. */
function lazyRows<T>(rows: () => string[], make: (cells: string[], row: number) => T): (i: number) => T {
  const made = new Map<number, T>();
  return (i: number) => {
    let v = made.get(i);
    if (v === undefined) {
      v = make(rows()[i]!.split('\t'), i);
      made.set(i, v);
    }
    return v;
  };
}
