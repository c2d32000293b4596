import type { Detection } from '../core/types.js';
import { isHandleChar, isDomainChar, isLocalChar } from './contact-chars.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

/** @handles as used on social media; not the '@' of an e-mail address. */
const handleDetector: Detector = {
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
        out.push({ kind: 'handle', start: at, end: e, rule: 'handle', confidence: 0.9, facts: { personal: true } });
      }
      at = text.indexOf('@', e);
    }
    return out;
  },
};

export const handleRule: Rule = {
  meta: ruleMeta('handle', ['handle'], 'Social-media handles (@name), not the @ of an e-mail address'),
  create: () => handleDetector,
};
