import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildRiskReport, sameVarianceIndexNotional } from '../../../src/engine/portfolio/risk-report';
import type { RiskReport } from '../../../src/engine/portfolio/risk-report';

function must(input: unknown): RiskReport {
  const r = buildRiskReport(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

// A portfolio that follows the single-index model exactly (Sharpe 1963; Hull RMFI, "the one-factor
// model"): r_i = β_i r_I + ε_i, so ρ_ij = ρ_iI·ρ_jI and ρ_iI = β_i σ_I/σ_i. Independent oracle,
// written out here: a full beta hedge leaves only idiosyncratic variance Σ x_i² σ_i²(1 − ρ_iI²).
const sI = 0.2;
const positions = [
  { label: 'Target', value: 250_000, volAnnual: 0.45, beta: 1.6 },
  { label: 'Fund', value: 600_000, volAnnual: 0.22, beta: 1.0 },
  { label: 'Utility', value: 150_000, volAnnual: 0.18, beta: 0.5 },
];
const rhoI = positions.map((p) => (p.beta * sI) / p.volAnnual);
const corr = positions.map((_, i) => positions.map((_, j) => (i === j ? 1 : rhoI[i]! * rhoI[j]!)));
const base = { positions, correlation: corr, target: 0, horizonYears: 10 / 252, index: { volAnnual: sI } };
const z99 = 2.3263478740408408; // Φ⁻¹(0.99) to 16 digits (any high-precision normal table)

const handVariance = (x: number[]) => x.reduce((s, xi, i) => s + x.reduce((t, xj, j) => t + xi * xj * positions[i]!.volAnnual * positions[j]!.volAnnual * corr[i]![j]!, 0), 0);

describe('buildRiskReport on a single-index portfolio', () => {
  const r = must({ ...base, micro: { kind: 'reduce', hedgedFraction: 1 } });
  it('unhedged σ and VaR99 match the hand-written xᵀΣx', () => {
    const v = handVariance(positions.map((p) => p.value));
    expect(r.unhedged.sigmaAnnual).toBeCloseTo(Math.sqrt(v), 6);
    expect(r.unhedged.var99).toBeCloseTo(z99 * Math.sqrt(v * 10 / 252), 6);
    expect(r.unhedged.beta).toBeCloseTo((250 * 1.6 + 600 + 150 * 0.5) / 1000, 12);
  });
  it('micro hedge of 100 % of the target = the portfolio without the target', () => {
    expect(r.micro.sigmaAnnual).toBeCloseTo(Math.sqrt(handVariance([0, 600_000, 150_000])), 6);
    expect(r.micro.componentVar99[0]).toBeCloseTo(0, 9);
  });
  it('beta hedge: notional −β·P, beta 0, only idiosyncratic variance left', () => {
    expect(r.macroNotional).toBeCloseTo(-1075_000, 6);
    expect(r.macro.beta).toBeCloseTo(0, 12);
    const idio = positions.reduce((s, p, i) => s + (p.value * p.volAnnual) ** 2 * (1 - rhoI[i]! ** 2), 0);
    expect(r.macro.sigmaAnnual).toBeCloseTo(Math.sqrt(idio), 4);
    expect(r.warnings).toEqual([]);
  });
  it('component VaRs sum to VaR in every scenario', () => {
    for (const s of [r.unhedged, r.micro, r.macro, r.macroSameVariance!]) {
      expect(s.componentVar95.reduce((a, b) => a + b, 0)).toBeCloseTo(s.var95, 6);
      expect(s.componentVar99.reduce((a, b) => a + b, 0)).toBeCloseTo(s.var99, 6);
    }
  });
  it('the same-variance index hedge reaches the micro hedge’s σ exactly', () => {
    expect(r.sameVarianceNotional).not.toBeNull();
    expect(r.macroSameVariance!.sigmaAnnual).toBeCloseTo(r.micro.sigmaAnnual, 6);
    expect(r.labels).toEqual(['Target', 'Fund', 'Utility', 'Index futures']);
  });
});

describe('cross hedge and edge cases', () => {
  it('a cross hedge with ρ = 1 and equal vol at h* = 1 equals removing the target', () => {
    const r = must({ ...base, micro: { kind: 'cross', hedgeRatio: 1, hedgeVolAnnual: 0.45, correlationWithTarget: 1 } });
    expect(r.micro.sigmaAnnual).toBeCloseTo(Math.sqrt(handVariance([0, 600_000, 150_000])), 4);
    expect(r.labels).toEqual(['Target', 'Fund', 'Utility', 'Hedge asset', 'Index futures']);
  });
  it('a cross hedge with ρ = 0.8 leaves residual (basis) risk: σ between unhedged and target-free', () => {
    const r = must({ ...base, micro: { kind: 'cross', hedgeRatio: 0.8, hedgeVolAnnual: 0.45, correlationWithTarget: 0.8 } });
    expect(r.micro.sigmaAnnual).toBeLessThan(r.unhedged.sigmaAnnual);
    expect(r.micro.sigmaAnnual).toBeGreaterThan(Math.sqrt(handVariance([0, 600_000, 150_000])));
  });
  it('inconsistent betas are repaired with a warning', () => {
    const r = must({ ...base, correlation: [[1, -0.9, 0], [-0.9, 1, 0], [0, 0, 1]], micro: { kind: 'reduce', hedgedFraction: 0.5 } });
    expect(r.warnings[0]).toMatch(/nearest consistent/);
  });
  it('same-variance root: x² σ_I² + 2 c x + σ_P² = target, null when unreachable', () => {
    const x = sameVarianceIndexNotional(100, -6, 4, 91);
    expect(x).not.toBeNull();
    expect(4 * x! * x! + 2 * -6 * x! + 100).toBeCloseTo(91, 12);
    expect(sameVarianceIndexNotional(100, -6, 4, 10)).toBeNull();
  });
  it('names bad fields; garbage never throws (fast-check)', () => {
    expect(buildRiskReport({ ...base, target: 5, micro: { kind: 'reduce', hedgedFraction: 1 } })).toMatchObject({ ok: false, errors: [{ field: 'target' }] });
    expect(buildRiskReport({ ...base, micro: { kind: 'cross', hedgeRatio: 1, hedgeVolAnnual: -1, correlationWithTarget: 2 } })).toMatchObject({ ok: false, errors: [{ field: 'micro.hedgeVolAnnual' }, { field: 'micro.correlationWithTarget' }] });
    fc.assert(fc.property(fc.anything(), (x) => { expect(typeof buildRiskReport(x).ok).toBe('boolean'); }), { numRuns: 200 });
    fc.assert(fc.property(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }), (rho, beta, f) => {
      const r = buildRiskReport({ ...base, positions: [positions[0], { ...positions[1], beta }], correlation: [[1, rho], [rho, 1]], micro: { kind: 'reduce', hedgedFraction: f } });
      if (r.ok) expect(JSON.stringify(r.value, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? 'BAD' : v))).not.toContain('BAD');
    }), { numRuns: 100 });
  });
});
