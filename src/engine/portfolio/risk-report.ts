/**
 * Micro vs macro in one call: the portfolio's volatility, VaR, ES, component VaR and beta
 * unhedged, with the micro hedge, with the index-futures (beta) hedge, and with the index hedge
 * sized to give the same variance as the micro hedge.
 */
import type { Result } from '../result';
import { ok } from '../result';
import type { NotPsdFailure } from './cholesky';
import { cholesky, choleskyOrNearest, nearestCorrelationMatrix } from './cholesky';
import type { Matrix } from './covariance';
import { symmetrize } from './covariance';
import { computeParametric } from './parametric';
import type { RiskReportInput } from './risk-input';
import { checkRiskReportInput, impliedIndexCorrelation } from './risk-input';
import { RiskMessages } from '../messages';

export interface ScenarioRisk {
  /** Signed exposure per factor of `RiskReport.labels`, money (hedges as notional). */
  readonly exposures: readonly number[];
  readonly sigmaAnnual: number;
  /** P/L standard deviation over the horizon. */
  readonly sigma: number;
  readonly var95: number;
  readonly var99: number;
  readonly es95: number;
  readonly es99: number;
  readonly componentVar95: readonly number[];
  readonly componentVar99: readonly number[];
  /** Σ x_i β_i / P, P = the portfolio's value before hedging (futures notional is not value); null when P ≈ 0. */
  readonly beta: number | null;
  readonly dollarBeta: number;
}

export interface RiskReport {
  /** Names of the factors: the positions, the cross-hedge asset (if any), the index. */
  readonly labels: readonly string[];
  readonly unhedged: ScenarioRisk;
  readonly micro: ScenarioRisk;
  readonly macro: ScenarioRisk;
  /** Index hedge with the micro hedge's variance; null when no index position can reach it. */
  readonly macroSameVariance: ScenarioRisk | null;
  /** Index-futures notional of the beta hedge: (β* − β)·P (Hull OFOD §3.5, N* = (β* − β)·P/F). */
  readonly macroNotional: number;
  readonly sameVarianceNotional: number | null;
  readonly warnings: readonly string[];
}

/** Every risk factor of the report: positions, the proxy (cross hedge), the index futures. */
export interface Universe {
  readonly labels: string[];
  readonly vols: number[];
  readonly betas: number[];
  readonly corr: number[][];
  readonly hedgeAt: number;
  readonly indexAt: number;
}

function buildUniverse(v: RiskReportInput): Universe {
  const n = v.positions.length;
  const c = symmetrize(v.correlation);
  const sI = v.index.volAnnual;
  const t = v.target;
  const m = v.micro;
  const cross = m.kind === 'cross';
  const hedgeAt = cross ? n : -1;
  const indexAt = cross ? n + 1 : n;
  const size = indexAt + 1;
  const corr = Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) => (i === j ? 1 : i < n && j < n ? ((c[i] as number[])[j] as number) : 0)));
  const set = (i: number, j: number, x: number) => { (corr[i] as number[])[j] = x; (corr[j] as number[])[i] = x; };
  const vols = [...v.positions.map((p) => p.volAnnual)];
  const betas = [...v.positions.map((p) => p.beta)];
  const labels = v.positions.map((p, i) => p.label ?? `Position ${i + 1}`);
  v.positions.forEach((p, i) => set(i, indexAt, impliedIndexCorrelation(p.beta, p.volAnnual, sI)));
  if (m.kind === 'cross') {
    const rhoT = m.correlationWithTarget;
    for (let j = 0; j < n; j++) set(j, n, j === t ? rhoT : m.correlationsWithPositions?.[j] ?? rhoT * ((c[t] as number[])[j] as number));
    const rhoI = m.hedgeBeta !== undefined ? impliedIndexCorrelation(m.hedgeBeta, m.hedgeVolAnnual, sI) : rhoT * ((corr[t] as number[])[indexAt] as number);
    set(n, indexAt, rhoI);
    vols.push(m.hedgeVolAnnual);
    betas.push(m.hedgeBeta ?? (rhoI * m.hedgeVolAnnual) / sI);
    labels.push(m.label ?? 'Hedge asset');
  }
  vols.push(sI);
  betas.push(1);
  labels.push(v.index.label ?? 'Index futures');
  return { labels, vols, betas, corr, hedgeAt, indexAt };
}

function scenario(u: Universe, x: readonly number[], horizonYears: number, value: number): ScenarioRisk {
  const r = computeParametric({ values: x, volsAnnual: u.vols, correlation: u.corr, horizonYears, confidence: [0.95, 0.99] });
  const [l95, l99] = r.levels as [typeof r.levels[0], typeof r.levels[0]];
  let dollarBeta = 0;
  x.forEach((xi, i) => { dollarBeta += xi * (u.betas[i] as number); });
  const beta = Math.abs(value) > 1e-9 ? dollarBeta / value : null;
  return {
    exposures: x, sigmaAnnual: r.sigmaAnnual, sigma: r.sigma, var95: l95.valueAtRisk, var99: l99.valueAtRisk,
    es95: l95.expectedShortfall, es99: l99.expectedShortfall, componentVar95: l95.componentVar, componentVar99: l99.componentVar, beta, dollarBeta,
  };
}

/**
 * Index notional x with Var(portfolio + x·index) equal to `targetVariance` (annual, money²): the
 * root of σ_I²x² + 2·cov(P, I)·x + σ_P² − target = 0 nearest zero; null when even the
 * minimum-variance index hedge (x = −cov/σ_I²) cannot get that low.
 */
export function sameVarianceIndexNotional(portfolioVariance: number, covWithIndex: number, indexVariance: number, targetVariance: number): number | null {
  if (!(indexVariance > 0)) return null;
  const disc = covWithIndex * covWithIndex - indexVariance * (portfolioVariance - targetVariance);
  if (disc < 0) return null;
  const root = Math.sqrt(disc);
  const a = (-covWithIndex + root) / indexVariance;
  const b = (-covWithIndex - root) / indexVariance;
  return Math.abs(a) <= Math.abs(b) ? a : b;
}

/**
 * The report's factors with a usable correlation matrix: index correlations from the betas
 * (ρ_i,I = β_i·σ_I/σ_i, clipped), the proxy by one factor; when those contradict the typed matrix,
 * the nearest valid matrix (Higham 2002) with `consistent: false`. Meant for checked input (the
 * Monte Carlo simulates exactly these factors); input `buildRiskReport` would refuse gives an
 * empty universe (no factors, `consistent: false`) rather than a throw.
 */
export function buildFactorUniverse(v: RiskReportInput): Universe & { readonly consistent: boolean } {
  if (checkRiskReportInput(v).length > 0) return { labels: [], vols: [], betas: [], corr: [], hedgeAt: -1, indexAt: -1, consistent: false };
  const u = buildUniverse(v);
  if (cholesky(u.corr) !== null) return { ...u, consistent: true };
  const near = nearestCorrelationMatrix(u.corr);
  return { ...u, corr: near.ok ? near.value : u.corr, consistent: false };
}

/**
 * Builds the micro-vs-macro report from untrusted input. Index correlations come from the betas
 * (ρ_i,I = β_i·σ_I/σ_i, clipped); if those make the factor matrix inconsistent, the nearest
 * valid matrix (Higham 2002) is used and a warning says so.
 */
export function buildRiskReport(input: unknown): Result<RiskReport> | NotPsdFailure {
  const errors = checkRiskReportInput(input);
  if (errors.length > 0) return { ok: false, errors };
  const v = input as RiskReportInput;
  const psd = choleskyOrNearest('correlation', v.correlation as Matrix);
  if (!psd.ok) return psd;
  const u = buildFactorUniverse(v);
  const warnings: string[] = [];
  if (!u.consistent) {
    warnings.push(RiskMessages.inconsistent);
  }
  const size = u.labels.length;
  const value = v.positions.reduce((s, p) => s + p.value, 0);
  const base = Array.from({ length: size }, (_, i) => (i < v.positions.length ? (v.positions[i] as { value: number }).value : 0));
  const unhedged = scenario(u, base, v.horizonYears, value);
  const microX = [...base];
  const targetValue = base[v.target] as number;
  if (v.micro.kind === 'reduce') microX[v.target] = targetValue * (1 - v.micro.hedgedFraction);
  else microX[u.hedgeAt] = -(v.micro.hedgedFraction ?? 1) * v.micro.hedgeRatio * targetValue;
  const micro = scenario(u, microX, v.horizonYears, value);
  const macroNotional = (v.targetBeta ?? 0) * value - unhedged.dollarBeta;
  const withIndex = (x: number) => base.map((b, i) => (i === u.indexAt ? x : b));
  const macro = scenario(u, withIndex(macroNotional), v.horizonYears, value);
  const sI = u.vols[u.indexAt] as number;
  let cov = 0;
  base.forEach((b, j) => { cov += b * (u.vols[j] as number) * sI * ((u.corr[j] as number[])[u.indexAt] as number); });
  const sameVarianceNotional = sameVarianceIndexNotional(unhedged.sigmaAnnual ** 2, cov, sI * sI, micro.sigmaAnnual ** 2);
  if (sameVarianceNotional === null) warnings.push(RiskMessages.noIndexMatch);
  const macroSameVariance = sameVarianceNotional === null ? null : scenario(u, withIndex(sameVarianceNotional), v.horizonYears, value);
  return ok({ labels: u.labels, unhedged, micro, macro, macroSameVariance, macroNotional, sameVarianceNotional, warnings });
}
