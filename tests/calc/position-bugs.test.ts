/**
 * Figures built from the selected position: another currency is left out everywhere and said so; an
 * error belongs to the hedge whose input it is; every formula card reproduces the figure beside it; a
 * strike that cannot make sense for the target says so.
 */
import { describe, expect, it } from 'vitest';
import { CalcMessages, computeMode } from '../../src/calc/calculate';
import { fmt, pct } from '../../src/calc/explain';
import { FxMessages } from '../../src/calc/fx-rates';
import { HoldingMessages, portfolioTotal } from '../../src/calc/holdings';
import { portfolioBeta } from '../../src/engine';
import { buildRiskModel, chooseMicroHedge } from '../../src/ui/features/risk/risk-inputs';
import { DEFAULT_SCENARIO as D, PRESETS } from '../../src/state/presets';
import type { Scenario } from '../../src/state/scenario';
import { readPortfolio } from '../../src/calc/portfolio';
import { hedgeOf, planOf } from './scenarios';

const withHolding = (id: string, patch: Record<string, string>): Scenario => ({
  ...D,
  portfolio: { ...D.portfolio, holdings: D.portfolio.holdings.map((h) => (h.id === id ? { ...h, ...patch } : h)) },
});

describe('a holding in another currency without an FX rate is left out of every figure, and says so', () => {
  // Alpine Foods (600 × 80 = 48,000) typed in USD; by hand: 249,500 − 48,000 = 201,500 EUR.
  const s = withHolding('h3', { currency: 'USD' });

  it('the portfolio total (the editor’s and the calculation’s) is 201,500 EUR, not 249,500', () => {
    expect(portfolioTotal(s.portfolio)).toEqual({ total: 201_500, currency: 'EUR', excluded: 1 });
    const pf = readPortfolio(s.portfolio, { portfolioBeta });
    expect(pf.totalValue).toBe(201_500);
    expect(pf.excluded).toEqual(['h3']);
  });

  it('a plain note next to that holding’s currency, not an error; the hedges still compute', () => {
    const r = computeMode(s);
    expect(r.fieldNotes).toEqual({ 'portfolio.h3.currency': HoldingMessages.otherCurrency('EUR', 'USD'), 'portfolio.fxRates.USD.spot': FxMessages.missingRate('EUR', 'USD') });
    expect(r.fieldErrors).toEqual({});
    expect(r.hedges.every((h) => h.plan !== null)).toBe(true);
  });

  it('the macro hedge sizes on the EUR holdings only: β and value by hand', () => {
    const plan = planOf(computeMode(s), 'beta');
    if (plan.kind !== 'beta') throw new Error('kind');
    // β = (75,000·1.6 + 49,500·1.0 + 48,000·0.1 + 29,000·0.2) / 201,500 (Hull §3.5: value-weighted betas).
    const beta = (75_000 * 1.6 + 49_500 * 1.0 + 48_000 * 0.1 + 29_000 * 0.2) / 201_500;
    expect(plan.extras.portfolioBeta).toBeCloseTo(beta, 10);
    // N* = β·P/(F·m) = beta × 201,500 / (4,900 × 10).
    expect(plan.extras.exactContracts).toBeCloseTo((beta * 201_500) / 49_000, 8);
  });

  it('the risk panel’s positions leave it out too', () => {
    const r = computeMode(s);
    const model = buildRiskModel(s, r, chooseMicroHedge(r, 'protective-put'), 10 / 252, null);
    if (!model.ok) throw new Error(model.messages.join(' '));
    expect(model.value.input.positions.map((p) => p.label)).toEqual(['Nordlicht Robotics', 'Euro Stoxx 50 ETF', 'Euro govt bond ETF', 'Gold ETC']);
    expect(model.value.input.positions.reduce((a, p) => a + p.value, 0)).toBe(201_500);
  });
});

describe('an error belongs to the hedge whose input it is', () => {
  it('a proxy correlation of 1.5 removes only the proxy hedge; the put and the rest still compute', () => {
    const r = computeMode(withHolding('h1', { proxyCorrelation: '1.5' }));
    expect(r.fieldErrors).toEqual({ 'portfolio.h1.proxyCorrelation': 'Must be at most 1.' });
    expect(r.hedges.filter((h) => h.plan === null).map((h) => h.id)).toEqual(['cross']);
    expect(hedgeOf(r, 'cross').errors).toEqual([CalcMessages.fixFields]);
    expect(hedgeOf(r, 'protective-put').plan).not.toBeNull();
  });

  it('a bad borrow fee removes only the short sale; a bad index price only the macro hedge', () => {
    const a = computeMode({ ...D, stock: { ...D.stock, borrowFee: 'x' } });
    expect(a.hedges.filter((h) => h.plan === null).map((h) => h.id)).toEqual(['short-sale']);
    const b = computeMode({ ...D, stock: { ...D.stock, indexFuturesPrice: '0' } });
    expect(b.hedges.filter((h) => h.plan === null).map((h) => h.id)).toEqual(['beta']);
  });

  it('a put strike shared by put, collar and spread removes those three only', () => {
    const r = computeMode({ ...D, stock: { ...D.stock, putStrike: '' } });
    expect(r.hedges.filter((h) => h.plan === null).map((h) => h.id)).toEqual(['protective-put', 'collar', 'put-spread']);
  });

  it('a shared input (the horizon) affects every hedge', () => {
    const r = computeMode({ ...D, stock: { ...D.stock, tenorDays: 'abc' } });
    expect(Object.keys(r.fieldErrors)).toEqual(['stock.tenorDays']);
    expect(r.hedges).toEqual([]);
  });

  it('in FX mode a bad option volatility removes only the option, the forward stays', () => {
    const r = computeMode({ ...D, fx: { ...D.fx, optionVol: '0' }, prefs: { ...D.prefs, mode: 'fx' } });
    expect(r.hedges.map((h) => [h.id, h.plan !== null])).toEqual([['fx-forward', true], ['fx-option', false]]);
  });
});

describe('every formula card reproduces the figure it sits beside', () => {
  const variants: [string, Scenario][] = [
    ...Object.entries(PRESETS).map(([n, p]) => [n, p.scenario] as [string, Scenario]),
    ['investor, European', { ...D, stock: { ...D.stock, exercise: 'european' } }],
    ['investor, collar with typed call', { ...D, stock: { ...D.stock, zeroCostCollar: false } }],
    ['investor, Alpine Foods, strikes in %', { ...D, portfolio: { ...D.portfolio, targetId: 'h3' }, stock: { ...D.stock, strikeMode: 'percent', putStrike: '90', spreadLowerStrike: '80' } }],
    ['bakery, tailed', { ...D, commodity: { ...D.commodity, tailing: true }, prefs: { ...D.prefs, mode: 'commodity' } }],
    ['investor, target in USD with its FX rate (FX forward and option)', {
      ...withHolding('h1', { currency: 'USD' }),
      portfolio: { ...withHolding('h1', { currency: 'USD' }).portfolio, fxRates: [{ currency: 'USD', spot: '0.92', vol: '8', rate: '4.5', correlation: '-0.2' }] },
    }],
  ];
  it.each(variants)('%s: each numeric figure with a card appears, formatted the same, in that card', (_name, s) => {
    const r = computeMode(s);
    let checked = 0;
    for (const h of r.hedges) {
      for (const f of h.figures) {
        const card = h.explanations[f.key];
        if (card === undefined || 'money' in f) continue;
        // The same digits as the figure beside it: 4 (6 for FX rates), money to the cent, percents to 2 (rates to 3).
        const shown = f.format === 'percent' ? pct(f.value, 2) : f.format === 'rate' ? pct(f.value, 3) : fmt(f.value, f.format === 'money' ? 2 : r.mode === 'fx' ? 6 : 4);
        expect(card.substituted, `${h.id} ${f.label}`).toContain(shown);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('no two cards of one hedge are the same text', () => {
    for (const s of Object.values(PRESETS).map((p) => p.scenario)) {
      for (const h of computeMode(s).hedges) {
        const texts = Object.values(h.explanations).map((c) => `${c.title}|${c.substituted}`);
        expect(new Set(texts).size, h.id).toBe(texts.length);
      }
    }
  });

  it('the European put card shows the Black–Scholes–Merton formula; the American one does not pretend to', () => {
    const eu = hedgeOf(computeMode({ ...D, stock: { ...D.stock, exercise: 'european' } }), 'protective-put').explanations.premium!;
    const am = hedgeOf(computeMode(D), 'protective-put').explanations.premium!;
    expect(eu.formula).toMatch(/^p = K·e\^\{−rT\}·N\(−d₂\)/);
    expect(am.formula).toMatch(/^American put/);
  });
});

describe('a figure that cannot make sense for the target says so', () => {
  it('a 20 put on a 62.50 stock warns on every hedge using it', () => {
    const r = computeMode({ ...D, stock: { ...D.stock, putStrike: '20', spreadLowerStrike: '15' } });
    expect(hedgeOf(r, 'protective-put').warnings.join(' ')).toMatch(/put strike 20 is 32 % of Nordlicht Robotics’s price today \(62\.5\)/);
    expect(hedgeOf(r, 'short-sale').warnings).toEqual([]);
  });

  it('the worked example’s strikes give no warning', () => {
    expect(computeMode(D).hedges.flatMap((h) => h.warnings)).toEqual([]);
  });

  it('the worked example’s 56 put kept for Alpine Foods (priced 80, 70 %) warns; typed as 90 % it does not', () => {
    const kept = computeMode({ ...D, portfolio: { ...D.portfolio, targetId: 'h3' } });
    expect(hedgeOf(kept, 'protective-put').warnings.join(' ')).toMatch(/put strike 56 is 70 % of Alpine Foods’s price today \(80\)/);
    const relative = computeMode({ ...D, portfolio: { ...D.portfolio, targetId: 'h3' }, stock: { ...D.stock, strikeMode: 'percent', putStrike: '90', spreadLowerStrike: '80' } });
    expect(hedgeOf(relative, 'protective-put').warnings).toEqual([]);
    expect(planOf(relative, 'protective-put').legs[0]!.strike).toBeCloseTo(72, 9);
  });
});

describe('exact text from typed percentages', () => {
  it('a 1.1 % borrow fee reads “1.1 %” in the short sale’s ledger, not 0.011000000000000001', () => {
    const r = computeMode({ ...D, stock: { ...D.stock, borrowFee: '1.1' } });
    const line = planOf(r, 'short-sale').ledger.lines.find((l) => l.kind === 'borrow-fee')!;
    expect(line.label).toContain('1.1 % a year');
    expect(line.label).not.toContain('0.011000000000000001');
  });
});
