import type { Detection } from '../core/types.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi;
// Bare domain with a path ("doneeractie.nl/gerrit"): a person's page more often than a homepage.
const BARE_URL_RE = /\b[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,4}\.(?:nl|be|com|org|net|eu|uk|co\.uk|io|info)\/[^\s<>"'`]+/gi;
// Punctuation that ends a sentence, not a URL; trimmed with a loop (a regex anchored at $ would
// retry from every position of a long punctuation run).
const TRAILING = new Set([...'.,;:!?)]}\'"»”’']);
const trimTrailing = (s: string): string => {
  let e = s.length;
  while (e > 0 && TRAILING.has(s[e - 1]!)) e--;
  return s.slice(0, e);
};

/** Whether offset x lies in one of `spans` (sorted, disjoint [start, end) pairs): a binary search. */
function inSpans(spans: ReadonlyArray<readonly [number, number]>, x: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid]!;
    if (x < s) hi = mid - 1;
    else if (x >= e) lo = mid + 1;
    else return true;
  }
  return false;
}

const urlDetector: Detector = {
  id: 'url',
  detect({ text }: DetectContext): Detection[] {
    const out: Detection[] = [];
    // Spans already claimed by a URL, in text order: a bare domain inside a full URL is the same URL. (The
    // matches of one expression never overlap, so only the full URLs' spans need asking.)
    const taken: Array<[number, number]> = [];
    for (const re of [URL_RE, BARE_URL_RE]) {
      const claimed = re === URL_RE ? [] : taken;
      for (const m of text.matchAll(re)) {
        const raw = trimTrailing(m[0]);
        const start = m.index;
        const end = start + raw.length;
        if (text[start - 1] === '@' || inSpans(claimed, start) || inSpans(claimed, end - 1)) continue;
        const hostAndPath = raw.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
        const slash = hostAndPath.indexOf('/');
        const path = slash === -1 ? '' : hostAndPath.slice(slash + 1).replace(/[?#].*$/, '');
        // A page of a person has a path ("facebook.com/jan.jansen", "doneeractie.nl/gerrit"); a homepage has none.
        const personal = path.length > 1;
        if (re === URL_RE) taken.push([start, end]);
        out.push({ kind: 'url', start, end, rule: 'url', confidence: 0.95, facts: { personal } });
      }
    }
    return out;
  },
};


export const urlRule: Rule = {
  meta: ruleMeta('url', ['url'], 'Links; a page with a path (a profile, a fundraiser) is personal, a homepage is not'),
  create: () => urlDetector,
};
