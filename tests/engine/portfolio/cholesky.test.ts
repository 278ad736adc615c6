import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cholesky, choleskyOrNearest, nearestCorrelationMatrix } from '../../../src/engine/portfolio/cholesky';
import { symmetricEigen } from '../../../src/engine/portfolio/eigen';

const llt = (l: number[][]) => l.map((ri) => l.map((rj) => ri.reduce((s, x, k) => s + x * rj[k]!, 0)));

describe('cholesky', () => {
  // Wikipedia, "Cholesky decomposition", Example: A = [[4,12,−16],[12,37,−43],[−16,−43,98]] has
  // L = [[2,0,0],[6,1,0],[−8,5,3]] (exact integers).
  it('factors the textbook 3×3 exactly and L·Lᵀ reconstructs A', () => {
    const a = [[4, 12, -16], [12, 37, -43], [-16, -43, 98]];
    const l = cholesky(a)!;
    expect(l).toEqual([[2, 0, 0], [6, 1, 0], [-8, 5, 3]]);
    expect(llt(l)).toEqual(a);
  });
  it('accepts a singular but valid matrix (ρ = 1) and rejects an inconsistent one', () => {
    const singular = [[1, 1, 0.5], [1, 1, 0.5], [0.5, 0.5, 1]];
    const l = cholesky(singular)!;
    llt(l).forEach((row, i) => row.forEach((x, j) => expect(x).toBeCloseTo(singular[i]![j]!, 12)));
    expect(cholesky([[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]])).toBeNull();
  });
});

// N. J. Higham, "Computing the nearest correlation matrix — a problem from finance", IMA J. Numer.
// Anal. 22 (2002) 329–343, §4 example: A = [[1,1,0],[1,1,1],[0,1,1]] → nearest correlation matrix
// with off-diagonals 0.7607 and 0.1573 (4 published decimals; tolerance 5e-5).
describe('nearestCorrelationMatrix', () => {
  it('reproduces Higham’s 3×3 example', () => {
    const r = nearestCorrelationMatrix([[1, 1, 0], [1, 1, 1], [0, 1, 1]]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value[0]![1]).toBeCloseTo(0.7607, 4);
    expect(r.value[1]![2]).toBeCloseTo(0.7607, 4);
    expect(r.value[0]![2]).toBeCloseTo(0.1573, 4);
  });
  it('a non-PD matrix is detected; the offered matrix is positive definite with a unit diagonal', () => {
    const bad = [[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]];
    const r = choleskyOrNearest('correlation', bad);
    expect(r.ok).toBe(false);
    if (r.ok || !('nearest' in r)) throw new Error('expected NotPsdFailure');
    expect(r.kind).toBe('not-positive-semidefinite');
    expect(r.errors[0]!.message).toMatch(/inconsistent/);
    r.nearest.forEach((row, i) => expect(row[i]).toBe(1));
    expect(Math.min(...symmetricEigen(r.nearest).values)).toBeGreaterThan(0);
    expect(cholesky(r.nearest)).not.toBeNull();
  });
  it('random symmetric matrices with unit diagonal always get a valid nearest matrix (fast-check)', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }), (u) => {
      const m = [[1, u[0]!, u[1]!, u[2]!], [u[0]!, 1, u[3]!, u[4]!], [u[1]!, u[3]!, 1, u[5]!], [u[2]!, u[4]!, u[5]!, 1]];
      const r = nearestCorrelationMatrix(m);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(cholesky(r.value)).not.toBeNull();
      r.value.forEach((row, i) => { expect(row[i]).toBe(1); row.forEach((x) => expect(Math.abs(x)).toBeLessThanOrEqual(1)); });
    }), { numRuns: 100 });
  });
  it('garbage gives a field error, never a throw', () => {
    fc.assert(fc.property(fc.anything(), (x) => { expect(typeof nearestCorrelationMatrix(x).ok).toBe('boolean'); }), { numRuns: 200 });
  });
});

describe('symmetricEigen (Jacobi)', () => {
  it('eigenvalues of [[2,1],[1,2]] are 1 and 3; of the 3×3 Wikipedia example their sum is the trace', () => {
    expect(symmetricEigen([[2, 1], [1, 2]]).values.sort()).toEqual([expect.closeTo(1, 14), expect.closeTo(3, 14)]);
    expect(symmetricEigen([[4, 12, -16], [12, 37, -43], [-16, -43, 98]]).values.reduce((a, b) => a + b)).toBeCloseTo(139, 10);
  });
});
