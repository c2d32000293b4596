/**
 * Figures the model falls back on when the text gives no better base. Explained with their sources in
 * docs/risk-model.md §3.2 (populations), §5.2 (employer) and §5.3 (ward); [E] marks an estimate.
 */
export const COUNTRY_POPULATION: Record<string, number> = {
  NL: 17_942_942, // CBS StatLine 37620, 1 Jan 2024 [V]
  BE: 11_763_650, // Statbel, 1 Jan 2024 [V]
  FL: 6_821_770, // Vlaams Gewest, Statbel 1 Jan 2024 [V]
  GB: 68_000_000, // ONS mid-2023 estimate 68.3 M, rounded [E]
  US: 335_000_000, // US Census Bureau Vintage 2023, 334.9 M, rounded [E]
};

/**
 * The people who live in one named street, for a street named without a house number ("woont aan de
 * Kerkstraat"): 17.9 M inhabitants over about 250,000 named public spaces in the BAG is some 70 per
 * street on average; a residential street with houses on both sides holds a few hundred. 250 [E].
 */
export const STREET_RESIDENTS = 250;

/** "Knows the author's employer": caseload of a regional institution, catchment it draws from [E]. */
export const EMPLOYER = {
  caseload: { low: 1000, central: 2000, high: 3000 }, // clinical GGZ per region per year [E]
  catchment: 500_000, // regional GGZ catchment [E] (300k–1M)
  /** On a ward a diagnosis is far more common than in the population: psychosis 0.2–0.5 [E]. */
  caseMixMultiplier: 40,
  caseMixCap: 0.5,
};

/** "Insider": a ward's admissions in the time window the text implies (docs/risk-model.md §5.3). */
export const WARD = {
  beds: 20, // acute ward ≈ 15–25 [E]
  stayDays: { short: 30, long: 59 }, // acute ≈ 30 [E]; all GGZ stays 59 [V] (Vektis via Skipr)
  defaultWindowDays: 365,
  ageBandShare: { low: 0.2, central: 0.2, high: 0.3 }, // a colleague judges age roughly: 0.2 [E]
  caseMix: { low: 0.2, central: 0.3, high: 0.5 }, // diagnosis mix on a ward [E]
};
