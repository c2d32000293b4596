import type { Kind } from './kinds.js';
import type { Detection } from './types.js';

/**
 * Abbreviations a text defines: "the Employment Appeal Tribunal ("EAT")", "het Centrum voor Jeugd en Gezin
 * (CJG)", "Anna Maria Jansen (AMJ)". The abbreviation in brackets belongs to the finding before it, and every
 * later use of it as a word of its own ("the EAT held") is that finding again: same kind, same facts. A pass
 * over the resolved findings of any rule, so no rule has to know another's names; pure, no I/O.
 */

// Kinds that name a thing or a term in words; dates, ages and contact details have no abbreviation.
const NAMED: ReadonlySet<Kind> = new Set<Kind>(['name', 'place', 'institution', 'diagnosis', 'profession', 'event', 'family', 'unusual']);

// Right after the finding: "(ECJ)", ("EAT"), (“CJG”), (hereinafter "the EAT"), (hierna: CJG), (hierna te noemen: AMJ).
const DEFINITION =
  /[ \t]{0,2}\([ \t]?(?:(?:hereinafter|hereafter|hierna|verder|voortaan)(?:[ \t]+(?:called|referred[ \t]+to[ \t]+as|te[ \t]+noemen|genoemd))?:?[ \t]+)?(?:(?:the|de|het)[ \t]+)?["“”'‘’]?(\p{Lu}[\p{L}\p{N}&]{1,11})["“”'‘’]?[ \t]?\)/uy;
// A text defines a few abbreviations: past this many, the rest are left alone (the uses' pattern stays small).
const MAX_DEFINED = 64;

/** The letters an abbreviation of this phrase may use: its words' initials and the capitals inside them ("MUMC", "PvdA"). */
function lettersOf(phrase: string): Set<string> {
  const out = new Set<string>();
  for (const word of phrase.split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    out.add(word[0]!.toUpperCase());
    for (const c of word.slice(1)) if (c !== c.toLowerCase()) out.add(c);
  }
  return out;
}

/** "EAT" for "Employment Appeal Tribunal": two capitals at least, the first the phrase's initial, each of the phrase. */
function abbreviates(abbr: string, phrase: string): boolean {
  const capitals = [...abbr].filter((c) => c !== c.toLowerCase());
  if (capitals.length < 2 || abbr.toLowerCase() === phrase.toLowerCase()) return false;
  const letters = lettersOf(phrase);
  return capitals.every((c) => letters.has(c));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Index of the first detection (sorted, not overlapping) that ends after `offset`. */
function firstEndingAfter(sorted: readonly Detection[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Extends findings by the abbreviation defined right after them and adds the abbreviation's later uses in
 * [from, to) of `text`. `detections`: resolved (sorted, not overlapping), with offsets into `text`. `defined`
 * carries the definitions from one chunk of a long text to the next. Returns the new list, sorted.
 */
export function propagateAbbreviations(text: string, detections: readonly Detection[], defined: Map<string, Detection>, from = 0, to = text.length): Detection[] {
  // Definitions: the finding grows by its brackets; what a rule found inside them goes. Built into a new
  // list as it goes (no copy of the whole list per definition: a long text defines many).
  const list: Detection[] = [];
  for (let k = 0; k < detections.length; k++) {
    const d = detections[k]!;
    list.push(d);
    if (!NAMED.has(d.kind)) continue;
    DEFINITION.lastIndex = d.end;
    const m = DEFINITION.exec(text);
    if (!m) continue;
    const abbr = m[1]!;
    if (!abbreviates(abbr, text.slice(d.start, d.end))) continue;
    const end = d.end + m[0].length;
    let next = k + 1;
    while (next < detections.length && detections[next]!.end <= end) next++;
    if (next < detections.length && detections[next]!.start < end) continue; // something runs on out of the brackets
    const grown = { ...d, end } as Detection;
    list[list.length - 1] = grown;
    k = next - 1;
    if (!defined.has(abbr) && defined.size < MAX_DEFINED) defined.set(abbr, grown);
  }
  if (defined.size === 0) return list;
  // Uses: the abbreviation as a word of its own, in its own case ("the EAT", not "eat", "EAT-ruling", "www.EAT.nl").
  const uses = new RegExp(`(?<![\\p{L}\\p{N}&@./-])(?:${[...defined.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}&@-]|\\.[\\p{L}\\p{N}])`, 'gu');
  uses.lastIndex = from;
  const added: Detection[] = [];
  const dropped = new Set<Detection>();
  for (let m = uses.exec(text); m && m.index < to; m = uses.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const def = defined.get(m[0])!;
    if (start < def.end) continue; // the definition itself, or before it
    // A finding of another rule on the same word gives way: the text says what the word is. One that reaches
    // beyond it ("EAT Rules 1993" as a title) keeps it.
    const inside: Detection[] = [];
    let blocked = false;
    for (let k = firstEndingAfter(list, start); k < list.length && list[k]!.start < end; k++) {
      const d = list[k]!;
      if (d.start >= start && d.end <= end) inside.push(d);
      else blocked = true;
    }
    if (blocked) continue;
    for (const d of inside) dropped.add(d);
    added.push({ ...def, start, end } as Detection);
  }
  if (added.length === 0) return list;
  return [...list.filter((d) => !dropped.has(d)), ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
