import type { Detection } from '../core/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Token } from '../text/tokenize.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

// What writers put next to a made-up name: "(fictieve naam)", "(naam veranderd)", "(alias)",
// "(zo heet hij niet echt)", "(fictitious name)", "(identity disguised)", "Anna*".
const MARKER_WORDS = /\b(?:fictie\w*|fictief|fictieve|gefingeerd\w*|geanonimiseerd\w*|anoniem\w*|gewijzigd\w*|veranderd|aangepast|alias|pseudoniem|schuilnaam|roepnaam\s+aangepast|onherkenbaar|verzonnen|niet\s+(?:echt|zijn|haar|de)\s+(?:echte\s+|werkelijke\s+)?naam|heet\s+(?:hij|ze|zij)\s+niet|echte\s+naam|werkelijke\s+naam|fictitious|made[-\s]up|changed|disguised|pseudonym|not\s+(?:his|her|their)\s+real\s+name|anonymi[sz]ed|invented|fake\s+name)\b/i;
// "In deze blog heet ze Yara", "die ik hier Sam noem", "who I'll refer to as 'Dre'", "let's call him Tom".
const INTRO_BEFORE = /(?:\bheet\s+(?:ze|hij|zij)|\bnoem(?:en)?\s+(?:ik\s+)?(?:haar|hem)|\brefer\s+to\s+(?:her|him|them)?\s*as|\bcall\s+(?:her|him|them)|\bnoemen\s+we\s+(?:haar|hem))\s*['‘’"“]?$/i;
// "*Teun is niet zijn werkelijke naam." / "Rosie is not her real name."
const FOOTNOTE_AFTER = /^['’"”]?\s*(?:is\s+niet\s+(?:zijn|haar|de)\s+(?:echte|werkelijke)\s+naam|is\s+not\s+(?:his|her|their)\s+real\s+name)/i;

const isNameToken = (t: Token | undefined): t is Token =>
  !!t && t.type === 'word' && t.text.length >= 2 && t.text[0] !== t.lower[0] && t.text !== t.text.toUpperCase();
// One capital letter: an initial that stands for a person ("A. (pseudoniem)", "Child T (pseudonym)").
const isInitial = (t: Token | undefined): boolean => !!t && t.type === 'word' && t.text.length === 1 && t.text !== t.lower;
// The marker itself says it is about a name ("fictieve naam", "alias"), so any capitalized word before it is one.
const SAYS_NAME = /\b(?:naam|name|alias|roepnaam|voornaam|pseudoniem|pseudonym|heet|called|identity|initiaal|initial)\b/i;

/**
 * Names the writer marks as fictitious. They are names (so they are reported), but not direct
 * identifiers: the risk model then judges the text on its other details, as the policies demand.
 */
function createPseudonymDetector(lexicon: Lexicon): Detector {
  return {
  id: 'pseudonym',
  detect({ text, tokens }: DetectContext): Detection[] {
    const first = lexicon.names().first;
    const out: Detection[] = [];
    const mark = (t: Token) => out.push({ kind: 'name', start: t.start, end: t.end, rule: 'pseudonym', confidence: 0.95, facts: { pseudonym: true, parts: [t.lower], form: 'pseudonym' } });
    const initials: Token[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (isInitial(t)) {
        // "A. (pseudoniem)", "K. (naam gewijzigd)", "Mevrouw J. – gefingeerde initiaal –", "Child T (pseudonym)".
        const dotted = tokens[i + 1]?.text === '.' && !tokens[i + 1]!.gapBefore;
        const open = tokens[dotted ? i + 2 : i + 1];
        if (open && (open.text === '(' || open.text === '–' || open.text === '-' || open.text === '—')) {
          const near = text.slice(open.end, open.end + 60);
          const end = near.search(open.text === '(' ? /\)/ : /[–—-]|\n/);
          const inside = end === -1 ? '' : near.slice(0, end);
          if (MARKER_WORDS.test(inside) && SAYS_NAME.test(inside)) {
            mark(t);
            initials.push(t);
          }
        }
        continue;
      }
      if (!isNameToken(t)) continue;
      // Skip a closing quote: "'Fatma' (naam onherkenbaar gemaakt)".
      let j = i + 1;
      const quoted = !!tokens[j] && /^['’"”]$/.test(tokens[j]!.text);
      if (quoted) j++;
      const next = tokens[j];
      if (next?.text === '(') {
        const near = text.slice(next.end, next.end + 120); // a marker is short: look no further
        const close = near.indexOf(')');
        const inside = close === -1 ? '' : near.slice(0, close);
        // "Policy (changed in 2020)" is no name: the word must be a known first name, quoted, or the marker must speak of a name.
        if (MARKER_WORDS.test(inside) && (quoted || first.has(t.lower) || SAYS_NAME.test(inside))) {
          mark(t);
          continue;
        }
      }
      if (next?.text === '*' && !next.gapBefore) {
        mark(t);
        continue;
      }
      if (INTRO_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))) {
        mark(t);
        continue;
      }
      if (tokens[i - 1]?.text === '*' && FOOTNOTE_AFTER.test(text.slice(t.end, t.end + 60).trimStart())) mark(t);
      else if (FOOTNOTE_AFTER.test(text.slice(t.end, t.end + 60).trimStart()) && /^\s/.test(text.slice(t.end, t.end + 1))) mark(t);
    }
    // Later mentions of a marked initial: "A. praat daar alleen over", "T is eight". An English "A" or "I"
    // counts only with its dot, as written when it was marked ("A. (pseudonym)").
    for (const m of initials) {
      const dotted = tokens[m.index + 1]?.text === '.';
      for (const t of tokens) {
        if (t.index <= m.index || t.text !== m.text || out.some((o) => o.start === t.start)) continue;
        const hasDot = tokens[t.index + 1]?.text === '.' && !tokens[t.index + 1]!.gapBefore;
        if (dotted ? !hasDot : hasDot || t.text === 'A' || t.text === 'I') continue;
        out.push({ kind: 'name', start: t.start, end: t.end, rule: 'pseudonym', confidence: 0.85, facts: { pseudonym: true, parts: [t.lower], form: 'pseudonym' } });
      }
    }
    return out;
  },
};
}

export const pseudonymRule: Rule = {
  meta: ruleMeta('pseudonym', ['name'], 'Names the writer marks as made up ("(fictieve naam)", "Anna*", "die ik hier Sam noem"): reported, not direct identifiers'),
  create: createPseudonymDetector,
};
