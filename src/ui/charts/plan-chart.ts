/** From a hedge plan to the payoff chart's input: its payoff functions, strikes, breakeven, floor and cap. */
import type { HedgePlan } from '../../engine';
import { isFiniteNumber } from './payoff-data';
import type { PayoffChartInput } from './payoff-data';

export interface PlanChartOptions extends Omit<PayoffChartInput, 'unhedged' | 'hedged' | 'hedgedAt' | 'priceRange' | 'reference'> {
  /** Today's value on the plan's axis; default the plan's own (`plan.axis.today`). */
  readonly spot?: number | null;
}

/** Chart input from a hedge plan: its payoff functions, strikes, breakeven and floor/cap as floats. */
export function payoffInputFromPlan(plan: HedgePlan, options: PlanChartOptions = {}): PayoffChartInput {
  const { spot, ...rest } = options;
  const strikes = plan.legs.map((l) => l.strike).filter(isFiniteNumber);
  return {
    currency: plan.floor?.currency ?? plan.cap?.currency ?? plan.ledger.currency,
    ...rest,
    unhedged: plan.payoff.unhedged,
    hedged: plan.payoff.hedged,
    ...(plan.payoff.hedgedAt ? { hedgedAt: plan.payoff.hedgedAt } : {}),
    priceRange: plan.axis.range,
    reference: {
      spot: spot ?? plan.axis.today,
      strikes: [...new Set(strikes)],
      breakeven: plan.breakeven,
      floor: plan.floor ? plan.floor.amount.toNumber() : null,
      cap: plan.cap ? plan.cap.amount.toNumber() : null,
    },
  };
}

/** Years to the earliest option expiry of a plan that can be valued before expiry; null otherwise. */
export function optionExpiryYears(plan: HedgePlan): number | null {
  if (!plan.payoff.hedgedAt) return null;
  const expiries = plan.legs.filter((l) => l.strike !== undefined).map((l) => l.expiryYears).filter((t): t is number => isFiniteNumber(t) && t > 0);
  return expiries.length > 0 ? Math.min(...expiries) : null;
}
