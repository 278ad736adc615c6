/**
 * Market statistics estimated from aligned price history: annual volatility per asset, the
 * correlation matrix of returns, and betas against a chosen index. Floats throughout.
 */
import type { Result } from '../result';
import { fail, ok } from '../result';
import { covariance, mean, stdev, variance } from '../math/stats';
import { isRecord } from '../validate';
import type { AlignedHistory, Frequency } from './history';
import { annualizeVol, inferFrequency, logReturns, simpleReturns, validateHistory } from './history';
import { HistoryMessages } from '../messages';

export type ReturnKind = 'log' | 'simple';

export interface AssetEstimate {
  readonly symbol: string;
  /** Annual volatility, decimal: stdev of per-period returns × √(periods per year). */
  readonly volAnnual: number;
  /** Mean per-period return × periods per year, decimal. */
  readonly meanAnnual: number;
  /** Beta against the index (cov/var of returns); null without an index or when the index is flat. */
  readonly beta: number | null;
}

export interface MarketEstimates {
  readonly frequency: Frequency;
  /** Number of returns per asset (dates − 1). */
  readonly observations: number;
  readonly returnKind: ReturnKind;
  readonly assets: readonly AssetEstimate[];
  /** Correlation of returns, symmetric with unit diagonal; 0 where an asset never moves. */
  readonly correlation: readonly (readonly number[])[];
  readonly indexSymbol: string | null;
  /** Plain-English notes the UI shows beside the figures (flat series, short history). */
  readonly warnings: readonly string[];
}

export interface EstimateOptions {
  /** Symbol of the index for betas, one of the history's symbols. */
  readonly indexSymbol?: string;
  /** Log returns (default; Hull OFOD §15.4) or simple returns. */
  readonly returns?: ReturnKind;
}

/** Per-asset returns of an aligned history. */
export function returnsOf(history: AlignedHistory, kind: ReturnKind): number[][] {
  return history.prices.map((p) => (kind === 'log' ? logReturns(p) : simpleReturns(p)));
}

/** Correlation matrix of equal-length return series (Pearson, n − 1 divisors); 0 off-diagonal for a flat series. */
export function correlationMatrix(returns: readonly (readonly number[])[]): number[][] {
  const steps = correlationSteps(returns);
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

/**
 * `correlationMatrix` one row at a time (yields the rows done), so a worker can report progress
 * and stop between rows. Each series is centred once: ρ_ij = Σ d_i·d_j / √(Σ d_i² · Σ d_j²),
 * which equals cov/(σ_i σ_j) because the n − 1 divisors cancel.
 */
export function* correlationSteps(returns: readonly (readonly number[])[]): Generator<number, number[][]> {
  const n = returns.length;
  const centred = returns.map((r) => {
    const m = mean(r);
    const d = new Float64Array(r.length);
    for (let t = 0; t < r.length; t++) d[t] = (r[t] as number) - m;
    return d;
  });
  const ss = centred.map((d) => d.reduce((s, x) => s + x * x, 0));
  const out: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    (out[i] as number[])[i] = 1;
    const di = centred[i] as Float64Array;
    for (let j = i + 1; j < n; j++) {
      const dj = centred[j] as Float64Array;
      const len = Math.min(di.length, dj.length);
      let s = 0;
      for (let t = 0; t < len; t++) s += (di[t] as number) * (dj[t] as number);
      const denom = Math.sqrt((ss[i] as number) * (ss[j] as number));
      const rho = len >= 2 && denom > 0 ? Math.max(-1, Math.min(1, s / denom)) : 0;
      (out[i] as number[])[j] = rho;
      (out[j] as number[])[i] = rho;
    }
    yield i + 1;
  }
  return out;
}

/** Beta of an asset on an index: cov(r_a, r_I) / var(r_I) (Hull RMFI, CAPM); null when the index is flat. */
export function betaOf(assetReturns: readonly number[], indexReturns: readonly number[]): number | null {
  const v = variance(indexReturns);
  return v > 0 ? covariance(assetReturns, indexReturns) / v : null;
}

/**
 * Annual volatilities, correlation matrix and betas from untrusted aligned history. The sampling
 * frequency is inferred from the dates (`inferFrequency`) and used to annualize.
 */
export function estimateMarket(history: unknown, options: EstimateOptions = {}): Result<MarketEstimates> {
  const steps = estimateMarketSteps(history, options);
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

/** `estimateMarket` in steps: yields the fraction done (0..1) between rows of the correlation matrix. */
export function* estimateMarketSteps(history: unknown, options: unknown = {}): Generator<number, Result<MarketEstimates>> {
  const checked = validateHistory(history);
  if (!checked.ok) return checked;
  const h = checked.value;
  const opts: EstimateOptions = isRecord(options) ? options : {};
  const kind: ReturnKind = opts.returns === 'simple' ? 'simple' : 'log';
  const indexSymbol = typeof opts.indexSymbol === 'string' && opts.indexSymbol !== '' ? opts.indexSymbol : null;
  const indexAt = indexSymbol === null ? -1 : h.symbols.indexOf(indexSymbol);
  if (indexSymbol !== null && indexAt < 0) return fail('indexSymbol', HistoryMessages.noHistoryNamed(indexSymbol));
  const frequency = inferFrequency(h.dates);
  const returns = returnsOf(h, kind);
  const indexReturns = indexAt >= 0 ? (returns[indexAt] as number[]) : null;
  const warnings: string[] = [];
  const assets = h.symbols.map((symbol, k) => {
    const r = returns[k] as number[];
    const volAnnual = annualizeVol(stdev(r), frequency.periodsPerYear);
    if (!(volAnnual > 0)) warnings.push(HistoryMessages.neverChanges(symbol));
    return { symbol, volAnnual, meanAnnual: mean(r) * frequency.periodsPerYear, beta: indexReturns ? betaOf(r, indexReturns) : null };
  });
  const observations = h.dates.length - 1;
  if (observations < 20) warnings.push(HistoryMessages.fewReturns(observations));
  const steps = correlationSteps(returns);
  let matrix: number[][];
  for (;;) {
    const s = steps.next();
    if (s.done) {
      matrix = s.value;
      break;
    }
    yield s.value / returns.length;
  }
  return ok({ frequency, observations, returnKind: kind, assets, correlation: matrix, indexSymbol: indexAt >= 0 ? indexSymbol : null, warnings });
}
