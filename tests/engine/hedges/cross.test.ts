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

function plan(input: CrossInput) {
  const r = planCross(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe('cross hedge: Hull Example 3.3 (airline, jet fuel hedged with heating-oil futures)', () => {
  // Hull 11th ed. Example 3.3: σF = 0.0313, σS = 0.0263, ρ = 0.928 -> h* = 0.78; 2 million gallons,
  // heating-oil contract 42,000 gallons (CME) -> N* = 37. Tolerance: h* to 0.001 (Hull prints 2 d.p.).
  it('typed ρ, σS, σF: h* = 0.78, 37 contracts bought', () => {
    const p = plan({ target: jetFuel(-2_000_000, 1.94), futuresPrice: 1.99, contractSize: 42_000, horizonYears: 1 / 12, estimate: { method: 'typed', rho: 0.928, sigmaS: 0.0263, sigmaF: 0.0313 } });
    expect(p.metrics.hedgeRatio).toBeCloseTo(0.78, 2);
    expect(Math.abs((p.metrics.hedgeRatio ?? 0) - 0.78)).toBeLessThan(0.001);
    expect(p.metrics.contracts).toBe(37);
    expect(p.legs[0]?.side).toBe('buy');
    // Hedge effectiveness is ρ² (Hull §3.4: "the R² from the regression ... equals ρ²").
    expect(p.residualRisk.effectiveness).toBeCloseTo(0.928 * 0.928, 12);
  });

  // Same example from the raw Table 3.2 data: Hull reports σF = 0.0313, σS = 0.0263, ρ = 0.928
  // (3 d.p., tolerance half a unit in the last place) and 37 contracts.
  it('estimated from Table 3.2: σF 0.0313, σS 0.0263, ρ 0.928, 37 contracts', () => {
    const p = plan({ target: jetFuel(-2_000_000, 1.94), futuresPrice: 1.99, contractSize: 42_000, horizonYears: 1 / 12, periodYears: 1 / 12, estimate: { method: 'series', spot: DS, futures: DF, series: 'changes' } });
    expect(Math.abs((p.metrics.sigmaF ?? 0) - 0.0313)).toBeLessThan(0.00005);
    expect(Math.abs((p.metrics.sigmaS ?? 0) - 0.0263)).toBeLessThan(0.00005);
    expect(Math.abs((p.metrics.correlation ?? 0) - 0.928)).toBeLessThan(0.0005);
    expect(p.metrics.contracts).toBe(37);
    expect(p.metrics.observations).toBe(15);
    expect(p.metrics.r2).toBeCloseTo((p.metrics.correlation ?? 0) ** 2, 12);
  });

  it('95 % interval of h*: slope ± t(0.975, 13)·SE, SE recomputed here from the raw sums', () => {
    const p = plan({ target: jetFuel(-2_000_000, 1.94), futuresPrice: 1.99, contractSize: 42_000, horizonYears: 1 / 12, estimate: { method: 'series', spot: DS, futures: DF, series: 'changes' } });
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
    expect(p.metrics.t975).toBeCloseTo(2.16, 3);
    expect(p.metrics.hedgeRatioLow95).toBeCloseTo(b - 2.16 * se, 3);
    expect(p.metrics.hedgeRatioHigh95).toBeCloseTo(b + 2.16 * se, 3);
  });

  // Hull 11th ed. §3.4 "Impact of daily settlement": 2 million gallons, spot 1.10, futures 1.30,
  // ĥ = 0.8 -> VA = 2,200,000, VF = 54,600, N* = 32.23 -> 32; tailing with 5 % over one year divides
  // N* by 1.05 (30.70). Our tail is e^{−rT}: r = ln 1.05 reproduces Hull's 1.05. Tolerance 0.005.
  it('tailing example: 32.23 contracts, 30.70 after tailing', () => {
    const base = { target: jetFuel(-2_000_000, 1.1), futuresPrice: 1.3, contractSize: 42_000, horizonYears: 1, estimate: { method: 'typed', rho: 0.8, sigmaS: 0.02, sigmaF: 0.02 } } as const;
    const untailed = plan({ ...base, tailing: true, r: 0 });
    expect(Math.abs((untailed.metrics.exactContracts ?? 0) - 32.23)).toBeLessThan(0.005);
    expect(untailed.metrics.contracts).toBe(32);
    const tailed = plan({ ...base, tailing: true, r: Math.log(1.05) });
    expect(Math.abs((tailed.metrics.exactContracts ?? 0) - 30.7)).toBeLessThan(0.005);
    expect(tailed.metrics.contracts).toBe(31);
  });
});

describe('cross hedge: residual risk and band', () => {
  it('at an exact h* the residual sd is |Q|·σS·√(1−ρ²)·√(T/period)', () => {
    // h* = 0.9 × 0.02/0.03 = 0.6; 60,000 units hedged with 6 contracts of 6,000... choose size 1.
    const p = plan({ target: jetFuel(100_000, 2), futuresPrice: 2, contractSize: 1, horizonYears: 0.25, periodYears: 1 / 12, estimate: { method: 'typed', rho: 0.9, sigmaS: 0.02, sigmaF: 0.03 } });
    expect(p.metrics.contracts).toBe(60_000);
    const expected = 100_000 * 0.02 * Math.sqrt(1 - 0.81) * Math.sqrt(3);
    expect(p.metrics.residualSdAtHorizon).toBeCloseTo(expected, 6);
    expect(p.metrics.unhedgedSdAtHorizon).toBeCloseTo(100_000 * 0.02 * Math.sqrt(3), 6);
    const band = crossHedgeBand(p, 2.1);
    expect(band.upper - band.centre).toBeCloseTo(p.metrics.bandHalfWidth ?? NaN, 9);
    expect(band.centre - band.lower).toBeCloseTo(p.metrics.bandHalfWidth ?? NaN, 9);
    // Centre slope is Q(1 − ρ²): only the unexplained part of the price move remains on average.
    expect(p.payoff.hedged(2.1) - p.payoff.hedged(2)).toBeCloseTo(100_000 * 0.1 * (1 - 0.81), 6);
  });

  it('rejects series that do not move and mismatched lengths', () => {
    const flat = planCross({ target: jetFuel(-1000, 2), futuresPrice: 2, contractSize: 100, horizonYears: 1, estimate: { method: 'series', spot: [1, 2, 3, 4], futures: [5, 5, 5, 5] } });
    expect(flat.ok).toBe(false);
    if (!flat.ok) expect(flat.errors[0]?.field).toBe('estimate.futures');
    const uneven = planCross({ target: jetFuel(-1000, 2), futuresPrice: 2, contractSize: 100, horizonYears: 1, estimate: { method: 'series', spot: [1, 2, 3, 4], futures: [1, 2, 3] } });
    expect(uneven.ok).toBe(false);
    const bad = planCross({ target: jetFuel(-1000, 2), futuresPrice: 2, contractSize: 100, horizonYears: 1, estimate: { method: 'typed', rho: 2, sigmaS: -1, sigmaF: 0 } });
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
