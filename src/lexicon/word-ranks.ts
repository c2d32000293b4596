import type { Lang } from '../core/types.js';

/**
 * How common a word is in the language: its frequency rank in the ranked word lists of zxcvbn-ts
 * (subtitles and Wikipedia; 1 = most common), and, for Dutch, whether OpenTaal makes it a noun and
 * gives it a diminutive.
 * The table stores lemmas and the forms the lists rank; plurals, diminutives and Dutch compounds are
 * derived here, so that the table stays small (scripts/import/word-ranks.mjs, dictionaries/SOURCES.md).
 */

/** The rank of a word past the lists that the spelling dictionary knows: rarer than every ranked word. */
export const PAST_LISTS_RANK = 50_000;

export interface WordInfo {
  /** Frequency rank, 1 = most common; PAST_LISTS_RANK for a known word past the lists. */
  rank: number;
  /** A noun (or a word past the lists without inflection) by OpenTaal; English words are not classed (always false). */
  noun: boolean;
  /** A noun with a diminutive in OpenTaal ("hondje", "doedelzakje"): a countable thing, not an abstraction or a plan. */
  countable: boolean;
  /** Recognized as a compound of two known words (Dutch). */
  compound: boolean;
  /** A compound's head: its rank ("zorg+plan": the rank of "plan"). */
  headRank?: number;
}

/** A row of the table: "rank<TAB>class" after the word (rank blank past the lists; class d, n or o). */
export type RowLookup = (word: string) => string | undefined;

interface Row {
  rank: number;
  cls: string;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const isConsonant = (c: string | undefined) => c !== undefined && /[a-z]/.test(c) && !VOWELS.has(c) && c !== 'y';

/** Lemmas a Dutch noun form may come from (plural, diminutive), most likely first. */
export function dutchLemmas(w: string): string[] {
  const out: string[] = [];
  const n = w.length;
  if (w.endsWith("'s")) out.push(w.slice(0, -2));
  // Diminutives: -etje(s) (balletje), -tje(s), -pje(s), -je(s).
  const dim = /^(.*?)(e?)[tp]?jes?$/.exec(w);
  if (dim && n > 5) {
    const base = dim[1]!;
    const e = dim[2]!;
    if (e && base.length >= 2 && base[base.length - 1] === base[base.length - 2]) out.push(base.slice(0, -1));
    out.push(base + e, base);
  }
  if (w.endsWith('eren') && n > 6) out.push(w.slice(0, -4)); // kinderen, eieren
  if (w.endsWith('ën')) out.push(w.slice(0, -2)); // knieën, ideeën -> knie, idee
  if (w.endsWith('en') && n > 4) {
    const base = w.slice(0, -2);
    const last = base[base.length - 1];
    const before = base[base.length - 2];
    if (last === before && isConsonant(last)) out.push(base.slice(0, -1)); // kippen, doedelzakken
    if (isConsonant(last) && before !== undefined && VOWELS.has(before) && !VOWELS.has(base[base.length - 3] ?? '')) {
      // schapen -> schaap, bomen -> boom; wolven -> wolf, huizen -> huis
      const lengthened = base.slice(0, -1) + before + last;
      out.push(lengthened);
      if (last === 'v' || last === 'z') out.push(lengthened.slice(0, -1) + (last === 'v' ? 'f' : 's'));
    }
    if (last === 'v' || last === 'z') out.push(base.slice(0, -1) + (last === 'v' ? 'f' : 's'));
    out.push(base);
  }
  if (w.endsWith('s') && !w.endsWith("'s") && n > 3) out.push(w.slice(0, -1));
  return out;
}

/** Lemmas an English plural may come from. */
export function englishLemmas(w: string): string[] {
  const out: string[] = [];
  if (w.endsWith('ies') && w.length > 4) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ves') && w.length > 4) out.push(`${w.slice(0, -3)}f`, `${w.slice(0, -3)}fe`);
  if (w.endsWith('men') && w.length > 4) out.push(`${w.slice(0, -3)}man`);
  if (w.endsWith('es') && w.length > 4) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) out.push(w.slice(0, -1));
  return out;
}

// Linking elements between the parts of a Dutch compound (hunspell's Cd/Ch/Ce flags): "schaap-s-kooi",
// "kind-er-opvang" is not handled; a hyphen is a token of its own and never reaches here.
const LINKS = ['s', 'e', 'en'];
const MIN_PART = 3;

export class WordRanks {
  private readonly cache = new Map<string, WordInfo | null>();

  constructor(
    private readonly lang: Lang,
    private readonly lookupRow: RowLookup,
  ) {}

  private row(w: string): Row | undefined {
    const v = this.lookupRow(w);
    if (v === undefined) return undefined;
    const tab = v.indexOf('\t');
    const rank = tab === -1 ? v : v.slice(0, tab);
    // English rows carry no class: any English word may be a noun.
    const cls = this.lang === 'en' ? 'n' : tab === -1 ? '' : v.slice(tab + 1);
    return { rank: rank === '' ? PAST_LISTS_RANK : Number(rank), cls };
  }

  /** The word itself or, for a noun form, its lemma: the better rank of the two. */
  private simple(w: string): WordInfo | undefined {
    const nl = this.lang === 'nl';
    const own = this.row(w);
    let best: WordInfo | undefined = own ? { rank: own.rank, noun: nl && own.cls !== 'o', countable: nl && own.cls === 'd', compound: false } : undefined;
    for (const lemma of nl ? dutchLemmas(w) : englishLemmas(w)) {
      const r = this.row(lemma);
      if (!r || (nl && r.cls === 'o')) continue;
      // A ranked form of a rare lemma keeps its own rank; a rare form of a common lemma takes the lemma's.
      const rank = Math.min(best?.rank ?? Infinity, r.rank);
      best = { rank, noun: nl, countable: nl && (r.cls === 'd' || !!best?.countable), compound: false };
      break;
    }
    return best;
  }

  /**
   * A Dutch compound: a noun head of at least three letters after a known word (optionally with a
   * linking s, e or en): "hangbuik+zwijn", "zaal+voetbal". The lists rank it nowhere, so it is a
   * known word past the lists, like any unlisted lemma of OpenTaal. The longest head is tried first.
   */
  private compound(w: string, depth: number): WordInfo | undefined {
    if (this.lang !== 'nl' || w.length < 2 * MIN_PART || depth > 1) return undefined;
    for (let i = MIN_PART; i <= w.length - MIN_PART; i++) {
      const head = this.simple(w.slice(i));
      if (!head?.noun) continue;
      const mod = w.slice(0, i);
      const parts = [mod, ...LINKS.filter((l) => mod.endsWith(l) && mod.length - l.length >= MIN_PART).map((l) => mod.slice(0, -l.length))];
      for (const m of parts) {
        const r = this.row(m);
        if ((r && r.cls !== '') || this.simple(m)?.noun || this.compound(m, depth + 1)) {
          return { rank: PAST_LISTS_RANK, noun: true, countable: head.countable, compound: true, headRank: head.rank };
        }
      }
    }
    return undefined;
  }

  /** What the table says about a lower-case word, or undefined when it is not a known word of the language. */
  lookup(word: string): WordInfo | undefined {
    let v = this.cache.get(word);
    if (v === undefined) {
      v = this.simple(word) ?? this.compound(word, 0) ?? null;
      if (this.cache.size > 5000) this.cache.clear();
      this.cache.set(word, v);
    }
    return v ?? undefined;
  }

  /** The word as a compound of known words, for the import script: it leaves such lemmas out of the table. */
  asCompound(word: string): WordInfo | undefined {
    return this.compound(word, 0);
  }
}
