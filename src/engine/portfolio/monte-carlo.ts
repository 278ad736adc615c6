/**
 * Monte Carlo portfolio P/L: correlated normal shocks through the Cholesky factor, asset prices at
 * the horizon, linear positions by their return and option hedges through a caller's revaluation
 * function (so this module needs no pricing import). Chunked, so a Web Worker can report progress
 * between chunks and stop when cancelled; seeded, so a run is reproducible.
 */
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { NotPsdFailure } from './cholesky';
import type { MonteCarloPlan, RevaluedPosition } from './mc-input';
import { isIssuedPlan, planMonteCarlo } from './mc-input';
import { createNormalSource } from './random';
import { CANCELLED_MESSAGE, RiskMessages } from '../messages';

export interface McProgress {
  readonly done: number;
  readonly total: number;
}

export interface PnlLevel {
  readonly confidence: number;
  /** The k-th worst loss, k = ⌊N(1−α)⌋ (Hull RMFI, historical simulation: 500 scenarios → 99 % VaR is the 5th worst). */
  readonly valueAtRisk: number;
  /** Mean of the k worst losses. */
  readonly expectedShortfall: number;
}

export interface PnlSummary {
  readonly paths: number;
  readonly meanPnl: number;
  readonly stdevPnl: number;
  readonly minPnl: number;
  readonly maxPnl: number;
  readonly levels: readonly PnlLevel[];
}

export interface MonteCarloResult extends PnlSummary {
  /** Every scenario's P/L, sorted ascending (for the histogram). */
  readonly pnl: Float64Array;
}

export interface RunOptions {
  readonly chunkSize?: number;
  readonly onProgress?: (p: McProgress) => void;
  /** Polled between chunks; true stops the run with a "cancelled" failure. */
  readonly shouldCancel?: () => boolean;
}


/**
 * Simulates `plan.paths` scenarios in chunks of `chunkSize`, yielding progress after each chunk and
 * returning the P/L per path (or a failure naming the position whose revaluation failed).
 * Shocks: e = L·z with z i.i.d. N(0,1) (Glasserman, "Monte Carlo Methods in Financial Engineering", §2.3.3).
 */
export function* simulateChunks(plan: MonteCarloPlan, chunkSize = 10_000): Generator<McProgress, Result<Float64Array>, void> {
  // Only a plan from planMonteCarlo has consistent sizes; anything else was never validated.
  if (!isIssuedPlan(plan)) return fail('plan', RiskMessages.planFirst);
  const n = plan.assets;
  const total = plan.paths;
  const chunk = Math.max(1, Math.floor(chunkSize) || 10_000);
  const pnl = new Float64Array(total);
  const z = new Float64Array(n);
  const ret = new Float64Array(n);
  const prices = new Float64Array(n);
  const linear = plan.positions.filter((p) => p.kind === 'linear');
  const linAsset = Int32Array.from(linear, (p) => p.asset);
  const linValue = Float64Array.from(linear, (p) => p.value);
  const revalued = plan.positions.filter((p): p is RevaluedPosition => p.kind === 'revalued');
  const source = createNormalSource(plan.seed);
  const { lower, scale, drift, spots } = plan;
  const lognormal = plan.model === 'lognormal';
  let done = 0;
  while (done < total) {
    const end = Math.min(total, done + chunk);
    for (let path = done; path < end; path++) {
      source.fill(z);
      for (let i = 0; i < n; i++) {
        let e = 0;
        const row = i * n;
        for (let k = 0; k <= i; k++) e += (lower[row + k] as number) * (z[k] as number);
        const x = (drift[i] as number) + (scale[i] as number) * e;
        const growth = lognormal ? Math.exp(x) : 1 + x;
        ret[i] = growth - 1;
        prices[i] = (spots[i] as number) * growth;
      }
      let pl = 0;
      for (let j = 0; j < linAsset.length; j++) pl += (linValue[j] as number) * (ret[linAsset[j] as number] as number);
      for (let j = 0; j < revalued.length; j++) {
        const p = revalued[j] as RevaluedPosition;
        const v = safeRevalue(p, prices);
        if (v === null) return fail(`positions.${plan.positions.indexOf(p)}.revalue`, RiskMessages.notValued);
        pl += v - p.value;
      }
      if (!Number.isFinite(pl)) return fail('simulation', RiskMessages.overflow);
      pnl[path] = pl;
    }
    done = end;
    yield { done, total };
  }
  return ok(pnl);
}

function safeRevalue(p: RevaluedPosition, prices: Float64Array): number | null {
  try {
    const v = p.revalue(prices);
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  } catch {
    return null;
  }
}

/** The finite numbers of untrusted data as a Float64Array: `value` itself when it already is one. */
function finitePnl(value: unknown): Float64Array {
  if (value instanceof Float64Array && value.every(Number.isFinite)) return value;
  if (!(value instanceof Float64Array) && !Array.isArray(value)) return new Float64Array(0);
  return Float64Array.from((Array.from(value) as unknown[]).filter((x): x is number => typeof x === 'number' && Number.isFinite(x)));
}

/** x·scale, kept finite (a product of two finite numbers can overflow). */
function scaled(x: number, scale: number): number {
  const v = x * scale;
  return v > Number.MAX_VALUE ? Number.MAX_VALUE : v < -Number.MAX_VALUE ? -Number.MAX_VALUE : v;
}

/**
 * Sorts `pnl` ascending in place and summarizes it: mean, stdev, and per confidence level the VaR
 * (k-th worst loss, k = max(1, ⌊N(1−α)⌋)) and ES (mean of the k worst losses). Total on plain
 * data: non-numbers and non-finite entries are left out (then a sorted copy is summarized),
 * confidence levels outside (0, 1) are dropped, and with magnitudes beyond 1e150 sums are taken
 * in units of the largest so that no figure overflows.
 */
export function summarizePnl(pnl: Float64Array, confidence: readonly number[]): PnlSummary {
  const data = finitePnl(pnl);
  data.sort();
  const n = data.length;
  let scale = 0;
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(data[i] as number));
  const unit = scale > 1e150 ? scale : 1; // exact sums as usual; in units of the largest only where they could overflow
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (data[i] as number) / unit;
  const mean = n > 0 ? sum / n : 0;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += ((data[i] as number) / unit - mean) ** 2;
  const alphas = Array.isArray(confidence) ? confidence.filter((a): a is number => typeof a === 'number' && a > 0 && a < 1) : [];
  const levels = alphas.map((alpha) => {
    const k = Math.min(n, Math.max(1, Math.floor(n * (1 - alpha) + 1e-9)));
    let tail = 0;
    for (let i = 0; i < k; i++) tail += (data[i] as number) / unit;
    return { confidence: alpha, valueAtRisk: n > 0 ? -(data[k - 1] as number) : 0, expectedShortfall: n > 0 ? scaled(-tail / k, unit) : 0 };
  });
  const stdevPnl = n > 1 ? scaled(Math.sqrt(ss / (n - 1)), unit) : 0;
  return { paths: n, meanPnl: scaled(mean, unit), stdevPnl, minPnl: n > 0 ? (data[0] as number) : 0, maxPnl: n > 0 ? (data[n - 1] as number) : 0, levels };
}

/**
 * Validates untrusted input, runs the whole simulation synchronously (calling `onProgress` after
 * each chunk and stopping when `shouldCancel()` is true) and returns VaR/ES from the sorted P/L.
 * A worker that must stay responsive uses `planMonteCarlo` + `simulateChunks` and awaits between chunks.
 */
export function runMonteCarlo(input: unknown, options: RunOptions = {}): Result<MonteCarloResult> | NotPsdFailure {
  const planned = planMonteCarlo(input);
  if (!planned.ok) return planned;
  const plan = planned.value;
  const run = simulateChunks(plan, options.chunkSize);
  for (;;) {
    const step = run.next();
    if (step.done) {
      if (!step.value.ok) return step.value;
      const pnl = step.value.value;
      return ok({ ...summarizePnl(pnl, plan.confidence), pnl });
    }
    options.onProgress?.(step.value);
    if (options.shouldCancel?.()) return fail('simulation', CANCELLED_MESSAGE);
  }
}
