/**
 * Verbs of living somewhere and of moving there, Dutch and English: the place after "woont in", "verhuisde
 * naar", "lives in", "moved to" is where someone lives, and a sentence cannot lose it without a word in its
 * place ("dochter woont in Canada" -> "dochter woont elders", never "dochter woont.").
 */
export const RESIDENCE_VERBS: ReadonlySet<string> = new Set([
  'woont', 'woonde', 'wonen', 'woonden', 'verblijft', 'verbleef', 'verhuisd', 'verhuisde', 'verhuist', 'geëmigreerd', 'emigreerde',
  'lives', 'lived', 'living', 'live', 'moved', 'emigrated', 'stays', 'stayed', 'settled', 'resides', 'resided',
]);

/** Prepositions of where someone lives or went after such a verb ("woont in", "verhuisd naar", "lives in", "moved to"). */
export const RESIDENCE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'naar', 'te', 'to', 'at', 'near', 'bij']);
