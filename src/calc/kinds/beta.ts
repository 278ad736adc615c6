/** Macro alternative: index futures on the whole portfolio, to bring its beta to β*. */
import type { PlanOf } from '../../engine';
import { fmt } from '../explain';
import { defineKind } from '../kind';
import type { StockPosition } from '../modes/stock';
import { costCard, HULL } from './option-explain';
import { feesOf } from './stock-fields';
import { KIND_FIELDS } from '../kind-fields';

const NET_SHORT = 'The portfolio’s total value is not above 0 (its shorts outweigh its holdings): a beta hedge of the whole portfolio needs a value above 0.';

export default defineKind<StockPosition, PlanOf<'beta'>>({
  id: 'beta',
  mode: 'stock',
  fields: KIND_FIELDS['beta'],
  fieldMap: {
    'market.futuresPrice': 'stock.indexFuturesPrice',
    'market.indexLevel': 'stock.indexFuturesPrice',
    'market.indexDividendYield': 'stock.indexDividendYield',
    'market.tenorYears': 'stock.tenorDays',
    'sizing.contractSize': 'stock.indexMultiplier',
    'margin.initialPerContract': 'stock.indexMargin',
    'margin.stressMove': 'stock.stressMove',
    'fees.commissionPerContract': 'stock.commission',
    'fees.exchangeFeePerContract': 'stock.exchangeFee',
    targetBeta: 'stock.targetBeta',
  },
  name: (s) => `Macro: ${s.stock.indexName || 'index futures'} on the whole portfolio`,
  plan: (c) => {
    const p = c.position;
    // Shorts can outweigh the holdings: a beta hedge scales with the portfolio's value, so it needs one above 0.
    if (!(p.pf.totalValue > 0)) return { ok: false, errors: [{ field: 'portfolio', message: NET_SHORT }] };
    const f = c.v.n('indexFuturesPrice');
    const q = c.v.n('indexDividendYield');
    return c.engine.planBeta({
      target: { symbol: 'Portfolio', amount: p.pf.totalValue, currency: p.pf.currency, beta: p.pf.beta },
      // Index level implied by the futures price with the index's dividend yield q: F = I·e^{(r−q)T} (Hull eq. 5.3).
      market: { futuresPrice: f, indexLevel: f * Math.exp(-(p.r - q) * p.horizonYears), r: p.r, indexDividendYield: q, tenorYears: p.horizonYears },
      sizing: { contractSize: c.v.n('indexMultiplier'), rounding: p.rounding },
      fees: feesOf(c.v),
      margin: { initialPerContract: c.v.s('indexMargin'), stressMove: c.v.n('stressMove') },
      targetBeta: c.v.n('targetBeta'),
    });
  },
  figures: (_c, plan) => [
    { key: 'beta', label: 'Portfolio beta before', value: plan.extras.portfolioBeta, format: 'number' },
    { key: 'achievedBeta', label: 'Portfolio beta after', value: plan.extras.achievedBeta, format: 'number' },
  ],
  explain: (c, plan) => {
    const e = plan.extras;
    const p = c.position;
    const mult = c.v.n('indexMultiplier');
    const f = c.v.n('indexFuturesPrice');
    const assumed = p.pf.betasAssumed > 0 ? ` (${p.pf.betasAssumed} holding(s) without a beta counted as β = 1)` : '';
    const left = p.pf.excluded.length > 0 ? `; ${p.pf.excluded.length} holding(s) without an FX rate left out` : '';
    return {
      contracts: {
        title: 'Index futures contracts (whole portfolio)',
        formula: 'N* = (β − β*)·P / (F × multiplier), rounded to whole contracts; sold when positive',
        substituted: `(${fmt(e.portfolioBeta)} − ${fmt(e.targetBeta)}) × ${fmt(p.pf.totalValue, 0)} / (${fmt(f)} × ${fmt(mult)}) = ${fmt(e.exactContracts, 2)} → ${e.side} ${e.contracts}${assumed}${left}`,
        source: `${HULL}, ch. 3, §3.5 (stock index futures: changing the beta of a portfolio)`,
      },
      achievedBeta: {
        title: 'Portfolio beta after the hedge (whole contracts)',
        formula: 'β_after = β − N × F × multiplier / P (N signed: + sold)',
        substituted: `${fmt(e.portfolioBeta)} − ${e.side === 'sell' ? '' : '−'}${e.contracts} × ${fmt(f)} × ${fmt(mult)} / ${fmt(p.pf.totalValue, 0)} = ${fmt(e.achievedBeta)}`,
        source: `${HULL}, ch. 3, §3.5`,
      },
      beta: {
        title: 'Portfolio beta',
        formula: 'β = Σ wᵢ·βᵢ, wᵢ = value of holding i / portfolio value',
        substituted: `β = ${fmt(e.portfolioBeta)} over ${p.pf.holdings.length} holding(s) worth ${fmt(p.pf.totalValue, 0)} ${p.pf.currency}${assumed}${left}`,
        source: `${HULL}, ch. 3, §3.5`,
      },
      cost: costCard(plan),
    };
  },
});
