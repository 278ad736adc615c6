/**
 * American options in the generalized Black–Scholes–Merton model (cost of carry b = r − q;
 * b = 0 for options on futures): value by the Andersen–Lake–Offengeld boundary method (see
 * american-put.ts for the regimes), Greeks by bump-and-reprice. Callers validate ModelParams
 * first (spot > 0, strike > 0, t ≥ 0, vol ≥ 0, finite r and b); results are then always finite.
 */
import { buildPutPricer } from './american-put';
import { schemeFor, type PutScheme } from './american-schemes';
import { priceEuropean, type RhoMode } from './european';
import type { ModelParams, Valuation } from './types';

/** How rho moves the carry: 'bsm' holds q fixed (b moves with r), 'black76' holds b = 0. */
export interface AmericanOptions {
  readonly rhoMode?: RhoMode;
}

/** Relative spot bump for delta and gamma: the boundary is reused, so the difference is smooth. */
const SPOT_BUMP = 1e-3;
/** Absolute bumps: vol (per 1.00), rate (per 1.00) and time (years, one third of a day). */
const VOL_BUMP = 1e-3;
const RATE_BUMP = 1e-4;
const TIME_BUMP = 1 / 1095;

/**
 * Price as a function of spot for fixed market and contract: a put is K·P(S/K); a call is
 * S·P(K/S) with rate and yield exchanged (McDonald & Schroder 1998 put-call symmetry).
 */
function buildSpotPricer(p: ModelParams, scheme: PutScheme): (spot: number) => number {
  const q = p.r - p.b;
  // Every spot by collocation, none by the negligible-premium shortcut: differences of a
  // shortcut value and a collocated one would be differences of two methods.
  if (p.type === 'put') {
    const put = buildPutPricer(p.r, q, p.vol, p.t, scheme, false);
    return (spot) => p.strike * put(spot / p.strike);
  }
  const put = buildPutPricer(q, p.r, p.vol, p.t, scheme, false);
  return (spot) => spot * put(p.strike / spot);
}

/**
 * Value of one American option (price units of the underlying): spot, strike > 0; r, b annual
 * continuous decimals; t years; vol annual decimal. ALO (Andersen, Lake & Offengeld, J. Comp.
 * Finance 20(1), 2016), within about 4e-6 of the strike of a converged (64, 64, 12) solution.
 */
export function priceAmericanValue(p: ModelParams): number {
  // At expiry the option is its payoff, computed exactly rather than through the K·P(S/K) scaling.
  if (!(p.t > 0)) return Math.max(p.type === 'call' ? p.spot - p.strike : p.strike - p.spot, 0);
  const q = p.r - p.b;
  if (p.type === 'put') return p.strike * buildPutPricer(p.r, q, p.vol, p.t)(p.spot / p.strike);
  return p.spot * buildPutPricer(q, p.r, p.vol, p.t)(p.strike / p.spot);
}

/** Central difference when both sides are allowed, else the one-sided one that is. */
function slope(f: (x: number) => number, x: number, h: number, min: number): number {
  if (x - h >= min) return (f(x + h) - f(x - h)) / (2 * h);
  return (f(x + h) - f(x)) / h;
}

/**
 * Price and per-unit Greeks of one American option (units as priceAmericanValue). Delta and
 * gamma by central differences in spot on one solved boundary; vega (per 1.00 vol), rho
 * (per 1.00 of r, q or b held as `rhoMode` says) and theta (per year of passing time, t
 * shrinking) by bump-and-reprice, as QuantLib's test-suite checks Greeks (americanoption.cpp).
 */
export function priceAmerican(p: ModelParams, options: AmericanOptions = {}): Valuation {
  // At expiry exercise style no longer matters: payoff, step delta, zero time Greeks.
  if (!(p.t > 0)) return priceEuropean(p, options.rhoMode);
  // Every bump is priced with the base market's scheme: a bump across a tier boundary would
  // otherwise difference two schemes' errors. A call's scheme is that of its put-side market.
  const q = p.r - p.b;
  const scheme = p.type === 'put' ? schemeFor(p.r, q, p.vol, p.t) : schemeFor(q, p.r, p.vol, p.t);
  const atSpot = buildSpotPricer(p, scheme);
  const price = atSpot(p.spot);
  const h = SPOT_BUMP * p.spot;
  const up = atSpot(p.spot + h);
  const down = atSpot(p.spot - h);
  const onIntrinsic = [p.spot - h, p.spot, p.spot + h].every((s, i) => isIntrinsic(p, s, [down, price, up][i] as number));
  // Deep in the exercise region the value is the payoff itself: exact Greeks, not rounding noise.
  const delta = onIntrinsic ? (p.type === 'call' ? 1 : -1) : withinDeltaBound(p, (up - down) / (2 * h));
  const gamma = onIntrinsic ? 0 : (up - 2 * price + down) / (h * h);

  const reprice = (change: Partial<ModelParams>) => {
    const bumped = { ...p, ...change };
    return bumped.t > 0 ? buildSpotPricer(bumped, scheme)(bumped.spot) : priceAmericanValue(bumped);
  };
  const vega = slope((vol) => reprice({ vol }), p.vol, VOL_BUMP, 0);
  const holdCarry = options.rhoMode === 'black76';
  const rho = slope((r) => reprice({ r, b: holdCarry ? p.b : p.b + (r - p.r) }), p.r, RATE_BUMP, -Infinity);
  const dt = Math.min(TIME_BUMP, p.t / 2);
  const theta = dt > 0 ? -slope((t) => reprice({ t }), p.t, dt, 0) : 0;
  return { price, delta, gamma, vega, theta, rho: finiteOr(rho) };
}

/**
 * The difference quotient, kept inside the bound every American delta obeys: exercised at any
 * τ ≤ t, one more unit of spot is worth e^((b−r)τ) today, so |delta| ≤ max(1, e^((b−r)t)), with
 * the sign of the payoff (a no-arbitrage bound, as in Merton 1973, "Theory of Rational Option Pricing"). Near
 * the exercise boundary the quotient can step past it by rounding of the solved boundary.
 */
function withinDeltaBound(p: ModelParams, delta: number): number {
  const bound = Math.max(1, Math.exp((p.b - p.r) * p.t));
  return p.type === 'call' ? Math.min(Math.max(delta, 0), bound) : Math.max(Math.min(delta, 0), -bound);
}

/** True when `value` is the exercise payoff at `spot` (to rounding) and that payoff is positive. */
function isIntrinsic(p: ModelParams, spot: number, value: number): boolean {
  const payoff = p.type === 'call' ? spot - p.strike : p.strike - spot;
  return payoff > 0 && Math.abs(value - payoff) <= 1e-12 * Math.max(spot, p.strike);
}

function finiteOr(x: number): number {
  return Number.isFinite(x) ? x : 0;
}
