/**
 * Parametric (variance–covariance, normal) portfolio risk: volatility, VaR, expected shortfall,
 * component VaR and beta. Money amounts here are statistics (floats); the UI formats them.
 */
import type { Result } from '../result';
import { ok } from '../result';
import { inverseNormalCdf, normalPdf } from '../math/normal';
import { checkNumber, collectErrors, isRecord } from '../validate';
import type { NotPsdFailure } from './cholesky';
import { choleskyOrNearest } from './cholesky';
import type { Matrix } from './covariance';
import { checkCorrelationMatrix, covarianceMatrix, matVec } from './covariance';
import { checkConfidence, checkNumberArray, DEFAULT_CONFIDENCE } from './check';
import { RiskMessages } from '../messages';

export interface ParametricInput {
  /** Signed exposure of each position in money (value × weight); negative = short. */
  readonly values: readonly number[];
  /** Annual volatility of each position's return, decimal. */
  readonly volsAnnual: readonly number[];
  readonly correlation: Matrix;
  /** Risk horizon in years (10 trading days = 10/252). */
  readonly horizonYears: number;
  /** Confidence levels; default 0.95 and 0.99. */
  readonly confidence?: readonly number[];
  /** Expected annual returns, decimal; default 0 (the usual VaR convention for short horizons). */
  readonly meansAnnual?: readonly number[];
  /** Betas of the positions against the index, for the portfolio beta. */
  readonly betas?: readonly number[];
}

export interface RiskAtLevel {
  readonly confidence: number;
  /** z_α = Φ⁻¹(α). */
  readonly z: number;
  /** Loss not exceeded with probability α over the horizon (positive = loss). */
  readonly valueAtRisk: number;
  /** Mean loss beyond the VaR. */
  readonly expectedShortfall: number;
  /** Euler allocation of VaR to positions; sums to `valueAtRisk`. */
  readonly componentVar: readonly number[];
}

export interface ParametricRisk {
  /** Standard deviation of portfolio P/L over the horizon, money. */
  readonly sigma: number;
  /** Standard deviation of portfolio P/L over one year, money. */
  readonly sigmaAnnual: number;
  /** Expected P/L over the horizon, money (0 unless means were given). */
  readonly expectedPnl: number;
  readonly levels: readonly RiskAtLevel[];
  readonly totalValue: number;
  /** Σ w_i β_i with value weights w_i = x_i / Σx; null without betas or when the net value is ~0. */
  readonly beta: number | null;
  /** Σ x_i β_i: the index exposure in money (what an index hedge must offset). */
  readonly dollarBeta: number | null;
}

/**
 * Validates untrusted parametric input and computes the risk (Hull, "Risk Management and Financial
 * Institutions", model-building approach: σ_P = √(xᵀΣx); VaR = z·σ_P·√h; ES = σ_P·√h·φ(z)/(1−α);
 * component VaR_i = x_i·(Σx)_i/σ_P²·VaR). Fails with the nearest valid matrix when the
 * correlation matrix is not positive semi-definite.
 */
export function parametricRisk(input: unknown): Result<ParametricRisk> | NotPsdFailure {
  if (!isRecord(input)) return { ok: false, errors: [{ field: 'portfolio', message: RiskMessages.portfolio }] };
  const first = checkNumberArray('values', input.values, null);
  if (first.length > 0) return { ok: false, errors: first };
  const n = (input.values as number[]).length;
  const errors = collectErrors(
    checkNumberArray('volsAnnual', input.volsAnnual, n, { min: 0, max: 10 }),
    checkCorrelationMatrix('correlation', input.correlation, n),
    checkNumber('horizonYears', input.horizonYears, { gt: 0, max: 50 }),
    checkConfidence('confidence', input.confidence),
    checkNumberArray('meansAnnual', input.meansAnnual, n, { optional: true, min: -10, max: 10 }),
    checkNumberArray('betas', input.betas, n, { optional: true, min: -100, max: 100 }),
  );
  if (errors.length > 0) return { ok: false, errors };
  const psd = choleskyOrNearest('correlation', input.correlation as Matrix);
  if (!psd.ok) return psd;
  return ok(computeParametric(input as unknown as ParametricInput));
}

/** The calculation behind `parametricRisk`, for inputs already validated (PSD correlation). */
export function computeParametric(input: ParametricInput): ParametricRisk {
  const { values, volsAnnual, horizonYears } = input;
  const cov = covarianceMatrix(volsAnnual, input.correlation);
  const sx = matVec(cov, values);
  let variance = 0;
  let totalValue = 0;
  let mu = 0;
  for (let i = 0; i < values.length; i++) {
    variance += (values[i] as number) * (sx[i] as number);
    totalValue += values[i] as number;
    mu += (values[i] as number) * (input.meansAnnual?.[i] ?? 0) * horizonYears;
  }
  variance = Math.max(variance, 0);
  const sigmaAnnual = Math.sqrt(variance);
  const sqrtH = Math.sqrt(horizonYears);
  const sigma = sigmaAnnual * sqrtH;
  const levels = (input.confidence ?? DEFAULT_CONFIDENCE).map((alpha) => {
    const z = inverseNormalCdf(alpha);
    const componentVar = values.map((x, i) => {
      const share = variance > 0 ? (x * (sx[i] as number)) / variance : 0;
      return share * z * sigma - x * (input.meansAnnual?.[i] ?? 0) * horizonYears;
    });
    return { confidence: alpha, z, valueAtRisk: z * sigma - mu, expectedShortfall: (sigma * normalPdf(z)) / (1 - alpha) - mu, componentVar };
  });
  return { sigma, sigmaAnnual, expectedPnl: mu, levels, totalValue, ...portfolioBeta(values, input.betas) };
}

/**
 * Portfolio beta Σ w_i β_i (value weights) and dollar beta Σ x_i β_i (Hull OFOD §3.5). Total on
 * plain data: pairs whose value or beta is not a finite number are left out, and a figure that is
 * not finite (or a net value near zero, where long and short cancel) is null.
 */
export function portfolioBeta(values: readonly number[], betas: readonly number[] | undefined): { beta: number | null; dollarBeta: number | null } {
  if (!Array.isArray(betas) || !Array.isArray(values)) return { beta: null, dollarBeta: null };
  let dollarBeta = 0;
  let total = 0;
  let gross = 0;
  for (let i = 0; i < values.length; i++) {
    const x: unknown = values[i];
    const b: unknown = betas[i];
    if (typeof x !== 'number' || typeof b !== 'number' || !Number.isFinite(x) || !Number.isFinite(b)) continue;
    dollarBeta += x * b;
    total += x;
    gross += Math.abs(x);
  }
  const beta = Math.abs(total) > 1e-9 * Math.max(gross, 1) ? dollarBeta / total : null;
  return { beta: beta !== null && Number.isFinite(beta) ? beta : null, dollarBeta: Number.isFinite(dollarBeta) ? dollarBeta : null };
}
