/**
 * The combined hedge of a foreign holding in the home currency: a USD stock in a EUR portfolio,
 * hedged with a put (ledger in USD) and the FX forward on its value (ledger in EUR). Every figure
 * is worked by hand in its comment (rounding: half-even to cents, each converted line on its own).
 */
import { describe, expect, it } from 'vitest';
import { calculateCombined, computeCombined } from '../../src/calc/combined';
import { CombinedFxMessages } from '../../src/calc/combined-fx';
import { combinedLegCurrencies } from '../../src/calc/fx-rates';
import { DEFAULT_SCENARIO as D } from '../../src/state/presets';
import type { CombinedLegRef, FxRateInput, Scenario } from '../../src/state/scenario';
import { holding } from './scenarios';

const USD: FxRateInput = { currency: 'USD', spot: '0.9090', vol: '8', rate: '4', correlation: '0' };
const PUT_AND_FORWARD: CombinedLegRef[] = [{ mode: 'stock', kind: 'protective-put' }, { mode: 'stock', kind: 'holding-fx-forward' }];

/** 1,200 US shares at USD 50 as the target of a EUR portfolio; the put quoted at USD 4.35, commission 1.75 and fee 0.90 per contract. */
function usdScenario(legs: CombinedLegRef[], fxRates: FxRateInput[] = [USD], quantity = '1,200', stock: Partial<Scenario['stock']> = {}): Scenario {
  const target = holding('us', { name: 'US Tech', quantity, price: '50', currency: 'USD', vol: '25' });
  return {
    ...D,
    portfolio: { ...D.portfolio, holdings: [target, ...D.portfolio.holdings], targetId: 'us', homeCurrency: 'EUR', fxRates },
    stock: { ...D.stock, putStrike: '45', putQuote: '4.35', commission: '1.75', exchangeFee: '0.90', hedgeRatio: '100', contractSize: '100', rate: '3', tenorDays: '182', ...stock },
    prefs: { ...D.prefs, combined: legs },
  };
}

const cents = (m: { amount: { toFixed(dp?: number): string } }) => m.amount.toFixed(2);

describe('a USD holding hedged with a put and the FX forward on its value, in a EUR portfolio', () => {
  const r = computeCombined(usdScenario(PUT_AND_FORWARD));
  const [put, fwd] = r.legs;

  it('sums both legs into one EUR total instead of a currency error', () => {
    expect(r.errors).toEqual([]);
    expect(r.home).toBe('EUR');
    expect(r.plan!.ledger.currency).toBe('EUR');
    expect(r.legs.map((l) => l.problem)).toEqual([null, null]);
  });

  it('converts the put’s USD lines at 0.9090, each rounded to cents, keeping the USD amounts', () => {
    // 12 contracts × 100 × 4.35 = USD 5,220.00 → × 0.909 = 4,744.98; 12 × 1.75 = 21.00 → 19.089 → 19.09; 12 × 0.90 = 10.80 → 9.8172 → 9.82.
    expect(put!.conversion).toEqual({ currency: 'USD', rate: 0.909 });
    expect(put!.plan!.ledger.lines.map((l) => cents(l.amount))).toEqual(['4744.98', '19.09', '9.82']);
    expect(put!.plan!.ledger.lines.map((l) => l.original!.amount.amount.toFixed(2))).toEqual(['5220.00', '21.00', '10.80']);
    expect(fwd!.conversion).toBeNull();
  });

  it('the EUR total = converted put lines + the forward’s own line', () => {
    // Forward points at parity (Hull eq. 5.9): USD 60,000 sold at F = 0.909·e^{(3 % − 4 %)·182/365}, a cost of
    // 60,000 × 0.909 × (1 − e^{−0.01·182/365}) = EUR 271.276 (by hand).
    const points = fwd!.plan!.ledger.lines[0]!.amount.amount.toNumber();
    expect(points).toBeCloseTo(60_000 * 0.909 * (1 - Math.exp(-0.01 * 182 / 365)), 6);
    const total = r.plan!.ledger.totalCost.amount;
    expect(total.minus(fwd!.plan!.ledger.totalCost.amount).toFixed(2)).toBe('4773.89'); // 4,744.98 + 19.09 + 9.82
    expect(total.toNumber()).toBeCloseTo(4773.89 + 271.276, 2);
  });

  it('joint moves read the put at the moved EUR/USD rate: the holding’s true change in EUR', () => {
    expect(put!.atMovedRate).toBe(true);
    const adverse = r.joint!.rows.find((x) => x.name === 'Adverse')!;
    // S = 50 × 0.8 = 40, X = 0.909 × 0.8 = 0.7272: 1,200 × 40 × 0.7272 − 1,200 × 50 × 0.909 = 34,905.60 − 54,540.00 = −19,634.40.
    expect(adverse.unhedged).toBeCloseTo(-19_634.4, 6);
    const favourable = r.joint!.rows.find((x) => x.name === 'Favourable')!;
    // S = 60, X = 1.0908: 1,200 × 60 × 1.0908 − 54,540 = 78,537.60 − 54,540 = 23,997.60.
    expect(favourable.unhedged).toBeCloseTo(23_997.6, 6);
  });

  it('without an FX leg the put is read at today’s rate: 1,200 × (40 − 50) × 0.909 = −10,908.00 adverse', () => {
    const alone = computeCombined(usdScenario([{ mode: 'stock', kind: 'protective-put' }]));
    expect(alone.legs[0]!.atMovedRate).toBe(false);
    expect(alone.joint!.rows.find((x) => x.name === 'Adverse')!.unhedged).toBeCloseTo(-10_908, 6);
  });

  it('recomputes when the rate changes (the portfolio is in the memo key)', () => {
    const s = usdScenario(PUT_AND_FORWARD);
    const a = calculateCombined(s);
    const b = calculateCombined({ ...s, portfolio: { ...s.portfolio, fxRates: [{ ...USD, spot: '1' }] } });
    expect(b).not.toBe(a);
    // 5,220.00 + 21.00 + 10.80 at 1 = 5,251.80.
    expect(cents(b.legs[0]!.plan!.ledger.totalCost)).toBe('5251.80');
  });
});

describe('a leg whose currency has no rate', () => {
  it('is listed with a plain reason and left out; the other legs are still summed', () => {
    const r = computeCombined(usdScenario([...PUT_AND_FORWARD, { mode: 'rate', kind: 'rate-swap' }], [{ ...USD, spot: '' }]));
    // Without a USD rate the FX forward cannot be sized either (its own reason); the put says what to type.
    expect(r.legs[0]!.problem).toBe(CombinedFxMessages.missingRate('EUR', 'USD'));
    expect(r.legs[0]!.problem).toBe("Enter the rate in EUR per 1 USD under the portfolio's currencies to add this hedge's costs to the total.");
    expect(r.legs[2]!.problem).toBeNull();
    expect(r.errors).toEqual([]);
    expect(r.plan!.extras.components).toHaveLength(1);
    expect(r.plan!.ledger.currency).toBe('EUR');
  });

  it('a loan in GBP without a GBP rate: the reason names GBP', () => {
    const s = { ...D, rate: { ...D.rate, currency: 'GBP' }, prefs: { ...D.prefs, combined: [{ mode: 'stock', kind: 'protective-put' }, { mode: 'rate', kind: 'rate-swap' }] as CombinedLegRef[] } };
    const r = computeCombined(s);
    expect(r.legs[1]!.problem).toBe("Enter the rate in EUR per 1 GBP under the portfolio's currencies to add this hedge's costs to the total.");
    expect(r.legs[0]!.problem).toBeNull();
    expect(r.plan).not.toBeNull();
  });
});

describe('a short USD holding (−1,200 shares) hedged with a call and the FX forward that buys its USD back', () => {
  const r = computeCombined(usdScenario([{ mode: 'stock', kind: 'protective-call' }, { mode: 'stock', kind: 'holding-fx-forward' }], [USD], '-1,200', { callStrike: '55', callQuote: '2.10' }));

  it('converts the call’s USD lines and sums one EUR total', () => {
    expect(r.errors).toEqual([]);
    expect(r.legs.map((l) => l.problem)).toEqual([null, null]);
    // 12 contracts × 100 × 2.10 = USD 2,520.00 → × 0.909 = EUR 2,290.68.
    expect(cents(r.legs[0]!.plan!.ledger.lines[0]!.amount)).toBe('2290.68');
    expect(r.legs[0]!.plan!.ledger.lines[0]!.original!.amount.amount.toFixed(2)).toBe('2520.00');
  });

  it('the adverse joint move raises both the price and the dollar: −1,200 × 60 × 1.0908 + 54,540 = −23,997.60', () => {
    const adverse = r.joint!.rows.find((x) => x.name === 'Adverse')!;
    expect(adverse.x[0]).toBeCloseTo(60, 9);
    expect(adverse.x[1]).toBeCloseTo(1.0908, 9);
    expect(adverse.unhedged).toBeCloseTo(-23_997.6, 6);
  });
});

describe('the rate rows the combined hedge needs beyond the holdings’ currencies', () => {
  it('lists a leg’s currency once when it is neither home nor a holding’s, in the order of the legs', () => {
    const legs: CombinedLegRef[] = [{ mode: 'rate', kind: 'rate-swap' }, { mode: 'commodity', kind: 'futures' }, { mode: 'fx', kind: 'fx-forward' }, { mode: 'rate', kind: 'rate-lock' }];
    const s = { ...usdScenario(legs), rate: { ...D.rate, currency: 'GBP' }, commodity: { ...D.commodity, currency: 'USD' }, fx: { ...D.fx, domestic: 'EUR' } };
    // USD is a holding's (already a row), EUR is home: only GBP, once.
    expect(combinedLegCurrencies(s)).toEqual(['GBP']);
    expect(combinedLegCurrencies({ ...s, rate: { ...D.rate, currency: 'gbp' } })).toEqual([]);
  });
});
