/**
 * A payer swap that turns a floating-rate loan into a fixed-rate one (Hull, "Options, Futures,
 * and Other Derivatives", 11th ed., §7.3 "Using the swap to transform a liability": a loan at
 * floating + 10 bp plus a swap paying 3 % fixed, receiving floating, costs 3.1 % fixed).
 * Notional = loan principal × hedge ratio. The payoff's x-axis is a RATE: the floating reference
 * rate (decimal) for one accrual period; values are that period's interest, negative = paid.
 * Day counts are ignored, as in Hull's examples.
 */
import { Decimal, money } from '../money';
import { failAll, guard } from '../result';
import type { Result } from '../result';
import { checkNumber, collectErrors, decimalFromText } from '../validate';
import type { AmountTarget, SizingInput } from './inputs';
import { asRecord, checkAmountTarget, checkMarket, checkOptionalText, checkSizing, isBlank } from './input-check';
import { costAsNumber, percentText, protectedValue } from './linear-legs';
import { rateAxis } from './axis';
import { finishPlan } from './plan-check';
import { buildLedger, planMoney } from './plan';
import type { LedgerLine, PlanOf } from './plan';
import { labelNumber, labelTenor } from './label';

export interface RateSwapInput {
  /** amount = the loan principal borrowed (> 0), at floating + loanSpread. */
  readonly target: AmountTarget;
  /** floatingRate: today's reference rate (decimal), the middle of the plotted range; tenorYears: the swap's life. */
  readonly market: { readonly floatingRate: number; readonly tenorYears: number };
  /** hedgeRatio: share of the principal swapped, default 1 (at most 1). */
  readonly sizing?: SizingInput;
  /** Loan margin over the floating reference rate, decimal (0.001 = 10 bp). */
  readonly loanSpread: number;
  /** Fixed rate paid on the swap, decimal. */
  readonly swapFixedRate: number;
  /** Length of one interest period, years (0.25 quarterly); default 1. */
  readonly accrualYears?: number;
  /** Arrangement fee, decimal text, paid once. */
  readonly upfrontFee?: string;
}

/** Interest rate paid with the swap: (1 − h)·(floating + spread) + h·(fixed + spread). */
export function swappedRate(floatingRate: number, loanSpread: number, swapFixedRate: number, hedgeRatio = 1): number {
  return (1 - hedgeRatio) * (floatingRate + loanSpread) + hedgeRatio * (swapFixedRate + loanSpread);
}

/** Sizes the payer swap on a floating-rate loan; field errors for bad input. */
export function planRateSwap(input: RateSwapInput): Result<PlanOf<'rate-swap'>> {
  const raw = asRecord(input);
  const errors = collectErrors(
    checkAmountTarget(raw.target, true),
    checkMarket(raw, { floatingRate: { min: -1, max: 1 }, tenorYears: { gt: 0, max: 100 } }),
    checkSizing(raw, { contractSize: 'none', rounding: false, hedgeRatioMax: 1 }),
    checkNumber('loanSpread', raw.loanSpread, { min: -1, max: 1 }),
    checkNumber('swapFixedRate', raw.swapFixedRate, { min: -1, max: 1 }),
    checkNumber('accrualYears', raw.accrualYears, { gt: 0, max: 100, optional: true }),
    checkOptionalText('upfrontFee', raw.upfrontFee),
  );
  if (errors.length > 0) return failAll(errors);
  return guard('input', () => finishPlan(buildPlan(input), 'input'));
}

function buildPlan(input: RateSwapInput): PlanOf<'rate-swap'> {
  const ccy = input.target.currency;
  const h = input.sizing?.hedgeRatio ?? 1;
  const l = input.target.amount;
  const notional = new Decimal(l).times(new Decimal(h));
  const n = notional.toNumber();
  const tau = input.accrualYears ?? 1;
  const lines: LedgerLine[] = [];
  if (!isBlank(input.upfrontFee) && !decimalFromText(input.upfrontFee as string).isZero()) {
    lines.push({ kind: 'other', nature: 'cost', label: 'Swap arrangement fee', amount: money(decimalFromText(input.upfrontFee as string), ccy) });
  }
  const ledger = buildLedger(ccy, lines, protectedValue(notional, 1, ccy));
  const cost = costAsNumber(lines);
  const unhedged = (s: number) => -l * (s + input.loanSpread) * tau;
  // Payer swap: receive floating, pay fixed on the notional.
  const hedged = (s: number) => unhedged(s) + n * (s - input.swapFixedRate) * tau - cost;
  const fixedAllIn = new Decimal(input.swapFixedRate).plus(new Decimal(input.loanSpread));
  const locked = planMoney(new Decimal(l).negated().times(fixedAllIn).times(new Decimal(tau)).minus(ledger.totalCost.amount), ccy);
  const { floatingRate, tenorYears } = input.market;
  const fixedText = percentText(input.swapFixedRate);
  return {
    kind: 'rate-swap',
    label: `Pay ${fixedText} fixed, receive floating on ${labelNumber(n, 2)} ${ccy} for ${labelTenor(tenorYears)}`,
    axis: rateAxis('rate', 'Floating reference rate for the period', floatingRate, 0.03),
    legs: [{ instrument: `Payer interest-rate swap, ${labelTenor(tenorYears)}, fixed ${fixedText}`, side: 'buy', contracts: 1, contractSize: n, unitPrice: input.swapFixedRate, expiryYears: tenorYears }],
    targetQuantity: n,
    hedgedQuantity: n,
    unhedgedQuantity: 0,
    ledger,
    floor: h === 1 ? locked : null,
    cap: h === 1 ? locked : null,
    breakeven: null,
    residualRisk: { description: h === 1 ? 'The interest rate is fixed; the swap has a market value that moves with rates (a cost to unwind early) and counterparty risk.' : `${labelNumber(l - n, 2)} ${ccy} of the loan still pays the floating rate.` },
    payoff: { unhedged, hedged },
    extras: { notional: n, allInFixedRate: fixedAllIn.toNumber(), hedgeRatio: h, accrualYears: tau },
  };
}
