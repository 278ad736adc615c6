/** Short sale: sell the target short against the holding; pays a borrow fee, needs margin. */
import type { PlanOf } from '../../engine';
import { fmt, pct } from '../explain';
import { defineKind } from '../kind';
import type { StockPosition } from '../modes/stock';
import { unitsRisk } from '../risk-mapping';
import { costCard, floorCapCards, HULL } from './option-explain';
import { NOT_FOR_SHORT } from './protective-put';
import { STOCK_KIND_FIELD_MAP } from './stock-fields';
import { KIND_FIELDS } from '../kind-fields';

/** A decimal fraction as exact short text: 0.011000000000000001 (1.1 % in binary) -> '0.011'. */
export function fractionText(x: number): string {
  return String(Number(x.toPrecision(12)));
}

export default defineKind<StockPosition, PlanOf<'short-sale'>>({
  id: 'short-sale',
  mode: 'stock',
  fields: KIND_FIELDS['short-sale'],
  fieldMap: { ...STOCK_KIND_FIELD_MAP, 'market.tenorYears': 'stock.tenorDays', commission: 'stock.commission' },
  name: () => 'Short sale',
  side: 'long',
  notForSide: NOT_FOR_SHORT.shortSale,
  plan: (c) => {
    const p = c.position;
    return c.engine.planShortSale({
      target: p.target,
      market: { tenorYears: p.horizonYears, r: p.r },
      sizing: { hedgeRatio: p.hedgeRatio, rounding: p.rounding },
      borrowFeeAnnual: fractionText(c.v.n('borrowFee')),
      commission: c.v.s('commission'),
      margin: { initialFraction: c.v.n('shortMargin'), stressMove: c.v.n('stressMove') },
    });
  },
  figures: (_c, plan) => [
    { key: 'borrow', label: 'Borrow fee', value: plan.extras.borrowFee, format: 'money' },
    { key: 'dividends', label: 'Dividends owed', value: plan.extras.dividendsOwed, format: 'money' },
  ],
  explain: (c, plan) => {
    const e = plan.extras;
    const days = c.position.horizonYears * 365;
    return {
      contracts: {
        title: 'Shares shorted',
        formula: 'shares shorted = share of the position to hedge × shares held, rounded to whole lots',
        substituted: `${pct(c.position.hedgeRatio, 0)} × ${fmt(c.position.target.quantity)} → ${fmt(e.unitsShorted)} shares, value ${fmt(e.shortValue, 2)}`,
        source: `${HULL}, ch. 5 (short selling)`,
      },
      cost: costCard(plan),
      ...floorCapCards(plan),
      borrow: {
        title: 'Borrow fee',
        formula: 'fee rate × value borrowed × days / 365',
        substituted: `${pct(c.v.n('borrowFee'), 3)} × ${fmt(e.shortValue, 2)} × ${fmt(days, 0)}/365 = ${fmt(e.borrowFee, 2)}`,
        source: `${HULL}, ch. 5 (short selling: fees and dividends owed to the lender)`,
      },
      dividends: {
        title: 'Dividends owed to the lender',
        formula: 'shares shorted × price × dividend yield × days / 365',
        substituted: `${fmt(e.unitsShorted)} × ${fmt(c.position.target.price)} × ${pct(c.position.target.dividendYield)} × ${fmt(days, 0)}/365 = ${fmt(e.dividendsOwed, 2)}`,
        source: `${HULL}, ch. 5 (short selling)`,
      },
    };
  },
  risk: (c, plan) => unitsRisk(plan.extras.unitsShorted, c.position.target.quantity),
});
