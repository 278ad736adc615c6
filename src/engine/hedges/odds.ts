/**
 * The odds of an option hedge at its expiry under a lognormal price (Hull, "Options, Futures, and
 * Other Derivatives", 10th ed., §15.1 and §15.8): the chance the position alone would end below the
 * floor the hedge sets, the chance the hedge's options pay off (finish in the money; for one call
 * in the risk-neutral world this is Hull's N(d2)), the 95 % range of the price, and the expected
 * cost of carrying the hedge: what was paid today less the present value (at r) of the expected payoff.
 */
import { toNumber } from '../money';
import type { Money } from '../money';
import { lognormalBelow, lognormalBetween, lognormalExpectedPayoff, lognormalQuantile } from '../math/lognormal';
import { MAX_RATE } from '../pricing/option-input';
import { guard, ok } from '../result';
import type { Result } from '../result';
import { checkNumber, isRecord } from '../validate';
import { fail } from '../result';
import type { HedgePlan } from './plan';
import { readRevalueModel } from './revalue-input';
import type { RevalueLeg, Shifts } from './revalue-input';

export interface HedgeOddsInput extends Shifts {
  readonly plan: HedgePlan;
  /** The underlying's expected return (annual, continuous, decimal); absent = risk-neutral r − q. */
  readonly expectedReturn?: number;
}

export interface HedgeOdds {
  readonly spot: number;
  /** Drift used: the typed expected return, or r − q (with the rate shift). */
  readonly drift: number;
  readonly driftSource: 'risk-neutral' | 'expected-return';
  readonly volAnnual: number;
  readonly r: number;
  /** Years to the (earliest) expiry: the horizon of every figure here. */
  readonly years: number;
  /** Price at which the position alone is worth the floor; null when the hedge sets no floor. */
  readonly floorPrice: number | null;
  /** 'below' for a holder (the floor saves a fall), 'above' for a short or a payable (a rise). */
  readonly floorSide: 'below' | 'above';
  /** P(the position alone ends beyond floorPrice); null with no floor. */
  readonly probBeyondFloor: number | null;
  /** P(the options' net payoff at expiry is positive). */
  readonly probPaysOff: number;
  /** Expected payoff of the options at expiry (currency, not discounted). */
  readonly expectedPayoff: number;
  /** The same, discounted to today at r: e^{−rT} × expectedPayoff. */
  readonly expectedPayoffToday: number;
  /** Premiums and fees paid today. */
  readonly cost: number;
  /** cost − expectedPayoffToday: what carrying the hedge is expected to cost, in today's money. */
  readonly expectedCost: number;
  /** The price at expiry lies between these with 95 % probability (2.5 % each side). */
  readonly range95: readonly [number, number];
}

const payoff = (l: RevalueLeg, s: number) => l.units * Math.max(l.type === 'put' ? l.strike - s : s - l.strike, 0);

/** P(Σ leg payoffs > 0) at expiry: the payoff is linear between strikes, so each piece's positive part is exact. */
function probPositive(legs: readonly RevalueLeg[], p: (lo: number, hi: number) => number): number {
  const g = (s: number) => legs.reduce((acc, l) => acc + payoff(l, s), 0);
  const slopeAbove = legs.reduce((acc, l) => acc + (l.type === 'call' ? l.units : 0), 0);
  const pts = [0, ...new Set(legs.map((l) => l.strike))].sort((a, b) => a - b);
  let total = 0;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i] as number;
    const ga = g(a);
    if (i === pts.length - 1) {
      if (ga > 0) total += slopeAbove >= 0 ? p(a, Infinity) : p(a, a - ga / slopeAbove);
      else if (slopeAbove > 0) total += p(a - ga / slopeAbove, Infinity);
      continue;
    }
    const b = pts[i + 1] as number;
    const gb = g(b);
    if (ga > 0 && gb > 0) total += p(a, b);
    else if (ga > 0) total += p(a, a + (ga * (b - a)) / (ga - gb));
    else if (gb > 0) total += p(a + (ga * (b - a)) / (ga - gb), b);
  }
  return Math.min(1, Math.max(0, total));
}

/**
 * Probabilities and expected cost of an option hedge at its expiry, lognormal price with the
 * plan's volatility (plus volShift) and drift `expectedReturn` or r − q (r plus rateShift).
 * Errors on 'plan', 'volShift', 'rateShift', 'expectedReturn'. Never throws.
 */
export function hedgeOdds(input: HedgeOddsInput): Result<HedgeOdds> {
  return guard('plan', () => {
    const raw: Record<string, unknown> = isRecord(input) ? input : {};
    const mu = checkNumber('expectedReturn', raw.expectedReturn, { optional: true, min: -MAX_RATE, max: MAX_RATE });
    if (mu !== null) return fail(mu.field, mu.message);
    const model = readRevalueModel(raw.plan, { volShift: raw.volShift as number | undefined, rateShift: raw.rateShift as number | undefined });
    if (!model.ok) return model;
    const m = model.value;
    const T = m.expiryYears;
    const typed = raw.expectedReturn as number | undefined;
    const drift = typed ?? m.r - m.q;
    const between = (lo: number, hi: number) => lognormalBetween(m.spot, drift, m.vol, T, lo, hi);
    const expectedPayoff = m.legs.reduce((acc, l) => acc + l.units * lognormalExpectedPayoff(l.type, m.spot, l.strike, drift, m.vol, T), 0);
    const expectedPayoffToday = expectedPayoff * Math.exp(-m.r * T);
    const floor = (raw.plan as { floor?: Money | null }).floor;
    const floorValue = floor ? toNumber(floor) : null;
    const floorPrice = floorValue !== null && m.quantity !== 0 ? floorValue / m.quantity : null;
    const floorSide = m.quantity < 0 ? 'above' : 'below';
    const below = floorPrice === null ? null : lognormalBelow(m.spot, drift, m.vol, T, floorPrice);
    return ok({
      spot: m.spot, drift, driftSource: typed === undefined ? 'risk-neutral' : 'expected-return', volAnnual: m.vol, r: m.r, years: T,
      floorPrice, floorSide,
      probBeyondFloor: below === null ? null : floorSide === 'below' ? below : 1 - below,
      probPaysOff: probPositive(m.legs, between),
      expectedPayoff, expectedPayoffToday, cost: m.cost, expectedCost: m.cost - expectedPayoffToday,
      range95: [lognormalQuantile(m.spot, drift, m.vol, T, 0.025), lognormalQuantile(m.spot, drift, m.vol, T, 0.975)],
    });
  });
}
