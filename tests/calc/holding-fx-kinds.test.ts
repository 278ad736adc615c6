/**
 * The FX hedge of one foreign holding (forward or option), through the engine's FX planners, against
 * published values; its place in the portfolio risk panel; and "not needed" at home.
 */
import { describe, expect, it } from 'vitest';
import { computeMode } from '../../src/calc/calculate';
import { FxHedgeMessages } from '../../src/calc/kinds/holding-fx';
import { buildRiskReport } from '../../src/engine';
import { DEFAULT_SCENARIO as D } from '../../src/state/presets';
import type { FxRateInput, Holding, Scenario } from '../../src/state/scenario';
import { buildMcRequest, buildRiskModel, chooseMicroHedge } from '../../src/ui/features/risk/risk-inputs';
import { hedgeOf, holding, planOf } from './scenarios';

function fxScenario(target: Holding, home: string, fx: FxRateInput, stock: Partial<Scenario['stock']>, others: readonly Holding[] = []): Scenario {
  return {
    ...D,
    portfolio: { ...D.portfolio, holdings: [target, ...others], targetId: target.id, homeCurrency: home, fxRates: [fx] },
    stock: { ...D.stock, ...stock },
    prefs: { ...D.prefs, mode: 'stock' },
  };
}

describe('FX forward on a foreign holding (Hull, OFOD, Example 5.6: AUD, 2 years, r_USD = 1 %, r_AUD = 3 %, S = 0.75 USD per AUD → F = 0.7206)', () => {
  // A USD investor holds 1,000 Australian shares at AUD 50: AUD 50,000 exposed to the AUD rate.
  const s = fxScenario(holding('au', { name: 'Aussie Bank', quantity: '1,000', price: '50', currency: 'AUD', vol: '25' }), 'USD', { currency: 'AUD', spot: '0.75', vol: '10', rate: '3', correlation: '0' }, { rate: '1', tenorDays: '730', hedgeRatio: '100' });
  const r = computeMode(s);

  it('sells AUD 50,000 forward at 0.7206 USD per AUD (Hull prints 4 d.p.: tolerance 5e-5)', () => {
    const plan = planOf(r, 'holding-fx-forward');
    if (plan.kind !== 'fx-forward') throw new Error('kind');
    expect(Math.abs(plan.extras.parityForward - 0.7206)).toBeLessThan(5e-5);
    expect(plan.legs[0]).toMatchObject({ side: 'sell', contracts: 50_000 });
    // Locked home value = 50,000 × F (F = 0.75·e^{−0.04} = 0.720592079…) = 36,029.60 USD.
    expect(plan.extras.lockedValue.currency).toBe('USD');
    expect(plan.extras.lockedValue.amount.toNumber()).toBeCloseTo(36_029.6, 2);
    expect(hedgeOf(r, 'holding-fx-forward').name).toBe('FX forward on its AUD');
  });

  it('money-market rates: F = 0.75 × (1 + 0.01 × 2)/(1 + 0.03 × 2) = 0.721698 (by hand)', () => {
    const simple = computeMode({ ...s, stock: { ...s.stock, fxCompounding: 'simple' } });
    const plan = planOf(simple, 'holding-fx-forward');
    if (plan.kind !== 'fx-forward') throw new Error('kind');
    expect(plan.extras.parityForward).toBeCloseTo(0.75 * 1.02 / 1.06, 12);
  });

  it('shows the currency risk: 1.645 × 10 % × √2 × 37,500 USD = 8,723.8 (by hand, z = 1.6448536)', () => {
    const f = hedgeOf(r, 'holding-fx-forward').figures.find((x) => x.key === 'fxVar');
    expect(f && 'value' in f ? f.value : null).toBeCloseTo(1.6448536269514722 * 0.1 * Math.SQRT2 * 37_500, 6);
  });

  it('the price hedges stay in AUD, the FX hedge is in USD: both are candidates side by side', () => {
    expect(planOf(r, 'protective-put').ledger.currency).toBe('AUD');
    expect(planOf(r, 'holding-fx-forward').ledger.currency).toBe('USD');
    expect(planOf(r, 'holding-fx-option').ledger.currency).toBe('USD');
  });

  it('a share above 100 % is capped at the holding’s value, and says so', () => {
    const over = computeMode({ ...s, stock: { ...s.stock, hedgeRatio: '150' } });
    expect(planOf(over, 'holding-fx-forward').hedgedQuantity).toBe(50_000);
    expect(hedgeOf(over, 'holding-fx-forward').warnings).toEqual([FxHedgeMessages.capped]);
  });
});

describe('FX option on a foreign holding (Garman–Kohlhagen)', () => {
  // Haug, The Complete Guide to Option Pricing Formulas, 2nd ed., p. 8: S = 1.56, K = 1.60, T = 0.5,
  // r_d = 6 %, r_f = 8 %, σ = 12 % → call 0.0291. A SHORT GBP holding (−1,000 × £10 = −£10,000) owes
  // pounds: its FX hedge is a call. Strike typed as 1.60/1.56 = 102.5641… % of today's rate.
  const gbp = { currency: 'GBP', spot: '1.56', vol: '12', rate: '8', correlation: '0' };
  const short = fxScenario(holding('uk', { name: 'UK short', quantity: '-1,000', price: '10', currency: 'GBP' }), 'USD', gbp, { rate: '6', tenorDays: '182.5', fxOptionStrike: String((1.6 / 1.56) * 100) });

  it('a short holding buys a call on £10,000 at 0.0291 USD per GBP (tolerance 1e-4)', () => {
    const r = computeMode(short);
    const plan = planOf(r, 'holding-fx-option');
    if (plan.kind !== 'fx-option') throw new Error('kind');
    expect(plan.extras.optionType).toBe('call');
    expect(plan.legs[0]!.strike).toBeCloseTo(1.6, 9);
    expect(Math.abs(plan.extras.premiumPerUnit - 0.0291)).toBeLessThan(1e-4);
    expect(plan.hedgedQuantity).toBe(10_000);
    expect(hedgeOf(r, 'holding-fx-option').name).toBe('FX call on its GBP');
  });

  it('a long holding buys a put: Haug’s call through put–call parity, p = c − S·e^{−r_f T} + K·e^{−r_d T} = 0.0829', () => {
    const long = computeMode({ ...short, portfolio: { ...short.portfolio, holdings: [{ ...short.portfolio.holdings[0]!, quantity: '1,000' }] } });
    const plan = planOf(long, 'holding-fx-option');
    if (plan.kind !== 'fx-option') throw new Error('kind');
    // 0.0291 − 1.56·e^{−0.04} + 1.60·e^{−0.03} = 0.0291 − 1.498838 + 1.552713 = 0.082975 (put–call parity for currency options, Hull OFOD ch. 17).
    const parity = 0.0291 - 1.56 * Math.exp(-0.08 * 0.5) + 1.6 * Math.exp(-0.06 * 0.5);
    expect(plan.extras.optionType).toBe('put');
    expect(Math.abs(plan.extras.premiumPerUnit - parity)).toBeLessThan(1e-4);
  });
});

describe('when the FX hedge does not apply or cannot be priced yet', () => {
  it('a target in the home currency: no FX hedge is listed (the form says it is not needed)', () => {
    const ids = computeMode(D).hedges.map((h) => h.id);
    expect(ids).not.toContain('holding-fx-forward');
    expect(ids).not.toContain('holding-fx-option');
    expect(FxHedgeMessages.notNeeded('Nordlicht Robotics', 'EUR')).toBe('Not needed: Nordlicht Robotics is in EUR, the home currency, so it carries no currency risk.');
  });

  it('no rate typed for the target’s currency: the FX hedges say what to type; the price hedges compute in USD', () => {
    const s = fxScenario(holding('us', { currency: 'USD' }), 'EUR', { currency: 'USD', spot: '', vol: '', rate: '', correlation: '' }, {});
    const r = computeMode(s);
    expect(hedgeOf(r, 'holding-fx-forward').errors).toEqual([FxHedgeMessages.noRate('EUR', 'USD')]);
    expect(hedgeOf(r, 'holding-fx-option').plan).toBeNull();
    expect(planOf(r, 'protective-put').ledger.currency).toBe('USD');
    const noVol = computeMode({ ...s, portfolio: { ...s.portfolio, fxRates: [{ currency: 'USD', spot: '0.92', vol: '', rate: '4', correlation: '' }] } });
    expect(hedgeOf(noVol, 'holding-fx-forward').errors).toEqual([FxHedgeMessages.noVol('USD')]);
  });
});

describe('the FX hedge in the portfolio risk panel', () => {
  // EUR investor: a USD stock (100 × $200 = $20,000 at 0.9 → 18,000 EUR, σ_S 30 %), a EUR ETF worth 10,000.
  // FX: σ_X 10 %, ρ(asset, USD) = −0.5 → σ_home = √(0.09 + 0.01 − 0.03) = 26.458 %.
  const s = fxScenario(
    holding('us', { name: 'US stock', quantity: '100', price: '200', currency: 'USD', vol: '30', beta: '1' }),
    'EUR', { currency: 'USD', spot: '0.9', vol: '10', rate: '4', correlation: '-0.5' }, { rate: '3', tenorDays: '182' },
    [holding('eu', { name: 'EUR ETF', quantity: '100', price: '100', vol: '20', beta: '1' })],
  );
  const r = computeMode(s);
  const hedge = chooseMicroHedge(r, 'holding-fx-forward');

  it('maps the forward to a short position in the currency: corr(X, S·X) = (ρσ_S + σ_X)/σ_home = (−0.15 + 0.1)/0.26458 = −0.18898', () => {
    expect(hedge?.id).toBe('holding-fx-forward');
    const m = hedge!.risk!.micro;
    if (m.kind !== 'cross') throw new Error('kind');
    expect(m.hedgeRatio).toBe(1);
    expect(m.hedgeVolAnnual).toBe(0.1);
    expect(m.correlationWithTarget).toBeCloseTo(-0.05 / Math.sqrt(0.07), 12);
  });

  it('values in EUR with the combined volatility, and the FX hedge leaves exactly the asset’s own risk on the target', () => {
    const model = buildRiskModel(s, r, hedge, 10 / 252, null);
    if (!model.ok) throw new Error(model.messages.join(' '));
    expect(model.value.input.positions.map((p) => [p.value, p.volAnnual])).toEqual([[18_000, Math.sqrt(0.07)], [10_000, 0.2]]);
    // Target alone (other holding removed): hedged variance = σ_home² − 2·σ_home·σ_X·corr + σ_X² = 0.07 + 0.01 + 0.01 = 0.09 = σ_S²
    // (log returns: ln S·X − ln X = ln S), so its VaR is the asset's own, 1.6449 × 30 % × √(10/252) × 18,000.
    const alone = buildRiskReport({ ...model.value.input, positions: [model.value.input.positions[0]!], correlation: [[1]], target: 0 });
    if (!alone.ok) throw new Error('report');
    expect(alone.value.micro.var95).toBeCloseTo(1.6448536269514722 * 0.3 * Math.sqrt(10 / 252) * 18_000, 4);
    expect(alone.value.unhedged.var95).toBeCloseTo(1.6448536269514722 * Math.sqrt(0.07) * Math.sqrt(10 / 252) * 18_000, 4);
  });

  it('the Monte Carlo request adds the currency as a factor and shorts it by the holding’s EUR value', () => {
    const model = buildRiskModel(s, r, hedge, 10 / 252, null);
    if (!model.ok) throw new Error('model');
    const report = buildRiskReport(model.value.input);
    if (!report.ok) throw new Error('report');
    const req = buildMcRequest(model.value, report.value, { id: 1, paths: 1000, seed: 1, model: 'lognormal', bins: 20, names: ['a', 'b', 'c'] });
    expect(req.volsAnnual[2]).toBe(0.1);
    expect(req.scenarios[1]!.positions).toContainEqual({ kind: 'linear', asset: 2, value: -18_000 });
  });
});
