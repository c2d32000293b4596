import type { Figure, Lang } from '../core/types.js';
import type { CompiledLexicon, PatternRow, Section } from './compiled.js';
import { EMPTY_LEXICON } from './compiled.js';

/** Reads one section of the compiled dictionaries; called at most once per section. */
export type SectionLoader = (section: Section) => Partial<CompiledLexicon>;
import { PhraseMatcher } from './phrases.js';
import { SECTIONS } from './compiled.js';

const SECTION_OF = Object.fromEntries(
  Object.entries(SECTIONS).flatMap(([section, keys]) => keys.map((k) => [k, section])),
) as Partial<Record<keyof CompiledLexicon, Section>>;

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

function memo<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

const patternMatcher = (rows: () => readonly PatternRow[]) =>
  memo(() => {
    const m = new PhraseMatcher<Cue>();
    for (const [pattern, lang, low, central, high, labelNl, labelEn, source] of rows()) {
      m.add(pattern, { lang: lang as Lang, figure: { low, central, high, source }, label: { nl: labelNl, en: labelEn } });
    }
    return m;
  });

/**
 * The dictionaries as the detectors use them. Every structure is built on first use, so a text that
 * never reaches, say, the institution detector never pays for its index.
 */
export class Lexicon {
  private readonly loaded = new Map<Section, Partial<CompiledLexicon>>();
  private readonly loader: SectionLoader;

  /** From data in memory (tests, embedding) or from a loader that reads sections on first use. */
  constructor(source: Partial<CompiledLexicon> | SectionLoader = EMPTY_LEXICON) {
    this.loader = typeof source === 'function' ? source : () => source;
  }

  private get data(): CompiledLexicon {
    // Each field access below goes through `section`, so only the sections a text needs are read.
    return new Proxy({} as CompiledLexicon, {
      get: (_, key: string) => {
        const section = SECTION_OF[key as keyof CompiledLexicon];
        if (!section) return undefined;
        let data = this.loaded.get(section);
        if (!data) {
          data = this.loader(section);
          this.loaded.set(section, data);
        }
        return (data as Record<string, unknown>)[key] ?? (EMPTY_LEXICON as unknown as Record<string, unknown>)[key];
      },
    });
  }

  readonly places = memo(() => {
    const byId = new Map<string, Place>();
    const matcher = new PhraseMatcher<Place[]>();
    const byName = new Map<string, Place[]>();
    for (const [id, name, type, population, parent, country, aliases, flags] of this.data.places) {
      const place: Place = { id, name, type, population, parent, country, isWord: flags.includes('word') };
      byId.set(id, place);
      for (const n of [name, ...aliases]) {
        const key = n.toLowerCase();
        const list = byName.get(key);
        if (list) list.push(place);
        else byName.set(key, [place]);
      }
    }
    for (const [key, list] of byName) matcher.add(key, list);
    return { byId, matcher, byName };
  });

  readonly names = memo(() => ({
    first: new Map(Object.entries(this.data.firstNames)),
    surnames: new Set(this.data.surnames),
    ambiguous: new Set(this.data.ambiguous),
  }));

  readonly conditions = memo(() => {
    const byId = new Map<string, Concept>();
    for (const [id, [nl, en, low, central, high, parent, source]] of Object.entries(this.data.conditions)) {
      byId.set(id, { id, nl, en, figure: { low, central, high, source }, parent });
    }
    const matcher = new PhraseMatcher<Concept>();
    for (const [term, , id, exact] of this.data.conditionTerms) {
      const c = byId.get(id);
      if (c) matcher.add(term, c, exact);
    }
    return { byId, matcher };
  });

  readonly professions = memo(() => {
    const byId = new Map<string, Profession>();
    for (const [id, [nl, en, low, central, high, parent, uniquePerPlace, source]] of Object.entries(this.data.professions)) {
      byId.set(id, { id, nl, en, figure: { low, central, high, source }, parent, uniquePerPlace });
    }
    const matcher = new PhraseMatcher<Profession>();
    for (const [term, , id, exact] of this.data.professionTerms) {
      const p = byId.get(id);
      if (p) matcher.add(term, p, exact);
    }
    return { byId, matcher };
  });

  readonly nationalities = memo(() => {
    const byId = new Map<string, Nationality>();
    for (const [id, [nl, en, nlShare, beShare, gbShare, usShare, source]] of Object.entries(this.data.nationalities)) {
      byId.set(id, { id, nl, en, shares: { NL: nlShare, BE: beShare, GB: gbShare, US: usShare }, source });
    }
    const matcher = new PhraseMatcher<Nationality>();
    for (const [term, , id, exact] of this.data.nationalityTerms) {
      const n = byId.get(id);
      if (n) matcher.add(term, n, exact);
    }
    return { byId, matcher };
  });

  readonly family = patternMatcher(() => this.data.family);
  readonly events = patternMatcher(() => this.data.events);
  readonly unusual = patternMatcher(() => this.data.unusual);

  readonly institutions = memo(() => {
    const matcher = new PhraseMatcher<Institution>();
    for (const [name, type, place, country, aliases, size, source] of this.data.institutions) {
      const inst = { name, type, place, country, size, source };
      for (const n of [name, ...aliases]) matcher.add(n, inst);
    }
    const heads = new Map<string, string>();
    for (const [head, , type] of this.data.institutionHeads) heads.set(head.toLowerCase(), type);
    return { matcher, heads };
  });
}
