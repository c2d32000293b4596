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

const urlDetector: Detector = {
  id: 'url',
  detect({ text }: DetectContext): Detection[] {
    const out: Detection[] = [];
    // Offsets already claimed by a URL: a bare domain inside a full URL is the same URL.
    const taken = new Set<number>();
    for (const re of [URL_RE, BARE_URL_RE]) {
      for (const m of text.matchAll(re)) {
        const raw = trimTrailing(m[0]);
        const start = m.index;
        const end = start + raw.length;
        if (text[start - 1] === '@' || taken.has(start) || taken.has(end - 1)) continue;
        const hostAndPath = raw.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
        const slash = hostAndPath.indexOf('/');
        const path = slash === -1 ? '' : hostAndPath.slice(slash + 1).replace(/[?#].*$/, '');
        // A page of a person has a path ("facebook.com/jan.jansen", "doneeractie.nl/gerrit"); a homepage has none.
        const personal = path.length > 1;
        for (let k = start; k < end; k++) taken.add(k);
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
