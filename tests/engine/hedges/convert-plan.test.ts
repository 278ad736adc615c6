/**
 * A plan re-expressed in another currency. Every expected figure is worked by hand in its comment:
 * amount × rate, rounded half-even to the new currency's minor units (ISO 4217: USD/EUR 2 digits,
 * JPY 0), totals = the sum of the rounded lines. Half-even ("banker's rounding") is the IEEE 754
 * roundTiesToEven rule, decimal.js ROUND_HALF_EVEN: a tie goes to the even neighbour.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertPlan } from '../../../src/engine/hedges/convert-plan';
import { buildLedger } from '../../../src/engine/hedges/plan';
import type { HedgePlan, LedgerLine, LedgerNature } from '../../../src/engine/hedges/plan';
import { planProtectivePut } from '../../../src/engine/hedges/protective-put';
import { Decimal, money } from '../../../src/engine/money';

function must<T>(r: { ok: true; value: T } | { ok: false; errors: readonly unknown[] }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

// A put on 100 shares (Hull, OFOD, Example 15.6: S0 = 42, K = 40): its shape only; the ledger lines are set below.
const putIn = (currency: string) => must(planProtectivePut({
  target: { symbol: 'XYZ', quantity: 100, price: 42, currency, volAnnual: 0.2, dividendYield: 0 },
  market: { r: 0.1, tenorYears: 0.5 },
  fees: { commissionPerContract: '0', exchangeFeePerContract: '0' },
  sizing: { contractSize: 100 },
  putStrike: 40,
}));

const line = (amount: string, currency: string, nature: LedgerNature = 'cost', label = amount): LedgerLine => ({ kind: nature === 'cost' ? 'premium' : 'initial-margin', nature, label, amount: money(amount, currency) });

/** A plan in `currency` with exactly these ledger lines, protected value and floor. */
function planWith(currency: string, lines: LedgerLine[], protectedValue = '0', floor: string | null = null): HedgePlan {
  const p = putIn(currency);
  return { ...p, ledger: buildLedger(currency, lines, money(protectedValue, currency)), floor: floor === null ? null : money(floor, currency) } as HedgePlan;
}

const text = (m: { amount: Decimal }) => m.amount.toFixed();

describe('a USD ledger of 5,251.70 into EUR at 0.9090 EUR per USD', () => {
  const usd = planWith('USD', [line('5230.10', 'USD'), line('21.60', 'USD'), line('1500.00', 'USD', 'held')], '52000', '3919.00');
  const eur = must(convertPlan(usd, 'EUR', '0.9090'));

  it('converts line by line and rounds each to cents', () => {
    // 5,230.10 × 0.909 = 4,754.1609 → 4,754.16; 21.60 × 0.909 = 19.6344 → 19.63; 1,500.00 × 0.909 = 1,363.50.
    expect(eur.ledger.lines.map((l) => text(l.amount))).toEqual(['4754.16', '19.63', '1363.5']);
    expect(eur.ledger.lines.every((l) => l.amount.currency === 'EUR')).toBe(true);
    expect(eur.ledger.currency).toBe('EUR');
  });

  it('totals the converted lines: 4,754.16 + 19.63 = 4,773.79 (converting the total, 4,773.7953, would show 4,773.80)', () => {
    expect(text(eur.ledger.totalCost)).toBe('4773.79');
    expect(text(eur.ledger.totalHeld)).toBe('1363.5');
  });

  it('keeps each line’s original amount and the rate', () => {
    expect(eur.ledger.lines[0]!.original!.amount).toEqual(money('5230.10', 'USD'));
    expect(eur.ledger.lines[0]!.original!.rate.toFixed()).toBe('0.909');
  });

  it('converts protected value and floor exactly, rounded once: 52,000 × 0.909 = 47,268.00; 3,919.00 × 0.909 = 3,562.371 → 3,562.37', () => {
    expect(text(eur.ledger.protectedValue)).toBe('47268');
    expect(eur.floor).toEqual(money('3562.37', 'EUR'));
    expect(eur.cap).toBeNull();
  });

  it('scales the payoff by the rate and keeps the axis (a USD price)', () => {
    for (const x of [30, 42, 55]) {
      expect(eur.payoff.hedged(x)).toBeCloseTo(usd.payoff.hedged(x) * 0.909, 9);
      expect(eur.payoff.unhedged(x)).toBeCloseTo(usd.payoff.unhedged(x) * 0.909, 9);
    }
    expect(eur.axis).toEqual(usd.axis);
  });

  it('a tie goes to the even cent: 5.00 × 0.909 = 4.545 → 4.54', () => {
    const tie = must(convertPlan(planWith('USD', [line('5.00', 'USD')]), 'EUR', 0.909));
    expect(text(tie.ledger.lines[0]!.amount)).toBe('4.54');
  });
});

describe('currencies with other minor units', () => {
  it('JPY (0 decimals) into EUR at 0.0061: 1,000,000 → 6,100.00; 2,500 → 15.25; 1,234 → 7.5274 → 7.53; total 6,122.78', () => {
    const eur = must(convertPlan(planWith('JPY', [line('1000000', 'JPY'), line('2500', 'JPY'), line('1234', 'JPY')]), 'EUR', '0.0061'));
    expect(eur.ledger.lines.map((l) => text(l.amount))).toEqual(['6100', '15.25', '7.53']);
    expect(text(eur.ledger.totalCost)).toBe('6122.78');
  });

  it('EUR into JPY at 163: 0.50 → 81.5 → 82; 1.50 → 244.5 → 244; 2.50 → 407.5 → 408 (ties to even); 4,754.16 → 774,928.08 → 774,928; total 775,662', () => {
    const jpy = must(convertPlan(planWith('EUR', [line('0.50', 'EUR'), line('1.50', 'EUR'), line('2.50', 'EUR'), line('4754.16', 'EUR')]), 'JPY', 163));
    expect(jpy.ledger.lines.map((l) => text(l.amount))).toEqual(['82', '244', '408', '774928']);
    expect(text(jpy.ledger.totalCost)).toBe('775662');
  });
});

describe('bad rates and currencies are field errors, never a throw', () => {
  const usd = planWith('USD', [line('10', 'USD')]);
  it.each([0, -0.9, Number.NaN, Infinity, -Infinity, 'abc', '', '0', '-1', '1e3', null, undefined, {}, [0.9]])('rate %s', (rate) => {
    const r = convertPlan(usd, 'EUR', rate);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.field).toBe('rate');
  });
  it('a bad currency code or a non-plan', () => {
    expect(convertPlan(usd, 'eur', '0.9').ok).toBe(false);
    expect(convertPlan({} as HedgePlan, 'EUR', '0.9').ok).toBe(false);
  });
  it('its own currency only at 1, where it is the plan itself', () => {
    expect(must(convertPlan(usd, 'USD', '1'))).toBe(usd);
    expect(convertPlan(usd, 'USD', '0.9').ok).toBe(false);
  });
});

describe('laws (property tests)', () => {
  const cents = fc.integer({ min: -1e11, max: 1e11 }).map((c) => new Decimal(c).dividedBy(100).toFixed(2));
  const lines = fc.array(fc.tuple(cents, fc.boolean()), { maxLength: 12 });
  // A rate of up to 6 significant digits, 0.000001 … 999,999.
  const rate = fc.tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 0, max: 6 })).map(([n, k]) => new Decimal(n).dividedBy(10 ** k).toFixed());

  it('the converted total is the sum of the converted lines, for costs and for cash held', () => {
    fc.assert(fc.property(lines, rate, fc.constantFrom('EUR', 'JPY', 'KWD'), (ls, r, to) => {
      const p = planWith('USD', ls.map(([a, held]) => line(a, 'USD', held ? 'held' : 'cost')));
      const c = must(convertPlan(p, to, r));
      const total = (nature: LedgerNature) => c.ledger.lines.filter((l) => l.nature === nature).reduce((a, l) => a.plus(l.amount.amount), new Decimal(0));
      return c.ledger.totalCost.amount.equals(total('cost')) && c.ledger.totalHeld.amount.equals(total('held'))
        && c.ledger.lines.every((l) => l.amount.amount.decimalPlaces() <= (to === 'JPY' ? 0 : to === 'KWD' ? 3 : 2));
    }));
  });

  it('at a rate of 1 into a currency with the same minor units, every amount stays the same', () => {
    fc.assert(fc.property(lines, (ls) => {
      const p = planWith('USD', ls.map(([a, held]) => line(a, 'USD', held ? 'held' : 'cost')), '1000');
      const c = must(convertPlan(p, 'EUR', '1'));
      return c.ledger.lines.every((l, i) => l.amount.amount.equals(p.ledger.lines[i]!.amount.amount))
        && c.ledger.totalCost.amount.equals(p.ledger.totalCost.amount) && c.ledger.totalHeld.amount.equals(p.ledger.totalHeld.amount);
    }));
  });
});
