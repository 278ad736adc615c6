/** Short collar: buy a call, write a put; the put strike typed, or solved so the collar costs nothing. */
import type { PlanOf } from '../../engine';
import { fmt } from '../explain';
import { defineKind } from '../kind';
import type { KindContext } from '../kind';
import type { StockPosition } from '../modes/stock';
import { optionRisk } from '../risk-mapping';
import { HULL, premiumCard, strikeWarning } from './option-explain';
import { optionCommon, optionGreeks, optionMarket } from './protective-put';
import { quoteOf } from './quote-fields';
import { planQuoteReport } from './quotes';
import { fallGainFigure, shortOptionCards } from './short-common';
import { STOCK_KIND_FIELD_MAP, strikePrice } from './stock-fields';
import { KIND_FIELDS } from '../kind-fields';

type Ctx = KindContext<StockPosition>;

/** The quotes of both legs; the solved put has no typed quote of its own. */
function quotes(c: Ctx, plan: PlanOf<'short-collar'>) {
  const e = plan.extras;
  return planQuoteReport(plan, optionMarket(c), c.v, [
    { slot: 'call', type: 'call', strike: e.callStrike, side: 'buy', source: e.callPremiumSource },
    ...(e.zeroCostSolved ? [] : [{ slot: 'put' as const, type: 'put' as const, strike: e.putStrike, side: 'sell' as const, source: e.putPremiumSource }]),
  ]);
}

export default defineKind<StockPosition, PlanOf<'short-collar'>>({
  id: 'short-collar',
  mode: 'stock',
  side: 'short',
  fields: KIND_FIELDS['short-collar'],
  fieldMap: STOCK_KIND_FIELD_MAP,
  name: (s) => (s.stock.zeroCostCollar ? 'Zero-cost short collar' : 'Short collar'),
  plan: (c) => {
    const spot = c.position.target.price;
    const solve = c.v.b('zeroCostCollar');
    const callQ = quoteOf(c.v, 'call');
    const putQ = quoteOf(c.v, 'put');
    return c.engine.planShortCollar({
      ...optionCommon(c),
      callStrike: strikePrice(c.v, 'callStrike', spot),
      solveZeroCost: solve,
      ...(solve ? {} : { putStrike: strikePrice(c.v, 'putStrike', spot) }),
      ...(callQ !== undefined ? { callPremiumQuote: callQ } : {}),
      ...(!solve && putQ !== undefined ? { putPremiumQuote: putQ } : {}),
    });
  },
  figures: (c, plan) => [
    { key: 'premium', label: 'Call premium per unit', value: plan.extras.callPremiumPerUnit, format: 'price' },
    { key: 'putPremium', label: 'Put premium per unit', value: plan.extras.putPremiumPerUnit, format: 'price' },
    { key: 'putStrike', label: 'Put strike', value: plan.extras.putStrike, format: 'price' },
    fallGainFigure(plan.extras.upsideKept),
    ...quotes(c, plan).figures,
  ],
  explain: (c, plan) => {
    const m = optionMarket(c);
    const e = plan.extras;
    return {
      ...quotes(c, plan).explain,
      ...shortOptionCards(plan, c.position.target, c.v.n('contractSize'), c.position.rounding, e.hedgeRatio, e.contracts),
      premium: premiumCard(m, 'call', e.callStrike, e.callPremiumPerUnit, e.callPremiumSource),
      putPremium: premiumCard(m, 'put', e.putStrike, e.putPremiumPerUnit, e.putPremiumSource),
      ...(e.zeroCostSolved
        ? {
            putStrike: {
              title: 'Zero-cost put strike',
              formula: 'solve K_p such that put premium(K_p) = call premium(K_c)',
              substituted: `call(${fmt(e.callStrike)}) = ${fmt(e.callPremiumPerUnit)} = put(${fmt(e.putStrike)}) = ${fmt(e.putPremiumPerUnit)}`,
              source: `${HULL}, ch. 12 (collars, mirrored for a short); root by the Illinois false-position method (Dowell & Jarratt 1971)`,
            },
          }
        : {}),
    };
  },
  warnings: (c, plan) => {
    const spot = c.position.target.price;
    const name = c.position.target.symbol;
    return [strikeWarning('call', plan.extras.callStrike, spot, name), strikeWarning('put', plan.extras.putStrike, spot, name), ...quotes(c, plan).warnings].filter((w): w is string => w !== null);
  },
  greeks: optionGreeks,
  risk: (c, plan) => optionRisk(plan.extras.hedgedDelta, c.position.target.quantity),
});
