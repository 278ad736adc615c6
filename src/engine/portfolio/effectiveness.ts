/**
 * Hedge-effectiveness tests of the hedge-accounting standards (ASC 815 / IAS 39; IFRS 9 keeps them
 * as common practice) applied to a history of values of the hedged item and the hedge:
 * dollar offset 80–125 %, regression R² ≥ 0.8 with slope in [−1.25, −0.8], variance reduction.
 */
import type { Result } from '../result';
import { fail, ok } from '../result';
import { regress, variance } from '../math/stats';
import { checkNumber, collectErrors, isRecord } from '../validate';
import { priceChanges } from '../market/history';
import { checkNumberArray } from './check';
import { RiskMessages } from '../messages';

export interface EffectivenessInput {
  /** Value of the hedged item (money, signed) at each date, oldest first. */
  readonly hedgedItemValues: readonly number[];
  /** Value of the hedging instrument at the same dates. */
  readonly hedgeValues: readonly number[];
  /** Minimum variance reduction to pass; default 0.8. */
  readonly minVarianceReduction?: number;
}

export interface DollarOffsetTest {
  readonly itemChange: number;
  readonly hedgeChange: number;
  /** −Δhedge / Δitem over the whole period; null when the item did not move (ratio undefined). */
  readonly ratio: number | null;
  readonly passes: boolean;
  /** The same ratio period by period (null where the item did not move). */
  readonly periodRatios: readonly (number | null)[];
}

export interface RegressionTest {
  /** Slope of Δhedge on Δitem; a perfect hedge has −1. */
  readonly slope: number;
  readonly intercept: number;
  readonly r2: number;
  readonly n: number;
  readonly passes: boolean;
}

export interface VarianceReductionTest {
  /** 1 − Var(Δitem + Δhedge) / Var(Δitem). */
  readonly reduction: number;
  readonly passes: boolean;
}

export interface EffectivenessReport {
  readonly dollarOffset: DollarOffsetTest;
  /** Null with fewer than 3 periods or when the item never moved. */
  readonly regression: RegressionTest | null;
  readonly varianceReduction: VarianceReductionTest | null;
  /** Passes the regression test when it can be run, else the cumulative dollar offset. */
  readonly highlyEffective: boolean;
}

export const DOLLAR_OFFSET_RANGE = { min: 0.8, max: 1.25 } as const;

/** Dollar-offset ratio −Δhedge/Δitem (1.00 = perfect offset); null when Δitem is 0 (or so small the ratio overflows). */
export function dollarOffsetRatio(itemChange: number, hedgeChange: number): number | null {
  const ratio = itemChange === 0 ? Number.NaN : -hedgeChange / itemChange;
  return Number.isFinite(ratio) ? ratio : null;
}

/** True when a dollar-offset ratio lies in the 80–125 % band (inclusive). */
export function passesDollarOffset(ratio: number | null): boolean {
  return ratio !== null && ratio >= DOLLAR_OFFSET_RANGE.min - 1e-12 && ratio <= DOLLAR_OFFSET_RANGE.max + 1e-12;
}

/**
 * Runs the three effectiveness tests over value histories (Finnerty & Grant, "Alternative
 * approaches to testing hedge effectiveness under SFAS No. 133", Accounting Horizons 16(2), 2002:
 * dollar offset, regression R² ≥ 0.80 with slope −0.80 to −1.25, variance reduction).
 */
export function testHedgeEffectiveness(input: unknown): Result<EffectivenessReport> {
  if (!isRecord(input)) return fail('effectiveness', RiskMessages.effectiveness);
  const errors = collectErrors(
    checkNumberArray('hedgedItemValues', input.hedgedItemValues, null),
    checkNumber('minVarianceReduction', input.minVarianceReduction, { optional: true, min: 0, max: 1 }),
  );
  if (errors.length === 0) {
    const n = (input.hedgedItemValues as number[]).length;
    errors.push(...checkNumberArray('hedgeValues', input.hedgeValues, n));
    if (n < 2) errors.push({ field: 'hedgedItemValues', message: RiskMessages.twoDates });
  }
  if (errors.length > 0) return { ok: false, errors };
  const v = input as unknown as EffectivenessInput;
  const di = priceChanges(v.hedgedItemValues);
  const dh = priceChanges(v.hedgeValues);
  const itemChange = (v.hedgedItemValues.at(-1) as number) - (v.hedgedItemValues[0] as number);
  const hedgeChange = (v.hedgeValues.at(-1) as number) - (v.hedgeValues[0] as number);
  const ratio = dollarOffsetRatio(itemChange, hedgeChange);
  const dollarOffset = { itemChange, hedgeChange, ratio, passes: passesDollarOffset(ratio), periodRatios: di.map((d, i) => dollarOffsetRatio(d, dh[i] as number)) };
  const raw = di.length >= 3 ? regress(dh, di) : null;
  // Changes near the float underflow can make the slope overflow: no meaningful regression then.
  const fit = raw && Number.isFinite(raw.slope) && Number.isFinite(raw.intercept) ? raw : null;
  const regression = fit && {
    slope: fit.slope, intercept: fit.intercept, r2: fit.r2, n: fit.n,
    passes: fit.r2 >= 0.8 && fit.slope <= -0.8 && fit.slope >= -1.25,
  };
  const vi = variance(di);
  const minVr = v.minVarianceReduction ?? 0.8;
  const vr = vi > 0 ? 1 - variance(di.map((d, i) => d + (dh[i] as number))) / vi : Number.NaN;
  const reduction = Number.isFinite(vr) ? vr : null;
  const varianceReduction = reduction === null ? null : { reduction, passes: reduction >= minVr };
  return ok({ dollarOffset, regression, varianceReduction, highlyEffective: regression ? regression.passes : dollarOffset.passes });
}
