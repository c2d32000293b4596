import { setFlagsFromString } from 'node:v8';

/**
 * Keeps the heap near what is alive. What the check keeps from file to file and from chunk to chunk is
 * bounded (the dictionaries and their answer caches, one chunk's work, the risk model's summary:
 * src/core/check.ts), but on a machine with much memory V8 lets the heap grow to about four times what
 * was alive at the last full collection before it collects again, and a run that allocates fast reaches
 * that: a few hundred MB for data that fits in forty. V8 reads its growing factor at each collection, so
 * the CLI sets it once, at the start of a run: the heap may grow by `percent` over what is alive. Its own
 * collector still decides when (incremental and concurrent marking); only the bound is smaller.
 */
export function boundHeapGrowth(percent = HEAP_GROWTH_PERCENT): void {
  try {
    setFlagsFromString(`--heap-growing-percent=${percent}`);
  } catch {
    // a runtime without V8 flags: its own heuristics
  }
}

/** Measured on the bench's 10 MB run: below this, the time spent collecting grows faster than memory falls. */
export const HEAP_GROWTH_PERCENT = 50;

let checked = 0;
let bounded = false;

/**
 * Counts the text a run has checked, and bounds the heap's growth once that is more than a few posts: a
 * smaller heap means more collections, which a run of one short post would pay for at start (tens of
 * milliseconds while the dictionaries load) without ever needing the bound.
 */
export function noteChecked(chars: number): void {
  checked += chars;
  if (!bounded && checked > BOUND_AFTER_CHARS) {
    bounded = true;
    boundHeapGrowth();
  }
}
/** About a hundred short posts, or one long report: from there on the heap is what the run keeps growing. */
export const BOUND_AFTER_CHARS = 100_000;
