/** Put spread: buy a put, sell a lower one; cheaper, protects only between the two strikes. */
import type { PlanOf } from '../../engine';
import { defineKind } from '../kind';
import type { StockPosition } from '../modes/stock';
import { optionRisk } from '../risk-mapping';
import { commonOptionCards, premiumCard, strikeWarning } from './option-explain';
import { NOT_FOR_SHORT, optionCommon, optionGreeks, optionMarket } from './protective-put';
import type { KindContext } from '../kind';
import { quoteOf } from './quote-fields';
import { planQuoteReport } from './quotes';
import { STOCK_KIND_FIELD_MAP, strikePrice } from './stock-fields';
import { KIND_FIELDS } from '../kind-fields';

function spreadQuotes(c: KindContext<StockPosition>, plan: PlanOf<'put-spread'>) {
  const e = plan.extras;
  return planQuoteReport(plan, optionMarket(c), c.v, [
    { slot: 'put', type: 'put', strike: e.longPutStrike, side: 'buy', source: e.longPutPremiumSource },
    { slot: 'lowerPut', type: 'put', strike: e.shortPutStrike, side: 'sell', source: e.shortPutPremiumSource },
  ]);
}

export default defineKind<StockPosition, PlanOf<'put-spread'>>({
  id: 'put-spread',
  mode: 'stock',
  fields: KIND_FIELDS['put-spread'],
  side: 'long',
  notForSide: NOT_FOR_SHORT.putSpread,
  fieldMap: STOCK_KIND_FIELD_MAP,
  name: () => 'Put spread',
  plan: (c) => {
    const spot = c.position.target.price;
    const quote = quoteOf(c.v, 'put');
    const lower = quoteOf(c.v, 'lowerPut');
    return c.engine.planPutSpread({
      ...optionCommon(c),
      longPutStrike: strikePrice(c.v, 'putStrike', spot),
      shortPutStrike: strikePrice(c.v, 'spreadLowerStrike', spot),
      ...(quote !== undefined ? { longPutPremiumQuote: quote } : {}),
      ...(lower !== undefined ? { shortPutPremiumQuote: lower } : {}),
    });
  },
  figures: (c, plan) => [
    { key: 'premium', label: 'Long put premium per unit', value: plan.extras.longPutPremiumPerUnit, format: 'price' },
    { key: 'shortPremium', label: 'Short put premium per unit', value: plan.extras.shortPutPremiumPerUnit, format: 'price' },
    { key: 'upsideKept', label: 'Upside kept', value: plan.extras.upsideKept, format: 'percent' },
    ...spreadQuotes(c, plan).figures,
  ],
  explain: (c, plan) => {
    const m = optionMarket(c);
    const e = plan.extras;
    return {
      ...spreadQuotes(c, plan).explain,
      ...commonOptionCards(plan, c.position.target, c.v.n('contractSize'), c.position.rounding, e.hedgeRatio, e.contracts),
      premium: premiumCard(m, 'put', e.longPutStrike, e.longPutPremiumPerUnit, e.longPutPremiumSource),
      shortPremium: premiumCard(m, 'put', e.shortPutStrike, e.shortPutPremiumPerUnit, e.shortPutPremiumSource),
    };
  },
  warnings: (c, plan) => {
    const spot = c.position.target.price;
    const name = c.position.target.symbol;
    return [strikeWarning('put', plan.extras.longPutStrike, spot, name), strikeWarning('lower put', plan.extras.shortPutStrike, spot, name), ...spreadQuotes(c, plan).warnings].filter((w): w is string => w !== null);
  },
  greeks: optionGreeks,
  risk: (c, plan) => optionRisk(plan.extras.hedgedDelta, c.position.target.quantity),
});
