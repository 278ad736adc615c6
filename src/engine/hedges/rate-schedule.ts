/**
 * The reset schedule of a floating-rate loan to maturity, shared by the multi-period rate hedges
 * (futures strip, swap, cap): one period per reset, its forward rate (from a futures quote,
 * 100 − rate, ignoring the convexity adjustment), and the discount factor to the period's payment
 * date, chained from the forwards with simple interest: P(t_{k+1}) = P(t_k) / (1 + F_k·τ_k)
 * (Hull, "Options, Futures, and Other Derivatives", 11th ed., §4.7 forward rates and §7.7
 * valuing a swap as a portfolio of FRAs). The stub from today to the first reset is discounted at
 * the first forward rate.
 */
import type { FieldError } from '../result';
import { checkNumber, collectErrors, isRecord } from '../validate';
import { Messages } from '../messages';

/** Most reset periods accepted (monthly resets for 40 years). */
export const MAX_RATE_PERIODS = 480;

export interface ScheduleInput {
  /** Years from today to the first reset (> 0). */
  readonly firstResetYears: number;
  /** Length of every interest period, years (0.25 quarterly). */
  readonly accrualYears: number;
  /** Number of periods from the first reset to maturity (whole, 1..MAX_RATE_PERIODS). */
  readonly periods: number;
  /** Forward rate (decimal) of each period in order; later periods without one take the last. */
  readonly forwardRates: readonly number[];
}

export interface RatePeriod {
  /** Years from today to the reset that fixes this period's rate. */
  readonly resetYears: number;
  readonly accrualYears: number;
  readonly forwardRate: number;
  /** True when the forward was given for this period, false when it repeats the last one given. */
  readonly quoted: boolean;
  /** Discount factor to the period's payment date (its end). */
  readonly discountFactor: number;
}

/** Checks a schedule from untrusted data; errors named `schedule.*`. */
export function checkSchedule(value: unknown): FieldError[] {
  if (!isRecord(value)) return [{ field: 'schedule', message: Messages.forwardRates }];
  const errors = collectErrors(
    checkNumber('schedule.firstResetYears', value.firstResetYears, { gt: 0, max: 100 }),
    checkNumber('schedule.accrualYears', value.accrualYears, { gt: 0, max: 10 }),
    checkNumber('schedule.periods', value.periods, { min: 1, max: MAX_RATE_PERIODS }),
  );
  if (!errors.some((e) => e.field === 'schedule.periods') && !Number.isInteger(value.periods)) errors.push({ field: 'schedule.periods', message: Messages.ratePeriods(MAX_RATE_PERIODS) });
  const f = value.forwardRates;
  const good = Array.isArray(f) && f.length >= 1 && f.length <= MAX_RATE_PERIODS && f.every((x) => typeof x === 'number' && Number.isFinite(x) && x > -1 && x <= 1);
  if (!good) errors.push({ field: 'schedule.forwardRates', message: Messages.forwardRates });
  return errors;
}

/** The periods of a checked schedule, with chained discount factors. */
export function buildSchedule(s: ScheduleInput): RatePeriod[] {
  const out: RatePeriod[] = [];
  let df = 1 / (1 + s.forwardRates[0]! * s.firstResetYears);
  for (let k = 0; k < s.periods; k++) {
    const quoted = k < s.forwardRates.length;
    const forwardRate = s.forwardRates[Math.min(k, s.forwardRates.length - 1)]!;
    df /= 1 + forwardRate * s.accrualYears;
    out.push({ resetYears: s.firstResetYears + k * s.accrualYears, accrualYears: s.accrualYears, forwardRate, quoted, discountFactor: df });
  }
  return out;
}

/** Σ τ_k over the periods: the years of interest the schedule covers. */
export function scheduleYears(periods: readonly RatePeriod[]): number {
  return periods.reduce((a, p) => a + p.accrualYears, 0);
}

/**
 * Value to the party paying fixed `fixedRate` and receiving the floating rate on `notional`, as a
 * portfolio of FRAs: Σ notional·τ_k·(F_k − K)·P(t_{k+1}) (Hull §7.7, Example 7.3 in the 8th ed.).
 * Total: periods that are not finite are left out; a non-finite result reads 0.
 */
export function valueSwapPeriods(periods: readonly Pick<RatePeriod, 'accrualYears' | 'forwardRate' | 'discountFactor'>[], notional: number, fixedRate: number): number {
  if (!Array.isArray(periods) || typeof notional !== 'number' || typeof fixedRate !== 'number') return 0;
  let v = 0;
  for (const p of periods) {
    const term = notional * p?.accrualYears * (p?.forwardRate - fixedRate) * p?.discountFactor;
    if (Number.isFinite(term)) v += term;
  }
  return Number.isFinite(v) ? v : 0;
}

/** Par swap rate: the fixed rate that gives the swap zero value, Σ τF·P / Σ τ·P (0 when undefined). */
export function parSwapRate(periods: readonly Pick<RatePeriod, 'accrualYears' | 'forwardRate' | 'discountFactor'>[]): number {
  if (!Array.isArray(periods)) return 0;
  let num = 0;
  let den = 0;
  for (const p of periods) {
    const w = p?.accrualYears * p?.discountFactor;
    const f = p?.forwardRate;
    if (!Number.isFinite(w) || !Number.isFinite(f)) continue;
    num += w * f;
    den += w;
  }
  const r = num / den;
  return Number.isFinite(r) ? r : 0;
}

/** "3 months" style label of a time in years (whole months when it is close to one). */
export function monthsLabel(years: number): string {
  const m = years * 12;
  return Math.abs(m - Math.round(m)) < 1e-9 ? `${Math.round(m)} months` : `${m.toFixed(2)} months`;
}
