/** A short holding through the calculation layer: which hedges run, their figures, the quotes. */
import { describe, expect, it } from 'vitest';
import { computeMode } from '../../src/calc/calculate';
import { EMPTY_PROXY, hedgeOf, holding, planOf, stockScenario } from './scenarios';

const proxy = { proxyName: 'Index futures', proxyPrice: '4,000', proxyVol: '18', proxyCorrelation: '0.9', proxyContractSize: '10', proxyMargin: '5,000' };

// Hull, OFOD 10th ed. Example 17.1: a European call on an index, S0 = 930, K = 900, r = 8 %, q = 3 %,
// σ = 20 %, T = 2 months -> c = 51.83. Here the index tracker is the SECOND holding, held short.
const hull171 = (stock = {}) =>
  stockScenario(
    [holding('long', { quantity: '500', price: '40', ...proxy }), holding('idx', { name: 'Index tracker', quantity: '-200', price: '930', vol: '20', dividendYield: '3', ...proxy })],
    { rate: '8', expiryDays: String((2 / 12) * 365), tenorDays: String((2 / 12) * 365), exercise: 'european', strikeMode: 'price', callStrike: '900', upperCallStrike: '960', putStrike: '880', contractSize: '100', commission: '0', exchangeFee: '0', zeroCostCollar: false, ...stock },
    'idx',
  );

describe('a short target (another holding than the first, r > 0, a dividend yield)', () => {
  it('runs the hedges of a short first; the put, collar, put spread and short sale say plainly they do not apply', () => {
    const r = computeMode(hull171());
    expect(r.fieldErrors).toEqual({});
    expect(r.hedges.map((h) => h.id)).toEqual(['protective-call', 'short-collar', 'call-spread', 'stock-futures', 'buy-back', 'cross', 'beta', 'protective-put', 'collar', 'put-spread', 'short-sale']);
    for (const id of ['protective-put', 'collar', 'put-spread', 'short-sale']) {
      const h = hedgeOf(r, id);
      expect(h.plan).toBeNull();
      expect(h.notApplicable).toBe(true);
      expect(h.errors[0]).toMatch(/^Not for a short holding: /);
    }
    expect(hedgeOf(r, 'protective-call').exposure).toBe('short');
  });

  it('protective call: the premium is Hull’s 51.83, the buy-back is capped at 200 × (900 + 51.83)', () => {
    const p = planOf(computeMode(hull171()), 'protective-call');
    if (p.kind !== 'protective-call') throw new Error(p.kind);
    expect(Math.abs(p.extras.premiumPerUnit - 51.83)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(p.floor!.amount.toNumber() + 200 * (900 + 51.83))).toBeLessThanOrEqual(1);
    // Breakeven on a fall: 930 − 51.83 = 878.17.
    expect(Math.abs(p.breakeven! - 878.17)).toBeLessThanOrEqual(0.005);
  });

  it('futures buy hedge at the fair forward 930·e^{(8 % − 3 %)·2/12} = 937.78 (Hull ch. 5, eq. 5.3) locks the buy-back', () => {
    const p = planOf(computeMode(hull171({ stockFuturesSize: '1', stockFuturesMargin: '0' })), 'stock-futures');
    expect(p.legs[0]).toMatchObject({ side: 'buy', contracts: 200 });
    if (p.kind !== 'futures') throw new Error(p.kind);
    expect(p.extras.lockedPrice).toBeCloseTo(937.78, 2);
    expect(p.floor!.amount.toNumber()).toBeCloseTo(p.cap!.amount.toNumber(), 2);
  });

  it('a bid and ask for the call: bought at the ask; the implied vols of both are shown beside the model’s 20 %', () => {
    // Hull's 51.83 at σ = 20 %: an ask above it implies more than 20 %, a bid below it less.
    const r = computeMode(hull171({ callBid: '50.50', callAsk: '53.20' }));
    const h = hedgeOf(r, 'protective-call');
    expect(h.plan!.ledger.lines[0]!.label).toContain('(ask)');
    const iv = Object.fromEntries(h.figures.filter((f) => f.key.startsWith('iv-')).map((f) => [f.label, 'money' in f ? 0 : f.value]));
    expect(Object.keys(iv)).toEqual(['Implied vol, 900 call at the bid (model 20 %)', 'Implied vol, 900 call at the ask, paid (model 20 %)']);
    expect(Object.values(iv)[0]).toBeLessThan(0.2);
    expect(Object.values(iv)[1]).toBeGreaterThan(0.2);
    expect(h.warnings).toEqual([]);
  });

  it('a quote outside the no-arbitrage bounds is named in a plain warning; a last price alone says it stands in for the ask', () => {
    // A call is never worth more than the share it buys (Hull ch. 11): an ask of 1,000 > 930 has no volatility.
    const r = computeMode(hull171({ callQuote: '1,000' }));
    const w = hedgeOf(r, 'protective-call').warnings;
    expect(w[0]).toMatch(/^Your last price 1,000 for the 900 call: The price must be below the option's upper bound .* No volatility gives this price; check the quote\.$/);
    expect(w[1]).toMatch(/^Only a last price is typed for the 900 call: it is used to buy, but a trade pays the ask\./);
  });

  it('a bid alone for the bought call is an error next to the ask', () => {
    const r = computeMode(hull171({ callBid: '50' }));
    expect(r.fieldErrors['stock.callAsk']).toBe('You buy this option: type its ask (or a last price).');
    expect(hedgeOf(r, 'protective-call').plan).toBeNull();
  });

  it('a portfolio whose shorts outweigh its holdings: the macro hedge says so plainly', () => {
    const r = computeMode(stockScenario([holding('a', { quantity: '-1000', price: '50', ...proxy }), holding('b', { ...proxy })]));
    expect(hedgeOf(r, 'beta').errors).toEqual([expect.stringMatching(/^The portfolio’s total value is not above 0/)]);
    expect(hedgeOf(r, 'protective-call').plan).not.toBeNull();
  });

  it('a long target lists none of the short hedges', () => {
    const r = computeMode(stockScenario([holding('a', { ...EMPTY_PROXY, ...proxy })]));
    expect(r.hedges.map((h) => h.id)).toEqual(['protective-put', 'collar', 'put-spread', 'short-sale', 'cross', 'beta']);
  });
});
