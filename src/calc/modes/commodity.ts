/** The bakery's (or a producer's) mode: a quantity of a commodity to buy or that is held. */
import type { TargetPosition } from '../../engine';
import type { Scenario } from '../../state/scenario';
import { num, textField } from '../fields';
import type { FieldSpec } from '../fields';
import type { ModeModule } from '../kind';
import { daysToYears } from '../fields';

export interface CommodityPosition {
  /** Signed: a buyer's future purchase is short the commodity (quantity < 0). */
  readonly target: TargetPosition;
  readonly unit: string;
  readonly tenorYears: number;
}

const WHAT = 'What you buy or hold';

const FIELDS: readonly FieldSpec[] = [
  textField('commodity', 'Commodity', WHAT),
  {
    kind: 'select', field: 'side', label: 'Your risk', group: WHAT,
    options: [{ value: 'buyer', label: 'I must buy it (a rise hurts): long hedge' }, { value: 'holder', label: 'I hold or produce it (a fall hurts): short hedge' }],
  },
  num('quantity', 'Quantity', WHAT, { gt: 0 }, { unit: 'units, e.g. t' }),
  textField('unit', 'Unit', WHAT),
  textField('currency', 'Currency', WHAT, { hint: 'ISO code, e.g. EUR' }),
  num('spotPrice', 'Spot price today', WHAT, { gt: 0 }, { unit: 'per unit' }),
  num('tenorDays', 'Needed in', WHAT, { gt: 0, max: 36500 }, { unit: 'calendar days' }),
];

export const commodityMode: ModeModule<CommodityPosition> = {
  mode: 'commodity',
  slice: 'commodity',
  title: 'Commodity purchase',
  fields: FIELDS,
  fieldMap: () => ({ 'target.quantity': 'commodity.quantity', 'target.price': 'commodity.spotPrice', 'target.currency': 'commodity.currency', 'market.tenorYears': 'commodity.tenorDays' }),
  position(s: Scenario, v) {
    const c = s.commodity;
    const days = v.n('tenorDays');
    const horizonYears = Number.isFinite(days) ? daysToYears(days) : null;
    const base = { currency: c.currency, restOfPortfolioValue: 0, horizonYears };
    const errors: Record<string, string> = {};
    if (!/^[A-Z]{3}$/.test(c.currency)) errors['commodity.currency'] = 'Enter a three-letter currency code, e.g. EUR.';
    if (horizonYears === null || Object.keys(errors).length > 0) return { position: null, base, errors, notes: {} };
    const quantity = v.n('quantity');
    const target: TargetPosition = { symbol: c.commodity || 'Commodity', quantity: c.side === 'buyer' ? -quantity : quantity, price: v.n('spotPrice'), currency: c.currency, volAnnual: 0, dividendYield: 0 };
    return { position: { target, unit: c.unit, tenorYears: horizonYears }, base, errors, notes: {} };
  },
};
