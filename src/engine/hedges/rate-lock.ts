/**
 * Locking the rate of a loan that resets later with short-rate futures quoted 100 − rate (SOFR /
 * Eurodollar style; Hull, "Options, Futures, and Other Derivatives", 11th ed., §6.3, Example 6.3:
 * 100 short contracts lock 2.01 % on 100 million for 3 months at quote 99.990, $25 per bp).
 * Contracts N = principal × accrual × 0.0001 / (value per bp per contract). The payoff's x-axis is
 * a RATE: the reference rate fixed at the reset; values are the period's interest (negative = paid).
 */
import { Decimal } from '../money';
import { fail, failAll, guard } from '../result';
import type { Result } from '../result';
import { checkDecimalText, checkNumber, collectErrors, decimalFromText, MAX_MAGNITUDE } from '../validate';
import { sizeWholeContracts } from '../instruments/contracts';
import type { AmountTarget, ContractFees, MarginInput, SizingInput } from './inputs';
import { asRecord, checkAmountTarget, checkFees, checkMargin, checkMarket, checkSizing } from './input-check';
import { contractFeeLines, costAsNumber, marginLines, percentText, protectedValue } from './linear-legs';
import { rateAxis } from './axis';
import { finishPlan } from './plan-check';
import { buildLedger, planMoney } from './plan';
import type { PlanOf } from './plan';
import { labelNumber } from './label';
import { Messages } from '../messages';

export interface RateLockInput {
  /** amount = the principal borrowed (> 0) or invested (< 0: hedged by buying futures) at the reset. */
  readonly target: AmountTarget;
  /** futuresQuote: 100 − rate in percent (99.990 = 0.01 %). */
  readonly market: { readonly futuresQuote: number };
  /** rounding default 'nearest'. */
  readonly sizing?: SizingInput;
  readonly fees?: ContractFees;
  readonly margin?: MarginInput;
  /** Margin over the reference rate, decimal (0.02 = 200 bp). */
  readonly spread: number;
  /** Length of the interest period, years (0.25 for 3 months). */
  readonly accrualYears: number;
  /** Gain or loss per contract per basis point, decimal text ("25" for the 3-month contract). */
  readonly valuePerBasisPoint: string;
}

/** Contracts to lock one period's rate: |principal| × accrual × 1e−4 / value per bp (Hull §6.3), exact. */
export function rateLockContracts(principal: number, accrualYears: number, valuePerBasisPoint: Decimal | number): Decimal {
  return new Decimal(principal).abs().times(new Decimal(accrualYears)).times('1e-4').dividedBy(new Decimal(valuePerBasisPoint));
}

/** Sizes the futures strip that locks a loan's next rate; field errors for bad input. */
export function planRateLock(input: RateLockInput): Result<PlanOf<'rate-lock'>> {
  const raw = asRecord(input);
  const errors = collectErrors(
    checkAmountTarget(raw.target, false),
    checkMarket(raw, { futuresQuote: { gt: 50, lt: 150 } }),
    checkSizing(raw, { contractSize: 'none', hedgeRatio: false }),
    checkFees(raw),
    checkMargin(raw),
    checkNumber('spread', raw.spread, { min: -1, max: 1 }),
    checkNumber('accrualYears', raw.accrualYears, { gt: 0, max: 10 }),
    checkDecimalText('valuePerBasisPoint', raw.valuePerBasisPoint),
  );
  if (errors.length === 0 && decimalFromText(raw.valuePerBasisPoint as string).isZero()) errors.push({ field: 'valuePerBasisPoint', message: Messages.above(0) });
  if (errors.length > 0) return failAll(errors);
  return guard('input', () => {
    const exact = rateLockContracts(input.target.amount, input.accrualYears, decimalFromText(input.valuePerBasisPoint));
    return exact.lessThanOrEqualTo(MAX_MAGNITUDE) ? finishPlan(buildPlan(input, exact), 'input') : fail('valuePerBasisPoint', Messages.tooMany);
  });
}

function buildPlan(input: RateLockInput, exact: Decimal): PlanOf<'rate-lock'> {
  const ccy = input.target.currency;
  const p = input.target.amount;
  const vbpD = decimalFromText(input.valuePerBasisPoint);
  const vbp = vbpD.toNumber();
  const sizing = sizeWholeContracts(exact, 1, input.sizing?.rounding ?? 'nearest');
  const n = sizing.contracts;
  const borrower = p > 0;
  const quote = input.market.futuresQuote;
  const futuresRateD = new Decimal(100).minus(new Decimal(quote)).dividedBy(100);
  const lockedRateD = futuresRateD.plus(new Decimal(input.spread));
  const futuresRate = futuresRateD.toNumber();
  const lines = [...contractFeeLines(input.fees, n, ccy, 'contracts'), ...marginLines(input.margin, n, null, ccy)];
  const ledger = buildLedger(ccy, lines, protectedValue(p, 1, ccy));
  const cost = costAsNumber(lines);
  const tau = input.accrualYears;
  const unhedged = (s: number) => -p * (s + input.spread) * tau;
  // Short futures gain vbp per bp the quote falls, i.e. per bp the rate rises above the futures rate.
  const futuresGain = (s: number) => (borrower ? 1 : -1) * n * vbp * (s - futuresRate) * 1e4;
  const hedged = (s: number) => unhedged(s) + futuresGain(s) - cost;
  const exactLock = sizing.remainderUnits === 0;
  const locked = planMoney(new Decimal(p).negated().times(lockedRateD).times(new Decimal(tau)).minus(ledger.totalCost.amount), ccy);
  return {
    kind: 'rate-lock',
    label: `${borrower ? 'Short' : 'Long'} ${n} rate futures at ${labelNumber(quote, 4)} to lock ${percentText(lockedRateD)}`,
    axis: rateAxis('rate', 'Reference rate at the reset', futuresRate, 0.03),
    legs: [{ instrument: `Short-rate futures (100 − rate), ${vbpD.toFixed()} per bp`, side: borrower ? 'sell' : 'buy', contracts: n, contractSize: 1, unitPrice: quote, expiryYears: 0 }],
    targetQuantity: sizing.targetUnits,
    hedgedQuantity: sizing.hedgedUnits,
    unhedgedQuantity: sizing.remainderUnits,
    ledger,
    floor: exactLock ? locked : null,
    cap: exactLock ? locked : null,
    breakeven: null,
    residualRisk: { description: 'Daily settlement and the timing of the futures settlement against the interest payment make the lock approximate (Hull §6.3); a fraction of a contract stays open when the count is not whole.' },
    payoff: { unhedged, hedged },
    extras: { contracts: n, exactContracts: sizing.exactContracts, lockedRate: lockedRateD.toNumber(), futuresRate },
  };
}
