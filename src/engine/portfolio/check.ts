/** Validation helpers for the portfolio inputs: arrays of numbers and confidence levels. */
import type { FieldError } from '../result';
import type { NumberRule } from '../validate';
import { checkNumber } from '../validate';
import { Messages, RiskMessages } from '../messages';

/** Most positions a portfolio input may hold: keeps O(n²)–O(n³) steps instant. */
export const MAX_POSITIONS = 200;

/**
 * Checks an untrusted array of numbers: present, length `n` (or 1..MAX_POSITIONS when n is null),
 * every entry a finite number inside `rule`. Errors per entry (`vols.2`), at most 20.
 */
export function checkNumberArray(field: string, value: unknown, n: number | null, rule: NumberRule = {}): FieldError[] {
  if (value === undefined && rule.optional) return [];
  if (!Array.isArray(value)) return [{ field, message: Messages.list }];
  if (n !== null && value.length !== n) return [{ field, message: RiskMessages.perPosition(n) }];
  if (n === null && (value.length < 1 || value.length > MAX_POSITIONS)) {
    return [{ field, message: RiskMessages.positionCount(MAX_POSITIONS) }];
  }
  const errors: FieldError[] = [];
  for (let i = 0; i < value.length && errors.length < 20; i++) {
    const e = checkNumber(`${field}.${i}`, value[i], { ...rule, optional: false });
    if (e) errors.push(e);
  }
  return errors;
}

/** Default confidence levels of every risk figure: 95 % and 99 % (Basel uses 99 % VaR, 97.5 % ES). */
export const DEFAULT_CONFIDENCE = [0.95, 0.99] as const;

/** Checks optional confidence levels: each strictly between 0.5 and 0.9999. */
export function checkConfidence(field: string, value: unknown): FieldError[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length < 1 || value.length > 10) return [{ field, message: RiskMessages.confidence }];
  return checkNumberArray(field, value, value.length, { gt: 0.5, max: 0.9999 });
}
