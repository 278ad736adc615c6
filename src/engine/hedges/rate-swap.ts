/**
 * A payer swap that turns a floating-rate loan into a fixed-rate one (Hull, "Options, Futures,
 * and Other Derivatives", 11th ed., §7.3 "Using the swap to transform a liability": a loan at
 * floating + 10 bp plus a swap paying 3 % fixed, receiving floating, costs 3.1 % fixed).
 * Notional = loan principal × hedge ratio. Payoff x-axis is a RATE: `s` is the floating reference
 * rate (decimal) for one accrual period and values are that period's interest, negative = paid;
 * payoff.priceRange is a range of rates. Day counts are ignored, as in Hull's examples.
 */
import { fromModel, money, roundMoney, subtract } from '../money';
import { failAll, guard, ok } from '../result';
import type { Result } from '../result';
import { checkCurrency, checkNumber, collectErrors, decimalFromText, isRecord } from '../validate';
import { checkOptionalDecimalText, costAsNumber, finiteMetrics, protectedValue } from './linear-legs';
import { buildLedger } from './plan';
import type { HedgePlan, LedgerLine } from './plan';
import { labelTenor } from './label';

export interface RateSwapInput {
  readonly loanPrincipal: number;
  readonly currency: string;
  /** Loan margin over the floating reference rate, decimal (0.001 = 10 bp). */
  readonly loanSpread: number;
  /** Fixed rate paid on the swap, decimal. */
  readonly swapFixedRate: number;
  /** Fraction of the principal swapped; default 1. */
  readonly hedgeRatio?: number;
  readonly tenorYears: number;
  /** Length of one interest period, years (0.25 quarterly); default 1. */
  readonly accrualYears?: number;
  /** Today's floating reference rate, decimal, for the plotted range. */
  readonly currentFloatingRate: number;
  /** Arrangement fee, decimal text, paid once. */
  readonly upfrontFee?: string;
}

/** Interest paid over one period with the swap, per unit time: loan + fixed paid − floating received. */
export function swappedRate(floatingRate: number, loanSpread: number, swapFixedRate: number, hedgeRatio = 1): number {
  return (1 - hedgeRatio) * (floatingRate + loanSpread) + hedgeRatio * (swapFixedRate + loanSpread);
}

/** Sizes the payer swap on a floating-rate loan; field errors for bad input. */
export function planRateSwap(input: RateSwapInput): Result<HedgePlan> {
  if (!isRecord(input)) return failAll([{ field: 'input', message: 'Enter the loan and swap details.' }]);
  const errors = collectErrors(
    checkNumber('loanPrincipal', input.loanPrincipal, { gt: 0 }),
    checkCurrency('currency', input.currency),
    checkNumber('loanSpread', input.loanSpread, { min: -1, max: 1 }),
    checkNumber('swapFixedRate', input.swapFixedRate, { min: -1, max: 1 }),
    checkNumber('hedgeRatio', input.hedgeRatio, { min: 0, max: 1, optional: true }),
    checkNumber('tenorYears', input.tenorYears, { gt: 0, max: 100 }),
    checkNumber('accrualYears', input.accrualYears, { gt: 0, max: 100, optional: true }),
    checkNumber('currentFloatingRate', input.currentFloatingRate, { min: -1, max: 1 }),
    checkOptionalDecimalText('upfrontFee', input.upfrontFee),
  );
  if (errors.length > 0) return failAll(errors);
  return guard('input', () => ok(buildPlan(input)));
}

function buildPlan(input: RateSwapInput): HedgePlan {
  const ccy = input.currency;
  const h = input.hedgeRatio ?? 1;
  const notional = input.loanPrincipal * h;
  const tau = input.accrualYears ?? 1;
  const lines: LedgerLine[] = [];
  if (input.upfrontFee !== undefined && !decimalFromText(input.upfrontFee).isZero()) {
    lines.push({ kind: 'other', nature: 'cost', label: 'Swap arrangement fee', amount: money(decimalFromText(input.upfrontFee), ccy) });
  }
  const ledger = buildLedger(ccy, lines, protectedValue(notional, 1, ccy));
  const cost = costAsNumber(lines);
  const l = input.loanPrincipal;
  const unhedged = (s: number) => -l * (s + input.loanSpread) * tau;
  // Payer swap: receive floating, pay fixed on the notional.
  const hedged = (s: number) => unhedged(s) + notional * (s - input.swapFixedRate) * tau - cost;
  const fixedAllIn = input.swapFixedRate + input.loanSpread;
  const lockedPeriodInterest = subtract(fromModel(-l * swappedRate(0, input.loanSpread, input.swapFixedRate, 1) * tau, ccy), ledger.totalCost);
  const r0 = input.currentFloatingRate;
  return {
    kind: 'rate-swap',
    label: `Pay ${(input.swapFixedRate * 100).toFixed(3)} % fixed, receive floating on ${notional} ${ccy} for ${labelTenor(input.tenorYears)}`,
    legs: [{ instrument: `Payer interest-rate swap, ${labelTenor(input.tenorYears)}, fixed ${(input.swapFixedRate * 100).toFixed(3)} %`, side: 'buy', contracts: 1, contractSize: notional, unitPrice: input.swapFixedRate, expiryYears: input.tenorYears }],
    hedgedQuantity: notional,
    unhedgedQuantity: l - notional,
    targetQuantity: l,
    ledger,
    floor: h === 1 ? roundMoney(lockedPeriodInterest) : null,
    cap: h === 1 ? roundMoney(lockedPeriodInterest) : null,
    breakeven: null,
    residualRisk: { description: h === 1 ? 'The interest rate is fixed; the swap has a market value that moves with rates (a cost to unwind early) and counterparty risk.' : `${l - notional} ${ccy} of the loan still pays the floating rate.` },
    payoff: { priceRange: [Math.max(-0.01, r0 - 0.03), r0 + 0.03], unhedged, hedged },
    metrics: finiteMetrics({ notional, allInFixedRate: fixedAllIn, hedgeRatio: h, accrualYears: tau }),
  };
}
