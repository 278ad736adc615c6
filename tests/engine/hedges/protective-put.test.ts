import { describe, expect, it } from 'vitest';
import { Decimal, money, roundMoney, sum } from '../../../src/engine/money';
import { planProtectivePut } from '../../../src/engine/hedges/protective-put';
import type { ProtectivePutInput } from '../../../src/engine/hedges/protective-put';
import { sizeWholeContracts } from '../../../src/engine/instruments/contracts';
import type { ContractRounding } from '../../../src/engine/instruments/contracts';
import type { PlanOf } from '../../../src/engine/hedges/plan';

type Extra = Partial<Omit<ProtectivePutInput, 'sizing'>> & { readonly rounding?: ContractRounding; readonly contractSize?: number; readonly hedgeRatio?: number };

/** A long holding; vol/r/tenor only matter when the model prices the put (quotes below replace it). */
function input(quantity: number, price: number, putStrike: number, quote?: string, extra: Extra = {}): ProtectivePutInput {
  const { rounding, contractSize, hedgeRatio, ...rest } = extra;
  return {
    target: { symbol: 'XYZ', quantity, price, currency: 'USD', volAnnual: 0.25, dividendYield: 0 },
    market: { r: 0.05, tenorYears: 0.25 },
    fees: { commissionPerContract: '0', exchangeFeePerContract: '0' },
    sizing: { contractSize: contractSize ?? 100, ...(rounding ? { rounding } : {}), ...(hedgeRatio !== undefined ? { hedgeRatio } : {}) },
    putStrike,
    ...(quote === undefined ? {} : { putPremiumQuote: quote }),
    ...rest,
  };
}

function plan(i: ProtectivePutInput): PlanOf<'protective-put'> {
  const r = planProtectivePut(i);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

const dec = (s: string): Decimal => new Decimal(s);

describe('protective put: published worked examples (quote passed as typed; exact decimal unless noted)', () => {
  it('Market Rebellion, "Protective Put": 100 sh at $50, one $45 put at $2 -> breakeven $52, max loss $7/share', () => {
    // marketrebellion.com/training/protective-put-synthetic-call/ (exact figures).
    const p = plan(input(100, 50, 45, '2'));
    expect(p.ledger.totalCost.amount.equals(dec('200'))).toBe(true);
    expect(p.breakeven).toBe(52);
    expect(p.floor?.amount.equals(dec('4300'))).toBe(true); // 5,000 − 7 × 100
    expect(p.payoff.hedged(30) - 5000).toBeCloseTo(-700, 9);
  });

  it('Investopedia Series 7/4 study guide, "Long stock long puts": long 100 at 55, 55 put at 3 -> breakeven 58, max loss 3', () => {
    // investopedia.com/study-guide/series-4/option-strategies/long-stock-long-puts-married-puts/ (exact).
    const p = plan(input(100, 55, 55, '3'));
    expect(p.breakeven).toBe(58);
    expect(p.floor?.amount.equals(dec('5200'))).toBe(true); // 5,500 − 3 × 100
  });

  it('Unfiltered Finance, "Protective put": MSFT 320, $300 put at $5.20 -> max loss $2,520, breakeven $325.20', () => {
    // unfilteredfinance.io/learn/options/protective-put (exact; scenarios at $270 and $350).
    const p = plan(input(100, 320, 300, '5.20'));
    expect(p.ledger.totalCost.amount.equals(dec('520'))).toBe(true);
    expect(p.floor?.amount.equals(dec('29480'))).toBe(true); // 32,000 − 2,520
    expect(p.breakeven).toBeCloseTo(325.2, 12);
    expect(p.payoff.hedged(270) - 32000).toBeCloseTo(-2520, 8);
    expect(p.payoff.hedged(350) - 32000).toBeCloseTo(2480, 8);
  });

  it('CBOE, "Buying Index Puts to Hedge": $2M tracking index at 100, 200 × 96 puts at $0.75 -> $15,000, breakeven 100.75', () => {
    // cboe.com/strategies/beginner/index/buying-index-puts-to-hedge-strategy, parts 2–5: 2,000,000 / (100 × 100) = 200
    // puts, cost $15,000; at 92 the puts pay $80,000 (loss limited to 4 % + premium); at 99 the loss is $20,000 + $15,000.
    const p = plan(input(20000, 100, 96, '0.75'));
    expect(p.extras.contracts).toBe(200);
    expect(p.ledger.totalCost.amount.equals(dec('15000'))).toBe(true);
    expect(p.breakeven).toBe(100.75);
    expect(p.floor?.amount.equals(dec('1905000'))).toBe(true); // 2,000,000 − 80,000 − 15,000
    expect(p.payoff.hedged(92)).toBeCloseTo(1905000, 6);
    expect(p.payoff.hedged(99)).toBeCloseTo(1965000, 6);
    expect(p.payoff.hedged(100.75)).toBeCloseTo(2000000, 6);
  });

  it('InvestorQ, protective put payoff table: bought at Rs 280, 275 put at Rs 5 -> max loss Rs 10, profit from 285', () => {
    // investorq.com/question/what-is-a-protective-put-option-and-when-is-it-actually-used- (per-share table, exact).
    const p = plan(input(1, 280, 275, '5', { contractSize: 1, target: { symbol: 'SBI', quantity: 1, price: 280, currency: 'INR', volAnnual: 0.3, dividendYield: 0 } }));
    expect(p.floor?.amount.equals(dec('270'))).toBe(true);
    expect(p.breakeven).toBe(285);
    const table: [number, number][] = [[220, -10], [275, -10], [280, -5], [285, 0], [300, 15], [340, 55]];
    for (const [s, pl] of table) expect(p.payoff.hedged(s) - 280).toBeCloseTo(pl, 10);
  });

  it('JU Finance protective-put game: 100 sh at $100, 95 put at $3 -> -$800 at $90, -$300 at $100', () => {
    // jufinance.com/game/protective_put.html (exact scenario totals).
    const p = plan(input(100, 100, 95, '3'));
    expect(p.payoff.hedged(90) - 10000).toBeCloseTo(-800, 9);
    expect(p.payoff.hedged(100) - 10000).toBeCloseTo(-300, 9);
    expect(p.floor?.amount.equals(dec('9200'))).toBe(true);
  });

  it('model premium: Haug (1998) p. 2-8 European put K 95, S 100, q 5 %, r 10 %, t 0.5, σ 20 % = 2.4648', () => {
    // E.G. Haug, "The Complete Guide to Option Pricing Formulas" (1998), as tabulated in QuantLib
    // test-suite/europeanoption.cpp testValues; tolerance 1e-4 per unit.
    const i = input(100, 100, 95, undefined, {
      exercise: 'european',
      target: { symbol: 'XYZ', quantity: 100, price: 100, currency: 'USD', volAnnual: 0.2, dividendYield: 0.05 },
      market: { r: 0.1, tenorYears: 0.5 },
    });
    const p = plan(i);
    expect(p.extras.premiumSource).toBe('model');
    expect(p.extras.premiumPerUnit).toBeCloseTo(2.4648, 4);
    expect(p.ledger.totalCost.amount.toNumber()).toBeCloseTo(246.48, 2);
  });
});

describe('protective put: ledger, rounding and floor', () => {
  it('fees per contract and the ledger total equal the exact sum of the lines', () => {
    const p = plan(input(1200, 50, 45, '1.37', { fees: { commissionPerContract: '0.65', exchangeFeePerContract: '0.10' } }));
    const byKind = (k: string) => p.ledger.lines.find((l) => l.kind === k)?.amount.amount.toFixed();
    expect(byKind('premium')).toBe('1644'); // 12 × 100 × 1.37
    expect(byKind('commission')).toBe('7.8');
    expect(byKind('exchange-fee')).toBe('1.2');
    const total = sum(p.ledger.lines.map((l) => l.amount), 'USD');
    expect(p.ledger.totalCost.amount.equals(total.amount)).toBe(true);
    expect(roundMoney(p.ledger.totalCost)).toEqual(roundMoney(money('1653', 'USD')));
  });

  it('1,250 shares, contract size 100: 12 / 13 / 13 contracts by mode, remainder 50 / −50 / −50', () => {
    expect(sizeWholeContracts(1250, 100, 'down')).toMatchObject({ contracts: 12, hedgedUnits: 1200, remainderUnits: 50 });
    expect(sizeWholeContracts(1250, 100, 'nearest')).toMatchObject({ contracts: 13, remainderUnits: -50 });
    expect(sizeWholeContracts(1250, 100, 'up')).toMatchObject({ contracts: 13, hedgedUnits: 1300, remainderUnits: -50 });
    // 0.3 × 1,000 is exactly 3 contracts: no float drift into a 4th with 'up'.
    expect(sizeWholeContracts(0.3 * 1000, 100, 'up').contracts).toBe(3);
    const p = plan(input(1250, 50, 45, '2', { rounding: 'down' }));
    expect([p.hedgedQuantity, p.unhedgedQuantity, p.targetQuantity]).toEqual([1200, 50, 1250]);
  });

  // Exact decimal arithmetic: 2,500 shares × 0.28 = 700 exactly = 7 contracts of 100 rounding up (the
  // IEEE 754 double product 2500 * 0.28 = 700.0000000000001 would round up to 8).
  it('2,500 shares × 28 % hedged, rounding up: 7 contracts of 100, nothing left over', () => {
    const p = plan(input(2500, 50, 45, '2', { hedgeRatio: 0.28, rounding: 'up' }));
    expect(p.extras.contracts).toBe(7);
    expect([p.hedgedQuantity, p.unhedgedQuantity, p.targetQuantity]).toEqual([700, 0, 700]);
  });

  // One rounding rule for every Money figure of a plan: the floor is min(quantity, hedged) × K − cost in
  // decimal, rounded ONCE half-even to cents (IEEE 754 / decimal.js ROUND_HALF_EVEN). With a model premium
  // the cost has many decimals; the floor must not.
  it('the floor with a model premium is rounded once to cents, half-even', () => {
    const p = plan(input(100, 100, 95, undefined, { fees: { commissionPerContract: '0.65', exchangeFeePerContract: '0' } }));
    const exact = dec('9500').minus(p.ledger.totalCost.amount);
    expect(exact.decimalPlaces()).toBeGreaterThan(2);
    expect(p.floor?.amount.decimalPlaces()).toBeLessThanOrEqual(2);
    expect(p.floor?.amount.equals(exact.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN))).toBe(true);
  });

  it('a partly hedged position floors at its value at S = 0 (unhedged shares worth nothing), checked on a grid', () => {
    const p = plan(input(1250, 50, 45, '2', { rounding: 'down' }));
    expect(p.floor?.amount.equals(dec('51600'))).toBe(true); // 1,200 × 45 − 2,400
    const over = plan(input(1250, 50, 45, '2', { rounding: 'up' }));
    expect(over.floor?.amount.equals(dec('53650'))).toBe(true); // 1,250 × 45 − 2,600, reached at S = K
    for (const q of [p, over]) {
      let min = Infinity;
      for (let s = 0; s <= 150; s += 0.05) min = Math.min(min, q.payoff.hedged(s));
      expect(min).toBeCloseTo(q.floor!.amount.toNumber(), 6);
    }
  });

  it('hedgedAt revalues the put: equals the expiry payoff at T, and today at spot equals value − fees (model premium)', () => {
    const p = plan(input(100, 100, 95, undefined, { fees: { commissionPerContract: '1', exchangeFeePerContract: '0' } }));
    expect(p.payoff.hedgedAt!(80, 0.25)).toBeCloseTo(p.payoff.hedged(80), 9);
    expect(p.payoff.hedgedAt!(100, 0)).toBeCloseTo(10000 - 1, 6);
    expect(p.extras.hedgedDelta).toBeGreaterThan(0);
    expect(p.extras.hedgedDelta).toBeLessThan(100);
  });
});

describe('protective put: validation', () => {
  it('names each bad field and never throws', () => {
    const r = planProtectivePut({
      ...input(-5, 50, NaN),
      fees: { commissionPerContract: 'abc', exchangeFeePerContract: '0' },
      putPremiumQuote: '-1',
      sizing: { contractSize: 100, rounding: 'sideways' as never },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const fields = r.errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['target.quantity', 'putStrike', 'fees.commissionPerContract', 'putPremiumQuote', 'sizing.rounding']));
  });

  it('a blank quote means "use the model"', () => {
    const p = plan(input(100, 50, 45, '  '));
    expect(p.extras.premiumSource).toBe('model');
    expect(p.label).toContain('pricing model');
  });
});
