/** The importer's (or exporter's) mode: a foreign-currency amount owed or due. */
import type { TargetPosition } from '../../engine';
import type { Compounding, Scenario } from '../../state/scenario';
import { num, textField } from '../fields';
import type { FieldSpec, FormValues } from '../fields';
import type { ModeModule } from '../kind';
import { daysToYears } from '../fields';

export interface FxPosition {
  /** The foreign amount, signed (payable < 0), priced in domestic per foreign. */
  readonly target: TargetPosition;
  readonly rDomestic: number;
  readonly rForeign: number;
  readonly tenorYears: number;
  readonly compounding: Compounding;
  /** "EUR per USD". */
  readonly pair: string;
}

export const pairOf = (v: FormValues) => `${String(v.slice.domestic || 'domestic')} per ${String(v.slice.foreign || 'foreign')}`;
const PAYMENT = 'The payment';
const MARKET = 'Market';

const FIELDS: readonly FieldSpec[] = [
  {
    kind: 'select', field: 'side', label: 'Direction', group: PAYMENT,
    options: [{ value: 'payable', label: 'I must pay foreign currency' }, { value: 'receivable', label: 'I will receive foreign currency' }],
  },
  num('amount', 'Amount', PAYMENT, { gt: 0 }, { unit: (v) => String(v.slice.foreign || 'foreign') }),
  textField('foreign', 'Foreign currency', PAYMENT, { hint: 'ISO code, e.g. USD' }),
  textField('domestic', 'Home currency', PAYMENT, { hint: 'ISO code, e.g. EUR' }),
  // The engine's 50-year limit, in the field's unit (calendar days).
  num('tenorDays', 'Due in', PAYMENT, { gt: 0, max: 50 * 365 }, { unit: 'calendar days' }),
  num('spot', 'Spot rate', MARKET, { gt: 0 }, { unit: pairOf }),
  num('domesticRate', (v) => `${String(v.slice.domestic || 'Home')} interest rate`, MARKET, { percent: true, gt: -100, max: 100 }, { unit: '% per year' }),
  num('foreignRate', (v) => `${String(v.slice.foreign || 'Foreign')} interest rate`, MARKET, { percent: true, gt: -100, max: 100 }, { unit: '% per year' }),
  {
    kind: 'select', field: 'compounding', label: 'Rates compound', group: MARKET,
    options: [{ value: 'continuous', label: 'Continuously' }, { value: 'simple', label: 'Simple (money-market)' }],
  },
];

export const fxMode: ModeModule<FxPosition> = {
  mode: 'fx',
  slice: 'fx',
  title: 'Currency payment',
  fields: FIELDS,
  fieldMap: () => ({
    'target.quantity': 'fx.amount', 'target.price': 'fx.spot', 'target.currency': 'fx.domestic', 'target.symbol': 'fx.foreign',
    'market.r': 'fx.domesticRate', 'market.rForeign': 'fx.foreignRate', 'market.tenorYears': 'fx.tenorDays',
  }),
  position(s: Scenario, v) {
    const f = s.fx;
    const days = v.n('tenorDays');
    const horizonYears = Number.isFinite(days) ? daysToYears(days) : null;
    const base = { currency: f.domestic, restOfPortfolioValue: 0, horizonYears };
    if (horizonYears === null) return { position: null, base, errors: {}, notes: {} };
    const amount = v.n('amount');
    const target: TargetPosition = { symbol: f.foreign, quantity: f.side === 'payable' ? -amount : amount, price: v.n('spot'), currency: f.domestic, volAnnual: 0, dividendYield: 0 };
    const pair = `${f.domestic} per ${f.foreign}`;
    return { position: { target, rDomestic: v.n('domesticRate'), rForeign: v.n('foreignRate'), tenorYears: horizonYears, compounding: f.compounding, pair }, base, errors: {}, notes: {} };
  },
};
