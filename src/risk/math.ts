/**
 * The anonymity-set arithmetic of docs/risk-model.md §6.1.
 * E is the expected number of people in the reader's frame who match every detail; the risk that a
 * reader who picks among them picks the right person is E[1/(1+X)] for X ~ Poisson(E).
 */
export function riskFromExpected(e: number): number {
  if (!(e > 0)) return 1;
  // Near 0 the closed form loses precision; its series is 1 - E/2 + E²/6.
  if (e < 1e-6) return 1 - e / 2;
  return -Math.expm1(-e) / e;
}

/** The E at which riskFromExpected(E) equals `risk` (bisection; risk is monotone in E). */
export function expectedForRisk(risk: number): number {
  if (risk >= 1) return 0;
  let lo = 0;
  let hi = 1e12;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (riskFromExpected(mid) > risk) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export const log10 = Math.log10;
