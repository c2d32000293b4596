/**
 * JSON with comments, as VS Code, tsconfig and ESLint's JSON configs allow: `//` and `/* *\/`
 * comments and trailing commas. Comments become spaces (and line breaks stay), so a syntax error
 * still points at the right line and column.
 */
export function stripJsonComments(source: string): string {
  let out = '';
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i]!;
    if (c === '"') {
      // A string: copied as it is, escapes included.
      let j = i + 1;
      while (j < n && source[j] !== '"') j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && source[i + 1] === '/') {
      let j = i;
      while (j < n && source[j] !== '\n' && source[j] !== '\r') j++;
      out += ' '.repeat(j - i);
      i = j;
    } else if (c === '/' && source[i + 1] === '*') {
      const close = source.indexOf('*/', i + 2);
      const j = close < 0 ? n : close + 2;
      out += source.slice(i, j).replace(/[^\r\n]/g, ' ');
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return removeTrailingCommas(out);
}

/** `[1, 2,]` and `{"a": 1,}`: the comma before a closing bracket becomes a space. */
function removeTrailingCommas(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
      out += s.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === ',') {
      let j = i + 1;
      while (j < s.length && /\s/.test(s[j]!)) j++;
      if (s[j] === '}' || s[j] === ']') {
        out += ' ';
        i++;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}

/** Line and column (1-based) of a character offset, for a parse error. */
function position(source: string, offset: number): string {
  const before = source.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return `line ${line}, column ${column}`;
}

/**
 * Parses JSON, or JSON with comments when `comments` is set. A syntax error is rethrown as a
 * SyntaxError whose message gives the line and column when Node's message gives an offset.
 */
export function parseJson(source: string, comments: boolean): unknown {
  const text = comments ? stripJsonComments(source) : source;
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    throw new SyntaxError(at ? `${message.replace(/\s*\(line \d+ column \d+\)/, '')} (${position(text, Number(at[1]))})` : message);
  }
}
