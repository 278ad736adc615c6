/**
 * The public option input and its validation: untrusted data (anything at all) -> validated model
 * parameters, or one plain-English error per bad field, named as in `OptionInput`.
 */
import { failAll, ok } from '../result';
import type { FieldError, Result } from '../result';
import { checkNumber, isRecord } from '../validate';
import type { ModelParams } from './types';

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

export const OptionMessages = {
  type: "Choose 'call' or 'put'.",
  exercise: "Choose 'european' or 'american'.",
  model: "Choose 'bsm' or 'black76'.",
  black76Yield: 'A futures option has no dividend yield: leave q empty with the Black-76 model.',
} as const;

/** Longest maturity accepted, in years: beyond it the inputs are almost certainly a typo. */
export const MAX_YEARS = 100;
/** Highest volatility accepted (1000 % a year). */
export const MAX_VOL = 10;
/** Largest |r| and |q| accepted (100 % a year, continuously compounded). */
export const MAX_RATE = 1;

function checkEnum(field: string, value: unknown, allowed: readonly string[], message: string, optional: boolean): FieldError | null {
  if (value === undefined && optional) return null;
  return typeof value === 'string' && allowed.includes(value) ? null : { field, message };
}

function push(errors: FieldError[], error: FieldError | null): void {
  if (error !== null) errors.push(error);
}

/**
 * Every check except vol and price, appended to `errors`; a non-object input is read as an empty
 * one, so each field reports. (Plain pushes: this runs once per pricing call, so it stays cheap.)
 */
function checkCommon(raw: Record<string, unknown>, errors: FieldError[]): void {
  push(errors, checkEnum('type', raw.type, ['call', 'put'], OptionMessages.type, false));
  push(errors, checkEnum('exercise', raw.exercise, ['european', 'american'], OptionMessages.exercise, true));
  push(errors, checkEnum('model', raw.model, ['bsm', 'black76'], OptionMessages.model, true));
  push(errors, checkNumber('spot', raw.spot, { gt: 0 }));
  push(errors, checkNumber('strike', raw.strike, { gt: 0 }));
  push(errors, checkNumber('r', raw.r, { min: -MAX_RATE, max: MAX_RATE }));
  const qError = checkNumber('q', raw.q, { min: -MAX_RATE, max: MAX_RATE, optional: true });
  push(errors, qError);
  push(errors, checkNumber('t', raw.t, { min: 0, max: MAX_YEARS }));
  if (raw.model === 'black76' && raw.q !== undefined && raw.q !== 0 && qError === null) {
    errors.push({ field: 'q', message: OptionMessages.black76Yield });
  }
}

/** Builds the model parameters from fields already checked by `checkCommon`. */
function toRequest(raw: Record<string, unknown>, vol: number): OptionRequest {
  const model = (raw.model ?? 'bsm') as PricingModel;
  const r = raw.r as number;
  const q = (raw.q ?? 0) as number;
  const params: ModelParams = {
    type: raw.type as ModelParams['type'],
    spot: raw.spot as number,
    strike: raw.strike as number,
    r,
    b: model === 'black76' ? 0 : r - q,
    t: raw.t as number,
    vol,
  };
  return { params, exercise: (raw.exercise ?? 'european') as ExerciseStyle, model };
}

/** Validates an untrusted `OptionInput`; b = r − q for 'bsm', b = 0 for 'black76'. Never throws. */
export function validateOptionInput(input: unknown): Result<OptionRequest> {
  const raw = isRecord(input) ? input : {};
  const errors: FieldError[] = [];
  checkCommon(raw, errors);
  push(errors, checkNumber('vol', raw.vol, { min: 0, max: MAX_VOL }));
  if (errors.length > 0) return failAll(errors);
  return ok(toRequest(raw, raw.vol as number));
}

/** Validates an untrusted `ImpliedVolInput` (price >= 0 here; the no-arbitrage bounds come later). */
export function validateImpliedVolInput(input: unknown): Result<ImpliedVolRequest> {
  const raw = isRecord(input) ? input : {};
  const errors: FieldError[] = [];
  checkCommon(raw, errors);
  push(errors, checkNumber('price', raw.price, { min: 0 }));
  if (errors.length > 0) return failAll(errors);
  const { params, exercise, model } = toRequest(raw, 0);
  return ok({ params, exercise, model, price: raw.price as number });
}
