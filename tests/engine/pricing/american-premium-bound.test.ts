import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceAmerican, priceAmericanValue } from '../../../src/engine/pricing/american';
import { putPremiumBound } from '../../../src/engine/pricing/american-put';
import { priceEuropean } from '../../../src/engine/pricing/european';
import type { ModelParams } from '../../../src/engine/pricing/types';
import { referenceAmerican } from '../../../scripts/american-reference';

/**
 * The early-exercise premium bound that lets a put far from its exercise region skip the boundary
 * solve: it must never be below the premium (else a price would lose its premium), and where it
 * is used the price must be the European one.
 */

const put = (spot: number, r: number, q: number, vol: number, t: number): ModelParams => ({ type: 'put', spot, strike: 1, r, b: r - q, t, vol });

describe('putPremiumBound', () => {
  it('is (1 − e^{−rT})·φ(g)/|g| at the peak g on a hand-worked market', () => {
    // r = q = 2 %, vol 20 %, T = 1: B(0+) = 1 and μ = r − q − vol²/2 < 0, so the peak of
    // (ln(B/x) − μt)/(vol·√t) is at t = T; x = e^{0.62} puts it at (−0.62 + 0.02)/0.2 = −3.
    // φ(3) = 0.004431848411938 (Abramowitz & Stegun, table 26.1, Z(x)), so the Mills-ratio bound on
    // N(−3) = 0.00134989803163 is φ(3)/3; and 1 − e^{−0.02} = 0.0198013266932447.
    const bound = putPremiumBound(Math.exp(0.62), 0.02, 0.02, 0.2, 1);
    expect(bound).toBeCloseTo((0.0198013266932447 * 0.004431848411938) / 3, 14);
    expect(bound).toBeGreaterThan(0.0198013266932447 * 0.00134989803163);
  });

  it('adds the yield term when the yield is negative and is useless at or below B(0+)', () => {
    const x = 1.6;
    expect(putPremiumBound(x, 0.03, -0.02, 0.2, 1)).toBeGreaterThan(putPremiumBound(x, 0.03, 0, 0.2, 1));
    expect(putPremiumBound(1, 0.03, 0, 0.2, 1)).toBe(Infinity);
    expect(putPremiumBound(0.5 - 1e-9, 0.03, 0.06, 0.2, 1)).toBe(Infinity); // B(0+) = r/q = 0.5
    expect(putPremiumBound(0.5 * 1.0001, 0.03, 0.06, 0.2, 1)).toBeLessThan(Infinity);
  });

  it('is never below the premium of the fine reference (fast-check, negative yields and long lives included)', () => {
    fc.assert(fc.property(
      fc.double({ min: 0.001, max: 0.12, noNaN: true }),
      fc.double({ min: -0.05, max: 0.12, noNaN: true }),
      fc.double({ min: 0.05, max: 0.8, noNaN: true }),
      fc.double({ min: 0.02, max: 5, noNaN: true }),
      fc.double({ min: 1, max: 3, noNaN: true }),
      (r, q, vol, t, x) => {
        const p = put(x, r, q, vol, t);
        const premium = referenceAmerican(p) - priceEuropean(p).price;
        // The reference is within about 3e-9 of the strike of the converged value.
        expect(premium).toBeLessThanOrEqual(putPremiumBound(x, r, q, vol, t) + 1e-8);
      },
    ), { numRuns: 150 });
  });
});

describe('negligible premiums', () => {
  it('price a far out-of-the-money put or call at its European value, within 1e-9 of the strike of the reference', () => {
    // Strikes 30–40 % out of the money, short lives; a call by put-call symmetry (its put side has
    // r and q exchanged: a 6 % yield makes early exercise possible), a negative yield, a strike of 1,500.
    const cases: ModelParams[] = [
      { type: 'put', spot: 100, strike: 60, r: 0.05, b: 0.05, t: 0.1, vol: 0.15 },
      { type: 'put', spot: 100, strike: 70, r: 0.03, b: 0.05, t: 0.05, vol: 0.2 },
      { type: 'call', spot: 100, strike: 140, r: 0.01, b: -0.05, t: 0.1, vol: 0.15 },
      { type: 'put', spot: 2500, strike: 1500, r: 0.04, b: 0.02, t: 0.2, vol: 0.15 },
    ];
    for (const p of cases) {
      const [x, r, q] = p.type === 'put' ? [p.spot / p.strike, p.r, p.r - p.b] : [p.strike / p.spot, p.r - p.b, p.r];
      expect(putPremiumBound(x, r, q, p.vol, p.t)).toBeLessThanOrEqual(1e-9 * Math.max(1, x));
      const european = priceEuropean(p).price;
      expect(Math.abs(priceAmericanValue(p) - european)).toBeLessThanOrEqual(1e-13 * Math.max(p.spot, p.strike));
      expect(Math.abs(priceAmericanValue(p) - referenceAmerican(p))).toBeLessThanOrEqual(1e-9 * Math.max(p.spot, p.strike));
    }
  });

  it('leave priceAmerican on one method for every bumped spot: its price is the collocated one', () => {
    const p: ModelParams = { type: 'put', spot: 100, strike: 60, r: 0.05, b: 0.05, t: 0.1, vol: 0.15 };
    const valued = priceAmerican(p);
    expect(Math.abs(valued.price - referenceAmerican(p))).toBeLessThanOrEqual(1e-9 * p.spot);
    expect(valued.gamma).toBeGreaterThanOrEqual(0);
  });
});
