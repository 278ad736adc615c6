import { describe, expect, it } from 'vitest';
import { calculateCombined, CombinedMessages, computeCombined } from '../../src/calc/combined';
import { calculate } from '../../src/calc/calculate';
import { DEFAULT_SCENARIO as D } from '../../src/state/presets';
import type { CombinedLegRef, Scenario } from '../../src/state/scenario';
import { planOf } from './scenarios';

const withLegs = (combined: CombinedLegRef[], s: Scenario = D): Scenario => ({ ...s, prefs: { ...s.prefs, combined } });
const PUT_AND_SWAP: CombinedLegRef[] = [{ mode: 'stock', kind: 'protective-put' }, { mode: 'rate', kind: 'rate-swap' }];

describe('the combined hedge of a scenario', () => {
  it('holds the stock put and the loan swap of the worked example, whatever the open tab', () => {
    const r = computeCombined(withLegs(PUT_AND_SWAP));
    expect(r.errors).toEqual([]);
    expect(r.legs.map((l) => [l.modeTitle, l.name, l.problem])).toEqual([['Stock', 'Protective put', null], ['Loan rate', expect.any(String), null]]);
    const put = planOf(calculate(D), 'protective-put');
    const swap = planOf(calculate({ ...D, prefs: { ...D.prefs, mode: 'rate' } }), 'rate-swap');
    // The ledger is every line of both legs; its total their exact decimal sum.
    expect(r.plan!.ledger.lines).toHaveLength(put.ledger.lines.length + swap.ledger.lines.length);
    expect(r.plan!.ledger.totalCost.amount.equals(put.ledger.totalCost.amount.plus(swap.ledger.totalCost.amount))).toBe(true);
    expect(r.joint!.factors.map((f) => f.axis.kind)).toEqual(['price', 'rate']);
    expect(r.sweep!.rows).toHaveLength(41);
  });

  it('is the same object while nothing it reads changes', () => {
    const s = withLegs(PUT_AND_SWAP);
    expect(calculateCombined(s)).toBe(calculateCombined({ ...s, prefs: { ...s.prefs, mode: 'fx' } }));
  });

  it('lists a leg it cannot use with its reason and leaves it out of the sums', () => {
    const r = computeCombined(withLegs([{ mode: 'stock', kind: 'beta' }, { mode: 'fx', kind: 'no-such-hedge' }, { mode: 'rate', kind: 'rate-swap' }]));
    expect(r.legs.map((l) => l.problem)).toEqual([CombinedMessages.wholePortfolio, CombinedMessages.unknown, null]);
    expect(r.plan!.extras.components).toHaveLength(1);
  });

  it('a leg whose inputs are wrong is listed, not summed', () => {
    const s = withLegs(PUT_AND_SWAP, { ...D, rate: { ...D.rate, swapRate: 'abc' } });
    const r = computeCombined(s);
    expect(r.legs[1]!.problem).toBe(CombinedMessages.notComputed);
    expect(r.plan!.extras.components).toHaveLength(1);
  });

  it('counts a leg once however often a link lists it, and has nothing to sum with no legs', () => {
    expect(computeCombined(withLegs([...PUT_AND_SWAP, ...PUT_AND_SWAP])).legs).toHaveLength(2);
    expect(computeCombined(withLegs([]))).toMatchObject({ legs: [], plan: null, joint: null, errors: [] });
  });

  it('a loan in USD joins the EUR total at the portfolio’s USD rate, or waits for it', () => {
    const s = withLegs(PUT_AND_SWAP, { ...D, rate: { ...D.rate, currency: 'USD' } });
    const missing = computeCombined(s);
    expect(missing.errors).toEqual([]);
    expect(missing.legs[1]!.problem).toContain('EUR per 1 USD');
    expect(missing.plan!.extras.components).toHaveLength(1);
    const typed = computeCombined({ ...s, portfolio: { ...s.portfolio, fxRates: [{ currency: 'USD', spot: '0.9', vol: '', rate: '', correlation: '' }] } });
    expect(typed.legs[1]!.conversion).toEqual({ currency: 'USD', rate: 0.9 });
    expect(typed.plan!.ledger.currency).toBe('EUR');
    expect(typed.plan!.extras.components).toHaveLength(2);
  });
});

describe('two hedges of one loan', () => {
  it('the rate lock and the swap move one factor: the loan counted once', () => {
    const r = computeCombined(withLegs([{ mode: 'rate', kind: 'rate-lock' }, { mode: 'rate', kind: 'rate-swap' }]));
    expect(r.joint!.factors).toHaveLength(1);
    expect(r.joint!.factors[0]!.plans).toEqual([0, 1]);
  });
});
