/**
 * FX forward on a foreign target's value: sell its foreign amount Q·S forward (buy it back for a
 * short holding) at the parity rate F = X·e^{(r_home − r_foreign)T}, or (1 + r_home·T)/(1 + r_foreign·T)
 * with money-market rates; the engine's FX-forward planner does the work. Not listed when the target
 * is in the home currency (the form says it is not needed).
 */
import type { PlanOf } from '../../engine';
import { fmt, pct } from '../explain';
import type { Explanation } from '../explain';
import { defineKind } from '../kind';
import type { StockPosition } from '../modes/stock';
import { currencyVar, FxHedgeMessages, fxRisk, holdingFxApplies, holdingFxOf } from './holding-fx';
import { KIND_FIELDS } from '../kind-fields';

const HULL_FX = 'Hull, Options, Futures, and Other Derivatives, ch. 5 (covered interest parity, eq. 5.9)';
const VAR = 'Parametric VaR of a spot FX position, z·σ·√T·value (Jorion, Value at Risk, ch. on VaR mapping)';

export default defineKind<StockPosition, PlanOf<'fx-forward'>>({
  id: 'holding-fx-forward',
  mode: 'stock',
  fields: KIND_FIELDS['holding-fx-forward'],
  applies: holdingFxApplies,
  name: (s) => `FX forward on its ${s.portfolio.holdings.find((h) => h.id === s.portfolio.targetId)?.currency ?? 'currency'}`,
  plan: (c) => {
    const fx = holdingFxOf(c);
    if (!fx.ok) return { ok: false, errors: [{ field: 'fx', message: fx.message }] };
    const f = fx.value;
    return c.engine.planFxForward({
      target: f.target,
      market: { r: c.position.r, rForeign: f.rForeign, tenorYears: c.position.horizonYears, compounding: c.v.s('fxCompounding') === 'simple' ? 'simple' : 'continuous' },
      sizing: { hedgeRatio: f.hedgeRatio },
    });
  },
  warnings: (c) => (c.position.hedgeRatio > 1 ? [FxHedgeMessages.capped] : []),
  figures: (c, plan) => {
    const fx = holdingFxOf(c);
    const e = plan.extras;
    return [
      { key: 'parityForward', label: 'Forward rate (parity)', value: e.parityForward, format: 'price' as const },
      { key: 'lockedPrice', label: `Home value locked for the ${fmt(plan.hedgedQuantity, 2)} ${fx.ok ? fx.value.foreign : ''} ${plan.legs[0]?.side === 'buy' ? 'bought' : 'sold'}`, money: e.lockedValue },
      ...(fx.ok ? [{ key: 'fxVar', label: `Currency risk before the hedge (95 %, ${fmt(c.position.horizonYears * 365, 0)} days)`, value: currencyVar(fx.value, c.position.horizonYears), format: 'money' as const }] : []),
    ];
  },
  explain: (c, plan): Record<string, Explanation> => {
    const fx = holdingFxOf(c);
    if (!fx.ok) return {};
    const f = fx.value;
    const e = plan.extras;
    const t = c.position.horizonYears;
    const h = c.position.holding;
    const simple = c.v.s('fxCompounding') === 'simple';
    return {
      parityForward: {
        title: `Forward rate (${f.pair})`,
        formula: simple ? 'F = X·(1 + r_home·T)/(1 + r_foreign·T)' : 'F = X·e^{(r_home − r_foreign)·T}',
        substituted: `F = ${fmt(f.spot, 6)} × ${simple ? `(1 + ${pct(c.position.r)} × ${fmt(t, 6)}) / (1 + ${pct(f.rForeign)} × ${fmt(t, 6)})` : `e^{(${pct(c.position.r)} − ${pct(f.rForeign)}) × ${fmt(t, 6)}}`} = ${fmt(e.parityForward, 6)} ≈ ${fmt(e.parityForward, 4)}`,
        source: HULL_FX,
      },
      lockedPrice: {
        title: 'Home value locked',
        formula: 'foreign amount Q·S × share hedged × forward rate',
        substituted: `${fmt(h.quantity)} × ${fmt(h.price)} ${f.foreign} × ${pct(f.hedgeRatio, 0)} × ${fmt(e.rateUsed, 6)} = ${fmt(Math.abs(e.lockedValue.amount.toNumber()), 2)} ${f.home}`,
        source: HULL_FX,
      },
      fxVar: {
        title: 'Currency risk of the holding',
        formula: 'VaR = 1.645 × σ_X × √T × |Q·S·X|',
        substituted: `1.645 × ${pct(f.vol)} × √${fmt(t, 6)} × ${fmt(Math.abs(h.localValue * f.spot), 2)} = ${fmt(currencyVar(f, t), 2)} ${f.home}`,
        source: VAR,
      },
    };
  },
  risk: (c, plan) => {
    const fx = holdingFxOf(c);
    const h = c.position.holding;
    if (!fx.ok) return { micro: { kind: 'reduce', hedgedFraction: 0 }, note: fx.message, simulation: 'linear' };
    return fxRisk(fx.value, h.vol, h.homeVol, plan.hedgedQuantity, 'The FX forward is a short position in the currency: it removes the rate’s part of the holding’s risk; the asset’s own price risk stays.');
  },
});
