/** Payer swap over every reset to maturity, valued against the strip's forward rates. */
import type { PlanOf } from '../../engine';
import { fmt, pct } from '../explain';
import { defineKind } from '../kind';
import type { RatePosition } from '../modes/rate';
import { costCard } from './option-explain';
import { readSchedule, resetLabel, SCHEDULE_FIELD_MAP } from './rate-schedule-fields';
import { KIND_FIELDS } from '../kind-fields';

const HULL_SWAPS = 'Hull, Options, Futures, and Other Derivatives, ch. 7 (using a swap to transform a liability; valuing a swap as a portfolio of FRAs)';

export default defineKind<RatePosition, PlanOf<'swap-term'>>({
  id: 'swap-term',
  mode: 'rate',
  fields: KIND_FIELDS['swap-term'],
  fieldMap: { ...SCHEDULE_FIELD_MAP, swapFixedRate: 'rate.swapRate' },
  name: () => 'Payer swap to maturity',
  plan: (c) => {
    const s = readSchedule(c);
    if ('errors' in s) return { ok: false, errors: s.errors };
    const p = c.position;
    return c.engine.planSwapToMaturity({ target: { symbol: 'Loan', amount: p.principal, currency: p.currency }, schedule: s.schedule, loanSpread: p.spread, swapFixedRate: c.v.n('swapRate') });
  },
  figures: (_c, plan) => [
    { key: 'allIn', label: 'All-in fixed rate, every reset', value: plan.extras.allInFixedRate, format: 'rate' },
    { key: 'par', label: 'Fair (par) swap rate from the futures', value: plan.extras.parRate, format: 'rate' },
    { key: 'par', label: 'Value of the swap at your fixed rate', money: plan.extras.swapValue },
    { key: 'allIn', label: 'Interest locked, all periods', money: plan.extras.lockedInterest },
  ],
  tables: (c, plan) => [{
    key: 'schedule',
    rowLabel: 'Reset',
    title: 'The swap, reset by reset',
    columns: ['Forward rate', 'Discount factor', 'Fixed paid', 'Value of the period'],
    rows: plan.extras.periods.map((q) => ({
      header: `Reset in ${resetLabel(q.resetYears)}`,
      cells: [{ value: q.forwardRate, format: 'rate' as const }, fmt(q.discountFactor, 6), { value: c.v.n('swapRate'), format: 'rate' as const }, { value: plan.extras.notional * q.accrualYears * (q.forwardRate - c.v.n('swapRate')) * q.discountFactor, format: 'money' as const }],
    })),
    note: 'Value of a period to you (paying fixed): notional × period × (forward − fixed) × discount factor. Discount factors are chained from the forward rates; the stub to the first reset at the first forward.',
  }],
  explain: (c, plan) => {
    const p = c.position;
    const e = plan.extras;
    return {
      allIn: {
        title: 'All-in fixed rate with the swap',
        formula: 'loan pays floating + spread; swap pays fixed, receives floating → fixed + spread at every reset',
        substituted: `${pct(c.v.n('swapRate'), 3)} + ${pct(p.spread, 3)} = ${pct(e.allInFixedRate, 3)} on ${fmt(p.principal, 0)} ${p.currency} for ${e.periods.length} periods`,
        source: HULL_SWAPS,
      },
      par: {
        title: 'Fair swap rate and the value of yours',
        formula: 'par = Σ τF·P / Σ τ·P; value to the payer = Σ N·τ·(F − K)·P',
        substituted: `par = ${pct(e.parRate, 4)}; value at ${pct(c.v.n('swapRate'), 3)} = ${fmt(e.swapValue.amount.toNumber(), 2)} ${p.currency}`,
        source: HULL_SWAPS,
      },
      cost: costCard(plan),
    };
  },
});
