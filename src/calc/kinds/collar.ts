/** Collar: buy a put, sell a call; the call strike typed, or solved so the collar costs nothing. */
import type { PlanOf } from '../../engine';
import { fmt } from '../explain';
import { defineKind } from '../kind';
import type { StockPosition } from '../modes/stock';
import { optionRisk } from '../risk-mapping';
import { commonOptionCards, HULL, premiumCard, strikeWarning } from './option-explain';
import { NOT_FOR_SHORT, optionCommon, optionGreeks, optionMarket } from './protective-put';
import type { KindContext } from '../kind';
import { quoteOf } from './quote-fields';
import { planQuoteReport } from './quotes';
import { STOCK_KIND_FIELD_MAP, strikePrice } from './stock-fields';
import { KIND_FIELDS } from '../kind-fields';

/** The quotes of both legs; the solved call has no typed quote of its own. */
function collarQuotes(c: KindContext<StockPosition>, plan: PlanOf<'collar'>) {
  const e = plan.extras;
  return planQuoteReport(plan, optionMarket(c), c.v, [
    { slot: 'put', type: 'put', strike: e.putStrike, side: 'buy', source: e.putPremiumSource },
    ...(e.zeroCostSolved ? [] : [{ slot: 'call' as const, type: 'call' as const, strike: e.callStrike, side: 'sell' as const, source: e.callPremiumSource }]),
  ]);
}

export default defineKind<StockPosition, PlanOf<'collar'>>({
  id: 'collar',
  mode: 'stock',
  fields: KIND_FIELDS['collar'],
  side: 'long',
  notForSide: NOT_FOR_SHORT.collar,
  fieldMap: STOCK_KIND_FIELD_MAP,
  name: (s) => (s.stock.zeroCostCollar ? 'Zero-cost collar' : 'Collar'),
  plan: (c) => {
    const spot = c.position.target.price;
    const solve = c.v.b('zeroCostCollar');
    const putQ = quoteOf(c.v, 'put');
    const callQ = quoteOf(c.v, 'call');
    return c.engine.planCollar({
      ...optionCommon(c),
      putStrike: strikePrice(c.v, 'putStrike', spot),
      solveZeroCost: solve,
      ...(solve ? {} : { callStrike: strikePrice(c.v, 'callStrike', spot) }),
      ...(putQ !== undefined ? { putPremiumQuote: putQ } : {}),
      ...(!solve && callQ !== undefined ? { callPremiumQuote: callQ } : {}),
    });
  },
  figures: (c, plan) => [
    { key: 'premium', label: 'Put premium per unit', value: plan.extras.putPremiumPerUnit, format: 'price' },
    { key: 'callPremium', label: 'Call premium per unit', value: plan.extras.callPremiumPerUnit, format: 'price' },
    { key: 'callStrike', label: 'Call strike', value: plan.extras.callStrike, format: 'price' },
    { key: 'upsideKept', label: 'Upside kept', value: plan.extras.upsideKept, format: 'percent' },
    ...collarQuotes(c, plan).figures,
  ],
  explain: (c, plan) => {
    const m = optionMarket(c);
    const e = plan.extras;
    return {
      ...collarQuotes(c, plan).explain,
      ...commonOptionCards(plan, c.position.target, c.v.n('contractSize'), c.position.rounding, e.hedgeRatio, e.contracts),
      premium: premiumCard(m, 'put', e.putStrike, e.putPremiumPerUnit, e.putPremiumSource),
      callPremium: premiumCard(m, 'call', e.callStrike, e.callPremiumPerUnit, e.callPremiumSource),
      ...(e.zeroCostSolved
        ? {
            callStrike: {
              title: 'Zero-cost call strike',
              formula: 'solve K_c such that call premium(K_c) = put premium(K_p)',
              substituted: `put(${fmt(e.putStrike)}) = ${fmt(e.putPremiumPerUnit)} = call(${fmt(e.callStrike)}) = ${fmt(e.callPremiumPerUnit)}`,
              source: `${HULL}, ch. 12 (range forwards / zero-cost collars); root by the Illinois false-position method (Dowell & Jarratt 1971)`,
            },
          }
        : {}),
    };
  },
  warnings: (c, plan) => {
    const spot = c.position.target.price;
    const name = c.position.target.symbol;
    return [strikeWarning('put', plan.extras.putStrike, spot, name), strikeWarning('call', plan.extras.callStrike, spot, name), ...collarQuotes(c, plan).warnings].filter((w): w is string => w !== null);
  },
  greeks: optionGreeks,
  risk: (c, plan) => optionRisk(plan.extras.hedgedDelta, c.position.target.quantity),
});
