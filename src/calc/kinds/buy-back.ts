/** Buy-back: close the short now; the cost of buying the shares back, with the commission. */
import type { PlanOf } from '../../engine';
import { fmt, pct } from '../explain';
import { defineKind } from '../kind';
import type { StockPosition } from '../modes/stock';
import { unitsRisk } from '../risk-mapping';
import { costCard, HULL } from './option-explain';
import { shortFloorCapCards } from './short-common';
import { KIND_FIELDS } from '../kind-fields';

export default defineKind<StockPosition, PlanOf<'buy-back'>>({
  id: 'buy-back',
  mode: 'stock',
  side: 'short',
  fields: KIND_FIELDS['buy-back'],
  fieldMap: { buyBackPrice: 'stock.buyBackPrice', commission: 'stock.buyBackCommission', 'sizing.hedgeRatio': 'stock.hedgeRatio' },
  name: () => 'Buy back (close the short)',
  plan: (c) => {
    const p = c.position;
    const price = c.v.opt('buyBackPrice');
    return c.engine.planBuyBack({
      target: p.target,
      ...(price !== null ? { buyBackPrice: price } : {}),
      sizing: { hedgeRatio: p.hedgeRatio, rounding: p.rounding },
      commission: c.v.s('buyBackCommission'),
    });
  },
  figures: (_c, plan) => [
    { key: 'buyBackCost', label: 'Buy-back cost (shares × price + commission)', money: plan.extras.buyBackCost },
    { key: 'buyBackPrice', label: 'Price paid per share', value: plan.extras.buyBackPrice, format: 'price' },
  ],
  explain: (c, plan) => {
    const e = plan.extras;
    return {
      buyBackCost: {
        title: 'Buy-back cost',
        formula: 'shares bought back × price paid + commission',
        substituted: `${pct(e.hedgeRatio, 0)} × ${fmt(Math.abs(c.position.target.quantity))} → ${fmt(e.unitsBoughtBack)} × ${fmt(e.buyBackPrice)} + ${c.v.s('buyBackCommission')} = ${fmt(e.buyBackCost.amount.toNumber(), 2)} ${e.buyBackCost.currency}`,
        source: `${HULL}, ch. 5 (short selling: closing out a short position)`,
      },
      cost: costCard(plan),
      ...shortFloorCapCards(plan),
    };
  },
  risk: (c, plan) => unitsRisk(plan.extras.unitsBoughtBack, c.position.target.quantity),
});
