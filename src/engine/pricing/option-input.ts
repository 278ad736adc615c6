/**
 * The public option input and its validation: untrusted data (anything at all) -> validated model
 * parameters, or one plain-English error per bad field, named as in `OptionInput`.
 */
import { failAll, ok } from '../result';
import type { FieldError, Result } from '../result';
import type { NumberRule } from '../validate';
import { checkNumber, isRecord, MAX_MAGNITUDE } from '../validate';
import type { ModelParams } from './types';
import { OptionMessages } from '../messages';

export type ExerciseStyle = 'european' | 'american';
export type PricingModel = 'bsm' | 'black76';

/** One option as the outside world describes it (the issue text's shape). */
export type OptionInput = {
  type: 'call' | 'put';
  /** Default 'european'. */
  exercise?: ExerciseStyle;
  /** Default 'bsm'; with 'black76', `spot` is the futures price and q must be absent (b = 0). */
  model?: PricingModel;
  spot: number;
  strike: number;
  /** Risk-free rate, annual, continuously compounded, decimal (0.05 = 5 %). */
  r: number;
  /** bsm: dividend yield, or the foreign rate for FX (Garman–Kohlhagen); default 0. */
  q?: number;
  /** Years to expiry. */
  t: number;
  /** Annual volatility, decimal (0.25 = 25 %). */
  vol: number;
};

/** The input of the implied-volatility solver: an option without its volatility, plus its price. */
export type ImpliedVolInput = Omit<OptionInput, 'vol'> & { price: number };

/** A validated option: model parameters plus how it is exercised and which model's rho applies. */
export interface OptionRequest {
  readonly params: ModelParams;
  readonly exercise: ExerciseStyle;
  readonly model: PricingModel;
}

/** A validated implied-volatility request; `params.vol` is 0 and is what the solver finds. */
export interface ImpliedVolRequest extends OptionRequest {
  readonly price: number;
}

/** Longest maturity accepted, in years: beyond it the inputs are almost certainly a typo. */
export const MAX_YEARS = 100;
/** Highest volatility accepted (1000 % a year). */
export const MAX_VOL = 10;
/** Largest |r| and |q| accepted (100 % a year, continuously compounded). */
export const MAX_RATE = 1;

// The rules and choices checkCommon applies, built once rather than on every call.
const TYPES = ['call', 'put'] as const;
const EXERCISES = ['european', 'american'] as const;
const MODELS = ['bsm', 'black76'] as const;
const POSITIVE: NumberRule = { gt: 0 };
const RATE: NumberRule = { min: -MAX_RATE, max: MAX_RATE };
const OPTIONAL_RATE: NumberRule = { min: -MAX_RATE, max: MAX_RATE, optional: true };
const YEARS: NumberRule = { min: 0, max: MAX_YEARS };
const VOL: NumberRule = { min: 0, max: MAX_VOL };
const PRICE: NumberRule = { min: 0 };

function checkEnum(field: string, value: unknown, allowed: readonly string[], message: string, optional: boolean): FieldError | null {
  if (value === undefined && optional) return null;
  return typeof value === 'string' && allowed.includes(value) ? null : { field, message };
}

/**
 * Fast paths for the common valid case, exact by construction: true only for numbers that the
 * matching checkNumber rule accepts (finite, |x| <= MAX_MAGNITUDE, inside the range; NaN fails
 * every comparison). Anything else goes through checkNumber, which finds the message.
 */
export function isWithin(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && value >= min && value <= max && value <= MAX_MAGNITUDE;
}

export function isPositive(value: unknown): boolean {
  return typeof value === 'number' && value > 0 && value <= MAX_MAGNITUDE;
}

/** Appends `error` (if any) to `errors`, creating the list on the first error: valid input allocates none. */
function add(errors: FieldError[] | null, error: FieldError | null): FieldError[] | null {
  if (error === null) return errors;
  if (errors === null) return [error];
  errors.push(error);
  return errors;
}

/**
 * Every check except vol and price; returns the errors found (null when none). A non-object input
 * is read as an empty one, so each field reports. (Plain calls: this runs once per pricing call,
 * so it stays cheap.)
 */
function checkCommon(raw: Record<string, unknown>): FieldError[] | null {
  let errors: FieldError[] | null = null;
  errors = add(errors, checkEnum('type', raw.type, TYPES, OptionMessages.type, false));
  errors = add(errors, checkEnum('exercise', raw.exercise, EXERCISES, OptionMessages.exercise, true));
  errors = add(errors, checkEnum('model', raw.model, MODELS, OptionMessages.model, true));
  errors = add(errors, isPositive(raw.spot) ? null : checkNumber('spot', raw.spot, POSITIVE));
  errors = add(errors, isPositive(raw.strike) ? null : checkNumber('strike', raw.strike, POSITIVE));
  errors = add(errors, isWithin(raw.r, -MAX_RATE, MAX_RATE) ? null : checkNumber('r', raw.r, RATE));
  const qError = isWithin(raw.q, -MAX_RATE, MAX_RATE) ? null : checkNumber('q', raw.q, OPTIONAL_RATE);
  errors = add(errors, qError);
  errors = add(errors, isWithin(raw.t, 0, MAX_YEARS) ? null : checkNumber('t', raw.t, YEARS));
  if (raw.model === 'black76' && raw.q !== undefined && raw.q !== 0 && qError === null) {
    errors = add(errors, { field: 'q', message: OptionMessages.black76Yield });
  }
  return errors;
}

/** Builds the model parameters from fields already checked by `checkCommon`. */
function toParams(raw: Record<string, unknown>, model: PricingModel, vol: number): ModelParams {
  const r = raw.r as number;
  const q = (raw.q ?? 0) as number;
  return {
    type: raw.type as ModelParams['type'],
    spot: raw.spot as number,
    strike: raw.strike as number,
    r,
    b: model === 'black76' ? 0 : r - q,
    t: raw.t as number,
    vol,
  };
}

/** Validates an untrusted `OptionInput`; b = r − q for 'bsm', b = 0 for 'black76'. Never throws. */
export function validateOptionInput(input: unknown): Result<OptionRequest> {
  const raw = isRecord(input) ? input : {};
  const errors = add(checkCommon(raw), isWithin(raw.vol, 0, MAX_VOL) ? null : checkNumber('vol', raw.vol, VOL));
  if (errors !== null) return failAll(errors);
  const model = (raw.model ?? 'bsm') as PricingModel;
  return ok({ params: toParams(raw, model, raw.vol as number), exercise: (raw.exercise ?? 'european') as ExerciseStyle, model });
}

/** Validates an untrusted `ImpliedVolInput` (price >= 0 here; the no-arbitrage bounds come later). */
export function validateImpliedVolInput(input: unknown): Result<ImpliedVolRequest> {
  const raw = isRecord(input) ? input : {};
  const errors = add(checkCommon(raw), isWithin(raw.price, 0, MAX_MAGNITUDE) ? null : checkNumber('price', raw.price, PRICE));
  if (errors !== null) return failAll(errors);
  const model = (raw.model ?? 'bsm') as PricingModel;
  return ok({ params: toParams(raw, model, 0), exercise: (raw.exercise ?? 'european') as ExerciseStyle, model, price: raw.price as number });
}
