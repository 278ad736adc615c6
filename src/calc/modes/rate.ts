/** The borrower's mode: a floating-rate loan whose next reset is hedged. */
import type { Scenario } from '../../state/scenario';
import { num, textField } from '../fields';
import type { FieldSpec } from '../fields';
import type { ModeModule } from '../kind';

export interface RatePosition {
  readonly principal: number;
  readonly currency: string;
  readonly spread: number;
  /** Interest period after the reset, years. */
  readonly accrualYears: number;
  /** Today's futures quote (100 − rate) and the rate it implies, decimal. */
  readonly futuresQuote: number;
  readonly futuresRate: number;
}

const LOAN = 'The loan';

const FIELDS: readonly FieldSpec[] = [
  num('principal', 'Principal', LOAN, { gt: 0 }),
  textField('currency', 'Currency', LOAN, { hint: 'ISO code, e.g. EUR' }),
  num('resetMonths', 'Rate resets in', LOAN, { gt: 0, max: 600 }, { unit: 'months' }),
  num('loanMonths', 'Interest period after the reset', LOAN, { gt: 0, max: 120 }, { unit: 'months' }),
  num('spread', 'Loan margin over the reference rate', LOAN, { percent: true, min: -100, max: 100 }, { unit: '% per year' }),
  num('futuresPrice', 'Futures price', 'Rate futures', { gt: 50, max: 150 }, { unit: '100 − rate' }),
];

export const rateMode: ModeModule<RatePosition> = {
  mode: 'rate',
  slice: 'rate',
  title: 'Loan rate',
  fields: FIELDS,
  fieldMap: () => ({
    'target.amount': 'rate.principal', 'target.currency': 'rate.currency', spread: 'rate.spread', loanSpread: 'rate.spread',
    accrualYears: 'rate.loanMonths', 'market.tenorYears': 'rate.loanMonths', 'market.futuresQuote': 'rate.futuresPrice', 'market.floatingRate': 'rate.futuresPrice',
  }),
  position(s: Scenario, v) {
    const x = s.rate;
    const months = v.n('resetMonths');
    const base = { currency: x.currency, restOfPortfolioValue: 0, horizonYears: Number.isFinite(months) ? months / 12 : null };
    const quote = v.n('futuresPrice');
    const position: RatePosition = { principal: v.n('principal'), currency: x.currency, spread: v.n('spread'), accrualYears: v.n('loanMonths') / 12, futuresQuote: quote, futuresRate: (100 - quote) / 100 };
    return { position, base, errors: {}, notes: {} };
  },
};
