import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dollarOffsetRatio, passesDollarOffset, testHedgeEffectiveness } from '../../../src/engine/portfolio/effectiveness';

// legalclarity.org, "How the Dollar-Offset Method Tests Hedge Effectiveness" and "Dollar Offset
// Method: Formula, Examples, and the 80/125 Rule": a swap gaining $10,000 against hedged debt losing
// $11,000 gives 10,000/11,000 ≈ 0.91 (effective); $50,000 against −$50,000 gives 1.0; ratios of
// 0.95 and 1.15 pass, 0.70 fails (the 80–125 % band of ASC 815 practice). Tolerance: 2 decimals.
describe('dollar offset: published examples', () => {
  it('$10,000 hedge gain vs $11,000 item loss → 0.91, effective', () => {
    const r = dollarOffsetRatio(-11_000, 10_000);
    expect(r).toBeCloseTo(0.91, 2);
    expect(passesDollarOffset(r)).toBe(true);
  });
  it('$50,000 vs −$50,000 → 1.00', () => expect(dollarOffsetRatio(-50_000, 50_000)).toBe(1));
  it.each([[0.95, true], [1.15, true], [0.7, false], [0.8, true], [1.25, true], [1.26, false]])('ratio %s passes: %s', (ratio, pass) => {
    expect(passesDollarOffset(dollarOffsetRatio(-100, 100 * ratio))).toBe(pass);
  });
  it('a hedged item that did not move has no ratio (the small-denominator problem) and does not pass', () => {
    expect(dollarOffsetRatio(0, 5)).toBeNull();
    expect(passesDollarOffset(null)).toBe(false);
  });
});

describe('testHedgeEffectiveness over a history', () => {
  it('cumulative offset from value histories, per-period ratios, regression and variance reduction', () => {
    const item = [1_000_000, 989_000, 995_000, 980_000, 990_000];
    const hedge = [0, 10_000, 4_500, 19_000, 9_800];
    const r = testHedgeEffectiveness({ hedgedItemValues: item, hedgeValues: hedge });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.dollarOffset.itemChange).toBe(-10_000);
    expect(r.value.dollarOffset.ratio).toBeCloseTo(0.98, 12);
    expect(r.value.dollarOffset.periodRatios[0]).toBeCloseTo(10 / 11, 12);
    expect(r.value.regression!.slope).toBeLessThan(-0.8);
    expect(r.value.regression!.passes).toBe(true);
    expect(r.value.varianceReduction!.passes).toBe(true);
    expect(r.value.highlyEffective).toBe(true);
  });
  it('a perfect hedge has slope −1, R² 1, variance reduction 1', () => {
    const item = [100, 104, 97, 99, 110];
    const r = testHedgeEffectiveness({ hedgedItemValues: item, hedgeValues: item.map((x) => 500 - x) });
    expect(r.ok && r.value.regression).toMatchObject({ slope: expect.closeTo(-1, 12), r2: expect.closeTo(1, 12) });
    expect(r.ok && r.value.varianceReduction!.reduction).toBeCloseTo(1, 12);
  });
  it('an unrelated "hedge" fails the regression test', () => {
    const item = [100, 104, 97, 99, 110, 105, 108];
    const r = testHedgeEffectiveness({ hedgedItemValues: item, hedgeValues: [0, 1, 2, 1, 0, 2, 3] });
    expect(r.ok && r.value.regression!.passes).toBe(false);
    expect(r.ok && r.value.highlyEffective).toBe(false);
  });
  it('bad input gives field errors; garbage never throws (fast-check)', () => {
    expect(testHedgeEffectiveness({ hedgedItemValues: [1, 2], hedgeValues: [1] })).toMatchObject({ ok: false, errors: [{ field: 'hedgeValues' }] });
    expect(testHedgeEffectiveness({ hedgedItemValues: [1], hedgeValues: [1] })).toMatchObject({ ok: false });
    fc.assert(fc.property(fc.anything(), (x) => { expect(typeof testHedgeEffectiveness(x).ok).toBe('boolean'); }), { numRuns: 200 });
    fc.assert(fc.property(fc.array(fc.tuple(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ min: -1e9, max: 1e9, noNaN: true })), { minLength: 2, maxLength: 30 }), (pairs) => {
      const r = testHedgeEffectiveness({ hedgedItemValues: pairs.map((p) => p[0]), hedgeValues: pairs.map((p) => p[1]) });
      expect(r.ok).toBe(true);
      if (r.ok) expect(JSON.stringify(r.value, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? 'BAD' : v))).not.toContain('BAD');
    }), { numRuns: 200 });
  });
});
