/** Protective put: buy puts on the target, a floor under its value at expiry. */
import type { HedgePlan, PlanOf } from '../../engine';
import { positionGreeks } from '../greeks';
import { defineKind } from '../kind';
import type { KindContext } from '../kind';
import type { StockPosition } from '../modes/stock';
import { optionRisk } from '../risk-mapping';
import { daysToYears } from '../fields';
import { commonOptionCards, premiumCard, strikeWarning } from './option-explain';
import type { OptionMarket } from './option-explain';
import { feesOf, STOCK_KIND_FIELD_MAP, strikePrice } from './stock-fields';
import { quoteOf } from './quote-fields';
import { planQuoteReport } from './quotes';
import { KIND_FIELDS } from '../kind-fields';

type Ctx = KindContext<StockPosition>;

/** The option market of a stock option hedge: the target, the rate, the option's own expiry and exercise style. */
export function optionMarket(c: Ctx): OptionMarket {
  return { target: c.position.target, r: c.position.r, t: daysToYears(c.v.n('expiryDays')), exercise: c.v.s('exercise') === 'european' ? 'european' : 'american', engine: c.engine };
}

/** Inputs every stock option hedge passes to the engine. */
export function optionCommon(c: Ctx) {
  const p = c.position;
  const m = optionMarket(c);
  return {
    target: p.target,
    market: { r: p.r, tenorYears: m.t },
    sizing: { contractSize: c.v.n('contractSize'), hedgeRatio: p.hedgeRatio, rounding: p.rounding },
    fees: feesOf(c.v),
    exercise: m.exercise,
  };
}

/** Greeks of the target plus the plan's option legs, priced as the plan was. */
export function optionGreeks(c: Ctx, plan: HedgePlan) {
  const m = optionMarket(c);
  return positionGreeks(plan, m.target.quantity, { spot: m.target.price, r: m.r, q: m.target.dividendYield, vol: m.target.volAnnual, exercise: m.exercise }, c.engine);
}

/** Inputs of every stock option hedge, either side. */
export { OPTION_BASE, OPTION_FIELDS } from './stock-fields';

/** Why a hedge of a holding does not fit a short one. */
export const NOT_FOR_SHORT = {
  put: 'Not for a short holding: a put pays when the price falls, and a short loses when it rises. See the protective call.',
  collar: 'Not for a short holding: this collar protects a holding against a fall. See the short collar (buy a call, write a put).',
  putSpread: 'Not for a short holding: a put spread pays on a fall. See the call spread.',
  shortSale: 'Not for a short holding: the holding is already short. See the buy-back, which closes it.',
} as const;

function putQuotes(c: Ctx, plan: PlanOf<'protective-put'>) {
  return planQuoteReport(plan, optionMarket(c), c.v, [{ slot: 'put', type: 'put', strike: plan.extras.putStrike, side: 'buy', source: plan.extras.premiumSource }]);
}

export default defineKind<StockPosition, PlanOf<'protective-put'>>({
  id: 'protective-put',
  mode: 'stock',
  fields: KIND_FIELDS['protective-put'],
  fieldMap: STOCK_KIND_FIELD_MAP,
  name: () => 'Protective put',
  side: 'long',
  notForSide: NOT_FOR_SHORT.put,
  plan: (c) => {
    const quote = quoteOf(c.v, 'put');
    return c.engine.planProtectivePut({
      ...optionCommon(c),
      putStrike: strikePrice(c.v, 'putStrike', c.position.target.price),
      ...(quote !== undefined ? { putPremiumQuote: quote } : {}),
    });
  },
  figures: (c, plan) => [
    { key: 'premium', label: 'Premium per unit', value: plan.extras.premiumPerUnit, format: 'price' },
    { key: 'upsideKept', label: 'Upside kept', value: plan.extras.upsideKept, format: 'percent' },
    ...putQuotes(c, plan).figures,
  ],
  explain: (c, plan) => ({
    ...commonOptionCards(plan, c.position.target, c.v.n('contractSize'), c.position.rounding, plan.extras.hedgeRatio, plan.extras.contracts),
    premium: premiumCard(optionMarket(c), 'put', plan.extras.putStrike, plan.extras.premiumPerUnit, plan.extras.premiumSource),
    ...putQuotes(c, plan).explain,
  }),
  warnings: (c, plan) => [strikeWarning('put', plan.extras.putStrike, c.position.target.price, c.position.target.symbol), ...putQuotes(c, plan).warnings].filter((w): w is string => w !== null),
  greeks: optionGreeks,
  risk: (c, plan) => optionRisk(plan.extras.hedgedDelta, c.position.target.quantity),
});
