/**
 * Correlation and covariance matrices as plain `number[][]` (row-major, symmetric): validation of
 * untrusted matrices and the small linear-algebra steps the risk figures need.
 */
import type { FieldError } from '../result';
import { checkNumber } from '../validate';
import { RiskMessages } from '../messages';

export type Matrix = readonly (readonly number[])[];

/** Tolerance for a unit diagonal and symmetry of a typed or estimated correlation matrix. */
export const MATRIX_TOLERANCE = 1e-6;

/**
 * Checks untrusted data is an n×n correlation matrix: finite entries in [−1, 1], unit diagonal and
 * symmetric (within 1e-6). Returns per-cell errors, e.g. field `correlation.0.2`. Positive
 * semi-definiteness is checked separately by `cholesky`.
 */
export function checkCorrelationMatrix(field: string, value: unknown, n: number): FieldError[] {
  if (!Array.isArray(value) || value.length !== n) return [{ field, message: RiskMessages.matrixSize(n) }];
  const errors: FieldError[] = [];
  for (let i = 0; i < n; i++) {
    const row: unknown = value[i];
    if (!Array.isArray(row) || row.length !== n) {
      errors.push({ field: `${field}.${i}`, message: RiskMessages.rowLength(i + 1, n) });
      continue;
    }
    for (let j = 0; j < n; j++) {
      const x: unknown = row[j];
      // Fast path: building a field name per valid cell would dominate the cost for 50 assets.
      if (typeof x === 'number' && x >= -1 && x <= 1) continue;
      const e = checkNumber(`${field}.${i}.${j}`, x, { min: -1, max: 1 });
      if (e) errors.push(e);
    }
  }
  if (errors.length > 0) return errors.slice(0, 20);
  const m = value as number[][];
  for (let i = 0; i < n; i++) {
    if (Math.abs((m[i] as number[])[i] as number - 1) > MATRIX_TOLERANCE) {
      errors.push({ field: `${field}.${i}.${i}`, message: RiskMessages.diagonal });
    }
    for (let j = i + 1; j < n; j++) {
      if (Math.abs(((m[i] as number[])[j] as number) - ((m[j] as number[])[i] as number)) > MATRIX_TOLERANCE) {
        errors.push({ field: `${field}.${j}.${i}`, message: RiskMessages.symmetric(i + 1, j + 1) });
      }
    }
  }
  return errors.slice(0, 20);
}

/** Covariance Σ_ij = σ_i·σ_j·ρ_ij (units of σ squared). */
export function covarianceMatrix(vols: readonly number[], corr: Matrix): number[][] {
  return vols.map((si, i) => vols.map((sj, j) => si * sj * ((corr[i] as number[])[j] as number)));
}

/** Matrix–vector product Σ·x. */
export function matVec(m: Matrix, x: readonly number[]): number[] {
  return m.map((row) => {
    let s = 0;
    for (let j = 0; j < row.length; j++) s += (row[j] as number) * (x[j] as number);
    return s;
  });
}

/** xᵀ·Σ·x. */
export function quadraticForm(x: readonly number[], m: Matrix): number {
  const mx = matVec(m, x);
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] as number) * (mx[i] as number);
  return s;
}

/** Copy with exact symmetry ((A + Aᵀ)/2) and a unit diagonal, so tiny typing asymmetries cannot matter downstream. */
export function symmetrize(m: Matrix): number[][] {
  return m.map((row, i) => row.map((v, j) => (i === j ? 1 : (v + ((m[j] as number[])[i] as number)) / 2)));
}
