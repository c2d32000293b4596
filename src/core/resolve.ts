import type { Kind } from './kinds.js';
import type { Detection } from './types.js';

// When two detections overlap, the more specific kind wins ("Oostmolenweg 101" is an address, not a
// place; "afdeling De Linde" is an institution, not a name). Earlier in this list = more specific.
const SPECIFICITY: readonly Kind[] = [
  'email', 'url', 'iban', 'national-id', 'record-id', 'phone', 'license-plate', 'handle', 'address', 'postcode',
  'institution', 'family', 'event', 'unusual', 'name', 'date', 'age', 'diagnosis', 'profession', 'nationality',
  'place', 'gender',
];
const rank = new Map(SPECIFICITY.map((k, i) => [k, SPECIFICITY.length - i]));

/** Strength key: a confident detection beats a guess; then the more specific kind, the longer span. */
function strength(d: Detection): [number, number, number, number] {
  return [d.confidence >= 0.75 ? 1 : 0, rank.get(d.kind)!, d.end - d.start, d.confidence];
}

function compare(a: Detection, b: Detection): number {
  const ka = strength(a);
  const kb = strength(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return kb[i]! - ka[i]!;
  return a.start - b.start || a.end - b.end;
}

/**
 * One span, one finding: greedy selection in order of strength, dropping anything that overlaps a
 * detection already kept. Deterministic: ties are broken by position.
 */
export function resolveOverlaps(detections: readonly Detection[]): Detection[] {
  const ordered = [...detections].sort(compare);
  const kept: Detection[] = [];
  // Which code units are taken: checking a span costs its length, not the number of findings kept.
  let minStart = Infinity;
  let maxEnd = 0;
  for (const d of detections) {
    if (d.start < minStart) minStart = d.start;
    if (d.end > maxEnd) maxEnd = d.end;
  }
  const base = Number.isFinite(minStart) ? minStart : 0;
  const taken = new Uint8Array(Math.max(0, maxEnd - base));
  for (const d of ordered) {
    if (d.end <= d.start) continue;
    let free = true;
    for (let i = d.start - base; i < d.end - base; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, d.start - base, d.end - base);
    kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
