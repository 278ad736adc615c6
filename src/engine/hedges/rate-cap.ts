/**
 * An interest-rate cap on a floating-rate loan: one caplet per reset to maturity, each priced with
 * Black's model (Hull, "Options, Futures, and Other Derivatives", 11th ed., ch. 29 "Interest rate
 * caps and floors", eq. 29.7): caplet = L·δ_k·P(0,t_{k+1})·[F_k·N(d₁) − R_K·N(d₂)],
 * d₁ = [ln(F_k/R_K) + σ²t_k/2]/(σ√t_k), d₂ = d₁ − σ√t_k, with t_k the reset time. The premium is
 * paid once, today. With the cap the borrower pays min(rate, R_K) + spread each period; the worst
 * case adds the premium spread over the years covered (undiscounted). x-axis: the reference
 * rate at every reset (flat); values: all periods' interest, less the premium.
 */
import { Decimal, fromModel } from '../money';
import { failAll, guard } from '../result';
import type { Result } from '../result';
import { normalCdf } from '../math/normal';
import { checkNumber, collectErrors } from '../validate';
import type { AmountTarget } from './inputs';
import { asRecord, checkAmountTarget } from './input-check';
import { percentText, protectedValue } from './linear-legs';
import { rateAxis } from './axis';
import { finishPlan } from './plan-check';
import { buildLedger, planMoney } from './plan';
import type { PlanOf } from './plan';
import { labelNumber } from './label';
import { buildSchedule, checkSchedule, monthsLabel, scheduleYears } from './rate-schedule';
import type { ScheduleInput } from './rate-schedule';
import { Messages } from '../messages';

export interface RateCapInput {
  /** amount = the loan principal (> 0), the cap's notional. */
  readonly target: AmountTarget;
  readonly schedule: ScheduleInput;
  /** Loan margin over the reference rate, decimal. */
  readonly spread: number;
  /** Cap rate R_K, decimal (> 0). */
  readonly capRate: number;
  /** Black volatility of the forward rates, annual, decimal (flat across caplets). */
  readonly volAnnual: number;
}

/**
 * One caplet by Black's model (Hull eq. 29.7), in money units of `notional`: forward F and cap
 * rate K (decimal, > 0), volatility σ (annual), reset time t (years), accrual δ, discount factor P
 * to the payment date. Total: inputs outside the model's domain give 0; at σ√t = 0 the discounted
 * intrinsic value.
 */
export function blackCaplet(forward: number, capRate: number, vol: number, resetYears: number, accrualYears: number, notional: number, discountFactor: number): { price: number; d1: number; d2: number } {
  const all = [forward, capRate, vol, resetYears, accrualYears, notional, discountFactor];
  if (!all.every((x) => typeof x === 'number' && Number.isFinite(x)) || !(forward > 0 && capRate > 0 && vol >= 0 && resetYears >= 0)) return { price: 0, d1: 0, d2: 0 };
  const scale = notional * accrualYears * discountFactor;
  const sd = vol * Math.sqrt(resetYears);
  if (!(sd > 0)) return { price: scale * Math.max(forward - capRate, 0), d1: 0, d2: 0 };
  const d1 = (Math.log(forward / capRate) + (sd * sd) / 2) / sd;
  const d2 = d1 - sd;
  const price = scale * (forward * normalCdf(d1) - capRate * normalCdf(d2));
  return Number.isFinite(price) && Number.isFinite(d1) && Number.isFinite(d2) ? { price, d1, d2 } : { price: 0, d1: 0, d2: 0 };
}

/** Prices the cap over every reset; field errors for bad input, never throws. */
export function planRateCap(input: RateCapInput): Result<PlanOf<'rate-cap'>> {
  const raw = asRecord(input);
  const errors = collectErrors(
    checkAmountTarget(raw.target, true),
    checkSchedule(raw.schedule),
    checkNumber('spread', raw.spread, { min: -1, max: 1 }),
    checkNumber('capRate', raw.capRate, { gt: 0, max: 1 }),
    checkNumber('volAnnual', raw.volAnnual, { gt: 0, max: 5 }),
  );
  const rates = (raw.schedule as { forwardRates?: unknown } | undefined)?.forwardRates;
  if (errors.length === 0 && Array.isArray(rates) && rates.some((f) => !((f as number) > 0))) errors.push({ field: 'schedule.forwardRates', message: Messages.positiveForwards });
  if (errors.length > 0) return failAll(errors);
  return guard('input', () => finishPlan(buildPlan(input), 'input'));
}

function buildPlan(input: RateCapInput): PlanOf<'rate-cap'> {
  const ccy = input.target.currency;
  const l = input.target.amount;
  const K = input.capRate;
  const s = input.spread;
  const periods = buildSchedule(input.schedule);
  const years = scheduleYears(periods);
  const caplets = periods.map((q) => ({ resetYears: q.resetYears, forwardRate: q.forwardRate, discountFactor: q.discountFactor, quoted: q.quoted, ...blackCaplet(q.forwardRate, K, input.volAnnual, q.resetYears, q.accrualYears, l, q.discountFactor) }));
  const premium = fromModel(caplets.reduce((a, c) => a + c.price, 0), ccy);
  const ledger = buildLedger(ccy, [{ kind: 'premium', nature: 'cost', label: `Cap premium: ${caplets.length} caplets at ${percentText(K)} on ${labelNumber(l, 2)} ${ccy}`, amount: premium }], protectedValue(l, 1, ccy));
  const p = premium.amount.toNumber();
  const perYear = premium.amount.dividedBy(new Decimal(years));
  const premiumRate = premium.amount.dividedBy(new Decimal(l).times(new Decimal(years)));
  const worstRate = new Decimal(K).plus(new Decimal(s)).plus(premiumRate);
  const worst = planMoney(new Decimal(l).times(new Decimal(K).plus(new Decimal(s))).times(new Decimal(years)).plus(premium.amount).negated(), ccy);
  const maturity = input.schedule.firstResetYears + years;
  return {
    kind: 'rate-cap',
    label: `Buy a ${percentText(K)} cap on ${labelNumber(l, 2)} ${ccy}: ${caplets.length} caplets, resets to ${monthsLabel(maturity)} from today`,
    axis: rateAxis('rate', 'Reference rate at every reset (the same level each time)', periods[0]!.forwardRate, 0.03),
    legs: caplets.map((c) => ({ instrument: `Caplet at ${percentText(K)}, reset in ${monthsLabel(c.resetYears)}`, side: 'buy' as const, contracts: 1, contractSize: l, unitPrice: c.price / l, strike: K, expiryYears: c.resetYears, optionType: 'call' as const })),
    targetQuantity: l,
    hedgedQuantity: l,
    unhedgedQuantity: 0,
    ledger,
    floor: worst,
    cap: null,
    breakeven: null,
    residualRisk: { description: `Rates above ${percentText(K)} are capped; below it the loan keeps the lower floating rate. The premium is paid today whatever happens; Black's model prices each caplet with one volatility.` },
    payoff: { unhedged: (x) => -l * (x + s) * years, hedged: (x) => -l * (Math.min(x, K) + s) * years - p },
    extras: {
      capRate: K, volAnnual: input.volAnnual, premium, premiumPerYear: fromModel(perYear.toNumber(), ccy), worstEffectiveRate: worstRate.toNumber(),
      caplets, maturityYears: maturity,
    },
  };
}
