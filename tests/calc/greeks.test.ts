import { describe, expect, it } from 'vitest';
import { priceOption } from '../../src/engine';
import type { HedgePlan } from '../../src/engine';
import { computeMode } from '../../src/calc/calculate';
import { positionGreeks, toDisplayUnits } from '../../src/calc/greeks';
import { PRESETS } from '../../src/state/presets';

// Hull, "Options, Futures, and Other Derivatives" (Greek Letters chapter, the running example):
// S = 49, K = 50, r = 5 %, σ = 20 %, T = 20 weeks = 0.3846 y, no dividends. Published for the call:
// delta 0.522, gamma 0.066, vega 12.1 (per 1.00 of σ), theta −4.31 per year, rho 8.91 (per 1.00 of r).
// The put's follow by put–call parity (q = 0): Δp = Δc − 1; Γ and vega equal;
// Θp = Θc + rK·e^{−rT}; ρp = ρc − K·T·e^{−rT}.
const T = 0.3846;
const disc = Math.exp(-0.05 * T);
const put = { delta: 0.522 - 1, gamma: 0.066, vega: 12.1, theta: -4.31 + 0.05 * 50 * disc, rho: 8.91 - 50 * T * disc };

function planWithPut(contracts: number, side: 'buy' | 'sell'): HedgePlan {
  // Only the legs matter to positionGreeks; the rest of the plan is not read.
  return { legs: [{ instrument: 'put', side, contracts, contractSize: 100, unitPrice: 0, strike: 50, expiryYears: T, optionType: 'put' }] } as unknown as HedgePlan;
}

describe('Greeks of the hedged position (Hull, Greek Letters chapter; tolerance: the published digits)', () => {
  const m = { spot: 49, r: 0.05, q: 0, vol: 0.2, exercise: 'european' as const };

  it('100 shares + one bought put contract (100 puts)', () => {
    const g = positionGreeks(planWithPut(1, 'buy'), 100, m, { priceOption })!;
    expect(g.quantity).toBe(100);
    expect(g.delta).toBeCloseTo(100 + 100 * put.delta, 0); // 52.2
    expect(g.gamma).toBeCloseTo(100 * put.gamma, 1); // 6.6
    expect(g.vegaPerVolPoint).toBeCloseTo(100 * put.vega * 0.01, 1); // 12.1 per volatility point
    expect(g.thetaPerDay).toBeCloseTo((100 * put.theta) / 365, 2); // −0.51 a day
    expect(g.rhoPerPercent).toBeCloseTo(100 * put.rho * 0.01, 1); // −9.95 per 1 % of rate
  });

  it('a written leg counts with the opposite sign', () => {
    const bought = positionGreeks(planWithPut(2, 'buy'), 0, m, { priceOption })!;
    const sold = positionGreeks(planWithPut(2, 'sell'), 0, m, { priceOption })!;
    expect(sold.delta).toBeCloseTo(-bought.delta, 12);
    expect(sold.vegaPerVolPoint).toBeCloseTo(-bought.vegaPerVolPoint, 12);
  });

  it('converts the engine per-unit Greeks into the UI units exactly (vega /100, theta /365, rho /100)', () => {
    expect(toDisplayUnits(5, { delta: 1, gamma: 2, vega: 300, theta: -730, rho: 50 })).toEqual({ quantity: 5, delta: 1, gamma: 2, vegaPerVolPoint: 3, thetaPerDay: -2, rhoPerPercent: 0.5 });
  });

  it('no option leg: no Greeks table', () => {
    expect(positionGreeks({ legs: [{ instrument: 'futures', side: 'sell', contracts: 1, contractSize: 50, unitPrice: 222 }] } as unknown as HedgePlan, 40, m, { priceOption })).toBeNull();
  });

  it('the investor example: the protective put and the collar have Greeks, the short sale has none', () => {
    const r = computeMode(PRESETS.investor.scenario);
    const byId = (id: string) => r.hedges.find((h) => h.id === id)!;
    const putGreeks = byId('protective-put').greeks!;
    // 1,200 shares, 12 long puts of 100: delta between 0 and 1,200 (a put's delta is in [−1, 0]).
    expect(putGreeks.quantity).toBe(1200);
    expect(putGreeks.delta).toBeGreaterThan(0);
    expect(putGreeks.delta).toBeLessThan(1200);
    expect(putGreeks.thetaPerDay).toBeLessThan(0); // a long option decays
    expect(byId('collar').greeks).not.toBeNull();
    expect(byId('short-sale').greeks).toBeNull();
  });
});
