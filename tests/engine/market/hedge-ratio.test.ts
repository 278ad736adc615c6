import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateHedgeRatio, rollingCorrelation } from '../../../src/engine/market/hedge-ratio';
import { studentTCdf, studentTQuantile } from '../../../src/engine/market/student-t';

// Hull, "Options, Futures, and Other Derivatives", §3.4 cross hedging, the jet-fuel / heating-oil
// example (Example 3.3 with the 15-month table: Table 3.2 in the 5th–7th eds., 3.3 later).
// Published: σ_F = 0.0313, σ_S = 0.0263, ρ = 0.928, h* = 0.928 × 0.0263/0.0313 = 0.78; hedge
// effectiveness ρ² = 0.861. Tolerance: the published digits.
const dF = [0.021, 0.035, -0.046, 0.001, 0.044, -0.029, -0.026, -0.029, 0.048, -0.006, -0.036, -0.011, 0.019, -0.027, 0.029];
const dS = [0.029, 0.02, -0.044, 0.008, 0.026, -0.019, -0.01, -0.007, 0.043, 0.011, -0.036, -0.018, 0.009, -0.032, 0.023];
const levels = (start: number, changes: number[]) => changes.reduce((acc, d) => [...acc, acc.at(-1)! + d], [start]);
const months = Array.from({ length: 16 }, (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`);
const hull = { symbols: ['JET', 'HO'], dates: months, prices: [levels(2, dS), levels(2, dF)] };

describe('estimateHedgeRatio: Hull jet fuel / heating oil (price changes, as Hull)', () => {
  const r = estimateHedgeRatio(hull, 'JET', 'HO');
  it('h* = 0.78, ρ = 0.928, σ_S = 0.0263, σ_F = 0.0313, effectiveness 0.861', () => {
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.hedgeRatio).toBeCloseTo(0.78, 2);
    expect(r.value.correlation).toBeCloseTo(0.928, 3);
    expect(r.value.sigmaTarget).toBeCloseTo(0.0263, 4);
    expect(r.value.sigmaHedge).toBeCloseTo(0.0313, 4);
    // Hull squares the rounded ρ (0.928² = 0.861); the unrounded data give 0.8619: 2 decimals.
    expect(r.value.r2).toBeCloseTo(0.861, 2);
    expect(r.value.n).toBe(15);
  });
  it('95 % interval uses t(0.975, 13) = 2.160 and SE = σ_S/σ_F·√((1−ρ²)/(n−2)) (textbook slope SE)', () => {
    if (!r.ok) return;
    const se = (r.value.sigmaTarget / r.value.sigmaHedge) * Math.sqrt((1 - r.value.correlation ** 2) / 13);
    expect(r.value.slopeStdError).toBeCloseTo(se, 12);
    expect(r.value.tQuantile).toBeCloseTo(2.16, 3);
    expect(r.value.ciHigh - r.value.hedgeRatio).toBeCloseTo(2.1604 * se, 4);
    expect(r.value.ciLow).toBeLessThan(0.78);
    expect(r.value.warning).toBeNull();
  });
});

describe('estimateHedgeRatio on log returns', () => {
  // Hull OFOD §3.4: h* = ρ·σS/σF of whatever per-period series is regressed; on log returns
  // ln(P_t/P_{t−1}) (Hull §15.4's basis for volatility) h* is value per value. Recomputed here from the
  // definitions (sample covariance over sample variance) on the same Hull prices.
  it("basis 'log-returns' regresses ln(P_t/P_{t−1}) of the target on the hedge's", () => {
    const lr = (p: number[]) => p.slice(1).map((x, i) => Math.log(x / p[i]!));
    const ys = lr(hull.prices[0]!);
    const xs = lr(hull.prices[1]!);
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const [my, mx] = [mean(ys), mean(xs)];
    const cov = ys.reduce((a, y, i) => a + (y - my) * (xs[i]! - mx), 0) / (ys.length - 1);
    const varX = xs.reduce((a, x) => a + (x - mx) ** 2, 0) / (xs.length - 1);
    const r = estimateHedgeRatio(hull, 'JET', 'HO', { basis: 'log-returns' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.basis).toBe('log-returns');
    expect(r.value.hedgeRatio).toBeCloseTo(cov / varX, 12);
    expect(r.value.n).toBe(15);
  });

  it('an unknown basis is a field error', () => {
    const r = estimateHedgeRatio(hull, 'JET', 'HO', { basis: 'ratios' as never });
    expect(!r.ok && r.errors[0]?.field).toBe('basis');
  });
});

// Student t critical values: NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7.2
// "Critical values of the Student's t distribution" (3 decimals; tolerance 5e-4).
describe('studentTQuantile against the NIST t table', () => {
  it.each([
    [0.975, 1, 12.706], [0.975, 2, 4.303], [0.975, 5, 2.571], [0.975, 10, 2.228], [0.975, 13, 2.16],
    [0.975, 30, 2.042], [0.975, 100, 1.984], [0.95, 10, 1.812], [0.99, 20, 2.528], [0.995, 3, 5.841],
  ])('t(%s, %s) = %s', (p, dof, t) => {
    expect(studentTQuantile(p, dof)).toBeCloseTo(t, 3);
    expect(studentTQuantile(1 - p, dof)).toBeCloseTo(-t, 3);
    expect(studentTCdf(studentTQuantile(p, dof), dof)).toBeCloseTo(p, 10);
  });
  it('t with 1 dof is Cauchy: P(T ≤ 1) = 3/4 exactly', () => expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 14));
});

const monthStarts = (count: number) => Array.from({ length: count }, (_, i) => new Date(Date.UTC(2000, i, 1)).toISOString().slice(0, 10));

describe('rolling-correlation instability warning', () => {
  const n = 121;
  const x = Array.from({ length: n }, (_, i) => Math.sin(i * 1.7) + Math.cos(i * 0.31));
  it('warns when the correlation flips sign halfway through', () => {
    const y = x.map((v, i) => (i < 60 ? v : -v) + 0.1 * Math.sin(i * 2.9));
    const h = { symbols: ['T', 'H'], dates: monthStarts(n + 1), prices: [levels(100, y), levels(100, x)] };
    const r = estimateHedgeRatio(h, 'T', 'H');
    expect(r.ok && r.value.rolling?.window).toBe(12);
    expect(r.ok && r.value.warning).toMatch(/unstable/);
  });
  it('stays silent for a stable relationship', () => {
    const y = x.map((v, i) => 0.9 * v + 0.05 * Math.sin(i * 2.9));
    const dates = monthStarts(n + 1);
    const r = estimateHedgeRatio({ symbols: ['T', 'H'], dates, prices: [levels(100, y), levels(100, x)] }, 'T', 'H');
    expect(r.ok && r.value.warning).toBeNull();
    expect(rollingCorrelation([1, 2, 3, 4], [2, 4, 6, 9], 3)).toHaveLength(2);
  });
});

describe('estimateHedgeRatio input checks', () => {
  it('names the bad field', () => {
    expect(estimateHedgeRatio(hull, 'JET', 'JET')).toMatchObject({ ok: false, errors: [{ field: 'hedge' }] });
    expect(estimateHedgeRatio(hull, 'X', 'HO')).toMatchObject({ ok: false, errors: [{ field: 'target' }] });
    expect(estimateHedgeRatio(hull, 'JET', 'HO', { window: 1.5 })).toMatchObject({ ok: false, errors: [{ field: 'window' }] });
  });
  it('garbage never throws; ok results are finite', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), fc.anything(), (h, t, g) => {
      const r = estimateHedgeRatio(h, t, g, g as never);
      expect(typeof r.ok).toBe('boolean');
    }), { numRuns: 300 });
    fc.assert(fc.property(fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), { minLength: 32, maxLength: 32 }), (p) => {
      const r = estimateHedgeRatio({ symbols: ['A', 'B'], dates: monthStarts(32), prices: [p, p.map((v, i) => v + i)] }, 'A', 'B');
      if (r.ok) expect([r.value.hedgeRatio, r.value.ciLow, r.value.ciHigh, r.value.r2].every(Number.isFinite)).toBe(true);
    }), { numRuns: 100 });
  });
});
