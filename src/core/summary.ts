import { isPersonalDirect } from '../risk/estimate.js';
import { shareOf } from '../risk/shares.js';
import type { Finding } from './types.js';

/**
 * What the risk model keeps of a file's findings while the file is checked chunk by chunk (src/core/check.ts):
 * the findings themselves go to the report as each chunk is done.
 *
 * Up to `exact` findings, it keeps every one, in text order: the risk of a post, a case note or a report
 * of a few hundred pages is the one its whole list of findings gives. Beyond that (a text with tens of
 * thousands of details, a book or a data dump) it keeps one finding per detail (what src/fixes/search.ts
 * calls "the same detail": the kind and the concept, place or words, and whether it identifies by itself),
 * the rarest mention of each, and of those at most `details`: when there are more, the direct identifiers
 * and the rarest details stay. Such a text is critical or high by any of its details; what the bound
 * changes is how many mentions the risk's contributors list, not whether the file is dangerous.
 */
export class RiskSummary {
  private list: Finding[] | undefined = [];
  private readonly byDetail = new Map<string, Finding>();
  private readonly exact: number;
  private readonly details: number;
  /** Findings seen (after the filter): the count the report and the rewrite policy give. */
  count = 0;
  /** Findings seen that are not a gender (the details the rewrite policy counts). */
  nonGender = 0;
  pseudonym = false;

  constructor(bounds: { exact?: number; details?: number } = {}) {
    this.exact = bounds.exact ?? EXACT;
    this.details = bounds.details ?? DETAILS;
  }

  add(findings: readonly Finding[]): void {
    for (const f of findings) {
      this.count++;
      if (f.kind !== 'gender') this.nonGender++;
      if (f.kind === 'name' && f.facts.pseudonym) this.pseudonym = true;
      if (this.list) {
        if (this.list.length < this.exact) {
          this.list.push(f);
          continue;
        }
        // Too many to keep each: from here on, one per detail.
        for (const g of this.list) this.keep(g);
        this.list = undefined;
      }
      this.keep(f);
    }
  }

  /** How many findings it holds now (bounded by exact, or by twice `details`). */
  get retained(): number {
    return this.list ? this.list.length : this.byDetail.size;
  }

  /** What the risk model reads: every finding, or one per detail, in text order. */
  findings(): Finding[] {
    if (this.list) return this.list;
    return [...this.byDetail.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  }

  private keep(f: Finding): void {
    const key = detailOf(f);
    const had = this.byDetail.get(key);
    if (had) {
      if (rank(f) < rank(had)) this.byDetail.set(key, f);
      return;
    }
    this.byDetail.set(key, f);
    if (this.byDetail.size < 2 * this.details) return;
    // Twice the bound: back to the bound, the rarest kept (amortized, so the whole stays n log n).
    const best = [...this.byDetail].sort((a, b) => rank(a[1]) - rank(b[1]) || a[1].start - b[1].start).slice(0, this.details);
    this.byDetail.clear();
    for (const [k, g] of best) this.byDetail.set(k, g);
  }
}

const EXACT = 10_000;
const DETAILS = 2_000;

/** The same detail, as the rewrite search understands it (src/fixes/search.ts, detailKey), and whether it identifies by itself. */
function detailOf(f: Finding): string {
  const facts = f.facts as { id?: unknown };
  const id = f.kind === 'place' || f.kind === 'diagnosis' || f.kind === 'profession' ? facts.id : undefined;
  return `${f.kind}\u0000${typeof id === 'string' ? id : f.text.toLowerCase().replace(/\s+/g, ' ').trim()}\u0000${isPersonalDirect(f) ? 'direct' : ''}`;
}

/** Lower first: a direct identifier, then the rarest share; a kind without a share last. */
const rank = (f: Finding): number => (isPersonalDirect(f) ? -1 : (shareOf(f)?.central ?? 1));
