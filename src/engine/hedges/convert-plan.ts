/**
 * A hedge plan re-expressed in another currency at one exchange rate (units of the new currency per
 * 1 unit of the plan's), so hedges priced in different currencies can be held in one ledger.
 *
 * Rounding rule (one, stated): every ledger line is converted exactly (decimal amount × decimal rate)
 * and rounded half-even to the new currency's minor units (PLAN_ROUNDING, as the ledger shows each
 * line); the totals are then the exact sums of those rounded lines, so a converted ledger's total is
 * always the sum of the lines it shows. Each converted line keeps its original amount and the rate.
 * The protected value, floor and cap are converted exactly and rounded once (planMoney). Payoff
 * values (floats) are scaled by the rate; the axis (e.g. a price in the foreign currency), the legs,
 * quantities, breakeven and the kind's extras stay as they are (extras keep their own currency).
 */
import { Decimal, isCurrencyCode, parseDecimal, roundMoney } from '../money';
import type { Money } from '../money';
import { Messages } from '../messages';
import { fail, guard, ok } from '../result';
import type { Result } from '../result';
import { looksLikePlan } from './combined';
import { finishPlan } from './plan-check';
import { buildLedger, PLAN_ROUNDING, planMoney } from './plan';
import type { HedgePlan, LedgerLine, Payoff } from './plan';

/** The rate as an exact positive Decimal: decimal text ("0.9090", "1,234.5"), a finite number (its shortest decimal text) or a Decimal; null otherwise. */
export function readRate(rate: unknown): Decimal | null {
  let d: Decimal | null = null;
  if (typeof rate === 'string') d = parseDecimal(rate);
  else if (typeof rate === 'number') d = Number.isFinite(rate) ? new Decimal(rate) : null;
  else if (Decimal.isDecimal(rate)) d = new Decimal(rate as Decimal);
  return d !== null && d.isFinite() && d.greaterThan(0) ? d : null;
}

function convertLine(line: LedgerLine, rate: Decimal, to: string): LedgerLine {
  const converted = roundMoney({ amount: line.amount.amount.times(rate), currency: to }, PLAN_ROUNDING);
  // A line converted twice keeps its first currency, at the product of the rates.
  const original = line.original ? { amount: line.original.amount, rate: line.original.rate.times(rate) } : { amount: line.amount, rate };
  return { ...line, amount: converted.amount.isZero() ? { amount: converted.amount.abs(), currency: to } : converted, original };
}

function convertMoney(m: Money | null, rate: Decimal, to: string): Money | null {
  return m === null ? null : planMoney(m.amount.times(rate), to);
}

function scalePayoff(p: Payoff, r: number): Payoff {
  const { hedgedAt } = p;
  return {
    unhedged: (x: number) => p.unhedged(x) * r,
    hedged: (x: number) => p.hedged(x) * r,
    ...(typeof hedgedAt === 'function' ? { hedgedAt: (x: number, t: number) => hedgedAt(x, t) * r } : {}),
  };
}

function convert(plan: HedgePlan, to: string, rate: Decimal): HedgePlan {
  const lines = plan.ledger.lines.map((l) => convertLine(l, rate, to));
  const protectedValue = planMoney(plan.ledger.protectedValue.amount.times(rate), to);
  // Totals: exact sums of the rounded lines (buildLedger), so they equal what the lines show.
  const ledger = buildLedger(to, lines, protectedValue);
  return {
    ...plan,
    ledger,
    floor: convertMoney(plan.floor, rate, to),
    cap: convertMoney(plan.cap, rate, to),
    payoff: scalePayoff(plan.payoff, rate.toNumber()),
  } as HedgePlan;
}

/**
 * `plan` in currency `to` at `rate` (units of `to` per 1 unit of the plan's ledger currency, > 0;
 * decimal text, a finite number or a Decimal). Ledger lines converted exactly and rounded half-even
 * to `to`'s minor units, totals = sums of those lines, protected value / floor / cap rounded once,
 * payoffs scaled (see the file comment). The same currency converts only at 1, to the plan itself.
 */
export function convertPlan(plan: HedgePlan, to: string, rate: unknown): Result<HedgePlan> {
  if (!looksLikePlan(plan)) return fail('plan', Messages.notAPlan);
  if (typeof to !== 'string' || !isCurrencyCode(to)) return fail('to', Messages.currency);
  const r = readRate(rate);
  if (r === null) return fail('rate', Messages.convertRate);
  if (to === plan.ledger.currency) return r.equals(1) ? ok(plan) : fail('rate', Messages.convertSameCurrency);
  return guard('plan', () => finishPlan(convert(plan, to, r), 'plan'));
}
