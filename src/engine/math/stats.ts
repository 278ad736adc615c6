/**
 * Sample statistics on plain float arrays (statistics are floats, never money). Every function
 * expects arrays already checked for length and finiteness by the caller's validation, and returns
 * NaN-free results for such input (degenerate cases return 0 or null, documented per function).
 */

/** Arithmetic mean; 0 for an empty array. */
export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** Sample covariance with the n − 1 divisor; 0 when fewer than two points. Arrays of equal length. */
export function covariance(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return 0;
  const mx = mean(xs.slice(0, n));
  const my = mean(ys.slice(0, n));
  let s = 0;
  for (let i = 0; i < n; i++) s += ((xs[i] as number) - mx) * ((ys[i] as number) - my);
  return s / (n - 1);
}

/** Sample variance (n − 1 divisor); 0 when fewer than two points. */
export function variance(xs: readonly number[]): number {
  return covariance(xs, xs);
}

/** Sample standard deviation (n − 1 divisor). */
export function stdev(xs: readonly number[]): number {
  return Math.sqrt(Math.max(variance(xs), 0));
}

/** Pearson correlation in [−1, 1]; null when either series has zero variance. */
export function correlation(xs: readonly number[], ys: readonly number[]): number | null {
  const vx = variance(xs);
  const vy = variance(ys);
  if (!(vx > 0) || !(vy > 0)) return null;
  return Math.max(-1, Math.min(1, covariance(xs, ys) / Math.sqrt(vx * vy)));
}

export interface Regression {
  /** Slope β of y = α + β·x + ε. */
  readonly slope: number;
  readonly intercept: number;
  /** Coefficient of determination, 0..1. */
  readonly r2: number;
  /** Standard error of the slope. */
  readonly slopeStdError: number;
  /** Standard deviation of the residuals (n − 2 divisor). */
  readonly residualStdev: number;
  /** Number of points used. */
  readonly n: number;
}

/**
 * Ordinary least squares of y on x (Hull, "Options, Futures, and Other Derivatives", 10th ed.,
 * §3.4: the minimum-variance hedge ratio is the slope of ΔS on ΔF). Null when x has zero variance
 * or there are fewer than three points.
 */
export function regress(ys: readonly number[], xs: readonly number[]): Regression | null {
  const n = Math.min(xs.length, ys.length);
  if (n < 3) return null;
  const mx = mean(xs.slice(0, n));
  const my = mean(ys.slice(0, n));
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (!(sxx > 0)) return null;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const sse = Math.max(syy - slope * sxy, 0);
  const r2 = syy > 0 ? Math.max(0, Math.min(1, 1 - sse / syy)) : 1;
  const residualStdev = Math.sqrt(sse / (n - 2));
  const slopeStdError = residualStdev / Math.sqrt(sxx);
  return { slope, intercept, r2, slopeStdError, residualStdev, n };
}
