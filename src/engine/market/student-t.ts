/**
 * Student's t distribution for integer degrees of freedom, for the confidence interval of an
 * estimated hedge ratio. Exact finite series, so small samples (a year of monthly data: 10 dof)
 * get the right width, not the normal's.
 */

/** Beyond this many degrees of freedom t and normal quantiles agree to ~1e-6; caps the series length. */
const MAX_DOF = 1_000_000;

/**
 * A(t|ν) = P(|T| ≤ t) for integer ν ≥ 1, written with θ = atan(t/√ν) (Abramowitz & Stegun,
 * Handbook of Mathematical Functions, 26.7.3 for odd ν and 26.7.4 for even ν).
 */
function centralProbability(theta: number, dof: number): number {
  const s = Math.sin(theta);
  const c = Math.cos(theta);
  const c2 = c * c;
  if (dof % 2 === 0) {
    let term = 1;
    let sum = 1;
    for (let k = 2; k <= dof - 2; k += 2) {
      term *= ((k - 1) / k) * c2;
      sum += term;
    }
    return Math.min(1, s * sum);
  }
  if (dof === 1) return (2 / Math.PI) * theta;
  let term = c;
  let sum = c;
  for (let k = 3; k <= dof - 2; k += 2) {
    term *= ((k - 1) / k) * c2;
    sum += term;
  }
  return Math.min(1, (2 / Math.PI) * (theta + s * sum));
}

/** Cumulative probability P(T ≤ t) of Student's t with `dof` degrees of freedom (rounded down to an integer ≥ 1). */
export function studentTCdf(t: number, dof: number): number {
  if (Number.isNaN(t)) return 0.5;
  const nu = Math.min(MAX_DOF, Math.max(1, Math.floor(dof)));
  const a = centralProbability(Math.atan(Math.abs(t) / Math.sqrt(nu)), nu);
  return t >= 0 ? 0.5 + a / 2 : 0.5 - a / 2;
}

/**
 * Quantile t_p of Student's t (p in (0, 1), integer dof ≥ 1) by bisection on θ in [0, π/2) of
 * A&S 26.7.3/26.7.4; accurate to ~1e-12 relative. E.g. t_{0.975, 10} = 2.228 (standard t tables).
 */
export function studentTQuantile(p: number, dof: number): number {
  if (!(p > 0 && p < 1)) return Number.NaN;
  if (p === 0.5) return 0;
  const nu = Math.min(MAX_DOF, Math.max(1, Math.floor(dof)));
  const target = Math.abs(2 * p - 1);
  let lo = 0;
  let hi = Math.PI / 2;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (centralProbability(mid, nu) < target) lo = mid;
    else hi = mid;
  }
  const t = Math.sqrt(nu) * Math.tan((lo + hi) / 2);
  return p > 0.5 ? t : -t;
}
