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
  /** With lines: does any phrase have a `{role}` slot (PhraseMatcher's usesRoles)? Absent: assume so. */
  roles?: boolean;
  /** With lines: the last three letters of every key that is a one-word phrase (PhraseMatcher's mayEndWord). */
  tails?: string[];
}

export interface PhraseMatch<T> { start: number; end: number; first: number; last: number; value: T }

const POSSESSIVES = new Set(['zijn', 'haar', 'hun', 'z', "z'n", 'zn', 'd', "d'r", 'de', 'het', 'een', 'his', 'her', 'their', 'the', 'a', 'an', 'mijn', 'my', 'onze', 'our']);

/**
 * The tokens of the text being checked (set by checkText around its rules). Every matcher remembers its
 * longest match at each token of this one array: the rules ask the same matchers at the same tokens again
 * and again (a profession after every article, through `{role}`), and each answer is computed once per text.
 * Other token arrays (a rule's own few tokens) are matched as they come.
 */
let scopeTokens: readonly Token[] | undefined;
let scopeGeneration = 0;

/** Declares the token array the rules are about to read (undefined when done: the memos may go). */
export function setPhraseScope(tokens: readonly Token[] | undefined): void {
  scopeTokens = tokens;
  scopeGeneration++;
  scopeIds = undefined;
}

/**
 * One vocabulary for every matcher: the first words of all their phrases, each with a word number, and
 * per word number a bit for each matcher whose phrases start with that word. The tokens of the scope are
 * looked up in it once per text (one Map look-up per token, whatever the number of dictionaries), and a
 * matcher's scan over the text tests its bit instead of looking every token up in its own index.
 * Matchers join on first use, so a dictionary that is never read adds nothing.
 */
const vocabulary = new Map<string, number>();
let keyBits = new Int32Array(4096);
let vocabularyVersion = 0;
let nextBit = 0;
const MAX_BITS = 31;
const JOIN_LINES_AFTER = 4000;

function joinVocabulary(word: string, bit: number): void {
  let id = vocabulary.get(word);
  if (id === undefined) {
    id = vocabulary.size;
    vocabulary.set(word, id);
    if (id >= keyBits.length) {
      const grown = new Int32Array(keyBits.length * 2);
      grown.set(keyBits);
      keyBits = grown;
    }
  }
  if ((keyBits[id]! & bit) === 0) {
    keyBits[id] = keyBits[id]! | bit;
    vocabularyVersion++;
  }
}

// The word numbers of the scope's tokens (-1: the first word of no phrase), made on the first scan.
let scopeIds: Int32Array | undefined;
let scopeIdsVersion = -1;

function idsOf(tokens: readonly Token[]): Int32Array | undefined {
  if (tokens !== scopeTokens) return undefined;
  if (scopeIds === undefined || scopeIds.length !== tokens.length) {
    scopeIds = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) scopeIds[i] = vocabulary.get(tokens[i]!.lower) ?? -1;
  } else if (scopeIdsVersion !== vocabularyVersion) {
    // A matcher joined since (its first use in this text): the words unknown so far may be known now.
    for (let i = 0; i < tokens.length; i++) if (scopeIds[i] === -1) scopeIds[i] = vocabulary.get(tokens[i]!.lower) ?? -1;
  }
  scopeIdsVersion = vocabularyVersion;
  return scopeIds;
}

// A memo's slot per token: 0 not asked yet, 1 no match, k + 2 a match ending at token k.
const UNKNOWN = 0;
const NO_MATCH = 1;

interface Memo<T> {
  generation: number;
  isRole: MatchOptions['isRole'];
  last: Int32Array;
  matches: Map<number, PhraseMatch<T>>;
}

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

  /** What the build found out about the phrases in lines (CompiledIndex.roles, .tails). */
  private readonly stored: Pick<CompiledIndex, 'roles' | 'tails'>;

  /** From a compiled index whose refs `resolve` turns into values, or empty (then `add` fills it). */
  constructor(compiled?: CompiledIndex, private readonly resolve: (ref: never) => T = (ref) => ref as T) {
    this.index = compiled?.index ?? Object.create(null);
    this.stored = { ...(compiled?.roles !== undefined ? { roles: compiled.roles } : {}), ...(compiled?.tails ? { tails: compiled.tails } : {}) };
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
    this.isEmpty = undefined;
    this.tails = undefined;
    if (this.bit > 0) joinVocabulary(key, this.bit);
  }

  // This matcher's bit in the shared vocabulary: 0 before its first scan, -1 when the bits ran out
  // (it then looks tokens up in its own index).
  private bit = 0;
  // A matcher read from lines joins only once it has scanned this many tokens: joining reads every key,
  // which a short text (a post, a commit) does not repay; until then its tokens are looked up in the lines.
  private scanned = 0;
  private joined(tokens: number): number {
    if (this.bit === 0) {
      if (this.lines !== undefined && (this.scanned += tokens) < JOIN_LINES_AFTER) return 0;
      if (nextBit >= MAX_BITS) this.bit = -1;
      else {
        this.bit = 1 << nextBit++;
        for (const k in this.index) if (k[0] !== '{' && !(k.length === 4 && k.endsWith('*'))) joinVocabulary(k, this.bit);
        this.lines?.forEachKey((k) => joinVocabulary(k, this.bit));
      }
    }
    return this.bit;
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
        : slot[0] === '=' ? t.text.length === slot.length - 1 && slot.endsWith(t.text)
        : slot.length > 1 && slot.endsWith('*') ? t.type === 'word' && opensWith(t.lower, slot)
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
  // `plain` is `rest` less the phrases whose second slot is `{role}` ("{poss} {role} 's daughter"), in the
  // same order: when no role follows, those cannot match, and none is tried.
  private readonly byNext = new Map<string, { next: Map<string, Entry[]>; rest: Entry[]; plain: Entry[] }>();

  private candidates(key: string, tokens: readonly Token[], i: number, opts: MatchOptions): readonly Entry[] | undefined {
    const list = this.at(key);
    if (!list || list.length <= 8) return list;
    let split = this.byNext.get(key);
    if (!split) {
      split = { next: new Map(), rest: [], plain: [] };
      for (const e of list) {
        const second = typeof e === 'object' ? e[0][1] : undefined;
        if (second && second[0] !== '{' && !(second.length > 1 && second.endsWith('*'))) {
          const k = second[0] === '=' ? second.slice(1).toLowerCase() : second;
          const l = split.next.get(k);
          if (l) l.push(e);
          else split.next.set(k, [e]);
        } else {
          split.rest.push(e);
          // (Only where the first slot is one token, so the role would start right after it.)
          if (!(second === '{role}' && key !== '{role}' && key !== '{any}')) split.plain.push(e);
        }
      }
      this.byNext.set(key, split);
    }
    const rest = split.plain.length < split.rest.length && (opts.isRole?.(tokens, i + 1) ?? 0) === 0 ? split.plain : split.rest;
    const following = split.next.get(tokens[i + 1]?.lower ?? '');
    if (!following) return rest;
    return rest.length ? [...rest, ...following] : following;
  }

  private memo: Memo<T> | undefined;
  // Does any phrase have a `{role}` slot? Only then does a match depend on `isRole`.
  private roles: boolean | undefined;
  private usesRoles(): boolean {
    if (this.roles === undefined && this.lines !== undefined) this.roles = this.stored.roles ?? true;
    if (this.roles === undefined) {
      this.roles = false;
      for (const k in this.index) {
        for (const e of this.index[k]!) if (typeof e === 'object' && e[0].includes('{role}')) this.roles = true;
        if (this.roles) break;
      }
    }
    return this.roles;
  }

  /** The memo for this token array, or undefined when its matches are not remembered. */
  private memoFor(tokens: readonly Token[], opts: MatchOptions): Memo<T> | undefined {
    if (tokens !== scopeTokens) return undefined;
    const isRole = opts.isRole !== undefined && this.usesRoles() ? opts.isRole : undefined;
    let memo = this.memo;
    if (memo && memo.generation === scopeGeneration) return memo.isRole === isRole ? memo : undefined;
    if (memo && memo.last.length >= tokens.length) memo.last.fill(UNKNOWN, 0, tokens.length);
    else memo = { generation: 0, isRole, last: new Int32Array(tokens.length), matches: new Map() };
    memo.generation = scopeGeneration;
    memo.isRole = isRole;
    memo.matches.clear();
    this.memo = memo;
    return memo;
  }

  /** The longest phrase starting at token i, if any. */
  longestAt(tokens: readonly Token[], i: number, opts: MatchOptions = {}): PhraseMatch<T> | undefined {
    const memo = this.memoFor(tokens, opts);
    if (!memo) return this.compute(tokens, i, opts);
    const slot = memo.last[i];
    if (slot === NO_MATCH) return undefined;
    if (slot !== UNKNOWN && slot !== undefined) return memo.matches.get(i);
    const m = this.compute(tokens, i, opts);
    if (i >= 0 && i < tokens.length) {
      memo.last[i] = m ? m.last + 2 : NO_MATCH;
      if (m) memo.matches.set(i, m);
    }
    return m;
  }

  private compute(tokens: readonly Token[], i: number, opts: MatchOptions): PhraseMatch<T> | undefined {
    const t = tokens[i];
    if (!t) return undefined;
    this.bestLast = -1;
    this.bestRef = undefined;
    this.bestPlaceholders = Infinity;
    const special = this.special();
    this.scan(this.candidates(t.lower, tokens, i, opts), tokens, i, opts);
    if (t.type === 'word') {
      if (special.prefixes.size && t.lower.length >= 3) {
        const heads = special.prefixes.get(t.lower.charCodeAt(0));
        if (heads) for (const [head, list] of heads) if (t.lower.startsWith(head)) this.scan(list, tokens, i, opts);
      }
      if (special.any) this.scan(this.at('{any}'), tokens, i, opts);
      if (special.role) this.scan(this.at('{role}'), tokens, i, opts);
      if (special.poss && POSSESSIVES.has(t.lower)) this.scan(this.candidates('{poss}', tokens, i, opts), tokens, i, opts);
    }
    if (special.num && (t.type === 'number' || isNumberWord(t.lower))) this.scan(this.candidates('{num}', tokens, i, opts), tokens, i, opts);
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

  // The last three letters of every one-word phrase, for `mayEndWord`.
  private tails?: Set<string>;

  /**
   * Could a one-word phrase of this matcher end this lower-case word (is it or one of its endings a
   * `word`)? False when no such phrase ends in the word's last three letters: a word is then tested
   * against no ending at all.
   */
  mayEndWord(w: string): boolean {
    if (!this.tails && this.lines !== undefined) this.tails = new Set(this.stored.tails ?? []);
    if (!this.tails) {
      this.tails = new Set();
      for (const k in this.index) {
        for (const e of this.index[k]!) {
          if (typeof e === 'string' || typeof e === 'number') this.tails.add(k.slice(-3));
          else if (e[0].length === 1 && e[0][0] === k) this.tails.add(k.slice(-3));
        }
      }
    }
    return w.length < 3 || this.tails.has(w.slice(-3));
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
    const bit = this.joined(tokens.length);
    const ids = bit > 0 ? idsOf(tokens) : undefined;
    const bits = keyBits;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // Fast path: most tokens open no phrase at all.
      const id = ids ? ids[i]! : -2;
      if (
        !(id === -2 ? lookup.has(t.lower) || (lines !== undefined && lines.has(t.lower)) : id >= 0 && (bits[id]! & bit) !== 0) &&
        !(t.type === 'word' && (wordSpecial || (poss && POSSESSIVES.has(t.lower)) || (prefixes.size > 0 && opensPrefix(prefixes, t.lower)))) &&
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

/** Does the word start with one of the prefix heads (the first three letters of a `pre*` phrase)? */
function opensPrefix(prefixes: ReadonlyMap<number, ReadonlyArray<[string, Entry[]]>>, lower: string): boolean {
  if (lower.length < 3) return false;
  const heads = prefixes.get(lower.charCodeAt(0));
  if (heads) for (const [head] of heads) if (lower.startsWith(head)) return true;
  return false;
}

const placeholders = (slots: readonly string[]): number => {
  let n = 0;
  for (const s of slots) if (s[0] === '{') n++;
  return n;
};

/** Does the word start with the prefix of a `pre*` slot (the slot less its star)? No copy of the prefix. */
function opensWith(word: string, slot: string): boolean {
  const n = slot.length - 1;
  if (word.length < n) return false;
  for (let k = 0; k < n; k++) if (word.charCodeAt(k) !== slot.charCodeAt(k)) return false;
  return true;
}

// Cheap tests first: a number word is listed or a Dutch compound ending in -tig ("eenentwintig").
const isNumberWord = (w: string): boolean => NUMBER_WORDS.has(w) || (w.length > 8 && w.endsWith('tig') && parseNumberWord(w) !== undefined);

/** Does this text, as a whole, name a concept of the matcher ("anorexia", "MS", "bakker")? */
export function wholly<T>(matcher: PhraseMatcher<T>, text: string): T | undefined {
  const toks = tokenize(text);
  if (toks.length === 0 || toks.length > 4) return undefined;
  const m = matcher.longestAt(toks, 0);
  return m && m.last === toks.length - 1 ? m.value : undefined;
}
