/**
 * Validation of a short-sale hedge's untrusted input: every field checked once, errors named by
 * path ('comparable.price', 'borrowFeeAnnual', ...). Blank optional text counts as absent.
 */
import { MAX_RATE, MAX_YEARS } from '../pricing/option-input';
import type { FieldError } from '../result';
import { checkDecimalText, checkNumber, collectErrors, isRecord } from '../validate';
import { checkFlag, checkMargin, checkMarket, checkOptionalText as optionalText, checkSizing, checkTarget } from './input-check';
import { Messages } from '../messages';

function checkComparable(value: unknown): FieldError[] {
  if (value === undefined) return [];
  if (!isRecord(value)) return [{ field: 'comparable', message: Messages.comparable }];
  return collectErrors(
    typeof value.symbol === 'string' ? null : { field: 'comparable.symbol', message: Messages.comparableSymbol },
    checkNumber('comparable.price', value.price, { gt: 0 }),
    checkNumber('comparable.dividendYield', value.dividendYield, { min: -MAX_RATE, max: MAX_RATE }),
    checkNumber('comparable.correlation', value.correlation, { min: -1, max: 1, optional: true }),
  );
}

/** Checks every field of an untrusted short-sale input; an empty list means it is safe to compute. */
export function checkShortSale(raw: Record<string, unknown>): FieldError[] {
  const basis = raw.dayCountBasis;
  return collectErrors(
    checkTarget(raw.target, { quantity: 'positive' }),
    checkMarket(raw, { tenorYears: { gt: 0, max: MAX_YEARS }, r: { min: -MAX_RATE, max: MAX_RATE, optional: true } }),
    checkSizing(raw, { contractSize: 'optional' }),
    checkMargin(raw, 10),
    checkComparable(raw.comparable),
    checkDecimalText('borrowFeeAnnual', raw.borrowFeeAnnual, 0),
    checkNumber('borrowDays', raw.borrowDays, { min: 0, max: 365 * MAX_YEARS, integer: true, optional: true }),
    basis === undefined || basis === 360 || basis === 365 ? null : { field: 'dayCountBasis', message: Messages.dayCount },
    optionalText('collateralMarkup', raw.collateralMarkup),
    checkFlag('roundCollateralUp', raw.roundCollateralUp),
    optionalText('dividendsPerUnit', raw.dividendsPerUnit),
    optionalText('commission', raw.commission),
  );
}
