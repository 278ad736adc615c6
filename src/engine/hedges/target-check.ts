/**
 * Validation of the target position for hedges that protect a long holding (puts, collars, put
 * spreads, short sales): quantity must be > 0. Errors are named 'target.<field>'.
 */
import type { FieldError } from '../result';
import type { NumberRule } from '../validate';
import { checkCurrency, checkNumber, collectErrors, isRecord } from '../validate';

export interface TargetRules {
  /** Rule for target.volAnnual. */
  readonly vol: NumberRule;
  /** Largest |dividendYield| accepted. */
  readonly yieldMax: number;
}

const SYMBOL_MESSAGE = 'Enter a name or ticker for the position.';

/** Checks an untrusted `TargetPosition` held long (quantity > 0, price > 0). Never throws. */
export function checkTarget(value: unknown, rules: TargetRules): FieldError[] {
  if (!isRecord(value)) return [{ field: 'target', message: 'Describe the position to protect.' }];
  return collectErrors(
    typeof value.symbol === 'string' ? null : { field: 'target.symbol', message: SYMBOL_MESSAGE },
    checkNumber('target.quantity', value.quantity, { gt: 0 }),
    checkNumber('target.price', value.price, { gt: 0 }),
    checkCurrency('target.currency', value.currency),
    checkNumber('target.volAnnual', value.volAnnual, rules.vol),
    checkNumber('target.dividendYield', value.dividendYield, { min: -rules.yieldMax, max: rules.yieldMax }),
    checkNumber('target.beta', value.beta, { optional: true }),
  );
}
