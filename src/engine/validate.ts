/**
 * Untrusted input -> typed field errors. Every engine entry point checks its fields here, once,
 * before any calculation. Messages are named constants so the UI and tests share them.
 */
import type { FieldError } from './result';
import { parseDecimal } from './money';
import type { Decimal } from './money';

export { Messages };

import { MAX_MAGNITUDE } from './limits';
import { Messages } from './messages';

export { MAX_MAGNITUDE };

export interface NumberRule {
  /** Inclusive lower bound. */
  readonly min?: number;
  /** Exclusive lower bound. */
  readonly gt?: number;
  /** Inclusive upper bound. */
  readonly max?: number;
  /** Exclusive upper bound. */
  readonly lt?: number;
  readonly integer?: boolean;
  /** Missing (undefined) is allowed; the caller supplies the default. */
  readonly optional?: boolean;
}

/**
 * Checks one numeric field from untrusted data (any JS value). Returns the error, or null when
 * the value is a finite number inside the rule.
 */
export function checkNumber(field: string, value: unknown, rule: NumberRule = NO_RULE): FieldError | null {
  if (value === undefined || value === null || value === '') return rule.optional && value === undefined ? null : fieldError(field, Messages.missing);
  if (typeof value !== 'number') return fieldError(field, Messages.notNumber);
  if (Number.isNaN(value)) return fieldError(field, Messages.notNumber);
  if (!Number.isFinite(value)) return fieldError(field, Messages.notFinite);
  if (Math.abs(value) > MAX_MAGNITUDE) return fieldError(field, Messages.tooLarge);
  if (rule.integer && !Number.isInteger(value)) return fieldError(field, Messages.notInteger);
  if (rule.min !== undefined && value < rule.min) return fieldError(field, Messages.atLeast(rule.min));
  if (rule.gt !== undefined && !(value > rule.gt)) return fieldError(field, Messages.above(rule.gt));
  if (rule.max !== undefined && value > rule.max) return fieldError(field, Messages.atMost(rule.max));
  if (rule.lt !== undefined && !(value < rule.lt)) return fieldError(field, Messages.below(rule.lt));
  return null;
}

const NO_RULE: NumberRule = {};

/** (A plain function, not a closure per call: checkNumber runs on every pricing call.) */
function fieldError(field: string, message: string): FieldError {
  return { field, message };
}

/** Checks many fields at once: `collectErrors(checkNumber(...), checkNumber(...))`. */
export function collectErrors(...checks: readonly (FieldError | null | readonly FieldError[])[]): FieldError[] {
  const out: FieldError[] = [];
  for (const c of checks) {
    if (c === null) continue;
    if (Array.isArray(c)) out.push(...(c as readonly FieldError[]));
    else out.push(c as FieldError);
  }
  return out;
}

/** Checks a money amount typed as decimal text (e.g. a fee "1.25"); null when valid and >= min. */
export function checkDecimalText(field: string, value: unknown, min = 0): FieldError | null {
  if (typeof value !== 'string' || value.trim() === '') return { field, message: Messages.missing };
  const d = parseDecimal(value);
  if (d === null) return { field, message: Messages.notNumber };
  if (d.abs().greaterThan(MAX_MAGNITUDE)) return { field, message: Messages.tooLarge };
  if (d.lessThan(min)) return { field, message: Messages.atLeast(min) };
  return null;
}

/** Parses decimal text already accepted by `checkDecimalText`. */
export function decimalFromText(value: string): Decimal {
  const d = parseDecimal(value);
  if (d === null) throw new RangeError('decimalFromText: unchecked input');
  return d;
}

export function checkCurrency(field: string, value: unknown): FieldError | null {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value) ? null : { field, message: Messages.currency };
}

/** True when `value` is a plain object (not null, not an array): the first check on untrusted data. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
