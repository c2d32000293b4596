/**
 * Maps offsets to 1-based line and column. CRLF, LF and CR each count as one line break;
 * columns count UTF-16 code units from the line start, plus one.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  position(offset: number): { line: number; column: number } {
    const line = this.lineAt(offset);
    return { line, column: offset - this.starts[line - 1]! + 1 };
  }

  /** The 1-based line of an offset (binary search over the line starts). */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** How many lines the text has (an empty text, or one ending in a break, ends with an empty line). */
  get count(): number {
    return this.starts.length;
  }

  /** The offset at which a 1-based line starts. */
  lineStart(line: number): number {
    return this.starts[line - 1]!;
  }
}
