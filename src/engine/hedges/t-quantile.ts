/**
 * The 97.5 % quantile of Student's t (two-sided 95 % critical value), for the confidence interval
 * of an estimated hedge ratio. Values from the NIST/SEMATECH e-Handbook of Statistical Methods,
 * §1.3.6.7.2 "Critical Values of the Student's t Distribution" (column 0.975), 3 decimals.
 */

/** t(0.975, ν) for ν = 1..30. */
const T975_SMALL: readonly number[] = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
  2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086,
  2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** Larger ν from the same table; ∞ is the normal quantile 1.960. */
const T975_LARGE: readonly (readonly [number, number])[] = [
  [30, 2.042], [40, 2.021], [50, 2.009], [60, 2.0], [80, 1.99], [100, 1.984], [120, 1.98], [Infinity, 1.96],
];

/**
 * t(0.975, ν) for ν >= 1 degrees of freedom (a real ν is floored). Between tabulated ν > 30 the
 * value is interpolated linearly in 1/ν (the usual table interpolation; error < 0.001).
 * Returns null for ν < 1 or a non-finite ν other than +∞.
 */
export function studentT975(dof: number): number | null {
  if (Number.isNaN(dof) || dof < 1) return null;
  if (dof === Infinity) return 1.96;
  const v = Math.floor(dof);
  if (v <= 30) return T975_SMALL[v - 1] ?? null;
  for (let i = 1; i < T975_LARGE.length; i++) {
    const [v0, t0] = T975_LARGE[i - 1] as readonly [number, number];
    const [v1, t1] = T975_LARGE[i] as readonly [number, number];
    if (v <= v1) {
      const x = 1 / v;
      const x0 = 1 / v0;
      const x1 = v1 === Infinity ? 0 : 1 / v1;
      return t0 + ((t1 - t0) * (x - x0)) / (x1 - x0);
    }
  }
  return 1.96;
}
