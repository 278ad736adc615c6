/**
 * Holdings in several currencies: every value converted to the home currency as Q·S·X (X = home per
 * one unit of foreign), a holding without a typed rate left out with a plain note, and the risk of a
 * foreign holding in the home currency combining its price's and its currency's volatility.
 * Conversions the references do not cover are worked by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { computeMode } from '../../src/calc/calculate';
import { FxMessages, homeVolatility, readFxRates } from '../../src/calc/fx-rates';
import { HoldingMessages, portfolioTotal } from '../../src/calc/holdings';
import { readPortfolio } from '../../src/calc/portfolio';
import { buildRiskReport, portfolioBeta } from '../../src/engine';
import { DEFAULT_SCENARIO as D } from '../../src/state/presets';
import type { FxRateInput, Holding, PortfolioInput } from '../../src/state/scenario';
import { holding } from './scenarios';

const fxRow = (currency: string, spot: string, vol = '', rate = '', correlation = ''): FxRateInput => ({ currency, spot, vol, rate, correlation });
const portfolio = (holdings: readonly Holding[], homeCurrency: string, fxRates: readonly FxRateInput[], targetId = holdings[0]!.id): PortfolioInput => ({ ...D.portfolio, holdings, targetId, homeCurrency, fxRates });

describe('values and totals in the home currency', () => {
  // By hand: 100 shares of a Tokyo stock at ¥2,500 = ¥250,000; at 0.0062 EUR per JPY = 1,550 EUR.
  // A short US holding: −200 × $50 = −$10,000; at 0.92 EUR per USD = −9,200 EUR.
  // A EUR holding: 10 × 100 = 1,000 EUR. Total = 1,550 − 9,200 + 1,000 = −6,650 EUR.
  const p = portfolio(
    [holding('jp', { quantity: '100', price: '2,500', currency: 'JPY' }), holding('us', { quantity: '-200', price: '50', currency: 'USD' }), holding('eu', { quantity: '10', price: '100' })],
    'EUR',
    [fxRow('JPY', '0.0062'), fxRow('USD', '0.92')],
  );

  it('a JPY holding, a short USD holding and a EUR holding add up to −6,650 EUR', () => {
    const v = readPortfolio(p, { portfolioBeta });
    expect(v.holdings.map((h) => [h.id, h.localValue, h.fxRate])).toEqual([['jp', 250_000, 0.0062], ['us', -10_000, 0.92], ['eu', 1_000, 1]]);
    expect(v.holdings[0]!.value).toBeCloseTo(1_550, 9);
    expect(v.holdings[1]!.value).toBeCloseTo(-9_200, 9);
    expect(v.totalValue).toBeCloseTo(-6_650, 9);
    // The editor's total is the same figure, before the calculator has loaded.
    expect(portfolioTotal(p).total).toBeCloseTo(-6_650, 9);
    expect(portfolioTotal(p).excluded).toBe(0);
    expect(v.notes).toEqual({});
  });

  it('the rest of the portfolio is shown in a foreign target’s own currency at today’s rate', () => {
    const r = computeMode({ ...D, portfolio: p, prefs: { ...D.prefs, mode: 'stock' } });
    // Target = the JPY holding: rest = (−9,200 + 1,000) EUR / 0.0062 EUR per JPY = −1,322,580.645… JPY.
    expect(r.currency).toBe('JPY');
    expect(r.restOfPortfolioValue).toBeCloseTo(-8_200 / 0.0062, 6);
    expect(r.portfolio?.currency).toBe('EUR');
  });

  it('an empty rate for a used currency: a plain note on the rate and on the holding, the holding left out, no error', () => {
    const q = { ...p, fxRates: [fxRow('JPY', '0.0062')] };
    const r = computeMode({ ...D, portfolio: { ...q, targetId: 'eu' }, prefs: { ...D.prefs, mode: 'stock' } });
    // (The test holdings have no proxy typed: only the proxy hedge's fields are marked.)
    expect(Object.keys(r.fieldErrors).filter((k) => !k.includes('.proxy'))).toEqual([]);
    expect(r.fieldNotes).toEqual({ 'portfolio.us.currency': HoldingMessages.otherCurrency('EUR', 'USD'), 'portfolio.fxRates.USD.spot': FxMessages.missingRate('EUR', 'USD') });
    // 1,550 + 1,000 by hand.
    expect(r.portfolio?.totalValue).toBeCloseTo(2_550, 9);
    expect(r.portfolio?.excluded).toEqual(['us']);
    expect(portfolioTotal(q)).toMatchObject({ currency: 'EUR', excluded: 1 });
    expect(r.hedges.find((h) => h.id === 'protective-put')?.plan).not.toBeNull();
  });

  it('bad text in a rate is a field error next to it, kept as typed', () => {
    const r = readFxRates({ ...p, fxRates: [fxRow('JPY', '0,0062x'), fxRow('USD', '0.92', '-3', '', '1.5')] });
    expect(Object.keys(r.errors).sort()).toEqual(['portfolio.fxRates.JPY.spot', 'portfolio.fxRates.USD.correlation', 'portfolio.fxRates.USD.vol']);
  });

  it('a home currency that is not a code is a field error; the target’s code is used meanwhile', () => {
    const r = readFxRates({ ...p, homeCurrency: 'euro' });
    expect(r.errors).toEqual({ 'portfolio.homeCurrency': FxMessages.homeCode });
    expect(r.home).toBe('JPY');
  });

  it('old saved scenarios (home = the target’s currency, no rates) behave as before: other currencies left out', () => {
    const old = portfolio([holding('a', { quantity: '10', price: '100' }), holding('b', { quantity: '5', price: '10', currency: 'USD' })], 'EUR', []);
    expect(portfolioTotal(old)).toEqual({ total: 1_000, currency: 'EUR', excluded: 1 });
  });
});

describe('the risk of a foreign holding in the home currency', () => {
  it('σ_home = √(σ_S² + σ_X² + 2ρσ_Sσ_X): 30 %, 10 %, ρ = −0.5 → √(0.09 + 0.01 − 0.03) = 26.458 %', () => {
    expect(homeVolatility(0.3, { currency: 'USD', spot: 1, vol: 0.1, rForeign: 0, correlation: -0.5 })).toBeCloseTo(Math.sqrt(0.07), 12);
    // Empty volatility and correlation count as 0: only the asset's own risk.
    expect(homeVolatility(0.3, { currency: 'USD', spot: 1, vol: null, rForeign: null, correlation: null })).toBe(0.3);
  });

  it('a spot FX holding: PRM exam, Q. 40 — EUR 15m at 1.5 USD per EUR, σ 16 % a year, 10 days of 250, 95 % → USD 1,184,400', () => {
    // Professional Risk Managers’ practice question 40 (riskprep.com): VaR = 1.645 × 15m × 1.5 × 16 % × √(10/250).
    // Its 1.645 is z rounded; the engine's z = 1.64485 gives 1,184,295: tolerance 200.
    const p = portfolio([holding('cash', { name: 'EUR deposit', quantity: '15,000,000', price: '1', currency: 'EUR', vol: '0' })], 'USD', [fxRow('EUR', '1.5', '16')]);
    const v = readPortfolio(p, { portfolioBeta });
    expect(v.totalValue).toBe(22_500_000);
    const h = v.holdings[0]!;
    const report = buildRiskReport({ positions: [{ value: h.value, volAnnual: h.homeVol, beta: 0 }], correlation: [[1]], target: 0, horizonYears: 10 / 250, micro: { kind: 'reduce', hedgedFraction: 0 }, index: { volAnnual: 0.2 } });
    if (!report.ok) throw new Error('report');
    expect(Math.abs(report.value.unhedged.var95 - 1_184_400)).toBeLessThan(200);
  });

  it('a foreign equity portfolio: Matthews, Thompson & Zhang, Economics of Banking, 4th ed. (UK £100m, 1.5 $/£, ρ = 0.5, σ 1.896 % and 1.5 % a day)', () => {
    // The textbook's question; worked by hand: σ = √(0.01896² + 0.015² + 2 × 0.5 × 0.01896 × 0.015) = 2.94768 % a day,
    // VaR95 = 1.6448536 × $150m × 0.0294768 = $7,272,753 (with z = 1.645: $7,273,400).
    const daily = Math.sqrt(252);
    const p = portfolio([holding('uk', { name: 'UK portfolio', quantity: '100,000,000', price: '1', currency: 'GBP', vol: String(1.896 * daily) })], 'USD', [fxRow('GBP', '1.5', String(1.5 * daily), '', '0.5')]);
    const h = readPortfolio(p, { portfolioBeta }).holdings[0]!;
    expect(h.value).toBe(150_000_000);
    expect(h.homeVol / daily).toBeCloseTo(0.0294768, 6);
    const report = buildRiskReport({ positions: [{ value: h.value, volAnnual: h.homeVol, beta: 0 }], correlation: [[1]], target: 0, horizonYears: 1 / 252, micro: { kind: 'reduce', hedgedFraction: 0 }, index: { volAnnual: 0.2 } });
    if (!report.ok) throw new Error('report');
    expect(Math.abs(report.value.unhedged.var95 - 7_272_753)).toBeLessThan(20);
  });
});
