/** Interest-rate cap: the option alternative, one caplet per reset, priced with Black's model. */
import type { PlanOf } from '../../engine';
import { fmt, pct } from '../explain';
import { defineKind } from '../kind';
import type { RatePosition } from '../modes/rate';
import { costCard } from './option-explain';
import { readSchedule, resetLabel, SCHEDULE_FIELD_MAP } from './rate-schedule-fields';
import { KIND_FIELDS } from '../kind-fields';

const HULL_CAPS = "Hull, Options, Futures, and Other Derivatives, ch. 29 (interest rate caps: Black's model for caplets)";

export default defineKind<RatePosition, PlanOf<'rate-cap'>>({
  id: 'rate-cap',
  mode: 'rate',
  fields: KIND_FIELDS['rate-cap'],
  fieldMap: { ...SCHEDULE_FIELD_MAP, capRate: 'rate.capRate', volAnnual: 'rate.capVol' },
  name: () => 'Interest-rate cap',
  plan: (c) => {
    const s = readSchedule(c);
    if ('errors' in s) return { ok: false, errors: s.errors };
    const p = c.position;
    // Black's model needs a positive forward: the first reset's rate comes from the mode's futures price.
    if (!(p.futuresRate > 0)) return { ok: false, errors: [{ field: 'market.futuresQuote', message: c.engine.Messages.positiveForwards }] };
    return c.engine.planRateCap({ target: { symbol: 'Loan', amount: p.principal, currency: p.currency }, schedule: s.schedule, spread: p.spread, capRate: c.v.n('capRate'), volAnnual: c.v.n('capVol') });
  },
  figures: (_c, plan) => [
    { key: 'premium', label: 'Cap premium, paid today', money: plan.extras.premium },
    { key: 'premium', label: 'Cap premium per year covered', money: plan.extras.premiumPerYear },
    { key: 'worstRate', label: 'Worst-case effective loan rate', value: plan.extras.worstEffectiveRate, format: 'rate' },
  ],
  wording: () => ({ floor: 'Worst-case interest, premium included' }),
  tables: (_c, plan) => [{
    key: 'caplets',
    rowLabel: 'Caplet',
    title: "The cap's caplets (Black's model)",
    columns: ['Forward rate', 'd₁', 'd₂', 'Discount factor', 'Caplet price'],
    rows: plan.extras.caplets.map((q) => ({
      header: `Reset in ${resetLabel(q.resetYears)}`,
      cells: [{ value: q.forwardRate, format: 'rate' as const }, fmt(q.d1, 4), fmt(q.d2, 4), fmt(q.discountFactor, 6), { value: q.price, format: 'money' as const }],
    })),
    note: `Each caplet pays principal × period × max(rate − ${pct(plan.extras.capRate, 3)}, 0) at the end of its period; one volatility (${pct(plan.extras.volAnnual, 1)}) for all.`,
  }],
  explain: (c, plan) => {
    const p = c.position;
    const e = plan.extras;
    const first = e.caplets[0];
    return {
      premium: {
        title: 'Cap premium: the sum of its caplets',
        formula: 'caplet = L·δ·P(0,t_{k+1})·[F_k·N(d₁) − R_K·N(d₂)], d₁ = [ln(F_k/R_K) + σ²t_k/2]/(σ√t_k), d₂ = d₁ − σ√t_k',
        substituted: first
          ? `first caplet: ${fmt(p.principal, 0)} × ${fmt(p.accrualYears, 4)} × ${fmt(first.discountFactor, 6)} × [${pct(first.forwardRate, 3)}·N(${fmt(first.d1, 4)}) − ${pct(e.capRate, 3)}·N(${fmt(first.d2, 4)})] = ${fmt(first.price, 2)}; all ${e.caplets.length}: ${fmt(e.premium.amount.toNumber(), 2)} ${p.currency}`
          : '—',
        source: HULL_CAPS,
      },
      worstRate: {
        title: 'Worst-case effective loan rate',
        formula: 'cap rate + loan margin + premium / (principal × years covered)',
        substituted: `${pct(e.capRate, 3)} + ${pct(p.spread, 3)} + ${fmt(e.premium.amount.toNumber(), 2)} / (${fmt(p.principal, 0)} × ${fmt(e.maturityYears - c.v.n('resetMonths') / 12, 4)}) = ${pct(e.worstEffectiveRate, 3)}`,
        source: HULL_CAPS,
      },
      cost: costCard(plan),
    };
  },
});
