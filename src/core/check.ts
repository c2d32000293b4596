import type { Detector } from '../detectors/types.js';
import { guessLanguage } from '../text/language.js';
import { LineIndex } from '../text/lines.js';
import { tokenize } from '../text/tokenize.js';
import { estimateRisk, type RiskOptions } from '../risk/estimate.js';
import { riskCues } from '../risk/cues.js';
import { isDirectKind } from './kinds.js';
import { messageFor } from './messages.js';
import { markOrganisationContacts } from './organisation.js';
import { resolveOverlaps } from './resolve.js';
import type { Detection, FileResult, Finding, Lang } from './types.js';

export interface CheckOptions extends RiskOptions {
  lang: Lang | 'auto';
  /** Names the user declares fictitious (--pseudonym, config). */
  pseudonyms?: readonly string[];
}

const normalizeName = (s: string) => s.toLowerCase().replace(/[^\p{L}\s-]/gu, '').trim();
// Titles and kin words are part of a name finding, not of the name the user declared.
const NAME_PREFIX = /^(?:(?:dhr|mw|mevr|mevrouw|meneer|mr|mrs|ms|dr|opa|oma|tante|oom)\.?\s+)+/i;

/** A name that is a declared or marked pseudonym is not a direct identifier, wherever it recurs. */
function markPseudonyms(detections: Detection[], text: string, declared: readonly string[]): void {
  const names = new Set(declared.map(normalizeName));
  for (const d of detections) if (d.kind === 'name' && d.data?.['pseudonym'] === true) names.add(normalizeName(text.slice(d.start, d.end).replace(NAME_PREFIX, '')));
  if (names.size === 0) return;
  for (const d of detections) {
    if (d.kind !== 'name') continue;
    const n = normalizeName(text.slice(d.start, d.end).replace(NAME_PREFIX, ''));
    if (names.has(n) || [...names].some((p) => n.split(/\s+/).includes(p))) d.data = { ...d.data, pseudonym: true };
  }
}

/**
 * The core: text in, result out. No I/O, no terminal: detectors are passed in, so tests and the CLI
 * share one path.
 */
export function checkText(text: string, file: string, detectors: readonly Detector[], options: CheckOptions, warnings: string[] = []): FileResult {
  const tokens = tokenize(text);
  const lang: Lang = options.lang === 'auto' ? guessLanguage(tokens) : options.lang;
  const ctx = { text, tokens, lang };
  const detections: Detection[] = [];
  for (const d of detectors) detections.push(...d.detect(ctx));
  markPseudonyms(detections, text, options.pseudonyms ?? []);
  markOrganisationContacts(text, detections);
  const resolved = resolveOverlaps(detections);
  const lines = new LineIndex(text);
  const findings: Finding[] = resolved.map((d) => {
    const { line, column } = lines.position(d.start);
    const { message, suggestion } = messageFor(d.kind, lang);
    const factor = d.kind === 'place' ? (d.data?.['population'] as number | undefined) : d.figure?.central;
    return {
      ...d,
      identifier: isDirectKind(d.kind) ? 'direct' : 'quasi',
      text: text.slice(d.start, d.end),
      line,
      column,
      message,
      suggestion: (d.data?.['suggestion'] as string | undefined) ?? suggestion,
      ...(factor !== undefined ? { factor } : {}),
    };
  });
  const pseudonym = findings.some((f) => f.kind === 'name' && f.data?.['pseudonym'] === true);
  const cues = riskCues(text, tokens, findings, lang);
  const risk = estimateRisk(findings, cues, options, lang, pseudonym);
  return { file, language: lang, findings, pseudonym, risk, warnings, cues };
}
