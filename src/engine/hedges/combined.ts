/**
 * Several hedges held together as one plan: legs and ledger lines are concatenated (one currency,
 * totals exact), quantities and payoffs add up.
 *
 * Payoff axes: every plan states its x-axis (`plan.axis`: a price, an FX rate, a rate, a yield
 * shift, an index level). Values add only along one axis, so the combined payoff sums the plans on
 * the FIRST plan's axis; plans on another axis still count in the ledger, legs and quantities, and
 * are counted in extras.payoffPlansExcluded (0 when all share the axis). The caller must still only combine
 * plans whose x-axis is the same underlying (e.g. hedges of parts of one target): the plans'
 * unhedged positions add too, so two plans that each hedge the WHOLE target count it twice —
 * split the quantity between them instead.
 */
import { roundMoney, sum } from '../money';
import type { Money } from '../money';
import { fail, guard } from '../result';
import type { Result } from '../result';
import { isRecord } from '../validate';
import { finishPlan } from './plan-check';
import { buildLedger } from './plan';
import type { HedgePlan, PlanAxis, PlanOf } from './plan';
import { Messages } from '../messages';

const MAX_PLANS = 20;

/** True for a plain object shaped like a HedgePlan (payoff functions, a finite axis range). */
export function looksLikePlan(p: unknown): p is HedgePlan {
  if (!isRecord(p) || !isRecord(p.ledger) || !isRecord(p.payoff) || !isRecord(p.extras) || !isRecord(p.axis)) return false;
  const range = p.axis.range;
  return typeof p.kind === 'string' && Array.isArray(p.legs) && Array.isArray(p.ledger.lines) && typeof p.ledger.currency === 'string'
    && isRecord(p.ledger.totalCost) && isRecord(p.ledger.protectedValue)
    && typeof p.payoff.hedged === 'function' && typeof p.payoff.unhedged === 'function'
    && Array.isArray(range) && range.length === 2 && range.every((x) => Number.isFinite(x)) && Number.isFinite(p.axis.today);
}

/** Two axes are the same x quantity when kind, label and unit agree. */
function sameAxis(a: PlanAxis, b: PlanAxis): boolean {
  return a.kind === b.kind && a.label === b.label && a.unit === b.unit;
}

/** Sum of Money values, or null if any is null. */
function sumOrNull(items: readonly (Money | null)[], currency: string): Money | null {
  if (items.some((m) => m === null)) return null;
  return roundMoney(sum(items as Money[], currency));
}

/**
 * Combines hedge plans into one 'combined' plan: ledger = all lines (an error names the plan whose
 * currency differs) over the sum of the components' protected values, payoff = Σ component payoffs
 * on the first plan's axis, floor/cap = Σ of the components' floors/caps when all have one (a
 * guaranteed bound of the sum, not always attained). The components stay in extras.components.
 */
export function combinePlans(plans: readonly HedgePlan[], label?: string): Result<PlanOf<'combined'>> {
  if (!Array.isArray(plans) || plans.length === 0) return fail('plans', Messages.combineNone);
  if (plans.length > MAX_PLANS) return fail('plans', Messages.combineTooMany(MAX_PLANS));
  for (let i = 0; i < plans.length; i++) if (!looksLikePlan(plans[i])) return fail(`plans[${i}]`, Messages.notAPlan);
  if (label !== undefined && typeof label !== 'string') return fail('label', Messages.combineLabel);
  const first = plans[0] as HedgePlan;
  const ccy = first.ledger.currency;
  for (let i = 1; i < plans.length; i++) {
    const c = (plans[i] as HedgePlan).ledger.currency;
    if (c !== ccy) return fail(`plans[${i}].ledger.currency`, Messages.combineCurrency(i + 1, c, ccy));
  }
  return guard('plans', () => finishPlan(build(plans, first, ccy, label), 'plans'));
}

function build(plans: readonly HedgePlan[], first: HedgePlan, ccy: string, label: string | undefined): PlanOf<'combined'> {
  const onAxis = plans.filter((p) => sameAxis(p.axis, first.axis));
  const protectedTotal = sum(plans.map((p) => p.ledger.protectedValue), ccy);
  const ledger = buildLedger(ccy, plans.flatMap((p) => p.ledger.lines), protectedTotal);
  const lo = Math.min(...onAxis.map((p) => p.axis.range[0]));
  const hi = Math.max(...onAxis.map((p) => p.axis.range[1]));
  const all = onAxis.length === plans.length;
  return {
    kind: 'combined',
    label: label ?? plans.map((p) => p.label).join(' + '),
    axis: { ...first.axis, range: [lo, hi] },
    legs: plans.flatMap((p) => p.legs),
    targetQuantity: plans.reduce((a, p) => a + p.targetQuantity, 0),
    hedgedQuantity: plans.reduce((a, p) => a + p.hedgedQuantity, 0),
    unhedgedQuantity: plans.reduce((a, p) => a + p.unhedgedQuantity, 0),
    ledger,
    floor: all ? sumOrNull(plans.map((p) => p.floor), ccy) : null,
    cap: all ? sumOrNull(plans.map((p) => p.cap), ccy) : null,
    breakeven: null,
    residualRisk: { description: plans.map((p, i) => `${i + 1}. ${p.residualRisk.description}`).join(' ') },
    payoff: {
      unhedged: (s: number) => onAxis.reduce((a, p) => a + p.payoff.unhedged(s), 0),
      hedged: (s: number) => onAxis.reduce((a, p) => a + p.payoff.hedged(s), 0),
    },
    extras: { components: plans, payoffPlansExcluded: plans.length - onAxis.length },
  };
}
