/**
 * Early-exercise boundary of an American put by the spectral collocation / fixed-point method of
 * Andersen, Lake & Offengeld, "High-performance American option pricing", Journal of
 * Computational Finance 20(1), 2016 (ALO). The boundary B(τ) is stored as
 * H(z) = ln(B/B(0+))² at Chebyshev–Lobatto nodes in z = 2√(τ/T) − 1, where it is smooth.
 */
import { normalCdfFast, normalCdfScaledPlusPdfFast, normalPdfFast } from '../math/normal';
import { expFast, expSmall, logFast, ratesWithinExpSmall } from '../math/exp-log';
import { barycentricMatrix, chebyshevNodes, gaussLegendre } from './american-quadrature';
import { putBoundaryAtExpiry, qdPlusPutBoundaries, type PutMarket } from './american-qdplus';

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
 * z = 2√(τ/T) − 1 and `h` the values of H = ln(B/B(0+))² there; ln B(τ) = lnMax − √H(z(τ)),
 * with precomputed weights (barycentricMatrix) at fixed fractions of T.
 */
export interface PutBoundary {
  readonly T: number;
  readonly z: Float64Array;
  /** Valid until the next solve: the solver reuses this array. */
  readonly h: readonly number[];
  /** ln B(0+). */
  readonly lnMax: number;
}

/** Standard normal density; inlined here because the solver calls it in its innermost loop. */
const density = (x: number) => 0.3989422804014327 * expFast(-0.5 * x * x); // 1/√(2π), a literal as in exp-log.ts

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
  readonly interp: readonly number[];
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
  // The interpolation weights as a plain array: V8 reads a plain array of doubles with fewer
  // checks than a typed one, and the innermost loop reads them most.
  const layout = { points, size, z, tauFrac, interp: Array.from(barycentricMatrix(z, zAt)), gapFrac, sqrtGapFrac, uFrac, weight, phiFrac };
  layouts.set(key, layout);
  return layout;
}

/** Per-market scratch arrays of the solver, grown on demand and reused (the solver is not re-entrant). */
let scratchCount = 0;
/**
 * Per Gauss point k, POINT_DATA numbers from k·POINT_DATA: v = σ√(τ − u), 1/v, the
 * boundary-independent part of d+, the N and D weights, and v·φFrac (φ form). One array, so that
 * the innermost loop reads one object; this one, the boundary it reads (`current`) and the
 * interpolation weights are plain arrays of doubles, which V8 reads with fewer checks than typed
 * arrays (about 6 % fewer instructions per price).
 */
const POINT_DATA = 6;
let pointData: number[] = [];
let current: number[] = [];
let nodeV = new Float64Array(0);
let nodeAlpha = new Float64Array(0);
let nodeD = new Float64Array(0);
let nodeN = new Float64Array(0);
let nodeDen = new Float64Array(0);
let boundaryH: number[] = [];

function ensureScratch(count: number, size: number): void {
  if (count > scratchCount) {
    scratchCount = count;
    pointData = Array.from({ length: POINT_DATA * count }, () => 0.5); // packed doubles: no hole checks
  }
  if (size > current.length) {
    current = Array.from({ length: size }, () => 0.5);
    nodeV = new Float64Array(size);
    nodeAlpha = new Float64Array(size);
    nodeD = new Float64Array(size);
    nodeN = new Float64Array(size);
    nodeDen = new Float64Array(size);
    boundaryH = Array.from({ length: size }, () => 0.5);
  }
}

/** Which fixed-point form a solve uses (see layoutFor). */
const enum Form {
  /** FP-B' with the table density and cdf (normalCdfScaledPlusPdfFast). */
  PhiTable,
  /** FP-B' with the exact density, when r ≈ q under FP-A schemes. */
  Phi,
  /** FP-A. */
  Plain,
}

/**
 * √H at one time from the node values `cur` (H at the Chebyshev nodes), with that time's row of
 * barycentric weights starting at `base` in `interp` (size columns); column 0 is skipped since
 * H(τ = 0) = 0. Two running sums: half the loop steps, and two independent chains of additions.
 */
function rootAt(interp: readonly number[], base: number, cur: readonly number[], size: number): number {
  let s = 0;
  let t = 0;
  let c = 1;
  for (; c + 1 < size; c += 2) {
    s += (interp[base + c] as number) * (cur[c] as number);
    t += (interp[base + c + 1] as number) * (cur[c + 1] as number);
  }
  if (c < size) s += (interp[base + c] as number) * (cur[c] as number);
  s += t;
  return Math.sqrt(s > 0 ? s : 0);
}

/**
 * The integral terms N_i and D_i of the fixed-point map at every node i (into nodeN, nodeDen),
 * from the boundary `current`. Kept apart from the node updates so that the optimising compiler
 * inlines the normal functions of this innermost loop within its budget.
 */
function integrals(form: Form, g: Layout): void {
  const { points, size, interp } = g;
  const pd = pointData, cur = current, nI = nodeN, dI = nodeDen;
  for (let i = 1; i < size; i++) {
    const lb = -Math.sqrt(cur[i] as number);
    let ni = 0;
    let di = 0;
    const end = (i + 1) * points;
    for (let k = i * points; k < end; k++) {
      const o = 6 * k; // POINT_DATA, a literal: V8 reads a module constant from memory at each use
      const dp = (lb + rootAt(interp, k * size, cur, size)) * (pd[o + 1] as number) + (pd[o + 2] as number);
      if (form === Form.PhiTable) {
        ni += (pd[o + 3] as number) * normalPdfFast(dp - (pd[o] as number));
        di += (pd[o + 4] as number) * normalCdfScaledPlusPdfFast(dp, pd[o + 5] as number);
      } else if (form === Form.Phi) {
        ni += (pd[o + 3] as number) * density(dp - (pd[o] as number));
        di += (pd[o + 4] as number) * ((pd[o + 5] as number) * normalCdfFast(dp) + density(dp));
      } else {
        ni += (pd[o + 3] as number) * normalCdfFast(dp - (pd[o] as number));
        di += (pd[o + 4] as number) * normalCdfFast(dp);
      }
    }
    nI[i] = ni;
    dI[i] = di;
  }
}

/**
 * One fixed-point step at every node from the integral terms: B ↦ K·e^{−(r−q)τ}·N/D with the
 * non-integral terms at the current B, as a Jacobi–Newton step (ALO eq. 34) when `newton`, else
 * a plain one, into `h`.
 */
function updateNodes(form: Form, size: number, m: PutMarket, xMax: number, newton: boolean, h: number[]): void {
  const { r, q } = m;
  const cur = current, nv = nodeV, na = nodeAlpha, nd0 = nodeD, nI = nodeN, dI = nodeDen;
  const phiForm = form !== Form.Plain;
  for (let i = 1; i < size; i++) {
    const lb = -Math.sqrt(cur[i] as number);
    const v = nv[i] as number;
    const invSpread = 1 / v;
    const alpha = na[i] as number;
    const dp = (nd0[i] as number) + lb * invSpread;
    const dm = dp - v;
    const pdfM = normalPdfFast(dm);
    const pdfP = normalPdfFast(dp);
    let n: number, d: number;
    if (phiForm) {
      n = pdfM * invSpread + r * (nI[i] as number);
      d = pdfP * invSpread + normalCdfFast(dp) + q * (dI[i] as number);
    } else {
      n = normalCdfFast(dm) + r * (nI[i] as number);
      d = normalCdfFast(dp) + q * (dI[i] as number);
    }
    const invD = 1 / d;
    const fv = alpha * n * invD;
    let next = fv;
    if (newton) {
      // Jacobi–Newton (ALO eq. 34) first, then plain iteration, as QuantLib does.
      const b = xMax * expFast(lb);
      const invBV = invSpread / b;
      const nDer = phiForm ? -pdfM * dm * invSpread * invBV : pdfM * invBV;
      const dDer = phiForm ? pdfP * (1 - dp * invSpread) * invBV : pdfP * invBV;
      next = b - (fv - b) / (alpha * invD * (nDer - dDer * n * invD) - 1);
    }
    if (Number.isFinite(next) && next > 0) h[i] = logSquare(next / xMax);
  }
}

/**
 * Solves for the American put's exercise boundary over [0, T] (years): QD+ start, then
 * `naiveSteps` + 1 fixed-point steps, the first `newtonSteps` (default 1) of them Jacobi–Newton
 * steps (ALO §4; the shape of QuantLib's QdFpAmericanEngine schemes). Requires vol > 0, T > 0 and a single boundary (not q < r < 0).
 * Every Φ here is normalCdfFast (absolute error < 1e-11, far below the collocation error).
 */
export function solvePutBoundary(m: PutMarket, T: number, scheme: BoundaryScheme): PutBoundary {
  const { strike, r, q, vol } = m;
  const xMax = putBoundaryAtExpiry(m);
  const lnMax = Math.log(xMax);
  const form = scheme.phiForm === true ? Form.PhiTable : Math.abs(r - q) < 0.001 ? Form.Phi : Form.Plain;
  const phiForm = form !== Form.Plain;
  const g = layoutFor(scheme.nodes, scheme.points, phiForm);
  const { points, size } = g;
  const count = size * points;
  ensureScratch(count, size);
  const h = boundaryH; // scratch too: the boundary is read (by the premium) before the next solve
  h[0] = 0;

  // Boundary-independent parts of the integrands, once per market. (Module-level scratch arrays
  // are read through local constants: the optimiser then keeps them in registers in the loops.)
  const pd = pointData, cur = current;
  const { sqrtGapFrac, uFrac, weight, gapFrac, phiFrac, tauFrac } = g;
  const volT = vol * Math.sqrt(T);
  const carry = r - q;
  const scale = phiForm ? Math.sqrt(T) / vol : T;
  const smallRates = ratesWithinExpSmall(r, q, T); // u ≤ T
  for (let k = points; k < count; k++) {
    const v = volT * (sqrtGapFrac[k] as number);
    const u = T * (uFrac[k] as number);
    const wk = scale * (weight[k] as number);
    const inv = 1 / v;
    const o = 6 * k; // POINT_DATA
    pd[o] = v;
    pd[o + 1] = inv;
    pd[o + 2] = carry * T * (gapFrac[k] as number) * inv + 0.5 * v;
    pd[o + 3] = wk * (smallRates ? expSmall(r * u) : expFast(r * u));
    pd[o + 4] = wk * (smallRates ? expSmall(q * u) : expFast(q * u));
    pd[o + 5] = volT * (phiFrac[k] as number);
  }

  // Per node: v = σ√τ, α = K·e^{−(r−q)τ} and the boundary-independent part of d+.
  const nv = nodeV, na = nodeAlpha, nd0 = nodeD;
  const lnMaxOverK = lnMax - Math.log(strike);
  for (let i = 1; i < size; i++) {
    const tau = T * (tauFrac[i] as number);
    const v = vol * Math.sqrt(tau);
    nv[i] = v;
    na[i] = strike * expFast(-carry * tau);
    nd0[i] = (lnMaxOverK + carry * tau) / v + 0.5 * v;
  }

  qdPlusPutBoundaries(m, T, tauFrac, size, h);
  const newtonSteps = scheme.newtonSteps ?? 1;
  for (let step = 0; step <= scheme.naiveSteps; step++) {
    for (let c = 0; c < size; c++) cur[c] = h[c] as number; // Jacobi: every node sees the last step's boundary
    integrals(form, g);
    updateNodes(form, size, m, xMax, step < newtonSteps, h);
  }
  return { T, z: g.z, h, lnMax };
}

function logSquare(ratio: number): number {
  const l = logFast(ratio);
  return Number.isFinite(l) ? l * l : 0;
}
