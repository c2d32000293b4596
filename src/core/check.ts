import type { Detector } from '../detectors/types.js';
import { guessLanguage } from '../text/language.js';
import { cleanInvisible, spanToOriginal } from '../text/invisible.js';
import { LineIndex } from '../text/lines.js';
import { tokenize } from '../text/tokenize.js';
import { setPhraseScope } from '../lexicon/phrases.js';
import { factorOf } from '../risk/shares.js';
import { estimateRisk, type RiskOptions } from '../risk/estimate.js';
import { mergeCues, scanCues, settingPlace, type PartialCues } from '../risk/cues.js';
import { isDirectKind } from './kinds.js';
import { messages } from '../i18n/index.js';
import { propagateAbbreviations } from './abbreviations.js';
import { organisationContacts } from './organisation.js';
import { RiskSummary } from './summary.js';
import { resolveOverlaps } from './resolve.js';
import type { FilterStream, FindingFilter } from './suppress.js';
import type { Detection, FileResult, Finding, Lang, SuppressedFinding } from './types.js';

export interface CheckOptions extends RiskOptions {
  lang: Lang | 'auto';
  /** Names the user declares fictitious (--pseudonym, config). */
  pseudonyms?: readonly string[];
  /** Language of messages and explanations (--ui-lang); the text's own by default. */
  uiLang?: Lang;
  /** Allow list and inline directives (src/core/suppress.ts): what it suppresses is left out of the risk. */
  filter?: FindingFilter;
}

const normalizeName = (s: string) => s.toLowerCase().replace(/[^\p{L}\s-]/gu, '').trim();
// Titles and kin words are part of a name finding, not of the name the user declared.
const NAME_PREFIX = /^(?:(?:dhr|mw|mevr|mevrouw|meneer|mr|mrs|ms|dr|opa|oma|tante|oom)\.?\s+)+/i;
const bareName = (text: string) => normalizeName(text.replace(NAME_PREFIX, ''));

/** Names a detector marked as pseudonyms ("Gijs (geanonimiseerd)"), before overlaps drop some of those marks. */
function collectPseudonyms(detections: readonly Detection[], text: string, into: Set<string>): void {
  for (const d of detections) if (d.kind === 'name' && d.facts.pseudonym) into.add(bareName(text.slice(d.start, d.end)));
}

/** A name that is a declared or marked pseudonym is not a direct identifier, wherever it recurs. */
function applyPseudonyms(findings: Finding[], names: ReadonlySet<string>): void {
  if (names.size === 0) return;
  for (const f of findings) {
    if (f.kind !== 'name') continue;
    const n = bareName(f.text);
    // The whole name, not a part: "Anna*" does not make "Anna Verhoeven" a pseudonym too.
    if (names.has(n)) f.facts = { ...f.facts, pseudonym: true };
  }
}

// Long texts are checked in chunks of about this many code units, cut at a paragraph or line break:
// memory stays bounded by the chunk, not the file. A cut can still fall inside a name or an address
// (a text without blank lines, a line without breaks): the detectors of a chunk read OVERLAP code units
// of its neighbours too (src/core/check.ts, contextOf), a chunk keeps what starts inside it, and what
// the chunk before kept across the cut wins over what overlaps it here.
const CHUNK = 200_000;
/** A text longer than this (code units) is checked in more than one chunk. */
export const CHUNK_SIZE = CHUNK;
const OVERLAP = 2_000;

/** [start, end) ranges that cover the text, each ending at a blank line, a line break or a space. */
export function chunkRanges(text: string, size = CHUNK): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    // Look for a break only in the second half of the window, so no search runs back to the start.
    const from = start + Math.floor(size / 2);
    const window = text.slice(from, limit);
    let at = window.lastIndexOf('\n\n');
    let width = 2;
    if (at < 0) [at, width] = [window.lastIndexOf('\n'), 1];
    if (at < 0) [at, width] = [window.lastIndexOf(' '), 1];
    const cut = at < 0 ? limit : from + at + width; // one enormous word: cut anyway
    ranges.push([start, cut]);
    start = cut;
  }
  ranges.push([start, text.length]);
  return ranges;
}

/**
 * The stretch the detectors of chunk [start, end) read: the chunk and up to `overlap` code units of
 * each neighbour, cut back to a whitespace so that no word is read in half.
 */
export function contextOf(text: string, start: number, end: number, overlap = OVERLAP): [number, number] {
  let from = start;
  let to = end;
  if (start > 0) {
    from = Math.max(0, start - overlap);
    if (from > 0) {
      const ws = text.slice(from, start).search(/\s/);
      if (ws >= 0) from += ws + 1;
    }
  }
  if (end < text.length) {
    to = Math.min(text.length, end + overlap);
    if (to < text.length) {
      const tail = text.slice(end, to);
      const ws = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'), tail.lastIndexOf('\t'));
      if (ws >= 0) to = end + ws;
    }
  }
  return [from, to];
}

const overlapsAny = (d: Detection, spans: readonly Detection[]) => spans.some((c) => c.start < d.end && d.start < c.end);

/** How a text is cut (tests pass small sizes, so that a short text spans several chunks). */
export interface Chunking {
  size?: number;
  overlap?: number;
  /** Bounds of what the risk model keeps (src/core/summary.ts). */
  exact?: number;
  details?: number;
}

/**
 * The core: text in, result out. No I/O, no terminal: detectors are passed in, so tests and the CLI
 * share one path. The findings of the whole text; checkChunks gives the same chunk by chunk.
 */
export function checkText(text: string, file: string, detectors: readonly Detector[], options: CheckOptions, warnings: string[] = [], chunking: Chunking = {}): FileResult {
  const run = checkChunks(text, file, detectors, options, warnings, chunking);
  const findings: Finding[] = [];
  for (;;) {
    const step = run.next();
    if (step.done) {
      const { findingCount: _n, details: _d, ...result } = step.value;
      return { ...result, findings };
    }
    for (const f of step.value.findings) findings.push(f);
  }
}

/** What checkChunks yields for each chunk: its findings, and the text's language (the first chunk decides it). */
export interface ChunkFindings {
  language: Lang;
  findings: Finding[];
}

/** What checkChunks returns after its last chunk: the file's result without its findings, and how many there were. */
export type CheckedFile = FileResult & { findingCount: number; details: number };

/**
 * The check of a text chunk by chunk: yields each chunk's findings (in text order, as the report gives
 * them: suppressed ones left out, pseudonyms and organisation contacts marked), then returns the result
 * with `findings` empty. Only a bounded summary of the findings (src/core/summary.ts) is kept from chunk
 * to chunk, so a caller that writes each chunk's findings and drops them checks a text of any length in
 * the memory of one chunk. The result is the one checkText gives, findings apart.
 */
export function* checkChunks(text: string, file: string, detectors: readonly Detector[], options: CheckOptions, warnings: string[] = [], chunking: Chunking = {}): Generator<ChunkFindings, CheckedFile, void> {
  // The rules read the text without invisible characters (src/text/invisible.ts); every detection is
  // mapped back into `text` before anything else (resolve, messages, lines, fixes) sees it.
  const clean = cleanInvisible(text);
  const source = clean.text;
  const ranges = chunkRanges(source, chunking.size);
  const overlap = chunking.overlap ?? OVERLAP;
  let lang: Lang | undefined = options.lang === 'auto' ? undefined : options.lang;
  const lines = new LineIndex(text);
  const pseudonyms = new Set((options.pseudonyms ?? []).map(normalizeName));
  const cues: PartialCues[] = [];
  const organisation = organisationContacts(text, lines);
  const filter = options.filter ? (options.filter.stream?.(text) ?? bufferedFilter(options.filter, text)) : undefined;
  const suppressed: SuppressedFinding[] = [];
  const summary = new RiskSummary(chunking);
  let settingPlaceSoFar: Finding | undefined;
  const contexts = ranges.map(([start, end]) => (ranges.length === 1 ? [start, end] : contextOf(source, start, end, overlap)) as [number, number]);
  /** The detections of one chunk's detectors that start inside it (offsets into `text`). */
  const detectIn = (i: number, only: readonly Detector[]): Detection[] => {
    const [start, end] = ranges[i]!;
    const [from, to] = contexts[i]!;
    const chunk = from === 0 && to === source.length ? source : source.slice(from, to);
    const tokens = tokenize(chunk);
    lang ??= guessLanguage(tokens); // the first chunk decides for the whole text
    const ctx = { text: chunk, tokens, lang };
    const detections: Detection[] = [];
    setPhraseScope(tokens);
    try {
      for (const d of only) {
        for (const found of d.detect(ctx)) {
          const at = found.start + from;
          // A detection that starts in a neighbour belongs to it: that chunk reads it with its whole context.
          if (at < start || at >= end) continue;
          detections.push(from || clean.changed ? { ...found, ...spanToOriginal(clean, at, found.end + from) } : found);
        }
      }
    } finally {
      setPhraseScope(undefined);
    }
    lastChunk = { chunk, tokens, from };
    return detections;
  };
  let lastChunk: { chunk: string; tokens: ReturnType<typeof tokenize>; from: number } | undefined;
  // A name marked as a pseudonym anywhere ("Gijs (geanonimiseerd)", near the end) is one wherever it
  // recurs, also in the chunks before: with more than one chunk, the marks are read first, by the
  // pseudonym rule alone, so that no chunk's findings go out before every mark is known.
  const markers = ranges.length > 1 ? detectors.filter((d) => d.id === 'pseudonym') : [];
  if (markers.length) for (let i = 0; i < ranges.length; i++) collectPseudonyms(detectIn(i, markers), text, pseudonyms);
  // Abbreviations the text defines ("the Employment Appeal Tribunal ("EAT")"), carried from chunk to chunk.
  const abbreviations = new Map<string, Detection>();
  // What the chunk before kept that reaches across the cut into this one (offsets into `text`).
  let carried: Detection[] = [];
  for (let i = 0; i < ranges.length; i++) {
    const [start, end] = ranges[i]!;
    const detections = detectIn(i, detectors);
    const { chunk, tokens, from } = lastChunk!;
    const to = contexts[i]![1];
    lastChunk = undefined;
    collectPseudonyms(detections, text, pseudonyms);
    const range = start || clean.changed ? spanToOriginal(clean, start, end) : { start, end };
    const own = carried.length ? detections.filter((d) => !overlapsAny(d, carried)) : detections;
    let resolved = propagateAbbreviations(text, resolveOverlaps(own), abbreviations, range.start, range.end);
    if (carried.length) resolved = resolved.filter((d) => !overlapsAny(d, carried));
    carried = resolved.filter((d) => d.end > range.end);
    const chunkFindings = resolved.map((d) => enrich(d, text, lines, options.uiLang ?? lang!));
    // The cues are read from the cleaned chunk's own tokens (not its neighbours'): they need the findings at their cleaned offsets.
    const cleanedFindings = clean.changed ? chunkFindings.map((f) => ({ ...f, start: clean.toCleaned(f.start), end: clean.toCleaned(f.end) })) : chunkFindings;
    const ownTokens = from === start && to === end ? tokens : tokens.filter((t) => t.start >= start - from && t.start < end - from);
    cues.push(scanCues(chunk, ownTokens, cleanedFindings, from));
    applyPseudonyms(chunkFindings, pseudonyms);
    organisation?.(chunkFindings);
    // The cues read the text as written (every finding); the estimate counts only what was not suppressed.
    settingPlaceSoFar = settingPlace(settingPlaceSoFar ? [settingPlaceSoFar, ...chunkFindings] : chunkFindings);
    let kept = chunkFindings;
    if (filter) {
      const out = filter.apply(chunkFindings);
      kept = out.kept;
      for (const f of out.suppressed) suppressed.push(f);
    }
    summary.add(kept);
    yield { language: lang!, findings: kept };
  }
  const language = lang ?? 'nl';
  const pseudonym = summary.pseudonym;
  const riskCues = mergeCues(cues, settingPlaceSoFar ? [settingPlaceSoFar] : [], language);
  const risk = estimateRisk(summary.findings(), riskCues, options, options.uiLang ?? language, pseudonym);
  const counts = { findingCount: summary.count, details: summary.nonGender };
  if (!filter) return { file, language, findings: [], pseudonym, risk, warnings, cues: riskCues, ...counts };
  const filterWarnings = filter.finish();
  suppressed.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    file, language, findings: [], pseudonym, risk, warnings: filterWarnings.length ? [...warnings, ...filterWarnings] : warnings, cues: riskCues,
    ...(suppressed.length ? { suppressed } : {}),
    ...counts,
  };
}

/** A filter without a stream of its own (one a test or an embedder wrote): given the findings of each chunk, its warnings at the end. */
function bufferedFilter(filter: FindingFilter, text: string): FilterStream {
  const warnings: string[] = [];
  return {
    apply(findings) {
      const out = filter([...findings], text);
      warnings.push(...out.warnings);
      return out;
    },
    finish: () => warnings,
  };
}

/**
 * A finding from a detection. Every finding is built by this one literal, fields in one order and
 * `factor` always present (undefined when the kind has no share): all findings share one hidden class,
 * which keeps property reads in the report, the risk model and the fixer monomorphic and the GC cheap.
 */
function enrich(d: Detection, text: string, lines: LineIndex, lang: Lang): Finding {
  const line = lines.lineAt(d.start);
  const { message, suggestion } = messages(lang).kinds[d.kind];
  return {
    kind: d.kind,
    start: d.start,
    end: d.end,
    rule: d.rule,
    confidence: d.confidence,
    facts: d.facts,
    identifier: isDirectKind(d.kind) ? 'direct' : 'quasi',
    text: text.slice(d.start, d.end),
    line,
    column: d.start - lines.lineStart(line) + 1,
    message,
    suggestion,
    factor: factorOf(d),
  } as Finding;
}
