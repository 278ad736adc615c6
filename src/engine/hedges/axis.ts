/**
 * The x-axis a plan's payoff lives on, and the generic move table read from it: charts, move
 * tables and risk mapping take x from `plan.axis`, so an index-level payoff is never evaluated
 * at a stock's price.
 */
import type { AxisKind, HedgePlan, PlanAxis } from './plan';

/** A plotting range around `today`: ±50 %, never below zero, widened to include `include`; finite, lo < hi. */
export function rangeAround(today: number, include: readonly number[] = []): readonly [number, number] {
  const pts = include.filter((x) => Number.isFinite(x) && x > 0);
  const lo = Math.min(0.5 * today, ...pts.map((x) => 0.8 * x));
  const hi = Math.max(1.5 * today, ...pts.map((x) => 1.2 * x));
  const l = Number.isFinite(lo) ? Math.max(0, lo) : 0;
  const h = Number.isFinite(hi) && hi > l ? hi : l + 1;
  return [l, h];
}

/** A price-like axis (relative moves): the target's price, an FX rate or an index level. */
export function levelAxis(kind: Exclude<AxisKind, 'rate' | 'yield-shift'>, label: string, unit: string, today: number, include: readonly number[] = []): PlanAxis {
  return { kind, label, unit, today, range: rangeAround(today, include), moves: 'relative' };
}

/** A rate-like axis (absolute moves, in rate units): a floating rate or a yield shift. */
export function rateAxis(kind: 'rate' | 'yield-shift', label: string, today: number, halfWidth: number): PlanAxis {
  const lo = kind === 'rate' ? Math.max(-0.01, today - halfWidth) : today - halfWidth;
  return { kind, label, unit: kind === 'rate' ? 'rate (decimal, 0.01 = 1 %)' : 'yield shift (decimal, 0.01 = +100 bp)', today, range: [lo, today + halfWidth], moves: 'absolute' };
}

export interface MoveRow {
  /** The move: a fraction of today's x (relative axes) or an amount added to it (absolute axes). */
  readonly move: number;
  /** x on the plan's axis after the move. */
  readonly x: number;
  readonly unhedged: number;
  readonly hedged: number;
}

export const RELATIVE_MOVES: readonly number[] = [-0.2, -0.1, 0, 0.1, 0.2];
export const ABSOLUTE_MOVES: readonly number[] = [-0.01, -0.005, 0, 0.005, 0.01];

/**
 * Value with and without the hedge after each move of x on the plan's own axis: ±20 % of today's
 * level on a price, FX-rate or index axis; ±1 point on a rate or yield-shift axis.
 */
export function buildMoveTable(plan: HedgePlan, moves?: readonly number[]): MoveRow[] {
  const { axis } = plan;
  const steps = moves ?? (axis.moves === 'relative' ? RELATIVE_MOVES : ABSOLUTE_MOVES);
  return steps.map((move) => {
    const x = axis.moves === 'relative' ? axis.today * (1 + move) : axis.today + move;
    return { move, x, unhedged: plan.payoff.unhedged(x), hedged: plan.payoff.hedged(x) };
  });
}
