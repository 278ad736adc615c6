import { describe, expect, it } from 'vitest';
import { priceAmericanValue } from '../../../src/engine/pricing/american';
import { priceEuropean } from '../../../src/engine/pricing/european';
import { impliedVol, priceOption } from '../../../src/engine/pricing/price-option';
import type { ImpliedVolInput } from '../../../src/engine/pricing/price-option';

function volOf(input: ImpliedVolInput): number {
  const r = impliedVol(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

function messageOf(input: ImpliedVolInput): { field: string; message: string } {
  const r = impliedVol(input);
  expect(r.ok).toBe(false);
  return r.ok ? { field: '', message: '' } : { field: r.errors[0]!.field, message: r.errors[0]!.message };
}

describe('published implied volatilities', () => {
  it('Hull, Options, Futures, and Other Derivatives (7th ed. §13.11, 9th ed. §15.11): c = 1.875, S0 = 21, K = 20, r = 10 %, T = 0.25 -> σ = 23.5 % (tolerance 0.05 %)', () => {
    expect(Math.abs(volOf({ type: 'call', spot: 21, strike: 20, r: 0.1, t: 0.25, price: 1.875 }) - 0.235)).toBeLessThanOrEqual(5e-4);
  });

  // The Haug/QuantLib table's values, inverted: each published price gives back the published
  // volatility to the precision four published decimals allow (|Δσ| <= 0.5e-4/vega + 1e-6).
  it.each([
    ['call', 65, 60, 0.0, 0.08, 0.25, 0.3, 2.1334],
    ['put', 95, 100, 0.05, 0.1, 0.5, 0.2, 2.4648],
    ['put', 70, 75, 0.05, 0.1, 0.5, 0.35, 4.087],
    ['call', 40, 42, 0.08, 0.04, 0.75, 0.35, 5.0975],
  ] as const)('Haug 1998 via QuantLib testValues: %s K=%d S=%d q=%d r=%d t=%d -> σ = %d', (type, strike, spot, q, r, t, vol, value) => {
    const got = volOf({ type, spot, strike, r, q, t, price: value });
    const vega = priceEuropean({ type, spot, strike, r, b: r - q, t, vol }).vega;
    expect(Math.abs(got - vol)).toBeLessThanOrEqual(0.5e-4 / vega + 1e-6);
  });
});

describe('European round trips: price(σ) then impliedVol recovers σ', () => {
  it('to 1e-8 wherever the price determines σ that finely, and reprices exactly elsewhere', () => {
    let strict = 0;
    for (const type of ['call', 'put'] as const) {
      for (const strike of [20, 60, 90, 100, 110, 150, 400]) {
        for (const t of [1 / 365, 0.1, 1, 5, 30]) {
          for (const vol of [0.01, 0.05, 0.2, 0.6, 1.5, 4]) {
            for (const [r, q] of [[0.05, 0.02], [-0.005, 0.0], [0.03, 0.08]] as const) {
              const v = priceEuropean({ type, spot: 100, strike, r, b: r - q, t, vol });
              const result = impliedVol({ type, spot: 100, strike, r, q, t, price: v.price });
              // The price carries σ to about ε·price/vega (ε = 2.2e-16, plus a few ulps of the legs).
              const resolution = (64 * Number.EPSILON * Math.max(v.price, 100 * Math.exp(-q * t), strike * Math.exp(-r * t))) / v.vega;
              if (resolution < 1e-9) {
                strict++;
                expect(result.ok && Math.abs(result.value - vol), `${type} K=${strike} t=${t} σ=${vol}`).toBeLessThanOrEqual(1e-8);
              } else if (result.ok) {
                const again = priceEuropean({ type, spot: 100, strike, r, b: r - q, t, vol: result.value }).price;
                expect(Math.abs(again - v.price)).toBeLessThanOrEqual(1e-12 * Math.max(1, v.price) + 64 * Number.EPSILON * 100);
              } else {
                // Only a price indistinguishable from a bound may be refused.
                expect(result.errors[0]!.field).toBe('price');
              }
            }
          }
        }
      }
    }
    expect(strict).toBeGreaterThan(700); // 764 of the 1260 points are that well determined
  });

  it('Black-76 and Garman–Kohlhagen round trips', () => {
    const futures = priceOption({ type: 'put', model: 'black76', spot: 20, strike: 22, r: 0.09, t: 1 / 3, vol: 0.25 });
    expect(futures.ok).toBe(true);
    if (futures.ok) {
      expect(Math.abs(volOf({ type: 'put', model: 'black76', spot: 20, strike: 22, r: 0.09, t: 1 / 3, price: futures.value.price }) - 0.25)).toBeLessThan(1e-10);
    }
    const fx = priceEuropean({ type: 'call', spot: 1.56, strike: 1.6, r: 0.06, b: 0.06 - 0.08, t: 0.5, vol: 0.12 });
    expect(Math.abs(volOf({ type: 'call', spot: 1.56, strike: 1.6, r: 0.06, q: 0.08, t: 0.5, price: fx.price }) - 0.12)).toBeLessThan(1e-10);
  });

  it('a far out-of-the-money price of 1e-30 still gives a finite volatility that reprices it', () => {
    const vol = volOf({ type: 'call', spot: 100, strike: 200, r: 0.01, t: 0.5, price: 1e-30 });
    const again = priceEuropean({ type: 'call', spot: 100, strike: 200, r: 0.01, b: 0.01, t: 0.5, vol }).price;
    expect(Math.abs(again / 1e-30 - 1)).toBeLessThan(1e-9);
  });
});

describe('prices outside the no-arbitrage bounds (Hull ch. "Properties of Stock Options")', () => {
  // S = 42, K = 40, r = 10 %, T = 0.5 (Hull Example 15.6 inputs): call lower bound
  // 42 − 40·e^{−0.05} = 3.95082, upper bound 42; put lower bound 0, upper bound 40·e^{−0.05} = 38.0492.
  const base = { spot: 42, strike: 40, r: 0.1, t: 0.5 } as const;
  it('call below its lower bound names the bound and why', () => {
    expect(messageOf({ ...base, type: 'call', price: 3 })).toEqual({
      field: 'price',
      message: "The price must be above the option's lower bound 3.95082 (its discounted intrinsic value on the forward).",
    });
  });
  it('exactly at the lower bound is refused too (strictly inside only)', () => {
    expect(messageOf({ ...base, type: 'call', price: 42 - 40 * Math.exp(-0.05) }).message).toContain('lower bound 3.95082');
  });
  it('call at or above its upper bound', () => {
    expect(messageOf({ ...base, type: 'call', price: 42 }).message).toBe(
      "The price must be below the option's upper bound 42 (a call is never worth more than the underlying it buys).",
    );
  });
  it('put of 0 and put above the discounted strike', () => {
    expect(messageOf({ ...base, type: 'put', price: 0 }).message).toBe(
      "The price must be above the option's lower bound 0 (no option is worth less than nothing).",
    );
    expect(messageOf({ ...base, type: 'put', price: 39 }).message).toContain('upper bound 38.0492');
  });
  it('a price inside the bounds that would need more than 1000 % volatility', () => {
    const r = messageOf({ ...base, type: 'call', price: 41.999 });
    expect(r.field).toBe('price');
    expect(r.message).toContain('above 1000 %');
  });
  it('at expiry no volatility can be implied: an error on t', () => {
    expect(messageOf({ ...base, t: 0, type: 'call', price: 3 }).field).toBe('t');
  });
  it('American put: never below its immediate exercise value K − S', () => {
    expect(messageOf({ type: 'put', exercise: 'american', spot: 80, strike: 100, r: 0.05, t: 1, price: 19.5 }).message).toBe(
      "The price must be above the option's lower bound 20 (its value if exercised now).",
    );
  });
});

describe('American round trips through priceAmericanValue', () => {
  it.each([
    ['put', 100, 0.05, 0.0, 0.5, 0.2],
    ['put', 110, 0.08, 0.02, 1, 0.35],
    ['put', 90, 0.03, 0.0, 2, 0.15],
    ['call', 100, 0.05, 0.06, 1, 0.3],
    ['call', 95, 0.02, 0.04, 0.25, 0.5],
  ] as const)('%s K=%d r=%d q=%d t=%d σ=%d (tolerance 1e-7)', (type, strike, r, q, t, vol) => {
    const price = priceAmericanValue({ type, spot: 100, strike, r, b: r - q, t, vol });
    const got = volOf({ type, exercise: 'american', spot: 100, strike, r, q, t, price });
    expect(Math.abs(got - vol)).toBeLessThanOrEqual(1e-7);
  });
});

describe('implied volatility at extreme maturities and strikes (the bracketed safety net)', () => {
  // Round trips at the edges of the input range (99-year calls up to 20× out of the money, where the
  // fast normalized-Black iteration once settled on a wrong point near K ≈ 570). Prices come from the
  // forward pricer, itself checked against Haug's tables in european.test.ts; the input volatility
  // must come back to 1e-8, whichever of the two solvers (fast, or the bracketed net) produces it.
  it.each([
    [569.95, 99, 0.45],
    [434.8, 99, 0.45],
    [2000, 80, 0.3],
    [5, 99, 0.9],
  ])('call, S = 100, K = %s, t = %s y, r = 3 %%, q = 8 %%: σ = %s recovered', (strike, t, vol) => {
    const price = priceEuropean({ type: 'call', spot: 100, strike, r: 0.03, b: 0.03 - 0.08, t, vol }).price;
    const solved = impliedVol({ type: 'call', spot: 100, strike, r: 0.03, q: 0.08, t, price });
    expect(solved.ok).toBe(true);
    if (solved.ok) expect(Math.abs(solved.value - vol)).toBeLessThan(1e-8);
  });
});
