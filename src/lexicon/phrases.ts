import { tokenize, type Token } from '../text/tokenize.js';
import { parseNumberWord } from './numbers.js';

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
  wild: Entry[];
}

export interface PhraseMatch<T> { start: number; end: number; first: number; last: number; value: T }

const POSSESSIVES = new Set(['zijn', 'haar', 'hun', 'z', "z'n", 'zn', 'd', "d'r", 'de', 'het', 'een', 'his', 'her', 'their', 'the', 'a', 'an', 'mijn', 'my', 'onze', 'our']);

export interface MatchOptions {
  isRole?: (tokens: readonly Token[], i: number) => number; // returns tokens consumed (0 = no role)
}

/** The look-up key of a phrase's first token, or undefined when it starts with a placeholder or prefix. */
function firstKey(first: string): string | undefined {
  if (first[0] === '{' || (first.endsWith('*') && first.length > 1)) return undefined;
  return first[0] === '=' ? first.slice(1).toLowerCase() : first;
}

export class PhraseMatcher<T> {
  private readonly index: Record<string, Entry[]>;
  private readonly wild: Entry[];
  private readonly resolved = new Map<unknown, T>();

  /** From a compiled index whose refs `resolve` turns into values, or empty (then `add` fills it). */
  constructor(compiled?: CompiledIndex, private readonly resolve: (ref: never) => T = (ref) => ref as T) {
    this.index = compiled?.index ?? Object.create(null);
    this.wild = compiled?.wild ?? [];
  }

  get count(): number {
    let n = this.wild.length;
    for (const k in this.index) n += this.index[k]!.length;
    return n;
  }

  /** Adds a phrase written as text (tests, small lexicons); dictionaries arrive compiled. */
  add(pattern: string, value: T, exact = false): void {
    this.addCompiled(compilePattern(pattern, exact), value);
  }

  addCompiled(slots: readonly string[], ref: unknown): void {
    if (slots.length === 0) return;
    const key = firstKey(slots[0]!);
    const bare = key !== undefined && slots.length === 1 && slots[0] === key && (typeof ref === 'string' || typeof ref === 'number');
    const entry: Entry = bare ? (ref as string | number) : [slots, ref];
    if (key === undefined) this.wild.push(entry);
    else if (Object.hasOwn(this.index, key)) this.index[key]!.push(entry);
    else this.index[key] = [entry];
  }

  private empty(): boolean {
    if (this.wild.length) return false;
    for (const _ in this.index) return false;
    return true;
  }

  /** The index as plain data, for the dictionary build. */
  toJSON(): CompiledIndex {
    return { index: this.index, wild: this.wild };
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

  /** The longest phrase starting at token i, if any. */
  longestAt(tokens: readonly Token[], i: number, opts: MatchOptions = {}): PhraseMatch<T> | undefined {
    const t = tokens[i];
    if (!t) return undefined;
    let best: PhraseMatch<T> | undefined;
    let bestRef: unknown;
    const consider = (list: readonly Entry[] | undefined) => {
      if (!list) return;
      for (const entry of list) {
        const [slots, ref] = typeof entry === 'object' ? entry : [[t.lower], entry];
        const end = typeof entry === 'object' ? this.matchPhrase(slots, tokens, i, opts) : i + 1;
        // Longest wins; on equal length the phrase with fewer placeholders (more specific) wins.
        if (end > i && (!best || end - 1 > best.last || (end - 1 === best.last && placeholders(slots) < bestPlaceholders))) {
          best = { start: t.start, end: tokens[end - 1]!.end, first: i, last: end - 1, value: undefined as T };
          bestRef = ref;
          bestPlaceholders = placeholders(slots);
        }
      }
    };
    let bestPlaceholders = Infinity;
    consider(Object.hasOwn(this.index, t.lower) ? this.index[t.lower] : undefined);
    if (this.wild.length) consider(this.wild);
    if (best) (best as PhraseMatch<T>).value = this.value(bestRef);
    return best;
  }

  /** Leftmost-longest, non-overlapping matches over the whole token stream. */
  findAll(tokens: readonly Token[], opts: MatchOptions = {}): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    if (this.empty()) return out;
    for (let i = 0; i < tokens.length; i++) {
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
