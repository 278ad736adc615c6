import { describe, it, expect } from 'vitest';
import { planBeta, betaHedgeContracts, betaHedgeOutcome } from '../../../src/engine/hedges/beta';
import type { BetaInput } from '../../../src/engine/hedges/beta';

// Hull, "Options, Futures, and Other Derivatives", 11th ed., §3.5: portfolio $5,050,000, β = 1.5,
// index 1,000, 4-month index futures at 1,010, $250 × index, r = 4 %, dividend yield 1 %, hedge
// for 3 months.
const hull: BetaInput = {
  portfolioValue: 5_050_000, currency: 'USD', portfolioBeta: 1.5, futuresPrice: 1010, multiplier: 250,
  indexLevel: 1000, r: 0.04, dividendYield: 0.01, horizonYears: 0.25, futuresMaturityYears: 4 / 12,
};

function plan(input: BetaInput) {
  const r = planBeta(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe('beta hedge with index futures: Hull §3.5', () => {
  // Hull §3.5 eq. 3.5: 1.5 × 5,050,000 / 252,500 = 30 contracts shorted. Exact.
  it('full hedge: short 30 contracts', () => {
    expect(betaHedgeContracts(5_050_000, 1.5, 0, 1010, 250)).toBeCloseTo(-30, 12);
    const p = plan(hull);
    expect(p.metrics.contracts).toBe(-30);
    expect(p.legs[0]?.side).toBe('sell');
    expect(p.metrics.achievedBeta).toBeCloseTo(0, 12);
  });

  // Hull §3.5 "Changing the beta of a portfolio": to 0.75 short 15; to 2.0 long 10. Exact.
  it('beta 1.5 -> 0.75: short 15; 1.5 -> 2.0: long 10', () => {
    const down = plan({ ...hull, targetBeta: 0.75 });
    expect(down.metrics.contracts).toBe(-15);
    const up = plan({ ...hull, targetBeta: 2 });
    expect(up.metrics.contracts).toBe(10);
    expect(up.legs[0]?.side).toBe('buy');
  });

  // Hull Table 3.4 "Performance of stock index hedge": index in 3 months 900 / 950 / 1,000 / 1,050 /
  // 1,100, futures then 902 / 952 / 1,003 / 1,053 / 1,103; gain on 30 short contracts 810,000 /
  // 435,000 / 52,500 / −322,500 / −697,500; expected portfolio value 4,286,187 / 4,664,937 /
  // 5,043,687 / 5,422,437 / 5,801,187; total 5,096,187 / 5,099,937 / 5,096,187 / 5,099,937 /
  // 5,103,687. Hull truncates the half dollar: tolerance 1 dollar.
  const table = [
    [900, 902, 810_000, 4_286_187, 5_096_187],
    [950, 952, 435_000, 4_664_937, 5_099_937],
    [1000, 1003, 52_500, 5_043_687, 5_096_187],
    [1050, 1053, -322_500, 5_422_437, 5_099_937],
    [1100, 1103, -697_500, 5_801_187, 5_103_687],
  ] as const;
  for (const [index, fut, gain, value, total] of table) {
    it(`Table 3.4 at index ${index}: gain ${gain}, portfolio ${value}, total ${total}`, () => {
      const o = betaHedgeOutcome(hull, -30, index, fut);
      expect(Math.abs(o.futuresGain - gain)).toBeLessThan(1e-6);
      expect(Math.abs(o.portfolioValue - value)).toBeLessThan(1);
      expect(Math.abs(o.total - total)).toBeLessThan(1);
      // The plan's own payoff carries futures at cost of carry (Hull rounds them to whole points).
      const p = plan(hull);
      expect(Math.abs(p.payoff.unhedged(index) - o.portfolioValue)).toBeLessThan(1e-6);
      expect(Math.abs(p.payoff.hedged(index) - total)).toBeLessThan(30 * 250 * 0.5 + 1);
    });
  }

  // Hull §3.5 "Locking in the benefits of stock picking": 20,000 shares at $100, β = 1.1, Mini S&P
  // 500 at 2,100, $50 × index (the E-mini multiplier, Hull Table 3.3 / CME contract specs) ->
  // 1.1 × 2,000,000 / 105,000 = 20.95 -> short 21; futures to 1,850: gain 21 × 50 × 250 = $262,500.
  it('stock-picking example with the E-mini ($50) multiplier: 20.95 -> 21, gain $262,500', () => {
    const input: BetaInput = { portfolioValue: 2_000_000, currency: 'USD', portfolioBeta: 1.1, futuresPrice: 2100, multiplier: 50, indexLevel: 2100, r: 0, dividendYield: 0, horizonYears: 0.25 };
    const p = plan(input);
    expect(Math.abs((p.metrics.exactContracts ?? 0) + 20.95)).toBeLessThan(0.005);
    expect(p.metrics.contracts).toBe(-21);
    expect(betaHedgeOutcome(input, -21, 1850, 1850).futuresGain).toBeCloseTo(262_500, 6);
  });
});

describe('beta hedge: ledger and validation', () => {
  it('fees per contract, margin held', () => {
    const p = plan({ ...hull, fees: { commissionPerContract: '1.50', exchangeFeePerContract: '1.38' }, initialMarginPerContract: '12000', stressMove: 0.1 });
    expect(p.ledger.totalCost.amount.toFixed()).toBe('86.4'); // 30 × 2.88
    expect(p.ledger.totalHeld.amount.toNumber()).toBeCloseTo(30 * 12_000 + 30 * 252_500 * 0.1, 6);
  });

  it('names bad fields', () => {
    const r = planBeta({ ...hull, portfolioValue: -1, multiplier: Number.NaN, horizonYears: 0 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual(['portfolioValue', 'multiplier', 'horizonYears']);
    const early = planBeta({ ...hull, futuresMaturityYears: 0.1 });
    expect(!early.ok && early.errors[0]?.field).toBe('futuresMaturityYears');
  });
});
