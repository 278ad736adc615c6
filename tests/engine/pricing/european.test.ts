import { describe, expect, it } from 'vitest';
import { priceEuropean } from '../../../src/engine/pricing/european';
import type { RhoMode } from '../../../src/engine/pricing/european';
import { priceOption } from '../../../src/engine/pricing/price-option';
import type { ModelParams, OptionType, Valuation } from '../../../src/engine/pricing/types';

/** BSM with dividend yield q: b = r − q. */
function bsm(type: OptionType, spot: number, strike: number, r: number, q: number, t: number, vol: number): ModelParams {
  return { type, spot, strike, r, b: r - q, t, vol };
}

// QuantLib test-suite/europeanoption.cpp, EuropeanOptionTest::testValues: "The data below are from
// 'Option pricing formulas', E.G. Haug, McGraw-Hill 1998", pp. 2-8, 24 and 27 (the same examples
// open Haug 2nd ed., ch. 1). Tolerance 1e-4 absolute, as in QuantLib.
// Columns: type, strike, spot, q, r, t, vol, value.
const haugValues: readonly [OptionType, number, number, number, number, number, number, number][] = [
  ['call', 65, 60, 0.0, 0.08, 0.25, 0.3, 2.1334],
  ['put', 95, 100, 0.05, 0.1, 0.5, 0.2, 2.4648],
  ['put', 19, 19, 0.1, 0.1, 0.75, 0.28, 1.7011],
  ['call', 19, 19, 0.1, 0.1, 0.75, 0.28, 1.7011],
  ['call', 1.6, 1.56, 0.08, 0.06, 0.5, 0.12, 0.0291],
  ['put', 70, 75, 0.05, 0.1, 0.5, 0.35, 4.087],
  ['call', 100, 90, 0.1, 0.1, 0.1, 0.15, 0.0205],
  ['call', 100, 100, 0.1, 0.1, 0.1, 0.15, 1.8734],
  ['call', 100, 110, 0.1, 0.1, 0.1, 0.15, 9.9413],
  ['call', 100, 90, 0.1, 0.1, 0.1, 0.25, 0.315],
  ['call', 100, 100, 0.1, 0.1, 0.1, 0.25, 3.1217],
  ['call', 100, 110, 0.1, 0.1, 0.1, 0.25, 10.3556],
  ['call', 100, 90, 0.1, 0.1, 0.1, 0.35, 0.9474],
  ['call', 100, 100, 0.1, 0.1, 0.1, 0.35, 4.3693],
  ['call', 100, 110, 0.1, 0.1, 0.1, 0.35, 11.1381],
  ['call', 100, 90, 0.1, 0.1, 0.5, 0.15, 0.8069],
  ['call', 100, 100, 0.1, 0.1, 0.5, 0.15, 4.0232],
  ['call', 100, 110, 0.1, 0.1, 0.5, 0.15, 10.5769],
  ['call', 100, 90, 0.1, 0.1, 0.5, 0.25, 2.7026],
  ['call', 100, 100, 0.1, 0.1, 0.5, 0.25, 6.6997],
  ['call', 100, 110, 0.1, 0.1, 0.5, 0.25, 12.7857],
  ['call', 100, 90, 0.1, 0.1, 0.5, 0.35, 4.9329],
  ['call', 100, 100, 0.1, 0.1, 0.5, 0.35, 9.3679],
  ['call', 100, 110, 0.1, 0.1, 0.5, 0.35, 15.3086],
  ['put', 100, 90, 0.1, 0.1, 0.1, 0.15, 9.921],
  ['put', 100, 100, 0.1, 0.1, 0.1, 0.15, 1.8734],
  ['put', 100, 110, 0.1, 0.1, 0.1, 0.15, 0.0408],
  ['put', 100, 90, 0.1, 0.1, 0.1, 0.25, 10.2155],
  ['put', 100, 100, 0.1, 0.1, 0.1, 0.25, 3.1217],
  ['put', 100, 110, 0.1, 0.1, 0.1, 0.25, 0.4551],
  ['put', 100, 90, 0.1, 0.1, 0.1, 0.35, 10.8479],
  ['put', 100, 100, 0.1, 0.1, 0.1, 0.35, 4.3693],
  ['put', 100, 110, 0.1, 0.1, 0.1, 0.35, 1.2376],
  ['put', 100, 90, 0.1, 0.1, 0.5, 0.15, 10.3192],
  ['put', 100, 100, 0.1, 0.1, 0.5, 0.15, 4.0232],
  ['put', 100, 110, 0.1, 0.1, 0.5, 0.15, 1.0646],
  ['put', 100, 90, 0.1, 0.1, 0.5, 0.25, 12.2149],
  ['put', 100, 100, 0.1, 0.1, 0.5, 0.25, 6.6997],
  ['put', 100, 110, 0.1, 0.1, 0.5, 0.25, 3.2734],
  ['put', 100, 90, 0.1, 0.1, 0.5, 0.35, 14.4452],
  ['put', 100, 100, 0.1, 0.1, 0.5, 0.35, 9.3679],
  ['put', 100, 110, 0.1, 0.1, 0.5, 0.35, 5.7963],
  ['call', 40, 42, 0.08, 0.04, 0.75, 0.35, 5.0975],
];

describe('generalized BSM values (Haug 1998 via QuantLib europeanoption.cpp testValues; tolerance 1e-4)', () => {
  it.each(haugValues)('%s K=%d S=%d q=%d r=%d t=%d vol=%d -> %d', (type, strike, spot, q, r, t, vol, value) => {
    expect(Math.abs(priceEuropean(bsm(type, spot, strike, r, q, t, vol)).price - value)).toBeLessThanOrEqual(1e-4);
  });

  it('Black-76 with b = 0 gives the same futures-option value (Haug p. 8: F = K = 19, r = 10 %, σ = 28 %, 0.75 y -> 1.7011)', () => {
    for (const type of ['call', 'put'] as const) {
      const r = priceOption({ type, model: 'black76', spot: 19, strike: 19, r: 0.1, t: 0.75, vol: 0.28 });
      expect(r.ok && Math.abs(r.value.price - 1.7011)).toBeLessThanOrEqual(1e-4);
    }
  });

  it('Garman–Kohlhagen through q = foreign rate (Haug p. 8: S = 1.56, K = 1.60, rd = 6 %, rf = 8 %, σ = 12 %, 0.5 y -> 0.0291)', () => {
    const r = priceOption({ type: 'call', spot: 1.56, strike: 1.6, r: 0.06, q: 0.08, t: 0.5, vol: 0.12 });
    expect(r.ok && Math.abs(r.value.price - 0.0291)).toBeLessThanOrEqual(1e-4);
  });
});

// QuantLib europeanoption.cpp, EuropeanOptionTest::testGreekValues: Haug 1998 pp. 11-16 (Haug 2nd
// ed. §2.1 examples). Tolerance 1e-4 absolute, as in QuantLib. QuantLib's theta is per year,
// thetaPerDay = theta/365; elasticity = delta·S/price.
describe('Greeks (Haug 1998 pp. 11-16 via QuantLib testGreekValues; tolerance 1e-4)', () => {
  const cases: readonly [string, ModelParams, (v: Valuation, p: ModelParams) => number, number][] = [
    ['call delta', bsm('call', 105, 100, 0.1, 0.1, 0.5, 0.36), (v) => v.delta, 0.5946],
    ['put delta', bsm('put', 105, 100, 0.1, 0.1, 0.5, 0.36), (v) => v.delta, -0.3566],
    ['put elasticity', bsm('put', 105, 100, 0.1, 0.1, 0.5, 0.36), (v, p) => (v.delta * p.spot) / v.price, -4.8775],
    ['call gamma', bsm('call', 55, 60, 0.1, 0.0, 0.75, 0.3), (v) => v.gamma, 0.0278],
    ['put gamma', bsm('put', 55, 60, 0.1, 0.0, 0.75, 0.3), (v) => v.gamma, 0.0278],
    ['call vega', bsm('call', 55, 60, 0.1, 0.0, 0.75, 0.3), (v) => v.vega, 18.9358],
    ['put vega', bsm('put', 55, 60, 0.1, 0.0, 0.75, 0.3), (v) => v.vega, 18.9358],
    ['put theta', bsm('put', 430, 405, 0.07, 0.05, 1 / 12, 0.2), (v) => v.theta, -31.1924],
    ['put theta per day', bsm('put', 430, 405, 0.07, 0.05, 1 / 12, 0.2), (v) => v.theta / 365, -0.0855],
    ['call rho', bsm('call', 72, 75, 0.09, 0.0, 1, 0.19), (v) => v.rho, 38.7325],
  ];
  it.each(cases)('%s', (_name, p, pick, expected) => {
    expect(Math.abs(pick(priceEuropean(p), p) - expected)).toBeLessThanOrEqual(1e-4);
  });
});

// Hull, "Options, Futures, and Other Derivatives", 9th ed. (same numbers in the 8th and 10th eds.).
describe('Hull worked examples (tolerance: half a unit of the last published digit)', () => {
  it('Example 15.6: S = 42, K = 40, r = 10 %, σ = 20 %, T = 0.5 -> c = 4.76, p = 0.81', () => {
    expect(Math.abs(priceEuropean(bsm('call', 42, 40, 0.1, 0, 0.5, 0.2)).price - 4.76)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(priceEuropean(bsm('put', 42, 40, 0.1, 0, 0.5, 0.2)).price - 0.81)).toBeLessThanOrEqual(0.005);
  });

  // Ch. 19 "The Greek Letters": S0 = 49, K = 50, r = 5 %, σ = 20 %, T = 20 weeks = 0.3846 y;
  // BSM value of 100,000 calls about $240,000; Examples 19.1 (delta 0.522), 19.2 (theta −4.31 per
  // year), 19.4 (gamma 0.066), 19.6 (vega 12.1), 19.7 (rho 8.91).
  const hull = priceEuropean(bsm('call', 49, 50, 0.05, 0, 0.3846, 0.2));
  it.each([
    ['price', hull.price, 2.4, 0.005],
    ['delta', hull.delta, 0.522, 0.0005],
    ['theta', hull.theta, -4.31, 0.005],
    ['gamma', hull.gamma, 0.066, 0.0005],
    ['vega', hull.vega, 12.1, 0.05],
    ['rho', hull.rho, 8.91, 0.005],
  ] as const)('ch. 19 %s', (_name, got, expected, tol) => {
    expect(Math.abs(got - expected)).toBeLessThanOrEqual(tol);
  });

  it("ch. 18 'Futures Options', Black's model: crude-oil put, F0 = K = 20, r = 9 %, σ = 25 %, T = 4 months -> 1.12", () => {
    const put = priceEuropean({ type: 'put', spot: 20, strike: 20, r: 0.09, b: 0, t: 4 / 12, vol: 0.25 }, 'black76');
    expect(Math.abs(put.price - 1.12)).toBeLessThanOrEqual(0.005);
  });
});

/** Central differences of the price in each input (independent of the analytic Greek formulas). */
function finiteDifferences(p: ModelParams, mode: RhoMode): Valuation {
  const price = (q: Partial<ModelParams>) => priceEuropean({ ...p, ...q }, mode).price;
  const hs = p.spot * 1e-4;
  const hv = 1e-5;
  const hr = 1e-6;
  const ht = Math.min(1e-6, p.t / 10);
  // rho: for 'bsm' q is fixed so b moves with r; for 'black76' b = 0 stays.
  const withR = (r: number) => (mode === 'bsm' ? { r, b: p.b + (r - p.r) } : { r });
  return {
    price: price({}),
    delta: (price({ spot: p.spot + hs }) - price({ spot: p.spot - hs })) / (2 * hs),
    gamma: (price({ spot: p.spot + hs }) - 2 * price({}) + price({ spot: p.spot - hs })) / (hs * hs),
    vega: (price({ vol: p.vol + hv }) - price({ vol: p.vol - hv })) / (2 * hv),
    theta: -(price({ t: p.t + ht }) - price({ t: p.t - ht })) / (2 * ht),
    rho: (price(withR(p.r + hr)) - price(withR(p.r - hr))) / (2 * hr),
  };
}

describe('Greeks equal central finite differences of the price (relative 1e-5, absolute 1e-6)', () => {
  const points: [ModelParams, RhoMode][] = [];
  for (const type of ['call', 'put'] as const) {
    for (const [strike, q, r, t, vol] of [
      [80, 0.02, 0.05, 0.5, 0.25],
      [100, 0.0, 0.03, 1, 0.2],
      [120, 0.04, -0.01, 2, 0.4],
      [95, 0.08, 0.02, 0.1, 0.6],
    ] as const) {
      points.push([bsm(type, 100, strike, r, q, t, vol), 'bsm']);
    }
    points.push([{ type, spot: 100, strike: 105, r: 0.04, b: 0, t: 0.75, vol: 0.3 }, 'black76']);
  }
  it.each(points)('%o (%s)', (p, mode) => {
    const analytic = priceEuropean(p, mode);
    const numeric = finiteDifferences(p, mode);
    for (const greek of ['delta', 'gamma', 'vega', 'theta', 'rho'] as const) {
      const tol = Math.max(1e-6, 1e-5 * Math.abs(numeric[greek]));
      expect(Math.abs(analytic[greek] - numeric[greek]), greek).toBeLessThanOrEqual(greek === 'gamma' ? 10 * tol : tol);
    }
  });
});

describe('exact limits, never NaN', () => {
  it('t = 0: payoff, step delta (½ at the money), other Greeks 0', () => {
    expect(priceEuropean(bsm('call', 110, 100, 0.05, 0, 0, 0.2))).toEqual({ price: 10, delta: 1, gamma: 0, vega: 0, theta: 0, rho: 0 });
    expect(priceEuropean(bsm('put', 110, 100, 0.05, 0, 0, 0.2)).delta).toBe(-0);
    expect(priceEuropean(bsm('put', 90, 100, 0.05, 0, 0, 0.2))).toEqual({ price: 10, delta: -1, gamma: 0, vega: 0, theta: 0, rho: 0 });
    expect(priceEuropean(bsm('call', 100, 100, 0.05, 0, 0, 0.2)).delta).toBe(0.5);
    expect(priceEuropean(bsm('put', 100, 100, 0.05, 0, 0, 0.2)).delta).toBe(-0.5);
  });

  it('vol = 0: discounted payoff on the forward, and the Greeks are the limits of tiny vol', () => {
    for (const [type, strike] of [['call', 90], ['call', 110], ['put', 90], ['put', 110]] as const) {
      const p = bsm(type, 100, strike, 0.05, 0.02, 1, 0);
      const zero = priceEuropean(p);
      const spotNet = 100 * Math.exp(-0.02);
      const strikeNet = strike * Math.exp(-0.05);
      expect(zero.price).toBeCloseTo(Math.max(type === 'call' ? spotNet - strikeNet : strikeNet - spotNet, 0), 12);
      const tiny = priceEuropean({ ...p, vol: 1e-6 });
      for (const g of ['price', 'delta', 'gamma', 'vega', 'theta', 'rho'] as const) expect(zero[g]).toBeCloseTo(tiny[g], 9);
    }
  });

  it('deep in and out of the money: finite, non-negative, within the bounds', () => {
    for (const spot of [1e-6, 1, 1e6, 1e12]) {
      for (const type of ['call', 'put'] as const) {
        const v = priceEuropean(bsm(type, spot, 100, 0.05, 0.01, 30, 0.05));
        for (const g of Object.values(v)) expect(Number.isFinite(g)).toBe(true);
        expect(v.price).toBeGreaterThanOrEqual(0);
        expect(v.price).toBeLessThanOrEqual(type === 'call' ? spot : 100);
      }
    }
  });
});
