import type { Detection } from '../core/types.js';
import type { DetectContext, Detector } from './types.js';

// Mailboxes of a role or an organisation, not of a person: still reported, but they do not make a
// text about a person critical on their own.
const ROLE_MAILBOXES = new Set([
  'info', 'contact', 'secretariaat', 'communicatie', 'admin', 'office', 'hello', 'hallo', 'support', 'noreply',
  'no-reply', 'receptie', 'klantenservice', 'post', 'mail', 'privacy', 'zorg', 'afspraken', 'planning', 'hr',
  'pers', 'press', 'media', 'team', 'helpdesk', 'service', 'jobs', 'vacatures', 'sales', 'enquiries', 'inquiries',
]);

const isLocalChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
const isDomainChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46;
const isHandleChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

interface EmailSpan { start: number; end: number; local: string; domain: string }

/** Finds e-mail addresses by expanding around each '@': linear in the text length. */
function findEmails(text: string): EmailSpan[] {
  const out: EmailSpan[] = [];
  let at = text.indexOf('@');
  while (at !== -1) {
    let s = at;
    while (s > 0 && isLocalChar(text.charCodeAt(s - 1))) s--;
    let e = at + 1;
    while (e < text.length && isDomainChar(text.charCodeAt(e))) e++;
    // A sentence-final dot or hyphen is not part of the domain.
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
    while (s < at && text[s] === '.') s++;
    const local = text.slice(s, at);
    const domain = text.slice(at + 1, e);
    const tld = domain.slice(domain.lastIndexOf('.') + 1);
    if (local.length > 0 && domain.includes('.') && /^[A-Za-z]{2,24}$/.test(tld)) out.push({ start: s, end: e, local, domain });
    at = text.indexOf('@', Math.max(e, at + 1));
  }
  return out;
}

export const emailDetector: Detector = {
  id: 'email',
  detect({ text }: DetectContext): Detection[] {
    return findEmails(text).map(({ start, end, local, domain }) => {
      const firstLabel = domain.split('.')[0]!.toLowerCase();
      const personal = !ROLE_MAILBOXES.has(local.toLowerCase()) && local.toLowerCase() !== firstLabel;
      return { kind: 'email', start, end, rule: 'email', confidence: 0.99, data: { personal } };
    });
  },
};

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

export const urlDetector: Detector = {
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
        out.push({ kind: 'url', start, end, rule: 'url', confidence: 0.95, data: { personal } });
      }
    }
    return out;
  },
};

/** @handles as used on social media; not the '@' of an e-mail address. */
export const handleDetector: Detector = {
  id: 'handle',
  detect({ text }: DetectContext): Detection[] {
    const out: Detection[] = [];
    let at = text.indexOf('@');
    while (at !== -1) {
      const before = at === 0 ? 32 : text.charCodeAt(at - 1);
      let e = at + 1;
      while (e < text.length && isHandleChar(text.charCodeAt(e))) e++;
      const name = text.slice(at + 1, e);
      const afterIsDomain = text[e] === '.' && isDomainChar(text.charCodeAt(e + 1));
      if (!isLocalChar(before) && before !== 47 && name.length >= 2 && name.length <= 30 && /[A-Za-z]/.test(name) && !afterIsDomain) {
        out.push({ kind: 'handle', start: at, end: e, rule: 'handle', confidence: 0.9, data: { personal: true } });
      }
      at = text.indexOf('@', e);
    }
    return out;
  },
};
