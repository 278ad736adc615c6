/**
 * The public option entry points: price and Greeks of one option, and the implied volatility of a
 * quoted price. Both take untrusted input, validate every field first, and never throw.
 */
import { fail, guard, ok } from '../result';
import type { Result } from '../result';
import { priceAmerican, priceAmericanValue } from './american';
import { europeanValuation, priceEuropean } from './european';
import { solveImpliedVol } from './implied-vol';
import { isPositive, isWithin, MAX_RATE, MAX_VOL, MAX_YEARS, validateImpliedVolInput, validateOptionInput } from './option-input';
import type { ImpliedVolInput, OptionInput } from './option-input';
import type { Valuation } from './types';
import { OptionMessages } from '../messages';

export type { ExerciseStyle, ImpliedVolInput, OptionInput, PricingModel } from './option-input';

/**
 * Price and per-unit Greeks: vega per 1.00 of vol, rho per 1.00 of r (q held fixed for 'bsm',
 * b = 0 held fixed for 'black76'), theta per year of calendar time (negative for a decaying option).
 */
export type OptionResult = { price: number; delta: number; gamma: number; vega: number; theta: number; rho: number };

function isFiniteValuation(v: Valuation): boolean {
  return Number.isFinite(v.price) && Number.isFinite(v.delta) && Number.isFinite(v.gamma) &&
    Number.isFinite(v.vega) && Number.isFinite(v.theta) && Number.isFinite(v.rho);
}

/**
 * Price and Greeks of a European or American call or put. Spot, strike and price in one currency
 * per unit of underlying; r, q annual continuous decimals; t years; vol annual decimal. European:
 * generalized Black–Scholes–Merton (Haug 2nd ed. §1.1.6), Black-76 with model 'black76';
 * American: `priceAmerican`. Errors name the fields of `OptionInput`.
 */
export function priceOption(input: OptionInput): Result<OptionResult> {
  let fast: Result<OptionResult> | null = null;
  try {
    fast = priceEuropeanFast(input);
  } catch {
    // An exotic object (a throwing getter): the guarded full path below reports it.
  }
  if (fast !== null) return fast;
  return guard('input', () => {
    const checked = validateOptionInput(input);
    if (!checked.ok) return checked;
    const { params, exercise, model } = checked.value;
    const v = exercise === 'american' ? priceAmerican(params, { rhoMode: model }) : priceEuropean(params, model);
    if (!isFiniteValuation(v)) return fail('vol', OptionMessages.notComputable);
    return ok({ price: v.price, delta: v.delta, gamma: v.gamma, vega: v.vega, theta: v.theta, rho: v.rho });
  });
}

/**
 * The common case without detours: a plain object whose fields are all valid numbers and choices,
 * European exercise. Every test here is one `validateOptionInput` makes (the same bounds), so
 * whatever passes would pass there too; anything else (or a non-finite result) returns null and
 * takes the full path, which finds the message. Allocates only the valuation and its Result.
 */
function priceEuropeanFast(input: unknown): Result<OptionResult> | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const raw = input as Record<string, unknown>;
  const { type, exercise, model, spot, strike, r, q, t, vol } = raw;
  if ((type !== 'call' && type !== 'put') || (exercise !== undefined && exercise !== 'european')) return null;
  const black76 = model === 'black76';
  if (model !== undefined && model !== 'bsm' && !black76) return null;
  if (!isPositive(spot) || !isPositive(strike) || !isWithin(r, -MAX_RATE, MAX_RATE) || !isWithin(t, 0, MAX_YEARS) || !isWithin(vol, 0, MAX_VOL)) return null;
  let b: number;
  if (q === undefined) b = black76 ? 0 : (r as number);
  else if (!isWithin(q, -MAX_RATE, MAX_RATE) || (black76 && q !== 0)) return null;
  else b = black76 ? 0 : (r as number) - (q as number);
  const v = europeanValuation(type === 'call', spot as number, strike as number, r as number, b, t as number, vol as number, black76);
  return isFiniteValuation(v) ? ok(v) : null;
}

/**
 * Price only, no Greeks: the same validation, units and models as `priceOption`, for root finders
 * and chart curves that need many prices (an American price with Greeks costs several prices).
 */
export function priceOptionValue(input: OptionInput): Result<number> {
  return guard('input', () => {
    const checked = validateOptionInput(input);
    if (!checked.ok) return checked;
    const { params, exercise, model } = checked.value;
    const price = exercise === 'american' ? priceAmericanValue(params) : priceEuropean(params, model).price;
    return Number.isFinite(price) ? ok(price) : fail('vol', OptionMessages.notComputable);
  });
}

/**
 * Implied annual volatility (decimal) of a quoted option price, European or American. A price
 * outside the no-arbitrage bounds gets an error on 'price' that names the bound; a price inside
 * them gets a volatility (to 1e-8 or better for European options), up to 1000 % a year.
 */
export function impliedVol(input: ImpliedVolInput): Result<number> {
  return guard('input', () => {
    const checked = validateImpliedVolInput(input);
    if (!checked.ok) return checked;
    return solveImpliedVol(checked.value);
  });
}
