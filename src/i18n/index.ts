import type { Lang } from '../core/types.js';
import type { Catalog } from './catalog.js';
import { en } from './en.js';
import { nl } from './nl.js';
import type { RewriteWords } from './rewrite.js';
import { enRewrite } from './rewrite-en.js';
import { nlRewrite } from './rewrite-nl.js';

export type { Catalog } from './catalog.js';
export type { RewriteWords, Stage } from './rewrite.js';

const CATALOGS: Readonly<Record<Lang, Catalog>> = { nl, en };
const REWRITE_WORDS: Readonly<Record<Lang, RewriteWords>> = { nl: nlRewrite, en: enRewrite };

/** herkenbaar's words in one UI language. */
export const messages = (lang: Lang): Catalog => CATALOGS[lang];

/** The words a rewrite puts into a text of this language (the text's language, not the UI's). */
export const rewriteWords = (lang: Lang): RewriteWords => REWRITE_WORDS[lang];

// Plain formatting instead of toLocaleString: the first Intl call costs more start-up than a whole check.
/** A whole number with the language's thousands separator ("17.942.942", "17,942,942"). */
export function formatInt(n: number, lang: Lang): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, CATALOGS[lang].thousands);
}

/** A count or a share, two significant digits below 10 ("0,00019", "2,4", "1.200"). */
export function formatNumber(n: number, lang: Lang): string {
  if (n >= 10) return formatInt(n, lang);
  const s = n === 0 ? '0' : String(Number(n.toPrecision(2)));
  const plain = s.includes('e') ? n.toFixed(Math.min(20, Math.max(2, 1 - Math.floor(Math.log10(n))))) : s;
  return plain.replace('.', CATALOGS[lang].decimal);
}

/** Seconds with one decimal, from milliseconds: "1,2" in Dutch, "1.2" in English. */
export function formatSeconds(ms: number, lang: Lang): string {
  return (Math.max(0, ms) / 1000).toFixed(1).replace('.', CATALOGS[lang].decimal);
}

/** A country as a sentence names it; `fallback` (the code itself by default) when it has no name. */
export const countryName = (code: string, lang: Lang, fallback = code): string => CATALOGS[lang].countries[code] ?? fallback;
