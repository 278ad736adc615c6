import { describe, expect, it } from 'vitest';
import { priceAmerican, priceAmericanValue } from '../../../src/engine/pricing/american';
import type { ModelParams, OptionType } from '../../../src/engine/pricing/types';

type Row = [OptionType, number, number, number, number, number, number, number, number, number, number, number];

/**
 * QuantLib test-suite/americanoption.cpp, testQdDoubleBoundaryGreeks: reference values from
 * FdBlackScholesVanillaEngine on a 6400 x 25600 grid (Greeks by bump-and-revalue there).
 * Columns: type, strike, spot, r, q, vol, days (Actual/365), price, delta, gamma, vega, rho
 * (per 1.00 of r with q fixed). QuantLib's tolerances: price 5e-3, delta 2e-2, gamma 5e-2,
 * vega 0.5, rho 1.0; we assert the price to 1e-3 and the Greeks to QuantLib's tolerances.
 */
const quantLibFd: Row[] = [
  ['put', 100, 100, -0.02, -0.03, 0.25, 365, 9.70634871891378, -0.449149920684487, 0.0161117554440651, 40.4325420979035, -49.7305992688268],
  ['put', 100, 100, -0.02, -0.03, 0.1, 365, 3.64590769414805, -0.46308197469402, 0.0410550676300847, 40.250315494017, -39.5038269058734],
  ['put', 100, 100, -0.01, -0.05, 0.25, 365, 8.5775244406978, -0.422766145564709, 0.0169284840289876, 39.6985105058434, -37.6001141546567],
  ['put', 100, 110, -0.02, -0.03, 0.25, 182, 3.32714702710883, -0.260035361689148, 0.0164402079842633, 25.3490088232766, -14.6094502806449],
  ['call', 100, 110, -0.03, -0.02, 0.25, 365, 15.9250060291346, 0.693617651239593, 0.0130709368607326, 39.9527729126703, 54.7552232556351],
  ['put', 100, 100, 0.05, 0.02, 0.25, 365, 8.56516754564992, -0.417498564515722, 0.016621053064668, 38.1258099609028, -36.3853448671847],
  ['put', 100, 110, 0.05, 0.02, 0.25, 365, 5.1448369208686, -0.272220115245049, 0.012285114453521, 35.9828294574172, -28.1767442595893],
  ['put', 100, 90, 0.05, 0.02, 0.25, 365, 13.6591033384705, -0.605536555936136, 0.0201218681751941, 33.043132469075, -39.6804399354522],
  ['put', 100, 100, 0.05, 0.02, 0.1, 365, 2.89533078318739, -0.419876864564183, 0.0462348707087603, 36.8729507430832, -27.2285744687295],
  ['put', 100, 100, 0.05, 0.0, 0.25, 365, 7.97439342909439, -0.40864507977181, 0.0174773907560066, 37.8333182794321, -32.8126366699877],
  ['put', 100, 100, 0.05, 0.02, 0.25, 182, 6.3451006584151, -0.440268624461285, 0.0230569802255474, 27.4990108782092, -19.2733765683073],
  ['put', 100, 100, 0.05, 0.02, 0.25, 91, 4.63340476090454, -0.457492685608646, 0.0322213244793979, 19.6654315759659, -10.0445785371051],
  ['call', 100, 100, 0.02, 0.05, 0.25, 365, 8.56516754429367, 0.503150128720948, 0.0167753673117801, 38.1258160767572, 30.9981308550533],
  ['call', 100, 90, 0.02, 0.05, 0.25, 365, 4.36500082455977, 0.335802795618739, 0.0165962925640462, 31.8913772857243, 21.3099466472855],
  ['call', 100, 110, 0.02, 0.05, 0.25, 365, 14.4286567619336, 0.665022320946486, 0.0148917716733521, 37.2554478762765, 36.4196035107511],
  ['call', 100, 100, 0.02, 0.05, 0.1, 365, 2.89533078212857, 0.448830143007674, 0.0489020992523734, 36.8729543108071, 25.7220759454224],
  ['call', 100, 100, 0.02, 0.05, 0.25, 91, 4.6334047598945, 0.503826710409155, 0.0324637591295414, 19.665433094822, 9.22713331830138],
  ['put', 110, 90, -0.02, -0.03, 0.1, 365, 20.0, -1.0, 0.0, 0.0, 0.0],
  ['put', 110, 100, -0.02, -0.03, 0.1, 182, 10.1090129265466, -0.927921861900638, 0.0305232774434501, 9.63850817026213, -18.0582480115987],
  ['call', 90, 100, -0.03, -0.02, 0.1, 182, 10.0457853012681, 0.959112950493978, 0.0192937600670717, 5.99007261197215, 11.5121098674583],
];

function params(type: OptionType, strike: number, spot: number, r: number, q: number, vol: number, t: number): ModelParams {
  return { type, spot, strike, r, b: r - q, t, vol };
}

describe('priceAmerican against QuantLib finite-difference reference values', () => {
  it.each(quantLibFd)('%s K=%d S=%d r=%d q=%d vol=%d %d days', (type, k, s, r, q, vol, days, price, delta, gamma, vega, rho) => {
    const v = priceAmerican(params(type, k, s, r, q, vol, days / 365));
    expect(Math.abs(v.price - price)).toBeLessThanOrEqual(1e-3);
    expect(Math.abs(v.delta - delta)).toBeLessThanOrEqual(2e-2);
    expect(Math.abs(v.gamma - gamma)).toBeLessThanOrEqual(5e-2);
    expect(Math.abs(v.vega - vega)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(v.rho - rho)).toBeLessThanOrEqual(1.0);
  });
});

/**
 * Andersen & Lake, "Fast American option pricing: the double-boundary case", Table 3 benchmark
 * (K = 100, S = 100, r = −1.2 %, q = −1.6 %, σ = 10 %), as carried in QuantLib
 * test-suite/americanoption.cpp testQdDoubleBoundary with tolerance 1e-3 (used here too).
 */
const doubleBoundary: [number, number][] = [
  [45, 1.380533089],
  [90, 1.942381237],
  [180, 2.729267252],
  [360, 3.830520425],
];

describe('double-boundary put (q < r < 0)', () => {
  it.each(doubleBoundary)('%d days', (days, expected) => {
    const price = priceAmericanValue(params('put', 100, 100, -0.012, -0.016, 0.1, days / 365));
    expect(Math.abs(price - expected)).toBeLessThanOrEqual(1e-3);
  });
});

/** Plain Cox–Ross–Rubinstein binomial tree, written here independently of the engine. */
function crrTree(call: boolean, s: number, k: number, r: number, q: number, t: number, vol: number, steps: number): number {
  const dt = t / steps;
  const u = Math.exp(vol * Math.sqrt(dt));
  const p = (Math.exp((r - q) * dt) - 1 / u) / (u - 1 / u);
  const df = Math.exp(-r * dt);
  const sign = call ? 1 : -1;
  const v = new Float64Array(steps + 1);
  let node = s * Math.pow(u, -steps);
  for (let j = 0; j <= steps; j++, node *= u * u) v[j] = Math.max(sign * (node - k), 0);
  for (let i = steps - 1; i >= 0; i--) {
    node = s * Math.pow(u, -i);
    for (let j = 0; j <= i; j++, node *= u * u) {
      const hold = df * (p * (v[j + 1] as number) + (1 - p) * (v[j] as number));
      v[j] = Math.max(hold, sign * (node - k));
    }
  }
  return v[0] as number;
}

describe("Hull's American put example", () => {
  // Hull, "Options, Futures, and Other Derivatives", 8th ed., ch. 20 (Basic numerical procedures),
  // Example 20.1: S = 50, K = 50, r = 10 %, σ = 40 %, T = 5 months. A 5-step tree gives 4.49
  // (to the cent, tolerance 0.005); with many steps the value converges to about 4.28
  // (Hull quotes 4.283 with 500 steps; tolerance 0.005).
  it('5-step tree of the test gives Hull’s 4.49', () => {
    expect(Math.abs(crrTree(false, 50, 50, 0.1, 0, 5 / 12, 0.4, 5) - 4.49)).toBeLessThanOrEqual(0.005);
  });
  it('accurate value is about 4.28', () => {
    const price = priceAmericanValue(params('put', 50, 50, 0.1, 0, 0.4, 5 / 12));
    expect(Math.abs(price - 4.283)).toBeLessThanOrEqual(0.005);
  });
});

/**
 * Brute force: a 10,000-step CRR tree per scenario, |ours − tree| ≤ 1e-3 (the bar).
 * Scenarios span ITM/ATM/OTM, r = 0, r < 0, q > r, q < r < 0, a week and ten years, vol 5 %–100 %.
 */
const bruteForce: [OptionType, number, number, number, number, number, number][] = [
  ['put', 90, 100, 0.05, 0, 1, 0.2],
  ['put', 100, 100, 0.05, 0.02, 0.5, 0.3],
  ['put', 120, 100, 0.08, 0, 1, 0.25],
  ['put', 100, 100, 0, -0.02, 1, 0.3],
  ['put', 100, 100, -0.01, 0.01, 2, 0.25],
  ['call', 110, 100, 0.02, 0.06, 1, 0.25],
  ['put', 100, 100, 0.05, 0, 1 / 52, 0.05],
  ['call', 100, 100, 0.03, 0.08, 1 / 52, 1.0],
  ['put', 100, 100, 0.05, 0.01, 10, 0.2],
  ['put', 95, 100, 0.04, 0, 10, 0.05],
  ['put', 100, 100, 0.06, 0, 0.5, 1.0],
  ['call', 100, 100, -0.03, -0.01, 1, 0.2],
];

describe('priceAmericanValue against a 10,000-step binomial tree', () => {
  it.each(bruteForce)('%s S=%d K=%d r=%d q=%d T=%d vol=%d', (type, s, k, r, q, t, vol) => {
    const tree = crrTree(type === 'call', s, k, r, q, t, vol, 10_000);
    const ours = priceAmericanValue({ type, spot: s, strike: k, r, b: r - q, t, vol });
    expect(Math.abs(ours - tree)).toBeLessThanOrEqual(1e-3);
  }, 20_000);
});
