/**
 * A payer swap over EVERY reset of a floating-rate loan to maturity (Hull, "Options, Futures, and
 * Other Derivatives", 11th ed., §7.3: floating + spread on the loan plus pay fixed / receive
 * floating on the swap = fixed + spread), with the swap valued from the reset schedule's forward
 * rates as a portfolio of FRAs (§7.7): value to the fixed payer Σ N·τ_k·(F_k − K)·P(t_{k+1}), and
 * the par rate that gives it zero value. A fixed rate above par is the dealer's margin: its
 * present value is a ledger cost line (already inside the fixed rate paid, so not subtracted from
 * the payoff again). x-axis: the reference rate at every reset (flat); values: all periods' interest.
 */
import { Decimal, fromModel, money } from '../money';
import { failAll, guard } from '../result';
import type { Result } from '../result';
import { checkNumber, collectErrors, decimalFromText } from '../validate';
import type { AmountTarget } from './inputs';
import { asRecord, checkAmountTarget, checkOptionalText, isBlank } from './input-check';
import { costAsNumber, percentText, protectedValue } from './linear-legs';
import { rateAxis } from './axis';
import { finishPlan } from './plan-check';
import { buildLedger, planMoney } from './plan';
import type { LedgerLine, PlanOf } from './plan';
import { labelNumber } from './label';
import { buildSchedule, checkSchedule, monthsLabel, parSwapRate, scheduleYears, valueSwapPeriods } from './rate-schedule';
import type { ScheduleInput } from './rate-schedule';
import { periodFigures } from './rate-strip';

export interface SwapToMaturityInput {
  /** amount = the loan principal borrowed (> 0), at floating + loanSpread, the swap's notional. */
  readonly target: AmountTarget;
  readonly schedule: ScheduleInput;
  /** Loan margin over the floating reference rate, decimal. */
  readonly loanSpread: number;
  /** Fixed rate paid on the swap, decimal. */
  readonly swapFixedRate: number;
  /** Arrangement fee, decimal text, paid once. */
  readonly upfrontFee?: string;
}

/** Plans the payer swap to maturity; field errors for bad input, never throws. */
export function planSwapToMaturity(input: SwapToMaturityInput): Result<PlanOf<'swap-term'>> {
  const raw = asRecord(input);
  const errors = collectErrors(
    checkAmountTarget(raw.target, true),
    checkSchedule(raw.schedule),
    checkNumber('loanSpread', raw.loanSpread, { min: -1, max: 1 }),
    checkNumber('swapFixedRate', raw.swapFixedRate, { min: -1, max: 1 }),
    checkOptionalText('upfrontFee', raw.upfrontFee),
  );
  if (errors.length > 0) return failAll(errors);
  return guard('input', () => finishPlan(buildPlan(input), 'input'));
}

function buildPlan(input: SwapToMaturityInput): PlanOf<'swap-term'> {
  const ccy = input.target.currency;
  const l = input.target.amount;
  const K = input.swapFixedRate;
  const s = input.loanSpread;
  const periods = buildSchedule(input.schedule);
  const years = scheduleYears(periods);
  const par = parSwapRate(periods);
  const value = valueSwapPeriods(periods, l, K);
  const lines: LedgerLine[] = [];
  if (value !== 0) {
    lines.push({ kind: 'financing', nature: 'cost', label: `Fixed rate ${percentText(K)} against the fair (par) rate ${percentText(new Decimal(par).toSignificantDigits(6))}: present value of the difference`, amount: fromModel(-value, ccy) });
  }
  if (!isBlank(input.upfrontFee) && !decimalFromText(input.upfrontFee as string).isZero()) {
    lines.push({ kind: 'other', nature: 'cost', label: 'Swap arrangement fee', amount: money(decimalFromText(input.upfrontFee as string), ccy) });
  }
  const ledger = buildLedger(ccy, lines, protectedValue(l, 1, ccy));
  const fee = costAsNumber(lines.filter((x) => x.kind === 'other'));
  const allIn = new Decimal(K).plus(new Decimal(s));
  const interest = new Decimal(l).times(allIn).times(new Decimal(years));
  const locked = planMoney(interest.negated().minus(ledger.lines.filter((x) => x.kind === 'other').reduce((a, x) => a.plus(x.amount.amount), new Decimal(0))), ccy);
  const maturity = input.schedule.firstResetYears + years;
  return {
    kind: 'swap-term',
    label: `Pay ${percentText(K)} fixed, receive floating on ${labelNumber(l, 2)} ${ccy} at each of ${periods.length} resets, to ${monthsLabel(maturity)} from today`,
    axis: rateAxis('rate', 'Reference rate at every reset (the same level each time)', periods[0]!.forwardRate, 0.03),
    legs: [{ instrument: `Payer interest-rate swap, ${periods.length} periods of ${monthsLabel(input.schedule.accrualYears)}, fixed ${percentText(K)}`, side: 'buy', contracts: 1, contractSize: l, unitPrice: K, expiryYears: maturity }],
    targetQuantity: l,
    hedgedQuantity: l,
    unhedgedQuantity: 0,
    ledger,
    floor: locked,
    cap: locked,
    breakeven: null,
    residualRisk: { description: 'Every reset is fixed; the swap has a market value that moves with rates (a cost to unwind before maturity) and counterparty risk.' },
    payoff: { unhedged: (x) => -l * (x + s) * years, hedged: () => -l * (K + s) * years - fee },
    extras: {
      notional: l, allInFixedRate: allIn.toNumber(), parRate: par, swapValue: fromModel(value, ccy), periods: periods.map(periodFigures(s)),
      maturityYears: maturity, lockedInterest: money(interest.negated(), ccy),
    },
  };
}
