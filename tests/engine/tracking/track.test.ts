import { describe, expect, it } from 'vitest';
import { adjustHedge, regressTrackedHedge, toDecimalString, trackHedge } from '../../../src/engine';
import type { HedgeTracking, Result, TrackedHedgeInput, TrackingMarket, TrackingNow } from '../../../src/engine';

const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};
const money = (m: { amount: { toNumber(): number } }) => m.amount.toNumber();

const futures = (over: Partial<TrackedHedgeInput> = {}): TrackedHedgeInput => ({
  kind: 'futures', side: 'long', currency: 'USD', openedOn: '2025-06-05', expiry: '2025-12-29', contracts: 2, contractSize: 100,
  entryPrice: 1250, feePerContract: '0', realized: '0', item: { quantity: -200, priceAtOpen: 1250 }, ...over,
});
const now: TrackingNow = { positionQuantity: -200, hedgeRatio: 1 };

// Hull, Options, Futures, and Other Derivatives, 9th ed., §2.4 and Table 2.1 (daily settlement): an
// investor buys 2 December gold futures of 100 ounces at $1,250. Settlement at $1,241.00 on day 1
// is a daily loss of $1,800; at $1,226.90 on day 16 the cumulative loss is $4,620. Exact to the cent.
describe('futures marked to today’s price × contract size × contracts (Hull Table 2.1)', () => {
  it.each([[1241, -1800], [1238.3, -2340], [1244.6, -1080], [1226.9, -4620]])('settlement %s → cumulative %s', (price, pnl) => {
    const t = value(trackHedge({ hedge: futures(), market: { today: '2025-06-06', itemPrice: price, futuresPrice: price, r: 0.05 }, now }));
    expect(toDecimalString(t.mark.unrealized)).toBe(String(pnl));
    expect(t.protection).toMatchObject({ kind: 'locked', level: 1250, contractsHeld: 2, contractsNeeded: 2, coverage: 1 });
  });
  it('the same trade sold (a short hedge) gains what the buyer loses', () => {
    const t = value(trackHedge({ hedge: futures({ side: 'short' }), market: { today: '2025-06-06', itemPrice: 1226.9, futuresPrice: 1226.9, r: 0 }, now }));
    expect(toDecimalString(t.mark.totalPnl)).toBe('4620');
  });
});

// Hull, OFOD 9th ed., Example 15.6: S = 42, K = 40, r = 10 %, σ = 20 %, T = 0.5: c = 4.76, p = 0.81.
// Dates give 183 calendar days (0.5014 years); half a day of theta moves these prices by < 0.007,
// so the tolerance is 0.01.
describe('options repriced with Black–Scholes at the time left (Hull Ex. 15.6)', () => {
  const market: TrackingMarket = { today: '2025-07-02', itemPrice: 42, r: 0.1, q: 0, vol: 0.2 };
  const option = (kind: 'put' | 'call', over: Partial<TrackedHedgeInput> = {}): TrackedHedgeInput => ({
    kind, side: 'long', currency: 'USD', openedOn: '2025-03-01', expiry: '2026-01-01', contracts: 3, contractSize: 100, strike: 40,
    entryPrice: 1.5, feePerContract: '1.25', realized: '0', item: { quantity: 300, priceAtOpen: 45 }, ...over,
  });
  it('a call bought: 4.76 per share, 300 shares', () => {
    const t = value(trackHedge({ hedge: option('call'), market, now: { positionQuantity: 300, hedgeRatio: 1 } }));
    expect(t.mark.unitPrice).toBeCloseTo(4.76, 1);
    expect(Math.abs(t.mark.unitPrice - 4.76)).toBeLessThan(0.01);
    expect(money(t.mark.marketValue)).toBeCloseTo(300 * t.mark.unitPrice, 2);
    expect(money(t.mark.unrealized)).toBeCloseTo(300 * (t.mark.unitPrice - 1.5), 2);
    expect(t.mark.daysLeft).toBe(183);
  });
  it('a put bought: 0.81 per share; its floor is the strike', () => {
    const t = value(trackHedge({ hedge: option('put', { entryPrice: 2.1 }), market, now: { positionQuantity: 300, hedgeRatio: 1 } }));
    expect(Math.abs(t.mark.unitPrice - 0.81)).toBeLessThan(0.01);
    expect(t.protection).toMatchObject({ kind: 'floor', level: 40, daysLeft: 183 });
  });
  it('a short position protected by a call (the risk is a rise): a cap, and a put sold is marked as a liability', () => {
    const t = value(trackHedge({ hedge: option('call', { item: { quantity: -300, priceAtOpen: 38 } }), market, now: { positionQuantity: -300, hedgeRatio: 1 } }));
    expect(t.protection.kind).toBe('cap');
    // The short lost 300 × 4 = 1,200; the call gained 300 × (4.76 − 1.50) ≈ 978: offset ≈ 0.82 (inside 80–125 %).
    expect(money(t.dollarOffset.itemChange)).toBe(-1200);
    expect(t.dollarOffset.ratio).toBeCloseTo((300 * (t.mark.unitPrice - 1.5)) / 1200, 6);
    expect(t.dollarOffset.passes).toBe(true);
    const sold = value(trackHedge({ hedge: option('put', { side: 'short', entryPrice: 0.5 }), market, now: { positionQuantity: 300, hedgeRatio: 1 } }));
    expect(money(sold.mark.marketValue)).toBeLessThan(0);
  });
});

// Hull, OFOD 9th ed., Problem 5.9: a one-year forward on a non-dividend-paying stock entered at
// S = 40, r = 10 % (delivery price 40e^0.1 = 44.21); six months later S = 45: value 45 − 44.21e^−0.05 = 2.95.
// And §5.7: six months left, S = 25, K = 24, r = 10 %: f = 25 − 24e^−0.05 = 2.17. Dates give 183 days
// (0.5014 years): the tolerance is 0.01.
describe('forwards discounted (Hull §5.7)', () => {
  const fwd = (strike: number, over: Partial<TrackedHedgeInput> = {}): TrackedHedgeInput => ({
    kind: 'forward', side: 'long', currency: 'USD', openedOn: '2025-01-01', expiry: '2026-01-01', contracts: 1, contractSize: 1, strike,
    feePerContract: '0', realized: '0', item: { quantity: -1, priceAtOpen: 40 }, ...over,
  });
  it.each([[40 * Math.exp(0.1), 45, 2.95], [24, 25, 2.17]])('K = %s, S = %s → %s', (strike, spot, f) => {
    const t = value(trackHedge({ hedge: fwd(strike), market: { today: '2025-07-02', itemPrice: spot, r: 0.1 }, now: { positionQuantity: -1, hedgeRatio: 1 } }));
    expect(Math.abs(t.mark.unitPrice - f)).toBeLessThan(0.01);
  });
  it('a EUR importer’s USD forward (another currency, rf > 0): S·e^(−rf·T) − K·e^(−rd·T), in EUR', () => {
    const h = fwd(0.9185, { currency: 'EUR', contractSize: 180_000, item: { quantity: -180_000, priceAtOpen: 0.92 } });
    const t = value(trackHedge({ hedge: h, market: { today: '2025-07-02', itemPrice: 0.95, r: 0.0225, q: 0.0425 }, now: { positionQuantity: -180_000, hedgeRatio: 1 } }));
    const years = 183 / 365;
    expect(money(t.mark.unrealized)).toBeCloseTo(180_000 * (0.95 * Math.exp(-0.0425 * years) - 0.9185 * Math.exp(-0.0225 * years)), 1);
    expect(t.mark.unrealized.currency).toBe('EUR');
  });
});

// legalclarity.org, "How the Dollar-Offset Method Tests Hedge Effectiveness": a hedge gaining
// $10,000 against a hedged item losing $11,000 offsets 10,000 / 11,000 ≈ 0.91, inside 80–125 %;
// a hedge capturing 70 % of the move fails. (SAP Help, "Dollar Offset Method": effective between 80 and 125 %.)
describe('dollar offset so far', () => {
  const short = futures({ side: 'short', contracts: 1, contractSize: 1000, entryPrice: 100, item: { quantity: 1000, priceAtOpen: 100 } });
  const at = (item: number, fut: number) => value(trackHedge({ hedge: short, market: { today: '2025-07-01', itemPrice: item, futuresPrice: fut, r: 0 }, now: { positionQuantity: 1000, hedgeRatio: 1 } }));
  it('$10,000 against −$11,000 → 0.91, effective', () => {
    const t = at(89, 90);
    expect(toDecimalString(t.dollarOffset.itemChange)).toBe('-11000');
    expect(toDecimalString(t.dollarOffset.hedgeChange)).toBe('10000');
    expect(t.dollarOffset.ratio).toBeCloseTo(0.91, 2);
    expect(t.dollarOffset.passes).toBe(true);
  });
  it('70 % captured fails; an item that has not moved gives no ratio', () => {
    expect(at(90, 93).dollarOffset.passes).toBe(false);
    expect(at(100, 99).dollarOffset.ratio).toBeNull();
  });
});

// Hull, OFOD 9th ed., §3.6 and Table 3.5 (stack and roll): a short oil hedge rolled twice. October
// futures sold at 68.20, closed at 67.40; March sold at 67.00, closed at 66.50; July sold at 66.30,
// closed at 65.90: a gain of 1.70 per barrel, while the spot fell from 69.00 to 66.00.
describe('roll and unwind (Hull Table 3.5)', () => {
  const barrels = 1000;
  const start = futures({ side: 'short', contracts: 1, contractSize: barrels, entryPrice: 68.2, openedOn: '2017-04-03', expiry: '2017-09-20', item: { quantity: barrels, priceAtOpen: 69 } });
  const nowOil: TrackingNow = { positionQuantity: barrels, hedgeRatio: 1 };
  const roll = (h: TrackedHedgeInput, today: string, price: number, rollExpiry: string, rollPrice: number): TrackedHedgeInput => {
    const terms = value(adjustHedge({ action: 'roll', hedge: h, market: { today, itemPrice: price, futuresPrice: price, r: 0 }, now: { ...nowOil, rollExpiry, rollPrice } }));
    return { ...h, expiry: terms.expiry, entryPrice: terms.entryPrice ?? undefined, realized: terms.realized, contracts: terms.contracts };
  };
  it('two rolls and an unwind realize 1.70 a barrel; the offset against the spot’s 3.00 fall is 0.57 (fails)', () => {
    const march = roll(start, '2017-09-15', 67.4, '2018-02-20', 67);
    expect(march.realized).toBe('800');
    const july = roll(march, '2018-02-15', 66.5, '2018-06-20', 66.3);
    expect(july.realized).toBe('1300');
    const market = { today: '2018-06-15', itemPrice: 66, futuresPrice: 65.9, r: 0 };
    const t = value(trackHedge({ hedge: july, market, now: nowOil }));
    expect(toDecimalString(t.mark.totalPnl)).toBe('1700');
    expect(t.dollarOffset.ratio).toBeCloseTo(1.7 / 3, 6);
    expect(t.dollarOffset.passes).toBe(false);
    const closed = value(adjustHedge({ action: 'unwind', hedge: july, market, now: nowOil }));
    expect(closed).toMatchObject({ contracts: 0, closed: true, realized: '1700' });
  });
  it('a roll quote shows fees on both trades and the next month’s price difference', () => {
    const q = value(trackHedge({ hedge: { ...start, feePerContract: '2.50' }, market: { today: '2017-09-15', itemPrice: 67.4, futuresPrice: 67.4, r: 0 }, now: { ...nowOil, rollExpiry: '2018-02-20', rollPrice: 67 } })).adjustments.roll;
    expect(q.ok && toDecimalString(q.value.fees)).toBe('5');
    // Sold at 67.00 instead of 67.40 for a short hedge: 0.40 × 1,000 less locked in.
    expect(q.ok && toDecimalString(q.value.priceDifference)).toBe('-400');
    expect(q.ok && toDecimalString(q.value.netCash)).toBe('795');
  });
  it('rolling a forward, or to a date before the current expiry, is refused in words', () => {
    const t = value(trackHedge({ hedge: start, market: { today: '2017-09-15', itemPrice: 67.4, futuresPrice: 67.4, r: 0 }, now: { ...nowOil, rollExpiry: '2017-09-01', rollPrice: 67 } }));
    expect(t.adjustments.roll).toEqual({ ok: false, message: expect.stringMatching(/new expiry/) });
  });
});

// Hull, OFOD 9th ed., §6.3: one basis point on a Eurodollar futures quote is $25 a contract (a
// contract of 100 × $25 = $2,500 per 1.00 of quote). Five contracts sold at 97.60 and marked at
// 97.20: 40 bp × $25 × 5 = $5,000 gained.
describe('rate futures quoted 100 − rate', () => {
  it('5 contracts short, 97.60 → 97.20: +$5,000', () => {
    const h = futures({ side: 'short', contracts: 5, contractSize: 2500, entryPrice: 97.6, item: { quantity: 12_500, priceAtOpen: 97.6 } });
    const t = value(trackHedge({ hedge: h, market: { today: '2025-07-01', itemPrice: 97.2, futuresPrice: 97.2, r: 0.03 }, now: { positionQuantity: 12_500, hedgeRatio: 1 } }));
    expect(toDecimalString(t.mark.unrealized)).toBe('5000');
  });
});

// Hull, OFOD 9th ed., §29.2: a swap is worth (s − K) × notional × annuity. One annual payment left
// (one year), s = 3 %, K = 2 %, 1,000,000: 0.01 × 1,000,000 × e^−0.03 = 9,704.46; at s = K it is 0.
describe('swaps at (par rate − fixed rate) × annuity', () => {
  const swap: TrackedHedgeInput = { kind: 'swap', side: 'long', currency: 'JPY', openedOn: '2025-01-01', expiry: '2026-07-01', contracts: 1, contractSize: 1_000_000, strike: 0.02, periodYears: 1, feePerContract: '0', realized: '0', item: { quantity: -1, priceAtOpen: 2 } };
  const mark = (s: number) => value(trackHedge({ hedge: swap, market: { today: '2025-07-01', itemPrice: 3, swapRate: s, r: 0.03 }, now: { positionQuantity: -1_000_000, hedgeRatio: 1 } })).mark;
  it('s = 3 %: ¥9,704 (yen have no minor units)', () => expect(toDecimalString(mark(0.03).unrealized)).toBe('9704'));
  it('s = K: worth nothing', () => expect(toDecimalString(mark(0.02).unrealized)).toBe('0'));
});

describe('re-size to the position now', () => {
  const put: TrackedHedgeInput = { kind: 'put', side: 'long', currency: 'EUR', openedOn: '2025-03-01', expiry: '2026-01-01', contracts: 12, contractSize: 100, strike: 56, entryPrice: 3, feePerContract: '1.80', realized: '0', item: { quantity: 1200, priceAtOpen: 62.5 } };
  const market: TrackingMarket = { today: '2025-07-02', itemPrice: 60, r: 0.03, vol: 0.45 };
  it('the position grew to 1,500 shares: 3 contracts to add at today’s premium, fees on 3', () => {
    const t: HedgeTracking = value(trackHedge({ hedge: put, market, now: { positionQuantity: 1500, hedgeRatio: 1 } }));
    expect(t.protection).toMatchObject({ contractsHeld: 12, contractsNeeded: 15, coverage: 0.8 });
    const q = t.adjustments.resize;
    expect(q.ok && q.value.contractsAfter).toBe(15);
    expect(q.ok && toDecimalString(q.value.fees)).toBe('5.4');
    expect(q.ok && money(q.value.openCost)).toBeCloseTo(300 * t.mark.unitPrice, 2);
    const terms = value(adjustHedge({ action: 'resize', hedge: put, market, now: { positionQuantity: 1500, hedgeRatio: 1 } }));
    expect(terms.contracts).toBe(15);
    expect(terms.entryPrice).toBeCloseTo((12 * 3 + 3 * t.mark.unitPrice) / 15, 10);
    expect(terms.realized).toBe('-5.4');
  });
  it('the hedge ratio fell to 50 %: 6 contracts closed realize half the P/L', () => {
    const t = value(trackHedge({ hedge: put, market, now: { positionQuantity: 1200, hedgeRatio: 0.5 } }));
    const terms = value(adjustHedge({ action: 'resize', hedge: put, market, now: { positionQuantity: 1200, hedgeRatio: 0.5 } }));
    expect(terms.contracts).toBe(6);
    expect(Number(terms.realized)).toBeCloseTo(money(t.mark.unrealized) / 2 - 6 * 1.8, 2);
  });
});

// Thresholds: R² ≥ 0.80 and slope between −0.80 and −1.25 (Finnerty & Grant, Accounting Horizons
// 16(2), 2002; the usual regression test of ASC 815 practice).
describe('regression test over the item’s price history', () => {
  const prices = Array.from({ length: 60 }, (_, i) => 100 * Math.exp(0.03 * Math.sin(i / 3) + 0.001 * i));
  it('futures on the item itself: slope −1, R² 1, passes', () => {
    const h = futures({ side: 'short', contracts: 1, contractSize: 1000, entryPrice: 100, item: { quantity: 1000, priceAtOpen: 100 } });
    const r = value(regressTrackedHedge({ hedge: h, market: { today: '2025-07-01', itemPrice: 100, futuresPrice: 101, r: 0 }, itemPrices: prices }));
    expect(r.regression?.slope).toBeCloseTo(-1.01, 6);
    expect(r.regression?.r2).toBeCloseTo(1, 9);
    expect(r.regression?.passes).toBe(true);
  });
  it('a far out-of-the-money put barely moves: slope near 0, fails', () => {
    const h: TrackedHedgeInput = { kind: 'put', side: 'long', currency: 'EUR', openedOn: '2025-03-01', expiry: '2025-09-01', contracts: 10, contractSize: 100, strike: 50, entryPrice: 0.01, feePerContract: '0', realized: '0', item: { quantity: 1000, priceAtOpen: 100 } };
    const r = value(regressTrackedHedge({ hedge: h, market: { today: '2025-07-01', itemPrice: 100, r: 0.02, vol: 0.2 }, itemPrices: prices }));
    expect(Math.abs(r.regression?.slope ?? 1)).toBeLessThan(0.05);
    expect(r.regression?.passes).toBe(false);
  });
  it('too short a history is a plain field error', () => {
    const r = regressTrackedHedge({ hedge: futures(), market: { today: '2025-07-01', itemPrice: 100, futuresPrice: 100, r: 0 }, itemPrices: [1, 2] });
    expect(r.ok ? null : r.errors[0]?.field).toBe('itemPrices');
  });
});

describe('bad input gives field errors, never a throw', () => {
  it.each([
    [{ hedge: futures({ expiry: '2025-02-30' }), market: { today: '2025-07-01', itemPrice: 1, futuresPrice: 1, r: 0 }, now }, 'hedge.expiry'],
    [{ hedge: futures({ expiry: '2025-01-01' }), market: { today: '2025-07-01', itemPrice: 1, futuresPrice: 1, r: 0 }, now }, 'hedge.expiry'],
    [{ hedge: futures(), market: { today: '2025-01-01', itemPrice: 1, futuresPrice: 1, r: 0 }, now }, 'market.today'],
    [{ hedge: futures(), market: { today: '2025-07-01', itemPrice: 1, r: 0 }, now }, 'market.futuresPrice'],
    [{ hedge: futures({ realized: '12abc' }), market: { today: '2025-07-01', itemPrice: 1, futuresPrice: 1, r: 0 }, now }, 'hedge.realized'],
  ])('%#', (input, field) => {
    const r = trackHedge(input);
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toContain(field);
  });
});
