/**
 * The Monte Carlo worker's job as a plain async function (so it also runs on the page when
 * Workers are unavailable, and in unit tests): plan each scenario with the engine, simulate in
 * chunks with the same seed (common random numbers), yield between chunks so a cancel message
 * can arrive, then summarize and bin the P/L on shared edges.
 */
import { planMonteCarlo, simulateChunks, summarizePnl } from '../engine';
import type { MonteCarloPlan, SimPosition } from '../engine';
import type { McPosition, McRunRequest, McScenarioResult, PayoffTable, SharedHistogram } from './protocol';

export interface McJobHooks {
  readonly onProgress: (done: number, total: number) => void;
  readonly isCancelled: () => boolean;
  /** Lets other events (a cancel message) in between chunks. */
  readonly pause: () => Promise<void>;
  readonly now?: () => number;
}

export type McJobOutcome =
  | { readonly kind: 'done'; readonly results: McScenarioResult[]; readonly histogram: SharedHistogram; readonly elapsedMs: number }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'error'; readonly message: string; readonly nearest?: number[][] };

const CHUNK = 25_000;

/**
 * Piecewise-linear interpolation of a payoff table at price `s`; beyond the table the end segments
 * are extended (an option payoff is linear far from its strikes).
 */
export function interpolate(table: PayoffTable, s: number): number {
  const { xs, ys } = table;
  const n = xs.length;
  if (n === 0) return Number.NaN;
  if (n === 1) return ys[0] as number;
  let lo = 0;
  let hi = n - 1;
  if (s <= (xs[0] as number)) hi = 1;
  else if (s >= (xs[n - 1] as number)) lo = n - 2;
  else {
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((xs[mid] as number) <= s) lo = mid;
      else hi = mid;
    }
  }
  const x0 = xs[lo] as number;
  const x1 = xs[hi] as number;
  const y0 = ys[lo] as number;
  const y1 = ys[hi] as number;
  return x1 === x0 ? y0 : y0 + ((y1 - y0) * (s - x0)) / (x1 - x0);
}

function toSimPosition(p: McPosition): SimPosition {
  if (p.kind === 'linear') return p;
  const { asset, table } = p;
  return { kind: 'revalued', value: p.value, revalue: (prices) => interpolate(table, prices[asset] as number) };
}

/** Equal-width bins over [min, max] of all scenarios (arrays sorted ascending), the same edges for each. */
export function buildSharedHistogram(pnls: readonly Float64Array[], bins: number): SharedHistogram {
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of pnls) {
    if (p.length === 0) continue;
    lo = Math.min(lo, p[0] as number);
    hi = Math.max(hi, p[p.length - 1] as number);
  }
  const k = Math.min(500, Math.max(1, Math.floor(bins) || 50));
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { from: [], to: [], counts: pnls.map(() => []) };
  const width = hi > lo ? (hi - lo) / k : 1;
  const size = hi > lo ? k : 1;
  const from = Array.from({ length: size }, (_, b) => lo + b * width);
  const to = Array.from({ length: size }, (_, b) => (b === size - 1 ? Math.max(hi, lo) : lo + (b + 1) * width));
  const counts = pnls.map((p) => {
    const c = new Array<number>(size).fill(0);
    for (let i = 0; i < p.length; i++) {
      const b = Math.min(size - 1, Math.floor(((p[i] as number) - lo) / width));
      c[b] = (c[b] as number) + 1;
    }
    return c;
  });
  return { from, to, counts };
}

/** Runs every scenario of the request; never throws. */
export async function runMonteCarloJob(req: McRunRequest, hooks: McJobHooks): Promise<McJobOutcome> {
  const now = hooks.now ?? (() => Date.now());
  const start = now();
  const plans: MonteCarloPlan[] = [];
  for (const s of req.scenarios) {
    const planned = planMonteCarlo({
      volsAnnual: req.volsAnnual, correlation: req.correlation, horizonYears: req.horizonYears, spots: req.spots,
      paths: req.paths, seed: req.seed, model: req.model, positions: s.positions.map(toSimPosition),
    });
    if (!planned.ok) {
      const message = planned.errors.map((e) => e.message).join(' ');
      return 'nearest' in planned ? { kind: 'error', message, nearest: planned.nearest } : { kind: 'error', message };
    }
    plans.push(planned.value);
  }
  const total = req.paths * plans.length;
  const pnls: Float64Array[] = [];
  const results: McScenarioResult[] = [];
  for (let s = 0; s < plans.length; s++) {
    const plan = plans[s] as MonteCarloPlan;
    const run = simulateChunks(plan, CHUNK);
    for (;;) {
      const step = run.next();
      if (step.done) {
        if (!step.value.ok) return { kind: 'error', message: step.value.errors.map((e) => e.message).join(' ') };
        const pnl = step.value.value;
        results.push({ name: (req.scenarios[s] as { name: string }).name, summary: summarizePnl(pnl, plan.confidence) });
        pnls.push(pnl);
        break;
      }
      hooks.onProgress(s * req.paths + step.value.done, total);
      await hooks.pause();
      if (hooks.isCancelled()) return { kind: 'cancelled' };
    }
  }
  return { kind: 'done', results, histogram: buildSharedHistogram(pnls, req.bins), elapsedMs: now() - start };
}
