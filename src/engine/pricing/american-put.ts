/**
 * The American put with strike 1, as a function of x = spot/strike. Every American price is
 * built from it: a put scales with its strike (P(S, K) = K·P(S/K, 1)) and a call is a put with
 * spot and strike, rate and yield swapped (McDonald & Schroder, "A parity result for American
 * options", Journal of Computational Finance 1(3), 1998). The boundary is solved once per market,
 * so repricing at a bumped spot (delta, gamma) costs one integral, not a new boundary.
 */
import { normalCdf, normalCdfFast } from '../math/normal';
import { barycentricMatrix, gaussLegendre } from './american-quadrature';
import { solvePutBoundary, type PutBoundary } from './american-boundary';
import { schemeFor, type PutScheme } from './american-schemes';
import type { PutMarket } from './american-qdplus';
import { treePut } from './american-tree';
import { priceEuropean } from './european';

/**
 * The boundary depends on (r, q, vol, T) only, not on spot or strike, so the last few solved
 * markets are kept: a payoff chart, a strike ladder or delta/gamma bumps solve it once.
 */
const CACHE_SIZE = 16;
interface CacheEntry {
  readonly r: number;
  readonly q: number;
  readonly vol: number;
  readonly T: number;
  readonly scheme: PutScheme;
  readonly pricer: NormalizedPutPricer;
}
/** Most recent first; compared field by field (no string keys: formatting doubles costs more than a lookup). */
const recent: CacheEntry[] = [];

function sameScheme(a: PutScheme, b: PutScheme): boolean {
  return a === b || (a.nodes === b.nodes && a.points === b.points && a.naiveSteps === b.naiveSteps && a.premiumPoints === b.premiumPoints &&
    a.newtonSteps === b.newtonSteps && a.phiForm === b.phiForm);
}

function cachedPricer(r: number, q: number, vol: number, T: number, scheme: PutScheme): NormalizedPutPricer | undefined {
  for (let i = 0; i < recent.length; i++) {
    const e = recent[i] as CacheEntry;
    if (e.r === r && e.q === q && e.vol === vol && e.T === T && sameScheme(e.scheme, scheme)) return e.pricer;
  }
  return undefined;
}

/** A normalized put pricer: value of the American put with strike 1 at spot ratio x > 0. */
export type NormalizedPutPricer = (x: number) => number;

function europeanPut(x: number, r: number, q: number, vol: number, T: number): number {
  return priceEuropean({ type: 'put', spot: x, strike: 1, r, b: r - q, t: T, vol }).price;
}

/**
 * Zero-volatility put: the path is deterministic, so the value is max over exercise times t in
 * [0, T] of (e^{−rt} − x·e^{−qt})⁺. Its derivative vanishes only at t* = ln(r/(q·x))/(r − q)
 * (QuantLib QdPutCallParityEngine edge case), so the maximum sits at 0, T or t*.
 */
export function deterministicPut(x: number, r: number, q: number, T: number): number {
  const payoff = (t: number) => Math.max(0, Math.exp(-r * t) - x * Math.exp(-q * t));
  let best = Math.max(payoff(0), payoff(T));
  const ratio = r / (q * x);
  if (r !== q && ratio > 0 && Number.isFinite(ratio)) {
    const tStar = Math.log(ratio) / (r - q);
    if (tStar > 0 && tStar < T) best = Math.max(best, payoff(tStar));
  }
  return best;
}

/**
 * Early-exercise premium as a function of x (and ln x): ∫₀ᵀ [r·e^{−rt}N(−d2) − q·x·e^{−qt}N(−d1)] dt
 * with d's taken against the boundary B(T − t) (Kim, "The analytic valuation of American
 * options", RFS 3(4), 1990, eq. 9), by Gauss–Legendre in θ with t = T·sin²θ: √t (the d's at
 * t = 0) and √(T − t) (the boundary near expiry, at t = T) are both smooth in θ. The boundary
 * terms are computed once, so each further spot costs 2·points normal cdfs (the table cdf: its
 * 1e-11 absolute error, times weights summing to less than r·T, is far below the scheme's).
 */
function buildPremium(m: PutMarket, T: number, boundary: PutBoundary, points: number): (x: number, lx: number) => number {
  const rule = premiumRule(boundary.z, points);
  const size = boundary.z.length;
  const h = boundary.h;
  const rootT = Math.sqrt(T);
  // One plain array per market, allocated at its final size (cheaper than a typed one or one
  // grown by push), in blocks of five per point: d1 = ln x·a + b, v, r-weight and q-weight.
  const data = new Array<number>(5 * points);
  const { sinSquare, jacobian, interp, sin } = rule;
  const carry = m.r - m.q;
  const volT = m.vol * rootT;
  for (let i = 0; i < points; i++) {
    const t = T * (sinSquare[i] as number);
    const scale = T * (jacobian[i] as number);
    let s = 0;
    for (let c = 1; c < size; c++) s += (interp[i * size + c] as number) * (h[c] as number); // H = 0 at c = 0
    const logBoundary = boundary.lnMax - Math.sqrt(Math.max(0, s)); // ln B(T − t)
    const v = volT * (sin[i] as number);
    data[5 * i] = 1 / v;
    data[5 * i + 1] = (carry * t - logBoundary) / v + 0.5 * v;
    data[5 * i + 2] = v;
    data[5 * i + 3] = scale * m.r * Math.exp(-m.r * t);
    data[5 * i + 4] = scale * m.q * Math.exp(-m.q * t);
  }
  return (x, lx) => {
    let sum = 0;
    for (let i = 0; i < 5 * points; i += 5) {
      const d1 = lx * (data[i] as number) + (data[i + 1] as number);
      sum += (data[i + 3] as number) * normalCdfFast((data[i + 2] as number) - d1) - x * (data[i + 4] as number) * normalCdfFast(-d1);
    }
    return sum;
  };
}

const QUARTER_PI = Math.PI / 4;

/** The market-independent part of the premium rule: t/T = sin²θ, sinθ, the Jacobian in units of T, and the boundary's interpolation weights. */
interface PremiumRule {
  readonly sinSquare: Float64Array;
  readonly sin: Float64Array;
  readonly jacobian: Float64Array;
  readonly interp: Float64Array;
}
const premiumRules = new Map<number, PremiumRule>();

/**
 * The premium's Gauss times t = T·sin²θ need B at τ = T − t = T·cos²θ, that is z = 2·cosθ − 1,
 * whatever the market; cached per (nodes, points).
 */
function premiumRule(z: Float64Array, points: number): PremiumRule {
  const key = z.length * 4096 + points;
  const cached = premiumRules.get(key);
  if (cached) return cached;
  const { x, w } = gaussLegendre(points);
  const theta = Float64Array.from(x, (y) => QUARTER_PI * (y + 1));
  const rule: PremiumRule = {
    sinSquare: theta.map((a) => Math.sin(a) ** 2),
    sin: theta.map(Math.sin),
    jacobian: theta.map((a, i) => (w[i] as number) * QUARTER_PI * Math.sin(2 * a)), // dt/T = sin2θ·(π/4)·dy
    interp: barycentricMatrix(z, theta.map((a) => 2 * Math.cos(a) - 1)),
  };
  premiumRules.set(key, rule);
  return rule;
}

/**
 * Builds the American put pricer (strike 1) for rate r, yield q (annual, continuous), vol
 * (annual) and T years, choosing the method by regime: payoff at T = 0; European when early
 * exercise never pays (r ≤ 0 and r ≤ q); the deterministic optimum at vol = 0; BBSR for the
 * double-boundary case q < r < 0; otherwise ALO collocation. Never below intrinsic value.
 */
export function buildPutPricer(
  r: number,
  q: number,
  vol: number,
  T: number,
  scheme: PutScheme = schemeFor(r, q, vol, T),
): NormalizedPutPricer {
  if (!(T > 0)) return (x) => Math.max(1 - x, 0);
  if (r <= 0 && r <= q) return (x) => Math.max(europeanPut(x, r, q, vol, T), 1 - x, 0);
  if (!(vol > 0)) return (x) => deterministicPut(x, r, q, T);
  // The tree may land a rounding hair below the European value; the American never is.
  if (r < 0 && q < r) return (x) => Math.max(treePut(x, r, q, vol, T), europeanPut(x, r, q, vol, T));
  const cached = cachedPricer(r, q, vol, T, scheme);
  if (cached) return cached;
  const market: PutMarket = { strike: 1, r, q, vol };
  const premiumAt = buildPremium(market, T, solvePutBoundary(market, T, scheme), scheme.premiumPoints ?? 64);
  // The European put of strike 1 (Haug §1.1.6), with its market terms taken out of the pricer.
  const df = Math.exp(-r * T);
  const dq = Math.exp(-q * T);
  const v = vol * Math.sqrt(T);
  const drift = (r - q) * T;
  const pricer: NormalizedPutPricer = (x) => {
    const lx = Math.log(x);
    const d1 = (lx + drift) / v + 0.5 * v;
    const european = df * normalCdf(v - d1) - x * dq * normalCdf(-d1);
    const premium = Math.max(0, premiumAt(x, lx));
    return Math.max(european + premium, 1 - x, 0);
  };
  if (recent.length >= CACHE_SIZE) recent.pop();
  recent.unshift({ r, q, vol, T, scheme, pricer });
  return pricer;
}
