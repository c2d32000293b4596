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
  if (!ORGANISATION_CUES.test(text)) return;
  const index = new LineIndex(text);
  const lineOf = (offset: number) => index.position(offset).line - 1;
  const lines = text.split(/\r\n|\n|\r/);
  const cueLines = new Set<number>();
  lines.forEach((l, i) => {
    if (ORGANISATION_CUES.test(l)) cueLines.add(i);
  });
  for (const d of detections) {
    if (d.kind !== 'address' && d.kind !== 'postcode' && d.kind !== 'phone' && d.kind !== 'email' && d.kind !== 'url') continue;
    const line = lineOf(d.start);
    let near = false;
    for (let k = line - 3; k <= line + 1; k++) if (cueLines.has(k)) near = true;
    // A letterhead block: consecutive short lines with the cue among them.
    if (!near) {
      for (let k = line - 1; k >= 0 && k >= line - 12 && (lines[k] ?? '').trim().length < 60; k--) if (cueLines.has(k)) near = true;
    }
    if (near) d.facts = { ...d.facts, personal: false };
  }
}
