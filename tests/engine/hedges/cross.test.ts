/* eslint-disable no-loss-of-precision -- the Lanczos coefficients are kept as published. */
import { describe, it, expect } from 'vitest';
import { planCross, crossHedgeBand } from '../../../src/engine/hedges/cross';
import type { CrossInput } from '../../../src/engine/hedges/cross';
import { studentTQuantile } from '../../../src/engine/market/student-t';
import type { TargetPosition } from '../../../src/engine/hedges/inputs';

// Hull, "Options, Futures, and Other Derivatives", 11th ed., §3.4, Table 3.2: 15 monthly changes of
// the heating-oil futures price (ΔF) and the jet-fuel price (ΔS), dollars per gallon.
const DF = [0.021, 0.035, -0.046, 0.001, 0.044, -0.029, -0.026, -0.029, 0.048, -0.006, -0.036, -0.011, 0.019, -0.027, 0.029];
const DS = [0.029, 0.02, -0.044, 0.008, 0.026, -0.019, -0.01, -0.007, 0.043, 0.011, -0.036, -0.018, 0.009, -0.032, 0.023];

const jetFuel = (quantity: number, price: number): TargetPosition => ({ symbol: 'JET', quantity, price, currency: 'USD', volAnnual: 0.3, dividendYield: 0 });

interface Extra extends Omit<Partial<CrossInput>, 'market' | 'sizing' | 'target' | 'estimate'> {
  readonly hedgeRatio?: number;
  readonly rounding?: 'down' | 'nearest' | 'up';
}

/** A cross-hedge input in the engine's one signature. */
function input(target: TargetPosition, futuresPrice: number, contractSize: number, tenorYears: number, estimate: CrossInput['estimate'], extra: Extra = {}): CrossInput {
  const { hedgeRatio, rounding, ...rest } = extra;
  return {
    target, market: { futuresPrice, tenorYears }, estimate,
    sizing: { contractSize, ...(hedgeRatio !== undefined ? { hedgeRatio } : {}), ...(rounding ? { rounding } : {}) },
    ...rest,
  };
}

function plan(...args: Parameters<typeof input>) {
  const r = planCross(input(...args));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

const HULL_TYPED = { method: 'typed', rho: 0.928, sigmaS: 0.0263, sigmaF: 0.0313 } as const;
const HULL_SERIES = { method: 'series', spot: DS, futures: DF, series: 'changes' } as const;

describe('cross hedge: Hull Example 3.3 (airline, jet fuel hedged with heating-oil futures)', () => {
  // Hull 11th ed. Example 3.3: σF = 0.0313, σS = 0.0263, ρ = 0.928 -> h* = 0.78; 2 million gallons,
  // heating-oil contract 42,000 gallons (CME) -> N* = 37. Tolerance: h* to 0.001 (Hull prints 2 d.p.).
  it('typed ρ, σS, σF: h* = 0.78, 37 contracts bought', () => {
    const p = plan(jetFuel(-2_000_000, 1.94), 1.99, 42_000, 1 / 12, HULL_TYPED);
    expect(p.extras.minVarianceRatio).toBeCloseTo(0.78, 2);
    expect(Math.abs(p.extras.minVarianceRatio - 0.78)).toBeLessThan(0.001);
    expect(p.extras.contracts).toBe(37);
    expect(p.legs[0]?.side).toBe('buy');
    // Hedge effectiveness is ρ² (Hull §3.4: "the R² from the regression ... equals ρ²").
    expect(p.residualRisk.effectiveness).toBeCloseTo(0.928 * 0.928, 12);
  });

  // Same example from the raw Table 3.2 data: Hull reports σF = 0.0313, σS = 0.0263, ρ = 0.928
  // (3 d.p., tolerance half a unit in the last place) and 37 contracts.
  it('estimated from Table 3.2: σF 0.0313, σS 0.0263, ρ 0.928, 37 contracts', () => {
    const p = plan(jetFuel(-2_000_000, 1.94), 1.99, 42_000, 1 / 12, HULL_SERIES, { periodYears: 1 / 12 });
    expect(Math.abs(p.extras.sigmaF - 0.0313)).toBeLessThan(0.00005);
    expect(Math.abs(p.extras.sigmaS - 0.0263)).toBeLessThan(0.00005);
    expect(Math.abs(p.extras.correlation - 0.928)).toBeLessThan(0.0005);
    expect(p.extras.contracts).toBe(37);
    expect(p.extras.regression?.observations).toBe(15);
    expect(p.extras.regression?.r2).toBeCloseTo(p.extras.correlation ** 2, 12);
  });

  it('95 % interval of h*: slope ± t(0.975, 13)·SE, SE recomputed here from the raw sums', () => {
    const p = plan(jetFuel(-2_000_000, 1.94), 1.99, 42_000, 1 / 12, HULL_SERIES);
    const n = DF.length;
    const mx = DF.reduce((a, b) => a + b) / n;
    const my = DS.reduce((a, b) => a + b) / n;
    let sxx = 0; let sxy = 0;
    DF.forEach((x, i) => { sxx += (x - mx) ** 2; sxy += (x - mx) * ((DS[i] as number) - my); });
    const b = sxy / sxx;
    const sse = DS.reduce((a, y, i) => a + (y - my - b * ((DF[i] as number) - mx)) ** 2, 0);
    const se = Math.sqrt(sse / (n - 2) / sxx);
    // t(0.975, 13) = 2.160 (NIST/SEMATECH e-Handbook §1.3.6.7.2).
    // The table gives three decimals; tolerance 5e-4.
    expect(p.extras.regression?.t975).toBeCloseTo(2.16, 3);
    expect(p.extras.regression?.low95).toBeCloseTo(b - 2.16 * se, 3);
    expect(p.extras.regression?.high95).toBeCloseTo(b + 2.16 * se, 3);
  });

  // Hull 11th ed. §3.4 "Tailing the hedge", eq. 3.3: 2 million gallons, spot 1.10, futures 1.30,
  // ĥ = 0.8 -> VA = 2,200,000, VF = 54,600, N* = ĥ·VA/VF = 32.23 -> 32. The value ratio is the tail,
  // applied once: no further discount factor. Tolerance 0.005.
  it('tailing example: N* = ĥ·VA/VF = 32.23 contracts, once', () => {
    const p = plan(jetFuel(-2_000_000, 1.1), 1.3, 42_000, 1, { method: 'typed', rho: 0.8, sigmaS: 0.02, sigmaF: 0.02 }, { tailing: true });
    expect(Math.abs(p.extras.exactContracts - 32.23)).toBeLessThan(0.005);
    expect(p.extras.contracts).toBe(32);
  });

  // FRM Part 1 practice question Q-154.2 (Bionic Turtle, after Hull §3.4): silver, h* = 0.80 × 3.20/5.10
  // = 0.502, QA = 1,000,000 oz, S0 = 40, QF = 5,000 oz, F0 = 49: N* = 0.502 × 40,000,000 / 245,000
  // = 81.9 -> 82 long contracts. σ's given as fractions (3.2 %, 5.1 %); only their ratio sizes the hedge.
  it('FRM tailing example (silver): 81.9 -> 82 long contracts', () => {
    const p = plan({ ...jetFuel(-1_000_000, 40), symbol: 'SILVER' }, 49, 5_000, 0.25, { method: 'typed', rho: 0.8, sigmaS: 0.032, sigmaF: 0.051 }, { tailing: true });
    expect(p.extras.exactContracts).toBeCloseTo(81.95, 2);
    expect(p.extras.contracts).toBe(82);
    expect(p.legs[0]?.side).toBe('buy');
    // Quantities are futures units: 81.95 × 5,000 asked, 82 × 5,000 traded (never spot units minus futures units).
    expect(p.hedgedQuantity).toBe(410_000);
    expect(p.unhedgedQuantity).toBeCloseTo(p.targetQuantity - 410_000, 6);
    expect(Math.abs(p.unhedgedQuantity)).toBeLessThan(5_000);
  });

  // FRM Part 1 practice question Q-21.14.1 (Bionic Turtle): σ(ΔS) = 0.032, σ(ΔF) = 0.05, ρ = 0.75 -> h* =
  // 0.48; 5,000,000 gallons, 42,000 per contract -> 57.14 -> 57. "Share of the position to hedge" scales
  // the count: hedging half the position needs 0.5 × 57.14 = 28.57 -> 29 contracts.
  it('honours the share of the position to hedge: 57 contracts for all, 29 for half', () => {
    const est = { method: 'typed', rho: 0.75, sigmaS: 0.032, sigmaF: 0.05 } as const;
    const all = plan(jetFuel(-5_000_000, 3.1), 3.6, 42_000, 0.25, est);
    expect(all.extras.minVarianceRatio).toBeCloseTo(0.48, 12);
    expect(all.extras.exactContracts).toBeCloseTo(57.142857, 5);
    expect(all.extras.contracts).toBe(57);
    const half = plan(jetFuel(-5_000_000, 3.1), 3.6, 42_000, 0.25, est, { hedgeRatio: 0.5 });
    expect(half.extras.hedgeRatio).toBe(0.5);
    expect(half.extras.exactContracts).toBeCloseTo(28.571429, 5);
    expect(half.extras.contracts).toBe(29);
  });
});

describe('cross hedge: residual risk and band', () => {
  it('at an exact h* the residual sd is |Q|·σS·√(1−ρ²)·√(T/period)', () => {
    // h* = 0.9 × 0.02/0.03 = 0.6; 60,000 units hedged with 6 contracts of 6,000... choose size 1.
    const p = plan(jetFuel(100_000, 2), 2, 1, 0.25, { method: 'typed', rho: 0.9, sigmaS: 0.02, sigmaF: 0.03 }, { periodYears: 1 / 12 });
    expect(p.extras.contracts).toBe(60_000);
    const expected = 100_000 * 0.02 * Math.sqrt(1 - 0.81) * Math.sqrt(3);
    expect(p.extras.residualSdAtHorizon).toBeCloseTo(expected, 6);
    expect(p.extras.unhedgedSdAtHorizon).toBeCloseTo(100_000 * 0.02 * Math.sqrt(3), 6);
    const band = crossHedgeBand(p, 2.1);
    expect(band.upper - band.centre).toBeCloseTo(p.extras.bandHalfWidth, 9);
    expect(band.centre - band.lower).toBeCloseTo(p.extras.bandHalfWidth, 9);
    // Centre slope is Q(1 − ρ²): only the unexplained part of the price move remains on average.
    expect(p.payoff.hedged(2.1) - p.payoff.hedged(2)).toBeCloseTo(100_000 * 0.1 * (1 - 0.81), 6);
  });

  it('rejects series that do not move and mismatched lengths', () => {
    const flat = planCross(input(jetFuel(-1000, 2), 2, 100, 1, { method: 'series', spot: [1, 2, 3, 4], futures: [5, 5, 5, 5] }));
    expect(flat.ok).toBe(false);
    if (!flat.ok) expect(flat.errors[0]?.field).toBe('estimate.futures');
    const uneven = planCross(input(jetFuel(-1000, 2), 2, 100, 1, { method: 'series', spot: [1, 2, 3, 4], futures: [1, 2, 3] }));
    expect(uneven.ok).toBe(false);
    const bad = planCross(input(jetFuel(-1000, 2), 2, 100, 1, { method: 'typed', rho: 2, sigmaS: -1, sigmaF: 0 }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.field)).toEqual(['estimate.rho', 'estimate.sigmaS', 'estimate.sigmaF']);
  });
});

describe('Student t 97.5 % quantile', () => {
  // Independent check: invert the t CDF by bisection, integrating the t density with composite
  // Simpson's rule (a brute-force computation, not the table). Table values have 3 decimals.
  function tDensity(x: number, v: number): number {
    const lg = (z: number) => { // Lanczos log-gamma
      const c = [76.18009172947146, -86.50532032941677, 24.01409824083091, -1.231739572450155, 0.1208650973866179e-2, -0.5395239384953e-5];
      let y = z; const tmp = z + 5.5 - (z + 0.5) * Math.log(z + 5.5); let ser = 1.000000000190015;
      for (const k of c) ser += k / ++y;
      return -tmp + Math.log((2.5066282746310005 * ser) / z);
    };
    return Math.exp(lg((v + 1) / 2) - lg(v / 2)) / Math.sqrt(v * Math.PI) * (1 + (x * x) / v) ** (-(v + 1) / 2);
  }
  function cdfAbove0(t: number, v: number): number {
    const n = 4000; const h = t / n; let s = tDensity(0, v) + tDensity(t, v);
    for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * tDensity(i * h, v);
    return 0.5 + (s * h) / 3;
  }
  function quantile(v: number): number {
    let lo = 0; let hi = 20;
    for (let i = 0; i < 60; i++) { const mid = (lo + hi) / 2; if (cdfAbove0(mid, v) < 0.975) lo = mid; else hi = mid; }
    return (lo + hi) / 2;
  }
  for (const v of [2, 5, 13, 30, 45, 100]) {
    it(`ν = ${v} agrees with numerical integration to 0.0015`, () => {
      expect(Math.abs(studentTQuantile(0.975, v) - quantile(v))).toBeLessThan(0.0015);
    });
  }
  it('edge cases', () => {
    expect(studentTQuantile(0.975, 1e9)).toBeCloseTo(1.959964, 5);
    expect(Number.isNaN(studentTQuantile(0.975, 0)) || studentTQuantile(0.975, 0) > 0).toBe(true);
  });
});
