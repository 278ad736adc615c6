/**
 * Minimum-variance hedge ratio of a target asset against a hedge asset, estimated from aligned
 * price history, with its uncertainty and a warning when the correlation is not stable over time.
 */
import type { Result } from '../result';
import { fail, ok } from '../result';
import { correlation, regress, stdev } from '../math/stats';
import { checkNumber, collectErrors, isRecord } from '../validate';
import type { FrequencyName } from './history';
import { inferFrequency, logReturns, priceChanges, simpleReturns, validateHistory } from './history';
import { studentTQuantile } from './student-t';
import { Messages } from '../messages';
import { MAX_MAGNITUDE } from '../limits';
import { HistoryMessages } from '../messages';

/**
 * What is regressed: `changes` ΔS on ΔF per period, h* in hedge units per target unit (Hull OFOD
 * §3.4, eq. 3.1); `returns` simple returns and `log-returns` ln(P_t/P_{t−1}), h* in value per value
 * (the ĥ of Hull's tailed eq. 3.3).
 */
export type HedgeRatioBasis = 'changes' | 'returns' | 'log-returns';

export const HEDGE_RATIO_BASES: readonly HedgeRatioBasis[] = ['changes', 'returns', 'log-returns'];

/** The per-period series of one price list under `basis` (prices > 0 for the return bases). */
export function seriesFor(prices: readonly number[], basis: HedgeRatioBasis): number[] {
  return basis === 'changes' ? priceChanges(prices) : basis === 'returns' ? simpleReturns(prices) : logReturns(prices);
}

/** The least-squares fit behind every hedge-ratio estimate. */
export interface HedgeRatioFit {
  readonly hedgeRatio: number;
  readonly r2: number;
  readonly correlation: number;
  readonly sigmaTarget: number;
  readonly sigmaHedge: number;
  readonly slopeStdError: number;
  readonly tQuantile: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly n: number;
}

/**
 * h* = OLS slope of the target's series `ys` on the hedge's `xs` (= ρ·σS/σF), ρ, sample σs (n − 1),
 * standard error and the 95 % Student-t interval slope ± t(0.975, n−2)·SE. Returns the field
 * error's message when either side is flat or the figures are not finite.
 */
export function fitHedgeRatio(ys: readonly number[], xs: readonly number[]): HedgeRatioFit | { readonly flat: 'target' | 'hedge' | 'extreme' } {
  const fit = regress(ys, xs);
  if (fit === null) return { flat: 'hedge' };
  const rho = correlation(ys, xs);
  if (rho === null) return { flat: 'target' };
  const q = studentTQuantile(0.975, fit.n - 2);
  const t = Number.isFinite(q) ? q : 1.96;
  const sigmaTarget = stdev(ys);
  const sigmaHedge = stdev(xs);
  const half = t * fit.slopeStdError;
  if (![fit.slope, half, sigmaTarget, sigmaHedge, fit.r2].every((v) => Number.isFinite(v) && Math.abs(v) < MAX_MAGNITUDE)) return { flat: 'extreme' };
  return {
    hedgeRatio: fit.slope, r2: fit.r2, correlation: rho, sigmaTarget, sigmaHedge, slopeStdError: fit.slopeStdError,
    tQuantile: t, ciLow: fit.slope - half, ciHigh: fit.slope + half, n: fit.n,
  };
}

export interface HedgeRatioEstimate extends HedgeRatioFit {
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
export function estimateHedgeRatio(history: unknown, target: unknown, hedge: unknown, optionsIn: HedgeRatioOptions = {}): Result<HedgeRatioEstimate> {
  const options: HedgeRatioOptions = isRecord(optionsIn) ? optionsIn : {}; // plain data: anything else reads as no options
  const checked = validateHistory(history);
  if (!checked.ok) return checked;
  const h = checked.value;
  const ti = typeof target === 'string' ? h.symbols.indexOf(target) : -1;
  const hi = typeof hedge === 'string' ? h.symbols.indexOf(hedge) : -1;
  const errors = collectErrors(
    ti < 0 ? { field: 'target', message: Messages.chooseTarget } : null,
    hi < 0 ? { field: 'hedge', message: Messages.chooseHedge } : null,
    ti >= 0 && ti === hi ? { field: 'hedge', message: Messages.sameAsset } : null,
    options.basis === undefined || HEDGE_RATIO_BASES.includes(options.basis) ? null : { field: 'basis', message: Messages.basis },
    checkNumber('window', options.window, { optional: true, integer: true, min: 3, max: 10_000 }),
    checkNumber('instabilityThreshold', options.instabilityThreshold, { optional: true, gt: 0, max: 2 }),
  );
  if (errors.length > 0) return { ok: false, errors };
  const basis: HedgeRatioBasis = HEDGE_RATIO_BASES.includes(options.basis as HedgeRatioBasis) ? (options.basis as HedgeRatioBasis) : 'changes';
  const ys = seriesFor(h.prices[ti] as number[], basis);
  const xs = seriesFor(h.prices[hi] as number[], basis);
  const fit = fitHedgeRatio(ys, xs);
  if ('flat' in fit) return fail('hedge', Messages.flatHistory);
  const window = options.window ?? DEFAULT_WINDOW[inferFrequency(h.dates).name];
  const threshold = options.instabilityThreshold ?? 0.5;
  const rolls = ys.length >= window ? rollingCorrelation(ys, xs, window) : [];
  const rolling = rolls.length > 0 ? { window, min: rolls.reduce((a, b) => Math.min(a, b)), max: rolls.reduce((a, b) => Math.max(a, b)) } : null;
  return ok({ basis, ...fit, rolling, warning: instability(rolling, threshold) });
}

function instability(rolling: RollingCorrelationSummary | null, threshold: number): string | null {
  if (rolling === null || rolling.max - rolling.min <= threshold) return null;
  const f = (x: number) => x.toFixed(2);
  return HistoryMessages.unstableCorrelation(rolling.window, f(rolling.min), f(rolling.max));
}
