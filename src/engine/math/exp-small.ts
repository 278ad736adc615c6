/**
 * e^x for the small exponents of the American boundary solver's per-market set-up (rate or yield
 * times a time, usually well under 0.5): a degree-13 Taylor polynomial when |x| ≤ 0.5, whose
 * remainder is below 0.5¹⁴/14!·e^0.5 < 1.2e-15 relative, so within a few ulps of Math.exp, and
 * Math.exp itself otherwise. A polynomial avoids the library call that Math.exp costs in the
 * optimised code of inner loops.
 */
export function expSmall(x: number): number {
  if (x > 0.5 || x < -0.5) return Math.exp(x);
  // Horner in x with the coefficients 1/n!, n = 0..13.
  return 1 + x * (1 + x * (0.5 + x * (1 / 6 + x * (1 / 24 + x * (1 / 120 + x * (1 / 720 + x * (1 / 5040 +
    x * (1 / 40320 + x * (1 / 362880 + x * (1 / 3628800 + x * (1 / 39916800 + x * (1 / 479001600 + x / 6227020800))))))))))));
}
