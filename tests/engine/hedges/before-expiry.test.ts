/**
 * Before expiry: the date × price grid, the lognormal odds and the same-cost macro alternative,
 * against published values (Hull, "Options, Futures, and Other Derivatives", 10th ed.).
 */
import { describe, expect, it } from 'vitest';
import { hedgeOdds, planCollar, planFxOption, planProtectivePut, revalueGrid, sizeSameCostMacro } from '../../../src/engine';
import type { HedgePlan, Result } from '../../../src/engine';
import { capmPortfolioValue } from '../../../src/engine/hedges/same-cost-macro';
import { gridDates, gridPrices, niceStep } from '../../../src/engine/hedges/revalue';

const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

/** 100 shares and one European put contract (100 units) quoted at 0, so the cost is zero and a cell is the put's model value. */
function hullPut(o: { price?: number; strike?: number; vol?: number; r?: number; q?: number; tenor?: number; quote?: string; exercise?: 'european' | 'american'; quantity?: number } = {}): HedgePlan {
  return value(planProtectivePut({
    target: { symbol: 'X', quantity: o.quantity ?? 100, price: o.price ?? 42, currency: 'USD', volAnnual: o.vol ?? 0.2, dividendYield: o.q ?? 0 },
    market: { r: o.r ?? 0.1, tenorYears: o.tenor ?? 0.5 },
    sizing: { contractSize: 100 },
    putStrike: o.strike ?? 40,
    ...(o.quote === undefined ? { putPremiumQuote: '0' } : o.quote === 'model' ? {} : { putPremiumQuote: o.quote }),
    exercise: o.exercise ?? 'european',
  }));
}

const cell = (plan: HedgePlan, price: number, column: number, extra: object = {}) => {
  const g = value(revalueGrid({ plan, ...extra }));
  const row = g.prices.indexOf(price);
  expect(row).toBeGreaterThanOrEqual(0);
  return g.pnl[row]![column]!;
};

describe('date × price grid', () => {
  it("today's column at spot is the put's Black–Scholes value: Hull Ex. 15.6 (S0 42, K 40, r 10 %, σ 20 %, T 0.5: p = 0.81)", () => {
    // 100 shares + 100 puts, nothing paid: P/L today at 42 = 100 × 0.81 (Hull rounds to the cent).
    expect(cell(hullPut(), 42, 0)).toBeCloseTo(81, 0);
  });

  it('the expiry column is the payoff: at 30 the puts pay 100 × 10, the shares lose 100 × 12', () => {
    const g = value(revalueGrid({ plan: hullPut() }));
    const last = g.dates.length - 1;
    expect(g.dates[last]).toBe(0.5);
    expect(g.pnl[g.prices.indexOf(30)]![last]).toBeCloseTo(-200, 9);
    expect(g.pnl[g.spotRow]![last]).toBeCloseTo(0, 9);
  });

  it('a later column with half a year left is Hull Ex. 15.6 again (expiry 0.75 y, column at 91 days)', () => {
    const g = value(revalueGrid({ plan: hullPut({ tenor: 0.75 }), columns: 4 }));
    expect(Math.round(g.dates[1]! * 365)).toBe(91);
    expect(g.pnl[g.spotRow]![1]).toBeCloseTo(81, 0);
  });

  it('the volatility shift reprices the legs: a 15 % plan shifted +5 points is Hull Ex. 15.6 (σ 20 %); the cost paid stays', () => {
    expect(cell(hullPut({ vol: 0.15 }), 42, 0, { volShift: 0.05 })).toBeCloseTo(81, 0);
    expect(cell(hullPut({ vol: 0.15 }), 42, 0)).toBeLessThan(60);
  });

  it('the rate shift reprices the legs: a 5 % plan shifted +5 % is Hull Ex. 15.6 (r 10 %)', () => {
    expect(cell(hullPut({ r: 0.05 }), 42, 0, { rateShift: 0.05 })).toBeCloseTo(81, 0);
  });

  it('with a yield q > 0 (an index, Hull ch. 17 problem: 250, K 250, r 10 %, q 3 %, σ 18 %, 3 months, call 11.15)', () => {
    // Put by put–call parity with a yield (Hull eq. 17.3): p = c − S0·e^{−qT} + K·e^{−rT} = 6.85.
    const p = 11.15 - 250 * Math.exp(-0.03 * 0.25) + 250 * Math.exp(-0.1 * 0.25);
    const plan = hullPut({ price: 250, strike: 250, r: 0.1, q: 0.03, vol: 0.18, tenor: 0.25 });
    expect(cell(plan, 250, 0) / 100).toBeCloseTo(p, 2);
  });

  it('a payable (short exposure) hedged with a Garman–Kohlhagen call: today at spot the call is Hull Ex. 15.6 (c = 4.76)', () => {
    // Quantity −1,000 (owed); r_f = 0 makes the FX call Hull's stock call; the cost paid is the model premium.
    const plan = value(planFxOption({ target: { symbol: 'USD', quantity: -1000, price: 42, currency: 'EUR', volAnnual: 0.2, dividendYield: 0 }, market: { r: 0.1, rForeign: 0, tenorYears: 0.5 }, strike: 40 }));
    const g = value(revalueGrid({ plan }));
    // P/L today at spot = 1,000 × c − cost paid (1,000 × c): zero up to the cent rounding of the premium.
    expect(Math.abs(g.pnl[g.spotRow]![0]!)).toBeLessThan(0.01);
    const odds = value(hedgeOdds({ plan }));
    expect(odds.expectedPayoffToday / 1000).toBeCloseTo(4.76, 2);
  });

  it('American legs are worth at least the European ones in every cell (early exercise has value)', () => {
    const eu = value(revalueGrid({ plan: hullPut() }));
    const am = value(revalueGrid({ plan: hullPut({ exercise: 'american' }) }));
    am.pnl.forEach((row, i) => row.forEach((x, j) => expect(x).toBeGreaterThanOrEqual(eu.pnl[i]![j]! - 1e-6)));
  });

  it('rows are round prices plus spot and strikes, highest first; columns run from today to expiry in whole days', () => {
    expect(niceStep(4.1)).toBe(5);
    expect(niceStep(0.021)).toBe(0.02);
    expect(gridPrices(20, 60, 9, [42, 40])).toEqual([60, 55, 50, 45, 42, 40, 35, 30, 25, 20]);
    expect(gridDates(0.5, 3)).toEqual([0, 92 / 365, 0.5]); // 183 days (0.5 × 365 rounded), halfway 91.5 → 92
    expect(gridDates(2 / 365, 7)).toEqual([0, 1 / 365, 2 / 365]);
  });

  it('refuses a plan without option legs, a shift that leaves no volatility, and bad grid sizes (typed errors)', () => {
    const plan = hullPut();
    const noValuation = { ...plan, valuation: undefined } as unknown as HedgePlan;
    expect(revalueGrid({ plan: noValuation })).toMatchObject({ ok: false, errors: [{ field: 'plan' }] });
    expect(revalueGrid({ plan, volShift: -0.2 })).toMatchObject({ ok: false, errors: [{ field: 'volShift' }] });
    expect(revalueGrid({ plan, rateShift: 1.5 })).toMatchObject({ ok: false, errors: [{ field: 'rateShift' }] });
    expect(revalueGrid({ plan, rows: 2 })).toMatchObject({ ok: false, errors: [{ field: 'rows' }] });
  });
});

describe('lognormal odds', () => {
  it('P(a call finishes in the money) is N(d2) in the risk-neutral world: Hull §15.8 / Ex. 15.6 d2 = 0.6278 → 0.7349', () => {
    const plan = value(planFxOption({ target: { symbol: 'USD', quantity: -1000, price: 42, currency: 'EUR', volAnnual: 0.2, dividendYield: 0 }, market: { r: 0.1, rForeign: 0, tenorYears: 0.5 }, strike: 40 }));
    const odds = value(hedgeOdds({ plan }));
    expect(odds.driftSource).toBe('risk-neutral');
    expect(odds.drift).toBeCloseTo(0.1, 12);
    expect(odds.probPaysOff).toBeCloseTo(0.7349, 3);
    // The payable's worst case: owing more than strike + cost per unit (the floor price, "above").
    expect(odds.floorSide).toBe('above');
    expect(odds.floorPrice).toBeCloseTo(40 + odds.cost / 1000, 4); // the floor is rounded to the cent
  });

  it('P(a put pays off) is N(−d2) = 1 − 0.7349 (Hull Ex. 15.6); the expected cost of a put paid at its model value is about zero', () => {
    const odds = value(hedgeOdds({ plan: hullPut({ quote: 'model' }) }));
    expect(odds.probPaysOff).toBeCloseTo(0.2651, 3);
    // Premium 100 × 0.81 paid, e^{−rT}·E[payoff] = the Black–Scholes value: nothing expected to be lost but rounding.
    expect(odds.cost).toBeCloseTo(81, 0);
    expect(Math.abs(odds.expectedCost)).toBeLessThan(0.01);
  });

  it('95 % range of the price: Hull Ex. 15.1 (S0 40, μ 16 %, σ 20 %, 6 months) → 32.55 to 56.56', () => {
    const odds = value(hedgeOdds({ plan: hullPut({ price: 40, strike: 32.55, vol: 0.2, tenor: 0.5 }), expectedReturn: 0.16 }));
    expect(odds.driftSource).toBe('expected-return');
    expect(odds.range95[0]).toBeCloseTo(32.55, 1);
    expect(odds.range95[1]).toBeCloseTo(56.56, 1);
    // A put struck at the lower end finishes in the money with probability 2.5 %.
    expect(odds.probPaysOff).toBeCloseTo(0.025, 3);
  });

  it('with an expected return above r − q the put is expected to pay less, so carrying it costs more', () => {
    const rn = value(hedgeOdds({ plan: hullPut({ quote: 'model' }) }));
    const bull = value(hedgeOdds({ plan: hullPut({ quote: 'model' }), expectedReturn: 0.2 }));
    expect(bull.probPaysOff).toBeLessThan(rn.probPaysOff);
    expect(bull.expectedCost).toBeGreaterThan(rn.expectedCost);
  });

  it('a collar pays off only below the put strike (the written call is a cost, not a payoff)', () => {
    const plan = value(planCollar({ target: { symbol: 'X', quantity: 100, price: 42, currency: 'USD', volAnnual: 0.2, dividendYield: 0.02 }, market: { r: 0.05, tenorYears: 0.5 }, sizing: { contractSize: 100 }, putStrike: 40, callStrike: 48, exercise: 'european' }));
    const collar = value(hedgeOdds({ plan }));
    const put = value(hedgeOdds({ plan: hullPut({ q: 0.02, r: 0.05 }) }));
    expect(collar.probPaysOff).toBeCloseTo(put.probPaysOff, 10);
    expect(collar.expectedPayoff).toBeLessThan(put.expectedPayoff);
  });

  it('the floor: P(the holding alone ends below floor / quantity)', () => {
    const plan = hullPut({ quote: '1' }); // floor 100 × (40 − 1) = 3,900
    const odds = value(hedgeOdds({ plan }));
    expect(odds.floorPrice).toBeCloseTo(39, 9);
    expect(odds.probBeyondFloor).toBeLessThan(odds.probPaysOff);
  });
});

describe('same-cost macro alternative: index puts', () => {
  const hull173 = { budget: 5_000, portfolio: { value: 500_000, beta: 2, dividendYield: 0.04 }, index: { level: 1000, volAnnual: 0.18, dividendYield: 0.04, multiplier: 100 }, r: 0.12, tenorYears: 0.25, strikeFraction: 0.96 };

  it('Hull §17.3 (β 2.0, $500,000, index 1,000, r 12 %, q 4 %, 3 months): 10 puts insure it all; index at 960 ↔ portfolio $450,000', () => {
    expect(capmPortfolioValue(hull173, 960)).toBeCloseTo(450_000, 6);
    const m = value(sizeSameCostMacro(hull173));
    expect(m.fullCoverContracts).toBeCloseTo(10, 12);
    expect(m.strike).toBe(960);
    expect(m.protectedValue).toBeCloseTo(450_000, 6);
    expect(m.coveredFraction).toBeCloseTo(m.contracts / 10, 12);
  });

  it('an index put priced with its dividend yield: Hull ch. 17 problem (250, K 250, r 10 %, q 3 %, σ 18 %, 3 months; call 11.15, put by parity 6.85)', () => {
    const p = 11.15 - 250 * Math.exp(-0.03 * 0.25) + 250 * Math.exp(-0.1 * 0.25);
    const m = value(sizeSameCostMacro({ budget: 5_000, portfolio: { value: 250_000, beta: 1 }, index: { level: 250, volAnnual: 0.18, dividendYield: 0.03, multiplier: 100 }, r: 0.1, tenorYears: 0.25, strikeFraction: 1, feePerContract: 2 }));
    expect(m.premiumPerPoint).toBeCloseTo(p, 2);
    expect(m.costPerContract).toBeCloseTo(m.premiumPerPoint * 100 + 2, 9);
    expect(m.contracts).toBe(Math.floor(5_000 / m.costPerContract)); // 7 contracts of about 686.5
    expect(m.cost).toBeLessThanOrEqual(5_000);
    // β 1, $250,000 on an index at 250 × 100: 10 contracts insure it all, so 7 cover 70 %.
    expect(m.coveredFraction).toBeCloseTo(0.7, 12);
    const s = m.stress(-0.2);
    expect(s.puts).toBeCloseTo(7 * 100 * 50, 9);
  });

  it('refuses a zero budget and bad fields by name', () => {
    expect(sizeSameCostMacro({ ...hull173, budget: 0 })).toMatchObject({ ok: false, errors: [{ field: 'budget' }] });
    expect(sizeSameCostMacro({ ...hull173, index: { ...hull173.index, volAnnual: 0 } })).toMatchObject({ ok: false, errors: [{ field: 'index.volAnnual' }] });
  });
});
