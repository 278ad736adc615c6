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
import { commission, contractSize, exchangeFee, exercise, expiryDays, feesOf, putQuote, putStrike, STOCK_KIND_FIELD_MAP, strikeMode, strikePrice } from './stock-fields';

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

export const OPTION_FIELDS = [strikeMode, putStrike, expiryDays, contractSize, exercise, putQuote, commission, exchangeFee];

export default defineKind<StockPosition, PlanOf<'protective-put'>>({
  id: 'protective-put',
  mode: 'stock',
  fields: OPTION_FIELDS,
  fieldMap: STOCK_KIND_FIELD_MAP,
  name: () => 'Protective put',
  plan: (c) => {
    const quote = c.v.opt('putQuote');
    return c.engine.planProtectivePut({
      ...optionCommon(c),
      putStrike: strikePrice(c.v, 'putStrike', c.position.target.price),
      ...(quote !== null ? { putPremiumQuote: String(quote) } : {}),
    });
  },
  figures: (_c, plan) => [
    { key: 'premium', label: 'Premium per unit', value: plan.extras.premiumPerUnit, format: 'price' },
    { key: 'upsideKept', label: 'Upside kept', value: plan.extras.upsideKept, format: 'percent' },
  ],
  explain: (c, plan) => ({
    ...commonOptionCards(plan, c.position.target, c.v.n('contractSize'), c.position.rounding, plan.extras.hedgeRatio, plan.extras.contracts),
    premium: premiumCard(optionMarket(c), 'put', plan.extras.putStrike, plan.extras.premiumPerUnit, plan.extras.premiumSource),
  }),
  warnings: (c, plan) => [strikeWarning('put', plan.extras.putStrike, c.position.target.price, c.position.target.symbol)].filter((w): w is string => w !== null),
  greeks: optionGreeks,
  risk: (c, plan) => optionRisk(plan.extras.hedgedDelta, c.position.target.quantity),
});
