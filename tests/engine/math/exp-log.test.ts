import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expFast, expSmall, logFast } from '../../../src/engine/math/exp-log';

const ULP = 2.220446049250313e-16;

describe('expFast', () => {
  it('matches published constants', () => {
    // e = 2.71828182845904523536… and 1/e = 0.36787944117144232159… (OEIS A001113, A068985).
    expect(expFast(1)).toBe(2.718281828459045);
    expect(Math.abs(expFast(-1) - 0.36787944117144233) / 0.36787944117144233).toBeLessThanOrEqual(2 * ULP);
    expect(expFast(0)).toBe(1);
    // Powers of two land exactly on their table entries: e^(k·ln 2) = 2^k to rounding of k·ln 2.
    expect(Math.abs(expFast(10 * Math.LN2) - 1024) / 1024).toBeLessThanOrEqual(4 * ULP);
  });

  it('is within 3 ulps of Math.exp over its whole plain range', () => {
    fc.assert(fc.property(fc.double({ min: -699.9, max: 699.9, noNaN: true }), (x) => {
      const exact = Math.exp(x);
      expect(Math.abs(expFast(x) - exact)).toBeLessThanOrEqual(3 * ULP * exact);
    }), { numRuns: 20_000 });
  });

  it('hands huge, tiny and non-finite arguments to Math.exp', () => {
    for (const x of [Infinity, -Infinity, Number.NaN, 709.7, 710, -720, -745.2, -800]) expect(Object.is(expFast(x), Math.exp(x))).toBe(true);
  });
});

describe('expSmall', () => {
  it('matches a published value and Math.exp to 2 ulps on |x| ≤ 1/8', () => {
    // e^{1/10} = 1.10517091807564762481… (OEIS A092618).
    expect(Math.abs(expSmall(0.1) - 1.1051709180756477)).toBeLessThanOrEqual(1.1051709180756477 * ULP);
    expect(expSmall(0)).toBe(1);
    fc.assert(fc.property(fc.double({ min: -0.125, max: 0.125, noNaN: true }), (x) => {
      expect(Math.abs(expSmall(x) - Math.exp(x))).toBeLessThanOrEqual(2 * ULP * Math.exp(x));
    }), { numRuns: 20_000 });
  });
});

describe('logFast', () => {
  it('matches published constants', () => {
    // ln 2 = 0.69314718055994530942…, ln 10 = 2.30258509299404568402… (OEIS A002162, A002392);
    // ln 3 = 1.09861228866810969140… (A002391).
    expect(logFast(2)).toBe(0.6931471805599453);
    expect(logFast(10)).toBe(2.302585092994046);
    expect(Math.abs(logFast(3) - 1.0986122886681098)).toBeLessThanOrEqual(ULP * 1.1);
    expect(logFast(1)).toBe(0);
  });

  it('is within 1e-16 absolute, or 3 ulps, of Math.log from the smallest normal double to the largest', () => {
    fc.assert(fc.property(fc.double({ min: -708, max: 709, noNaN: true }), fc.double({ min: 0.5, max: 2, noNaN: true }), (e, near) => {
      for (const x of [Math.exp(e), near]) {
        const exact = Math.log(x);
        expect(Math.abs(logFast(x) - exact)).toBeLessThanOrEqual(Math.max(1.2e-16, 3 * ULP * Math.abs(exact)));
      }
    }), { numRuns: 20_000 });
  });

  it('hands zero, negatives, subnormals and non-finite arguments to Math.log', () => {
    for (const x of [0, -0, -1, 5e-324, 1e-310, Infinity, -Infinity, Number.NaN]) expect(Object.is(logFast(x), Math.log(x))).toBe(true);
  });
});
