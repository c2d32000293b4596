import { LineIndex } from '../text/lines.js';
import type { Detection } from './types.js';

// A letterhead or a footer ("BEZOEKADRES", "Postbus 253", "KvK", "Contact: info@...") gives the
// organisation's own contact details: reported, so the writer sees them, but not a person's.
const ORGANISATION_CUES = /\b(?:bezoekadres|postadres|postbus|hoofdkantoor|kantoor|secretariaat|centrale\s+voorziening|dienst\s+communicatie|kvk|btw|receptie|visiting\s+address|head\s+office|registered\s+office|p\.?\s?o\.?\s+box|switchboard)\b/i;

/**
 * Marks contact details that sit in a block with an organisation cue (within three lines above or
 * one below) as not personal. A single personal detail in the same block is still personal if it
 * belongs to a named person; that is decided by the name finding, not here.
 */
export function markOrganisationContacts(text: string, detections: Detection[]): void {
  organisationContacts(text)?.(detections);
}

/**
 * markOrganisationContacts for a text read in chunks: the marker for `text` (undefined when the text
 * has no organisation cue at all), to call with each chunk's detections. It reads only the lines near
 * each contact detail (a few above, one below), so marking every chunk of a long text stays linear.
 */
export function organisationContacts(text: string, index?: LineIndex): ((detections: Detection[]) => void) | undefined {
  if (!ORGANISATION_CUES.test(text)) return undefined;
  const lines = index ?? new LineIndex(text);
  const count = lines.count;
  /** Line k (0-based) without its line break; '' outside the text. */
  const lineText = (k: number): string => {
    if (k < 0 || k >= count) return '';
    const start = lines.lineStart(k + 1);
    let end = k + 1 < count ? lines.lineStart(k + 2) : text.length;
    if (end > start && k + 1 < count) {
      end--; // the break: \n, \r, or \r\n
      if (text.charCodeAt(end) === 10 && end > start && text.charCodeAt(end - 1) === 13) end--;
    }
    return text.slice(start, end);
  };
  // Lines near the details of one call: a call reads the lines of one chunk, so the memo is per call.
  return (detections) => {
    const cue = new Map<number, boolean>();
    const isCue = (k: number): boolean => {
      if (k < 0 || k >= count) return false;
      let c = cue.get(k);
      if (c === undefined) cue.set(k, (c = ORGANISATION_CUES.test(lineText(k))));
      return c;
    };
    for (const d of detections) {
      if (d.kind !== 'address' && d.kind !== 'postcode' && d.kind !== 'phone' && d.kind !== 'email' && d.kind !== 'url') continue;
      const line = lines.lineAt(d.start) - 1;
      let near = false;
      for (let k = line - 3; k <= line + 1; k++) if (isCue(k)) near = true;
      // A letterhead block: consecutive short lines with the cue among them.
      if (!near) {
        for (let k = line - 1; k >= 0 && k >= line - 12 && lineText(k).trim().length < 60; k--) if (isCue(k)) near = true;
      }
      if (near) d.facts = { ...d.facts, personal: false };
    }
  };
}
