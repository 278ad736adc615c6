/**
 * Locking the rate of a loan that resets later with short-rate futures quoted 100 − rate (SOFR /
 * Eurodollar style; Hull, "Options, Futures, and Other Derivatives", 11th ed., §6.3, Example 6.3:
 * 100 short contracts lock 2.01 % on 100 million for 3 months at quote 99.990, $25 per bp).
 * Contracts N = principal × accrual × 0.0001 / (value per bp per contract). Payoff x-axis is a
 * RATE: `s` is the reference rate fixed at the reset (decimal) and values are the period's
 * interest (negative = paid) with and without the futures; payoff.priceRange is a range of rates.
 */
import { decimalFromText, checkCurrency, checkDecimalText, checkNumber, collectErrors, isRecord } from '../validate';
import { fromModel, roundMoney, subtract } from '../money';
import { failAll, guard, ok } from '../result';
import type { Result } from '../result';
import { checkRounding, sizeWholeContracts } from './contracts';
import type { ContractRounding } from './contracts';
import type { ContractFees } from './inputs';
import { checkFees, checkOptionalDecimalText, contractFeeLines, costAsNumber, finiteMetrics, marginLines, protectedValue } from './linear-legs';
import { buildLedger } from './plan';
import type { HedgePlan } from './plan';

export interface RateLockInput {
  /** Amount borrowed (> 0) or invested (< 0: hedged by buying futures) at the reset. */
  readonly principal: number;
  readonly currency: string;
  /** Margin over the reference rate, decimal (0.02 = 200 bp). */
  readonly spread: number;
  /** Length of the interest period, years (0.25 for 3 months). */
  readonly accrualYears: number;
  /** Futures quote, 100 − rate in percent (99.990 = 0.01 %). */
  readonly futuresQuote: number;
  /** Gain or loss per contract per basis point, decimal text ("25" for the 3-month contract). */
  readonly valuePerBasisPoint: string;
  readonly rounding?: ContractRounding;
  readonly fees?: ContractFees;
  readonly initialMarginPerContract?: string;
}

/** Contracts to lock one period's rate: principal × accrual × 1e−4 / value per bp (Hull §6.3). */
export function rateLockContracts(principal: number, accrualYears: number, valuePerBasisPoint: number): number {
  return (Math.abs(principal) * accrualYears * 1e-4) / valuePerBasisPoint;
}

/** Sizes the futures strip that locks a loan's next rate; field errors for bad input. */
export function planRateLock(input: RateLockInput): Result<HedgePlan> {
  if (!isRecord(input)) return failAll([{ field: 'input', message: 'Enter the loan and futures details.' }]);
  const errors = collectErrors(
    checkNumber('principal', input.principal),
    checkCurrency('currency', input.currency),
    checkNumber('spread', input.spread, { min: -1, max: 1 }),
    checkNumber('accrualYears', input.accrualYears, { gt: 0, max: 10 }),
    checkNumber('futuresQuote', input.futuresQuote, { gt: 50, lt: 150 }),
    checkDecimalText('valuePerBasisPoint', input.valuePerBasisPoint),
    checkRounding('rounding', input.rounding),
    checkFees('fees', input.fees),
    checkOptionalDecimalText('initialMarginPerContract', input.initialMarginPerContract),
  );
  if (errors.length === 0 && input.principal === 0) errors.push({ field: 'principal', message: 'Enter an amount other than zero.' });
  if (errors.length === 0 && decimalFromText(input.valuePerBasisPoint).isZero()) errors.push({ field: 'valuePerBasisPoint', message: 'Must be greater than 0.' });
  if (errors.length > 0) return failAll(errors);
  return guard('input', () => ok(buildPlan(input)));
}

function buildPlan(input: RateLockInput): HedgePlan {
  const ccy = input.currency;
  const vbp = decimalFromText(input.valuePerBasisPoint).toNumber();
  const exact = rateLockContracts(input.principal, input.accrualYears, vbp);
  const n = sizeWholeContracts(exact, 1, input.rounding ?? 'nearest').contracts;
  const borrower = input.principal > 0;
  const futuresRate = (100 - input.futuresQuote) / 100;
  const lockedRate = futuresRate + input.spread;
  const lines = [...contractFeeLines(input.fees, n, ccy, 'contracts'), ...marginLines({ initialMarginPerContract: input.initialMarginPerContract, contracts: n, notionalPerContract: 0 }, ccy)];
  const ledger = buildLedger(ccy, lines, protectedValue(input.principal, 1, ccy));
  const cost = costAsNumber(lines);
  const p = input.principal;
  const tau = input.accrualYears;
  const unhedged = (s: number) => -p * (s + input.spread) * tau;
  // Short futures gain vbp per bp the quote falls, i.e. per bp the rate rises above the futures rate.
  const futuresGain = (s: number) => (borrower ? 1 : -1) * n * vbp * (s - futuresRate) * 1e4;
  const hedged = (s: number) => unhedged(s) + futuresGain(s) - cost;
  const exactLock = n === exact;
  const locked = subtract(fromModel(-p * lockedRate * tau, ccy), ledger.totalCost);
  return {
    kind: 'rate-lock',
    label: `${borrower ? 'Short' : 'Long'} ${n} rate futures at ${input.futuresQuote} to lock ${(lockedRate * 100).toFixed(3)} %`,
    legs: [{ instrument: `Short-rate futures (100 − rate), ${vbp} per bp`, side: borrower ? 'sell' : 'buy', contracts: n, contractSize: 1, unitPrice: input.futuresQuote, expiryYears: 0 }],
    hedgedQuantity: n,
    unhedgedQuantity: exact - n,
    targetQuantity: exact,
    ledger,
    floor: exactLock ? roundMoney(locked) : null,
    cap: exactLock ? roundMoney(locked) : null,
    breakeven: null,
    residualRisk: { description: 'Daily settlement and the timing of the futures settlement against the interest payment make the lock approximate (Hull §6.3); a fraction of a contract stays open when the count is not whole.' },
    payoff: { priceRange: [Math.max(-0.01, futuresRate - 0.03), futuresRate + 0.03], unhedged, hedged },
    metrics: finiteMetrics({ contracts: n, exactContracts: exact, lockedRate, futuresRate }),
  };
}
