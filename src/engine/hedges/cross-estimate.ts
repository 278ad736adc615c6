/**
 * The minimum-variance hedge ratio of a cross hedge: typed (ρ, σS, σF), or fitted from two price
 * histories by the engine's one estimator core (market/hedge-ratio: Hull, "Options, Futures, and
 * Other Derivatives", 11th ed., §3.4, h* = ρ·σS/σF, eq. 3.1, the slope of ΔS on ΔF; R² = ρ²).
 */
import type { FieldError } from '../result';
import { checkNumber, collectErrors, isRecord } from '../validate';
import { fitHedgeRatio, HEDGE_RATIO_BASES, seriesFor } from '../market/hedge-ratio';
import type { HedgeRatioBasis } from '../market/hedge-ratio';
import { Messages } from '../messages';

export type CrossEstimate =
  /** σS, σF: standard deviations over one period (of changes, or of percentage changes when tailing); ρ their correlation. */
  | { readonly method: 'typed'; readonly rho: number; readonly sigmaS: number; readonly sigmaF: number }
  /**
   * Two histories over the same dates: prices (turned into `basis` series: changes by default,
   * simple returns when tailing) or, with `series: 'changes'`, the per-period series themselves.
   */
  | {
      readonly method: 'series';
      readonly spot: readonly number[];
      readonly futures: readonly number[];
      readonly series?: 'prices' | 'changes';
      readonly basis?: HedgeRatioBasis;
    };

export interface CrossRatio {
  readonly hedgeRatio: number;
  readonly rho: number;
  readonly sigmaS: number;
  readonly sigmaF: number;
  readonly regression: { r2: number; slopeStdError: number; n: number; t975: number; low95: number; high95: number } | null;
}

const MAX_POINTS = 100_000;

function checkSeries(field: string, value: unknown, minLength: number, positive: boolean): FieldError | null {
  if (!Array.isArray(value)) return { field, message: Messages.list };
  if (value.length < minLength) return { field, message: Messages.atLeastValues(minLength) };
  if (value.length > MAX_POINTS) return { field, message: Messages.atMostValues(MAX_POINTS) };
  for (let i = 0; i < value.length; i++) {
    const err = checkNumber(`${field}[${i}]`, value[i], positive ? { gt: 0 } : {});
    if (err !== null) return err;
  }
  return null;
}

/** Field errors of an untrusted estimate; returns need positive prices. */
export function checkEstimate(field: string, value: unknown, tailing: boolean): FieldError[] {
  if (!isRecord(value)) return [{ field, message: Messages.estimate }];
  if (value.method === 'typed') {
    return collectErrors(
      checkNumber(`${field}.rho`, value.rho, { min: -1, max: 1 }),
      checkNumber(`${field}.sigmaS`, value.sigmaS, { min: 0 }),
      checkNumber(`${field}.sigmaF`, value.sigmaF, { gt: 0 }),
    );
  }
  if (value.method !== 'series') return [{ field: `${field}.method`, message: Messages.estimateMethod }];
  if (value.series !== undefined && value.series !== 'prices' && value.series !== 'changes') {
    return [{ field: `${field}.series`, message: Messages.seriesKind }];
  }
  if (value.basis !== undefined && !HEDGE_RATIO_BASES.includes(value.basis as HedgeRatioBasis)) return [{ field: `${field}.basis`, message: Messages.basis }];
  const isPrices = value.series !== 'changes';
  const positive = isPrices && basisOf(value.basis as HedgeRatioBasis | undefined, tailing) !== 'changes';
  const min = isPrices ? 4 : 3;
  const errors = collectErrors(checkSeries(`${field}.spot`, value.spot, min, positive), checkSeries(`${field}.futures`, value.futures, min, positive));
  if (errors.length === 0 && (value.spot as unknown[]).length !== (value.futures as unknown[]).length) {
    errors.push({ field: `${field}.futures`, message: Messages.seriesLength });
  }
  return errors;
}

function basisOf(basis: HedgeRatioBasis | undefined, tailing: boolean): HedgeRatioBasis {
  return basis ?? (tailing ? 'returns' : 'changes');
}

/** h* and its inputs from a validated estimate, or the field error when a series does not move. */
export function crossRatio(field: string, est: CrossEstimate, tailing: boolean): CrossRatio | FieldError {
  if (est.method === 'typed') return { hedgeRatio: (est.rho * est.sigmaS) / est.sigmaF, rho: est.rho, sigmaS: est.sigmaS, sigmaF: est.sigmaF, regression: null };
  const basis = basisOf(est.basis, tailing);
  const isPrices = est.series !== 'changes';
  const ds = isPrices ? seriesFor(est.spot, basis) : [...est.spot];
  const df = isPrices ? seriesFor(est.futures, basis) : [...est.futures];
  const fit = fitHedgeRatio(ds, df);
  if ('flat' in fit) {
    if (fit.flat === 'hedge') return { field: `${field}.futures`, message: Messages.flatFutures };
    if (fit.flat === 'target') return { field: `${field}.spot`, message: Messages.flatSpot };
    return { field, message: Messages.extremeSeries };
  }
  return {
    hedgeRatio: fit.hedgeRatio, rho: fit.correlation, sigmaS: fit.sigmaTarget, sigmaF: fit.sigmaHedge,
    regression: { r2: fit.r2, slopeStdError: fit.slopeStdError, n: fit.n, t975: fit.tQuantile, low95: fit.ciLow, high95: fit.ciHigh },
  };
}
