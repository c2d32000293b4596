/** The closed set of finding kinds (docs/json-report.md §4); the JSON `kind` field uses exactly these. */
export const DIRECT_KINDS = [
  'name', 'email', 'phone', 'url', 'handle', 'national-id', 'iban', 'address', 'postcode', 'license-plate', 'record-id',
] as const;
export const QUASI_KINDS = [
  'date', 'age', 'gender', 'place', 'institution', 'diagnosis', 'profession', 'family', 'event', 'nationality', 'unusual',
] as const;

export type DirectKind = (typeof DIRECT_KINDS)[number];
export type QuasiKind = (typeof QUASI_KINDS)[number];
export type Kind = DirectKind | QuasiKind;

const directSet = new Set<string>(DIRECT_KINDS);
export const isDirectKind = (k: Kind): k is DirectKind => directSet.has(k);

export const LEVELS = ['none', 'low', 'medium', 'high', 'critical'] as const;
export type Level = (typeof LEVELS)[number];
export const levelRank = (l: Level): number => LEVELS.indexOf(l);
