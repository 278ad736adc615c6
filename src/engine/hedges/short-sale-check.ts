/**
 * Validation of a short-sale hedge's untrusted input: every field checked once, errors named by
 * path ('comparable.price', 'borrowFeeAnnual', ...). Blank optional text counts as absent.
 */
import { MAX_RATE, MAX_YEARS } from '../pricing/option-input';
import type { FieldError } from '../result';
import { checkDecimalText, checkNumber, collectErrors, isRecord } from '../validate';
import { checkRounding } from './contracts';
import { isBlankText, MAX_HEDGE_RATIO } from './option-legs';
import { checkTarget } from './target-check';


function optionalText(field: string, value: unknown): FieldError | null {
  return isBlankText(value) ? null : checkDecimalText(field, value, 0);
}

function checkComparable(value: unknown): FieldError[] {
  if (value === undefined) return [];
  if (!isRecord(value)) return [{ field: 'comparable', message: 'Describe the comparable asset, or leave it out to short the position itself.' }];
  return collectErrors(
    typeof value.symbol === 'string' ? null : { field: 'comparable.symbol', message: 'Enter a name or ticker for the comparable.' },
    checkNumber('comparable.price', value.price, { gt: 0 }),
    checkNumber('comparable.dividendYield', value.dividendYield, { min: -MAX_RATE, max: MAX_RATE }),
    checkNumber('comparable.correlation', value.correlation, { min: -1, max: 1, optional: true }),
  );
}

/** Checks every field of an untrusted short-sale input; an empty list means it is safe to compute. */
export function checkShortSale(raw: Record<string, unknown>): FieldError[] {
  const rates = isRecord(raw.rates) ? raw.rates : {};
  const basis = raw.dayCountBasis;
  const flag = raw.roundCollateralUp;
  return collectErrors(
    checkTarget(raw.target, { vol: { min: 0, max: 10 }, yieldMax: MAX_RATE }),
    checkNumber('rates.r', rates.r, { min: -MAX_RATE, max: MAX_RATE }),
    checkNumber('rates.tenorYears', rates.tenorYears, { gt: 0, max: MAX_YEARS }),
    checkNumber('hedgeRatio', raw.hedgeRatio, { min: 0, max: MAX_HEDGE_RATIO, optional: true }),
    checkComparable(raw.comparable),
    checkNumber('lotSize', raw.lotSize, { gt: 0, optional: true }),
    checkRounding('rounding', raw.rounding),
    checkDecimalText('borrowFeeAnnual', raw.borrowFeeAnnual, 0),
    checkNumber('borrowDays', raw.borrowDays, { min: 0, max: 365 * MAX_YEARS, integer: true, optional: true }),
    basis === undefined || basis === 360 || basis === 365 ? null : { field: 'dayCountBasis', message: 'Choose 360 or 365 days a year.' },
    optionalText('collateralMarkup', raw.collateralMarkup),
    flag === undefined || typeof flag === 'boolean' ? null : { field: 'roundCollateralUp', message: 'Choose yes or no.' },
    optionalText('dividendsPerUnit', raw.dividendsPerUnit),
    checkNumber('initialMarginFraction', raw.initialMarginFraction, { min: 0, max: 10, optional: true }),
    checkNumber('stressMove', raw.stressMove, { min: 0, max: 10, optional: true }),
    optionalText('commission', raw.commission),
  );
}
