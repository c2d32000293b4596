import type { FileResult, Lang } from '../core/types.js';
import { messages } from '../i18n/index.js';

/** Longest text (code units) that gets a suggested rewrite in a report, and with an explicit --fix. */
const SUGGESTION_LIMIT = 20_000;
const FIX_LIMIT = 100_000;
/** The search for the least-loss rewrite grows quickly with the number of details: a post has a dozen. */
const MAX_DETAILS = 40;

/**
 * Whether a text is short enough for the least-loss search: a rewrite is planned for a post or a case
 * note, and a long document gets a plain statement instead of minutes of searching. Returns the reason
 * when it is not.
 */
export function tooLongToRewrite(result: FileResult, text: string, explicit: boolean): string | undefined {
  return tooLongToRewriteCounted(result.language, result.findings.filter((f) => f.kind !== 'gender').length, text.length, explicit);
}

/** tooLongToRewrite from the counts alone: the details (findings that are not a gender) and the text's length. */
export function tooLongToRewriteCounted(language: Lang, details: number, length: number, explicit: boolean): string | undefined {
  const limit = explicit ? FIX_LIMIT : SUGGESTION_LIMIT;
  if (length <= limit && details <= MAX_DETAILS) return undefined;
  return messages(language).fix.tooLong(details, length, MAX_DETAILS, limit);
}
