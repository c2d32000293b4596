import type { Lang } from '../core/types.js';
import type { Catalog } from './catalog.js';
import { en } from './en.js';
import { nl } from './nl.js';

export type { Catalog } from './catalog.js';

const CATALOGS: Readonly<Record<Lang, Catalog>> = { nl, en };

/** herkenbaar's words in one UI language. */
export const messages = (lang: Lang): Catalog => CATALOGS[lang];

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

/** A country as a sentence names it; the code itself when it has no name. */
export const countryName = (code: string, lang: Lang): string => CATALOGS[lang].countries[code] ?? code;
