/**
 * Figures the model falls back on when the text gives no better base. Sources: research/reid-science.md
 * §4.1 (populations), §4.2 (age), §4.4 (settings), §6.4 (scenario defaults; [E] marks its estimates).
 */
export const COUNTRY_POPULATION: Record<string, number> = {
  NL: 17_942_942, // CBS StatLine 37620, 1 Jan 2024 [V]
  BE: 11_763_650, // Statbel, 1 Jan 2024 [V]
  FL: 6_821_770, // Vlaams Gewest, Statbel 1 Jan 2024 [V]
  GB: 68_000_000, // DESIGN.md
  US: 335_000_000, // DESIGN.md
};

/** "Knows the author's employer": caseload of a regional institution, catchment it draws from [E]. */
export const EMPLOYER = {
  caseload: { low: 1000, central: 2000, high: 3000 }, // clinical GGZ per region per year [E] §6.4
  catchment: 500_000, // regional GGZ catchment [E] §6.4 (300k–1M)
  /** On a ward a diagnosis is far more common than in the population: psychosis 0.2–0.5 [E] §4.4. */
  caseMixMultiplier: 40,
  caseMixCap: 0.5,
};

/** "Insider": a ward's admissions in the time window the text implies (research §6.4). */
export const WARD = {
  beds: 20, // acute ward ≈ 15–25 [E]
  stayDays: { short: 30, long: 59 }, // acute ≈ 30 [E]; all GGZ stays 59 [V] (Vektis via Skipr)
  defaultWindowDays: 365,
  ageBandShare: { low: 0.2, central: 0.2, high: 0.3 }, // a colleague judges age roughly: research §6.4 uses 0.2 [E]
  caseMix: { low: 0.2, central: 0.3, high: 0.5 }, // diagnosis mix on a ward [E]
};
