import { describe, expect, it } from 'vitest';
import { expSmall } from '../../../src/engine/math/exp-small';

/**
 * The reference is the platform's Math.exp (ECMA-262 §21.3.2.14, an implementation-approximated
 * e^x, in V8 the fdlibm algorithm, correctly rounded to within 1 ulp) and the textbook value
 * e = 2.718281828459045 (Abramowitz & Stegun, Table 1.1).
 */
describe('expSmall', () => {
  it('agrees with Math.exp to 5e-15 relative on [−2, 2], across the polynomial/library switch at ±0.5', () => {
    let worst = 0;
    for (let i = -20000; i <= 20000; i++) {
      const x = i / 10000;
      worst = Math.max(worst, Math.abs(expSmall(x) / Math.exp(x) - 1));
    }
    expect(worst).toBeLessThan(5e-15);
  });
  it('gives e^0 = 1 exactly, e^±0.5 and e¹ to the published digits', () => {
    expect(expSmall(0)).toBe(1);
    expect(expSmall(1)).toBeCloseTo(2.718281828459045, 15);
    expect(expSmall(0.5)).toBeCloseTo(1.6487212707001282, 14); // √e, A&S Table 1.1
    expect(expSmall(-0.5)).toBeCloseTo(0.6065306597126334, 14); // 1/√e
  });
  it('passes through NaN and the infinities as Math.exp does', () => {
    expect(expSmall(Number.NaN)).toBeNaN();
    expect(expSmall(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(expSmall(Number.NEGATIVE_INFINITY)).toBe(0);
  });
});
