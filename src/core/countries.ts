import type { Lang } from './types.js';

/** The country a text is set in when nothing in it says otherwise. */
export const HOME_COUNTRY: Readonly<Record<Lang, 'NL' | 'GB'>> = { nl: 'NL', en: 'GB' };
