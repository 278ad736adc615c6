/**
 * Monte Carlo inputs: validation of untrusted data into a `MonteCarloPlan` (flat typed arrays and
 * the Cholesky factor) that the simulation loop can use without further checks.
 */
import type { FieldError, Result } from '../result';
import { ok } from '../result';
import { checkNumber, collectErrors, isRecord } from '../validate';
import type { NotPsdFailure } from './cholesky';
import { choleskyOrNearest } from './cholesky';
import type { Matrix } from './covariance';
import { checkCorrelationMatrix } from './covariance';
import { checkConfidence, checkNumberArray, DEFAULT_CONFIDENCE } from './check';
import { RiskMessages } from '../messages';

/** P/L = value × (S_T / S_0 − 1) of one asset: a stock, an index future, a short. */
export interface LinearPosition {
  readonly kind: 'linear';
  readonly asset: number;
  /** Signed value today, money. */
  readonly value: number;
}

/** P/L = revalue(prices at horizon) − value: an option hedge priced by the caller's model. */
export interface RevaluedPosition {
  readonly kind: 'revalued';
  /** Value today, money (the same model at today's prices). */
  readonly value: number;
  /** Position value given every asset's price at the horizon (indexed like `spots`); must return a finite number. */
  readonly revalue: (prices: Float64Array) => number;
}

export type SimPosition = LinearPosition | RevaluedPosition;

export interface MonteCarloInput {
  readonly volsAnnual: readonly number[];
  readonly correlation: Matrix;
  readonly horizonYears: number;
  readonly positions: readonly SimPosition[];
  /** Today's asset prices passed (moved) to `revalue`; default 1 each. */
  readonly spots?: readonly number[];
  /** Expected annual returns, decimal; default 0. */
  readonly meansAnnual?: readonly number[];
  /** Number of scenarios, 1,000 to 2,000,000. */
  readonly paths: number;
  /** Integer seed; the same seed reproduces the same run. Default 1. */
  readonly seed?: number;
  /** 'lognormal' (default): S_T = S_0·exp((μ − σ²/2)h + σ√h·Z); 'normal': S_T = S_0·(1 + μh + σ√h·Z), the parametric model's. */
  readonly model?: 'lognormal' | 'normal';
  readonly confidence?: readonly number[];
}

export interface MonteCarloPlan {
  readonly assets: number;
  readonly paths: number;
  readonly seed: number;
  readonly model: 'lognormal' | 'normal';
  readonly confidence: readonly number[];
  /** Row-major lower Cholesky factor of the correlation matrix (assets × assets). */
  readonly lower: Float64Array;
  /** Per asset: σ√h and the drift over the horizon (μh − σ²h/2 for lognormal, μh for normal). */
  readonly scale: Float64Array;
  readonly drift: Float64Array;
  readonly spots: Float64Array;
  readonly positions: readonly SimPosition[];
}

function checkPositions(value: unknown, assets: number): FieldError[] {
  if (!Array.isArray(value) || value.length < 1 || value.length > 500) return [{ field: 'positions', message: RiskMessages.positionCount(500) }];
  const errors: FieldError[] = [];
  value.forEach((p: unknown, i) => {
    const f = `positions.${i}`;
    if (!isRecord(p)) errors.push({ field: f, message: RiskMessages.simPosition });
    else if (p.kind === 'linear') {
      errors.push(...collectErrors(checkNumber(`${f}.value`, p.value), checkNumber(`${f}.asset`, p.asset, { integer: true, min: 0, max: assets - 1 })));
    } else if (p.kind === 'revalued') {
      const e = checkNumber(`${f}.value`, p.value);
      if (e) errors.push(e);
      if (typeof p.revalue !== 'function') errors.push({ field: `${f}.revalue`, message: RiskMessages.revaluation });
    } else errors.push({ field: `${f}.kind`, message: RiskMessages.simKind });
  });
  return errors.slice(0, 20);
}

/** Validates untrusted Monte Carlo input into a plan; fails with the nearest valid matrix when the correlations are inconsistent. */
export function planMonteCarlo(input: unknown): Result<MonteCarloPlan> | NotPsdFailure {
  if (!isRecord(input)) return { ok: false, errors: [{ field: 'simulation', message: RiskMessages.simulation }] };
  const first = checkNumberArray('volsAnnual', input.volsAnnual, null, { min: 0, max: 10 });
  if (first.length > 0) return { ok: false, errors: first };
  const n = (input.volsAnnual as number[]).length;
  const errors = collectErrors(
    checkCorrelationMatrix('correlation', input.correlation, n),
    checkNumber('horizonYears', input.horizonYears, { gt: 0, max: 50 }),
    checkNumber('paths', input.paths, { integer: true, min: 1000, max: 2_000_000 }),
    checkNumber('seed', input.seed, { optional: true, integer: true, min: 0, max: 4294967295 }),
    checkNumberArray('spots', input.spots, n, { optional: true, gt: 0 }),
    checkNumberArray('meansAnnual', input.meansAnnual, n, { optional: true, min: -10, max: 10 }),
    checkConfidence('confidence', input.confidence),
    input.model === undefined || input.model === 'lognormal' || input.model === 'normal' ? null : { field: 'model', message: RiskMessages.simModel },
    checkPositions(input.positions, n),
  );
  if (errors.length > 0) return { ok: false, errors };
  const psd = choleskyOrNearest('correlation', input.correlation as Matrix);
  if (!psd.ok) return psd;
  const v = input as unknown as MonteCarloInput;
  const model = v.model ?? 'lognormal';
  const h = v.horizonYears;
  const scale = Float64Array.from(v.volsAnnual, (s) => s * Math.sqrt(h));
  const drift = Float64Array.from(v.volsAnnual, (s, i) => (v.meansAnnual?.[i] ?? 0) * h - (model === 'lognormal' ? (s * s * h) / 2 : 0));
  const plan: MonteCarloPlan = {
    assets: n, paths: v.paths, seed: v.seed ?? 1, model, confidence: v.confidence ?? DEFAULT_CONFIDENCE,
    lower: Float64Array.from(psd.value.flat()), scale, drift,
    spots: v.spots ? Float64Array.from(v.spots) : new Float64Array(n).fill(1), positions: v.positions,
  };
  issued.add(plan);
  return ok(plan);
}

/** Plans made by `planMonteCarlo`: the only ones `simulateChunks` runs (anything else was never validated). */
const issued = new WeakSet<object>();

/** True when `plan` came from `planMonteCarlo` (so its arrays and sizes are consistent). */
export function isIssuedPlan(plan: unknown): plan is MonteCarloPlan {
  return typeof plan === 'object' && plan !== null && issued.has(plan);
}
