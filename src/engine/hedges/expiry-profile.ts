/**
 * The hedged position's value at expiry as an exact piecewise-linear function of the underlying
 * price s >= 0: V(s) = constant + slope·s + Σ units_i · payoff_i(s), with payoff = max(K − s, 0)
 * for a put and max(s − K, 0) for a call (Hull, "Options, Futures, and Other Derivatives", 10th ed.,
 * ch. 12, payoff tables). The kinks are the strikes, so floor, cap and breakeven are found exactly
 * (in Decimal) by looking at s = 0, each strike, and the slope beyond the last strike.
 */
import { Decimal } from '../money';
import type { OptionType } from '../pricing/types';

export interface ProfileOption {
  readonly type: OptionType;
  readonly strike: Decimal;
  /** Underlying units of options held: > 0 long, < 0 written. */
  readonly units: Decimal;
}

export interface ExpiryProfile {
  readonly constant: Decimal;
  readonly slope: Decimal;
  readonly options: readonly ProfileOption[];
}

/** Exact V(s) at expiry; `s` in currency per unit, >= 0. */
export function profileValue(p: ExpiryProfile, s: Decimal): Decimal {
  let v = p.constant.plus(p.slope.times(s));
  for (const o of p.options) {
    const intrinsic = o.type === 'put' ? o.strike.minus(s) : s.minus(o.strike);
    if (intrinsic.greaterThan(0)) v = v.plus(o.units.times(intrinsic));
  }
  return v;
}

/** Slope of V beyond the highest strike (calls count, puts are worthless there). */
export function finalSlope(p: ExpiryProfile): Decimal {
  return p.options.reduce((acc, o) => (o.type === 'call' ? acc.plus(o.units) : acc), p.slope);
}

/** Sorted distinct kink points, starting at s = 0. */
function kinks(p: ExpiryProfile): Decimal[] {
  const pts = [new Decimal(0), ...p.options.map((o) => o.strike).filter((k) => k.greaterThan(0))];
  pts.sort((a, b) => a.comparedTo(b));
  return pts.filter((k, i) => i === 0 || !k.equals(pts[i - 1] as Decimal));
}

/** Lowest V(s) over s >= 0, or null when V falls without bound as s grows. */
export function profileFloor(p: ExpiryProfile): Decimal | null {
  if (finalSlope(p).isNegative() && !finalSlope(p).isZero()) return null;
  return Decimal.min(...kinks(p).map((k) => profileValue(p, k)));
}

/** Highest V(s) over s >= 0, or null when V grows without bound. */
export function profileCap(p: ExpiryProfile): Decimal | null {
  if (finalSlope(p).greaterThan(0)) return null;
  return Decimal.max(...kinks(p).map((k) => profileValue(p, k)));
}

/**
 * Lowest price s >= 0 at which V(s) reaches `target` (e.g. today's position value), or null if it
 * never does. 0 when V(0) already reaches it. Linear interpolation inside each segment is exact.
 */
export function profileBreakeven(p: ExpiryProfile, target: Decimal): Decimal | null {
  const pts = kinks(p);
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i] as Decimal;
    const va = profileValue(p, a);
    if (va.greaterThanOrEqualTo(target)) return a;
    const b = pts[i + 1];
    const slope = b === undefined ? finalSlope(p) : profileValue(p, b).minus(va).dividedBy(b.minus(a));
    if (!slope.greaterThan(0)) continue;
    const s = a.plus(target.minus(va).dividedBy(slope));
    if (b === undefined || s.lessThanOrEqualTo(b)) return s;
  }
  return null;
}

/** Float version of V(s) for charts: same formula, plain numbers, s clamped to >= 0. */
export function profileValueFloat(p: ExpiryProfile): (s: number) => number {
  const c = p.constant.toNumber();
  const m = p.slope.toNumber();
  const opts = p.options.map((o) => ({ put: o.type === 'put', k: o.strike.toNumber(), u: o.units.toNumber() }));
  return (sRaw: number) => {
    const s = Number.isFinite(sRaw) && sRaw > 0 ? sRaw : 0;
    let v = c + m * s;
    for (const o of opts) v += o.u * Math.max(o.put ? o.k - s : s - o.k, 0);
    return v;
  };
}
