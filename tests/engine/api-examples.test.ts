/**
 * Every example of docs/engine.md, run through the engine's public entry (src/engine/index.ts).
 *
 * What is asserted, and why:
 * - Where the doc quotes a PUBLISHED number (Hull's 4.76, Higham's 0.7607, ...), the test asserts
 *   that published number at the precision it was published, and the comment cites the source.
 * - Every other number in the doc is simply what the engine returns today. Those assertions are
 *   NOT references: they only guard the doc against drift (if the engine changes, this test fails
 *   and the doc must be updated). Numbers use toBeCloseTo at the precision the doc shows; money
 *   is compared as exact decimal text.
 * The code inside each `it` (before the expectations) is the code shown in the doc.
 */
import { describe, expect, it } from 'vitest';
import {
  alignSeries, buildJointScenarios, buildMoveTable, convertPlan, buildPnlHistogram, buildRiskReport, combinePlans, isPlanKind, crossHedgeBand, estimateHedgeRatio, estimateMarket,
  fromModel, impliedVol, inferFrequency, logReturns, money, nearestCorrelationMatrix, parametricRisk, parityForward,
  parsePriceCsv, planBeta, planCollar, planCross, planFutures, planFxForward, planFxOption, planProtectivePut,
  planBuyBack, planProtectiveCall, planPutSpread, planRateFutures, planRateLock, planRateSwap, planShortSale, priceOption, roundMoney, runMonteCarlo,
  simpleReturns, sum, summarizePnl, testHedgeEffectiveness, toDecimalString, toNumber,
} from '../../src/engine';
import type { HedgePlan, Money, Result, TargetPosition } from '../../src/engine';

/** The value of an ok result; fails the test (with the field errors) otherwise. */
function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.errors)}`);
  return r.value;
}
/** Exact decimal text of a Money rounded to its currency's minor units (half-even). */
const cents = (m: Money | null): string | null => (m === null ? null : toDecimalString(roundMoney(m)));
/**
 * Amounts built on an American price: the reference cents (the price from a 128-node, 400-point
 * boundary solution) within 2 cents, since the engine's price is within 1e-4 per unit, not 1e-6.
 */
const near = (m: Money | null, reference: number) => expect(Math.abs(Number(cents(m)) - reference)).toBeLessThanOrEqual(0.02);

// ---------------------------------------------------------------------------------------------
// Opening: the Result contract
// ---------------------------------------------------------------------------------------------
describe('Result contract', () => {
  it('a bad field gives { ok: false, errors: [{ field, message }] }, never a throw or NaN', () => {
    const bad = priceOption({ type: 'call', spot: -42, strike: 40, r: 0.1, t: 0.5, vol: 0.2 });
    expect(bad).toEqual({ ok: false, errors: [{ field: 'spot', message: 'Must be greater than 0.' }] });
    const junk = priceOption('not an option' as never);
    expect(junk.ok).toBe(false);
    if (!junk.ok) expect(junk.errors.map((e) => e.field)).toEqual(['type', 'spot', 'strike', 'r', 't', 'vol']);
  });
});

// ---------------------------------------------------------------------------------------------
// Pricing
// ---------------------------------------------------------------------------------------------
describe('Pricing: priceOption', () => {
  it('Hull Example 15.6: European call S 42, K 40, r 10 %, σ 20 %, T 0.5 → 4.76 (put 0.81)', () => {
    const call = priceOption({ type: 'call', spot: 42, strike: 40, r: 0.10, t: 0.5, vol: 0.20 });
    const put = priceOption({ type: 'put', spot: 42, strike: 40, r: 0.10, t: 0.5, vol: 0.20 });
    const c = value(call);
    // Published: Hull, "Options, Futures, and Other Derivatives", Example 15.6 (9th ed.; same in
    // 8th/10th): c = 4.76, p = 0.81. Tolerance: half a unit of the last published digit.
    expect(Math.abs(c.price - 4.76)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(value(put).price - 0.81)).toBeLessThanOrEqual(0.005);
    // Our output as shown in the doc (drift guard).
    expect(c.price).toBeCloseTo(4.7594, 4);
    expect(c.delta).toBeCloseTo(0.7791, 4);
    expect(c.gamma).toBeCloseTo(0.04996, 5);
    expect(c.vega).toBeCloseTo(8.8134, 4);
    expect(c.theta).toBeCloseTo(-4.5591, 4);
    expect(c.rho).toBeCloseTo(13.9820, 4);
    expect(value(put).price).toBeCloseTo(0.8086, 4);
  });

  it('American put, Hull Example 20.1 (8th ed.): S = K = 50, r 10 %, σ 40 %, T 5 months → ≈ 4.283', () => {
    const r = priceOption({ type: 'put', exercise: 'american', spot: 50, strike: 50, r: 0.10, t: 5 / 12, vol: 0.40 });
    const v = value(r);
    // Published: Hull 8th ed. ch. 20, Example 20.1: the tree converges to 4.283 (500 steps). Tolerance 0.005.
    expect(Math.abs(v.price - 4.283)).toBeLessThanOrEqual(0.005);
    expect(v.price).toBeCloseTo(4.2842, 4);
    expect(v.delta).toBeCloseTo(-0.4140, 4);
  });

  it("Black-76 (model 'black76'): Hull ch. 18 crude-oil futures put, F = K = 20, r 9 %, σ 25 %, T 4 months → 1.12", () => {
    const r = priceOption({ type: 'put', model: 'black76', spot: 20, strike: 20, r: 0.09, t: 4 / 12, vol: 0.25 });
    const v = value(r);
    // Published: Hull, "Futures Options" chapter (ch. 18, 9th ed.), Black's model example: 1.12. Tolerance 0.005.
    expect(Math.abs(v.price - 1.12)).toBeLessThanOrEqual(0.005);
    expect(v.price).toBeCloseTo(1.1166, 4);
  });
});

describe('Pricing: impliedVol', () => {
  it('Hull §15.11 (9th ed.): call 1.875, S 21, K 20, r 10 %, T 0.25 → σ ≈ 23.5 %', () => {
    const r = impliedVol({ type: 'call', spot: 21, strike: 20, r: 0.10, t: 0.25, price: 1.875 });
    // Published: Hull 9th ed. §15.11 (7th ed. §13.11): implied volatility 0.235. Tolerance 0.0005.
    expect(Math.abs(value(r) - 0.235)).toBeLessThanOrEqual(0.0005);
    expect(value(r)).toBeCloseTo(0.234513, 6);
  });

  it('a price below the no-arbitrage bound is an error on price, not NaN', () => {
    const r = impliedVol({ type: 'call', spot: 42, strike: 40, r: 0.10, t: 0.5, price: 1 });
    expect(r).toEqual({
      ok: false,
      errors: [{ field: 'price', message: "The price must be above the option's lower bound 3.95082 (its discounted intrinsic value on the forward)." }],
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Hedge plans
// ---------------------------------------------------------------------------------------------
// The doc's shared inputs for the option hedges: 1,200 shares of X at 100 EUR.
const X: TargetPosition = { symbol: 'X', quantity: 1200, price: 100, currency: 'EUR', volAnnual: 0.30, dividendYield: 0 };
const optionCommon = {
  target: X,
  market: { r: 0.03, tenorYears: 0.5 },
  sizing: { contractSize: 100 },
  fees: { commissionPerContract: '1.50', exchangeFeePerContract: '0.50' },
};

describe('HedgePlan shape (protective put)', () => {
  it('planProtectivePut: 12 × 95 puts on 1,200 X', () => {
    const plan = value(planProtectivePut({ ...optionCommon, putStrike: 95 }));
    const typed: HedgePlan = plan; // a member of the plan union
    expect(typed).toBe(plan);
    expect(plan.kind).toBe('protective-put');
    expect(plan.label).toBe('Protective put: buy 12 × 95 puts on X (premium from the pricing model)');
    expect(plan.axis).toEqual({ kind: 'price', label: 'X price at the horizon', unit: 'EUR per unit', today: 100, range: [50, 150], moves: 'relative' });
    expect(plan.legs).toHaveLength(1);
    const leg = plan.legs[0]!;
    expect(leg.instrument).toBe('Put on X, strike 95, 0.5 y (american)');
    expect(leg.side).toBe('buy');
    expect(leg.contracts).toBe(12);
    expect(leg.contractSize).toBe(100);
    expect(leg.unitPrice).toBeCloseTo(5.4398, 4);
    expect(leg.strike).toBe(95);
    expect(leg.expiryYears).toBe(0.5);
    expect([plan.hedgedQuantity, plan.unhedgedQuantity, plan.targetQuantity]).toEqual([1200, 0, 1200]);
    near(plan.ledger.lines[0]!.amount, 6527.74); // 1,200 × 5.4397815
    expect(plan.ledger.lines.map((l) => [l.kind, l.nature, l.kind === 'premium' ? '…' : cents(l.amount)])).toEqual([
      ['premium', 'cost', '…'],
      ['commission', 'cost', '18'],
      ['exchange-fee', 'cost', '6'],
    ]);
    near(plan.ledger.totalCost, 6551.74);
    expect(cents(plan.ledger.totalHeld)).toBe('0');
    expect(plan.ledger.costFractionOfProtected).toBeCloseTo(0.0546, 4);
    near(plan.floor, 107448.26); // rounded once, half-even, to cents
    expect(plan.cap).toBeNull();
    expect(plan.breakeven).toBeCloseTo(105.46, 2);
    expect(plan.payoff.unhedged(80)).toBeCloseTo(96000, 2);
    expect(Math.abs(plan.payoff.hedged(80) - 107448.26)).toBeLessThanOrEqual(0.02);
    expect(Math.abs(plan.payoff.hedged(120) - 137448.26)).toBeLessThanOrEqual(0.02);
    // 96,000 + 1,200 × 15.446655 (the reference put at 80, a quarter-year left) − 6,551.74; two prices: 5 cents.
    expect(Math.abs(plan.payoff.hedgedAt!(80, 0.25) - 107984.25)).toBeLessThanOrEqual(0.05);
    expect(plan.extras.contracts).toBe(12);
    expect(plan.extras.premiumPerUnit).toBeCloseTo(5.4398, 4);
    expect(plan.extras.premiumSource).toBe('model');
    expect(plan.extras.upsideKept).toBe(1);
    expect(plan.extras.hedgedDelta).toBeCloseTo(786.86, 2);
    const moves = buildMoveTable(plan);
    expect(moves.map((m) => m.move)).toEqual([-0.2, -0.1, 0, 0.1, 0.2]);
    expect(moves[0]!.x).toBeCloseTo(80, 9);
    expect(Math.abs(moves[0]!.hedged - 107448.26)).toBeLessThanOrEqual(0.02);
    const generic: HedgePlan = plan;
    expect(isPlanKind(generic, 'protective-put') && generic.extras.putStrike).toBe(95);
  });
});

describe('Hedge plans: one example per kind', () => {
  it('planCollar with solveZeroCost', () => {
    const plan = value(planCollar({ ...optionCommon, putStrike: 95, solveZeroCost: true }));
    // The European call (q = 0: never exercised early) worth the put's 5.4397815, by bisection on Haug §1.1.6.
    expect(plan.extras.callStrike).toBeCloseTo(109.36237, 4);
    expect(plan.extras.callPremiumPerUnit).toBeCloseTo(5.4398, 4);
    expect(plan.extras.zeroCostSolved).toBe(true);
    expect(plan.legs.map((l) => l.side)).toEqual(['buy', 'sell']);
    expect(cents(plan.ledger.totalCost)).toBe('48'); // premiums cancel: only the fees on 24 contracts
    expect(cents(plan.floor)).toBe('113952');
    // 1,200 × 109.3623662 − 48 = 131,186.84 with the reference strike above.
    expect(Number(cents(plan.cap))).toBeCloseTo(131186.84, 1);
    expect(plan.breakeven).toBeCloseTo(100.04, 2);
  });

  it('planProtectiveCall and planBuyBack (a short)', () => {
    const shortX: TargetPosition = { symbol: 'X', quantity: -500, price: 42, currency: 'USD', volAnnual: 0.2, dividendYield: 0 };
    const plan = value(planProtectiveCall({ target: shortX, market: { r: 0.1, tenorYears: 0.5 }, sizing: { contractSize: 100 }, exercise: 'european', callStrike: 40 }));
    // Hull, OFOD 10th ed., Example 15.6: c = 4.76 (published to the cent).
    expect(Math.abs(plan.extras.premiumPerUnit - 4.76)).toBeLessThanOrEqual(0.005);
    expect(plan.extras.contracts).toBe(5);
    expect(cents(plan.floor)).toBe('-22379.71'); // −(500 × 40 + 500 × 4.75942) (guards the doc)
    expect(plan.breakeven).toBeCloseTo(37.24, 2);
    const back = value(planBuyBack({ target: { ...shortX, quantity: -300, price: 50 }, buyBackPrice: 50.1, commission: '9.95' }));
    expect(cents(back.extras.buyBackCost)).toBe('15039.95'); // 300 × 50.10 + 9.95, exact
    expect(cents(back.floor)).toBe('-15039.95');
    expect(cents(back.cap)).toBe('-15039.95');
  });

  it('planPutSpread', () => {
    const plan = value(planPutSpread({ ...optionCommon, longPutStrike: 95, shortPutStrike: 85 }));
    expect(plan.extras.longPutPremiumPerUnit).toBeCloseTo(5.4398, 4);
    expect(plan.extras.shortPutPremiumPerUnit).toBeCloseTo(2.2028, 4);
    expect(plan.extras.maxPayoffPerUnit).toBe(10);
    near(plan.ledger.totalCost, 3932.34); // 1,200 × (5.4397815 − 2.2028323) + 48
    expect(plan.floor).toBeNull();
    expect(plan.breakeven).toBeCloseTo(103.28, 2);
    expect(Math.abs(plan.payoff.hedged(85) - 110067.66)).toBeLessThanOrEqual(0.02);
    expect(Math.abs(plan.payoff.hedged(70) - 92067.66)).toBeLessThanOrEqual(0.02);
  });

  it('planShortSale (short against the box)', () => {
    const plan = value(planShortSale({ target: X, market: { tenorYears: 0.5 }, borrowFeeAnnual: '0.02', commission: '10' }));
    expect(plan.ledger.lines.map((l) => [l.kind, l.nature, cents(l.amount)])).toEqual([
      ['borrow-fee', 'cost', '1200'],
      ['dividends-owed', 'cost', '0'],
      ['commission', 'cost', '10'],
      ['initial-margin', 'held', '60000'],
      ['variation-margin', 'held', '24000'],
    ]);
    expect(plan.ledger.lines[0]!.label).toBe('Borrow fee: 1200 units × 100 collateral × 2 % a year × 0.5 y');
    expect(cents(plan.ledger.totalCost)).toBe('1210');
    expect(cents(plan.ledger.totalHeld)).toBe('84000');
    expect(cents(plan.floor)).toBe('118790');
    expect(cents(plan.cap)).toBe('118790');
    expect(plan.extras.unitsShorted).toBe(1200);
  });

  it('planFutures: the bakery, 40 t of wheat with 50 t contracts', () => {
    const wheat: TargetPosition = { symbol: 'WHEAT', quantity: -40, price: 230, currency: 'EUR', volAnnual: 0.25, dividendYield: 0 };
    const plan = value(planFutures({
      target: wheat, market: { futuresPrice: 235 }, sizing: { contractSize: 50 },
      fees: { commissionPerContract: '2.50', exchangeFeePerContract: '0.60' },
      margin: { initialPerContract: '1000', stressMove: 0.2 },
      instrument: 'Euronext milling wheat (EBM), Mar',
    }));
    expect(plan.label).toBe('Long 1 futures on WHEAT');
    expect(plan.legs[0]!.side).toBe('buy');
    expect(plan.extras.exactContracts).toBeCloseTo(0.8, 12);
    expect(plan.extras.contracts).toBe(1);
    expect([plan.hedgedQuantity, plan.unhedgedQuantity, plan.targetQuantity]).toEqual([50, -10, 40]);
    expect(plan.extras.lockedPrice).toBe(235);
    expect(cents(plan.extras.lockedValue)).toBe('-11750');
    expect(cents(plan.ledger.totalCost)).toBe('3.1');
    expect(cents(plan.ledger.totalHeld)).toBe('3350');
    expect(cents(plan.floor)).toBe('-11753.1');
    expect(plan.cap).toBeNull();
    expect(plan.residualRisk.volAnnual).toBeCloseTo(0.0625, 4);

    const down = value(planFutures({ target: wheat, market: { futuresPrice: 235 }, sizing: { contractSize: 50, rounding: 'down' } }));
    expect(down.extras.contracts).toBe(0);
    expect(down.unhedgedQuantity).toBe(40);
  });

  // Hull, OFOD 11th ed., §3.4, eq. 3.3: tailed N* = ĥ·VA/VF, the value ratio once. With F0 = S0·e^{rT}
  // (Hull eq. 5.1), r = 5 %, T = 1 year: 1,000 × e^{−0.05} = 951.23 contracts.
  it('planFutures with tailing: Hull eq. 3.3, 951.2 contracts', () => {
    const stock: TargetPosition = { symbol: 'S', quantity: 100_000, price: 100, currency: 'USD', volAnnual: 0.2, dividendYield: 0 };
    const plan = value(planFutures({ target: stock, market: { futuresPrice: 100 * Math.exp(0.05) }, sizing: { contractSize: 100 }, tailing: true }));
    expect(plan.extras.exactContracts).toBeCloseTo(951.2294, 4); // 1,000·e^{−0.05}
    expect(plan.extras.contracts).toBe(951);
  });

  // Hull, "Options, Futures, and Other Derivatives", 11th ed., §3.4, Example 3.3: airline buying
  // 2 million gallons of jet fuel, heating-oil futures of 42,000 gallons; σF = 0.0313, σS = 0.0263,
  // ρ = 0.928 → h* = 0.78, N* = 37 contracts (Hull prints h* to 2 decimals).
  it('planCross and crossHedgeBand: Hull Example 3.3', () => {
    const jetFuel: TargetPosition = { symbol: 'JET', quantity: -2_000_000, price: 1.94, currency: 'USD', volAnnual: 0, dividendYield: 0 };
    const plan = value(planCross({
      target: jetFuel, market: { futuresPrice: 1.99, tenorYears: 1 / 12 }, sizing: { contractSize: 42_000 },
      estimate: { method: 'typed', rho: 0.928, sigmaS: 0.0263, sigmaF: 0.0313 },
    }));
    const band = crossHedgeBand(plan, 1.94);
    expect(Math.abs(plan.extras.minVarianceRatio - 0.78)).toBeLessThan(0.005); // Hull: 0.78
    expect(plan.extras.contracts).toBe(37); // Hull: 37
    expect(plan.extras.minVarianceRatio).toBeCloseTo(0.7798, 4);
    expect(plan.extras.hedgeRatio).toBe(1);
    expect(plan.extras.exactContracts).toBeCloseTo(37.13, 2);
    expect(plan.legs[0]!.side).toBe('buy');
    expect(plan.residualRisk.effectiveness).toBeCloseTo(0.8612, 4);
    expect(plan.extras.bandHalfWidth).toBeCloseTo(18122.38, 2);
    expect(band.centre).toBeCloseTo(-3_880_000, 2);
    expect(band.lower).toBeCloseTo(-3_898_122.38, 2);
    expect(band.upper).toBeCloseTo(-3_861_877.62, 2);
  });

  // Hull 11th ed. §5.10, Example 5.6: spot 0.7500 USD per AUD, 2-year rates USD 1 %, AUD 3 %
  // (continuous) → forward 0.7206 (4 decimals published).
  it('parityForward: Hull Example 5.6 and the importer', () => {
    const hull = parityForward(0.75, 0.01, 0.03, 2);
    const importer = parityForward(0.92, 0.03, 0.045, 90 / 365);
    const importerSimple = parityForward(0.92, 0.03, 0.045, 90 / 365, 'simple');
    expect(Math.abs(hull - 0.7206)).toBeLessThan(5e-5); // Hull: 0.7206
    expect(hull).toBeCloseTo(0.720592, 6);
    expect(importer).toBeCloseTo(0.916604, 6);
    expect(importerSimple).toBeCloseTo(0.916635, 6);
  });

  it('planFxForward: the importer, USD 180,000 payable in 90 days, EUR home, bank quote 0.9180', () => {
    const payable: TargetPosition = { symbol: 'USD', quantity: -180_000, price: 0.92, currency: 'EUR', volAnnual: 0.08, dividendYield: 0 };
    const plan = value(planFxForward({ target: payable, market: { r: 0.03, rForeign: 0.045, tenorYears: 90 / 365, bankForward: 0.918 } }));
    expect(plan.label).toBe('Buy 180,000 USD forward at 0.918000 EUR per USD');
    expect(plan.axis.kind).toBe('fx-rate');
    expect(plan.extras.parityForward).toBeCloseTo(0.916604, 6);
    expect(plan.extras.forwardPoints).toBeCloseTo(-0.003396, 6);
    expect(plan.extras.bankQuote?.impliedMarkup).toBeCloseTo(0.001396, 6);
    expect(plan.extras.bankQuote?.impliedMarkupAmount).toBeCloseTo(251.36, 2);
    expect(cents(plan.extras.lockedValue)).toBe('-165240');
    expect(plan.ledger.lines.map((l) => [l.kind, cents(l.amount)])).toEqual([
      ['forward-points', '-611.36'],
      ['financing', '251.36'],
    ]);
    expect(cents(plan.ledger.totalCost)).toBe('-360');
  });

  it('planFxOption: the importer buys a 0.92 USD call (Garman–Kohlhagen)', () => {
    const payable: TargetPosition = { symbol: 'USD', quantity: -180_000, price: 0.92, currency: 'EUR', volAnnual: 0.08, dividendYield: 0 };
    const plan = value(planFxOption({ target: payable, market: { r: 0.03, rForeign: 0.045, tenorYears: 90 / 365 }, strike: 0.92 }));
    expect(plan.label).toBe('Buy a 0.92 call on 180,000 USD (EUR per USD), 90 days');
    expect(plan.extras.premiumPerUnit).toBeCloseTo(0.012822, 6);
    expect(cents(plan.ledger.totalCost)).toBe('2307.94');
    expect(cents(plan.floor)).toBe('-167907.94');
    expect(plan.extras.worstCaseValue).toEqual(plan.floor);
    expect(plan.breakeven).toBeCloseTo(0.932822, 6);
    expect(plan.extras.delta).toBeCloseTo(0.4656, 4);
    expect(plan.payoff.hedged(1.0)).toBeCloseTo(-167907.94, 2);
    expect(plan.payoff.hedged(0.8)).toBeCloseTo(-146307.94, 2);
  });

  // Hull 11th ed. §6.4, Example 6.6: $10 million portfolio, duration 6.80; T-bond futures 93-02
  // (93.0625), $100,000 face, duration 9.20 → 79.42 → short 79 contracts.
  it('planRateFutures: Hull Example 6.6', () => {
    const plan = value(planRateFutures({
      target: { symbol: 'Bonds', amount: 10_000_000, currency: 'USD' }, market: { futuresQuote: 93.0625 }, sizing: { contractSize: 100_000 },
      sensitivity: { method: 'duration', portfolioDuration: 6.8, futuresDuration: 9.2 },
    }));
    expect(plan.extras.exactContracts).toBeCloseTo(79.42, 2); // Hull: 79.42
    expect(plan.extras.contracts).toBe(79); // Hull: 79
    expect(plan.legs[0]!.side).toBe('sell');
    expect(plan.axis.kind).toBe('yield-shift');
    expect(plan.extras.valueChangePerBpUnhedged).toBeCloseTo(-6800, 6);
    expect(plan.extras.valueChangePerBpHedged).toBeCloseTo(-36.22, 2);
  });

  // Hull 11th ed. §7.3 "Using the swap to transform a liability": floating + 10 bp loan plus a swap
  // paying 3 % fixed, receiving floating → 3.1 % fixed.
  it('planRateSwap: Hull §7.3', () => {
    const plan = value(planRateSwap({
      target: { symbol: 'Loan', amount: 100_000_000, currency: 'USD' }, market: { floatingRate: 0.028, tenorYears: 3 },
      loanSpread: 0.001, swapFixedRate: 0.03, accrualYears: 0.5,
    }));
    expect(plan.extras.allInFixedRate).toBeCloseTo(0.031, 12); // Hull: 3.1 %
    expect(plan.axis.kind).toBe('rate');
    expect(cents(plan.floor)).toBe('-1550000');
    expect(cents(plan.cap)).toBe('-1550000');
    expect(plan.payoff.unhedged(0.05)).toBeCloseTo(-2_550_000, 4);
    expect(plan.payoff.hedged(0.05)).toBeCloseTo(-1_550_000, 4);
  });

  // Hull 11th ed. §6.3, Example 6.3: borrow $100 million for 3 months at SOFR + 200 bp; futures
  // at 99.990, $25 per bp → 100 contracts lock 2.01 %.
  it('planRateLock: Hull Example 6.3', () => {
    const plan = value(planRateLock({
      target: { symbol: 'Loan', amount: 100_000_000, currency: 'USD' }, market: { futuresQuote: 99.99 },
      spread: 0.02, accrualYears: 0.25, valuePerBasisPoint: '25',
    }));
    expect(plan.extras.contracts).toBe(100); // Hull: 100
    expect(plan.extras.lockedRate).toBeCloseTo(0.0201, 12); // Hull: 2.01 %
    expect(plan.label).toBe('Short 100 rate futures at 99.99 to lock 2.01 %');
    expect(cents(plan.floor)).toBe('-502500');
    expect(plan.payoff.hedged(0.04)).toBeCloseTo(-502_500, 4);
  });

  // Hull 11th ed. §3.5: portfolio $5,050,000, β 1.5, index 1,000, futures 1,010 × $250, r 4 %,
  // q 1 %, 3-month hedge with 4-month futures → short 30 contracts; Table 3.4: index at 900 →
  // portfolio 4,286,187, total with the hedge 5,096,187 (Hull rounds the futures to 902; tolerance
  // for the total: 30 × 250 × 0.5 + 1, as Hull's futures price is rounded to a whole point).
  it('planBeta: Hull §3.5', () => {
    const plan = value(planBeta({
      target: { symbol: 'Portfolio', amount: 5_050_000, currency: 'USD', beta: 1.5 },
      market: { futuresPrice: 1010, indexLevel: 1000, r: 0.04, indexDividendYield: 0.01, tenorYears: 0.25, futuresMaturityYears: 4 / 12 },
      sizing: { contractSize: 250 },
    }));
    expect(plan.extras.contracts).toBe(30); // Hull: short 30
    expect(plan.extras.side).toBe('sell');
    expect(plan.legs[0]!.side).toBe('sell');
    expect(plan.extras.achievedBeta).toBeCloseTo(0, 12);
    expect(plan.axis.kind).toBe('index-level');
    expect(plan.axis.today).toBe(1000);
    expect(Math.abs(plan.payoff.unhedged(900) - 4_286_187)).toBeLessThan(1); // Hull Table 3.4
    expect(Math.abs(plan.payoff.hedged(900) - 5_096_187)).toBeLessThan(30 * 250 * 0.5 + 1); // Hull Table 3.4
    expect(plan.payoff.unhedged(900)).toBeCloseTo(4_286_187.5, 1);
    expect(plan.payoff.hedged(900)).toBeCloseTo(5_094_291.39, 2);
    expect(900 * Math.exp((0.04 - 0.01) * (4 / 12 - 0.25))).toBeCloseTo(902.25, 2); // the doc's F2 at index 900
  });

  it('combinePlans: a protective put on 600 X plus a zero-cost collar on the other 600', () => {
    const half = { ...optionCommon, target: { ...X, quantity: 600 } };
    const put = value(planProtectivePut({ ...half, putStrike: 95 }));
    const collar = value(planCollar({ ...half, putStrike: 95, solveZeroCost: true }));
    const both = value(combinePlans([put, collar], 'Half put, half collar'));
    expect(both.kind).toBe('combined');
    expect(both.legs).toHaveLength(3);
    expect(both.ledger.lines).toHaveLength(7);
    near(both.ledger.totalCost, 3299.87); // 600 × 5.4397815 + 12 + 24 in fees
    near(both.floor, 110700.13);
    expect(both.cap).toBeNull();
    expect(Math.abs(both.payoff.hedged(80) - 110700.13)).toBeLessThanOrEqual(0.02);
    expect(both.extras.components).toHaveLength(2);
    const second = both.extras.components[1]!;
    expect(isPlanKind(second, 'collar') && second.extras.callStrike).toBeCloseTo(109.36237, 4);
    expect(combinePlans([])).toEqual({ ok: false, errors: [{ field: 'plans', message: 'Choose at least one hedge to combine.' }] });
  });

  it('convertPlan: a USD ledger of 5,251.70 into EUR at 0.9090, line by line (figures by hand)', () => {
    const usdPut = value(planProtectivePut({ target: { symbol: 'X', quantity: 1000, price: 42, currency: 'USD', volAnnual: 0.2, dividendYield: 0 },
      market: { r: 0.1, tenorYears: 0.5 }, sizing: { contractSize: 100 }, putStrike: 40, putPremiumQuote: '5.2301',
      fees: { commissionPerContract: '2.16', exchangeFeePerContract: '0' } }));
    const eur = value(convertPlan(usdPut, 'EUR', '0.9090'));
    // 10 × 100 × 5.2301 = 5,230.10 × 0.909 = 4,754.1609 → 4,754.16; 10 × 2.16 = 21.60 × 0.909 = 19.6344 → 19.63.
    expect(eur.ledger.lines.filter((l) => !l.amount.amount.isZero()).map((l) => toDecimalString(l.amount))).toEqual(['4754.16', '19.63']);
    expect(toDecimalString(eur.ledger.totalCost)).toBe('4773.79');
    expect(toDecimalString(eur.ledger.lines[0]!.original!.amount)).toBe('5230.1');
    expect(eur.ledger.lines[0]!.original!.rate.toFixed()).toBe('0.909');
    expect(convertPlan(usdPut, 'EUR', '0')).toEqual({ ok: false, errors: [{ field: 'rate', message: 'Enter the exchange rate as a number greater than 0 (home currency per 1 unit of foreign).' }] });
  });

  it('buildJointScenarios with fxLinks: a USD put in EUR read at the moved EUR/USD rate (figures by hand)', () => {
    // Hull Ex. 15.6's position: 100 shares at 42 with a European 40 put.
    const put = value(planProtectivePut({ target: { symbol: 'X', quantity: 100, price: 42, currency: 'USD', volAnnual: 0.2, dividendYield: 0 },
      market: { r: 0.1, tenorYears: 0.5 }, sizing: { contractSize: 100 }, putStrike: 40, exercise: 'european' }));
    const fwd = value(planFxForward({ target: { symbol: 'USD', quantity: 4200, price: 0.9, currency: 'EUR', volAnnual: 0.08, dividendYield: 0 },
      market: { r: 0.03, rForeign: 0.045, tenorYears: 0.5 } }));
    const k = value(buildJointScenarios([value(convertPlan(put, 'EUR', '0.9')), fwd], undefined, [1, null]));
    const adverse = k.rows.find((r) => r.name === 'Adverse')!;
    expect(adverse.x[0]).toBeCloseTo(33.6, 9);
    expect(adverse.x[1]).toBeCloseTo(0.72, 9);
    expect(adverse.exposure[0]).toBeCloseTo(-604.8, 6); // 100 × (33.6 − 42) × 0.72
    expect(adverse.exposure[1]).toBeCloseTo(-756, 6); // 4,200 × (0.72 − 0.90)
    expect(adverse.unhedged).toBeCloseTo(-1360.8, 6); // 100 × 33.6 × 0.72 − 100 × 42 × 0.90
    const unlinked = value(buildJointScenarios([value(convertPlan(put, 'EUR', '0.9')), fwd]));
    expect(unlinked.rows.find((r) => r.name === 'Adverse')!.unhedged).toBeCloseTo(-1512, 6);
  });
});

// ---------------------------------------------------------------------------------------------
// Price history
// ---------------------------------------------------------------------------------------------
// Hull 11th ed. §3.4, Table 3.2 (Example 3.3): 15 monthly changes of the heating-oil futures price
// (dF) and of the jet-fuel price (dS), $ per gallon; published σF 0.0313, σS 0.0263, ρ 0.928, h* 0.78.
const dF = [0.021, 0.035, -0.046, 0.001, 0.044, -0.029, -0.026, -0.029, 0.048, -0.006, -0.036, -0.011, 0.019, -0.027, 0.029];
const dS = [0.029, 0.02, -0.044, 0.008, 0.026, -0.019, -0.01, -0.007, 0.043, 0.011, -0.036, -0.018, 0.009, -0.032, 0.023];
const levels = (start: number, changes: number[]) => changes.reduce((acc, d) => [...acc, acc[acc.length - 1]! + d], [start]);
const months = Array.from({ length: 16 }, (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`);
const hullHistory = { symbols: ['JET', 'HO'], dates: months, prices: [levels(2, dS), levels(2, dF)] };

describe('Price history', () => {
  it('parsePriceCsv: a Yahoo file, newest first, with one bad row', () => {
    const csv = [
      'Date,Open,High,Low,Close,Adj Close,Volume',
      '2024-01-05,1,1,1,101,100.5,10',
      '2024-01-04,1,1,1,100,99.5,10',
      '2024-01-03,1,1,1,n/a,n/a,10',
      '2024-01-02,1,1,1,99,98.5,10',
    ].join('\n');
    const r = parsePriceCsv(csv, { symbol: 'X' });
    expect(r).toEqual({
      ok: true,
      value: {
        series: [{ symbol: 'X', dates: ['2024-01-02', '2024-01-04', '2024-01-05'], prices: [98.5, 99.5, 100.5] }],
        issues: [{ line: 4, reason: 'price "n/a" is not a number' }],
        suspicious: [],
        format: { delimiter: ',', decimal: 'point', decimalSource: 'detected', sample: null },
      },
    });
  });

  it('alignSeries and inferFrequency: a long-format file, two symbols', () => {
    const csv = [
      'symbol,date,price',
      'X,2024-01-02,100', 'X,2024-01-03,102', 'X,2024-01-04,101', 'X,2024-01-05,103', 'X,2024-01-08,104',
      'IDX,2024-01-02,50', 'IDX,2024-01-03,50.5', 'IDX,2024-01-05,51', 'IDX,2024-01-08,51.2',
    ].join('\n');
    const { series } = value(parsePriceCsv(csv));
    const aligned = value(alignSeries(series));
    const freq = inferFrequency(aligned.dates);
    expect(aligned).toEqual({
      symbols: ['X', 'IDX'],
      dates: ['2024-01-02', '2024-01-03', '2024-01-05', '2024-01-08'],
      prices: [[100, 102, 103, 104], [50, 50.5, 51, 51.2]],
    });
    expect(freq).toEqual({ name: 'daily', periodsPerYear: 252, medianGapDays: 2 });
    expect(inferFrequency(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30'])).toEqual({ name: 'monthly', periodsPerYear: 12, medianGapDays: 30 });
  });

  it('simpleReturns and logReturns', () => {
    const s = simpleReturns([100, 110, 99]);
    const l = logReturns([100, 110, 99]);
    expect(s).toHaveLength(2);
    expect(s[0]).toBeCloseTo(0.1, 12);
    expect(s[1]).toBeCloseTo(-0.1, 12);
    expect(l[0]).toBeCloseTo(0.0953, 4);
    expect(l[1]).toBeCloseTo(-0.1054, 4);
  });

  it('estimateMarket: the Hull jet-fuel / heating-oil history as prices', () => {
    const est = value(estimateMarket(hullHistory, { indexSymbol: 'HO' }));
    expect(est.frequency).toEqual({ name: 'monthly', periodsPerYear: 12, medianGapDays: 31 });
    expect(est.observations).toBe(15);
    expect(est.returnKind).toBe('log');
    expect(est.assets[0]!.symbol).toBe('JET');
    expect(est.assets[0]!.volAnnual).toBeCloseTo(0.0450, 4);
    expect(est.assets[0]!.beta).toBeCloseTo(0.7738, 4);
    expect(est.assets[1]!.volAnnual).toBeCloseTo(0.0540, 4);
    expect(est.correlation[0]![1]).toBeCloseTo(0.9291, 4);
    expect(est.warnings).toEqual(['Only 15 returns: estimates this short are very uncertain.']);
  });

  it('estimateHedgeRatio: Hull Table 3.2 → h* 0.78, ρ 0.928', () => {
    const h = value(estimateHedgeRatio(hullHistory, 'JET', 'HO'));
    // Published (Hull Example 3.3): h* = 0.78, ρ = 0.928, σS = 0.0263, σF = 0.0313.
    expect(h.hedgeRatio).toBeCloseTo(0.78, 2);
    expect(h.correlation).toBeCloseTo(0.928, 3);
    expect(h.sigmaTarget).toBeCloseTo(0.0263, 4);
    expect(h.sigmaHedge).toBeCloseTo(0.0313, 4);
    // Our output as shown in the doc.
    expect(h.basis).toBe('changes');
    expect(h.hedgeRatio).toBeCloseTo(0.7777, 4);
    expect(h.r2).toBeCloseTo(0.8619, 4);
    expect(h.ciLow).toBeCloseTo(0.5911, 4);
    expect(h.ciHigh).toBeCloseTo(0.9642, 4);
    expect(h.tQuantile).toBeCloseTo(2.1604, 4);
    expect(h.n).toBe(15);
    expect(h.rolling?.window).toBe(12);
    expect(h.warning).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Portfolio risk
// ---------------------------------------------------------------------------------------------
describe('Portfolio risk', () => {
  // Hull, "Risk Management and Financial Institutions", model-building approach: $10m Microsoft
  // (daily σ 2 %), $5m AT&T (daily σ 1 %), ρ 0.3 → 1-day σ_P = $220,227; 10-day 99 % VaR
  // $1,622,657 with z rounded to 2.33 (tolerance $2, Hull's own rounding).
  it('parametricRisk: Hull MSFT / AT&T', () => {
    const daily = (s: number) => s * Math.sqrt(252); // daily σ → annual σ
    const risk = value(parametricRisk({
      values: [10e6, 5e6], volsAnnual: [daily(0.02), daily(0.01)], correlation: [[1, 0.3], [0.3, 1]],
      horizonYears: 10 / 252, confidence: [0.99],
    }));
    const l = risk.levels[0]!;
    expect(Math.abs(risk.sigma / Math.sqrt(10) - 220_227)).toBeLessThan(1); // Hull: 220,227 (1-day)
    expect(Math.abs((l.valueAtRisk / l.z) * 2.33 - 1_622_657)).toBeLessThan(2); // Hull: 1,622,657 with z = 2.33
    expect(risk.sigma).toBeCloseTo(696_419.41, 2);
    expect(l.z).toBeCloseTo(2.3263, 4);
    expect(l.valueAtRisk).toBeCloseTo(1_620_113.82, 2);
    expect(l.expectedShortfall).toBeCloseTo(1_856_106.93, 2);
    expect(l.componentVar[0]).toBeCloseTo(1_436_389.57, 2);
    expect(l.componentVar[1]).toBeCloseTo(183_724.25, 2);
  });

  it('parametricRisk: an inconsistent correlation matrix fails with the nearest valid one', () => {
    const r = parametricRisk({ values: [1, 1, 1], volsAnnual: [0.2, 0.2, 0.2], horizonYears: 1,
                               correlation: [[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]] });
    expect(r.ok).toBe(false);
    if (r.ok || !('nearest' in r)) throw new Error('expected the not-PSD failure');
    expect(r.kind).toBe('not-positive-semidefinite');
    expect(r.errors[0]!.field).toBe('correlation');
    expect(r.nearest[0]![1]).toBeCloseTo(0.5, 6);
    expect(r.nearest[0]![2]).toBeCloseTo(-0.5, 6);
    expect(r.nearest[1]![2]).toBeCloseTo(0.5, 6);
  });

  it('buildRiskReport: micro (sell X) vs macro (index futures)', () => {
    const report = value(buildRiskReport({
      positions: [
        { label: 'X', value: 120_000, volAnnual: 0.30, beta: 1.2 },
        { label: 'Rest', value: 130_000, volAnnual: 0.15, beta: 0.6 },
      ],
      correlation: [[1, 0.4], [0.4, 1]],
      target: 0,
      horizonYears: 10 / 252,
      micro: { kind: 'reduce', hedgedFraction: 1 },
      index: { volAnnual: 0.18, label: 'Index futures' },
    }));
    expect(report.labels).toEqual(['X', 'Rest', 'Index futures']);
    expect(report.unhedged.var99).toBeCloseTo(21_922.49, 2);
    expect(report.unhedged.beta).toBeCloseTo(0.888, 12);
    expect(report.micro.var99).toBeCloseTo(9_036.68, 2);
    expect(report.micro.beta).toBeCloseTo(0.312, 12);
    expect(report.macro.var99).toBeCloseTo(11_733.29, 2);
    expect(report.macro.beta).toBeCloseTo(0, 12);
    expect(report.macroNotional).toBeCloseTo(-222_000, 6);
    expect(report.macroSameVariance).toBeNull();
    expect(report.warnings).toEqual(['No index-futures position reduces the portfolio variance as much as the micro hedge does.']);
  });

  it('runMonteCarlo: one stock, 100,000 seeded paths', () => {
    const mc = value(runMonteCarlo({
      volsAnnual: [0.20], correlation: [[1]], horizonYears: 10 / 252,
      positions: [{ kind: 'linear', asset: 0, value: 100_000 }],
      paths: 100_000, seed: 42, model: 'normal', confidence: [0.95, 0.99],
    }));
    expect(mc.paths).toBe(100_000);
    expect(mc.pnl).toHaveLength(100_000);
    expect(mc.stdevPnl).toBeCloseTo(3984.54, 2);
    expect(mc.levels[0]!.valueAtRisk).toBeCloseTo(6528.59, 2);
    expect(mc.levels[1]!.valueAtRisk).toBeCloseTo(9256.17, 2);
    expect(mc.levels[1]!.expectedShortfall).toBeCloseTo(10551.87, 2);
    // The parametric figure for the same position: 1.6449 × 100,000 × 0.2 × √(10/252) = 6,553.
    const p = value(parametricRisk({ values: [100_000], volsAnnual: [0.2], correlation: [[1]], horizonYears: 10 / 252, confidence: [0.95] }));
    expect(p.levels[0]!.valueAtRisk).toBeCloseTo(6553.3, 1);
  });

  it('summarizePnl and buildPnlHistogram', () => {
    const pnl = Float64Array.from([-5, 3, -1, 2, 0, -2, 4, 1, -3, 6]);
    const s = summarizePnl(pnl, [0.9]);
    const bins = buildPnlHistogram(pnl, 4);
    expect(s).toEqual({ paths: 10, meanPnl: 0.5, stdevPnl: expect.closeTo(3.3747, 4), minPnl: -5, maxPnl: 6, levels: [{ confidence: 0.9, valueAtRisk: 5, expectedShortfall: 5 }] });
    expect(Array.from(pnl)).toEqual([-5, -3, -2, -1, 0, 1, 2, 3, 4, 6]); // sorted in place
    expect(bins).toEqual([
      { from: -5, to: -2.25, count: 2 },
      { from: -2.25, to: 0.5, count: 3 },
      { from: 0.5, to: 3.25, count: 3 },
      { from: 3.25, to: 6, count: 2 },
    ]);
  });

  // N. J. Higham, "Computing the nearest correlation matrix — a problem from finance", IMA J. Numer.
  // Anal. 22 (2002), §4: [[1,1,0],[1,1,1],[0,1,1]] → off-diagonals 0.7607 and 0.1573 (4 decimals).
  it('nearestCorrelationMatrix: Higham (2002)', () => {
    const r = nearestCorrelationMatrix([[1, 1, 0], [1, 1, 1], [0, 1, 1]]);
    const m = value(r);
    expect(m[0]![1]).toBeCloseTo(0.7607, 4);
    expect(m[1]![2]).toBeCloseTo(0.7607, 4);
    expect(m[0]![2]).toBeCloseTo(0.1573, 4);
    expect([m[0]![0], m[1]![1], m[2]![2]]).toEqual([1, 1, 1]);
  });

  // Dollar offset: a hedge gaining $10,000 against a hedged item losing $11,000 → 10/11 ≈ 0.91,
  // inside 80–125 % (legalclarity.org, "Dollar Offset Method: Formula, Examples, and the 80/125 Rule").
  it('testHedgeEffectiveness: dollar offset 0.91', () => {
    const r = testHedgeEffectiveness({ hedgedItemValues: [1_000_000, 989_000], hedgeValues: [0, 10_000] });
    const t = value(r);
    expect(t.dollarOffset.ratio).toBeCloseTo(0.91, 2); // published: 0.91
    expect(t.dollarOffset.ratio).toBeCloseTo(0.9091, 4);
    expect(t.dollarOffset.itemChange).toBe(-11_000);
    expect(t.dollarOffset.hedgeChange).toBe(10_000);
    expect(t.dollarOffset.periodRatios).toHaveLength(1);
    expect(t.dollarOffset.periodRatios[0]).toBeCloseTo(0.9091, 4);
    expect(t.dollarOffset.passes).toBe(true);
    expect(t.regression).toBeNull();
    expect(t.varianceReduction).toBeNull();
    expect(t.highlyEffective).toBe(true);
  });

  it('testHedgeEffectiveness: five dates → regression and variance reduction', () => {
    const t = value(testHedgeEffectiveness({
      hedgedItemValues: [1_000_000, 989_000, 995_000, 980_000, 990_000],
      hedgeValues: [0, 10_000, 4_500, 19_000, 9_800],
    }));
    expect(t.dollarOffset.ratio).toBeCloseTo(0.98, 12);
    expect(t.regression!.slope).toBeCloseTo(-0.9365, 4);
    expect(t.regression!.r2).toBeCloseTo(0.9993, 4);
    expect(t.regression!.passes).toBe(true);
    expect(t.varianceReduction!.reduction).toBeCloseTo(0.9953, 4);
    expect(t.highlyEffective).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Money
// ---------------------------------------------------------------------------------------------
describe('Money', () => {
  it('money, roundMoney, toDecimalString, toNumber', () => {
    const m = money('1234.565', 'EUR');
    expect(toDecimalString(m)).toBe('1234.565');
    expect(toDecimalString(roundMoney(m))).toBe('1234.56'); // half-even
    expect(toDecimalString(roundMoney(m, 'halfUp'))).toBe('1234.57');
    expect(toDecimalString(roundMoney(money('1234.5', 'JPY')))).toBe('1234'); // JPY: no minor units
    expect(toNumber(m)).toBe(1234.565);
  });

  it('fromModel and sum', () => {
    expect(toDecimalString(fromModel(0.1, 'USD'))).toBe('0.1');
    expect(toDecimalString(fromModel(0.1 + 0.2, 'USD'))).toBe('0.30000000000000004');
    expect(toDecimalString(sum([money('0.1', 'USD'), money('0.2', 'USD')], 'USD'))).toBe('0.3');
    expect(toDecimalString(sum([], 'USD'))).toBe('0');
    // Misuse never throws: what cannot be read is a documented safe value.
    expect(toDecimalString(fromModel(Number.NaN, 'USD'))).toBe('0');
    expect(toDecimalString(sum([money('1', 'EUR'), money('2', 'USD')], 'USD'))).toBe('2');
    expect(toDecimalString(money('abc', 'EUR'))).toBe('0');
    expect(toNumber(null as never)).toBe(0);
  });
});
