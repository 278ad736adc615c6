/**
 * Futures or forward buy hedge of a short holding: buy futures on the shares, so a rise that makes
 * the buy-back dearer is paid back by the futures (Hull, "Options, Futures, and Other Derivatives",
 * ch. 3, long hedge). The price typed, or the fair forward S·e^{(r−q)T} to the horizon (Hull ch. 5).
 */
import type { PlanOf } from '../../engine';
import { fmt, pct } from '../explain';
import { defineKind } from '../kind';
import type { KindContext } from '../kind';
import type { StockPosition } from '../modes/stock';
import { unitsRisk } from '../risk-mapping';
import { costCard, HULL } from './option-explain';
import { shortFloorCapCards } from './short-common';
import { feesOf, STOCK_KIND_FIELD_MAP } from './stock-fields';
import { KIND_FIELDS } from '../kind-fields';

type Ctx = KindContext<StockPosition>;

/** The futures price used: the typed one, or the fair forward to the horizon. */
function futuresPrice(c: Ctx): { readonly price: number; readonly typed: boolean } {
  const typed = c.v.opt('stockFuturesPrice');
  const t = c.position.target;
  return typed !== null ? { price: typed, typed: true } : { price: c.engine.parityForward(t.price, c.position.r, t.dividendYield, c.position.horizonYears), typed: false };
}

export default defineKind<StockPosition, PlanOf<'futures'>>({
  id: 'stock-futures',
  mode: 'stock',
  side: 'short',
  fields: KIND_FIELDS['stock-futures'],
  fieldMap: {
    ...STOCK_KIND_FIELD_MAP,
    'market.futuresPrice': 'stock.stockFuturesPrice',
    'sizing.contractSize': 'stock.stockFuturesSize',
    'margin.initialPerContract': 'stock.stockFuturesMargin',
  },
  name: () => 'Futures buy hedge',
  plan: (c) =>
    c.engine.planFutures({
      target: c.position.target,
      market: { futuresPrice: futuresPrice(c).price },
      sizing: { contractSize: c.v.n('stockFuturesSize'), hedgeRatio: c.position.hedgeRatio, rounding: c.position.rounding },
      fees: feesOf(c.v),
      margin: { initialPerContract: c.v.s('stockFuturesMargin'), stressMove: c.v.n('stressMove') },
      instrument: `Futures on ${c.position.target.symbol}`,
    }),
  figures: (_c, plan) => [
    { key: 'lockedPrice', label: 'Locked-in buy-back price', value: plan.extras.lockedPrice, format: 'price' },
    { key: 'lockedPrice', label: `Locked-in cost of the ${fmt(plan.hedgedQuantity)} shares hedged`, money: { amount: plan.extras.lockedValue.amount.abs(), currency: plan.extras.lockedValue.currency } },
  ],
  explain: (c, plan) => {
    const t = c.position.target;
    const f = futuresPrice(c);
    const e = plan.extras;
    return {
      contracts: {
        title: 'Futures contracts bought',
        formula: 'N = hedge ratio × |shares short| / shares per contract, rounded to whole contracts',
        substituted: `${pct(e.hedgeRatio, 0)} × ${fmt(Math.abs(t.quantity))} / ${fmt(c.v.n('stockFuturesSize'))} = ${fmt(e.exactContracts)} → ${e.contracts} (${c.position.rounding})`,
        source: `${HULL}, ch. 3, eq. 3.1 (long hedge)`,
      },
      lockedPrice: f.typed
        ? { title: 'Locked-in buy-back price', formula: 'the futures price you typed (basis at close-out taken as 0)', substituted: `${fmt(f.price)} per share`, source: `${HULL}, ch. 3 (basis risk)` }
        : {
            title: 'Locked-in buy-back price: the fair forward',
            formula: 'F = S·e^{(r − q)T}',
            substituted: `${fmt(t.price)} × e^{(${pct(c.position.r)} − ${pct(t.dividendYield)}) × ${fmt(c.position.horizonYears)}} = ${fmt(f.price)}`,
            source: `${HULL}, ch. 5 (forward price of an asset with a known yield)`,
          },
      cost: costCard(plan),
      ...shortFloorCapCards(plan),
    };
  },
  risk: (c, plan) => unitsRisk(plan.hedgedQuantity, c.position.target.quantity),
});
