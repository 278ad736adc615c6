import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { planFutures } from '../../../src/engine/hedges/futures';
import { combinePlans } from '../../../src/engine/hedges/combined';
import { Decimal } from '../../../src/engine/money';
import type { HedgePlan } from '../../../src/engine/hedges/plan';

const price = fc.double({ min: 0.01, max: 10_000, noNaN: true });
const qty = fc.integer({ min: -1_000_000, max: 1_000_000 }).filter((q) => q !== 0);
const feeText = fc.integer({ min: 0, max: 100_000 }).map((c) => (c / 100).toFixed(2));

const futuresArb = fc.record({
  quantity: qty, spot: price, futures: price, size: fc.integer({ min: 1, max: 50_000 }),
  basis: fc.double({ min: -5, max: 5, noNaN: true }), rounding: fc.constantFrom('down', 'nearest', 'up' as const),
  commission: feeText, exchange: feeText, margin: feeText, stress: fc.double({ min: 0, max: 1, noNaN: true }),
});

type FuturesCase = typeof futuresArb extends fc.Arbitrary<infer T> ? T : never;

function futuresPlan(v: FuturesCase) {
  return planFutures({
    target: { symbol: 'X', quantity: v.quantity, price: v.spot, currency: 'USD', volAnnual: 0.2, dividendYield: 0 },
    market: { futuresPrice: v.futures, expectedBasis: v.basis }, sizing: { contractSize: v.size, rounding: v.rounding as 'down' | 'nearest' | 'up' },
    fees: { commissionPerContract: v.commission, exchangeFeePerContract: v.exchange }, margin: { initialPerContract: v.margin, stressMove: v.stress },
  });
}

describe('linear hedges: laws', () => {
  it('a futures lock-in is flat up to the rounding remainder: |h(s1) − h(s2)| ≤ |remainder|·|s1 − s2|', () => {
    fc.assert(fc.property(futuresArb, price, price, (v, s1, s2) => {
      const r = futuresPlan(v);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      // The open exposure is the target minus the futures traded: |Q| − n·size (Hull §3.3).
      const remainder = Math.abs(Math.abs(v.quantity) - r.value.hedgedQuantity);
      const diff = Math.abs(r.value.payoff.hedged(s1) - r.value.payoff.hedged(s2));
      const scale = Math.abs(v.quantity) * Math.max(s1, s2, v.futures, Math.abs(v.basis));
      expect(diff).toBeLessThanOrEqual(remainder * Math.abs(s1 - s2) + 1e-9 * scale + 1e-9);
    }), { numRuns: 200 });
  });

  it('ledger totals are the exact decimal sums of their lines', () => {
    fc.assert(fc.property(futuresArb, (v) => {
      const r = futuresPlan(v);
      if (!r.ok) return;
      const cost = r.value.ledger.lines.filter((l) => l.nature === 'cost').reduce((a, l) => a.plus(l.amount.amount), new Decimal(0));
      const held = r.value.ledger.lines.filter((l) => l.nature === 'held').reduce((a, l) => a.plus(l.amount.amount), new Decimal(0));
      expect(r.value.ledger.totalCost.amount.equals(cost)).toBe(true);
      expect(r.value.ledger.totalHeld.amount.equals(held)).toBe(true);
      const n = r.value.extras.contracts;
      expect(cost.equals(new Decimal(v.commission).plus(v.exchange).times(n))).toBe(true);
    }), { numRuns: 150 });
  });

  it('a combined payoff is the sum of its components', () => {
    fc.assert(fc.property(fc.array(futuresArb, { minLength: 1, maxLength: 4 }), price, (vs, s) => {
      const plans: HedgePlan[] = [];
      for (const r of vs.map(futuresPlan)) if (r.ok) plans.push(r.value);
      const c = combinePlans(plans);
      expect(c.ok).toBe(true);
      if (!c.ok) return;
      const expected = plans.reduce((a, p) => a + p.payoff.hedged(s), 0);
      expect(c.value.payoff.hedged(s)).toBeCloseTo(expected, 6 - Math.max(0, Math.ceil(Math.log10(Math.abs(expected) + 1))));
      const totalCost = plans.reduce((a, p) => a.plus(p.ledger.totalCost.amount), new Decimal(0));
      expect(c.value.ledger.totalCost.amount.equals(totalCost)).toBe(true);
    }), { numRuns: 100 });
  });
});
