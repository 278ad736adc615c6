/**
 * Implied volatility: the σ at which the model reproduces a quoted price. Prices outside the
 * no-arbitrage bounds get an error that names the bound; inside them a volatility is always found
 * (up to 1000 % a year), never NaN.
 */
import { findRootBrent } from '../math/brent';
import { fail, ok } from '../result';
import type { Result } from '../result';
import { priceAmericanValue } from './american';
import { priceEuropean } from './european';
import { normalizedBlack, solveNormalizedVol } from './implied-vol-black';
import { MAX_VOL } from './option-input';
import type { ExerciseStyle, ImpliedVolRequest } from './option-input';
import type { ModelParams } from './types';
import { OptionMessages } from '../messages';

/** No-arbitrage price bounds of an option, each with the reason a user can read. */
export interface PriceBounds {
  /** S·e^{(b−r)t} and K·e^{−rt}: the discounted forward legs the European bounds are built from. */
  readonly spotNet: number;
  readonly strikeNet: number;
  readonly lower: number;
  readonly lowerReason: string;
  readonly upper: number;
  readonly upperReason: string;
}

/** Lowest volatility tried for American options, where the pricer is still well conditioned. */
const AMERICAN_VOL_MIN = 1e-6;
/** Volatility tolerance of the American solve (the European one converges to a few ulps). */
const AMERICAN_VOL_TOLERANCE = 1e-11;

/** A bound as a user reads it: six significant digits, no trailing zeros. */
function formatBound(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/**
 * Model-free bounds (Hull, "Options, Futures, and Other Derivatives", ch. "Properties of Stock
 * Options", with S·e^{(b−r)t} for the spot net of carry): European call in
 * (max(S·e^{(b−r)t} − K·e^{−rt}, 0), S·e^{(b−r)t}), put in (max(K·e^{−rt} − S·e^{(b−r)t}, 0), K·e^{−rt});
 * an American option is also worth at least its immediate payoff, and at most S (call) or K (put),
 * or their values at expiry when carrying them forward is worth more.
 */
export function priceBounds(p: ModelParams, exercise: ExerciseStyle): PriceBounds {
  const spotNet = p.spot * Math.exp((p.b - p.r) * p.t);
  const strikeNet = p.strike * Math.exp(-p.r * p.t);
  const isCall = p.type === 'call';
  const forwardPayoff = isCall ? spotNet - strikeNet : strikeNet - spotNet;
  const nowPayoff = isCall ? p.spot - p.strike : p.strike - p.spot;
  const american = exercise === 'american';
  const lower = Math.max(forwardPayoff, american ? nowPayoff : 0, 0);
  const why = OptionMessages.boundReason;
  const lowerReason = lower === 0 ? why.zero : american && nowPayoff >= forwardPayoff ? why.exercisedNow : why.forwardIntrinsic;
  const upperEuro = isCall ? spotNet : strikeNet;
  const upper = american ? Math.max(upperEuro, isCall ? p.spot : p.strike) : upperEuro;
  const upperReason = isCall ? why.callCap : why.putCap;
  return { spotNet, strikeNet, lower, lowerReason, upper, upperReason };
}

/** Lower end of the fallback bracket: far below any volatility a market quotes. */
const EUROPEAN_VOL_MIN = 1e-9;

const aboveMaxVol = (): Result<number> =>
  fail('price', OptionMessages.impliedVolTooHigh(MAX_VOL * 100));

/**
 * European implied volatility through the normalized Black price (Jäckel 2015): x = ln(F/K),
 * beta = price/(e^{−rt}·√(F·K)); an in-the-money option is turned into the out-of-the-money one of
 * the other type by put–call parity (c − p = e^{x/2} − e^{−x/2} in these units), where the price
 * carries the information about σ with full relative precision.
 */
function solveEuropean(p: ModelParams, price: number, bounds: PriceBounds): Result<number> {
  const { spotNet, strikeNet } = bounds;
  const scale = Math.sqrt(spotNet) * Math.sqrt(strikeNet); // e^{−rt}·√(F·K)
  const x = Math.log(spotNet / strikeNet); // ln(F/K)
  let beta = price / scale;
  const parityGap = (spotNet - strikeNet) / scale; // e^{x/2} − e^{−x/2}
  const isCall = p.type === 'call';
  if (isCall && x > 0) beta -= parityGap;
  else if (!isCall && x < 0) beta += parityGap;
  // Strictly inside the bounds, yet indistinguishable from them in double precision.
  if (!(beta > 0)) return fail('price', lowerMessage(bounds));
  if (!(beta < Math.min(spotNet, strikeNet) / scale)) return fail('price', upperMessage(bounds));
  const sqrtT = Math.sqrt(p.t);
  const v = solveNormalizedVol(-Math.abs(x), beta, MAX_VOL * sqrtT);
  if (v === Number.POSITIVE_INFINITY) return aboveMaxVol();
  const vol = v / sqrtT;
  // Accept only a volatility that gives the target back (in the solver's normalized units, where
  // the out-of-the-money price keeps full relative precision); otherwise the bracketed net decides.
  if (Number.isFinite(vol) && vol > 0 && Math.abs(normalizedBlack(-Math.abs(x), v) - beta) <= 1e-9 * beta) return ok(vol);
  return solveEuropeanBracketed(p, price, bounds);
}

/**
 * The safety net of the fast solver (extreme maturities and strikes where its rational start and
 * Halley steps can settle on the wrong point): Brent's method on the European price itself, which
 * is increasing in σ, so a bracket always converges.
 */
function solveEuropeanBracketed(p: ModelParams, price: number, bounds: PriceBounds): Result<number> {
  const at = (vol: number): number => priceEuropean({ ...p, vol }).price - price;
  const fLo = at(EUROPEAN_VOL_MIN);
  const fHi = at(MAX_VOL);
  if (!(fLo < 0)) return fail('price', lowerMessage(bounds));
  if (!(fHi > 0)) return aboveMaxVol();
  const vol = findRootBrent(at, EUROPEAN_VOL_MIN, MAX_VOL, fLo, fHi, 1e-15);
  return Number.isFinite(vol) && vol > 0 ? ok(vol) : fail('price', OptionMessages.impliedVolFailed);
}

/** American implied volatility: Brent's method on the American pricer over [1e-6, MAX_VOL]. */
function solveAmerican(p: ModelParams, price: number): Result<number> {
  const at = (vol: number): number => priceAmericanValue({ ...p, vol }) - price;
  const fLo = at(AMERICAN_VOL_MIN);
  const fHi = at(MAX_VOL);
  if (!Number.isFinite(fLo) || !Number.isFinite(fHi)) return fail('price', OptionMessages.impliedVolFailed);
  if (fLo >= 0) {
    return fail('price', OptionMessages.impliedVolBelowFloor(formatBound(fLo + price)));
  }
  if (fHi < 0) return aboveMaxVol();
  const vol = findRootBrent(at, AMERICAN_VOL_MIN, MAX_VOL, fLo, fHi, AMERICAN_VOL_TOLERANCE);
  return Number.isFinite(vol) ? ok(vol) : fail('price', OptionMessages.impliedVolFailed);
}

function lowerMessage(b: PriceBounds): string {
  return OptionMessages.belowLowerBound(formatBound(b.lower), b.lowerReason);
}

function upperMessage(b: PriceBounds): string {
  return OptionMessages.aboveUpperBound(formatBound(b.upper), b.upperReason);
}

/**
 * Implied annual volatility (decimal) of a validated request; the price is in the same units as
 * spot and strike. Errors name the no-arbitrage bound a price falls outside of, or say that the
 * volatility would exceed 1000 %. European: normalized-Black Newton; American: Brent on the pricer.
 */
export function solveImpliedVol(req: ImpliedVolRequest): Result<number> {
  const p = req.params;
  if (!(p.t > 0)) {
    return fail('t', OptionMessages.impliedVolAtExpiry);
  }
  const bounds = priceBounds(p, req.exercise);
  if (!(req.price > bounds.lower)) return fail('price', lowerMessage(bounds));
  if (!(req.price < bounds.upper)) return fail('price', upperMessage(bounds));
  return req.exercise === 'american' ? solveAmerican(p, req.price) : solveEuropean(p, req.price, bounds);
}
