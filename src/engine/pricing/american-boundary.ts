/**
 * Early-exercise boundary of an American put by the spectral collocation / fixed-point method of
 * Andersen, Lake & Offengeld, "High-performance American option pricing", Journal of
 * Computational Finance 20(1), 2016 (ALO). The boundary B(τ) is stored as
 * H(z) = ln(B/B(0+))² at Chebyshev–Lobatto nodes in z = 2√(τ/T) − 1, where it is smooth.
 */
import { normalCdf } from '../math/normal';
import { barycentricWeights, chebyshevNodes, gaussLegendre } from './american-quadrature';
import { putBoundaryAtExpiry, qdPlusPutBoundary, type PutMarket } from './american-qdplus';

/** Collocation settings: Chebyshev intervals, Gauss points per integral, fixed-point steps. */
export interface BoundaryScheme {
  readonly nodes: number;
  readonly points: number;
  readonly naiveSteps: number;
}

/** Solved put boundary: ln B(τ) for τ (years to expiry) in [0, T]. */
export interface PutBoundary {
  readonly logAt: (tau: number) => number;
}

const INV_SQRT_2PI = 0.3989422804014327;
/** Standard normal density; inlined here because the solver calls it in its innermost loop. */
const density = (x: number) => INV_SQRT_2PI * Math.exp(-0.5 * x * x);

/**
 * Everything in the fixed-point integrals that does not depend on the boundary, computed once
 * for all nodes i and quadrature points j (flat arrays, index k = i·points + j): interpolation
 * weights at each quadrature time, vol·√gap, carry·gap and the quadrature weights.
 */
interface Integrals {
  readonly points: number;
  readonly size: number;
  readonly interp: Float64Array;
  readonly v: Float64Array;
  readonly drift: Float64Array;
  readonly wN: Float64Array;
  readonly wD: Float64Array;
  /** φ form only: weight of N(d+) against φ(d+) inside D, 0.5·τ·(1 + y)·σ/√τ. */
  readonly wPhi: Float64Array;
}

/**
 * Precomputes the integrals of FP-A (ALO eq. 26, Φ form, over u ∈ [0, τ]) or, when r ≈ q,
 * FP-B' (ALO eq. 28, φ form, with τ − u = τ(1 + y)²/4 removing the 1/√(τ − u) singularity), the
 * same switch as QuantLib's QdFpAmericanEngine.
 */
function prepareIntegrals(m: PutMarket, taus: readonly number[], T: number, z: Float64Array, points: number, phiForm: boolean): Integrals {
  const { x, w } = gaussLegendre(points);
  const size = z.length;
  const count = taus.length * points;
  const g = { points, size, interp: new Float64Array(count * size), v: new Float64Array(count),
    drift: new Float64Array(count), wN: new Float64Array(count), wD: new Float64Array(count), wPhi: new Float64Array(count) };
  for (let i = 1; i < taus.length; i++) {
    const tau = taus[i] as number;
    for (let j = 0; j < points; j++) {
      const k = i * points + j;
      const y = x[j] as number;
      const gap = phiForm ? 0.25 * tau * (1 + y) * (1 + y) : tau - 0.5 * tau * (y + 1);
      const u = tau - gap;
      const wj = (w[j] as number) * (phiForm ? Math.sqrt(tau) / m.vol : 0.5 * tau);
      barycentricWeights(z, 2 * Math.sqrt(u / T) - 1, g.interp, k * size);
      g.v[k] = m.vol * Math.sqrt(gap);
      g.drift[k] = (m.r - m.q) * gap;
      g.wN[k] = wj * Math.exp(m.r * u);
      g.wD[k] = wj * Math.exp(m.q * u);
      g.wPhi[k] = phiForm ? (0.5 * tau * (y + 1) * m.vol) / Math.sqrt(tau) : 0;
    }
  }
  return g;
}

/** √H at quadrature point k: the interpolated ln(B(0+)/B(u)). */
function rootH(g: Integrals, k: number, h: Float64Array): number {
  let s = 0;
  const base = k * g.size;
  for (let c = 0; c < g.size; c++) s += (g.interp[base + c] as number) * (h[c] as number);
  return Math.sqrt(Math.max(0, s));
}

/**
 * N and D of the fixed-point map B ↦ K·e^{−(r−q)τ}·N/D at node i whose boundary has log-ratio
 * lb = ln(B/B(0+)), plus ∂/∂B of their non-integral terms for the Jacobi–Newton step (ALO §4.2).
 */
function fixedPointTerms(m: PutMarket, tau: number, lb: number, g: Integrals, i: number, h: Float64Array, phiForm: boolean) {
  let ni = 0;
  let di = 0;
  for (let k = i * g.points; k < (i + 1) * g.points; k++) {
    const v = g.v[k] as number;
    const dp = (lb + rootH(g, k, h) + (g.drift[k] as number)) / v + 0.5 * v;
    if (phiForm) {
      ni += (g.wN[k] as number) * density(dp - v);
      di += (g.wD[k] as number) * ((g.wPhi[k] as number) * normalCdf(dp) + density(dp));
    } else {
      ni += (g.wN[k] as number) * normalCdf(dp - v);
      di += (g.wD[k] as number) * normalCdf(dp);
    }
  }
  const b = putBoundaryAtExpiry(m) * Math.exp(lb);
  const v = m.vol * Math.sqrt(tau);
  const dp = (Math.log(b / m.strike) + (m.r - m.q) * tau) / v + 0.5 * v;
  const dm = dp - v;
  if (phiForm) {
    const n = density(dm) / v + m.r * ni;
    const d = density(dp) / v + normalCdf(dp) + m.q * di;
    return { b, n, d, nd: (-density(dm) * dm) / (b * v * v), dd: (density(dp) * (1 - dp / v)) / (b * v) };
  }
  return { b, n: normalCdf(dm) + m.r * ni, d: normalCdf(dp) + m.q * di, nd: density(dm) / (b * v), dd: density(dp) / (b * v) };
}

/**
 * Solves for the American put's exercise boundary over [0, T] (years): QD+ start, one
 * Jacobi–Newton step, then `naiveSteps` plain fixed-point steps (ALO §4; the shape of QuantLib's
 * QdFpAmericanEngine schemes). Requires vol > 0, T > 0 and a single boundary (not q < r < 0).
 */
export function solvePutBoundary(m: PutMarket, T: number, scheme: BoundaryScheme): PutBoundary {
  const xMax = putBoundaryAtExpiry(m);
  const z = chebyshevNodes(scheme.nodes);
  const h = new Float64Array(z.length);
  const phiForm = Math.abs(m.r - m.q) < 0.001;
  const taus = Array.from(z, (zi) => T * 0.25 * (1 + zi) * (1 + zi));
  const g = prepareIntegrals(m, taus, T, z, scheme.points, phiForm);
  for (let i = 1; i < z.length; i++) h[i] = logSquare(qdPlusPutBoundary(m, taus[i] as number) / xMax);
  for (let step = 0; step <= scheme.naiveSteps; step++) {
    const current = Float64Array.from(h);
    for (let i = 1; i < z.length; i++) {
      const tau = taus[i] as number;
      const t = fixedPointTerms(m, tau, -Math.sqrt(current[i] as number), g, i, current, phiForm);
      const alpha = m.strike * Math.exp(-(m.r - m.q) * tau);
      const fv = (alpha * t.n) / t.d;
      // First step Jacobi–Newton (ALO eq. 34), then plain iteration, as QuantLib does.
      const next = step === 0 ? t.b - (fv - t.b) / (alpha * (t.nd / t.d - (t.dd * t.n) / (t.d * t.d)) - 1) : fv;
      if (Number.isFinite(next) && next > 0) h[i] = logSquare(next / xMax);
    }
  }
  return { logAt: buildLogAt(z, h, T, Math.log(xMax)) };
}

function buildLogAt(z: Float64Array, h: Float64Array, T: number, lnMax: number) {
  const weights = new Float64Array(z.length);
  return (tau: number): number => {
    barycentricWeights(z, 2 * Math.sqrt(Math.max(0, tau) / T) - 1, weights, 0);
    let s = 0;
    for (let c = 0; c < z.length; c++) s += (weights[c] as number) * (h[c] as number);
    return lnMax - Math.sqrt(Math.max(0, s));
  };
}

function logSquare(ratio: number): number {
  const l = Math.log(ratio);
  return Number.isFinite(l) ? l * l : 0;
}
