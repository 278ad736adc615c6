/** `computeMode` dispatches on the mode; `calculate` is memoised on the slices the mode reads. */
import { describe, expect, it } from 'vitest';
import { calculate, computeMode } from '../../src/calc/calculate';
import { DEFAULT_SCENARIO, PRESETS } from '../../src/state/presets';
import type { Mode, Scenario } from '../../src/state/scenario';

const inMode = (mode: Mode, s: Scenario = DEFAULT_SCENARIO): Scenario => ({ ...s, prefs: { ...s.prefs, mode } });

describe('computeMode', () => {
  it.each<[Mode, string[]]>([
    ['stock', ['protective-put', 'collar', 'put-spread', 'short-sale', 'cross', 'beta']],
    ['commodity', ['futures']],
    ['fx', ['fx-forward', 'fx-option']],
    ['rate', ['rate-lock', 'rate-swap', 'rate-strip', 'swap-term', 'rate-cap']],
  ])('%s mode computes that mode’s hedges', (mode, ids) => {
    const r = computeMode(inMode(mode));
    expect(r.mode).toBe(mode);
    expect(r.hedges.map((h) => h.id)).toEqual(ids);
  });

  it('does not memoise: each call builds a new result', () => {
    expect(computeMode(DEFAULT_SCENARIO)).not.toBe(computeMode(DEFAULT_SCENARIO));
  });

  it('falls back to stock for an unknown mode', () => {
    const r = computeMode({ ...DEFAULT_SCENARIO, prefs: { ...DEFAULT_SCENARIO.prefs, mode: 'nonsense' as Mode } });
    expect(r.mode).toBe('stock');
  });
});

describe('calculate (memoised)', () => {
  it('returns the same object for the same slice objects, even in a new scenario object', () => {
    const s = inMode('fx');
    const a = calculate(s);
    expect(calculate(s)).toBe(a);
    expect(calculate({ ...s })).toBe(a);
    // prefs other than the mode are not read by the calculation.
    expect(calculate({ ...s, prefs: { ...s.prefs, selectedHedge: 'fx-option', showPortfolio: true } })).toBe(a);
  });

  it('recomputes after a change of the slice it reads', () => {
    const s = inMode('fx');
    const a = calculate(s);
    const changed = { ...s, fx: { ...s.fx, spot: '0.9300' } };
    const b = calculate(changed);
    expect(b).not.toBe(a);
    expect(b.hedges[0]!.plan!.axis.today).toBe(0.93);
    expect(calculate(changed)).toBe(b);
    // A new slice object with equal text is still a new key (identity, not deep equality).
    expect(calculate({ ...changed, fx: { ...changed.fx } })).not.toBe(b);
  });

  it('keeps the result after a change to another mode’s slice', () => {
    const s = inMode('commodity');
    const a = calculate(s);
    expect(calculate({ ...s, fx: { ...s.fx, spot: 'abc' } })).toBe(a);
    expect(calculate({ ...s, rate: { ...s.rate, principal: '1' } })).toBe(a);
    expect(calculate({ ...s, stock: { ...s.stock, putStrike: '1' } })).toBe(a);
    expect(calculate({ ...s, portfolio: { ...s.portfolio, correlation: '0.9' } })).toBe(a);
  });

  it('in stock mode reads both the portfolio and the stock slice', () => {
    const s = inMode('stock');
    const a = calculate(s);
    expect(calculate({ ...s, commodity: { ...s.commodity, quantity: '1' } })).toBe(a);
    const p = calculate({ ...s, portfolio: { ...s.portfolio } });
    expect(p).not.toBe(a);
    const q = calculate({ ...s, stock: { ...s.stock } });
    expect(q).not.toBe(p);
  });

  it('switching modes gives that mode’s result', () => {
    const s = inMode('rate');
    expect(calculate(s).mode).toBe('rate');
    expect(calculate(inMode('fx', s)).mode).toBe('fx');
    expect(calculate(s).mode).toBe('rate');
  });

  it('gives the same figures as computeMode', () => {
    for (const p of Object.values(PRESETS)) {
      const memo = calculate(p.scenario);
      const fresh = computeMode(p.scenario);
      expect(memo.hedges.map((h) => h.plan?.ledger.totalCost.amount.toFixed())).toEqual(fresh.hedges.map((h) => h.plan?.ledger.totalCost.amount.toFixed()));
      expect(memo.fieldErrors).toEqual(fresh.fieldErrors);
    }
  });
});
