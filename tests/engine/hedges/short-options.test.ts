/** Hedges of a short holding (quantity < 0): protective call, call spread, short collar, buy-back. */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/engine/money';
import { planCallSpread, planProtectiveCall } from '../../../src/engine/hedges/short-options';
import { planShortCollar } from '../../../src/engine/hedges/short-collar';
import { planBuyBack } from '../../../src/engine/hedges/buy-back';
import type { Result } from '../../../src/engine/result';
import type { TargetPosition } from '../../../src/engine/hedges/inputs';

const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};
const noFees = { commissionPerContract: '0', exchangeFeePerContract: '0' };
const short = (quantity: number, price: number, extra: Partial<TargetPosition> = {}): TargetPosition => ({ symbol: 'S', quantity, price, currency: 'USD', volAnnual: 0.2, dividendYield: 0, ...extra });

describe('protective call on a short: priced against published call values', () => {
  it('Hull, OFOD 10th ed. Example 15.6 (S = 42, K = 40, r = 10 %, σ = 20 %, T = 0.5, c = 4.76): short 500, calls cap the buy-back at 40', () => {
    const p = value(planProtectiveCall({ target: short(-500, 42), market: { r: 0.1, tenorYears: 0.5 }, sizing: { contractSize: 100 }, fees: noFees, exercise: 'european', callStrike: 40 }));
    expect(p.extras.contracts).toBe(5);
    expect(Math.abs(p.extras.premiumPerUnit - 4.76)).toBeLessThanOrEqual(0.005); // half a cent: Hull prints 2 decimals
    // Worst value = −(500 × 40 + 500 × 4.76) = −22,380 (± 500 × 0.005): the buy-back never costs more.
    expect(Math.abs(p.floor!.amount.toNumber() + 22_380)).toBeLessThanOrEqual(2.5);
    // Breakeven on a fall: 42 − 4.76 = 37.24 (± 0.005).
    expect(Math.abs(p.breakeven! - 37.24)).toBeLessThanOrEqual(0.005);
    // Best value: the price falls to zero and only the premium is lost.
    expect(p.cap!.amount.toNumber()).toBeCloseTo(-p.ledger.totalCost.amount.toNumber(), 2);
    expect(p.payoff.hedged(60)).toBeCloseTo(p.payoff.hedged(40), 6); // flat above the strike
    expect(p.extras.upsideKept).toBe(1); // all of a fall's gain below the strike is kept
  });

  it('Hull, OFOD 10th ed. Example 17.1 (index call with a dividend yield: S = 930, K = 900, r = 8 %, q = 3 %, σ = 20 %, T = 2/12, c = 51.83): short 200 units', () => {
    const target = short(-200, 930, { volAnnual: 0.2, dividendYield: 0.03, symbol: 'IDX' });
    const p = value(planProtectiveCall({ target, market: { r: 0.08, tenorYears: 2 / 12 }, sizing: { contractSize: 100 }, fees: { commissionPerContract: '1.50', exchangeFeePerContract: '0.50' }, exercise: 'european', callStrike: 900 }));
    expect(Math.abs(p.extras.premiumPerUnit - 51.83)).toBeLessThanOrEqual(0.005);
    // Fees: 2 contracts × (1.50 + 0.50) = 4.00 exactly.
    const fees = p.ledger.lines.filter((l) => l.kind !== 'premium').reduce((s, l) => s.plus(l.amount.amount), new Decimal(0));
    expect(fees.equals(new Decimal('4'))).toBe(true);
    // Worst value −(200 × 900 + 200 × 51.83 + 4) = −190,370 (± 200 × 0.005).
    expect(Math.abs(p.floor!.amount.toNumber() + 190_370)).toBeLessThanOrEqual(1);
  });

  it('refuses a long holding with a plain message on the quantity', () => {
    const r = planProtectiveCall({ target: short(300, 50), market: { r: 0.05, tenorYears: 0.25 }, sizing: { contractSize: 100 }, callStrike: 55 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toEqual({ field: 'target.quantity', message: expect.stringContaining('short holding') });
  });

  it('a bid/ask quote: the bought call costs the ask; the plan says where it came from', () => {
    const p = value(planProtectiveCall({ target: short(-100, 50), market: { r: 0.05, tenorYears: 0.25 }, sizing: { contractSize: 100 }, callStrike: 55, callPremiumQuote: { bid: '1.20', ask: '1.35' } }));
    expect(p.extras.premiumPerUnit).toBe(1.35);
    expect(p.extras.premiumSource).toBe('ask');
    expect(p.ledger.totalCost.amount.equals(new Decimal('135'))).toBe(true);
  });
});

describe('call spread on a short: Hull, OFOD 10th ed. Example 12.1 / Table 12.1 (bull spread with calls)', () => {
  // Buy a 30 call for 3, sell a 35 call for 1: the spread's profit is −2 below 30, S − 32 between,
  // +3 above 35. Hedged − unhedged value per share is exactly that profit.
  const spread = (longQ: unknown, shortQ: unknown) =>
    value(planCallSpread({ target: short(-100, 31, { volAnnual: 0.25 }), market: { r: 0.05, tenorYears: 0.25 }, sizing: { contractSize: 100 }, fees: noFees, longCallStrike: 30, shortCallStrike: 35, longCallPremiumQuote: longQ as string, shortCallPremiumQuote: shortQ as string }));
  it.each([[25, -2], [30, -2], [33, 1], [35, 3], [50, 3]])('S_T = %d -> profit %d per share (single quotes 3 and 1)', (s, profit) => {
    const p = spread('3', '1');
    expect((p.payoff.hedged(s) - p.payoff.unhedged(s)) / 100).toBeCloseTo(profit, 10);
    expect(p.floor).toBeNull(); // above 35 the short loses again
  });
  it('with bid/ask quotes the 30 call is bought at its ask (3) and the 35 call sold at its bid (1): the same table', () => {
    const p = spread({ bid: '2.90', ask: '3' }, { bid: '1', ask: '1.10' });
    expect(p.extras.longCallPremiumSource).toBe('ask');
    expect(p.extras.shortCallPremiumSource).toBe('bid');
    expect(p.ledger.totalCost.amount.equals(new Decimal('200'))).toBe(true);
    expect((p.payoff.hedged(33) - p.payoff.unhedged(33)) / 100).toBeCloseTo(1, 10);
  });
  it('only a last price: used for both legs, and the source says "last"', () => {
    const p = spread({ last: '3' }, { last: '1' });
    expect([p.extras.longCallPremiumSource, p.extras.shortCallPremiumSource]).toEqual(['last', 'last']);
  });
  it('a bid alone for the bought leg, or a bid above the ask, is a field error', () => {
    const a = planCallSpread({ target: short(-100, 31), market: { r: 0.05, tenorYears: 0.25 }, sizing: { contractSize: 100 }, longCallStrike: 30, shortCallStrike: 35, longCallPremiumQuote: { bid: '2.9' } });
    expect(a.ok ? [] : a.errors.map((e) => e.field)).toEqual(['longCallPremiumQuote.ask']);
    const b = planCallSpread({ target: short(-100, 31), market: { r: 0.05, tenorYears: 0.25 }, sizing: { contractSize: 100 }, longCallStrike: 30, shortCallStrike: 35, shortCallPremiumQuote: { bid: '1.2', ask: '1.1' } });
    expect(b.ok ? [] : b.errors.map((e) => e.field)).toEqual(['shortCallPremiumQuote.bid']);
  });
});

describe('short collar: buy a call, write a put', () => {
  const base = { market: { r: 0.06, tenorYears: 0.5 }, sizing: { contractSize: 100 }, fees: noFees, exercise: 'european' as const };
  it('zero cost with the call struck at the forward: put–call parity (Hull eq. 17.x: c − p = S·e^{−qT} − K·e^{−rT} = 0 at K = F) puts the put at the same strike', () => {
    const target = short(-300, 80, { dividendYield: 0.02, volAnnual: 0.3 });
    const forward = 80 * Math.exp((0.06 - 0.02) * 0.5);
    const p = value(planShortCollar({ ...base, target, callStrike: forward, solveZeroCost: true }));
    expect(p.extras.putStrike).toBeCloseTo(forward, 6);
  });
  it('zero cost with a call above the forward: the put strike is below it and the premiums match; worst value at the call strike, best at the put strike', () => {
    const target = short(-300, 80, { dividendYield: 0.02, volAnnual: 0.3 });
    const p = value(planShortCollar({ ...base, target, callStrike: 90, solveZeroCost: true }));
    expect(p.extras.putStrike).toBeLessThan(80);
    expect(Math.abs(p.extras.callPremiumPerUnit - p.extras.putPremiumPerUnit)).toBeLessThan(0.005);
    const cost = p.ledger.totalCost.amount.toNumber();
    expect(p.floor!.amount.toNumber()).toBeCloseTo(-300 * 90 - cost, 2);
    expect(p.cap!.amount.toNumber()).toBeCloseTo(-300 * p.extras.putStrike - cost, 2);
  });
  it('a typed put strike above the call strike is refused on the put strike', () => {
    const r = planShortCollar({ ...base, target: short(-300, 80), callStrike: 85, putStrike: 90 });
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['putStrike']);
  });
});

describe('buy-back: close the short now (Hull, OFOD 10th ed. §5.2: a short is closed by buying the shares back)', () => {
  it('300 shares at an ask of 50.10 plus a 9.95 commission cost 15,039.95; the value is then locked', () => {
    const p = value(planBuyBack({ target: short(-300, 50), buyBackPrice: 50.1, commission: '9.95' }));
    expect(p.extras.buyBackCost.amount.equals(new Decimal('15039.95'))).toBe(true);
    expect(p.floor!.amount.equals(new Decimal('-15039.95'))).toBe(true);
    expect(p.cap!.amount.equals(new Decimal('-15039.95'))).toBe(true);
    expect(p.payoff.hedged(80)).toBeCloseTo(-15039.95, 8);
  });
  it('half the short, in lots of 100: 150 of 300 rounds to 200 (nearest) and 100 (down); the rest still loses on a rise', () => {
    const p = value(planBuyBack({ target: short(-300, 50), sizing: { hedgeRatio: 0.5, contractSize: 100, rounding: 'down' } }));
    expect(p.extras.unitsBoughtBack).toBe(100);
    expect(p.floor).toBeNull();
    expect(p.payoff.hedged(60) - p.payoff.hedged(50)).toBeCloseTo(-2000, 8);
  });
  it('refuses a long holding', () => {
    expect(planBuyBack({ target: short(300, 50) }).ok).toBe(false);
  });
});
