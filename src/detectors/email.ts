import type { Detection } from '../core/types.js';
import { isDomainChar, isLocalChar } from './contact-chars.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

// Mailboxes of a role or an organisation, not of a person: still reported, but they do not make a
// text about a person critical on their own.
const ROLE_MAILBOXES = new Set([
  'info', 'contact', 'secretariaat', 'communicatie', 'admin', 'office', 'hello', 'hallo', 'support', 'noreply',
  'no-reply', 'receptie', 'klantenservice', 'post', 'mail', 'privacy', 'zorg', 'afspraken', 'planning', 'hr',
  'pers', 'press', 'media', 'team', 'helpdesk', 'service', 'jobs', 'vacatures', 'sales', 'enquiries', 'inquiries',
]);

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

const emailDetector: Detector = {
  id: 'email',
  detect({ text }: DetectContext): Detection[] {
    return findEmails(text).map(({ start, end, local, domain }) => {
      const firstLabel = domain.split('.')[0]!.toLowerCase();
      const personal = !ROLE_MAILBOXES.has(local.toLowerCase()) && local.toLowerCase() !== firstLabel;
      return { kind: 'email', start, end, rule: 'email', confidence: 0.99, facts: { personal } };
    });
  },
};


export const emailRule: Rule = {
  meta: ruleMeta('email', ['email'], 'E-mail addresses; a role mailbox (info@, secretariaat@) is reported but not personal'),
  create: () => emailDetector,
};
