/**
 * Eigen-decomposition of a small symmetric matrix by the cyclic Jacobi method (Golub & Van Loan,
 * "Matrix Computations", 4th ed., §8.5.2): slow for big n but simple, robust and accurate, and our
 * matrices are correlation matrices of at most a few dozen assets.
 */
import type { Matrix } from './covariance';

export interface SymmetricEigen {
  /** Eigenvalues, in the order of the columns of `vectors`. */
  readonly values: number[];
  /** Orthonormal eigenvectors as columns: vectors[i][k] is component i of eigenvector k. */
  readonly vectors: number[][];
}

/** Eigenvalues and eigenvectors of symmetric `a` (A = V·diag(λ)·Vᵀ); stops when off-diagonal mass < 1e-26 of the total. */
export function symmetricEigen(a: Matrix, maxSweeps = 60): SymmetricEigen {
  const n = a.length;
  const m = a.map((row) => [...row]);
  const v = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  let total = 0;
  for (const row of m) for (const x of row) total += x * x;
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += ((m[p] as number[])[q] as number) ** 2;
    if (off <= 1e-26 * total || off === 0) break;
    for (let p = 0; p < n - 1; p++) for (let q = p + 1; q < n; q++) rotate(m, v, p, q);
  }
  return { values: m.map((row, i) => row[i] as number), vectors: v };
}

/** One Jacobi rotation zeroing m[p][q] (Golub & Van Loan Alg. 8.5.1, symmetric Schur 2×2). */
function rotate(m: number[][], v: number[][], p: number, q: number): void {
  const mp = m[p] as number[];
  const mq = m[q] as number[];
  const apq = mp[q] as number;
  if (apq === 0) return;
  const tau = ((mq[q] as number) - (mp[p] as number)) / (2 * apq);
  const t = (tau >= 0 ? 1 : -1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
  const c = 1 / Math.sqrt(1 + t * t);
  const s = t * c;
  const n = m.length;
  for (let k = 0; k < n; k++) {
    const mk = m[k] as number[];
    const akp = mk[p] as number;
    const akq = mk[q] as number;
    mk[p] = c * akp - s * akq;
    mk[q] = s * akp + c * akq;
  }
  for (let k = 0; k < n; k++) {
    const apk = mp[k] as number;
    const aqk = mq[k] as number;
    mp[k] = c * apk - s * aqk;
    mq[k] = s * apk + c * aqk;
  }
  for (let k = 0; k < n; k++) {
    const vk = v[k] as number[];
    const vkp = vk[p] as number;
    const vkq = vk[q] as number;
    vk[p] = c * vkp - s * vkq;
    vk[q] = s * vkp + c * vkq;
  }
}

/** V·diag(λ)·Vᵀ from an eigen-decomposition, with λ replaced by `map(λ)`. */
export function recompose(e: SymmetricEigen, map: (lambda: number) => number): number[][] {
  const n = e.values.length;
  const lam = e.values.map(map);
  const out = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const vi = e.vectors[i] as number[];
    for (let j = i; j < n; j++) {
      const vj = e.vectors[j] as number[];
      let s = 0;
      for (let k = 0; k < n; k++) s += (vi[k] as number) * (lam[k] as number) * (vj[k] as number);
      (out[i] as number[])[j] = s;
      (out[j] as number[])[i] = s;
    }
  }
  return out;
}
