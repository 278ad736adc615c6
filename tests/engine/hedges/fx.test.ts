import { describe, it, expect } from 'vitest';
import { planFxForward, parityForward } from '../../../src/engine/hedges/fx-forward';
import { planFxOption } from '../../../src/engine/hedges/fx-option';
import { Decimal } from '../../../src/engine/money';
import type { TargetPosition } from '../../../src/engine/hedges/inputs';

type Rates = { readonly rDomestic: number; readonly rForeign: number; readonly tenorYears: number };
const market = ({ rDomestic, rForeign, tenorYears }: Rates) => ({ r: rDomestic, rForeign, tenorYears });

const fx = (quantity: number, spot: number, foreign: string, domestic: string, vol = 0.1): TargetPosition => ({
  symbol: foreign, quantity, price: spot, currency: domestic, volAnnual: vol, dividendYield: 0,
});

/** e^x by its Taylor series in 40-digit decimals: an independent check of Math.exp. */
function decimalExp(x: string): Decimal {
  const xd = new Decimal(x);
  let term = new Decimal(1);
  let total = new Decimal(1);
  for (let k = 1; k < 60; k++) { term = term.times(xd).dividedBy(k); total = total.plus(term); }
  return total;
}

describe('FX forward by covered interest parity', () => {
  // Hull, "Options, Futures, and Other Derivatives", 11th ed., §5.10 Example 5.6: AUD and USD 2-year
  // rates 3 % and 1 % (continuous), spot 0.7500 USD per AUD -> forward 0.7500·e^{(0.01−0.03)·2} =
  // 0.7206. Tolerance 5e-5 (Hull prints 4 d.p.).
  it('Example 5.6: 0.7206 USD per AUD', () => {
    expect(Math.abs(parityForward(0.75, 0.01, 0.03, 2) - 0.7206)).toBeLessThan(5e-5);
    const r = planFxForward({ target: fx(-1_000_000, 0.75, 'AUD', 'USD'), market: market({ rDomestic: 0.01, rForeign: 0.03, tenorYears: 2 }) });
    expect(r.ok).toBe(true);
    if (r.ok) expect(Math.abs(r.value.extras.parityForward - 0.7206)).toBeLessThan(5e-5);
  });

  it('continuous parity agrees with a 40-digit Taylor series of the exponential (1e-12 relative)', () => {
    // The importer of the product brief: owes USD 180,000 in 90 days, home EUR; spot 0.92 EUR per USD.
    const f = parityForward(0.92, 0.03, 0.045, 90 / 365);
    const exact = new Decimal('0.92').times(decimalExp(new Decimal('-0.015').times(90).dividedBy(365).toFixed()));
    expect(Math.abs(f / exact.toNumber() - 1)).toBeLessThan(1e-12);
  });

  it('simple-rate form S·(1 + rd·T)/(1 + rf·T), checked in exact decimals', () => {
    const f = parityForward(1.3, 0.04, 0.01, 0.25, 'simple');
    const exact = new Decimal('1.3').times(new Decimal('1.01')).dividedBy(new Decimal('1.0025'));
    expect(f).toBeCloseTo(exact.toNumber(), 14);
  });

  it('importer payable: locked cost, forward points and the bank markup add up exactly', () => {
    const r = planFxForward({ target: fx(-180_000, 0.92, 'USD', 'EUR'), market: { ...market({ rDomestic: 0.03, rForeign: 0.045, tenorYears: 0.25 }), bankForward: 0.9200 } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = r.value;
    const parity = 0.92 * Math.exp(-0.015 * 0.25);
    expect(p.extras.bankQuote?.impliedMarkup).toBeCloseTo(0.92 - parity, 12);
    expect(p.extras.bankQuote?.impliedMarkupFraction).toBeCloseTo((0.92 - parity) / parity, 12);
    expect(p.extras.lockedValue.amount.toFixed()).toBe('-165600'); // 180,000 × 0.9200
    expect(p.axis.kind).toBe('fx-rate');
    expect(p.axis.today).toBe(0.92);
    // points + markup = bank − spot = 0, so the whole ledger sums to zero exactly.
    expect(p.ledger.totalCost.amount.abs().lessThan('1e-9')).toBe(true);
    expect(p.ledger.lines.map((l) => l.kind)).toEqual(['forward-points', 'financing']);
    expect(p.payoff.hedged(0.8)).toBeCloseTo(-165_600, 6);
    expect(p.payoff.hedged(1.1)).toBeCloseTo(-165_600, 6);
    expect(p.payoff.unhedged(1.0)).toBeCloseTo(-180_000, 6);
  });

  it('receivable: the markup is parity − bank', () => {
    const r = planFxForward({ target: fx(500_000, 1.1, 'USD', 'CHF'), market: { r: 0.01, rForeign: 0.05, tenorYears: 1, bankForward: 1.05 } });
    expect(r.ok && r.value.extras.bankQuote?.impliedMarkup).toBeCloseTo(1.1 * Math.exp(-0.04) - 1.05, 12);
  });

  it('validation names the fields', () => {
    const r = planFxForward({ target: fx(-1, 1, 'usd', 'EUR'), market: { r: Number.NaN, rForeign: 0.01, tenorYears: -1, compounding: 'daily' as never, bankForward: 0 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field).sort()).toEqual(['market.bankForward', 'market.compounding', 'market.r', 'market.tenorYears', 'target.symbol']);
  });
});

describe('FX option by Garman–Kohlhagen', () => {
  // Haug, "The Complete Guide to Option Pricing Formulas", 2nd ed., §1.2.5 (as tabulated in QuantLib
  // test-suite/europeanoption.cpp, testValues): call, S = 1.56, K = 1.60, T = 0.5, r = 0.06,
  // rf = 0.08, σ = 0.12 -> 0.0291. Tolerance 1e-4.
  it('Haug: call premium 0.0291 per unit for a payable', () => {
    const r = planFxOption({ target: fx(-1_000_000, 1.56, 'GBP', 'USD', 0.12), strike: 1.6, market: market({ rDomestic: 0.06, rForeign: 0.08, tenorYears: 0.5 }) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Math.abs(r.value.extras.premiumPerUnit - 0.0291)).toBeLessThan(1e-4);
    expect(r.value.legs[0]?.strike).toBe(1.6);
    expect(r.value.breakeven).toBeCloseTo(1.6 + r.value.extras.premiumPerUnit, 9);
  });

  // Hull 11th ed. §17.4 Example 17.2: 4-month call on GBP, S = K = 1.6, r = 0.08, rf = 0.11,
  // T = 0.3333: σ = 20 % gives 0.0639, σ = 10 % gives 0.0285. Tolerance 1e-4.
  for (const [vol, price] of [[0.2, 0.0639], [0.1, 0.0285]] as const) {
    it(`Example 17.2: σ = ${vol} -> ${price}`, () => {
      const r = planFxOption({ target: fx(-62_500, 1.6, 'GBP', 'USD', vol), strike: 1.6, market: market({ rDomestic: 0.08, rForeign: 0.11, tenorYears: 0.3333 }) });
      expect(r.ok && Math.abs(r.value.extras.premiumPerUnit - price)).toBeLessThan(1e-4);
    });
  }

  it('payable: cost capped at strike + premium; premium line and per-contract commission', () => {
    const r = planFxOption({
      target: fx(-180_000, 0.92, 'USD', 'EUR', 0.08), strike: 0.93, market: market({ rDomestic: 0.03, rForeign: 0.045, tenorYears: 0.25 }),
      sizing: { contractSize: 125_000, rounding: 'up' }, fees: { commissionPerContract: '5', exchangeFeePerContract: '0' },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = r.value;
    expect(p.extras.contracts).toBe(2);
    expect(p.hedgedQuantity).toBe(250_000);
    expect(p.ledger.lines.map((l) => l.kind)).toEqual(['premium', 'commission']);
    const cost = p.ledger.totalCost.amount;
    // Over-covered by 70,000 USD: below the strike the payable costs q·s, above it the calls gain more
    // than the payable loses, so the worst value is at the strike: −180,000 × 0.93 − cost.
    expect(p.floor?.amount.toFixed()).toBe(cost.plus(167_400).negated().toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toFixed());
    expect(p.extras.worstCaseValue).toEqual(p.floor);
    expect(p.payoff.hedged(0.9)).toBeCloseTo(-180_000 * 0.9 - cost.toNumber(), 6);
  });

  // Arithmetic on the contract terms: 100,000 USD with 125,000-USD contracts rounded down is 0 contracts,
  // so nothing caps the cost: there is no worst case (the old −q·K = −92,000 would be a false promise).
  // With one contract on 180,000 (rounded down), 55,000 USD stay uncovered: again no bound.
  it('no worst case when no contract is bought, or when part of a payable is uncovered', () => {
    const none = planFxOption({
      target: fx(-100_000, 0.92, 'USD', 'EUR', 0.08), strike: 0.92, market: market({ rDomestic: 0.03, rForeign: 0.045, tenorYears: 0.25 }),
      sizing: { contractSize: 125_000, rounding: 'down' },
    });
    expect(none.ok).toBe(true);
    if (!none.ok) return;
    expect(none.value.extras.contracts).toBe(0);
    expect(none.value.extras.worstCaseValue).toBeNull();
    expect(none.value.floor).toBeNull();
    expect(none.value.ledger.totalCost.amount.isZero()).toBe(true);
    expect(none.value.label).toMatch(/^No whole contract/);
    const part = planFxOption({
      target: fx(-180_000, 0.92, 'USD', 'EUR', 0.08), strike: 0.92, market: market({ rDomestic: 0.03, rForeign: 0.045, tenorYears: 0.25 }),
      sizing: { contractSize: 125_000, rounding: 'down' },
    });
    expect(part.ok && part.value.extras.worstCaseValue).toBeNull();
  });

  it('receivable buys a put: value floored at strike − premium', () => {
    const r = planFxOption({ target: fx(100_000, 1.1, 'USD', 'CHF', 0.1), strike: 1.08, market: market({ rDomestic: 0.01, rForeign: 0.05, tenorYears: 1 }) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const cost = r.value.ledger.totalCost.amount.toNumber();
    expect(r.value.legs[0]?.instrument).toContain('put');
    expect(r.value.floor?.amount.toNumber()).toBeCloseTo(108_000 - cost, 2);
    expect(r.value.payoff.hedged(0.9)).toBeCloseTo(108_000 - cost, 6);
    expect(r.value.payoff.hedgedAt?.(1.1, 1)).toBeCloseTo(r.value.payoff.hedged(1.1), 6);
  });

  it('validation: the FX volatility is required', () => {
    const r = planFxOption({ target: { symbol: 'USD', quantity: -5, price: 1, currency: 'EUR', dividendYield: 0 } as unknown as TargetPosition, strike: 1, market: { r: 0, rForeign: 0, tenorYears: 1 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual(['target.volAnnual']);
  });
});
