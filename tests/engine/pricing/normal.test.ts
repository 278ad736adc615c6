import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/engine/money';
import { erfc, inverseNormalCdf, normalCdf, normalCdfFast, normalCdfScaledPlusPdfFast, normalCdfWithPdf, normalPdf, normalPdfFast } from '../../../src/engine/math/normal';

/*
 * Independent reference: Φ(x) at 40 significant digits with the configured Decimal, by two methods
 * that share nothing with Cody's rational approximations:
 *  - |x| <= 5: erf(z) = (2/√π)·e^{−z²}·Σ 2ⁿ z^{2n+1}/(1·3·…·(2n+1))  (A&S 7.1.6, all terms positive)
 *  - x < −5:  erfc(z) = e^{−z²}/√π · 1/(z + ½/(z + 1/(z + 3/2/(z + …))))  (A&S 7.1.14, Laplace's
 *    continued fraction), evaluated bottom-up at depth 300 (converged to 40 digits for z >= 3.5).
 */
const PI = Decimal.acos(-1);
const SQRT_PI = PI.sqrt();
const SQRT2 = new Decimal(2).sqrt();

function erfSeries(z: Decimal): Decimal {
  const z2 = z.mul(z);
  let term = z;
  let sum = z;
  for (let n = 1; n < 400; n++) {
    term = term.mul(z2).mul(2).div(2 * n + 1);
    sum = sum.add(term);
    if (term.lt(sum.mul('1e-45'))) break;
  }
  return sum.mul(2).div(SQRT_PI).mul(z2.neg().exp());
}

function erfcContinuedFraction(z: Decimal): Decimal {
  let t = z;
  for (let n = 300; n >= 1; n--) t = z.add(new Decimal(n).div(2).div(t));
  return z.mul(z).neg().exp().div(SQRT_PI.mul(t));
}

const referenceCache = new Map<number, Decimal>();

/** Φ(x) to ~35 digits, x a double (its shortest decimal text); cached, both tests share it. */
function referenceCdf(x: number): Decimal {
  const cached = referenceCache.get(x);
  if (cached !== undefined) return cached;
  const value = computeReferenceCdf(x);
  referenceCache.set(x, value);
  return value;
}

function computeReferenceCdf(x: number): Decimal {
  const z = new Decimal(x).abs().div(SQRT2);
  if (x < -5) return erfcContinuedFraction(z).div(2);
  const half = erfSeries(z).div(2);
  return x < 0 ? new Decimal(0.5).sub(half) : new Decimal(0.5).add(half);
}

const grid: number[] = [];
for (let x = -38; x <= 8; x += 0.25) grid.push(x);
// Off-grid points, including Cody's interval edges (|x|/√2 = 0.46875 and 4).
grid.push(-0.46875 * Math.SQRT2, 0.46875 * Math.SQRT2, -4 * Math.SQRT2, 4 * Math.SQRT2, -1e-9, 1e-300, -13.37, 2.718281828);

describe('normalCdf against a 40-digit independent computation (tolerance: 1e-14 absolute)', () => {
  it('is within 1e-14 absolute on a grid from −38 to 8', () => {
    let worst = 0;
    for (const x of grid) {
      const err = Math.abs(normalCdf(x) - referenceCdf(x).toNumber());
      worst = Math.max(worst, err);
    }
    expect(worst).toBeLessThanOrEqual(1e-14);
  });

  it('keeps relative accuracy in the left tail (1e-12 where Φ is a normal double, 1e-6 when subnormal)', () => {
    for (const x of grid.filter((v) => v < -1)) {
      const ref = referenceCdf(x);
      const rel = Math.abs(new Decimal(normalCdf(x)).sub(ref).div(ref).toNumber());
      expect(rel, `x = ${x}`).toBeLessThanOrEqual(x >= -37 ? 1e-12 : 1e-6);
    }
  });

  it('the two reference methods agree where both converge (checks the reference itself)', () => {
    for (const x of [-5.5, -6, -8]) {
      const z = new Decimal(-x).div(SQRT2);
      const viaSeries = new Decimal(1).sub(erfSeries(z)).div(2);
      const viaFraction = erfcContinuedFraction(z).div(2);
      expect(viaSeries.sub(viaFraction).abs().div(viaFraction).toNumber()).toBeLessThan(1e-20);
    }
  });
});

describe('normalCdfWithPdf: normalCdf with the caller’s φ(x)', () => {
  it('is within 1e-14 absolute of the 40-digit reference on the grid from −38 to 8', () => {
    for (const x of grid) expect(Math.abs(normalCdfWithPdf(x, normalPdf(x)) - referenceCdf(x).toNumber()), `x = ${x}`).toBeLessThanOrEqual(1e-14);
  });

  it('agrees with normalCdf densely on [−8, 8], also with φ scaled from a neighbour as the solver does', () => {
    const v = 0.4;
    for (let i = -8000; i <= 8000; i++) {
      const d = i / 1000 + 1e-7 * (i % 7);
      expect(Math.abs(normalCdfWithPdf(d, normalPdf(d)) - normalCdf(d))).toBeLessThanOrEqual(1e-15);
      // φ(d − v) = φ(d)·e^{d·v − v²/2}: the implied-vol solver's φ(d2) = e^{x}·φ(d1).
      const scaled = normalPdf(d) * Math.exp(d * v - 0.5 * v * v);
      expect(Math.abs(normalCdfWithPdf(d - v, scaled) - normalCdf(d - v))).toBeLessThanOrEqual(1e-14);
    }
  });
});

describe('normalCdfFast: the documented bound of 1e-11 absolute', () => {
  it('is within 1e-11 of the 40-digit reference on the grid from −38 to 8', () => {
    for (const x of grid) expect(Math.abs(normalCdfFast(x) - referenceCdf(x).toNumber()), `x = ${x}`).toBeLessThanOrEqual(1e-11);
  });

  it('is within 1e-11 of normalCdf (itself within 1e-14) densely on [−12, 12], table midpoints included', () => {
    let worst = 0;
    const check = (x: number) => {
      worst = Math.max(worst, Math.abs(normalCdfFast(x) - normalCdf(x)));
    };
    for (let i = -12_000; i <= 12_000; i++) check(i / 1000 + 1e-7 * (i % 7));
    // Midway between the table's nodes (spacing 1/16) the Taylor step is longest: the worst case.
    for (let i = 0; i < 18 * 16; i++) check(-9 + (i + 0.5) / 16);
    expect(worst).toBeLessThanOrEqual(1e-11);
  });

  it('gives 0 and 1 beyond ±9, ±∞ included, and NaN for NaN', () => {
    expect(normalCdfFast(-9)).toBe(0);
    expect(normalCdfFast(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdfFast(9)).toBe(1);
    expect(normalCdfFast(Number.POSITIVE_INFINITY)).toBe(1);
    expect(Number.isNaN(normalCdfFast(Number.NaN))).toBe(true);
  });
});

describe('published values', () => {
  // Abramowitz & Stegun, Handbook of Mathematical Functions (1964), Table 26.1: P(x) and Z(x) to
  // 15 decimals. Tolerance 1e-15 (the table's last digit).
  const table261: readonly [number, number, number][] = [
    [0.5, 0.691462461274013, 0.352065326764300],
    [1.0, 0.841344746068543, 0.241970724519143],
    [2.0, 0.977249868051821, 0.053990966513188],
    [3.0, 0.998650101968370, 0.004431848411938],
    [4.0, 0.999968328758167, 0.000133830225765],
  ];
  it.each(table261)('A&S Table 26.1: P(%d) and Z(x)', (x, p, z) => {
    expect(Math.abs(normalCdf(x) - p)).toBeLessThanOrEqual(1e-15);
    expect(Math.abs(normalCdf(-x) - (1 - p))).toBeLessThanOrEqual(1e-15);
    expect(Math.abs(normalPdf(x) - z)).toBeLessThanOrEqual(1e-15);
  });

  // A&S Table 26.2 (upper tail Q(x) = 1 − P(x) for large x), 10 significant digits; relative 1e-9.
  const table262: readonly [number, number][] = [
    [6, 9.865876450e-10],
    [10, 7.619853024e-24],
  ];
  it.each(table262)('A&S Table 26.2: Q(%d)', (x, q) => {
    expect(Math.abs(normalCdf(-x) / q - 1)).toBeLessThan(1e-9);
  });

  it('erfc(1) = 0.157299207050285 (A&S Table 7.1, erf(1) = 0.842700792949715; tolerance 1e-15)', () => {
    expect(Math.abs(erfc(1) - 0.157299207050285)).toBeLessThanOrEqual(1e-15);
    expect(Math.abs(erfc(-1) - 1.842700792949715)).toBeLessThanOrEqual(1e-15);
  });

  // A&S Table 26.5 / any statistics table: the usual two-sided critical values (tolerance 1e-12).
  it.each([
    [0.975, 1.959963984540054],
    [0.95, 1.644853626951473],
    [0.995, 2.575829303548901],
  ])('inverseNormalCdf(%d)', (p, x) => {
    expect(Math.abs(inverseNormalCdf(p) - x)).toBeLessThan(1e-12);
    expect(Math.abs(inverseNormalCdf(1 - p) + x)).toBeLessThan(1e-12);
  });
});

describe('limits and inverse', () => {
  it('handles ±∞, NaN and the extremes without NaN where a value exists', () => {
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalCdf(-50)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    expect(normalPdf(Number.POSITIVE_INFINITY)).toBe(0);
    expect(Number.isNaN(normalCdf(Number.NaN))).toBe(true);
    expect(inverseNormalCdf(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(inverseNormalCdf(1)).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isNaN(inverseNormalCdf(1.5))).toBe(true);
  });

  it('inverts Φ to near machine precision from 1e-300 to 1 − 1e-12 (relative 1e-13 on p)', () => {
    for (const p of [1e-300, 1e-100, 1e-20, 1e-8, 0.001, 0.02425, 0.1, 0.3, 0.5, 0.7, 0.97575, 0.999, 1 - 1e-12]) {
      const x = inverseNormalCdf(p);
      const back = x <= 0 ? normalCdf(x) : 1 - normalCdf(-x);
      expect(Math.abs(back / p - 1), `p = ${p}`).toBeLessThan(p > 0.99 ? 1e-10 : 1e-13);
    }
  });
});

/** φ(x) = e^{−x²/2}/√(2π), the definition (A&S 26.2.1) in double precision: independent of the table. */
function definitionPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

describe('normalPdfFast and normalCdfScaledPlusPdfFast: the documented bounds', () => {
  it('φ is within 1e-9 of its definition densely on [−10, 10], table midpoints included', () => {
    let worst = 0;
    const check = (x: number) => {
      worst = Math.max(worst, Math.abs(normalPdfFast(x) - definitionPdf(x)));
    };
    for (let i = -2_000; i <= 2_000; i++) check(i / 200 + 1e-7 * (i % 7));
    for (let i = 0; i < 18 * 16; i++) check(-9 + (i + 0.5) / 16);
    expect(worst).toBeLessThanOrEqual(1e-9);
    expect(worst).toBeGreaterThan(0); // a table, not the exponential
  });

  it('a·Φ(x) + φ(x) matches a·normalCdfFast(x) + normalPdfFast(x), and the tails', () => {
    for (let i = -1_000; i <= 1_000; i++) {
      const x = i / 100 + 3e-4;
      const a = 0.1 + (i % 13) * 0.37;
      const expected = a * normalCdf(x) + definitionPdf(x); // normalCdf: within 1e-14 (tests above)
      expect(Math.abs(normalCdfScaledPlusPdfFast(x, a) - expected), `x = ${x}`).toBeLessThanOrEqual(1e-11 * a + 1e-9);
    }
    expect(normalCdfScaledPlusPdfFast(9, 2.5)).toBe(2.5);
    expect(normalCdfScaledPlusPdfFast(-9, 2.5)).toBe(0);
    expect(normalPdfFast(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(Number.isNaN(normalPdfFast(Number.NaN))).toBe(true);
    expect(Number.isNaN(normalCdfScaledPlusPdfFast(Number.NaN, 1))).toBe(true);
  });
});
