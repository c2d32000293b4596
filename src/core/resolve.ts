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

/**
 * Order of strength: a confident detection beats a guess; then the more specific kind, the longer span,
 * the higher confidence; ties by position. The keys are read once per detection, not once per comparison.
 */
function byStrength(detections: readonly Detection[]): Detection[] {
  const n = detections.length;
  const sure = new Uint8Array(n);
  const kind = new Uint8Array(n);
  const order: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const d = detections[i]!;
    sure[i] = d.confidence >= 0.75 ? 1 : 0;
    kind[i] = rank.get(d.kind)!;
    order[i] = i;
  }
  order.sort((i, j) => {
    const a = detections[i]!;
    const b = detections[j]!;
    return (
      sure[j]! - sure[i]! ||
      kind[j]! - kind[i]! ||
      b.end - b.start - (a.end - a.start) ||
      b.confidence - a.confidence ||
      a.start - b.start ||
      a.end - b.end
    );
  });
  return order.map((i) => detections[i]!);
}

/**
 * One span, one finding: greedy selection in order of strength, dropping anything that overlaps a
 * detection already kept. Deterministic: ties are broken by position.
 */
export function resolveOverlaps(detections: readonly Detection[]): Detection[] {
  const ordered = byStrength(detections);
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
