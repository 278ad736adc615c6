import { describe, it, expect } from 'vitest';
import { planBeta, betaHedgeContracts, betaHedgeOutcome } from '../../../src/engine/hedges/beta';
import type { BetaInput } from '../../../src/engine/hedges/beta';
import { buildMoveTable } from '../../../src/engine/hedges/axis';

// Hull, "Options, Futures, and Other Derivatives", 11th ed., §3.5: portfolio $5,050,000, β = 1.5,
// index 1,000, 4-month index futures at 1,010, $250 × index, r = 4 %, dividend yield 1 %, hedge
// for 3 months.
const hull: BetaInput = {
  target: { symbol: 'Portfolio', amount: 5_050_000, currency: 'USD', beta: 1.5 },
  market: { futuresPrice: 1010, indexLevel: 1000, r: 0.04, indexDividendYield: 0.01, tenorYears: 0.25, futuresMaturityYears: 4 / 12 },
  sizing: { contractSize: 250 },
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
    expect(p.extras.contracts).toBe(30);
    expect(p.extras.side).toBe('sell');
    expect(p.legs[0]?.side).toBe('sell');
    expect(p.legs[0]?.contracts).toBe(30);
    expect(p.extras.achievedBeta).toBeCloseTo(0, 12);
  });

  // Hull §3.5 "Changing the beta of a portfolio": to 0.75 short 15; to 2.0 long 10. Exact.
  it('beta 1.5 -> 0.75: short 15; 1.5 -> 2.0: long 10', () => {
    const down = plan({ ...hull, targetBeta: 0.75 });
    expect(down.extras.contracts).toBe(15);
    expect(down.extras.side).toBe('sell');
    const up = plan({ ...hull, targetBeta: 2 });
    expect(up.extras.contracts).toBe(10);
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
    const input: BetaInput = {
      target: { symbol: 'Stocks', amount: 2_000_000, currency: 'USD', beta: 1.1 },
      market: { futuresPrice: 2100, indexLevel: 2100, r: 0, indexDividendYield: 0, tenorYears: 0.25 },
      sizing: { contractSize: 50 },
    };
    const p = plan(input);
    expect(Math.abs(p.extras.exactContracts - 20.95)).toBeLessThan(0.005);
    expect(p.extras.contracts).toBe(21);
    expect(p.extras.side).toBe('sell');
    expect(betaHedgeOutcome(input, -21, 1850, 1850).futuresGain).toBeCloseTo(262_500, 6);
    // The beta achieved is that of the 21 WHOLE contracts: β + N·F·m/P (Hull eq. 3.5 solved for β*) =
    // 1.1 − 21 × 2,100 × 50 / 2,000,000 = 1.1 − 1.1025 = −0.0025, not the 0 asked for.
    expect(p.extras.achievedBeta).toBeCloseTo(-0.0025, 12);
    expect(p.extras.targetBeta).toBe(0);
  });

  // The macro hedge's payoff lives on the index-level axis (Hull Table 3.4's first column), so a ±20 %
  // move table moves the INDEX (800…1,200 around 1,000), never the stock's price. At index 1,000 ± 0
  // the unhedged portfolio is Hull's 5,043,687 (tolerance 1 dollar, Hull truncates the half dollar).
  it('states its axis: the index level, today 1,000; moves are of the index', () => {
    const p = plan(hull);
    expect(p.axis.kind).toBe('index-level');
    expect(p.axis.today).toBe(1000);
    const rows = buildMoveTable(p);
    [800, 900, 1000, 1100, 1200].forEach((x, i) => expect(rows[i]!.x).toBeCloseTo(x, 9));
    expect(Math.abs(rows[2]!.unhedged - 5_043_687)).toBeLessThan(1);
    expect(Math.abs(rows[1]!.unhedged - 4_286_187)).toBeLessThan(1);
    expect(p.axis.range[0]).toBeLessThan(900);
    expect(p.axis.range[1]).toBeGreaterThan(1100);
  });
});

describe('beta hedge: ledger and validation', () => {
  it('fees per contract, margin held', () => {
    const p = plan({ ...hull, fees: { commissionPerContract: '1.50', exchangeFeePerContract: '1.38' }, margin: { initialPerContract: '12000', stressMove: 0.1 } });
    expect(p.ledger.totalCost.amount.toFixed()).toBe('86.4'); // 30 × 2.88
    expect(p.ledger.totalHeld.amount.toNumber()).toBeCloseTo(30 * 12_000 + 30 * 252_500 * 0.1, 6);
  });

  it('names bad fields', () => {
    const r = planBeta({ ...hull, target: { ...hull.target, amount: -1 }, sizing: { contractSize: Number.NaN }, market: { ...hull.market, tenorYears: 0 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual(['target.amount', 'market.tenorYears', 'sizing.contractSize']);
    const early = planBeta({ ...hull, market: { ...hull.market, futuresMaturityYears: 0.1 } });
    expect(!early.ok && early.errors[0]?.field).toBe('market.futuresMaturityYears');
    const noBeta = planBeta({ ...hull, target: { symbol: 'P', amount: 1, currency: 'USD' } });
    expect(!noBeta.ok && noBeta.errors[0]?.field).toBe('target.beta');
  });
});
