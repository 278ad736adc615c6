/**
 * Minimum-variance hedge ratio of a target asset against a hedge asset, estimated from aligned
 * price history, with its uncertainty and a warning when the correlation is not stable over time.
 */
import type { Result } from '../result';
import { fail, ok } from '../result';
import { correlation, regress, stdev } from '../math/stats';
import { checkNumber, collectErrors } from '../validate';
import type { FrequencyName } from './history';
import { inferFrequency, priceChanges, simpleReturns, validateHistory } from './history';
import { studentTQuantile } from './student-t';

/** `changes`: ΔS on ΔF per period, h* in hedge units per target unit (Hull OFOD §3.4). `returns`: simple returns, h* in value per value. */
export type HedgeRatioBasis = 'changes' | 'returns';

export interface HedgeRatioEstimate {
  readonly basis: HedgeRatioBasis;
  /** h* = slope of target on hedge = ρ·σ_S/σ_F. */
  readonly hedgeRatio: number;
  /** Hedge effectiveness: R² = ρ² of the regression (share of target variance the hedge removes). */
  readonly r2: number;
  readonly correlation: number;
  /** Per-period standard deviations of the target's and hedge's changes (or returns). */
  readonly sigmaTarget: number;
  readonly sigmaHedge: number;
  readonly slopeStdError: number;
  /** Two-sided 95 % interval h* ± t_{0.975, n−2}·SE (Student t, exact for small samples). */
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly tQuantile: number;
  /** Number of (ΔS, ΔF) pairs. */
  readonly n: number;
  readonly rolling: RollingCorrelationSummary | null;
  /** Plain-English warning when the rolling correlation swings more than the threshold; else null. */
  readonly warning: string | null;
}

export interface RollingCorrelationSummary {
  readonly window: number;
  readonly min: number;
  readonly max: number;
}

export interface HedgeRatioOptions {
  readonly basis?: HedgeRatioBasis;
  /** Rolling window in periods; default by frequency: 60 daily, 26 weekly, 12 monthly, 8 quarterly. */
  readonly window?: number;
  /** Warn when max − min of the rolling correlation exceeds this; default 0.5. */
  readonly instabilityThreshold?: number;
}

const DEFAULT_WINDOW: Readonly<Record<FrequencyName, number>> = { daily: 60, weekly: 26, monthly: 12, quarterly: 8, annual: 5 };

/** Correlations over each window of `window` consecutive pairs; windows where either side is flat are skipped. */
export function rollingCorrelation(xs: readonly number[], ys: readonly number[], window: number): number[] {
  const out: number[] = [];
  const n = Math.min(xs.length, ys.length);
  for (let start = 0; start + window <= n; start++) {
    const rho = correlation(xs.slice(start, start + window), ys.slice(start, start + window));
    if (rho !== null) out.push(rho);
  }
  return out;
}

/**
 * Estimates the minimum-variance hedge ratio h* of `target` on `hedge` by least squares
 * (Hull, OFOD §3.4: h* = ρ·σ_S/σ_F, effectiveness ρ²), its slope standard error and 95 %
 * Student-t interval, and a rolling-correlation stability check.
 */
export function estimateHedgeRatio(history: unknown, target: unknown, hedge: unknown, options: HedgeRatioOptions = {}): Result<HedgeRatioEstimate> {
  const checked = validateHistory(history);
  if (!checked.ok) return checked;
  const h = checked.value;
  const ti = typeof target === 'string' ? h.symbols.indexOf(target) : -1;
  const hi = typeof hedge === 'string' ? h.symbols.indexOf(hedge) : -1;
  const errors = collectErrors(
    ti < 0 ? { field: 'target', message: 'Choose the target from the loaded price histories.' } : null,
    hi < 0 ? { field: 'hedge', message: 'Choose the hedge asset from the loaded price histories.' } : null,
    ti >= 0 && ti === hi ? { field: 'hedge', message: 'The hedge asset must differ from the target.' } : null,
    checkNumber('window', options.window, { optional: true, integer: true, min: 3, max: 10_000 }),
    checkNumber('instabilityThreshold', options.instabilityThreshold, { optional: true, gt: 0, max: 2 }),
  );
  if (errors.length > 0) return { ok: false, errors };
  const basis: HedgeRatioBasis = options.basis === 'returns' ? 'returns' : 'changes';
  const transform = basis === 'changes' ? priceChanges : simpleReturns;
  const ys = transform(h.prices[ti] as number[]);
  const xs = transform(h.prices[hi] as number[]);
  const fit = regress(ys, xs);
  const rho = correlation(ys, xs);
  if (fit === null || rho === null) return fail('hedge', 'The hedge asset or the target never changes price in this history; no hedge ratio can be estimated.');
  const t = studentTQuantile(0.975, fit.n - 2);
  const window = options.window ?? DEFAULT_WINDOW[inferFrequency(h.dates).name];
  const threshold = options.instabilityThreshold ?? 0.5;
  const rolls = ys.length >= window ? rollingCorrelation(ys, xs, window) : [];
  const rolling = rolls.length > 0 ? { window, min: rolls.reduce((a, b) => Math.min(a, b)), max: rolls.reduce((a, b) => Math.max(a, b)) } : null;
  return ok({
    basis, hedgeRatio: fit.slope, r2: fit.r2, correlation: rho, sigmaTarget: stdev(ys), sigmaHedge: stdev(xs),
    slopeStdError: fit.slopeStdError, ciLow: fit.slope - t * fit.slopeStdError, ciHigh: fit.slope + t * fit.slopeStdError,
    tQuantile: t, n: fit.n, rolling, warning: instability(rolling, threshold),
  });
}

function instability(rolling: RollingCorrelationSummary | null, threshold: number): string | null {
  if (rolling === null || rolling.max - rolling.min <= threshold) return null;
  const f = (x: number) => x.toFixed(2);
  return `The correlation is unstable: over ${rolling.window}-period windows it ranged from ${f(rolling.min)} to ${f(rolling.max)}. The hedge ratio may not hold in future.`;
}
