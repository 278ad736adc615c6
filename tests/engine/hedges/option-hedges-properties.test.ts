import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sum } from '../../../src/engine/money';
import { planProtectivePut } from '../../../src/engine/hedges/protective-put';
import { planCollar } from '../../../src/engine/hedges/collar';
import { planPutSpread } from '../../../src/engine/hedges/put-spread';
import { planShortSale } from '../../../src/engine/hedges/short-sale';
import type { HedgePlan } from '../../../src/engine/hedges/plan';

/** Prices are typed with at most 2 decimals, as a user would: keeps the exact-decimal floor comparable. */
const cents = (lo: number, hi: number) => fc.integer({ min: Math.round(lo * 100), max: Math.round(hi * 100) }).map((c) => c / 100);
const quote = fc.option(cents(0, 30).map((x) => x.toFixed(2)), { nil: undefined });

const common = fc.record({
  quantity: fc.integer({ min: 1, max: 20000 }),
  price: cents(5, 300),
  vol: fc.double({ min: 0.05, max: 1, noNaN: true }),
  q: fc.double({ min: 0, max: 0.06, noNaN: true }),
  r: fc.double({ min: -0.01, max: 0.1, noNaN: true }),
  t: fc.double({ min: 0.02, max: 2, noNaN: true }),
  hedgeRatio: fc.double({ min: 0, max: 1.5, noNaN: true }),
  rounding: fc.constantFrom('down' as const, 'nearest' as const, 'up' as const),
  exercise: fc.constantFrom('european' as const, 'american' as const),
  commission: cents(0, 2).map((x) => x.toFixed(2)),
});
type Common = typeof common extends fc.Arbitrary<infer T> ? T : never;

function base(c: Common) {
  return {
    target: { symbol: 'P', quantity: c.quantity, price: c.price, currency: 'EUR', volAnnual: c.vol, dividendYield: c.q },
    market: { r: c.r, tenorYears: c.t },
    fees: { commissionPerContract: c.commission, exchangeFeePerContract: '0.05' },
    sizing: { contractSize: 100, hedgeRatio: c.hedgeRatio, rounding: c.rounding },
    exercise: c.exercise,
  };
}

/** Prices to probe: 0, the strikes and a spread of points out to 3 × spot. */
const probes = (p: HedgePlan, strikes: number[]): number[] => {
  const top = 3 * Math.max(p.axis.range[1], ...strikes);
  return [0, ...strikes, ...Array.from({ length: 31 }, (_, i) => (top * i) / 30)];
};
// The floor and cap are rounded once to cents (half-even), so they may sit up to half a cent off the curve.
const eps = (p: HedgePlan): number => 0.005 + 1e-9 * Math.max(1, Math.abs(p.payoff.unhedged(3 * p.axis.range[1])));

function expectLedgerExact(p: HedgePlan): void {
  const costs = sum(p.ledger.lines.filter((l) => l.nature === 'cost').map((l) => l.amount), p.ledger.currency);
  expect(p.ledger.totalCost.amount.equals(costs.amount)).toBe(true);
}

const RUNS = { numRuns: 60 };

describe('option hedge laws (fast-check)', () => {
  it('protective put: hedged value at expiry is never below the floor, for any price >= 0', () => {
    fc.assert(
      fc.property(common, cents(1, 400), quote, (c, k, qt) => {
        const r = planProtectivePut({ ...base(c), putStrike: k, ...(qt === undefined ? {} : { putPremiumQuote: qt }) });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const floor = r.value.floor!.amount.toNumber();
        for (const s of probes(r.value, [k])) expect(r.value.payoff.hedged(s)).toBeGreaterThanOrEqual(floor - eps(r.value));
        expectLedgerExact(r.value);
      }),
      RUNS,
    );
  });

  it('collar: floor <= hedged <= cap at expiry (floor unless over-hedged, cap unless under-hedged)', () => {
    fc.assert(
      fc.property(common, cents(1, 300), cents(0, 100), quote, quote, (c, kp, gap, qp, qc) => {
        const r = planCollar({ ...base(c), putStrike: kp, callStrike: kp + gap, ...(qp === undefined ? {} : { putPremiumQuote: qp }), ...(qc === undefined ? {} : { callPremiumQuote: qc }) });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const p = r.value;
        // Over-hedged (rounding up / ratio > 1): the extra written calls are naked, so no floor.
        expect(p.floor === null).toBe(p.hedgedQuantity > c.quantity);
        expect(p.cap === null).toBe(p.hedgedQuantity < c.quantity);
        for (const s of probes(p, [kp, kp + gap])) {
          if (p.floor !== null) expect(p.payoff.hedged(s)).toBeGreaterThanOrEqual(p.floor.amount.toNumber() - eps(p));
          if (p.cap !== null) expect(p.payoff.hedged(s)).toBeLessThanOrEqual(p.cap.amount.toNumber() + eps(p));
        }
        expectLedgerExact(p);
      }),
      RUNS,
    );
  });

  it('put spread: never worse than the unhedged position minus the hedge cost', () => {
    fc.assert(
      fc.property(common, cents(2, 300), cents(0.01, 0.99), quote, quote, (c, k1, frac, q1, q2) => {
        const k2 = Math.max(0.01, Math.round(k1 * frac * 100) / 100);
        fc.pre(k2 < k1);
        const r = planPutSpread({ ...base(c), longPutStrike: k1, shortPutStrike: k2, ...(q1 === undefined ? {} : { longPutPremiumQuote: q1 }), ...(q2 === undefined ? {} : { shortPutPremiumQuote: q2 }) });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const cost = r.value.ledger.totalCost.amount.toNumber();
        for (const s of probes(r.value, [k1, k2])) {
          expect(r.value.payoff.hedged(s)).toBeGreaterThanOrEqual(r.value.payoff.unhedged(s) - cost - eps(r.value));
        }
        expect(r.value.floor).toBeNull();
      }),
      RUNS,
    );
  });

  it('zero-cost collar: net premium within 1e-8 per unit whenever a solution is reported', () => {
    fc.assert(
      fc.property(common, fc.double({ min: 0.6, max: 1, noNaN: true }), (c, m) => {
        const putStrike = Math.round(c.price * m * 100) / 100;
        const r = planCollar({ ...base(c), putStrike, solveZeroCost: true });
        if (!r.ok) {
          expect(r.errors[0]?.field).toBe('solveZeroCost');
          return;
        }
        expect(Math.abs(r.value.extras.netPremiumPerUnit)).toBeLessThan(1e-8);
        // A collar's call is struck at or above its put (it may be below spot when q > r).
        expect(r.value.extras.callStrike).toBeGreaterThanOrEqual(putStrike);
      }),
      { numRuns: 25 },
    );
  });
});

describe('option hedges: impossible sizes and non-objects', () => {
  it('sizes that would need an impossible count of contracts or units are refused on the field', () => {
    const target = { symbol: 'X', quantity: 1e12, price: 50, currency: 'USD', volAnnual: 0.3, dividendYield: 0 };
    const put = planProtectivePut({ target, market: { r: 0, tenorYears: 1 }, sizing: { contractSize: 1e-300 }, putStrike: 45 });
    expect(!put.ok && put.errors.map((e) => e.field)).toEqual(['sizing.contractSize']);
    const short = planShortSale({ target, market: { tenorYears: 1 }, borrowFeeAnnual: '0', comparable: { symbol: 'E', price: 5e-324, dividendYield: 0 } });
    expect(!short.ok && short.errors.map((e) => e.field)).toEqual(['comparable.price']);
  });

  it('non-objects are refused with a message', () => {
    for (const bad of [null, undefined, 42, 'put', [], NaN]) {
      for (const f of [planProtectivePut, planCollar, planPutSpread, planShortSale]) {
        const r = f(bad as never);
        expect(r.ok).toBe(false);
      }
    }
  });
});
