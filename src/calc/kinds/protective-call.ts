/** Protective call: keep the short, buy calls on it, a cap on what buying the shares back can cost. */
import type { PlanOf } from '../../engine';
import { defineKind } from '../kind';
import type { KindContext } from '../kind';
import type { StockPosition } from '../modes/stock';
import { optionRisk } from '../risk-mapping';
import { premiumCard, strikeWarning } from './option-explain';
import { optionCommon, optionGreeks, optionMarket } from './protective-put';
import { quoteOf } from './quote-fields';
import { planQuoteReport } from './quotes';
import { fallGainFigure, shortOptionCards } from './short-common';
import { STOCK_KIND_FIELD_MAP, strikePrice } from './stock-fields';
import { KIND_FIELDS } from '../kind-fields';

type Ctx = KindContext<StockPosition>;

function quotes(c: Ctx, plan: PlanOf<'protective-call'>) {
  return planQuoteReport(plan, optionMarket(c), c.v, [{ slot: 'call', type: 'call', strike: plan.extras.callStrike, side: 'buy', source: plan.extras.premiumSource }]);
}

export default defineKind<StockPosition, PlanOf<'protective-call'>>({
  id: 'protective-call',
  mode: 'stock',
  side: 'short',
  fields: KIND_FIELDS['protective-call'],
  fieldMap: STOCK_KIND_FIELD_MAP,
  name: () => 'Protective call',
  plan: (c) => {
    const quote = quoteOf(c.v, 'call');
    return c.engine.planProtectiveCall({
      ...optionCommon(c),
      callStrike: strikePrice(c.v, 'callStrike', c.position.target.price),
      ...(quote !== undefined ? { callPremiumQuote: quote } : {}),
    });
  },
  figures: (c, plan) => [
    { key: 'premium', label: 'Premium per unit', value: plan.extras.premiumPerUnit, format: 'price' },
    fallGainFigure(plan.extras.upsideKept),
    ...quotes(c, plan).figures,
  ],
  explain: (c, plan) => ({
    ...quotes(c, plan).explain,
    ...shortOptionCards(plan, c.position.target, c.v.n('contractSize'), c.position.rounding, plan.extras.hedgeRatio, plan.extras.contracts),
    premium: premiumCard(optionMarket(c), 'call', plan.extras.callStrike, plan.extras.premiumPerUnit, plan.extras.premiumSource),
  }),
  warnings: (c, plan) => [strikeWarning('call', plan.extras.callStrike, c.position.target.price, c.position.target.symbol), ...quotes(c, plan).warnings].filter((w): w is string => w !== null),
  greeks: optionGreeks,
  risk: (c, plan) => optionRisk(plan.extras.hedgedDelta, c.position.target.quantity),
});
