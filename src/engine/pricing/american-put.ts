/**
 * The American put with strike 1, as a function of x = spot/strike. Every American price is
 * built from it: a put scales with its strike (P(S, K) = K·P(S/K, 1)) and a call is a put with
 * spot and strike, rate and yield swapped (McDonald & Schroder, "A parity result for American
 * options", Journal of Computational Finance 1(3), 1998). The boundary is solved once per market,
 * so repricing at a bumped spot (delta, gamma) costs one integral, not a new boundary.
 */
import { normalCdf } from '../math/normal';
import { barycentricMatrix, gaussLegendre } from './american-quadrature';
import { solvePutBoundary, type BoundaryScheme, type PutBoundary } from './american-boundary';
import type { PutMarket } from './american-qdplus';
import { treePut } from './american-tree';
import { priceEuropean } from './european';

/**
 * Collocation schemes from fast to thorough. The boundary moves on a time scale that shrinks
 * relative to T as carry·T grows and vol falls, so harder markets need more nodes; each tier was
 * chosen as the cheapest keeping the error below 4e-6 of the strike against a (64, 64, 12)
 * solution on a grid of vol 3–100 %, T 0.02–10 y, r 0–15 %, q −5–12 %, spot/strike 0.7–1.5.
 * The error there is set by the quadrature points and the iterations more than by the nodes:
 * tiers 2–4 once had 12, 16 and 24 nodes, and with 8, 10 and 14 the worst error over 4,500
 * sampled markets stayed 3.7e-6 of the strike (their solves cost about half as much). Tier 1
 * keeps 8: with 6, deep in-the-money puts just inside the exercise region came out ~1e-6 above
 * their intrinsic value.
 */
const TIERS: readonly (BoundaryScheme & { readonly limit: number; readonly premiumPoints: number })[] = [
  { limit: 0.08, nodes: 6, points: 8, naiveSteps: 2, premiumPoints: 32 },
  { limit: 0.12, nodes: 8, points: 12, naiveSteps: 2, premiumPoints: 32 },
  { limit: 0.2, nodes: 8, points: 16, naiveSteps: 3, premiumPoints: 32 },
  { limit: 0.5, nodes: 10, points: 24, naiveSteps: 4, premiumPoints: 48 },
  { limit: 2.7, nodes: 14, points: 32, naiveSteps: 6, premiumPoints: 48 },
  { limit: 8.5, nodes: 40, points: 48, naiveSteps: 8, premiumPoints: 64 },
  { limit: Infinity, nodes: 64, points: 64, naiveSteps: 12, premiumPoints: 64 },
];

/** The cheapest adequate tier for difficulty max(|r|, |q|, |r − q|)·T/√vol (see TIERS). */
function schemeFor(r: number, q: number, vol: number, T: number) {
  const difficulty = (Math.max(Math.abs(r), Math.abs(q), Math.abs(r - q)) * T) / Math.sqrt(vol);
  return TIERS.find((tier) => difficulty < tier.limit) ?? TIERS[TIERS.length - 1]!;
}

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
  readonly scheme: BoundaryScheme & { readonly premiumPoints?: number };
  readonly pricer: NormalizedPutPricer;
}
/** Most recent first; compared field by field (no string keys: formatting doubles costs more than a lookup). */
const recent: CacheEntry[] = [];

function sameScheme(a: BoundaryScheme & { readonly premiumPoints?: number }, b: BoundaryScheme & { readonly premiumPoints?: number }): boolean {
  return a === b || (a.nodes === b.nodes && a.points === b.points && a.naiveSteps === b.naiveSteps && a.premiumPoints === b.premiumPoints);
}

function cachedPricer(r: number, q: number, vol: number, T: number, scheme: BoundaryScheme & { readonly premiumPoints?: number }): NormalizedPutPricer | undefined {
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
 * Early-exercise premium as a function of x: ∫₀ᵀ [r·e^{−rt}N(−d2) − q·x·e^{−qt}N(−d1)] dt with
 * d's taken against the boundary B(T − t) (Kim, "The analytic valuation of American options",
 * RFS 3(4), 1990, eq. 9), by Gauss–Legendre in z = √t, which absorbs the √t behaviour at t = 0.
 * The boundary terms are computed once, so each further spot costs 2·points normal cdfs.
 */
function buildPremium(m: PutMarket, T: number, boundary: PutBoundary, points: number): (x: number) => number {
  const { x: nodes, w } = gaussLegendre(points);
  const interp = premiumInterpolation(boundary.z, points, nodes);
  const size = boundary.z.length;
  const h = boundary.h;
  const half = 0.5 * Math.sqrt(T);
  const shift = new Float64Array(points);
  const v = new Float64Array(points);
  const wr = new Float64Array(points);
  const wq = new Float64Array(points);
  for (let i = 0; i < points; i++) {
    const z = half * ((nodes[i] as number) + 1);
    const t = z * z;
    const scale = (w[i] as number) * 2 * z * half;
    let s = 0;
    for (let c = 0; c < size; c++) s += (interp[i * size + c] as number) * (h[c] as number);
    const logBoundary = boundary.lnMax - Math.sqrt(Math.max(0, s)); // ln B(T − t)
    shift[i] = (m.r - m.q) * t - logBoundary;
    v[i] = m.vol * z;
    wr[i] = scale * m.r * Math.exp(-m.r * t);
    wq[i] = scale * m.q * Math.exp(-m.q * t);
  }
  return (x) => {
    const lx = Math.log(x);
    let sum = 0;
    for (let i = 0; i < points; i++) {
      const vi = v[i] as number;
      const d1 = (lx + (shift[i] as number)) / vi + 0.5 * vi;
      sum += (wr[i] as number) * normalCdf(vi - d1) - x * (wq[i] as number) * normalCdf(-d1);
    }
    return sum;
  };
}

const premiumMatrices = new Map<number, Float64Array>();

/**
 * Interpolation weights of the boundary at the premium's Gauss times: t = T·s², s = (y + 1)/2,
 * needs B at τ = T − t, that is z = 2√(1 − s²) − 1, whatever the market; cached per rule.
 */
function premiumInterpolation(z: Float64Array, points: number, gauss: Float64Array): Float64Array {
  const key = z.length * 4096 + points;
  const cached = premiumMatrices.get(key);
  if (cached) return cached;
  const at = Float64Array.from(gauss, (y) => {
    const s = 0.5 * (y + 1);
    return 2 * Math.sqrt(1 - s * s) - 1;
  });
  const matrix = barycentricMatrix(z, at);
  premiumMatrices.set(key, matrix);
  return matrix;
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
  scheme: BoundaryScheme & { readonly premiumPoints?: number } = schemeFor(r, q, vol, T),
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
  const pricer: NormalizedPutPricer = (x) => {
    const european = europeanPut(x, r, q, vol, T);
    const premium = Math.max(0, premiumAt(x));
    return Math.max(european + premium, 1 - x, 0);
  };
  if (recent.length >= CACHE_SIZE) recent.pop();
  recent.unshift({ r, q, vol, T, scheme, pricer });
  return pricer;
}
