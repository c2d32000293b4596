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
type Slot =
  | { type: 'word'; text: string; exact: boolean }
  | { type: 'prefix'; text: string }
  | { type: 'num' }
  | { type: 'poss' }
  | { type: 'any' }
  | { type: 'role' };

interface Phrase<T> { slots: Slot[]; value: T }

export interface PhraseMatch<T> { start: number; end: number; first: number; last: number; value: T }

const POSSESSIVES = new Set(['zijn', 'haar', 'hun', 'z', "z'n", 'zn', 'd', "d'r", 'de', 'het', 'een', 'his', 'her', 'their', 'the', 'a', 'an', 'mijn', 'my', 'onze', 'our']);

export interface MatchOptions {
  isRole?: (tokens: readonly Token[], i: number) => number; // returns tokens consumed (0 = no role)
}

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();
  private readonly wild: Phrase<T>[] = [];
  private size = 0;

  get count(): number {
    return this.size;
  }

  add(pattern: string, value: T, exact = false): void {
    const slots: Slot[] = [];
    for (const piece of pattern.trim().split(/\s+/)) {
      if (piece === '{num}') slots.push({ type: 'num' });
      else if (piece === '{poss}') slots.push({ type: 'poss' });
      else if (piece === '{any}') slots.push({ type: 'any' });
      else if (piece === '{role}') slots.push({ type: 'role' });
      else if (piece.endsWith('*') && piece.length > 1) slots.push({ type: 'prefix', text: piece.slice(0, -1).toLowerCase() });
      else for (const t of tokenize(piece)) slots.push({ type: 'word', text: exact ? t.text : t.lower, exact });
    }
    if (slots.length === 0) return;
    const phrase = { slots, value };
    const first = slots[0]!;
    if (first.type === 'word') {
      const key = first.exact ? first.text.toLowerCase() : first.text;
      const list = this.byFirst.get(key);
      if (list) list.push(phrase);
      else this.byFirst.set(key, [phrase]);
    } else this.wild.push(phrase);
    this.size++;
  }

  /** Token index after a match of `phrase` starting at token i, or -1. */
  private matchPhrase(phrase: Phrase<T>, tokens: readonly Token[], i: number, opts: MatchOptions): number {
    let j = i;
    for (const slot of phrase.slots) {
      const t = tokens[j];
      if (!t) return -1;
      switch (slot.type) {
        case 'word':
          if ((slot.exact ? t.text : t.lower) !== slot.text) return -1;
          j++;
          break;
        case 'prefix':
          if (t.type !== 'word' || !t.lower.startsWith(slot.text)) return -1;
          j++;
          break;
        case 'num':
          if (parseNumberWord(t.lower) === undefined) return -1;
          j++;
          break;
        case 'poss':
          if (!POSSESSIVES.has(t.lower)) return -1;
          j++;
          break;
        case 'any':
          if (t.type !== 'word') return -1;
          j++;
          break;
        case 'role': {
          const n = opts.isRole?.(tokens, j) ?? 0;
          if (n === 0) return -1;
          j += n;
          break;
        }
      }
    }
    return j;
  }

  /** The longest phrase starting at token i, if any. */
  longestAt(tokens: readonly Token[], i: number, opts: MatchOptions = {}): PhraseMatch<T> | undefined {
    const t = tokens[i];
    if (!t) return undefined;
    let best: PhraseMatch<T> | undefined;
    const consider = (list: readonly Phrase<T>[] | undefined) => {
      if (!list) return;
      for (const p of list) {
        const end = this.matchPhrase(p, tokens, i, opts);
        if (end > i && (!best || end - 1 > best.last)) {
          best = { start: t.start, end: tokens[end - 1]!.end, first: i, last: end - 1, value: p.value };
        }
      }
    };
    consider(this.byFirst.get(t.lower));
    if (this.wild.length) consider(this.wild);
    return best;
  }

  /** Leftmost-longest, non-overlapping matches over the whole token stream. */
  findAll(tokens: readonly Token[], opts: MatchOptions = {}): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    if (this.size === 0) return out;
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
