/**
 * Several hedges held together as one plan: legs and ledger lines are concatenated (one currency,
 * totals exact), quantities and payoffs add up.
 *
 * Payoff axes: every plan's payoff has an x-axis — an underlying price (most kinds), an index
 * level ('beta'), a rate ('rate-swap', 'rate-lock') or a yield shift ('rate-futures'). Values add
 * only along one axis, so the combined payoff sums the plans on the FIRST plan's axis; plans on
 * another axis still count in the ledger, legs and quantities, and are listed in
 * metrics.payoffPlansExcluded (0 when all share the axis). The caller must still only combine
 * plans whose x-axis is the same underlying (e.g. hedges of parts of one target): the plans'
 * unhedged positions add too, so two plans that each hedge the WHOLE target count it twice —
 * split the quantity between them instead.
 */
import { Decimal, money, roundMoney, sum } from '../money';
import type { Money } from '../money';
import { fail, guard, ok } from '../result';
import type { Result } from '../result';
import { isRecord } from '../validate';
import { buildLedger } from './plan';
import type { HedgeKind, HedgePlan } from './plan';

type Axis = 'price' | 'index' | 'rate' | 'yield-shift';

/** The x-axis of a plan's payoff, by kind. */
export function payoffAxis(kind: HedgeKind): Axis {
  if (kind === 'beta') return 'index';
  if (kind === 'rate-swap' || kind === 'rate-lock') return 'rate';
  if (kind === 'rate-futures') return 'yield-shift';
  return 'price';
}

const MAX_PLANS = 20;

function looksLikePlan(p: unknown): p is HedgePlan {
  if (!isRecord(p) || !isRecord(p.ledger) || !isRecord(p.payoff) || !isRecord(p.metrics)) return false;
  return typeof p.kind === 'string' && Array.isArray(p.legs) && Array.isArray(p.ledger.lines) && typeof p.ledger.currency === 'string'
    && typeof p.payoff.hedged === 'function' && typeof p.payoff.unhedged === 'function' && Array.isArray(p.payoff.priceRange);
}

/** Protected value behind a ledger's cost fraction (cost / fraction), or null when it cannot be recovered. */
function protectedOf(plan: HedgePlan): Decimal | null {
  const f = plan.ledger.costFractionOfProtected;
  if (f === null || f === 0 || !Number.isFinite(f)) return null;
  return plan.ledger.totalCost.amount.dividedBy(new Decimal(f)).abs();
}

/** Sum of Money values, or null if any is null. */
function sumOrNull(items: readonly (Money | null)[], currency: string): Money | null {
  if (items.some((m) => m === null)) return null;
  return roundMoney(sum(items as Money[], currency));
}

/**
 * Combines hedge plans into one 'combined' plan: ledger = all lines (an error names the plan whose
 * currency differs), payoff = Σ component payoffs on the first plan's axis, floor/cap = Σ of the
 * components' floors/caps when all have one (a guaranteed bound of the sum, not always attained).
 */
export function combinePlans(plans: readonly HedgePlan[], label?: string): Result<HedgePlan> {
  if (!Array.isArray(plans) || plans.length === 0) return fail('plans', 'Choose at least one hedge to combine.');
  if (plans.length > MAX_PLANS) return fail('plans', `Combine at most ${MAX_PLANS} hedges.`);
  for (let i = 0; i < plans.length; i++) if (!looksLikePlan(plans[i])) return fail(`plans[${i}]`, 'This is not a hedge plan.');
  if (label !== undefined && typeof label !== 'string') return fail('label', 'Enter a name for the combined hedge.');
  const first = plans[0] as HedgePlan;
  const ccy = first.ledger.currency;
  for (let i = 1; i < plans.length; i++) {
    const c = (plans[i] as HedgePlan).ledger.currency;
    if (c !== ccy) return fail(`plans[${i}].ledger.currency`, `Currency mismatch: hedge ${i + 1} is in ${c}, hedge 1 in ${ccy}. Combine hedges in one currency.`);
  }
  return guard('plans', () => ok(build(plans, first, ccy, label)));
}

function build(plans: readonly HedgePlan[], first: HedgePlan, ccy: string, label: string | undefined): HedgePlan {
  const axis = payoffAxis(first.kind);
  const onAxis = plans.filter((p) => payoffAxis(p.kind) === axis);
  const protectedParts = plans.map(protectedOf);
  const protectedTotal = protectedParts.every((d) => d !== null)
    ? money(protectedParts.reduce<Decimal>((a, d) => a.plus(d as Decimal), new Decimal(0)), ccy)
    : money('0', ccy);
  const ledger = buildLedger(ccy, plans.flatMap((p) => p.ledger.lines), protectedTotal);
  const lo = Math.min(...onAxis.map((p) => p.payoff.priceRange[0]));
  const hi = Math.max(...onAxis.map((p) => p.payoff.priceRange[1]));
  const metrics: Record<string, number> = { plans: plans.length, payoffPlansExcluded: plans.length - onAxis.length };
  plans.forEach((p, i) => {
    for (const [k, v] of Object.entries(p.metrics)) if (Number.isFinite(v)) metrics[`${i + 1}.${k}`] = v;
  });
  return {
    kind: 'combined',
    label: label ?? plans.map((p) => p.label).join(' + '),
    legs: plans.flatMap((p) => p.legs),
    hedgedQuantity: plans.reduce((a, p) => a + p.hedgedQuantity, 0),
    unhedgedQuantity: plans.reduce((a, p) => a + p.unhedgedQuantity, 0),
    targetQuantity: plans.reduce((a, p) => a + p.targetQuantity, 0),
    ledger,
    floor: onAxis.length === plans.length ? sumOrNull(plans.map((p) => p.floor), ccy) : null,
    cap: onAxis.length === plans.length ? sumOrNull(plans.map((p) => p.cap), ccy) : null,
    breakeven: null,
    residualRisk: { description: plans.map((p, i) => `${i + 1}. ${p.residualRisk.description}`).join(' ') },
    payoff: {
      priceRange: [lo, hi],
      unhedged: (s: number) => onAxis.reduce((a, p) => a + p.payoff.unhedged(s), 0),
      hedged: (s: number) => onAxis.reduce((a, p) => a + p.payoff.hedged(s), 0),
    },
    metrics,
  };
}
