import { describe, it, expect } from 'vitest';
import { planFutures } from '../../../src/engine/hedges/futures';
import type { FuturesInput } from '../../../src/engine/hedges/futures';
import type { TargetPosition } from '../../../src/engine/hedges/inputs';
import { buildMoveTable } from '../../../src/engine/hedges/axis';

const target = (quantity: number, price: number, symbol = 'X', currency = 'USD'): TargetPosition => ({
  symbol, quantity, price, currency, volAnnual: 0.3, dividendYield: 0,
});

interface Extra extends Omit<Partial<FuturesInput>, 'sizing' | 'market'> {
  readonly expectedBasis?: number;
  readonly rounding?: 'down' | 'nearest' | 'up';
  readonly hedgeRatio?: number;
}

/** A futures input in the engine's one signature: target, market, sizing, then the rest. */
function input(t: TargetPosition, futuresPrice: number, contractSize: number, extra: Extra = {}): FuturesInput {
  const { expectedBasis, rounding, hedgeRatio, ...rest } = extra;
  return {
    target: t,
    market: { futuresPrice, ...(expectedBasis !== undefined ? { expectedBasis } : {}) },
    sizing: { contractSize, ...(rounding ? { rounding } : {}), ...(hedgeRatio !== undefined ? { hedgeRatio } : {}) },
    ...rest,
  };
}

function plan(t: TargetPosition, futuresPrice: number, contractSize: number, extra: Extra = {}) {
  const r = planFutures(input(t, futuresPrice, contractSize, extra));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe('futures lock-in: Hull reference cases', () => {
  // Hull, "Options, Futures, and Other Derivatives", 11th ed., §3.3 Example 3.1: a US company
  // receives 50 million yen, shorts 4 yen futures (12.5 million yen each) at 1.0800 cents per yen;
  // at close-out spot 1.0200, futures 1.0250 -> effective price F1 + b2 = 1.0750 cents, total
  // $537,500. Prices here in USD per yen. Tolerance: exact to the cent (1e-9 on the rate).
  it('Example 3.1 (short hedge, yen receivable): 4 contracts, 1.0750 cents, $537,500', () => {
    const p = plan(target(50_000_000, 0.0105, 'JPY'), 0.0108, 12_500_000, { expectedBasis: 0.0102 - 0.01025 });
    expect(p.extras.contracts).toBe(4);
    expect(p.legs[0]?.side).toBe('sell');
    expect(p.extras.lockedPrice).toBeCloseTo(0.01075, 9);
    expect(p.extras.lockedValue.amount.toNumber()).toBe(537_500);
    // With the basis as assumed, the hedged value is 537,500 whatever the spot at close-out.
    expect(p.payoff.hedged(0.0102)).toBeCloseTo(537_500, 4);
    expect(p.payoff.hedged(0.0130)).toBeCloseTo(537_500, 4);
  });

  // Hull 11th ed. §3.3 Example 3.2: buy 20,000 barrels later, long 20 contracts (1,000 barrels) at
  // $48.00; at close-out spot $50.00, futures $49.10 -> basis 0.90, effective 48.90, total $978,000.
  // Tolerance 1e-6 dollars.
  it('Example 3.2 (long hedge, oil buyer): 20 contracts, $48.90, total paid $978,000', () => {
    const p = plan(target(-20_000, 47, 'CL'), 48, 1_000, { expectedBasis: 50 - 49.1 });
    expect(p.extras.contracts).toBe(20);
    expect(p.legs[0]?.side).toBe('buy');
    expect(p.extras.lockedPrice).toBeCloseTo(48.9, 9);
    expect(p.extras.lockedValue.amount.toNumber()).toBe(-978_000);
    expect(p.payoff.hedged(50)).toBeCloseTo(-978_000, 6);
    expect(p.floor?.amount.toNumber()).toBe(-978_000);
    expect(p.cap?.amount.toNumber()).toBe(-978_000);
  });

  // Hull 11th ed. §3.3 "The Basis": S1 = 2.50, F1 = 2.20, S2 = 2.00, F2 = 1.90 -> b2 = 0.10 and the
  // effective price S2 + F1 − F2 = F1 + b2 = 2.30 for a short and for a long hedger. Tolerance 1e-9.
  it('basis example: effective price 2.30 for both a short and a long hedger', () => {
    const short = plan(target(1_000, 2.5), 2.2, 1_000, { expectedBasis: 0.1 });
    const long = plan(target(-1_000, 2.5), 2.2, 1_000, { expectedBasis: 0.1 });
    expect(short.extras.lockedPrice).toBeCloseTo(2.3, 9);
    expect(short.payoff.hedged(2.0) / 1_000).toBeCloseTo(2.3, 9);
    expect(-long.payoff.hedged(2.0) / 1_000).toBeCloseTo(2.3, 9);
  });

  // Contract spec: CBOT Chicago SRW wheat futures (ZW) are 5,000 bushels per contract (CME Group
  // contract specifications; Hull 11th ed. §2.2 also quotes 5,000 bushels). A miller needing
  // 27,000 bushels: 5.4 contracts -> 5 (nearest), remainder 2,000 bushels unhedged. Exact.
  it('CBOT wheat, 5,000 bushels: whole contracts and the unhedged remainder', () => {
    const p = plan(target(-27_000, 6.1, 'ZW'), 6.25, 5_000);
    expect(p.extras.contracts).toBe(5);
    expect(p.hedgedQuantity).toBe(25_000);
    expect(p.unhedgedQuantity).toBe(2_000);
    expect(plan(target(-27_000, 6.1), 6.25, 5_000, { rounding: 'up' }).extras.contracts).toBe(6);
    // The remainder still moves: 2,000 bushels × 1.00 price change.
    expect(p.payoff.hedged(7.1) - p.payoff.hedged(6.1)).toBeCloseTo(-2_000, 6);
  });
});

describe('futures lock-in: ledger, tailing, moves', () => {
  it('fees and margins: exact decimal lines, margin held not spent', () => {
    const p = plan(target(-27_000, 6.1), 6.25, 5_000, {
      fees: { commissionPerContract: '2.10', exchangeFeePerContract: '0.85' }, margin: { initialPerContract: '1,650.00', stressMove: 0.2 },
    });
    expect(p.ledger.totalCost.amount.toFixed()).toBe('14.75'); // 5 × (2.10 + 0.85)
    // initial 5 × 1,650 = 8,250; stress 5 × 5,000 × 6.25 × 0.2 = 31,250
    expect(p.ledger.totalHeld.amount.toFixed()).toBe('39500');
    expect(p.ledger.lines.map((l) => l.kind)).toEqual(['commission', 'exchange-fee', 'initial-margin', 'variation-margin']);
  });

  // Hull, OFOD 11th ed., §3.4 "Tailing the hedge", eq. 3.3: N* = ĥ·VA/VF, VA = QA·S0, VF = QF·F0: the
  // value ratio applied ONCE. With F0 = S0·e^{rT} (cost of carry, Hull eq. 5.1), r = 5 %, T = 1:
  // 100,000 × 100 / (100·e^{0.05} × 100) = 1,000·e^{−0.05} = 951.229 contracts. Multiplying by
  // e^{−rT} again would give 904.84, about 5 % short. Tolerance 1e-9.
  it('tailing is N* = h·VA/VF, applied once: 951.23 contracts, not 904.84', () => {
    const F = 100 * Math.exp(0.05);
    const p = plan(target(100_000, 100), F, 100, { tailing: true });
    expect(p.extras.exactContracts).toBeCloseTo(951.229424500714, 9);
    expect(p.extras.exactContracts).not.toBeCloseTo(904.837418, 1);
    expect(p.extras.contracts).toBe(951);
    expect(p.extras.tailed).toBe(true);
  });

  // FRM Part 1 practice question "Tailing the hedge" (Bionic Turtle, after Hull §3.4): an
  // airline buys 5,000,000 gallons of jet fuel; heating-oil futures of 42,000 gallons; ĥ = 0.90 × 1.30 %
  // / 1.50 % = 0.78; S0 = 3.10, F0 = 3.60: N* = 0.78 × 15,500,000 / 151,200 = 79.96 → 80 long contracts.
  it('FRM tailing example: ĥ = 0.78, VA = 15.5m, VF = 151,200 → 79.96 → 80 long', () => {
    const p = plan(target(-5_000_000, 3.1, 'JET'), 3.6, 42_000, { tailing: true, hedgeRatio: 0.78 });
    expect(p.extras.exactContracts).toBeCloseTo(79.9603, 4);
    expect(p.extras.contracts).toBe(80);
    expect(p.legs[0]?.side).toBe('buy');
  });

  // Same example: tailed quantities are in futures units, never spot units minus futures units.
  // Hull eq. 3.3 asks for 79.96 contracts × 42,000 = 3,358,333.3 gallons of futures; 80 contracts
  // cover 3,360,000, so 1,666.7 gallons of futures are over-hedged (−), not 1,640,000 "unhedged".
  it('tailed plans report quantities in futures units (target − hedged), within one contract', () => {
    const p = plan(target(-5_000_000, 3.1, 'JET'), 3.6, 42_000, { tailing: true, hedgeRatio: 0.78 });
    expect(p.targetQuantity).toBeCloseTo((0.78 * 5_000_000 * 3.1) / 3.6, 6);
    expect(p.hedgedQuantity).toBe(3_360_000);
    expect(p.unhedgedQuantity).toBeCloseTo((0.78 * 5_000_000 * 3.1) / 3.6 - 3_360_000, 6);
    expect(Math.abs(p.unhedgedQuantity)).toBeLessThan(42_000);
  });

  // Exact decimal arithmetic: 2,500 × 0.28 = 700 exactly, 700 / 100 = 7 contracts rounding up. In binary
  // floating point 2500 * 0.28 is 700.0000000000001 (IEEE 754 double), which rounds up to 8.
  it('sizes in decimal: 2,500 × 0.28 rounded up is 7 contracts of 100, not 8', () => {
    expect(2500 * 0.28).toBeGreaterThan(700); // the float trap this guards against
    const p = plan(target(2_500, 10), 10, 100, { hedgeRatio: 0.28, rounding: 'up' });
    expect(p.extras.contracts).toBe(7);
    expect(p.unhedgedQuantity).toBe(0);
  });

  // One rounding rule: the floor is computed in decimal from the exact inputs and rounded once, half-even,
  // to cents, so it equals its own locked value to the cent. 22,101.75 units × (0.1 + 0.2) = 6,630.525
  // exactly, which rounds half-even to 6,630.52 (the float product 6,630.525000000001 would give 6,630.53).
  it('a futures floor equals its own locked value to the cent (6,630.52, half-even, once)', () => {
    const p = plan(target(22_101.75, 0.3), 0.1, 0.25, { expectedBasis: 0.2 });
    expect(p.extras.contracts).toBe(88_407);
    expect(p.extras.lockedValue.amount.toFixed()).toBe('6630.52');
    expect(p.floor?.amount.toFixed()).toBe('6630.52');
    expect(p.cap?.amount.toFixed()).toBe('6630.52');
  });

  it('the ±20 % move table reads the price axis: hedged flat, unhedged moves', () => {
    const p = plan(target(10_000, 50), 50, 1_000);
    expect(p.axis.kind).toBe('price');
    expect(p.axis.today).toBe(50);
    const rows = buildMoveTable(p);
    [40, 45, 50, 55, 60].forEach((x, i) => expect(rows[i]!.x).toBeCloseTo(x, 9));
    expect(rows[0]!.unhedged).toBeCloseTo(400_000, 6);
    expect(rows[4]!.unhedged).toBeCloseTo(600_000, 6);
    for (const r of rows) expect(r.hedged).toBeCloseTo(500_000, 6);
  });
});

describe('futures lock-in: validation', () => {
  it('names every bad field', () => {
    const r = planFutures({
      target: { symbol: 'X', quantity: Number.NaN, price: -1, currency: 'eur', volAnnual: 0.2, dividendYield: 0 },
      market: { futuresPrice: Infinity }, sizing: { contractSize: 0, rounding: 'sideways' as never },
      fees: { commissionPerContract: 'abc', exchangeFeePerContract: '-1' }, margin: { stressMove: 2 }, tailing: 'yes' as never,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const fields = r.errors.map((e) => e.field);
    for (const f of ['target.quantity', 'target.price', 'target.currency', 'market.futuresPrice', 'sizing.contractSize', 'sizing.rounding', 'fees.commissionPerContract', 'fees.exchangeFeePerContract', 'margin.stressMove', 'tailing']) {
      expect(fields).toContain(f);
    }
  });

  it('refuses a zero quantity and a non-object', () => {
    expect(planFutures(input(target(0, 5), 5, 10)).ok).toBe(false);
    expect(planFutures(null as never).ok).toBe(false);
  });
});

describe('fewer units than one contract, rounded down', () => {
  // 40 t needed, 50 t contracts, rounding down: 40 / 50 = 0.8 -> 0 whole contracts (arithmetic).
  it('says plainly that nothing is hedged, with no negative zero in the money figures', () => {
    const r = planFutures(input({ symbol: 'wheat', quantity: -40, price: 215, currency: 'EUR', volAnnual: 0, dividendYield: 0 }, 222, 50, { rounding: 'down' }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.legs[0]?.contracts).toBe(0);
    expect(r.value.label).toMatch(/^No whole contract: 40 units is less than one contract of 50/);
    expect(r.value.extras.lockedValue.amount.toFixed()).toBe('0');
    for (const m of [r.value.floor, r.value.cap]) if (m) expect(m.amount.isNegative() && m.amount.isZero()).toBe(false);
    expect(r.value.residualRisk.description).toContain('40 units stay exposed');
  });

  it('says when whole contracts over-hedge (40 t needed, one 50 t contract bought)', () => {
    const r = planFutures(input({ symbol: 'wheat', quantity: -40, price: 215, currency: 'EUR', volAnnual: 0, dividendYield: 0 }, 222, 50));
    expect(r.ok && r.value.residualRisk.description).toContain('cover 10 units more than the position');
  });
});

describe('futures ledger wording', () => {
  it('names one contract in the singular and several in the plural', () => {
    const fees = { commissionPerContract: '2.50', exchangeFeePerContract: '0.60' };
    const margin = { initialPerContract: '900', stressMove: 0.2 };
    // 40 t of wheat on 50 t contracts rounds to 1 contract; 120 t to 2 (nearest).
    const one = plan(target(40, 215, 'W', 'EUR'), 222, 50, { fees, margin }).ledger.lines.map((l) => l.label);
    expect(one).toContain('Commission: 1 contract × 2.5');
    expect(one).toContain('Exchange fees: 1 contract × 0.6');
    expect(one).toContain('Initial margin: 1 contract × 900');
    const two = plan(target(120, 215, 'W', 'EUR'), 222, 50, { fees, margin }).ledger.lines.map((l) => l.label);
    expect(two).toContain('Commission: 2 contracts × 2.5');
  });
});
