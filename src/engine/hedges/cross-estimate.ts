/**
 * The minimum-variance hedge ratio of a cross hedge, typed or estimated from two price histories
 * (Hull, "Options, Futures, and Other Derivatives", 11th ed., §3.4: h* = ρ·σS/σF, eq. 3.1, is the
 * slope of the regression of ΔS on ΔF; hedge effectiveness = R² = ρ²).
 */
import { correlation, regress, stdev } from '../math/stats';
import type { FieldError } from '../result';
import { checkNumber, collectErrors, isRecord, MAX_MAGNITUDE } from '../validate';
import { studentTQuantile } from '../market/student-t';

export type CrossEstimate =
  /** σS, σF: standard deviations of the changes over one period; ρ their correlation. */
  | { readonly method: 'typed'; readonly rho: number; readonly sigmaS: number; readonly sigmaF: number }
  /** Two histories over the same dates: prices (changes are taken) or the changes themselves. */
  | { readonly method: 'series'; readonly spot: readonly number[]; readonly futures: readonly number[]; readonly series?: 'prices' | 'changes' };

export interface HedgeRatioEstimate {
  readonly hedgeRatio: number;
  readonly rho: number;
  readonly sigmaS: number;
  readonly sigmaF: number;
  /** Present when estimated from series. */
  readonly regression?: {
    readonly r2: number;
    readonly slopeStdError: number;
    readonly n: number;
    /** t(0.975, n − 2) and the 95 % interval slope ± t·SE. */
    readonly t975: number;
    readonly low95: number;
    readonly high95: number;
  };
}

const MAX_POINTS = 100_000;

function checkSeries(field: string, value: unknown, minLength: number, positive: boolean): FieldError | null {
  if (!Array.isArray(value)) return { field, message: 'Enter a list of numbers.' };
  if (value.length < minLength) return { field, message: `Enter at least ${minLength} values.` };
  if (value.length > MAX_POINTS) return { field, message: `Enter at most ${MAX_POINTS} values.` };
  for (let i = 0; i < value.length; i++) {
    const err = checkNumber(`${field}[${i}]`, value[i], positive ? { gt: 0 } : {});
    if (err !== null) return err;
  }
  return null;
}

/** Field errors of an untrusted estimate; `percentage` asks for positive prices (percentage changes). */
export function checkEstimate(field: string, value: unknown, percentage: boolean): FieldError[] {
  if (!isRecord(value)) return [{ field, message: "Choose 'typed' (ρ, σS, σF) or 'series' (two price histories)." }];
  if (value.method === 'typed') {
    return collectErrors(
      checkNumber(`${field}.rho`, value.rho, { min: -1, max: 1 }),
      checkNumber(`${field}.sigmaS`, value.sigmaS, { min: 0 }),
      checkNumber(`${field}.sigmaF`, value.sigmaF, { gt: 0 }),
    );
  }
  if (value.method !== 'series') return [{ field: `${field}.method`, message: "Choose 'typed' or 'series'." }];
  if (value.series !== undefined && value.series !== 'prices' && value.series !== 'changes') {
    return [{ field: `${field}.series`, message: "Choose 'prices' or 'changes'." }];
  }
  const isPrices = value.series !== 'changes';
  const min = isPrices ? 4 : 3;
  const errors = collectErrors(
    checkSeries(`${field}.spot`, value.spot, min, isPrices && percentage),
    checkSeries(`${field}.futures`, value.futures, min, isPrices && percentage),
  );
  if (errors.length === 0 && (value.spot as unknown[]).length !== (value.futures as unknown[]).length) {
    errors.push({ field: `${field}.futures`, message: 'Enter as many futures values as spot values, for the same dates.' });
  }
  return errors;
}

function changes(xs: readonly number[], percentage: boolean): number[] {
  const out: number[] = [];
  for (let i = 1; i < xs.length; i++) {
    const a = xs[i - 1] as number;
    const b = xs[i] as number;
    out.push(percentage ? b / a - 1 : b - a);
  }
  return out;
}

/**
 * h* and its inputs from a validated estimate. From series: h* = OLS slope of ΔS on ΔF, ρ = sample
 * correlation, σ = sample standard deviations (n − 1), 95 % interval slope ± t(0.975, n−2)·SE.
 * Prices become differences, or percentage changes when `percentage` (Hull eq. 3.3's ĥ).
 * Returns an error when a series does not move (no ratio can be estimated).
 */
export function estimateHedgeRatio(field: string, est: CrossEstimate, percentage: boolean): HedgeRatioEstimate | FieldError {
  if (est.method === 'typed') return { hedgeRatio: (est.rho * est.sigmaS) / est.sigmaF, rho: est.rho, sigmaS: est.sigmaS, sigmaF: est.sigmaF };
  const isPrices = est.series !== 'changes';
  const ds = isPrices ? changes(est.spot, percentage) : [...est.spot];
  const df = isPrices ? changes(est.futures, percentage) : [...est.futures];
  const reg = regress(ds, df);
  const rho = correlation(ds, df);
  if (reg === null) return { field: `${field}.futures`, message: 'The futures series does not move, so no hedge ratio can be estimated.' };
  if (rho === null) return { field: `${field}.spot`, message: 'The spot series does not move, so no hedge ratio can be estimated.' };
  const q = studentTQuantile(0.975, reg.n - 2);
  const t975 = Number.isFinite(q) ? q : 1.96;
  const half = t975 * reg.slopeStdError;
  const values = [reg.slope, half, stdev(ds), stdev(df)];
  if (!values.every((v) => Number.isFinite(v) && Math.abs(v) < MAX_MAGNITUDE)) {
    return { field, message: 'These series are too extreme to estimate a hedge ratio.' };
  }
  return {
    hedgeRatio: reg.slope,
    rho,
    sigmaS: stdev(ds),
    sigmaF: stdev(df),
    regression: { r2: reg.r2, slopeStdError: reg.slopeStdError, n: reg.n, t975, low95: reg.slope - half, high95: reg.slope + half },
  };
}
