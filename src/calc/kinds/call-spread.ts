/** Call spread on a short: buy a call, write a higher one; cheaper, caps the buy-back only between the strikes. */
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

function quotes(c: Ctx, plan: PlanOf<'call-spread'>) {
  const e = plan.extras;
  return planQuoteReport(plan, optionMarket(c), c.v, [
    { slot: 'call', type: 'call', strike: e.longCallStrike, side: 'buy', source: e.longCallPremiumSource },
    { slot: 'upperCall', type: 'call', strike: e.shortCallStrike, side: 'sell', source: e.shortCallPremiumSource },
  ]);
}

export default defineKind<StockPosition, PlanOf<'call-spread'>>({
  id: 'call-spread',
  mode: 'stock',
  side: 'short',
  fields: KIND_FIELDS['call-spread'],
  fieldMap: STOCK_KIND_FIELD_MAP,
  name: () => 'Call spread',
  plan: (c) => {
    const spot = c.position.target.price;
    const long = quoteOf(c.v, 'call');
    const upper = quoteOf(c.v, 'upperCall');
    return c.engine.planCallSpread({
      ...optionCommon(c),
      longCallStrike: strikePrice(c.v, 'callStrike', spot),
      shortCallStrike: strikePrice(c.v, 'upperCallStrike', spot),
      ...(long !== undefined ? { longCallPremiumQuote: long } : {}),
      ...(upper !== undefined ? { shortCallPremiumQuote: upper } : {}),
    });
  },
  figures: (c, plan) => [
    { key: 'premium', label: 'Bought call premium per unit', value: plan.extras.longCallPremiumPerUnit, format: 'price' },
    { key: 'shortPremium', label: 'Written call premium per unit', value: plan.extras.shortCallPremiumPerUnit, format: 'price' },
    fallGainFigure(plan.extras.upsideKept),
    ...quotes(c, plan).figures,
  ],
  explain: (c, plan) => {
    const m = optionMarket(c);
    const e = plan.extras;
    return {
      ...quotes(c, plan).explain,
      ...shortOptionCards(plan, c.position.target, c.v.n('contractSize'), c.position.rounding, e.hedgeRatio, e.contracts),
      premium: premiumCard(m, 'call', e.longCallStrike, e.longCallPremiumPerUnit, e.longCallPremiumSource),
      shortPremium: premiumCard(m, 'call', e.shortCallStrike, e.shortCallPremiumPerUnit, e.shortCallPremiumSource),
    };
  },
  warnings: (c, plan) => {
    const spot = c.position.target.price;
    const name = c.position.target.symbol;
    return [strikeWarning('call', plan.extras.longCallStrike, spot, name), strikeWarning('upper call', plan.extras.shortCallStrike, spot, name), ...quotes(c, plan).warnings].filter((w): w is string => w !== null);
  },
  greeks: optionGreeks,
  risk: (c, plan) => optionRisk(plan.extras.hedgedDelta, c.position.target.quantity),
});
