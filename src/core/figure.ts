/** A share of the population (or a count, for places) with its uncertainty range and where it comes from. */
export interface Figure {
  low: number;
  central: number;
  high: number;
  /** Short human-readable source, e.g. "NEMESIS-2 (vzinfo)" or "CBS 2023". */
  source: string;
}
