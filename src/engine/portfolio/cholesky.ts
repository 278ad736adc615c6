/**
 * Cholesky factor of a correlation (or covariance) matrix, tolerant of exactly singular but valid
 * matrices (a hedge asset perfectly correlated with the target), and the nearest valid correlation
 * matrix when the one typed or assembled is not positive semi-definite.
 */
import type { FieldError, Result } from '../result';
import { fail, ok } from '../result';
import type { Matrix } from './covariance';
import { checkCorrelationMatrix, symmetrize } from './covariance';
import { recompose, symmetricEigen } from './eigen';
import { NOT_PSD_MESSAGE, RiskMessages } from '../messages';

/** The failure when a matrix is not positive semi-definite: carries the nearest valid correlation matrix to offer. */
export interface NotPsdFailure {
  readonly ok: false;
  readonly kind: 'not-positive-semidefinite';
  readonly errors: readonly FieldError[];
  /** Nearest correlation matrix (Higham 2002), positive definite with unit diagonal. */
  readonly nearest: number[][];
}

/**
 * Lower-triangular L with L·Lᵀ = A for symmetric positive semi-definite A (Golub & Van Loan §4.2);
 * a zero pivot (within 1e-10 relative) gives a zero column. Null when A is not PSD.
 */
export function cholesky(a: Matrix): number[][] | null {
  const n = a.length;
  let scale = 0;
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs((a[i] as number[])[i] as number));
  const tol = 1e-10 * (scale || 1);
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    const lj = l[j] as number[];
    let d = (a[j] as number[])[j] as number;
    for (let k = 0; k < j; k++) d -= (lj[k] as number) ** 2;
    if (!(d >= -tol)) return null;
    const pivot = d > tol ? Math.sqrt(d) : 0;
    lj[j] = pivot;
    for (let i = j + 1; i < n; i++) {
      const li = l[i] as number[];
      let s = (a[i] as number[])[j] as number;
      for (let k = 0; k < j; k++) s -= (li[k] as number) * (lj[k] as number);
      if (pivot === 0) {
        if (Math.abs(s) > 1e-7 * (scale || 1)) return null;
        li[j] = 0;
      } else li[j] = s / pivot;
    }
  }
  return l;
}

/**
 * Nearest correlation matrix in the Frobenius norm by Higham's alternating projections with
 * Dykstra's correction (N. J. Higham, "Computing the nearest correlation matrix — a problem from
 * finance", IMA J. Numer. Anal. 22 (2002), Algorithm 3.3), then eigenvalues floored at 1e-8 and
 * rescaled to a unit diagonal so the result is strictly positive definite.
 */
export function nearestCorrelationMatrix(m: unknown): Result<number[][]> {
  const n = Array.isArray(m) ? m.length : 0;
  const errors = n === 0 ? [{ field: 'correlation', message: RiskMessages.correlation }] : checkCorrelationMatrix('correlation', m, n);
  if (errors.length > 0) return { ok: false, errors };
  let y = symmetrize(m as Matrix);
  let ds = y.map((row) => row.map(() => 0));
  for (let iter = 0; iter < 500; iter++) {
    const r = y.map((row, i) => row.map((v, j) => v - ((ds[i] as number[])[j] as number)));
    const x = recompose(symmetricEigen(r), (lam) => Math.max(lam, 0));
    ds = x.map((row, i) => row.map((v, j) => v - ((r[i] as number[])[j] as number)));
    const next = x.map((row, i) => row.map((v, j) => (i === j ? 1 : v)));
    let diff = 0;
    let size = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      diff += (((next[i] as number[])[j] as number) - ((y[i] as number[])[j] as number)) ** 2;
      size += ((next[i] as number[])[j] as number) ** 2;
    }
    y = next;
    if (diff <= 1e-24 * size) break;
  }
  const pd = recompose(symmetricEigen(y), (lam) => Math.max(lam, 1e-8));
  const d = pd.map((row, i) => Math.sqrt(row[i] as number));
  const out = pd.map((row, i) => row.map((v, j) => (i === j ? 1 : Math.max(-1, Math.min(1, v / ((d[i] as number) * (d[j] as number)))))));
  return out.every((row) => row.every(Number.isFinite)) ? ok(out) : fail('correlation', RiskMessages.noNearest);
}

/**
 * Cholesky factor of a validated correlation matrix, or a `NotPsdFailure` carrying the nearest
 * valid matrix, for the UI to offer ("use these correlations instead").
 */
export function choleskyOrNearest(field: string, corr: Matrix): Result<number[][]> | NotPsdFailure {
  const l = cholesky(symmetrize(corr));
  if (l !== null) return ok(l);
  const near = nearestCorrelationMatrix(corr);
  return {
    ok: false, kind: 'not-positive-semidefinite',
    errors: [{ field, message: NOT_PSD_MESSAGE }],
    nearest: near.ok ? near.value : corr.map((row, i) => row.map((_, j) => (i === j ? 1 : 0))),
  };
}
