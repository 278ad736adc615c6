import { describe, it, expect } from 'vitest';
import { combinePlans } from '../../../src/engine/hedges/combined';
import { planFutures } from '../../../src/engine/hedges/futures';
import type { FuturesInput } from '../../../src/engine/hedges/futures';
import { planRateSwap } from '../../../src/engine/hedges/rate-swap';
import type { HedgePlan } from '../../../src/engine/hedges/plan';
import type { TargetPosition } from '../../../src/engine/hedges/inputs';

const t = (quantity: number, currency = 'USD'): TargetPosition => ({ symbol: 'ZW', quantity, price: 6, currency, volAnnual: 0.3, dividendYield: 0 });
const fees = { commissionPerContract: '2.10', exchangeFeePerContract: '0.85' };

const fut = (target: TargetPosition, futuresPrice: number, extra: Omit<Partial<FuturesInput>, 'target' | 'market'> & { expectedBasis?: number } = {}): FuturesInput => {
  const { expectedBasis, ...rest } = extra;
  return { target, market: { futuresPrice, ...(expectedBasis !== undefined ? { expectedBasis } : {}) }, sizing: { contractSize: 5_000 }, ...rest };
};

function must(r: { ok: true; value: HedgePlan } | { ok: false; errors: readonly unknown[] }): HedgePlan {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe('combinePlans', () => {
  const a = must(planFutures(fut(t(-15_000), 6.2, { fees, margin: { initialPerContract: '1650' } })));
  const b = must(planFutures(fut(t(-12_000), 6.3, { fees, expectedBasis: -0.05 })));

  it('two tranches of one target: ledger lines concatenated, totals exact, payoffs summed', () => {
    const c = must(combinePlans([a, b], 'Wheat, two deliveries'));
    expect(c.kind).toBe('combined');
    expect(c.label).toBe('Wheat, two deliveries');
    expect(c.ledger.lines).toHaveLength(a.ledger.lines.length + b.ledger.lines.length);
    expect(c.ledger.totalCost.amount.equals(a.ledger.totalCost.amount.plus(b.ledger.totalCost.amount))).toBe(true);
    expect(c.ledger.totalHeld.amount.equals(a.ledger.totalHeld.amount.plus(b.ledger.totalHeld.amount))).toBe(true);
    for (const s of [3, 6, 9]) {
      expect(c.payoff.hedged(s)).toBeCloseTo(a.payoff.hedged(s) + b.payoff.hedged(s), 6);
      expect(c.payoff.unhedged(s)).toBeCloseTo(a.payoff.unhedged(s) + b.payoff.unhedged(s), 6);
    }
    expect(c.legs).toHaveLength(2);
    expect(c.hedgedQuantity).toBe(a.hedgedQuantity + b.hedgedQuantity);
    expect(c.kind === 'combined' && c.extras.components[0]?.kind === 'futures' && c.extras.components[0].extras.contracts).toBe(3);
    expect(c.kind === 'combined' && c.extras.payoffPlansExcluded).toBe(0);
    expect(c.axis.kind).toBe('price');
    expect(c.axis.range).toEqual([Math.min(a.axis.range[0], b.axis.range[0]), Math.max(a.axis.range[1], b.axis.range[1])]);
    // Cost fraction recomputed from the components' protected values.
    expect(c.ledger.costFractionOfProtected).toBeCloseTo(c.ledger.totalCost.amount.toNumber() / (27_000 * 6 - 2_000 * 6), 9);
  });

  it('a currency mismatch is an error naming the plan and both currencies', () => {
    const eur = must(planFutures(fut(t(-5_000, 'EUR'), 6.2)));
    const r = combinePlans([a, eur]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]?.field).toBe('plans[1].ledger.currency');
      expect(r.errors[0]?.message).toContain('EUR');
      expect(r.errors[0]?.message).toContain('USD');
    }
  });

  it('plans on another x-axis (a swap: rate) count in the ledger but not in the payoff', () => {
    const swap = must(planRateSwap({
      target: { symbol: 'Loan', amount: 1_000_000, currency: 'USD' }, market: { floatingRate: 0.025, tenorYears: 3 },
      loanSpread: 0.01, swapFixedRate: 0.03, upfrontFee: '500',
    }));
    expect(swap.axis.kind).toBe('rate');
    const c = must(combinePlans([a, swap]));
    expect(c.kind === 'combined' && c.extras.payoffPlansExcluded).toBe(1);
    expect(c.axis.kind).toBe('price');
    expect(c.payoff.hedged(6)).toBeCloseTo(a.payoff.hedged(6), 9);
    expect(c.ledger.totalCost.amount.equals(a.ledger.totalCost.amount.plus(500))).toBe(true);
    expect(c.floor).toBeNull();
  });

  // Arithmetic on the ledgers: tranche a costs 3 × (2.10 + 0.85) = 8.85 on 15,000 × 6 = 90,000 protected;
  // a tranche with no fees costs 0 on 10,000 × 6 = 60,000. Together: 8.85 / 150,000 = 0.000059. A plan
  // without fees still protects value, so the combined fraction must not be lost.
  it('keeps its cost fraction when one component has no fees (8.85 / 150,000)', () => {
    const free = must(planFutures(fut(t(-10_000), 6.2)));
    expect(free.ledger.totalCost.amount.isZero()).toBe(true);
    const c = must(combinePlans([a, free]));
    expect(c.ledger.costFractionOfProtected).not.toBeNull();
    expect(c.ledger.costFractionOfProtected).toBeCloseTo(8.85 / 150_000, 15);
    expect(c.ledger.protectedValue.amount.toFixed()).toBe('150000');
  });

  it('rejects empty lists, non-plans and too many plans', () => {
    expect(combinePlans([]).ok).toBe(false);
    const junk = combinePlans([a, { kind: 'futures' } as unknown as HedgePlan]);
    expect(!junk.ok && junk.errors[0]?.field).toBe('plans[1]');
    expect(combinePlans(Array(21).fill(a)).ok).toBe(false);
    expect(combinePlans('x' as never).ok).toBe(false);
  });
});
