/**
 * FX option on a foreign target's value: a Garman–Kohlhagen put on its foreign amount Q·S (a call
 * for a short holding), strike as % of today's rate, volatility and foreign rate from the portfolio's
 * FX rates; the engine's FX-option planner prices it. Not listed when the target is in the home
 * currency (the form says it is not needed).
 */
import type { PlanOf } from '../../engine';
import { fmt, pct } from '../explain';
import type { Explanation } from '../explain';
import { defineKind } from '../kind';
import type { StockPosition } from '../modes/stock';
import { FxHedgeMessages, fxRisk, holdingFxApplies, holdingFxOf } from './holding-fx';
import { parseNumberField } from '../../state/parse-input';
import { KIND_FIELDS } from '../kind-fields';

const GK = 'Garman & Kohlhagen (1983); Hull, Options, Futures, and Other Derivatives, ch. 17 (options on currencies)';

const isShort = (quantity: string | undefined) => {
  const q = parseNumberField(quantity ?? '');
  return q.ok && q.value !== null && q.value < 0;
};

export default defineKind<StockPosition, PlanOf<'fx-option'>>({
  id: 'holding-fx-option',
  mode: 'stock',
  fields: KIND_FIELDS['holding-fx-option'],
  fieldMap: { strike: 'stock.fxOptionStrike' },
  applies: holdingFxApplies,
  name: (s) => {
    const t = s.portfolio.holdings.find((h) => h.id === s.portfolio.targetId);
    return `FX ${isShort(t?.quantity) ? 'call' : 'put'} on its ${t?.currency ?? 'currency'}`;
  },
  plan: (c) => {
    const fx = holdingFxOf(c);
    if (!fx.ok) return { ok: false, errors: [{ field: 'fx', message: fx.message }] };
    const f = fx.value;
    return c.engine.planFxOption({
      target: f.target,
      market: { r: c.position.r, rForeign: f.rForeign, tenorYears: c.position.horizonYears },
      strike: (f.spot * c.v.n('fxOptionStrike')) / 100,
      sizing: { hedgeRatio: f.hedgeRatio },
    });
  },
  warnings: (c) => (c.position.hedgeRatio > 1 ? [FxHedgeMessages.capped] : []),
  figures: (_c, plan) => [
    { key: 'premium', label: 'Premium per unit of currency', value: plan.extras.premiumPerUnit, format: 'price' },
    ...(plan.extras.breakevenRate !== null ? [{ key: 'breakeven', label: 'Break-even rate', value: plan.extras.breakevenRate, format: 'price' as const }] : []),
  ],
  explain: (c, plan): Record<string, Explanation> => {
    const fx = holdingFxOf(c);
    if (!fx.ok) return {};
    const f = fx.value;
    const e = plan.extras;
    const k = plan.legs[0]?.strike ?? 0;
    return {
      premium: {
        title: `FX ${e.optionType} premium per ${f.foreign}`,
        formula: e.optionType === 'call' ? 'c = X·e^{−r_f T}·N(d₁) − K·e^{−r_d T}·N(d₂)' : 'p = K·e^{−r_d T}·N(−d₂) − X·e^{−r_f T}·N(−d₁)',
        substituted: `X = ${fmt(f.spot, 6)}, K = ${pct(c.v.n('fxOptionStrike') / 100, 2)} of X = ${fmt(k, 6)}, r_d = ${pct(c.position.r)}, r_f = ${pct(f.rForeign)}, σ = ${pct(f.vol)}, T = ${fmt(c.position.horizonYears, 6)} → ${fmt(e.premiumPerUnit, 6)} ≈ ${fmt(e.premiumPerUnit, 4)} ${f.home}`,
        source: GK,
      },
      ...(e.breakevenRate !== null
        ? { breakeven: { title: 'Break-even rate', formula: e.optionType === 'call' ? 'strike + premium per unit' : 'strike − premium per unit', substituted: `${fmt(k, 6)} → ${fmt(e.breakevenRate, 6)} ≈ ${fmt(e.breakevenRate, 4)} ${f.pair}`, source: GK } }
        : {}),
    };
  },
  risk: (c, plan) => {
    const fx = holdingFxOf(c);
    const h = c.position.holding;
    if (!fx.ok) return { micro: { kind: 'reduce', hedgedFraction: 0 }, note: fx.message, simulation: 'linear' };
    // Linear view: the options' delta in the currency, |Δ|·units, as a short position in it.
    return fxRisk(fx.value, h.vol, h.homeVol, Math.abs(plan.extras.delta) * plan.hedgedQuantity, 'Linear view: the FX option removes its delta of the holding’s currency exposure (in the simulation too); the asset’s own price risk stays.');
  },
});
