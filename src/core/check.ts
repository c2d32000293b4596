import type { Detector } from '../detectors/types.js';
import { guessLanguage } from '../text/language.js';
import { cleanInvisible, spanToOriginal } from '../text/invisible.js';
import { LineIndex } from '../text/lines.js';
import { tokenize } from '../text/tokenize.js';
import { setPhraseScope } from '../lexicon/phrases.js';
import { factorOf } from '../risk/shares.js';
import { estimateRisk, type RiskOptions } from '../risk/estimate.js';
import { mergeCues, scanCues, type PartialCues } from '../risk/cues.js';
import { isDirectKind } from './kinds.js';
import { messages } from '../i18n/index.js';
import { propagateAbbreviations } from './abbreviations.js';
import { markOrganisationContacts } from './organisation.js';
import { resolveOverlaps } from './resolve.js';
import type { FindingFilter } from './suppress.js';
import type { Detection, FileResult, Finding, Lang } from './types.js';

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
// memory stays bounded by the chunk, not the file. Nothing a detector finds spans a paragraph.
const CHUNK = 200_000;

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
 * The core: text in, result out. No I/O, no terminal: detectors are passed in, so tests and the CLI
 * share one path.
 */
export function checkText(text: string, file: string, detectors: readonly Detector[], options: CheckOptions, warnings: string[] = []): FileResult {
  // The rules read the text without invisible characters (src/text/invisible.ts); every detection is
  // mapped back into `text` before anything else (resolve, messages, lines, fixes) sees it.
  const clean = cleanInvisible(text);
  const source = clean.text;
  const ranges = chunkRanges(source);
  let lang: Lang | undefined = options.lang === 'auto' ? undefined : options.lang;
  const lines = new LineIndex(text);
  const pseudonyms = new Set((options.pseudonyms ?? []).map(normalizeName));
  const findings: Finding[] = [];
  const cues: PartialCues[] = [];
  // Abbreviations the text defines ("the Employment Appeal Tribunal ("EAT")"), carried from chunk to chunk.
  const abbreviations = new Map<string, Detection>();
  for (const [start, end] of ranges) {
    const chunk = start === 0 && end === source.length ? source : source.slice(start, end);
    const tokens = tokenize(chunk);
    lang ??= guessLanguage(tokens); // the first chunk decides for the whole text
    const ctx = { text: chunk, tokens, lang };
    const detections: Detection[] = [];
    setPhraseScope(tokens);
    try {
      for (const d of detectors) {
        for (const found of d.detect(ctx)) {
          detections.push(start || clean.changed ? { ...found, ...spanToOriginal(clean, found.start + start, found.end + start) } : found);
        }
      }
    } finally {
      setPhraseScope(undefined);
    }
    collectPseudonyms(detections, text, pseudonyms);
    const range = start || clean.changed ? spanToOriginal(clean, start, end) : { start, end };
    const resolved = propagateAbbreviations(text, resolveOverlaps(detections), abbreviations, range.start, range.end);
    const chunkFindings = resolved.map((d) => enrich(d, text, lines, options.uiLang ?? lang!));
    // The cues are read from the cleaned chunk: they need the findings at their cleaned offsets.
    const cleanedFindings = clean.changed ? chunkFindings.map((f) => ({ ...f, start: clean.toCleaned(f.start), end: clean.toCleaned(f.end) })) : chunkFindings;
    cues.push(scanCues(chunk, tokens, cleanedFindings, start));
    findings.push(...chunkFindings);
  }
  const language = lang ?? 'nl';
  applyPseudonyms(findings, pseudonyms);
  markOrganisationContacts(text, findings);
  // The cues read the text as written; the estimate counts only what was not suppressed.
  const filtered = options.filter?.(findings, text);
  const kept = filtered ? filtered.kept : findings;
  const pseudonym = kept.some((f) => f.kind === 'name' && f.facts.pseudonym);
  const riskCues = mergeCues(cues, findings, language);
  const risk = estimateRisk(kept, riskCues, options, options.uiLang ?? language, pseudonym);
  if (!filtered) return { file, language, findings, pseudonym, risk, warnings, cues: riskCues };
  return {
    file, language, findings: kept, pseudonym, risk, warnings: filtered.warnings.length ? [...warnings, ...filtered.warnings] : warnings, cues: riskCues,
    ...(filtered.suppressed.length ? { suppressed: filtered.suppressed } : {}),
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
