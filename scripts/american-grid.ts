/**
 * The American-option cases of the benchmark and of the accuracy test: spot 100, strikes 70–130
 * (deep in to deep out of the money), volatility 10–60 %, 0.05–2 years, and rate/yield pairs that
 * include no yield, a yield above the rate (early exercise of calls), a yield close to the rate
 * (either side) and a negative yield.
 */
import type { ModelParams } from '../src/engine/pricing/types';

export const AMERICAN_STRIKES = [70, 85, 100, 115, 130] as const;
export const AMERICAN_VOLS = [0.1, 0.2, 0.35, 0.6] as const;
export const AMERICAN_YEARS = [0.05, 0.25, 1, 2] as const;
/** (r, q) pairs, annual continuous. */
export const AMERICAN_RATES = [[0.05, 0], [0.05, 0.02], [0.045, 0.04], [0.02, 0.05], [0.035, 0.04], [0, 0.03], [0.03, -0.02], [0.01, 0.07]] as const;

/** Every combination: 2 types × 5 strikes × 4 vols × 4 maturities × 8 rate pairs = 1,280 options. */
export function americanGrid(): ModelParams[] {
  const out: ModelParams[] = [];
  for (const [r, q] of AMERICAN_RATES) {
    for (const t of AMERICAN_YEARS) {
      for (const vol of AMERICAN_VOLS) {
        for (const type of ['put', 'call'] as const) {
          for (const strike of AMERICAN_STRIKES) out.push({ type, spot: 100, strike, r, b: r - q, t, vol });
        }
      }
    }
  }
  return out;
}
