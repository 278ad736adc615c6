/** Put spread: buy a put, sell a lower one; cheaper, protects only between the two strikes. */
import type { PlanOf } from '../../engine';
import { defineKind } from '../kind';
import type { StockPosition } from '../modes/stock';
import { optionRisk } from '../risk-mapping';
import { commonOptionCards, premiumCard, strikeWarning } from './option-explain';
import { OPTION_FIELDS, optionCommon, optionGreeks, optionMarket } from './protective-put';
import { spreadLowerStrike, STOCK_KIND_FIELD_MAP, strikePrice } from './stock-fields';

export default defineKind<StockPosition, PlanOf<'put-spread'>>({
  id: 'put-spread',
  mode: 'stock',
  fields: [...OPTION_FIELDS, spreadLowerStrike],
  fieldMap: STOCK_KIND_FIELD_MAP,
  name: () => 'Put spread',
  plan: (c) => {
    const spot = c.position.target.price;
    const quote = c.v.opt('putQuote');
    return c.engine.planPutSpread({
      ...optionCommon(c),
      longPutStrike: strikePrice(c.v, 'putStrike', spot),
      shortPutStrike: strikePrice(c.v, 'spreadLowerStrike', spot),
      ...(quote !== null ? { longPutPremiumQuote: String(quote) } : {}),
    });
  },
  figures: (_c, plan) => [
    { key: 'premium', label: 'Long put premium per unit', value: plan.extras.longPutPremiumPerUnit, format: 'price' },
    { key: 'shortPremium', label: 'Short put premium per unit', value: plan.extras.shortPutPremiumPerUnit, format: 'price' },
    { key: 'upsideKept', label: 'Upside kept', value: plan.extras.upsideKept, format: 'percent' },
  ],
  explain: (c, plan) => {
    const m = optionMarket(c);
    const e = plan.extras;
    return {
      ...commonOptionCards(plan, c.position.target, c.v.n('contractSize'), c.position.rounding, e.hedgeRatio, e.contracts),
      premium: premiumCard(m, 'put', e.longPutStrike, e.longPutPremiumPerUnit, e.longPutPremiumSource),
      shortPremium: premiumCard(m, 'put', e.shortPutStrike, e.shortPutPremiumPerUnit, e.shortPutPremiumSource),
    };
  },
  warnings: (c, plan) => {
    const spot = c.position.target.price;
    const name = c.position.target.symbol;
    return [strikeWarning('put', plan.extras.longPutStrike, spot, name), strikeWarning('lower put', plan.extras.shortPutStrike, spot, name)].filter((w): w is string => w !== null);
  },
  greeks: optionGreeks,
  risk: (c, plan) => optionRisk(plan.extras.hedgedDelta, c.position.target.quantity),
});
