/** Proxy (cross) hedge: short correlated futures when the target has none; sized by the minimum-variance ratio. */
import type { PlanOf } from '../../engine';
import { fmt, pct } from '../explain';
import { defineKind } from '../kind';
import type { StockPosition } from '../modes/stock';
import { proxyRisk } from '../risk-mapping';
import { costCard, HULL } from './option-explain';
import { feesOf } from './stock-fields';
import { KIND_FIELDS } from '../kind-fields';

export default defineKind<StockPosition, PlanOf<'cross'>>({
  id: 'cross',
  mode: 'stock',
  fields: KIND_FIELDS['cross'],
  fieldMap: (p) => {
    const t = `portfolio.${p.targetId}`;
    return {
      'market.futuresPrice': `${t}.proxyPrice`,
      'market.tenorYears': 'stock.tenorDays',
      'sizing.contractSize': `${t}.proxyContractSize`,
      'estimate.rho': `${t}.proxyCorrelation`,
      'estimate.sigmaF': `${t}.proxyVol`,
      'margin.initialPerContract': `${t}.proxyMargin`,
      'margin.stressMove': 'stock.stressMove',
      'fees.commissionPerContract': 'stock.commission',
      'fees.exchangeFeePerContract': 'stock.exchangeFee',
    };
  },
  name: (s) => {
    const target = s.portfolio.holdings.find((h) => h.id === s.portfolio.targetId);
    return `Proxy: ${target?.proxyName || 'correlated futures'}`;
  },
  plan: (c) => {
    const p = c.position;
    const f = c.v.n('proxyPrice');
    return c.engine.planCross({
      target: p.target,
      market: { futuresPrice: f, tenorYears: p.horizonYears },
      sizing: { contractSize: c.v.n('proxyContractSize'), hedgeRatio: p.hedgeRatio, rounding: p.rounding },
      // Annual standard deviations of price changes: σ·price, one-year periods scaled to the horizon.
      estimate: { method: 'typed', rho: c.v.n('proxyCorrelation'), sigmaS: p.target.volAnnual * p.target.price, sigmaF: c.v.n('proxyVol') * f },
      periodYears: 1,
      fees: feesOf(c.v),
      margin: { initialPerContract: c.v.s('proxyMargin'), stressMove: c.v.n('stressMove') },
      instrument: c.v.s('proxyName') || 'Proxy futures',
    });
  },
  figures: (_c, plan) => [
    { key: 'hedgeRatio', label: 'Minimum-variance hedge ratio h*', value: plan.extras.minVarianceRatio, format: 'number' },
    { key: 'effectiveness', label: 'Hedge effectiveness ρ²', value: plan.extras.effectiveness, format: 'percent' },
  ],
  explain: (c, plan) => {
    const e = plan.extras;
    const t = c.position.target;
    const size = c.v.n('proxyContractSize');
    const f = c.v.n('proxyPrice');
    return {
      contracts: {
        title: 'Proxy futures contracts',
        formula: 'N* = share hedged × h*·Q_A / Q_F (Q_F = units per futures contract), rounded to whole contracts',
        substituted: `${pct(e.hedgeRatio, 0)} × ${fmt(e.minVarianceRatio)} × ${fmt(t.quantity)} / ${fmt(size)} = ${fmt(e.exactContracts, 2)} → ${e.contracts} (${c.position.rounding})`,
        source: `${HULL}, ch. 3, eq. 3.2 (optimal number of contracts)`,
      },
      hedgeRatio: {
        title: 'Minimum-variance hedge ratio h*',
        formula: 'h* = ρ·σ_S/σ_F (σ of price changes)',
        substituted: `h* = ${fmt(e.correlation)} × (${pct(t.volAnnual)} × ${fmt(t.price)}) / (${pct(c.v.n('proxyVol'))} × ${fmt(f)}) = ${fmt(e.minVarianceRatio)}`,
        source: `${HULL}, ch. 3, eq. 3.1 (cross hedging)`,
      },
      effectiveness: {
        title: 'Hedge effectiveness',
        formula: 'effectiveness = ρ² (share of variance removed)',
        substituted: `${fmt(e.correlation)}² = ${pct(e.effectiveness, 2)}`,
        source: `${HULL}, ch. 3 (hedge effectiveness)`,
      },
      cost: costCard(plan),
    };
  },
  risk: (c, plan) => {
    const f = c.v.n('proxyPrice');
    return proxyRisk(plan.hedgedQuantity * f, c.position.holding.localValue, plan.extras.sigmaF / f, plan.extras.correlation, c.v.s('proxyName') || 'Proxy futures');
  },
  band: (c, plan) => (x) => {
    const b = c.engine.crossHedgeBand(plan, x);
    return [b.lower, b.upper];
  },
});
