/**
 * How the figures read for a short holding, whose risk is a rise: the plan's floor (its lowest
 * value) is a cap on what buying the shares back can cost, its cap is the best case when the price
 * falls, and its breakeven is the price the shares must fall to.
 */
import type { HedgeResult } from '../../../calc/types';
import type { HedgePlan, Money } from '../../../engine';
import { formatMoneyExact } from '../../shared/format';

export const SHORT_LABELS = {
  worstCase: 'Worst case: buy-back capped at',
  bestCase: 'Best case (value if the price falls)',
  breakeven: 'Breakeven price (the shares must fall to)',
  column: 'Worst case',
} as const;

export function isShortHedge(hedge: Pick<HedgeResult, 'exposure'>): boolean {
  return hedge.exposure === 'short';
}

/** The most buying back can cost: minus the plan's lowest value, as exact money. */
export function buyBackCap(plan: HedgePlan): Money | null {
  return plan.floor ? { amount: plan.floor.amount.negated(), currency: plan.floor.currency } : null;
}

/** The comparison's worst-case cell of a short: "buy-back ≤ 56,318.00 EUR", or "no cap". */
export function shortWorstCaseText(plan: HedgePlan): string {
  const cap = buyBackCap(plan);
  return cap ? `buy-back ≤ ${formatMoneyExact(cap)}` : 'no cap';
}
