import type { Token } from './tokenize.js';

/**
 * Word numbers: every distinct lower-case token text the process has seen gets a small integer, and the
 * tokens of a text are numbered once (one Map look-up per token), however many rules ask. A rule that
 * answers the same question about a word again and again keeps its answers in a typed array by word
 * number (`WordAnswers`) instead of a Map by string: an array read instead of a hash look-up per token.
 *
 * Bounded: past MAX_WORDS distinct words the numbering starts again (a new epoch), and every
 * `WordAnswers` forgets what it knew.
 */
const numbers = new Map<string, number>();
const MAX_WORDS = 1 << 19;
let epoch = 0;

/** The number of a lower-case word (it gets one if it had none). */
export function wordNumber(lower: string): number {
  let n = numbers.get(lower);
  if (n === undefined) {
    if (numbers.size >= MAX_WORDS) {
      numbers.clear();
      epoch++;
    }
    n = numbers.size;
    numbers.set(lower, n);
  }
  return n;
}

/** Changes whenever the numbering starts again: answers kept by word number are then stale. */
export const wordEpoch = (): number => epoch;

let numbered: readonly Token[] | undefined;
let numberedEpoch = -1;
let tokenNumbers = new Int32Array(0);

/** The word number of every token of the array (remembered for the last array asked about). */
export function wordNumbers(tokens: readonly Token[]): Int32Array {
  if (tokens === numbered && numberedEpoch === epoch && tokenNumbers.length === tokens.length) return tokenNumbers;
  for (;;) {
    const start = epoch;
    const out = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) out[i] = wordNumber(tokens[i]!.lower);
    // (A new epoch while numbering: the numbers before it are stale; once more, now with room to spare.)
    if (epoch !== start) continue;
    numbered = tokens;
    numberedEpoch = epoch;
    tokenNumbers = out;
    return out;
  }
}

/** Yes/no answers about words, by word number: 0 not asked yet, 1 no, 2 yes. */
export class WordAnswers {
  private answers = new Uint8Array(1024);
  private epoch = epoch;

  constructor(private readonly ask: (lower: string, token: Token) => boolean) {}

  /** The answer for token i of `tokens`, whose word numbers are `ids` (from wordNumbers). */
  at(tokens: readonly Token[], ids: Int32Array, i: number): boolean {
    if (this.epoch !== epoch) {
      this.answers.fill(0);
      this.epoch = epoch;
    }
    const id = ids[i]!;
    if (id >= this.answers.length) {
      const grown = new Uint8Array(Math.max(this.answers.length * 2, id + 1));
      grown.set(this.answers);
      this.answers = grown;
    }
    let a = this.answers[id]!;
    if (a === 0) {
      const t = tokens[i]!;
      a = this.ask(t.lower, t) ? 2 : 1;
      this.answers[id] = a;
    }
    return a === 2;
  }
}
