/** Rate futures strip: sell futures to lock the rate of the next reset. */
import type { PlanOf } from '../../engine';
import { fmt, pct } from '../explain';
import { defineKind } from '../kind';
import type { RatePosition } from '../modes/rate';
import { costCard } from './option-explain';
import { KIND_FIELDS } from '../kind-fields';

const HULL_RATES = 'Hull, Options, Futures, and Other Derivatives, ch. 6 (interest rate futures: locking a rate with a strip)';

export default defineKind<RatePosition, PlanOf<'rate-lock'>>({
  id: 'rate-lock',
  mode: 'rate',
  fields: KIND_FIELDS['rate-lock'],
  fieldMap: { valuePerBasisPoint: 'rate.bpValue', 'fees.commissionPerContract': 'rate.commission', 'margin.initialPerContract': 'rate.initialMargin' },
  name: () => 'Rate futures lock',
  plan: (c) => {
    const p = c.position;
    return c.engine.planRateLock({
      target: { symbol: 'Loan', amount: p.principal, currency: p.currency },
      market: { futuresQuote: p.futuresQuote },
      sizing: { rounding: 'nearest' },
      fees: { commissionPerContract: c.v.s('commission'), exchangeFeePerContract: '0' },
      margin: { initialPerContract: c.v.s('initialMargin') },
      spread: p.spread,
      accrualYears: p.accrualYears,
      valuePerBasisPoint: c.v.s('bpValue'),
    });
  },
  figures: (_c, plan) => [{ key: 'lockedRate', label: 'Locked loan rate', value: plan.extras.lockedRate, format: 'rate' }],
  explain: (c, plan) => {
    const p = c.position;
    const e = plan.extras;
    const notional = c.v.opt('contractNotional');
    return {
      contracts: {
        title: 'Rate futures contracts',
        formula: 'N = principal × accrual × 0.0001 / (value of 1 bp per contract)',
        substituted: `N = ${fmt(p.principal, 0)} × ${fmt(p.accrualYears, 4)} × 0.0001 / ${c.v.s('bpValue')} = ${fmt(e.exactContracts, 2)} → ${e.contracts}${notional !== null ? ` (a 3-month contract on ${fmt(notional, 0)} moves ${fmt(notional * 0.0001 * 0.25, 2)} per bp)` : ''}`,
        source: HULL_RATES,
      },
      lockedRate: {
        title: 'Locked loan rate',
        formula: 'locked rate = (100 − futures price)/100 + loan spread',
        substituted: `(100 − ${fmt(p.futuresQuote, 3)})/100 + ${pct(p.spread)} = ${pct(e.lockedRate, 3)}`,
        source: HULL_RATES,
      },
      cost: costCard(plan),
    };
  },
});
