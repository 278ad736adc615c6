/**
 * Expiry-profile figures read from the other side, for a short holding (value Q·s with Q < 0 falls
 * as the price rises): the breakeven is the price the underlying must FALL to before the hedged
 * short is worth what it is today, and the share of a fall's gain that the hedge keeps. Same exact
 * piecewise-linear profile as expiry-profile.ts (Hull, "Options, Futures, and Other Derivatives",
 * 10th ed., ch. 12 payoff tables).
 */
import { Decimal } from '../money';
import { finalSlope, profileValue } from './expiry-profile';
import type { ExpiryProfile } from './expiry-profile';

function kinks(p: ExpiryProfile): Decimal[] {
  const pts = [new Decimal(0), ...p.options.map((o) => o.strike).filter((k) => k.greaterThan(0))];
  pts.sort((a, b) => a.comparedTo(b));
  return pts.filter((k, i) => i === 0 || !k.equals(pts[i - 1] as Decimal));
}

/**
 * Highest price s >= 0 at which V(s) still reaches `target` (today's value of the short), i.e.
 * below it the hedged short has paid for its hedge; null when V never reaches it, or stays at or
 * above it for every higher price (no breakeven to read). Exact: linear inside each segment.
 */
export function profileBreakevenFromAbove(p: ExpiryProfile, target: Decimal): Decimal | null {
  const pts = kinks(p);
  const last = pts[pts.length - 1] as Decimal;
  const vLast = profileValue(p, last);
  const m = finalSlope(p);
  if (!m.isNegative()) {
    if (vLast.greaterThanOrEqualTo(target) || m.greaterThan(0)) return null;
  } else if (vLast.greaterThanOrEqualTo(target)) {
    return last.plus(vLast.minus(target).dividedBy(m.negated()));
  }
  for (let i = pts.length - 1; i > 0; i--) {
    const a = pts[i - 1] as Decimal;
    const b = pts[i] as Decimal;
    const va = profileValue(p, a);
    if (va.greaterThanOrEqualTo(target)) {
      const vb = profileValue(p, b);
      return a.plus(target.minus(va).dividedBy(vb.minus(va)).times(b.minus(a)));
    }
  }
  return null;
}

/** Slope of V below the lowest strike (puts pay there, calls are worthless). */
export function initialSlope(p: ExpiryProfile): Decimal {
  return p.options.reduce((acc, o) => (o.type === 'put' ? acc.minus(o.units) : acc), p.slope);
}
