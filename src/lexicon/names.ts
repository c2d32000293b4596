/** A sorted list of words with a binary-search look-up: no hashing of tens of thousands of names at start-up. */
export class SortedWords {
  private readonly words: readonly string[];

  constructor(source: string | readonly string[]) {
    this.words = typeof source === 'string' ? (source ? source.split('\n') : []) : [...source].sort();
  }

  get size(): number {
    return this.words.length;
  }

  has(word: string): boolean {
    let lo = 0;
    let hi = this.words.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = this.words[mid]!;
      if (w === word) return true;
      if (w < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/** First names with their gender, from "name<TAB>gender" lines or a record. */
export function firstNameMap(source: string | Record<string, string>): Map<string, string> {
  if (typeof source !== 'string') return new Map(Object.entries(source));
  const map = new Map<string, string>();
  if (!source) return map;
  for (const line of source.split('\n')) {
    const tab = line.indexOf('\t');
    map.set(tab === -1 ? line : line.slice(0, tab), tab === -1 ? 'u' : line.slice(tab + 1));
  }
  return map;
}
