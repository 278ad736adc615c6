/**
 * A strip of short-rate futures (or FRAs) that locks EVERY reset of a floating-rate loan to
 * maturity, not only the next one (Hull, "Options, Futures, and Other Derivatives", 11th ed.,
 * §6.3: a strip of futures locks the rate of successive periods; Example 6.3 for one period:
 * N = principal × τ × 0.0001 / value per bp, 100 contracts for 100 million over 3 months at $25 per
 * bp). Each period has its own contracts at its own quote. The payoff's x-axis is the reference
 * rate fixed at every reset (a flat level); values are the interest of all periods, undiscounted.
 */
import { Decimal, money } from '../money';
import { fail, failAll, guard } from '../result';
import type { Result } from '../result';
import { checkDecimalText, checkNumber, collectErrors, decimalFromText, MAX_MAGNITUDE } from '../validate';
import { sizeWholeContracts } from '../instruments/contracts';
import type { AmountTarget, ContractFees, MarginInput, SizingInput } from './inputs';
import { asRecord, checkAmountTarget, checkFees, checkMargin, checkSizing } from './input-check';
import { contractFeeLines, costAsNumber, marginLines, percentText, protectedValue } from './linear-legs';
import { rateAxis } from './axis';
import { finishPlan } from './plan-check';
import { buildLedger, planMoney } from './plan';
import type { PlanOf } from './plan';
import { rateLockContracts } from './rate-lock';
import { buildSchedule, checkSchedule, monthsLabel, scheduleYears } from './rate-schedule';
import type { RatePeriod, ScheduleInput } from './rate-schedule';
import { Messages } from '../messages';

export interface RateStripInput {
  /** amount = principal borrowed (> 0: sell futures) or invested (< 0: buy them), the same at every reset. */
  readonly target: AmountTarget;
  readonly schedule: ScheduleInput;
  /** rounding per period, default 'nearest'. */
  readonly sizing?: SizingInput;
  readonly fees?: ContractFees;
  readonly margin?: MarginInput;
  /** Loan margin over the reference rate, decimal. */
  readonly spread: number;
  /** Gain or loss per contract per basis point, decimal text ("25" for a 3-month contract on 1 million). */
  readonly valuePerBasisPoint: string;
}

/** Sizes the futures strip over every reset; field errors for bad input, never throws. */
export function planRateStrip(input: RateStripInput): Result<PlanOf<'rate-strip'>> {
  const raw = asRecord(input);
  const errors = collectErrors(
    checkAmountTarget(raw.target, false),
    checkSchedule(raw.schedule),
    checkSizing(raw, { contractSize: 'none', hedgeRatio: false }),
    checkFees(raw),
    checkMargin(raw),
    checkNumber('spread', raw.spread, { min: -1, max: 1 }),
    checkDecimalText('valuePerBasisPoint', raw.valuePerBasisPoint),
  );
  if (errors.length === 0 && decimalFromText(raw.valuePerBasisPoint as string).isZero()) errors.push({ field: 'valuePerBasisPoint', message: Messages.above(0) });
  if (errors.length > 0) return failAll(errors);
  return guard('input', () => {
    const exact = rateLockContracts(input.target.amount, input.schedule.accrualYears, decimalFromText(input.valuePerBasisPoint));
    return exact.times(input.schedule.periods).lessThanOrEqualTo(MAX_MAGNITUDE) ? finishPlan(buildPlan(input, exact), 'input') : fail('valuePerBasisPoint', Messages.tooMany);
  });
}

function buildPlan(input: RateStripInput, exact: Decimal): PlanOf<'rate-strip'> {
  const ccy = input.target.currency;
  const p = input.target.amount;
  const vbpD = decimalFromText(input.valuePerBasisPoint);
  const vbp = vbpD.toNumber();
  const periods = buildSchedule(input.schedule);
  // Accruals such as 1/12 arrive as floats: a count within 12 significant digits of a whole number is whole.
  const sizing = sizeWholeContracts(exact.toSignificantDigits(12), 1, input.sizing?.rounding ?? 'nearest');
  const n = sizing.contracts; // the same count for every period of equal length
  const total = n * periods.length;
  const borrower = p > 0;
  const s = input.spread;
  const lines = [...contractFeeLines(input.fees, total, ccy, 'contracts'), ...marginLines(input.margin, total, null, ccy)];
  const ledger = buildLedger(ccy, lines, protectedValue(p, 1, ccy));
  const cost = costAsNumber(lines);
  const years = scheduleYears(periods);
  const unhedged = (x: number) => -p * (x + s) * years;
  // Each period's short futures gain vbp per bp its rate ends above that period's futures rate.
  const gain = (x: number) => periods.reduce((a, q) => a + (borrower ? 1 : -1) * n * vbp * (x - q.forwardRate) * 1e4, 0);
  const hedged = (x: number) => unhedged(x) + gain(x) - cost;
  const lockedInterest = periods.reduce((a, q) => a.plus(new Decimal(q.forwardRate).plus(new Decimal(s)).times(new Decimal(q.accrualYears))), new Decimal(0)).times(new Decimal(p));
  const average = lockedInterest.dividedBy(new Decimal(p)).dividedBy(new Decimal(years));
  const exactLock = sizing.remainderUnits === 0;
  const locked = planMoney(lockedInterest.negated().minus(ledger.totalCost.amount), ccy);
  const today = periods[0]!.forwardRate;
  return {
    kind: 'rate-strip',
    label: `${borrower ? 'Short' : 'Long'} ${n} rate futures for each of ${periods.length} resets: about ${percentText(average.toSignificantDigits(6))} a year all-in`,
    axis: rateAxis('rate', 'Reference rate at every reset (the same level each time)', today, 0.03),
    legs: periods.map((q) => ({ instrument: `Rate futures for the reset in ${monthsLabel(q.resetYears)} at ${labelQuote(q)}`, side: borrower ? 'sell' : 'buy', contracts: n, contractSize: 1, unitPrice: 100 - q.forwardRate * 100, expiryYears: q.resetYears })),
    targetQuantity: sizing.targetUnits * periods.length,
    hedgedQuantity: sizing.hedgedUnits * periods.length,
    unhedgedQuantity: sizing.remainderUnits * periods.length,
    ledger,
    floor: exactLock ? locked : null,
    cap: exactLock ? locked : null,
    breakeven: null,
    residualRisk: { description: 'Futures rates differ slightly from forward rates (the convexity adjustment), daily settlement moves cash before the interest is paid, and a fraction of a contract per period stays open when the count is not whole (Hull §6.3).' },
    payoff: { unhedged, hedged },
    extras: {
      contractsPerPeriod: n, exactContractsPerPeriod: sizing.exactContracts, totalContracts: total, periods: periods.map(periodFigures(s)),
      averageLockedRate: average.toNumber(), lockedInterest: money(lockedInterest.negated(), ccy),
    },
  };
}

function labelQuote(q: RatePeriod): string {
  return new Decimal(100).minus(new Decimal(q.forwardRate).times(100)).toSignificantDigits(8).toFixed();
}

/** A period's figures as the plan reports them: when it resets, its rate, its locked all-in rate. */
export function periodFigures(spread: number) {
  return (q: RatePeriod) => ({ resetYears: q.resetYears, accrualYears: q.accrualYears, forwardRate: q.forwardRate, quoted: q.quoted, discountFactor: q.discountFactor, lockedRate: q.forwardRate + spread });
}
