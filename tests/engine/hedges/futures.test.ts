import { describe, it, expect } from 'vitest';
import { planFutures, exactFuturesContracts } from '../../../src/engine/hedges/futures';
import type { FuturesInput } from '../../../src/engine/hedges/futures';
import type { TargetPosition } from '../../../src/engine/hedges/inputs';
import { buildScenarioTable } from '../../../src/engine/hedges/linear-legs';

const target = (quantity: number, price: number, symbol = 'X', currency = 'USD'): TargetPosition => ({
  symbol, quantity, price, currency, volAnnual: 0.3, dividendYield: 0,
});

function plan(input: FuturesInput) {
  const r = planFutures(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe('futures lock-in: Hull reference cases', () => {
  // Hull, "Options, Futures, and Other Derivatives", 11th ed., §3.3 Example 3.1: a US company
  // receives 50 million yen, shorts 4 yen futures (12.5 million yen each) at 1.0800 cents per yen;
  // at close-out spot 1.0200, futures 1.0250 -> effective price F1 + b2 = 1.0750 cents, total
  // $537,500. Prices here in USD per yen. Tolerance: exact to the cent (1e-9 on the rate).
  it('Example 3.1 (short hedge, yen receivable): 4 contracts, 1.0750 cents, $537,500', () => {
    const p = plan({ target: target(50_000_000, 0.0105, 'JPY'), futuresPrice: 0.0108, contractSize: 12_500_000, expectedBasis: 0.0102 - 0.01025 });
    expect(p.metrics.contracts).toBe(4);
    expect(p.legs[0]?.side).toBe('sell');
    expect(p.metrics.lockedPrice).toBeCloseTo(0.01075, 9);
    expect(p.lockedValue.amount.toNumber()).toBe(537_500);
    // With the basis as assumed, the hedged value is 537,500 whatever the spot at close-out.
    expect(p.payoff.hedged(0.0102)).toBeCloseTo(537_500, 4);
    expect(p.payoff.hedged(0.0130)).toBeCloseTo(537_500, 4);
  });

  // Hull 11th ed. §3.3 Example 3.2: buy 20,000 barrels later, long 20 contracts (1,000 barrels) at
  // $48.00; at close-out spot $50.00, futures $49.10 -> basis 0.90, effective 48.90, total $978,000.
  // Tolerance 1e-6 dollars.
  it('Example 3.2 (long hedge, oil buyer): 20 contracts, $48.90, total paid $978,000', () => {
    const p = plan({ target: target(-20_000, 47, 'CL'), futuresPrice: 48, contractSize: 1_000, expectedBasis: 50 - 49.1 });
    expect(p.metrics.contracts).toBe(20);
    expect(p.legs[0]?.side).toBe('buy');
    expect(p.metrics.lockedPrice).toBeCloseTo(48.9, 9);
    expect(p.lockedValue.amount.toNumber()).toBe(-978_000);
    expect(p.payoff.hedged(50)).toBeCloseTo(-978_000, 6);
    expect(p.floor?.amount.toNumber()).toBe(-978_000);
    expect(p.cap?.amount.toNumber()).toBe(-978_000);
  });

  // Hull 11th ed. §3.3 "The Basis": S1 = 2.50, F1 = 2.20, S2 = 2.00, F2 = 1.90 -> b2 = 0.10 and the
  // effective price S2 + F1 − F2 = F1 + b2 = 2.30 for a short and for a long hedger. Tolerance 1e-9.
  it('basis example: effective price 2.30 for both a short and a long hedger', () => {
    const short = plan({ target: target(1_000, 2.5), futuresPrice: 2.2, contractSize: 1_000, expectedBasis: 0.1 });
    const long = plan({ target: target(-1_000, 2.5), futuresPrice: 2.2, contractSize: 1_000, expectedBasis: 0.1 });
    expect(short.metrics.lockedPrice).toBeCloseTo(2.3, 9);
    expect(short.payoff.hedged(2.0) / 1_000).toBeCloseTo(2.3, 9);
    expect(-long.payoff.hedged(2.0) / 1_000).toBeCloseTo(2.3, 9);
  });

  // Contract spec: CBOT Chicago SRW wheat futures (ZW) are 5,000 bushels per contract (CME Group
  // contract specifications; Hull 11th ed. §2.2 also quotes 5,000 bushels). A miller needing
  // 27,000 bushels: 5.4 contracts -> 5 (nearest), remainder 2,000 bushels unhedged. Exact.
  it('CBOT wheat, 5,000 bushels: whole contracts and the unhedged remainder', () => {
    const p = plan({ target: target(-27_000, 6.1, 'ZW'), futuresPrice: 6.25, contractSize: 5_000 });
    expect(p.metrics.contracts).toBe(5);
    expect(p.hedgedQuantity).toBe(25_000);
    expect(p.unhedgedQuantity).toBe(2_000);
    expect(plan({ target: target(-27_000, 6.1), futuresPrice: 6.25, contractSize: 5_000, rounding: 'up' }).metrics.contracts).toBe(6);
    // The remainder still moves: 2,000 bushels × 1.00 price change.
    expect(p.payoff.hedged(7.1) - p.payoff.hedged(6.1)).toBeCloseTo(-2_000, 6);
  });
});

describe('futures lock-in: ledger, tailing, scenarios', () => {
  it('fees and margins: exact decimal lines, margin held not spent', () => {
    const p = plan({
      target: target(-27_000, 6.1), futuresPrice: 6.25, contractSize: 5_000,
      fees: { commissionPerContract: '2.10', exchangeFeePerContract: '0.85' }, initialMarginPerContract: '1,650.00', stressMove: 0.2,
    });
    expect(p.ledger.totalCost.amount.toFixed()).toBe('14.75'); // 5 × (2.10 + 0.85)
    // initial 5 × 1,650 = 8,250; stress 5 × 5,000 × 6.25 × 0.2 = 31,250
    expect(p.ledger.totalHeld.amount.toFixed()).toBe('39500');
    expect(p.ledger.lines.map((l) => l.kind)).toEqual(['commission', 'exchange-fee', 'initial-margin', 'variation-margin']);
  });

  it('tailing discounts the count by e^{−rT} and uses values VA/VF', () => {
    expect(exactFuturesContracts(1, 10_000, 50, 50, 1_000, { r: Math.log(1.05), tenorYears: 1 })).toBeCloseTo(10 / 1.05, 12);
    const p = plan({ target: target(10_000, 50), futuresPrice: 52, contractSize: 1_000, tailing: true, r: 0.05, tenorYears: 1 });
    expect(p.metrics.exactContracts).toBeCloseTo((10_000 * 50) / (52 * 1_000) * Math.exp(-0.05), 12);
  });

  it('±20 % scenario metrics: hedged flat, unhedged moves', () => {
    const p = plan({ target: target(10_000, 50), futuresPrice: 50, contractSize: 1_000 });
    expect(p.metrics.scenarioDown20Unhedged).toBeCloseTo(400_000, 6);
    expect(p.metrics.scenarioUp20Unhedged).toBeCloseTo(600_000, 6);
    expect(p.metrics.scenarioDown20Hedged).toBeCloseTo(500_000, 6);
    expect(p.metrics.scenarioUp20Hedged).toBeCloseTo(500_000, 6);
    expect(buildScenarioTable(p.payoff, 50, [-0.1]).at(0)?.hedged).toBeCloseTo(500_000, 6);
  });
});

describe('futures lock-in: validation', () => {
  it('names every bad field', () => {
    const r = planFutures({ target: { symbol: 'X', quantity: Number.NaN, price: -1, currency: 'eur', volAnnual: 0.2, dividendYield: 0 }, futuresPrice: Infinity, contractSize: 0, rounding: 'sideways' as never, fees: { commissionPerContract: 'abc', exchangeFeePerContract: '-1' }, stressMove: 2, tailing: true } as FuturesInput);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const fields = r.errors.map((e) => e.field);
    for (const f of ['target.quantity', 'target.price', 'target.currency', 'futuresPrice', 'contractSize', 'rounding', 'fees.commissionPerContract', 'fees.exchangeFeePerContract', 'stressMove', 'r', 'tenorYears']) {
      expect(fields).toContain(f);
    }
  });

  it('refuses a zero quantity and a non-object', () => {
    expect(planFutures({ target: target(0, 5), futuresPrice: 5, contractSize: 10 }).ok).toBe(false);
    expect(planFutures(null as never).ok).toBe(false);
  });
});

describe('fewer units than one contract, rounded down', () => {
  // 40 t needed, 50 t contracts, rounding down: 40 / 50 = 0.8 -> 0 whole contracts (arithmetic).
  it('says plainly that nothing is hedged, with no negative zero in the money figures', () => {
    const r = planFutures({
      target: { symbol: 'wheat', quantity: -40, price: 215, currency: 'EUR', volAnnual: 0, dividendYield: 0 },
      futuresPrice: 222,
      contractSize: 50,
      rounding: 'down',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.legs[0]?.contracts).toBe(0);
    expect(r.value.label).toMatch(/^No whole contract: 40 units is less than one contract of 50/);
    expect(r.value.lockedValue.amount.toFixed()).toBe('0');
    for (const m of [r.value.floor, r.value.cap]) if (m) expect(m.amount.isNegative() && m.amount.isZero()).toBe(false);
    expect(r.value.residualRisk.description).toContain('40 units stay exposed');
  });

  it('says when whole contracts over-hedge (40 t needed, one 50 t contract bought)', () => {
    const r = planFutures({
      target: { symbol: 'wheat', quantity: -40, price: 215, currency: 'EUR', volAnnual: 0, dividendYield: 0 },
      futuresPrice: 222,
      contractSize: 50,
    });
    expect(r.ok && r.value.residualRisk.description).toContain('cover 10 units more than the position');
  });
});
