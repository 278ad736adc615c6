import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { planFutures } from '../../../src/engine/hedges/futures';
import { planCross } from '../../../src/engine/hedges/cross';
import { planFxForward } from '../../../src/engine/hedges/fx-forward';
import { planFxOption } from '../../../src/engine/hedges/fx-option';
import { planRateFutures } from '../../../src/engine/hedges/interest-rate';
import { planRateLock } from '../../../src/engine/hedges/rate-lock';
import { planRateSwap } from '../../../src/engine/hedges/rate-swap';
import { planBeta } from '../../../src/engine/hedges/beta';
import { combinePlans } from '../../../src/engine/hedges/combined';
import { Decimal } from '../../../src/engine/money';
import type { HedgePlan } from '../../../src/engine/hedges/plan';
import type { Result } from '../../../src/engine/result';

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
    futuresPrice: v.futures, contractSize: v.size, expectedBasis: v.basis, rounding: v.rounding as 'down' | 'nearest' | 'up',
    fees: { commissionPerContract: v.commission, exchangeFeePerContract: v.exchange }, initialMarginPerContract: v.margin, stressMove: v.stress,
  });
}

describe('linear hedges: laws', () => {
  it('a futures lock-in is flat up to the rounding remainder: |h(s1) − h(s2)| ≤ |remainder|·|s1 − s2|', () => {
    fc.assert(fc.property(futuresArb, price, price, (v, s1, s2) => {
      const r = futuresPlan(v);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const remainder = Math.abs(r.value.metrics.remainderUnits ?? NaN);
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
      const n = r.value.metrics.contracts ?? 0;
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

/** Anything at all, plus objects that look almost right (right keys, wrong values). */
const garbageValue = fc.oneof(fc.anything(), fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e308, -1e308, '', '1e5', 'NaN', null, undefined, [], {}));
const garbageTarget = fc.record({ symbol: garbageValue, quantity: garbageValue, price: garbageValue, currency: fc.oneof(garbageValue, fc.constant('USD')), volAnnual: garbageValue, dividendYield: garbageValue }, { requiredKeys: [] });
const garbageInput = fc.oneof(
  fc.anything(),
  fc.dictionary(fc.constantFrom('target', 'futuresPrice', 'contractSize', 'estimate', 'horizonYears', 'rDomestic', 'rForeign', 'tenorYears', 'strike', 'sizing', 'portfolioValue', 'currency', 'principal', 'spread', 'accrualYears', 'futuresQuote', 'valuePerBasisPoint', 'loanPrincipal', 'loanSpread', 'swapFixedRate', 'currentFloatingRate', 'portfolioBeta', 'multiplier', 'indexLevel', 'r', 'dividendYield', 'fees', 'tailing'), fc.oneof(garbageValue, garbageTarget)),
);

const planners: readonly [string, (x: never) => Result<HedgePlan>][] = [
  ['futures', planFutures], ['cross', planCross], ['fx-forward', planFxForward], ['fx-option', planFxOption],
  ['rate-futures', planRateFutures], ['rate-lock', planRateLock], ['rate-swap', planRateSwap], ['beta', planBeta],
];

function assertSane(r: Result<HedgePlan>): void {
  if (!r.ok) {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) expect(typeof e.message).toBe('string');
    return;
  }
  for (const v of Object.values(r.value.metrics)) expect(Number.isFinite(v)).toBe(true);
  for (const l of r.value.ledger.lines) expect(l.amount.amount.isFinite()).toBe(true);
  const [lo, hi] = r.value.payoff.priceRange;
  for (const s of [lo, (lo + hi) / 2, hi]) {
    expect(Number.isNaN(r.value.payoff.hedged(s))).toBe(false);
    expect(Number.isNaN(r.value.payoff.unhedged(s))).toBe(false);
  }
}

describe('untrusted input never throws and never yields NaN', () => {
  for (const [name, plan] of planners) {
    it(`${name}: random garbage`, () => {
      fc.assert(fc.property(garbageInput, (input) => {
        assertSane(plan(input as never));
      }), { numRuns: 150 });
    });
  }

  it('combinePlans: random garbage', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (plans, label) => {
      const r = combinePlans(plans as never, label as never);
      expect(typeof r.ok).toBe('boolean');
    }), { numRuns: 150 });
  });

  it('extreme but valid numbers stay finite', () => {
    fc.assert(fc.property(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), fc.double({ min: 1e-6, max: 1e12, noNaN: true }), (a, b) => {
      assertSane(planFutures({ target: { symbol: 'X', quantity: a, price: b, currency: 'USD', volAnnual: 0.2, dividendYield: 0 }, futuresPrice: b, contractSize: a, stressMove: 1 }));
      assertSane(planBeta({ portfolioValue: a, currency: 'USD', portfolioBeta: 1, futuresPrice: b, multiplier: 1, indexLevel: b, r: 0.01, dividendYield: 0, horizonYears: 1 }));
      assertSane(planFxForward({ target: { symbol: 'USD', quantity: -a, price: b, currency: 'EUR', volAnnual: 0.1, dividendYield: 0 }, rDomestic: 0.01, rForeign: 0.02, tenorYears: 1, bankForward: b }));
    }), { numRuns: 100 });
  });
});
