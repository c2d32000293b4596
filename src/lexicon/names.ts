/**
 * Look-ups in a sorted, newline-joined list without splitting it: a binary search over line starts
 * found by scanning for '\n'. No per-word strings are made at start-up, whatever the list's size.
 * A line may carry a value after a tab ("jan<TAB>m").
 */
export class SortedLines {
  private readonly text: string;

  /**
   * `table`: after many look-ups, lines with values go into a Map too (a phrase index, asked at every
   * token); without it only a list without values becomes a Set (word ranks and names stay searched).
   */
  constructor(source: string | readonly string[] | Record<string, string>, private readonly options: { table?: boolean } = {}) {
    if (typeof source === 'string') this.text = source;
    else if (Array.isArray(source)) this.text = [...source].sort().join('\n');
    else this.text = Object.entries(source).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}\t${v}`).join('\n');
  }

  /** Start offset of the line holding offset i. */
  private lineStart(i: number): number {
    return this.text.lastIndexOf('\n', i - 1) + 1;
  }

  /** Compares the key of the line at `start` with `word`: <0, 0, >0. */
  private compare(start: number, word: string): number {
    const t = this.text;
    let k = 0;
    for (;;) {
      const c = start + k < t.length ? t.charCodeAt(start + k) : 10;
      const end = c === 10 || c === 9;
      if (k === word.length) return end ? 0 : 1;
      if (end) return -1;
      const d = c - word.charCodeAt(k);
      if (d !== 0) return d;
      k++;
    }
  }

  /** Offset of the line whose key is `word`, or -1. */
  private find(word: string): number {
    if (!this.text) return -1;
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const start = this.lineStart((lo + hi) >> 1);
      const cmp = this.compare(start, word);
      if (cmp === 0) return start;
      if (cmp < 0) {
        const nl = this.text.indexOf('\n', start);
        if (nl === -1) return -1;
        lo = nl + 1;
      } else hi = start;
    }
    return -1;
  }

  // A long text asks about the same words again and again: after enough look-ups a Set (or, for lines
  // with values and options.table, a Map) pays for itself.
  private lookups = 0;
  private set?: Set<string>;
  private map?: Map<string, string>;

  has(word: string): boolean {
    if (this.set) return this.set.has(word);
    if (this.map) return this.map.has(word);
    if (++this.lookups > LOOKUPS_BEFORE_A_TABLE) {
      if (this.text.indexOf('\t') === -1) {
        this.set = new Set(this.text ? this.text.split('\n') : []);
        return this.set.has(word);
      }
      if (this.options.table) return this.table().has(word);
    }
    return this.get(word) !== undefined;
  }

  // Answers already given (a text asks about its words again and again), up to a bound.
  private readonly answers = new Map<string, string | null>();

  /** The value after the tab on the word's line ('' when the line has none). */
  get(word: string): string | undefined {
    if (this.map) return this.map.get(word);
    if (this.options.table && ++this.lookups > LOOKUPS_BEFORE_A_TABLE) return this.table().get(word);
    const known = this.answers.get(word);
    if (known !== undefined) return known ?? undefined;
    const value = this.search(word);
    if (this.answers.size >= 50_000) this.answers.clear();
    this.answers.set(word, value ?? null);
    return value;
  }

  private search(word: string): string | undefined {
    const start = this.find(word);
    if (start === -1) return undefined;
    const tab = start + word.length;
    if (this.text.charCodeAt(tab) !== 9) return '';
    const nl = this.text.indexOf('\n', tab);
    return this.text.slice(tab + 1, nl === -1 ? undefined : nl);
  }

  /** Calls `f` with the key of every line. */
  forEachKey(f: (key: string) => void): void {
    if (this.map) {
      for (const k of this.map.keys()) f(k);
      return;
    }
    const t = this.text;
    for (let start = 0; start < t.length; ) {
      let nl = t.indexOf('\n', start);
      if (nl === -1) nl = t.length;
      const tab = t.indexOf('\t', start);
      f(t.slice(start, tab === -1 || tab > nl ? nl : tab));
      start = nl + 1;
    }
  }

  private table(): Map<string, string> {
    if (!this.map) {
      this.map = new Map();
      const t = this.text;
      for (let start = 0; start < t.length; ) {
        let nl = t.indexOf('\n', start);
        if (nl === -1) nl = t.length;
        const tab = t.indexOf('\t', start);
        if (tab === -1 || tab > nl) this.map.set(t.slice(start, nl), '');
        else this.map.set(t.slice(start, tab), t.slice(tab + 1, nl));
        start = nl + 1;
      }
      this.set = undefined;
    }
    return this.map;
  }
}

const LOOKUPS_BEFORE_A_TABLE = 4000;
