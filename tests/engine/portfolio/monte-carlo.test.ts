import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalPdf } from '../../../src/engine/math/normal';
import { CANCELLED_MESSAGE } from '../../../src/engine/messages';
import { runMonteCarlo, simulateChunks, summarizePnl } from '../../../src/engine/portfolio/monte-carlo';
import { planMonteCarlo } from '../../../src/engine/portfolio/mc-input';
import { parametricRisk } from '../../../src/engine/portfolio/parametric';
import { createNormalSource, nextUint32 } from '../../../src/engine/portfolio/random';
import { buildPnlHistogram } from '../../../src/engine/portfolio/histogram';

// Reference output of xoshiro128** 1.1 from state {1, 2, 3, 4}, as produced by the authors'
// reference C code (xoshiro.di.unimi.it/xoshiro128starstar.c) and listed in the rand_xoshiro crate's test.
describe('xoshiro128**', () => {
  it('matches the reference sequence exactly', () => {
    const s = new Uint32Array([1, 2, 3, 4]);
    const out = Array.from({ length: 10 }, () => nextUint32(s));
    expect(out).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804]);
  });
  it('normals: same seed same numbers; sample mean ≈ 0 and variance ≈ 1 within 4 standard errors', () => {
    const a = new Float64Array(100_000);
    const b = new Float64Array(100_000);
    createNormalSource(42).fill(a);
    createNormalSource(42).fill(b);
    expect(a).toEqual(b);
    const m = a.reduce((s, x) => s + x, 0) / a.length;
    const v = a.reduce((s, x) => s + (x - m) ** 2, 0) / (a.length - 1);
    expect(Math.abs(m)).toBeLessThan(4 / Math.sqrt(a.length));
    expect(Math.abs(v - 1)).toBeLessThan(4 * Math.sqrt(2 / a.length));
  });
});

// Monte Carlo with the parametric model's own assumptions (normal returns, linear positions) must
// agree with the closed form within sampling error. Standard errors: quantile
// √(α(1−α)/N)/φ(z)·σ (Kendall & Stuart; Glasserman §9.1), ES ≈ √(Var(L | tail)/(N(1−α))) bounded here
// by 3σ/√(N(1−α)). Fixed seed, 200,000 paths, 3 standard errors.
describe('Monte Carlo vs parametric for a linear portfolio', () => {
  const vols = [0.25, 0.18, 0.3, 0.12];
  const corr = [[1, 0.5, 0.3, 0.1], [0.5, 1, 0.4, 0.2], [0.3, 0.4, 1, 0.25], [0.1, 0.2, 0.25, 1]];
  const values = [1_000_000, 500_000, -300_000, 800_000];
  const horizonYears = 10 / 252;
  const positions = values.map((value, asset) => ({ kind: 'linear' as const, asset, value }));
  it('VaR and ES at 95 % and 99 % within 3 standard errors', () => {
    const mc = runMonteCarlo({ volsAnnual: vols, correlation: corr, horizonYears, positions, paths: 200_000, seed: 2024, model: 'normal' });
    const pr = parametricRisk({ values, volsAnnual: vols, correlation: corr, horizonYears });
    expect(mc.ok && pr.ok).toBe(true);
    if (!mc.ok || !pr.ok) return;
    const n = 200_000;
    const sigma = pr.value.sigma;
    expect(mc.value.stdevPnl).toBeCloseTo(sigma, -3);
    pr.value.levels.forEach((l, i) => {
      const alpha = l.confidence;
      const seVar = (Math.sqrt((alpha * (1 - alpha)) / n) / normalPdf(l.z)) * sigma;
      const seEs = (3 * sigma) / Math.sqrt(n * (1 - alpha));
      expect(Math.abs(mc.value.levels[i]!.valueAtRisk - l.valueAtRisk)).toBeLessThan(3 * seVar);
      expect(Math.abs(mc.value.levels[i]!.expectedShortfall - l.expectedShortfall)).toBeLessThan(3 * seEs);
    });
  });
  it('is reproducible, reports progress per chunk, and can be cancelled', () => {
    const input = { volsAnnual: vols, correlation: corr, horizonYears, positions, paths: 5000, seed: 7 };
    const seen: number[] = [];
    const a = runMonteCarlo(input, { chunkSize: 1000, onProgress: (p) => seen.push(p.done) });
    const b = runMonteCarlo(input);
    expect(seen).toEqual([1000, 2000, 3000, 4000, 5000]);
    expect(a.ok && b.ok && a.value.pnl).toEqual(b.ok && b.value.pnl);
    let calls = 0;
    expect(runMonteCarlo(input, { chunkSize: 1000, shouldCancel: () => ++calls === 2 })).toEqual({ ok: false, errors: [{ field: 'simulation', message: CANCELLED_MESSAGE }] });
  });
});

describe('Monte Carlo with a revalued (option) position', () => {
  it('a long put floors the loss: P/L of stock + put ≥ strike − spot − premium in every path', () => {
    const spot = 100;
    const strike = 95;
    const premium = 2;
    const put = { kind: 'revalued' as const, value: premium, revalue: (p: Float64Array) => Math.max(strike - p[0]!, 0) };
    const r = runMonteCarlo({ volsAnnual: [0.4], correlation: [[1]], horizonYears: 0.5, spots: [spot], positions: [{ kind: 'linear', asset: 0, value: spot }, put], paths: 20_000, seed: 3 });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.pnl[0]!).toBeGreaterThanOrEqual(strike - spot - premium - 1e-9);
  });
  it('a revaluation that throws or returns NaN fails with the position named', () => {
    const bad = { kind: 'revalued' as const, value: 1, revalue: () => Number.NaN };
    const r = runMonteCarlo({ volsAnnual: [0.2], correlation: [[1]], horizonYears: 1, positions: [bad], paths: 1000 });
    expect(r).toMatchObject({ ok: false, errors: [{ field: 'positions.0.revalue' }] });
    const thrower = { kind: 'revalued' as const, value: 1, revalue: () => { throw new Error('x'); } };
    expect(runMonteCarlo({ volsAnnual: [0.2], correlation: [[1]], horizonYears: 1, positions: [thrower], paths: 1000 }).ok).toBe(false);
  });
  it('a non-PD matrix fails with the nearest matrix offered', () => {
    const r = planMonteCarlo({ volsAnnual: [0.1, 0.1, 0.1], correlation: [[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]], horizonYears: 1, positions: [{ kind: 'linear', asset: 0, value: 1 }], paths: 1000 });
    expect(r.ok === false && 'nearest' in r).toBe(true);
  });
});

describe('summarizePnl and histogram', () => {
  it('VaR is the k-th worst loss, k = N(1−α) (Hull RMFI: 500 scenarios → 99 % VaR is the 5th worst), ES the mean of the k worst', () => {
    const pnl = Float64Array.from({ length: 500 }, (_, i) => i - 10);
    const s = summarizePnl(pnl, [0.99]);
    expect(s.levels[0]).toEqual({ confidence: 0.99, valueAtRisk: 6, expectedShortfall: 8 });
  });
  it('bins hold every path', () => {
    const bins = buildPnlHistogram([1, 2, 2, 3, 10], 3);
    expect(bins.map((b) => b.count)).toEqual([4, 0, 1]);
    expect(bins[0]!.from).toBe(1);
    expect(bins[2]!.to).toBe(10);
    expect(buildPnlHistogram([5, 5], 10)).toEqual([{ from: 5, to: 5, count: 2 }]);
  });
  it('garbage into the simulation never throws (fast-check)', () => {
    fc.assert(fc.property(fc.anything(), (x) => { expect(typeof runMonteCarlo(x).ok).toBe('boolean'); }), { numRuns: 200 });
    const plan = planMonteCarlo({ volsAnnual: [0.2], correlation: [[1]], horizonYears: 1, positions: [{ kind: 'linear', asset: 0, value: 1 }], paths: 1000 });
    if (plan.ok) expect(Array.from(simulateChunks(plan.value, 400)).map((p) => p.done)).toEqual([400, 800, 1000]);
  });
});
