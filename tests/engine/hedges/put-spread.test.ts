import { describe, expect, it } from 'vitest';
import { Decimal, sum } from '../../../src/engine/money';
import { planPutSpread } from '../../../src/engine/hedges/put-spread';
import type { PutSpreadInput } from '../../../src/engine/hedges/put-spread';
import { planProtectivePut } from '../../../src/engine/hedges/protective-put';
import type { PlanOf } from '../../../src/engine/hedges/plan';

function input(price: number, k1: number, k2: number, q1?: string, q2?: string, extra: Partial<PutSpreadInput> = {}): PutSpreadInput {
  return {
    target: { symbol: 'XYZ', quantity: 100, price, currency: 'USD', volAnnual: 0.25, dividendYield: 0 },
    market: { r: 0.05, tenorYears: 0.5 },
    fees: { commissionPerContract: '0', exchangeFeePerContract: '0' },
    sizing: { contractSize: 100 },
    longPutStrike: k1,
    shortPutStrike: k2,
    ...(q1 === undefined ? {} : { longPutPremiumQuote: q1 }),
    ...(q2 === undefined ? {} : { shortPutPremiumQuote: q2 }),
    ...extra,
  };
}

function plan(i: PutSpreadInput): PlanOf<'put-spread'> {
  const r = planPutSpread(i);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

/** Profit of the spread alone at expiry = hedged − unhedged (the position itself is common to both). */
const spreadProfit = (p: PlanOf<'put-spread'>, s: number): number => p.payoff.hedged(s) - p.payoff.unhedged(s);

describe('put spread: published worked examples (quotes as typed; exact decimal)', () => {
  it('Hull, OFOD, "Trading Strategies Involving Options", end-of-chapter problem: puts K 30 / 35 cost $4 / $7 -> bear spread', () => {
    // Hull, Options, Futures, and Other Derivatives (Problem 12.10 in the 9th ed., 11.10 in earlier numbering),
    // solution table as published (scribd.com/doc/228266753, math-gpt.org): costs $3; profit 2 for S < 30,
    // 32 − S between, −3 for S >= 35; at S = 28, 33, 38: payoff 5, 2, 0 and profit 2, −1, −3. Per share × 100.
    const p = plan(input(32, 35, 30, '7', '4'));
    expect(p.ledger.totalCost.amount.equals(new Decimal(300))).toBe(true);
    expect(spreadProfit(p, 28)).toBeCloseTo(200, 9);
    expect(spreadProfit(p, 33)).toBeCloseTo(-100, 9);
    expect(spreadProfit(p, 38)).toBeCloseTo(-300, 9);
    expect(p.extras.maxPayoffPerUnit).toBe(5);
  });

  it('Investopedia, "Bear Put Spread": stock $30, buy 35 put for $475, sell 30 put for $175 -> $300, max profit $200', () => {
    // investopedia.com/terms/b/bearputspread.asp (exact); breakeven of the spread alone 35 − 3 = 32
    // (governmentexamguru.com/article/bear-put-spread, same example).
    const p = plan(input(30, 35, 30, '4.75', '1.75'));
    const premiums = p.ledger.lines.filter((l) => l.kind === 'premium').map((l) => l.amount.amount.toFixed());
    expect(premiums).toEqual(['475', '-175']);
    expect(p.ledger.totalCost.amount.toFixed()).toBe('300');
    expect(spreadProfit(p, 25)).toBeCloseTo(200, 9);
    expect(spreadProfit(p, 32)).toBeCloseTo(0, 9);
  });

  it('Government Exam Guru, bear put spread example 2 (Levi Strauss $50): buy 40 put $4, sell 30 put $1 -> BE 37, max profit $7', () => {
    // governmentexamguru.com/article/bear-put-spread, example 2 (per share, exact).
    const p = plan(input(50, 40, 30, '4', '1'));
    expect(p.extras.netPremiumPerUnit).toBe(3);
    expect(spreadProfit(p, 37)).toBeCloseTo(0, 9);
    expect(spreadProfit(p, 20)).toBeCloseTo(700, 9);
    expect(spreadProfit(p, 60)).toBeCloseTo(-300, 9);
  });

  it('Schwager, "A Complete Guide to the Futures Market", 2nd ed., Table 35.21: bear put money spread on gold', () => {
    // Long Aug $1,150 put at 19.9, short $1,100 put at 10.1, 100 oz: premium paid $1,990, received $1,010;
    // P/L $4,020 at 1,000–1,100 and −$980 at 1,150–1,400 (exact).
    const p = plan({
      ...input(1150, 1150, 1100, '19.9', '10.1'),
      target: { symbol: 'GC', quantity: 100, price: 1150, currency: 'USD', volAnnual: 0.15, dividendYield: 0 },
    });
    const premiums = p.ledger.lines.filter((l) => l.kind === 'premium').map((l) => l.amount.amount.toFixed());
    expect(premiums).toEqual(['1990', '-1010']);
    for (const s of [1000, 1050, 1100]) expect(spreadProfit(p, s)).toBeCloseTo(4020, 8);
    for (const s of [1150, 1200, 1300, 1400]) expect(spreadProfit(p, s)).toBeCloseTo(-980, 8);
  });
});

describe('put spread: floor, cost and validation', () => {
  it('claims no floor (protection ends at K2) and says so', () => {
    const p = plan(input(100, 95, 80, '3', '1'));
    expect(p.floor).toBeNull();
    expect(p.cap).toBeNull();
    expect(p.residualRisk.description).toMatch(/no floor/);
  });

  it('model-priced spread is cheaper than the protective put at K1 (the written put pays back)', () => {
    const spread = plan(input(100, 95, 80));
    const put = planProtectivePut({ ...input(100, 95, 80), putStrike: 95 });
    expect(put.ok).toBe(true);
    if (put.ok) expect(spread.ledger.totalCost.amount.lessThan(put.value.ledger.totalCost.amount)).toBe(true);
    const total = sum(spread.ledger.lines.map((l) => l.amount), 'USD');
    expect(spread.ledger.totalCost.amount.equals(total.amount)).toBe(true);
  });

  it('the short strike must be below the long strike', () => {
    const r = planPutSpread(input(100, 90, 95));
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual(['shortPutStrike']);
    const g = planPutSpread({ ...input(100, 90, 80), longPutStrike: Infinity, shortPutPremiumQuote: 'x' });
    expect(!g.ok && g.errors.map((e) => e.field)).toEqual(['longPutStrike', 'shortPutPremiumQuote']);
  });
});
