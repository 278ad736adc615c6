/** Rate futures strip over every reset to maturity: each period locked at its own futures rate. */
import type { PlanOf } from '../../engine';
import { fmt, pct } from '../explain';
import { defineKind } from '../kind';
import type { RatePosition } from '../modes/rate';
import { costCard } from './option-explain';
import { readSchedule, resetLabel, SCHEDULE_FIELD_MAP } from './rate-schedule-fields';
import { KIND_FIELDS } from '../kind-fields';

const HULL_STRIP = 'Hull, Options, Futures, and Other Derivatives, ch. 6 (a strip of interest rate futures locks successive periods)';

export default defineKind<RatePosition, PlanOf<'rate-strip'>>({
  id: 'rate-strip',
  mode: 'rate',
  fields: KIND_FIELDS['rate-strip'],
  fieldMap: { ...SCHEDULE_FIELD_MAP, valuePerBasisPoint: 'rate.bpValue', 'fees.commissionPerContract': 'rate.commission', 'margin.initialPerContract': 'rate.initialMargin' },
  name: () => 'Futures strip, every reset',
  plan: (c) => {
    const s = readSchedule(c);
    if ('errors' in s) return { ok: false, errors: s.errors };
    const p = c.position;
    return c.engine.planRateStrip({
      target: { symbol: 'Loan', amount: p.principal, currency: p.currency },
      schedule: s.schedule,
      sizing: { rounding: 'nearest' },
      fees: { commissionPerContract: c.v.s('commission'), exchangeFeePerContract: '0' },
      margin: { initialPerContract: c.v.s('initialMargin') },
      spread: p.spread,
      valuePerBasisPoint: c.v.s('bpValue'),
    });
  },
  figures: (_c, plan) => [
    { key: 'averageRate', label: 'Average locked loan rate, all resets', value: plan.extras.averageLockedRate, format: 'rate' },
    { key: 'contracts', label: 'Contracts per reset', value: plan.extras.contractsPerPeriod, format: 'number' },
    { key: 'contracts', label: `Contracts in all (${plan.extras.periods.length} resets)`, value: plan.extras.totalContracts, format: 'number' },
    { key: 'averageRate', label: 'Interest locked, all periods', money: plan.extras.lockedInterest },
  ],
  tables: (c, plan) => [{
    key: 'schedule',
    rowLabel: 'Reset',
    title: 'The strip: one set of contracts per reset',
    columns: ['Futures price', 'Forward rate', 'Contracts', 'Locked loan rate'],
    rows: plan.extras.periods.map((q) => ({
      header: `Reset in ${resetLabel(q.resetYears)}`,
      cells: [`${fmt(100 - q.forwardRate * 100, 4)}${q.quoted ? '' : ' (last price repeated)'}`, { value: q.forwardRate, format: 'rate' as const }, `${plan.extras.contractsPerPeriod} ${c.position.principal > 0 ? 'sold' : 'bought'}`, { value: q.lockedRate, format: 'rate' as const }],
    })),
    note: 'Each period’s rate is locked at its own futures rate (100 − price) plus the loan margin. Futures rates are taken as forward rates (no convexity adjustment).',
  }],
  explain: (c, plan) => {
    const p = c.position;
    const e = plan.extras;
    return {
      contracts: {
        title: 'Rate futures contracts per reset',
        formula: 'N = principal × period × 0.0001 / (value of 1 bp per contract), for each reset',
        substituted: `N = ${fmt(p.principal, 0)} × ${fmt(p.accrualYears, 4)} × 0.0001 / ${c.v.s('bpValue')} = ${fmt(e.exactContractsPerPeriod, 2)} → ${e.contractsPerPeriod} × ${e.periods.length} resets = ${e.totalContracts}`,
        source: HULL_STRIP,
      },
      averageRate: {
        title: 'Average locked loan rate',
        formula: 'Σ (F_k + spread)·τ_k / Σ τ_k, F_k = (100 − futures price_k)/100',
        substituted: `(${e.periods.map((q) => pct(q.lockedRate, 3)).join(' + ')}) / ${e.periods.length} = ${pct(e.averageLockedRate, 3)}; interest ${fmt(-e.lockedInterest.amount.toNumber(), 2)} ${p.currency}`,
        source: HULL_STRIP,
      },
      cost: costCard(plan),
    };
  },
});
