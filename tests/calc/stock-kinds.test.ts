/**
 * The investor's hedge kinds on positions other than the worked example, against published values.
 * Each expected figure cites its source; none was produced by this code.
 */
import { describe, expect, it } from 'vitest';
import { computeMode } from '../../src/calc/calculate';
import { buildMoveTable } from '../../src/engine';
import { DEFAULT_SCENARIO as D } from '../../src/state/presets';
import { hedgeOf, holding, planOf, stockScenario } from './scenarios';

describe('protective put on another holding (Hull 10th ed., Example 15.6: S = 42, K = 40, r = 10 %, σ = 20 %, T = 0.5)', () => {
  // A USD portfolio with one EUR holding and no EUR rate typed: the plan is in USD, the EUR holding is left out.
  const s0 = stockScenario([holding('x', { name: 'Example 15.6', quantity: '500', price: '42', vol: '20', dividendYield: '0', currency: 'USD' }), holding('y', { quantity: '10', currency: 'USD' }), holding('z', { quantity: '7', currency: 'EUR' })], {
    rate: '10', expiryDays: '182.5', exercise: 'european', strikeMode: 'price', putStrike: '40', putQuote: '', hedgeRatio: '100', contractSize: '100', rounding: 'nearest',
  });
  const s = { ...s0, portfolio: { ...s0.portfolio, homeCurrency: 'USD' } };
  const r = computeMode(s);

  it('prices the put at Hull’s 0.81 per share and buys 5 contracts for 500 shares', () => {
    const plan = planOf(r, 'protective-put');
    if (plan.kind !== 'protective-put') throw new Error('kind');
    // Hull Example 15.6: p = 0.81 (two decimals).
    expect(plan.extras.premiumPerUnit).toBeCloseTo(0.81, 2);
    expect(plan.legs[0]).toMatchObject({ side: 'buy', contracts: 5, contractSize: 100, strike: 40 });
    expect(plan.ledger.currency).toBe('USD');
    expect(r.currency).toBe('USD');
    // The rest of the portfolio: 10 × 100 USD; the EUR holding is noted, not added.
    expect(r.restOfPortfolioValue).toBe(1000);
    expect(Object.keys(r.fieldNotes)).toEqual(['portfolio.z.currency', 'portfolio.fxRates.EUR.spot']);
  });

  it('a strike typed as 95.2381 % of the price is the same 40 strike', () => {
    const pct = computeMode({ ...s, stock: { ...s.stock, strikeMode: 'percent', putStrike: '95.238095238' } });
    const plan = planOf(pct, 'protective-put');
    expect(plan.legs[0]!.strike).toBeCloseTo(40, 6);
    if (plan.kind !== 'protective-put') throw new Error('kind');
    expect(plan.extras.premiumPerUnit).toBeCloseTo(0.81, 2);
  });

  it('the expiry is its own field: the horizon (“Protect for”) does not move the option’s price', () => {
    const other = computeMode({ ...s, stock: { ...s.stock, tenorDays: '30' } });
    expect(planOf(other, 'protective-put').legs[0]!.expiryYears).toBeCloseTo(0.5, 12);
    expect(other.horizonYears).toBeCloseTo(30 / 365, 12);
  });
});

describe('whole contracts after an exact product (Hull 10th ed., ch. 10: options on 100 shares)', () => {
  it('2,500 shares × 28 % = 700 shares: rounding up buys 7 puts of 100, not 8', () => {
    const s = stockScenario([holding('x', { quantity: '2,500', price: '100', vol: '30' })], { hedgeRatio: '28', rounding: 'up', contractSize: '100', strikeMode: 'percent', putStrike: '90', spreadLowerStrike: '80', callStrike: '110' });
    const r = computeMode(s);
    expect(planOf(r, 'protective-put').legs[0]!.contracts).toBe(7);
    expect(planOf(r, 'short-sale').legs[0]!.contracts).toBe(700);
  });
});

describe('American put: the card shows the American method and value (Hull 10th ed., Example 21.1 and §21.2: S = K = 50, r = 10 %, σ = 40 %, T = 5 months)', () => {
  const s = stockScenario([holding('x', { name: 'Example 21.1', quantity: '100', price: '50', vol: '40', dividendYield: '0' })], {
    rate: '10', expiryDays: String((5 / 12) * 365), exercise: 'american', strikeMode: 'price', putStrike: '50', putQuote: '', contractSize: '100',
  });
  const put = hedgeOf(computeMode(s), 'protective-put');

  it('values the American put near Hull’s converged tree value 4.28 (500 steps: 4.283), above the European 4.08', () => {
    const plan = put.plan!;
    if (plan.kind !== 'protective-put') throw new Error('kind');
    expect(plan.extras.premiumPerUnit).toBeCloseTo(4.28, 1);
    expect(Math.abs(plan.extras.premiumPerUnit - 4.283)).toBeLessThan(0.01);
  });

  it('the premium card names the American method, and its European part is Hull’s BSM value 4.08', () => {
    const card = put.explanations.premium!;
    const plan = put.plan!;
    if (plan.kind !== 'protective-put') throw new Error('kind');
    expect(card.title).toMatch(/American/);
    expect(card.formula).toMatch(/early-exercise/);
    expect(card.source).toMatch(/Andersen, Lake & Offengeld/);
    // The card ends with the same value as the figure beside it, not the European one.
    expect(card.substituted).toMatch(new RegExp(`= ${plan.extras.premiumPerUnit.toFixed(4).replace(/0+$/, '').replace('.', '\\.')} per share \\(American\\)$`));
    const european = /European value ([\d.]+)/.exec(card.substituted);
    // Hull §21.2 (Example 21.1): the European put by Black–Scholes–Merton is 4.08.
    expect(Number(european?.[1])).toBeCloseTo(4.08, 2);
  });
});

describe('proxy hedge (Hull 10th ed., Example 3.3: ρ = 0.928, σ_S = 0.0263, σ_F = 0.0313, 2,000,000 gal, 42,000 gal per contract)', () => {
  // σ of price changes = vol × price; a price of 1 makes the typed volatility the σ of Hull's example.
  const airline = holding('jet', { name: 'Jet fuel', quantity: '2,000,000', price: '1', vol: '2.63', proxyName: 'Heating oil futures', proxyPrice: '1', proxyVol: '3.13', proxyCorrelation: '0.928', proxyContractSize: '42,000', proxyMargin: '0' });
  const s = stockScenario([airline, holding('other', {})], { hedgeRatio: '100', rounding: 'nearest', tenorDays: '365' });

  // Hull computes h* = 0.7777 and N* = 37.03 from the unrounded σ; the rounded σ of the text give
  // 0.928 × 0.0263 / 0.0313 = 0.7798 and 37.13: both round to Hull's 0.78 and 37 contracts.
  it('h* ≈ 0.78 and N* ≈ 37 → 37 contracts sold', () => {
    const plan = planOf(computeMode(s), 'cross');
    if (plan.kind !== 'cross') throw new Error('kind');
    expect(plan.extras.minVarianceRatio).toBeCloseTo(0.78, 2);
    expect(plan.extras.exactContracts).toBeCloseTo(37.03, 0);
    expect(plan.legs[0]).toMatchObject({ side: 'sell', contracts: 37 });
  });

  it('“Share of the position to hedge” 50 % halves it: ≈ 18.5 → 19 (Hull eq. 3.2 with half the exposure)', () => {
    const plan = planOf(computeMode({ ...s, stock: { ...s.stock, hedgeRatio: '50' } }), 'cross');
    if (plan.kind !== 'cross') throw new Error('kind');
    const full = planOf(computeMode(s), 'cross');
    if (full.kind !== 'cross') throw new Error('kind');
    expect(plan.extras.exactContracts).toBeCloseTo(37.03 / 2, 0);
    expect(plan.extras.exactContracts).toBeCloseTo(full.extras.exactContracts / 2, 12);
    expect(plan.legs[0]!.contracts).toBe(19);
  });

  it('a short holding is hedged by buying the proxy', () => {
    const short = { ...airline, quantity: '-2,000,000' };
    const plan = planOf(computeMode(stockScenario([short, holding('other', {})], { hedgeRatio: '100' })), 'cross');
    expect(plan.legs[0]).toMatchObject({ side: 'buy', contracts: 37 });
  });

  it('maps into the risk panel as a short proxy worth h* × the target', () => {
    const h = hedgeOf(computeMode(s), 'cross');
    expect(h.risk?.simulation).toBe('proxy');
    // 37 contracts × 42,000 gal × 1 = 1,554,000 against a target worth 2,000,000.
    expect(h.risk?.micro).toMatchObject({ kind: 'cross', correlationWithTarget: 0.928 });
    if (h.risk?.micro.kind !== 'cross') throw new Error('kind');
    expect(h.risk.micro.hedgeRatio).toBeCloseTo(1_554_000 / 2_000_000, 12);
  });
});

describe('macro hedge (Hull 10th ed., Example 3.4: P = 5,050,000, β = 1.5, futures 1,010 × 250)', () => {
  const fund = holding('fund', { name: 'Fund', quantity: '50,500', price: '100', beta: '1.5' });
  const s = (targetBeta: string) => stockScenario([fund], { indexFuturesPrice: '1,010', indexMultiplier: '250', targetBeta, rounding: 'nearest', rate: '4', tenorDays: '91' });

  it.each([
    ['0', 'sell', 30],
    ['0.75', 'sell', 15],
    ['2', 'buy', 10],
  ])('β* = %s → %s %i contracts', (beta, side, contracts) => {
    const plan = planOf(computeMode(s(beta)), 'beta');
    expect(plan.legs[0]).toMatchObject({ side, contracts });
  });

  it('its payoff, chart and move table are on the index axis: the ±20 % rows move the index, not the stock (the flat portfolio is worth 5,050,000)', () => {
    const plan = planOf(computeMode(s('0')), 'beta');
    expect(plan.axis.kind).toBe('index-level');
    const rows = buildMoveTable(plan);
    const today = rows.find((r) => r.move === 0)!;
    expect(today.x).toBeCloseTo(plan.axis.today, 9);
    expect(rows.map((r) => r.x / plan.axis.today)).toEqual(rows.map((r) => expect.closeTo(1 + r.move, 9)));
    // At today's index level the portfolio is worth about its value today (5,050,000), not a stock price × shares.
    expect(Math.abs(today.unhedged / 5_050_000 - 1)).toBeLessThan(0.02);
    // Fully beta-hedged: a 20 % index fall moves the hedged value by far less than the unhedged 1.5 × 20 % = 30 %.
    const down = rows.find((r) => r.move === -0.2)!;
    expect(down.unhedged / today.unhedged - 1).toBeCloseTo(-0.3, 1);
    expect(Math.abs(down.hedged / today.hedged - 1)).toBeLessThan(0.02);
  });

  it('the worked example’s macro hedge values the €249,500 portfolio at today’s index level (not €43,912)', () => {
    const plan = planOf(computeMode(D), 'beta');
    const today = buildMoveTable(plan).find((r) => r.move === 0)!;
    // By hand from the preset: 75,000 + 49,500 + 48,000 + 48,000 + 29,000 = 249,500.
    expect(Math.abs(today.unhedged / 249_500 - 1)).toBeLessThan(0.02);
  });
});
