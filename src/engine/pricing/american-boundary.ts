/**
 * Early-exercise boundary of an American put by the spectral collocation / fixed-point method of
 * Andersen, Lake & Offengeld, "High-performance American option pricing", Journal of
 * Computational Finance 20(1), 2016 (ALO). The boundary B(τ) is stored as
 * H(z) = ln(B/B(0+))² at Chebyshev–Lobatto nodes in z = 2√(τ/T) − 1, where it is smooth.
 */
import { normalCdfFast, normalCdfScaledPlusPdfFast, normalPdfFast } from '../math/normal';
import { barycentricMatrix, chebyshevNodes, gaussLegendre } from './american-quadrature';
import { putBoundaryAtExpiry, qdPlusPutBoundary, type PutMarket } from './american-qdplus';

/** Collocation settings: Chebyshev intervals, Gauss points per integral, fixed-point steps. */
export interface BoundaryScheme {
  readonly nodes: number;
  readonly points: number;
  readonly naiveSteps: number;
  /** Leading steps taken as Jacobi–Newton steps (ALO eq. 34) rather than plain ones; default 1. */
  readonly newtonSteps?: number;
  /** FP-B' (φ form) whatever r − q, with the table density; default: FP-A unless r ≈ q. */
  readonly phiForm?: boolean;
}

/**
 * Solved put boundary over τ (years to expiry) in [0, T]: `z` are the Chebyshev–Lobatto nodes in
 * z = 2√(τ/T) − 1 and `h` the values of H = ln(B/B(0+))² there; ln B(τ) = lnMax − √H(z(τ)), one
 * point with boundaryLogAt, or with precomputed weights (barycentricMatrix) at fixed fractions of T.
 */
export interface PutBoundary {
  readonly T: number;
  readonly z: Float64Array;
  /** Valid until the next solve: the solver reuses this array. */
  readonly h: Float64Array;
  /** ln B(0+). */
  readonly lnMax: number;
}

const INV_SQRT_2PI = 0.3989422804014327;
/** Standard normal density; inlined here because the solver calls it in its innermost loop. */
const density = (x: number) => INV_SQRT_2PI * Math.exp(-0.5 * x * x);

/**
 * The market-independent part of the fixed-point integrals for one (nodes, points, form): with
 * every time measured as a fraction of T, the quadrature times, and so the interpolation weights
 * at them, are the same for every market. Flat arrays, index k = i·points + j for node i and
 * Gauss point j; row 0 (τ = 0) is unused.
 */
interface Layout {
  readonly points: number;
  readonly size: number;
  readonly z: Float64Array;
  /** τ_i / T. */
  readonly tauFrac: Float64Array;
  /** Barycentric weights of H at quadrature time u_k: row k, `size` columns. */
  readonly interp: Float64Array;
  /** (τ − u)/T and its square root. */
  readonly gapFrac: Float64Array;
  readonly sqrtGapFrac: Float64Array;
  /** u / T. */
  readonly uFrac: Float64Array;
  /** Gauss weight times the Jacobian in units of T (Φ form) or √T/vol (φ form). */
  readonly weight: Float64Array;
  /** φ form only: 0.5·(1 + y)·√(τ/T), the weight of N(d+) against φ(d+) per vol·√T. */
  readonly phiFrac: Float64Array;
}

const layouts = new Map<number, Layout>();
const QUARTER_PI = Math.PI / 4;

/**
 * FP-A (ALO eq. 26, Φ form) or, when r ≈ q, FP-B' (ALO eq. 28, φ form), the same switch as
 * QuantLib's QdFpAmericanEngine, both over u ∈ [0, τ] with u = τ·sin²θ, τ − u = τ·cos²θ,
 * θ = π(1 + y)/4 for the Gauss variable y: √u and √(τ − u) are then both smooth in θ, so neither
 * the boundary's √u behaviour at u = 0 nor the kernel's √(τ − u) one at u = τ (the 1/√(τ − u)
 * of the φ form cancels against du = 2τ·sinθ·cosθ·dθ) slows the rule's convergence.
 */
function layoutFor(nodes: number, points: number, phiForm: boolean): Layout {
  const key = (nodes * 4096 + points) * 2 + (phiForm ? 1 : 0);
  const cached = layouts.get(key);
  if (cached) return cached;
  const { x, w } = gaussLegendre(points);
  const z = chebyshevNodes(nodes);
  const size = z.length;
  const count = size * points;
  const tauFrac = Float64Array.from(z, (zi) => 0.25 * (1 + zi) * (1 + zi));
  const zAt = new Float64Array(count);
  const gapFrac = new Float64Array(count);
  const sqrtGapFrac = new Float64Array(count);
  const uFrac = new Float64Array(count);
  const weight = new Float64Array(count);
  const phiFrac = new Float64Array(count);
  for (let i = 1; i < size; i++) {
    const tau = tauFrac[i] as number;
    const rootTau = Math.sqrt(tau);
    for (let j = 0; j < points; j++) {
      const k = i * points + j;
      const theta = QUARTER_PI * ((x[j] as number) + 1);
      const sin = Math.sin(theta);
      const cos = Math.cos(theta);
      gapFrac[k] = tau * cos * cos;
      sqrtGapFrac[k] = rootTau * cos;
      uFrac[k] = tau * sin * sin;
      zAt[k] = 2 * rootTau * sin - 1;
      // du = 2τ·sinθ·cosθ·(π/4)·dy; the φ form divides by √(τ − u) = √τ·cosθ.
      weight[k] = (w[j] as number) * QUARTER_PI * (phiForm ? 2 * rootTau * sin : 2 * tau * sin * cos);
      phiFrac[k] = phiForm ? rootTau * cos : 0;
    }
  }
  // Row 0 is never read; its z = 0 is harmless.
  const layout = { points, size, z, tauFrac, interp: barycentricMatrix(z, zAt), gapFrac, sqrtGapFrac, uFrac, weight, phiFrac };
  layouts.set(key, layout);
  return layout;
}

/** Per-market scratch arrays of the solver, grown on demand and reused (the solver is not re-entrant). */
let scratchCount = 0;
let invV = new Float64Array(0);
let vAt = new Float64Array(0);
let shiftAt = new Float64Array(0);
let wN = new Float64Array(0);
let wD = new Float64Array(0);
let wPhi = new Float64Array(0);
let current = new Float64Array(0);
let nodeV = new Float64Array(0);
let nodeAlpha = new Float64Array(0);
let nodeD = new Float64Array(0);
let boundaryH = new Float64Array(0);

function ensureScratch(count: number, size: number): void {
  if (count > scratchCount) {
    scratchCount = count;
    invV = new Float64Array(count);
    vAt = new Float64Array(count);
    shiftAt = new Float64Array(count);
    wN = new Float64Array(count);
    wD = new Float64Array(count);
    wPhi = new Float64Array(count);
  }
  if (size > current.length) {
    current = new Float64Array(size);
    nodeV = new Float64Array(size);
    nodeAlpha = new Float64Array(size);
    nodeD = new Float64Array(size);
    boundaryH = new Float64Array(size);
  }
}

/**
 * Solves for the American put's exercise boundary over [0, T] (years): QD+ start, one
 * Jacobi–Newton step, then `naiveSteps` plain fixed-point steps (ALO §4; the shape of QuantLib's
 * QdFpAmericanEngine schemes). Requires vol > 0, T > 0 and a single boundary (not q < r < 0).
 * Every Φ here is normalCdfFast (absolute error < 1e-11, far below the collocation error).
 */
export function solvePutBoundary(m: PutMarket, T: number, scheme: BoundaryScheme): PutBoundary {
  const { strike, r, q, vol } = m;
  const xMax = putBoundaryAtExpiry(m);
  const lnMax = Math.log(xMax);
  const fast = scheme.phiForm === true;
  const phiForm = fast || Math.abs(r - q) < 0.001;
  const g = layoutFor(scheme.nodes, scheme.points, phiForm);
  const { points, size, interp } = g;
  const count = size * points;
  ensureScratch(count, size);
  const h = boundaryH; // scratch too: the boundary is read (by the premium) before the next solve
  h[0] = 0;

  // Boundary-independent parts of the integrands, once per market. (Module-level scratch arrays
  // are read through local constants: the optimiser then keeps them in registers in the loops.)
  const iv = invV, va = vAt, sh = shiftAt, wn = wN, wd = wD, wp = wPhi, cur = current;
  const { sqrtGapFrac, uFrac, weight, gapFrac, phiFrac, tauFrac } = g;
  const volT = vol * Math.sqrt(T);
  const carry = r - q;
  const scale = phiForm ? Math.sqrt(T) / vol : T;
  for (let k = points; k < count; k++) {
    const v = volT * (sqrtGapFrac[k] as number);
    const u = T * (uFrac[k] as number);
    const wk = scale * (weight[k] as number);
    const inv = 1 / v;
    va[k] = v;
    iv[k] = inv;
    sh[k] = carry * T * (gapFrac[k] as number) * inv + 0.5 * v;
    wn[k] = wk * Math.exp(r * u);
    wd[k] = wk * Math.exp(q * u);
    wp[k] = volT * (phiFrac[k] as number);
  }

  // Per node: v = σ√τ, α = K·e^{−(r−q)τ} and the boundary-independent part of d+.
  const nv = nodeV, na = nodeAlpha, nd0 = nodeD;
  const lnMaxOverK = lnMax - Math.log(strike);
  for (let i = 1; i < size; i++) {
    const tau = T * (tauFrac[i] as number);
    const v = vol * Math.sqrt(tau);
    nv[i] = v;
    na[i] = strike * Math.exp(-carry * tau);
    nd0[i] = (lnMaxOverK + carry * tau) / v + 0.5 * v;
  }

  // QD+ at each node, Halley started from ln B extrapolated linearly in √τ through the two
  // previous roots (through B(0+) and the first root for the second node): fewer steps.
  let guess = xMax;
  let lastLog = 0; // ln(B/B(0+)) at the previous node
  let lastRoot = 0; // √(τ/T) there
  for (let i = 1; i < size; i++) {
    const tf = tauFrac[i] as number;
    const root = Math.sqrt(tf);
    let start = guess;
    if (i >= 2) {
      const prevRoot = i >= 3 ? Math.sqrt(tauFrac[i - 2] as number) : 0;
      const prevLog = i >= 3 ? -Math.sqrt(h[i - 2] as number) : 0;
      const slope = (lastLog - prevLog) / (lastRoot - prevRoot);
      start = xMax * Math.exp(lastLog + slope * (root - lastRoot));
    }
    guess = qdPlusPutBoundary(m, T * tf, start);
    h[i] = logSquare(guess / xMax);
    lastLog = -Math.sqrt(h[i] as number);
    lastRoot = root;
  }
  const newtonSteps = scheme.newtonSteps ?? 1;
  for (let step = 0; step <= scheme.naiveSteps; step++) {
    for (let c = 0; c < size; c++) cur[c] = h[c] as number; // Jacobi: every node sees the last step's boundary
    for (let i = 1; i < size; i++) {
      const lb = -Math.sqrt(cur[i] as number);
      // Integral terms (N and D of the fixed-point map B ↦ K·e^{−(r−q)τ}·N/D, ALO §4).
      let ni = 0;
      let di = 0;
      const end = (i + 1) * points;
      for (let k = i * points; k < end; k++) {
        // √H at u_k, interpolated; column 0 is skipped since H(τ = 0) = 0.
        const base = k * size;
        let s = 0;
        for (let c = 1; c < size; c++) s += (interp[base + c] as number) * (cur[c] as number);
        const dp = (lb + (s > 0 ? Math.sqrt(s) : 0)) * (iv[k] as number) + (sh[k] as number);
        if (fast) {
          ni += (wn[k] as number) * normalPdfFast(dp - (va[k] as number));
          di += (wd[k] as number) * normalCdfScaledPlusPdfFast(dp, wp[k] as number);
        } else if (phiForm) {
          ni += (wn[k] as number) * density(dp - (va[k] as number));
          di += (wd[k] as number) * ((wp[k] as number) * normalCdfFast(dp) + density(dp));
        } else {
          ni += (wn[k] as number) * normalCdfFast(dp - (va[k] as number));
          di += (wd[k] as number) * normalCdfFast(dp);
        }
      }
      // Non-integral terms at B = B(0+)·e^{lb}, and their ∂/∂B for the Jacobi–Newton step (ALO §4.2).
      const v = nv[i] as number;
      const alpha = na[i] as number;
      const dp = (nd0[i] as number) + lb / v;
      const dm = dp - v;
      let n: number, d: number;
      const pdfM = fast ? normalPdfFast(dm) : density(dm);
      if (fast) {
        n = pdfM / v + r * ni;
        d = normalCdfScaledPlusPdfFast(dp, v) / v + q * di;
      } else if (phiForm) {
        n = pdfM / v + r * ni;
        d = density(dp) / v + normalCdfFast(dp) + q * di;
      } else {
        n = normalCdfFast(dm) + r * ni;
        d = normalCdfFast(dp) + q * di;
      }
      const fv = (alpha * n) / d;
      let next = fv;
      if (step < newtonSteps) {
        // Jacobi–Newton (ALO eq. 34) first, then plain iteration, as QuantLib does.
        const b = xMax * Math.exp(lb);
        const pdfP = fast ? normalPdfFast(dp) : density(dp);
        const nDer = phiForm ? (-pdfM * dm) / (b * v * v) : pdfM / (b * v);
        const dDer = phiForm ? (pdfP * (1 - dp / v)) / (b * v) : pdfP / (b * v);
        next = b - (fv - b) / (alpha * (nDer / d - (dDer * n) / (d * d)) - 1);
      }
      if (Number.isFinite(next) && next > 0) h[i] = logSquare(next / xMax);
    }
  }
  return { T, z: g.z, h, lnMax };
}

/** ln B(τ) of a solved boundary, τ in [0, T] years (one interpolation; see PutBoundary for batches). */
export function boundaryLogAt(boundary: PutBoundary, tau: number): number {
  const { z, h } = boundary;
  const weights = barycentricMatrix(z, [2 * Math.sqrt(Math.max(0, tau) / boundary.T) - 1]);
  let s = 0;
  for (let c = 0; c < z.length; c++) s += (weights[c] as number) * (h[c] as number);
  return boundary.lnMax - Math.sqrt(Math.max(0, s));
}

function logSquare(ratio: number): number {
  const l = Math.log(ratio);
  return Number.isFinite(l) ? l * l : 0;
}
