import { describe, expect, it } from 'vitest';
import { correlation, covariance, mean, regress, stdev, variance } from '../../../src/engine/math/stats';

// Anscombe (1973), "Graphs in Statistical Analysis", The American Statistician 27(1): data set I.
// Published summary: mean x = 9, mean y = 7.50, var x = 11, var y = 4.127 (4.125 to 3 d.p. in some
// reprints: 4.127269), correlation 0.816, regression line y = 3.00 + 0.500 x, R² = 0.67.
const ax = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
const ay = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];

describe('sample statistics (Anscombe 1973, data set I; tolerance: the published digits)', () => {
  it('mean and variance', () => {
    expect(mean(ax)).toBe(9);
    expect(mean(ay)).toBeCloseTo(7.5, 2);
    expect(variance(ax)).toBeCloseTo(11, 12);
    expect(variance(ay)).toBeCloseTo(4.127, 3);
    expect(stdev(ax)).toBeCloseTo(Math.sqrt(11), 12);
  });
  it('correlation 0.816', () => {
    expect(correlation(ax, ay)).toBeCloseTo(0.816, 3);
  });
  it('regression y = 3.00 + 0.500 x with R² 0.67', () => {
    const fit = regress(ay, ax);
    expect(fit).not.toBeNull();
    expect(fit!.intercept).toBeCloseTo(3.0, 2);
    expect(fit!.slope).toBeCloseTo(0.5, 3);
    expect(fit!.r2).toBeCloseTo(0.67, 2);
    // Anscombe I: standard error of the slope 0.118 (as reported in standard regression output of the set).
    expect(fit!.slopeStdError).toBeCloseTo(0.118, 3);
    expect(fit!.n).toBe(11);
  });
  it('degenerate input gives null or zero, never NaN', () => {
    expect(mean([])).toBe(0);
    expect(variance([1])).toBe(0);
    expect(correlation([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(regress([1, 2, 3], [2, 2, 2])).toBeNull();
    expect(covariance([1, 2], [3, 4])).toBe(0.5);
  });
});
