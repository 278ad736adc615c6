/**
 * What a revaluation before expiry reads from a plan, checked once: the option model it was priced
 * with (`plan.valuation`), its option legs as signed units, the cost already paid, and the
 * volatility and rate shifts asked for. Shared by the date × price grid and the probabilities.
 */
import { toNumber } from '../money';
import { MAX_RATE, MAX_VOL, MAX_YEARS } from '../pricing/option-input';
import type { ExerciseStyle } from '../pricing/option-input';
import type { OptionType } from '../pricing/types';
import { fail, failAll, ok } from '../result';
import type { Result } from '../result';
import { checkNumber, collectErrors, isRecord } from '../validate';
import { Messages } from '../messages';
import type { Money } from '../money';

/** One option leg: units > 0 held, < 0 written; expiry in years from today. */
export interface RevalueLeg {
  readonly type: OptionType;
  readonly strike: number;
  readonly expiryYears: number;
  readonly units: number;
}

/** The checked model, with the shifts applied to volatility and rate. */
export interface RevalueModel {
  readonly quantity: number;
  readonly spot: number;
  readonly r: number;
  readonly q: number;
  readonly vol: number;
  readonly exercise: ExerciseStyle;
  readonly legs: readonly RevalueLeg[];
  /** Premiums and fees paid today (ledger total cost), currency. */
  readonly cost: number;
  /** The earliest option expiry, years. */
  readonly expiryYears: number;
  readonly axisRange: readonly [number, number];
}

export interface Shifts {
  /** Added to the plan's volatility, decimal (0.05 = +5 points); default 0. */
  readonly volShift?: number;
  /** Added to the risk-free rate, decimal (0.01 = +1 %); default 0. */
  readonly rateShift?: number;
}

function readLegs(raw: unknown): RevalueLeg[] {
  if (!Array.isArray(raw)) return [];
  const legs: RevalueLeg[] = [];
  for (const l of raw as unknown[]) {
    if (!isRecord(l) || (l.optionType !== 'call' && l.optionType !== 'put')) continue;
    const { strike, expiryYears, contracts, contractSize, side } = l;
    if (![strike, expiryYears, contracts, contractSize].every((x) => typeof x === 'number' && Number.isFinite(x))) continue;
    if (!((strike as number) > 0 && (expiryYears as number) > 0 && (expiryYears as number) <= MAX_YEARS)) continue;
    const units = (side === 'sell' ? -1 : 1) * (contracts as number) * (contractSize as number);
    if (Number.isFinite(units) && Math.abs(units) > 0) legs.push({ type: l.optionType, strike: strike as number, expiryYears: expiryYears as number, units });
  }
  return legs;
}

/** Reads and checks `plan` and the shifts (errors on 'plan', 'volShift', 'rateShift'). */
export function readRevalueModel(plan: unknown, shifts: Shifts): Result<RevalueModel> {
  if (!isRecord(plan) || !isRecord(plan.valuation) || !isRecord(plan.ledger) || !isRecord(plan.axis)) return fail('plan', Messages.noOptionLegs);
  const v = plan.valuation;
  const errors = collectErrors(
    checkNumber('plan.valuation.quantity', v.quantity),
    checkNumber('plan.valuation.spot', v.spot, { gt: 0 }),
    checkNumber('plan.valuation.r', v.r, { min: -MAX_RATE, max: MAX_RATE }),
    checkNumber('plan.valuation.q', v.q, { min: -MAX_RATE, max: MAX_RATE }),
    checkNumber('plan.valuation.volAnnual', v.volAnnual, { gt: 0, max: MAX_VOL }),
    v.exercise === 'european' || v.exercise === 'american' ? null : { field: 'plan.valuation.exercise', message: Messages.exercise },
    checkNumber('volShift', shifts.volShift, { optional: true, min: -MAX_VOL, max: MAX_VOL }),
    checkNumber('rateShift', shifts.rateShift, { optional: true, min: -2 * MAX_RATE, max: 2 * MAX_RATE }),
  );
  if (errors.length > 0) return failAll(errors);
  const legs = readLegs(plan.legs);
  const cost = toNumber(plan.ledger.totalCost as Money);
  const range = plan.axis.range;
  if (legs.length === 0 || !Number.isFinite(cost) || !Array.isArray(range)) return fail('plan', Messages.noOptionLegs);
  const vol = (v.volAnnual as number) + (shifts.volShift ?? 0);
  const r = (v.r as number) + (shifts.rateShift ?? 0);
  if (!(vol > 0 && vol <= MAX_VOL)) return fail('volShift', Messages.shiftedVol);
  if (!(r >= -MAX_RATE && r <= MAX_RATE)) return fail('rateShift', Messages.shiftedRate);
  const [lo, hi] = range as unknown[];
  const spot = v.spot as number;
  const axisRange: [number, number] = typeof lo === 'number' && typeof hi === 'number' && Number.isFinite(lo) && Number.isFinite(hi) && hi > lo ? [Math.max(0, lo), hi] : [spot * 0.5, spot * 1.5];
  return ok({
    quantity: v.quantity as number, spot, r, q: v.q as number, vol, exercise: v.exercise as ExerciseStyle, legs, cost,
    expiryYears: Math.min(...legs.map((l) => l.expiryYears)), axisRange,
  });
}
