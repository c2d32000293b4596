import type { Change, Edit } from './types.js';

// Words that hang on the detail they introduce: removing "Kloetinge" from "uit Kloetinge" removes "uit".
const PREPOSITIONS = new Set([
  'uit', 'in', 'te', 'van', 'bij', 'met', 'op', 'naar', 'nabij', 'rond', 'rondom', 'sinds', 'vanaf', 'tot', 'om', 'via', 'aan', 'voor', 'na',
  'from', 'of', 'with', 'at', 'on', 'near', 'to', 'since', 'until', 'by', 'around', 'via', 'during', 'tijdens', 'per', 'for', 'after',
]);
const ARTICLES = new Set(['de', 'het', 'een', 'the', 'a', 'an', "'t"]);
const CLOSERS = /^[,.;:!?)\]]/;

interface Primitive extends Edit {
  /** A deletion of a detail: may take an attached preposition with it. */
  removal: boolean;
}

function primitives(changes: readonly Change[]): Primitive[] {
  const out: Primitive[] = [];
  for (const c of changes) {
    const edits = c.edits ?? [{ start: c.start, end: c.end, text: c.replacement }];
    for (const e of edits) out.push({ ...e, removal: e.text === '' && e.end > e.start && !c.edits });
  }
  // Right to left; at one offset an insertion (zero width) goes before a replacement that starts there.
  return out.sort((a, b) => b.start - a.start || b.end - a.end);
}

/** True when offset `at` starts a sentence: only spaces, quotes or list markers since the last . ! ? or line break. */
function sentenceStart(s: string, at: number): boolean {
  if (s[at - 1] === '#' || s[at - 1] === '@') return false; // a hashtag keeps its case
  let i = at - 1;
  while (i >= 0 && /[ \t"'“‘(*_#>-]/.test(s[i]!)) {
    if (s[i] === '-' && i > 0 && s[i - 1] !== ' ' && s[i - 1] !== '\n') return false;
    i--;
  }
  if (i < 0) return true;
  const c = s[i]!;
  if (c === '\n' || c === '\r') return true;
  if (c === '!' || c === '?') return true;
  if (c === '.') {
    // Not after an abbreviation ("mw.", "dr.") or an initial.
    const word = /(\p{L}+)\.$/u.exec(s.slice(Math.max(0, i - 12), i + 1));
    if (word && /^(?:dhr|mw|mevr|dr|drs|ir|ing|prof|mr|mrs|ms|st|nr|ca|bijv|bv|evt|geb|vs|etc)$/i.test(word[1]!)) return false;
    if (word && word[1]!.length === 1) return false; // an initial or "o.v.v.", "t.n.v.
    return true;
  }
  return false;
}

const capitalize = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** "a adult" -> "an adult", "an woman" -> "a woman" at a junction. */
function fixEnglishArticle(s: string, at: number): string {
  const left = /(^|[\s(])([Aa]n?) +$/.exec(s.slice(Math.max(0, at - 6), at));
  if (!left) return s;
  const next = /^[\p{L}\d]+/u.exec(s.slice(at));
  if (!next) return s;
  const word = next[0].toLowerCase();
  const vowel = /^[aeio]/.test(word) || /^u(?!ni|se|su|ro|ku)/.test(word) || /^(?:hour|honest|honou?r|heir)/.test(word) || /^(?:8|11|18|80)/.test(word);
  const article = left[2]!;
  const want = vowel ? 'an' : 'a';
  if (article.toLowerCase() === want) return s;
  const fixed = article[0] === 'A' ? capitalize(want) : want;
  const startOfArticle = at - left[0].length + left[1]!.length;
  return s.slice(0, startOfArticle) + fixed + s.slice(startOfArticle + article.length);
}

/**
 * Applies the changes right to left. A deletion also takes the preposition (and article) the detail hung
 * on ("uit Kloetinge" -> ""), and leaves no double spaces, no space before punctuation, no "()" and no
 * ", ,"; the word that now starts a sentence gets a capital; a replacement at a sentence start keeps it.
 */
export function applyChanges(text: string, changes: readonly Change[]): string {
  let s = text;
  const edits = primitives(changes);
  // Where the last deletion (to the right of the current edit) left its junction: offsets left of it are stable.
  let lastRemoval = -1;
  for (let k = 0; k < edits.length; k++) {
    const e = edits[k]!;
    // Nothing left of the next edit to the left may be touched.
    const floor = edits[k + 1] ? edits[k + 1]!.end : 0;
    let start = e.start;
    let end = e.end;
    let insert = e.text;
    const atStart = sentenceStart(s, start);
    // "via [url] of op [iban] t.n.v.": with both conjuncts gone, the conjunction between them goes too.
    if (e.removal && lastRemoval >= end && /^[ \t]*(?:en|of|and|or|,)[ \t]*$/i.test(s.slice(end, lastRemoval))) end = lastRemoval;
    if (e.removal) {
      // Take the preposition (and an article after it) the detail hangs on: "in het zorgcentrum X", "uit Kloetinge".
      let probe = start;
      const word = () => /([\p{L}']+)[ \t]+$/u.exec(s.slice(Math.max(floor, probe - 20), probe));
      let m = word();
      let takeFrom = start;
      if (m && ARTICLES.has(m[1]!.toLowerCase())) {
        const articleStart = probe - m[0].length;
        probe = articleStart;
        m = word();
        if (m && PREPOSITIONS.has(m[1]!.toLowerCase())) takeFrom = probe - m[0].length;
      } else if (m && PREPOSITIONS.has(m[1]!.toLowerCase())) takeFrom = probe - m[0].length;
      if (takeFrom < start && takeFrom >= floor && (takeFrom === 0 || /[\s(]/.test(s[takeFrom - 1]!))) start = takeFrom;
    }
    const sentenceInitial = sentenceStart(s, start);
    if (insert && (atStart || sentenceInitial) && start === e.start && !/^[\s,]/.test(insert)) insert = capitalize(insert);
    s = s.slice(0, start) + insert + s.slice(end);
    end = start + insert.length;
    lastRemoval = e.removal ? start : -1;
    if (insert === '' || /^\s|\s$/.test(insert)) s = tidy(s, start, end);
    // After a deletion at a sentence start, the next word carries the capital.
    if ((insert === '' || start !== e.start) && sentenceInitial) {
      const j = nextWordAt(s, start);
      if (j >= 0 && sentenceStart(s, j) && /\p{Ll}/u.test(s[j]!)) s = s.slice(0, j) + s[j]!.toUpperCase() + s.slice(j + 1);
    }
    if (/\b[Aa]n?$/.test(s.slice(0, start).trimEnd()) || /^an?\s/i.test(insert)) {
      const at = insert ? start : nextWordAt(s, start);
      if (at >= 0) s = fixEnglishArticle(s, at);
      if (insert && /^an?\s/i.test(insert)) s = fixEnglishArticle(s, start + insert.indexOf(' ') + 1);
    }
  }
  return s;
}

function nextWordAt(s: string, from: number): number {
  for (let i = from; i < s.length && i < from + 40; i++) {
    if (/[\p{L}\d]/u.test(s[i]!)) return i;
    if (s[i] === '\n') return -1;
  }
  return -1;
}

/** Whitespace and punctuation around the junction at [a, b) after an edit. */
function tidy(s: string, a: number, b: number): string {
  let left = s.slice(0, a);
  let mid = s.slice(a, b);
  let right = s.slice(b);
  if (mid === '') {
    // Join: at most one space, none before punctuation.
    const ls = /[ \t]*$/.exec(left)![0].length;
    const rs = /^[ \t]*/.exec(right)![0].length;
    left = left.slice(0, left.length - ls);
    right = right.slice(rs);
    // "()" and "( )" left behind.
    if (/\($/.test(left) && /^\)/.test(right)) {
      left = left.slice(0, -1).replace(/[ \t]+$/, '');
      right = right.slice(1);
    }
    // A ")" whose "(" went with the deleted words.
    if (/^\)/.test(right)) {
      const line = left.slice(left.lastIndexOf('\n') + 1);
      if ((line.match(/\(/g) ?? []).length <= (line.match(/\)/g) ?? []).length) right = right.slice(1);
    }
    // ", ," -> ",", ", ." -> ".", "dochter:." -> "dochter.".
    if (/,$/.test(left) && CLOSERS.test(right)) left = left.slice(0, -1).replace(/[ \t]+$/, '');
    else if (/[:;]$/.test(left) && /^[.!?)\]]/.test(right)) left = left.slice(0, -1).replace(/[ \t]+$/, '');
    if (/[,:;]$/.test(left) && (right === '' || /^[\r\n]/.test(right))) left = left.slice(0, -1);
    if (/(?:^|[\n(])$/.test(left) || (/[.!?:;,]$/.test(left) && /^[,;:]/.test(right))) right = right.replace(/^[,;:][ \t]*/, '');
    if (/^\s*$/.test(left) && /^[,;:]/.test(right)) right = right.replace(/^[,;:][ \t]*/, '');
    const glue = left === '' || /[\s(]$/.test(left) || CLOSERS.test(right) || right === '' || /^\s/.test(right) ? '' : ' ';
    // A sentence reduced to nothing ("Hij is 45." removed) leaves no stray "." behind.
    if (/(?:^|[.!?\n][ \t]*)$/.test(left) && /^[.!?]/.test(right) && left.trim() !== '') right = right.slice(1).replace(/^[ \t]+/, left.endsWith('\n') ? '' : ' ');
    if (left.trim() === '' && /^[.!?][ \t]*/.test(right)) right = right.replace(/^[.!?][ \t]*/, '');
    return left + glue + right;
  }
  // A replacement with its own spaces: no doubles at either side.
  if (/^\s/.test(mid)) left = left.replace(/[ \t]+$/, '');
  if (/\s$/.test(mid)) right = right.replace(/^[ \t]+/, '');
  mid = mid.replace(/^[ \t]+/, left === '' || /\s$/.test(left) ? '' : ' ');
  return left + mid + right;
}
