/**
 * The last gate of every planner: an ok plan holds no NaN or ±Infinity anywhere (numbers and Money
 * amounts, walked through the whole object) and its payoff is finite across its own axis range.
 * Extreme but individually valid inputs (a price of 1e-300 against an amount of 1e12) can still
 * overflow a product; such a plan becomes a plain field error instead of a figure nobody can use.
 */
import { fail, ok } from '../result';
import type { Result } from '../result';
import { Messages } from '../messages';
import type { HedgePlan } from './plan';

function isDecimalLike(v: object): v is { isFinite(): boolean } {
  const d = v as { isFinite?: unknown; isNaN?: unknown };
  return typeof d.isFinite === 'function' && typeof d.isNaN === 'function';
}

/** True when every number (and Decimal) reachable from `value` is finite; functions are skipped. */
export function isFiniteDeep(value: unknown, seen: Set<object> = new Set()): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value === null || typeof value !== 'object' || seen.has(value)) return true;
  seen.add(value);
  if (isDecimalLike(value)) return value.isFinite();
  for (const v of Object.values(value)) if (!isFiniteDeep(v, seen)) return false;
  return true;
}

/** Points the payoff is checked at: today and nine across the axis range. */
export function axisSamples(plan: HedgePlan): number[] {
  const [lo, hi] = plan.axis.range;
  return [plan.axis.today, ...Array.from({ length: 9 }, (_, i) => lo + ((hi - lo) * i) / 8)];
}

/** The plan when it is finite everywhere and its range is a proper interval; else an error on `field`. */
export function finishPlan<P extends HedgePlan>(plan: P, field: string): Result<P> {
  const [lo, hi] = plan.axis.range;
  if (!isFiniteDeep(plan) || !(lo < hi)) return fail(field, Messages.tooExtreme);
  for (const x of axisSamples(plan)) {
    if (!Number.isFinite(plan.payoff.unhedged(x)) || !Number.isFinite(plan.payoff.hedged(x))) return fail(field, Messages.tooExtreme);
  }
  return ok(plan);
}
