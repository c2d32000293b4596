/** Number words that count things or ages in running text. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['een', 1], ['één', 1], ['twee', 2], ['drie', 3], ['vier', 4], ['vijf', 5], ['zes', 6], ['zeven', 7], ['acht', 8],
  ['negen', 9], ['tien', 10], ['elf', 11], ['twaalf', 12], ['dertien', 13], ['veertien', 14], ['vijftien', 15],
  ['zestien', 16], ['zeventien', 17], ['achttien', 18], ['negentien', 19], ['twintig', 20], ['dertig', 30],
  ['veertig', 40], ['vijftig', 50], ['zestig', 60], ['zeventig', 70], ['tachtig', 80], ['negentig', 90], ['honderd', 100],
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100],
]);

/** Parses "45", "vijftien", "eenentwintig", "twenty-one" is left to callers (two tokens). */
export function parseNumberWord(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  const direct = NUMBER_WORDS.get(word);
  if (direct !== undefined) return direct;
  // Dutch compounds: "eenenveertig", "drieëntachtig".
  const m = /^(een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/.exec(word);
  if (m) return NUMBER_WORDS.get(m[1]!)! + NUMBER_WORDS.get(m[2]!)!;
  return undefined;
}

/** Ordinal words up to the tenth ("derde", "fifth"), for birth order ("het derde van vijf kinderen"). */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['eerste', 1], ['tweede', 2], ['derde', 3], ['vierde', 4], ['vijfde', 5], ['zesde', 6], ['zevende', 7], ['achtste', 8], ['negende', 9], ['tiende', 10],
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10],
]);
