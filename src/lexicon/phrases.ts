import { tokenize, type Token } from '../text/tokenize.js';
import { SortedLines } from './names.js';
import { NUMBER_WORDS, parseNumberWord } from './numbers.js';

/**
 * Matches multi-word phrases and simple patterns against a token stream in one pass: candidates are
 * looked up by their first token, so the cost per token is one Map look-up plus the few phrases that
 * start with that word.
 *
 * Pattern syntax (dictionaries/src/lexicon/*.tsv): words separated by spaces; `{num}` a number or
 * number word; `{poss}` a possessive or article; `{any}` any one word; `{role}` a profession word
 * (as decided by the `isRole` callback); a trailing `*` makes a word a prefix ("overleed*").
 */
/**
 * A compiled pattern is an array of token strings: a lower-case word, `=Word` for a word that must
 * match exactly (case and all), `pre*` for a prefix, or one of the placeholders above.
 * scripts/build-dictionaries.mjs compiles every dictionary phrase with this same function, so the CLI
 * never tokenizes a dictionary at start-up.
 */
export function compilePattern(pattern: string, exact = false): string[] {
  const out: string[] = [];
  for (const piece of pattern.trim().split(/\s+/)) {
    if (piece === '{num}' || piece === '{poss}' || piece === '{any}' || piece === '{role}') out.push(piece);
    else if (piece.endsWith('*') && piece.length > 1) out.push(piece.toLowerCase());
    else for (const t of tokenize(piece)) out.push(exact ? `=${t.text}` : t.lower);
  }
  return out;
}

/**
 * One phrase: its compiled tokens and a reference to its value (an id, a row number, or the value).
 * A phrase that is just its one index key is stored as the bare ref (most place names are).
 */
export type Entry = readonly [slots: readonly string[], ref: unknown] | string | number;

/**
 * A matcher's index as plain data: phrases by their first token, and those that start with a
 * placeholder. The build writes it as JSON, so start-up is one native JSON.parse, no loop over phrases.
 */
export interface CompiledIndex {
  index: Record<string, Entry[]>;
  /**
   * As dist/dict stores it (scripts/build-dictionaries.mjs): every key but the placeholders and prefixes
   * as a sorted line, `key` alone for the bare entry [key], else `key<TAB>` and its entries as JSON.
   * Nothing is parsed at start-up: a key is looked up by binary search, its entries parsed when it matches.
   */
  lines?: string;
}

export interface PhraseMatch<T> { start: number; end: number; first: number; last: number; value: T }

const POSSESSIVES = new Set(['zijn', 'haar', 'hun', 'z', "z'n", 'zn', 'd', "d'r", 'de', 'het', 'een', 'his', 'her', 'their', 'the', 'a', 'an', 'mijn', 'my', 'onze', 'our']);

export interface MatchOptions {
  isRole?: (tokens: readonly Token[], i: number) => number; // returns tokens consumed (0 = no role)
}

/**
 * The index key of a phrase's first token. Placeholders are keys of their own ("{num}" is tried only
 * at numbers, "{poss}" only at possessives) and a prefix is filed under its first three letters
 * ("overl*"), so no phrase is tried at every token. Short prefixes fall back to "{any}".
 */
function firstKey(first: string): string {
  if (first[0] === '{') return first;
  if (first.length > 1 && first.endsWith('*')) return first.length >= 4 ? `${first.slice(0, 3)}*` : '{any}';
  return first[0] === '=' ? first.slice(1).toLowerCase() : first;
}

export class PhraseMatcher<T> {
  private readonly index: Record<string, Entry[]>;
  // Look-ups go through a Map: far faster than a large plain object, and built natively from it.
  private lookup?: Map<string, Entry[]>;
  private readonly resolved = new Map<unknown, T>();
  /** The keys stored as lines (CompiledIndex.lines), and the entries of those looked up so far. */
  private readonly lines?: SortedLines;
  private readonly fromLines = new Map<string, Entry[]>();

  /** From a compiled index whose refs `resolve` turns into values, or empty (then `add` fills it). */
  constructor(compiled?: CompiledIndex, private readonly resolve: (ref: never) => T = (ref) => ref as T) {
    this.index = compiled?.index ?? Object.create(null);
    if (compiled?.lines) this.lines = new SortedLines(compiled.lines, { table: true });
  }

  /** Adds a phrase written as text (tests, small lexicons); dictionaries arrive compiled. */
  add(pattern: string, value: T, exact = false): void {
    this.addCompiled(compilePattern(pattern, exact), value);
  }

  addCompiled(slots: readonly string[], ref: unknown): void {
    if (slots.length === 0) return;
    const key = firstKey(slots[0]!);
    const bare = slots.length === 1 && slots[0] === key && (typeof ref === 'string' || typeof ref === 'number');
    const entry: Entry = bare ? (ref as string | number) : [slots, ref];
    if (Object.hasOwn(this.index, key)) this.index[key]!.push(entry);
    else this.index[key] = [entry];
    this.specialKeys = undefined;
    this.lookup = undefined;
  }

  /**
   * Which kinds of special keys this index has, so a token pays only for look-ups that can match.
   * Prefix phrases (few in any dictionary) are filed by first letter and tested with startsWith:
   * no key string is built per token.
   */
  private specialKeys?: { prefixes: Map<number, Array<[string, Entry[]]>>; any: boolean; role: boolean; poss: boolean; num: boolean };
  private special() {
    if (!this.specialKeys) {
      const prefixes = new Map<number, Array<[string, Entry[]]>>();
      for (const k in this.index) {
        if (k.length === 4 && k.endsWith('*')) {
          const head = k.slice(0, 3);
          const list = prefixes.get(head.charCodeAt(0)) ?? [];
          list.push([head, this.index[k]!]);
          prefixes.set(head.charCodeAt(0), list);
        }
      }
      const has = (k: string) => Object.hasOwn(this.index, k);
      this.specialKeys = { prefixes, any: has('{any}'), role: has('{role}'), poss: has('{poss}'), num: has('{num}') };
    }
    return this.specialKeys;
  }

  // Asked on every findAll: enumerating the keys of a large index each time costs more than the match.
  private isEmpty: boolean | undefined;
  private empty(): boolean {
    this.isEmpty ??= this.lines === undefined && Object.keys(this.index).length === 0;
    return this.isEmpty;
  }

  /** The index as plain data, for the dictionary build (of a matcher that was not read from lines). */
  toJSON(): CompiledIndex {
    return { index: this.index };
  }

  /** The entries stored as a line for this key, parsed on first use. */
  private lined(key: string): Entry[] | undefined {
    let entries = this.fromLines.get(key);
    if (entries === undefined) {
      const stored = this.lines!.get(key);
      if (stored === undefined) return undefined;
      entries = stored === '' ? [key] : (JSON.parse(stored) as Entry[]);
      this.fromLines.set(key, entries);
    }
    return entries;
  }

  private value(ref: unknown): T {
    let v = this.resolved.get(ref);
    if (v === undefined) {
      v = this.resolve(ref as never);
      this.resolved.set(ref, v);
    }
    return v;
  }

  /** Token index after a match of `phrase` starting at token i, or -1. */
  private matchPhrase(slots: readonly string[], tokens: readonly Token[], i: number, opts: MatchOptions): number {
    let j = i;
    for (const slot of slots) {
      const t = tokens[j];
      if (!t) return -1;
      if (slot === '{role}') {
        const n = opts.isRole?.(tokens, j) ?? 0;
        if (n === 0) return -1;
        j += n;
        continue;
      }
      const ok =
        slot === '{num}' ? parseNumberWord(t.lower) !== undefined
        : slot === '{poss}' ? POSSESSIVES.has(t.lower)
        : slot === '{any}' ? t.type === 'word'
        : slot[0] === '=' ? t.text === slot.slice(1)
        : slot.length > 1 && slot.endsWith('*') ? t.type === 'word' && t.lower.startsWith(slot.slice(0, -1))
        : t.lower === slot;
      if (!ok) return -1;
      j++;
    }
    return j;
  }

  // The best match while scanning candidates at one token: fields, not closures, because this runs
  // once per token per dictionary.
  private bestLast = -1;
  private bestRef: unknown;
  private bestPlaceholders = Infinity;

  private scan(list: readonly Entry[] | undefined, tokens: readonly Token[], i: number, opts: MatchOptions): void {
    if (!list) return;
    for (const entry of list) {
      if (typeof entry !== 'object') {
        // A bare entry is the one-token phrase equal to its key, and the key matched.
        if (this.bestLast < i) {
          this.bestLast = i;
          this.bestRef = entry;
          this.bestPlaceholders = 0;
        }
        continue;
      }
      const slots = entry[0];
      const end = this.matchPhrase(slots, tokens, i, opts);
      if (end <= i) continue;
      const last = end - 1;
      // Longest wins; on equal length the phrase with fewer placeholders (more specific) wins.
      if (last > this.bestLast || (last === this.bestLast && placeholders(slots) < this.bestPlaceholders)) {
        this.bestLast = last;
        this.bestRef = entry[1];
        this.bestPlaceholders = placeholders(slots);
      }
    }
  }

  private at(key: string): readonly Entry[] | undefined {
    this.lookup ??= new Map(Object.entries(this.index));
    const own = this.lookup.get(key);
    if (this.lines === undefined) return own;
    const stored = this.lined(key);
    return own && stored ? [...own, ...stored] : own ?? stored;
  }

  // Common first words ("de", "in", "the") open dozens of phrases ("De Bilt", "de enige", "in de
  // krant"). For such a key the phrases are split once more by their second word, built on first use.
  private readonly byNext = new Map<string, { next: Map<string, Entry[]>; rest: Entry[] }>();

  private candidates(key: string, tokens: readonly Token[], i: number): readonly Entry[] | undefined {
    const list = this.at(key);
    if (!list || list.length <= 8) return list;
    let split = this.byNext.get(key);
    if (!split) {
      split = { next: new Map(), rest: [] };
      for (const e of list) {
        const second = typeof e === 'object' ? e[0][1] : undefined;
        if (second && second[0] !== '{' && !(second.length > 1 && second.endsWith('*'))) {
          const k = second[0] === '=' ? second.slice(1).toLowerCase() : second;
          const l = split.next.get(k);
          if (l) l.push(e);
          else split.next.set(k, [e]);
        } else split.rest.push(e);
      }
      this.byNext.set(key, split);
    }
    const following = split.next.get(tokens[i + 1]?.lower ?? '');
    if (!following) return split.rest;
    return split.rest.length ? [...split.rest, ...following] : following;
  }

  /** The longest phrase starting at token i, if any. */
  longestAt(tokens: readonly Token[], i: number, opts: MatchOptions = {}): PhraseMatch<T> | undefined {
    const t = tokens[i];
    if (!t) return undefined;
    this.bestLast = -1;
    this.bestRef = undefined;
    this.bestPlaceholders = Infinity;
    const special = this.special();
    this.scan(this.candidates(t.lower, tokens, i), tokens, i, opts);
    if (t.type === 'word') {
      if (special.prefixes.size && t.lower.length >= 3) {
        const heads = special.prefixes.get(t.lower.charCodeAt(0));
        if (heads) for (const [head, list] of heads) if (t.lower.startsWith(head)) this.scan(list, tokens, i, opts);
      }
      if (special.any) this.scan(this.at('{any}'), tokens, i, opts);
      if (special.role) this.scan(this.at('{role}'), tokens, i, opts);
      if (special.poss && POSSESSIVES.has(t.lower)) this.scan(this.candidates('{poss}', tokens, i), tokens, i, opts);
    }
    if (special.num && (t.type === 'number' || isNumberWord(t.lower))) this.scan(this.candidates('{num}', tokens, i), tokens, i, opts);
    if (this.bestLast < i) return undefined;
    const last = this.bestLast;
    return { start: t.start, end: tokens[last]!.end, first: i, last, value: this.value(this.bestRef) };
  }

  /**
   * The value of a one-word phrase that is exactly this lower-case word ("werkster"), without tokenizing:
   * a map look-up, for testing the heads of compounds.
   */
  word(w: string): T | undefined {
    const list = this.at(w);
    if (!list) return undefined;
    for (const e of list) {
      if (typeof e === 'string' || typeof e === 'number') return this.value(e);
      if (e[0].length === 1 && e[0][0] === w) return this.value(e[1]);
    }
    return undefined;
  }

  /** Leftmost-longest, non-overlapping matches over the whole token stream. */
  findAll(tokens: readonly Token[], opts: MatchOptions = {}): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    if (this.empty()) return out;
    this.lookup ??= new Map(Object.entries(this.index));
    const lookup = this.lookup;
    const lines = this.lines;
    const { prefixes, any, role, poss, num } = this.special();
    const wordSpecial = any || role;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // Fast path: most tokens open no phrase at all.
      if (
        !lookup.has(t.lower) &&
        !(lines !== undefined && lines.has(t.lower)) &&
        !(t.type === 'word' && (wordSpecial || (poss && POSSESSIVES.has(t.lower)) || (prefixes.size > 0 && prefixes.has(t.lower.charCodeAt(0))))) &&
        !(num && (t.type === 'number' || isNumberWord(t.lower)))
      ) {
        continue;
      }
      const m = this.longestAt(tokens, i, opts);
      if (m) {
        out.push(m);
        i = m.last;
      }
    }
    return out;
  }
}

const placeholders = (slots: readonly string[]): number => slots.filter((s) => s[0] === '{').length;

// Cheap tests first: a number word is listed or a Dutch compound ending in -tig ("eenentwintig").
const isNumberWord = (w: string): boolean => NUMBER_WORDS.has(w) || (w.length > 8 && w.endsWith('tig') && parseNumberWord(w) !== undefined);

/** Does this text, as a whole, name a concept of the matcher ("anorexia", "MS", "bakker")? */
export function wholly<T>(matcher: PhraseMatcher<T>, text: string): T | undefined {
  const toks = tokenize(text);
  if (toks.length === 0 || toks.length > 4) return undefined;
  const m = matcher.longestAt(toks, 0);
  return m && m.last === toks.length - 1 ? m.value : undefined;
}
