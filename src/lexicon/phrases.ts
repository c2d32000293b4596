import { tokenize, type Token } from '../text/tokenize.js';
import { SortedLines } from './names.js';
import { NUMBER_WORDS, parseNumberWord } from './numbers.js';
import { wordEpoch, wordNumbers } from '../text/words.js';

/**
 * Matches multi-word phrases and simple patterns against a token stream in one pass. Every matcher's
 * first words share one vocabulary, looked up once per token per text into a mask of the matchers that
 * could match there (a token no phrase opens costs a bit test); where one could, its phrases of that
 * first word are walked as a token trie, so phrases sharing words are tried together.
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
  scopeMask = undefined;
  scopeKeys = undefined;
}

/**
 * One vocabulary for every matcher: the first words of all their phrases, each with a word number, and
 * per word number a bit for each matcher whose phrases start with that word; besides, per matcher bit,
 * whether its phrases may start at any word ({any}, {role}, a short prefix), at a possessive, at a number,
 * or at a word opening one of its prefixes. The tokens of the scope are looked up once per text (one Map
 * look-up per token, whatever the number of dictionaries) into one mask per token: the matchers that could
 * match there. A matcher's scan over the text, and every question at a token where it cannot match, tests
 * its bit and nothing else. Matchers join on first use, so a dictionary that is never read adds nothing.
 */
const vocabulary = new Map<string, number>();
let keyBits = new Int32Array(4096);
// Per word number: 1 a possessive, 2 a number word (listed in NUMBER_WORDS).
let keyClass = new Uint8Array(4096);
let vocabularyVersion = 0;
let nextBit = 0;
const MAX_BITS = 31;
const JOIN_LINES_AFTER = 4000;
const CLASS_POSS = 1;
const CLASS_NUM = 2;
// The matchers whose phrases may start at any word, at a possessive, at a number.
let wordMask = 0;
let possMask = 0;
let numMask = 0;
// Prefix heads (the first three letters of a `pre*` first slot) by their first letter, with their matchers' bits.
const prefixHeads = new Map<number, Array<[head: string, bits: number]>>();

function wordId(word: string): number {
  let id = vocabulary.get(word);
  if (id === undefined) {
    id = vocabulary.size;
    vocabulary.set(word, id);
    if (id >= keyBits.length) {
      const grown = new Int32Array(keyBits.length * 2);
      grown.set(keyBits);
      keyBits = grown;
      const classes = new Uint8Array(keyClass.length * 2);
      classes.set(keyClass);
      keyClass = classes;
    }
  }
  return id;
}
for (const w of POSSESSIVES) keyClass[wordId(w)] = CLASS_POSS;
for (const w of NUMBER_WORDS.keys()) {
  const id = wordId(w);
  keyClass[id] = keyClass[id]! | CLASS_NUM;
}

/** Files one index key of a matcher under its bit. */
function joinKey(key: string, bit: number): void {
  const before = wordMask | possMask | numMask;
  if (key === '{any}' || key === '{role}') wordMask |= bit;
  else if (key === '{poss}') possMask |= bit;
  else if (key === '{num}') numMask |= bit;
  else if (key.length === 4 && key.endsWith('*')) {
    const head = key.slice(0, 3);
    let heads = prefixHeads.get(head.charCodeAt(0));
    if (!heads) prefixHeads.set(head.charCodeAt(0), (heads = []));
    const found = heads.find(([h]) => h === head);
    if (found && (found[1] & bit) !== 0) return;
    if (found) found[1] |= bit;
    else heads.push([head, bit]);
    vocabularyVersion++;
    return;
  } else {
    joinWord(key, bit);
    return;
  }
  if ((wordMask | possMask | numMask) !== before) vocabularyVersion++;
}

/** Is this word the first word of a phrase of the matcher with this bit (one that has joined)? */
function opensAny(word: string, bit: number): boolean {
  const id = vocabulary.get(word);
  return id !== undefined && (keyBits[id]! & bit) !== 0;
}

/** Files a first word of a matcher's phrases under its bit (a key read from lines is always a word). */
function joinWord(word: string, bit: number): void {
  const id = wordId(word);
  if ((keyBits[id]! & bit) === 0) {
    keyBits[id] = keyBits[id]! | bit;
    vocabularyVersion++;
  }
}

// Per token of the scope, the bits of the matchers that could match there, made on the first question;
// and the bits of those whose phrases start with the token's word itself (its own trie, not a placeholder's).
let scopeMask: Int32Array | undefined;
let scopeKeys: Int32Array | undefined;
let scopeMaskVersion = -1;

// What the mask says about one word, by word number (src/text/words.ts), for the vocabulary version
// stored beside it: most words recur, and are looked up once per version, not once per token.
let wordMasks = new Int32Array(0);
let wordKeys = new Int32Array(0);
let wordMaskVersions = new Int32Array(0);
let wordMasksEpoch = -1;

// (Small, so that it is inlined where every question at a token starts: the mask is made once per text.)
function maskOf(tokens: readonly Token[]): Int32Array | undefined {
  if (tokens !== scopeTokens) return undefined;
  if (scopeMask !== undefined && scopeMaskVersion === vocabularyVersion) return scopeMask;
  return makeMask(tokens);
}

// (Made again when a matcher joined since: its first use in this text.)
function makeMask(tokens: readonly Token[]): Int32Array {
  const mask = scopeMask !== undefined && scopeMask.length === tokens.length ? scopeMask : new Int32Array(tokens.length);
  const keys = scopeKeys !== undefined && scopeKeys.length === tokens.length ? scopeKeys : new Int32Array(tokens.length);
  const ids = wordNumbers(tokens);
  if (wordMasksEpoch !== wordEpoch()) {
    wordMaskVersions.fill(0);
    wordMasksEpoch = wordEpoch();
  }
  const version = vocabularyVersion + 1;
  for (let i = 0; i < tokens.length; i++) {
    const id = ids[i]!;
    if (id >= wordMasks.length) {
      const size = Math.max(4096, wordMasks.length * 2, id + 1);
      const masks = new Int32Array(size);
      masks.set(wordMasks);
      wordMasks = masks;
      const words = new Int32Array(size);
      words.set(wordKeys);
      wordKeys = words;
      const versions = new Int32Array(size);
      versions.set(wordMaskVersions);
      wordMaskVersions = versions;
    }
    if (wordMaskVersions[id] !== version) {
      const t = tokens[i]!;
      const key = vocabulary.get(t.lower);
      wordKeys[id] = key === undefined ? 0 : keyBits[key]!;
      wordMasks[id] = tokenMask(t, key);
      wordMaskVersions[id] = version;
    }
    mask[i] = wordMasks[id]!;
    keys[i] = wordKeys[id]!;
  }
  scopeMask = mask;
  scopeKeys = keys;
  scopeMaskVersion = vocabularyVersion;
  return mask;
}

/** The bits of the matchers that could match at this token (a function of its lower-case text alone). */
function tokenMask(t: Token, id: number | undefined): number {
  let m = 0;
  let cls = 0;
  if (id !== undefined) {
    m = keyBits[id]!;
    cls = keyClass[id]!;
  }
  if (t.type === 'word') {
    m |= wordMask;
    if (cls & CLASS_POSS) m |= possMask;
    if (prefixHeads.size > 0 && t.lower.length >= 3) {
      const heads = prefixHeads.get(t.lower.charCodeAt(0));
      if (heads) for (const [head, bits] of heads) if (t.lower.startsWith(head)) m |= bits;
    }
  }
  if (numMask !== 0 && (t.type === 'number' || cls & CLASS_NUM || isNumberWord(t.lower))) m |= numMask;
  return m;
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
    this.tries.clear();
    this.prefixRanks = undefined;
    this.isEmpty = undefined;
    this.tails = undefined;
    if (this.bit > 0) joinKey(key, this.bit);
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
        for (const k in this.index) joinKey(k, this.bit);
        this.lines?.forEachKey((k) => joinWord(k, this.bit));
      }
    }
    return this.bit;
  }

  /**
   * Which kinds of special keys this index has, so a token pays only for look-ups that can match.
   * Prefix phrases (few in any dictionary) are filed by first letter and tested with startsWith:
   * no key string is built per token.
   */
  private specialKeys?: {
    prefixes: Map<number, Array<[string, Entry[]]>>;
    any: boolean;
    role: boolean;
    poss: boolean;
    num: boolean;
    /** The placeholders' tries, kept here once built: they are walked at every word (or possessive, number). */
    roots: { any?: TrieNode; role?: TrieNode; poss?: TrieNode; num?: TrieNode };
  };
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
      this.specialKeys = { prefixes, any: has('{any}'), role: has('{role}'), poss: has('{poss}'), num: has('{num}'), roots: {} };
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

  /**
   * The phrases of one index key as a token trie: a node per slot sequence, edges by literal word, exact
   * word, prefix and placeholder, so the phrases sharing their first words are walked together and a
   * phrase that cannot match costs nothing. Built per key on first use (a text meets few of the keys).
   * Each phrase that ends in a node leaves its ref there with its rank in the order the phrases were
   * always tried in (`order`): among matches of equal length and equal placeholder count the earliest wins.
   */
  private readonly tries = new Map<string, TrieNode | null>();

  private trie(key: string, bucket: number): TrieNode | undefined {
    let root = this.tries.get(key);
    if (root !== undefined) return root ?? undefined;
    // A matcher that joined the shared vocabulary knows its first words by its bit: a word that opens
    // none of its phrases costs one look-up there, no search in its lines and no entry here.
    if (bucket === KEY && this.bit > 0 && !opensAny(key, this.bit)) return undefined;
    const list = this.at(key);
    if (!list) {
      // (Remembered too: the same words are asked about again and again.)
      if (this.tries.size < MAX_TRIES) this.tries.set(key, null);
      return undefined;
    }
    root = new TrieNode(0);
    // Long lists were tried in two groups: phrases without a literal second word first, then those with one.
    const split = list.length > 8 && (bucket === KEY || bucket === POSS || bucket === NUM);
    const base = bucket * BUCKET + (bucket === PREFIX ? this.prefixRank(key) * SUB : 0);
    for (let k = 0; k < list.length; k++) {
      const e = list[k]!;
      const slots = typeof e === 'object' ? e[0] : [key];
      const ref = typeof e === 'object' ? e[1] : e;
      const second = slots[1];
      const literalSecond = second !== undefined && second[0] !== '{' && !(second.length > 1 && second.endsWith('*'));
      root.insert(slots, ref, base + (split && literalSecond ? list.length + k : k));
    }
    this.tries.set(key, root);
    return root;
  }

  // The rank of a prefix key among the prefix keys, in index order (the order their heads were tried in).
  private prefixRanks?: Map<string, number>;
  private prefixRank(key: string): number {
    if (!this.prefixRanks) {
      this.prefixRanks = new Map();
      for (const k in this.index) if (k.length === 4 && k.endsWith('*')) this.prefixRanks.set(k, this.prefixRanks.size);
    }
    return this.prefixRanks.get(key) ?? 0;
  }

  // The best match while walking the tries at one token: fields, not closures, because this runs once per
  // token per dictionary.
  private bestLast = -1;
  private bestRef: unknown;
  private bestPlaceholders = Infinity;
  private bestOrder = Infinity;

  /** Walks a trie from token j (node reached after the tokens before j), keeping the best match. */
  private walk(node: TrieNode, tokens: readonly Token[], j: number, opts: MatchOptions): void {
    if (node.order >= 0) {
      const last = j - 1;
      // Longest wins; on equal length the phrase with fewer placeholders (more specific) wins; then the earliest.
      if (last > this.bestLast || (last === this.bestLast && (node.placeholders < this.bestPlaceholders || (node.placeholders === this.bestPlaceholders && node.order < this.bestOrder)))) {
        this.bestLast = last;
        this.bestRef = node.ref;
        this.bestPlaceholders = node.placeholders;
        this.bestOrder = node.order;
      }
    }
    const t = tokens[j];
    if (!t || !node.edges) return;
    if (node.words) {
      const next = node.words.get(t.lower);
      if (next) this.walk(next, tokens, j + 1, opts);
    }
    if (node.exact) {
      const next = node.exact.get(t.text);
      if (next) this.walk(next, tokens, j + 1, opts);
    }
    if (node.prefixes && t.type === 'word') for (const [prefix, next] of node.prefixes) if (opensWith(t.lower, prefix)) this.walk(next, tokens, j + 1, opts);
    if (node.any && t.type === 'word') this.walk(node.any, tokens, j + 1, opts);
    if (node.poss && POSSESSIVES.has(t.lower)) this.walk(node.poss, tokens, j + 1, opts);
    if (node.num && parseNumberWord(t.lower) !== undefined) this.walk(node.num, tokens, j + 1, opts);
    if (node.role) {
      const n = opts.isRole?.(tokens, j) ?? 0;
      if (n > 0) this.walk(node.role, tokens, j + n, opts);
    }
  }

  private at(key: string): readonly Entry[] | undefined {
    this.lookup ??= new Map(Object.entries(this.index));
    const own = this.lookup.get(key);
    if (this.lines === undefined) return own;
    const stored = this.lined(key);
    return own && stored ? [...own, ...stored] : own ?? stored;
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
    if (tokens === scopeTokens && i >= 0 && i < tokens.length) {
      // In the scope the mask says where this matcher cannot match at all: no memo, no look-up.
      // (A matcher read from lines has joined only once it has scanned enough tokens.)
      const bit = this.joined(0);
      const mask = bit > 0 ? maskOf(tokens) : undefined;
      if (mask && (mask[i]! & bit) === 0) return undefined;
    }
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
    this.bestOrder = Infinity;
    const special = this.special();
    // (In the scope, once this matcher has joined, its bit says whether the word opens any of its phrases.)
    const own = this.bit > 0 && tokens === scopeTokens && scopeKeys !== undefined && (scopeKeys[i]! & this.bit) === 0 ? undefined : this.trie(t.lower, KEY);
    if (own) this.walk(own, tokens, i, opts);
    if (t.type === 'word') {
      if (special.prefixes.size && t.lower.length >= 3) {
        const heads = special.prefixes.get(t.lower.charCodeAt(0));
        if (heads) for (const [head] of heads) if (t.lower.startsWith(head)) this.walk(this.trie(`${head}*`, PREFIX)!, tokens, i, opts);
      }
      const roots = special.roots;
      if (special.any) this.walk((roots.any ??= this.trie('{any}', ANY)!), tokens, i, opts);
      if (special.role) this.walk((roots.role ??= this.trie('{role}', ROLE)!), tokens, i, opts);
      if (special.poss && POSSESSIVES.has(t.lower)) this.walk((roots.poss ??= this.trie('{poss}', POSS)!), tokens, i, opts);
    }
    if (special.num && (t.type === 'number' || isNumberWord(t.lower))) this.walk((special.roots.num ??= this.trie('{num}', NUM)!), tokens, i, opts);
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
    const bit = this.joined(tokens.length);
    const mask = bit > 0 ? maskOf(tokens) : undefined;
    if (mask) {
      for (let i = 0; i < tokens.length; i++) {
        // Most tokens open no phrase of this matcher at all.
        if ((mask[i]! & bit) === 0) continue;
        const m = this.longestAt(tokens, i, opts);
        if (m) {
          out.push(m);
          i = m.last;
        }
      }
      return out;
    }
    this.lookup ??= new Map(Object.entries(this.index));
    const lookup = this.lookup;
    const lines = this.lines;
    const { prefixes, any, role, poss, num } = this.special();
    const wordSpecial = any || role;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (
        !(lookup.has(t.lower) || (lines !== undefined && lines.has(t.lower))) &&
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

// The groups of phrases in the order they are tried at a token (a phrase's rank: group, prefix, position).
const KEY = 0;
const PREFIX = 1;
const ANY = 2;
const ROLE = 3;
const POSS = 4;
const NUM = 5;
const SUB = 2 ** 21;
// A matcher remembers at most this many keys that open none of its phrases (the words of many texts).
const MAX_TRIES = 20_000;
const BUCKET = 2 ** 42;

/** A node of a phrase trie: the tokens matched so far lead here; edges say what the next token may be. */
class TrieNode {
  edges = false;
  words: Map<string, TrieNode> | undefined;
  exact: Map<string, TrieNode> | undefined;
  prefixes: Array<[slot: string, node: TrieNode]> | undefined;
  any: TrieNode | undefined;
  poss: TrieNode | undefined;
  num: TrieNode | undefined;
  role: TrieNode | undefined;
  /** The rank of the phrase that ends here (-1: none) and its ref. */
  order = -1;
  ref: unknown = undefined;

  constructor(readonly placeholders: number) {}

  insert(slots: readonly string[], ref: unknown, order: number): void {
    let node: TrieNode = this;
    for (const slot of slots) node = node.child(slot);
    if (node.order < 0 || order < node.order) {
      node.order = order;
      node.ref = ref;
    }
  }

  private child(slot: string): TrieNode {
    this.edges = true;
    const ph = this.placeholders + (slot[0] === '{' ? 1 : 0);
    switch (slot) {
      case '{any}': return (this.any ??= new TrieNode(ph));
      case '{poss}': return (this.poss ??= new TrieNode(ph));
      case '{num}': return (this.num ??= new TrieNode(ph));
      case '{role}': return (this.role ??= new TrieNode(ph));
    }
    if (slot[0] === '=') return childIn((this.exact ??= new Map()), slot.slice(1), ph);
    if (slot.length > 1 && slot.endsWith('*')) {
      // (Kept with its star, as opensWith reads it.)
      this.prefixes ??= [];
      const found = this.prefixes.find(([p]) => p === slot);
      if (found) return found[1];
      const node = new TrieNode(ph);
      this.prefixes.push([slot, node]);
      return node;
    }
    return childIn((this.words ??= new Map()), slot, ph);
  }
}

function childIn(map: Map<string, TrieNode>, key: string, placeholders: number): TrieNode {
  let node = map.get(key);
  if (!node) map.set(key, (node = new TrieNode(placeholders)));
  return node;
}

/** Does the word start with one of the prefix heads (the first three letters of a `pre*` phrase)? */
function opensPrefix(prefixes: ReadonlyMap<number, ReadonlyArray<[string, Entry[]]>>, lower: string): boolean {
  if (lower.length < 3) return false;
  const heads = prefixes.get(lower.charCodeAt(0));
  if (heads) for (const [head] of heads) if (lower.startsWith(head)) return true;
  return false;
}

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
