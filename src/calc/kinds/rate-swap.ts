/** Payer swap: pay fixed, receive floating; the loan's floating rate becomes fixed + spread. */
import type { PlanOf } from '../../engine';
import { fmt, pct } from '../explain';
import { defineKind } from '../kind';
import type { RatePosition } from '../modes/rate';
import { KIND_FIELDS } from '../kind-fields';

const HULL_SWAPS = 'Hull, Options, Futures, and Other Derivatives, ch. 7 (using a swap to transform a liability)';

export default defineKind<RatePosition, PlanOf<'rate-swap'>>({
  id: 'rate-swap',
  mode: 'rate',
  fields: KIND_FIELDS['rate-swap'],
  fieldMap: { swapFixedRate: 'rate.swapRate' },
  name: () => 'Payer swap',
  plan: (c) => {
    const p = c.position;
    return c.engine.planRateSwap({
      target: { symbol: 'Loan', amount: p.principal, currency: p.currency },
      market: { floatingRate: p.futuresRate, tenorYears: p.accrualYears },
      loanSpread: p.spread,
      swapFixedRate: c.v.n('swapRate'),
      accrualYears: p.accrualYears,
    });
  },
  figures: (_c, plan) => [{ key: 'allIn', label: 'All-in fixed rate', value: plan.extras.allInFixedRate, format: 'rate' }],
  explain: (c, plan) => ({
    allIn: {
      title: 'All-in fixed rate with the swap',
      formula: 'loan pays floating + spread; swap pays fixed, receives floating → fixed + spread',
      substituted: `${pct(c.v.n('swapRate'), 3)} + ${pct(c.position.spread, 3)} = ${pct(plan.extras.allInFixedRate, 3)} on ${fmt(c.position.principal, 0)} ${c.position.currency}`,
      source: HULL_SWAPS,
    },
  }),
});
