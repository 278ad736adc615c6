/**
 * Validation of the common input groups, once for every planner: the target (a position or an
 * amount), the `market`, `sizing`, `fees` and `margin` groups. Errors are named by path
 * ('target.quantity', 'market.r', 'sizing.contractSize').
 */
import { MAX_RATE } from '../pricing/option-input';
import type { FieldError } from '../result';
import type { NumberRule } from '../validate';
import { checkCurrency, checkDecimalText, checkNumber, collectErrors, isRecord } from '../validate';
import { checkRounding } from '../instruments/contracts';
import { Messages } from '../messages';

/** Largest share of an exposure accepted: beyond it the hedge is a speculation, not a hedge. */
export const MAX_HEDGE_RATIO = 5;

export interface TargetRules {
  /** 'positive': a holding (puts, collars, short sales); 'nonzero': signed (futures, FX, cross). */
  readonly quantity: 'positive' | 'nonzero';
  /** Rule for target.volAnnual; default 0..10. */
  readonly vol?: NumberRule;
}

/** The record behind an untrusted group; a non-object reads as empty so every field reports. */
export function group(raw: Record<string, unknown>, key: string): Record<string, unknown> {
  const v = raw[key];
  return isRecord(v) ? v : {};
}

/** The one check of a `TargetPosition` from untrusted data. Never throws. */
export function checkTarget(value: unknown, rules: TargetRules): FieldError[] {
  if (!isRecord(value)) return [{ field: 'target', message: Messages.target }];
  const errors = collectErrors(
    typeof value.symbol === 'string' ? null : { field: 'target.symbol', message: Messages.symbol },
    checkNumber('target.quantity', value.quantity, rules.quantity === 'positive' ? { gt: 0 } : {}),
    checkNumber('target.price', value.price, { gt: 0 }),
    checkCurrency('target.currency', value.currency),
    checkNumber('target.volAnnual', value.volAnnual, rules.vol ?? { min: 0, max: 10 }),
    checkNumber('target.dividendYield', value.dividendYield, { min: -MAX_RATE, max: MAX_RATE }),
    checkNumber('target.beta', value.beta, { min: -20, max: 20, optional: true }),
  );
  if (errors.length === 0 && value.quantity === 0) errors.push({ field: 'target.quantity', message: Messages.nonZeroQuantity });
  return errors;
}

/** Checks an `AmountTarget`; `positive` requires amount > 0, else any non-zero amount. */
export function checkAmountTarget(value: unknown, positive: boolean, needsBeta = false): FieldError[] {
  if (!isRecord(value)) return [{ field: 'target', message: Messages.targetAmount }];
  const errors = collectErrors(
    typeof value.symbol === 'string' ? null : { field: 'target.symbol', message: Messages.symbol },
    checkNumber('target.amount', value.amount, positive ? { gt: 0 } : {}),
    checkCurrency('target.currency', value.currency),
    checkNumber('target.beta', value.beta, { min: -10, max: 10, optional: !needsBeta }),
  );
  if (errors.length === 0 && value.amount === 0) errors.push({ field: 'target.amount', message: Messages.nonZeroAmount });
  return errors;
}

/** Checks the fields of the `market` group by rule (an absent group reports every required field). */
export function checkMarket(raw: Record<string, unknown>, rules: Readonly<Record<string, NumberRule>>): FieldError[] {
  if (raw.market !== undefined && !isRecord(raw.market)) return [{ field: 'market', message: Messages.market }];
  const m = group(raw, 'market');
  return collectErrors(...Object.entries(rules).map(([k, rule]) => checkNumber(`market.${k}`, m[k], rule)));
}

export interface SizingRules {
  /** 'required', 'optional' (a default applies) or 'none' (the kind has no contracts). */
  readonly contractSize: 'required' | 'optional' | 'none';
  readonly hedgeRatioMax?: number;
  readonly hedgeRatio?: boolean;
  readonly rounding?: boolean;
}

/** Checks the `sizing` group. */
export function checkSizing(raw: Record<string, unknown>, rules: SizingRules): FieldError[] {
  if (raw.sizing !== undefined && !isRecord(raw.sizing)) return [{ field: 'sizing', message: Messages.sizing }];
  const s = group(raw, 'sizing');
  return collectErrors(
    rules.contractSize === 'none' ? null : checkNumber('sizing.contractSize', s.contractSize, { gt: 0, optional: rules.contractSize === 'optional' }),
    rules.hedgeRatio === false ? null : checkNumber('sizing.hedgeRatio', s.hedgeRatio, { min: 0, max: rules.hedgeRatioMax ?? MAX_HEDGE_RATIO, optional: true }),
    rules.rounding === false ? null : checkRounding('sizing.rounding', s.rounding),
  );
}

/** Checks optional per-contract fees (decimal text >= 0); undefined means no fees. */
export function checkFees(raw: Record<string, unknown>): FieldError[] {
  const fees = raw.fees;
  if (fees === undefined) return [];
  if (!isRecord(fees)) return [{ field: 'fees', message: Messages.fees }];
  return collectErrors(
    checkDecimalText('fees.commissionPerContract', fees.commissionPerContract),
    checkDecimalText('fees.exchangeFeePerContract', fees.exchangeFeePerContract),
  );
}

/** Checks the optional `margin` group: per-contract text, a fraction (0..10) and a stress move (0..maxStress). */
export function checkMargin(raw: Record<string, unknown>, maxStress = 1): FieldError[] {
  const m = raw.margin;
  if (m === undefined) return [];
  if (!isRecord(m)) return [{ field: 'margin', message: Messages.margin }];
  return collectErrors(
    isBlank(m.initialPerContract) ? null : checkDecimalText('margin.initialPerContract', m.initialPerContract),
    checkNumber('margin.initialFraction', m.initialFraction, { min: 0, max: 10, optional: true }),
    checkNumber('margin.stressMove', m.stressMove, { min: 0, max: maxStress, optional: true }),
  );
}

/** Checks an optional boolean. */
export function checkFlag(field: string, value: unknown): FieldError | null {
  return value === undefined || typeof value === 'boolean' ? null : { field, message: Messages.yesNo };
}

/** True when an optional text field holds nothing (absent or blank). */
export function isBlank(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Checks optional decimal text (>= 0); blank counts as absent. */
export function checkOptionalText(field: string, value: unknown): FieldError | null {
  return isBlank(value) ? null : checkDecimalText(field, value, 0);
}

/** The untrusted input as a record; a non-object reads as empty, so every field reports. */
export function asRecord(input: unknown): Record<string, unknown> {
  return isRecord(input) ? input : {};
}
