/**
 * The American put with strike 1, as a function of x = spot/strike. Every American price is
 * built from it: a put scales with its strike (P(S, K) = K·P(S/K, 1)) and a call is a put with
 * spot and strike, rate and yield swapped (McDonald & Schroder, "A parity result for American
 * options", Journal of Computational Finance 1(3), 1998). The boundary is solved once per market,
 * so repricing at a bumped spot (delta, gamma) costs one integral, not a new boundary.
 */
import { normalCdf, normalCdfFast } from '../math/normal';
import { expFast, expSmall, logFast, ratesWithinExpSmall } from '../math/exp-log';
import { barycentricMatrix, gaussLegendre } from './american-quadrature';
import { solvePutBoundary, type PutBoundary } from './american-boundary';
import { schemeFor, type PutScheme } from './american-schemes';
import { putBoundaryAtExpiry, type PutMarket } from './american-qdplus';
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
  readonly terms: PutTerms;
}
/**
 * A ring of the last CACHE_SIZE markets, `newest` the slot written last; compared field by field
 * (no string keys: formatting doubles costs more than a lookup).
 */
const recent: CacheEntry[] = [];
let newest = -1;

function sameScheme(a: PutScheme, b: PutScheme): boolean {
  return a === b || (a.nodes === b.nodes && a.points === b.points && a.naiveSteps === b.naiveSteps && a.premiumPoints === b.premiumPoints &&
    a.newtonSteps === b.newtonSteps && a.phiForm === b.phiForm);
}

function cachedTerms(r: number, q: number, vol: number, T: number, scheme: PutScheme): PutTerms | undefined {
  const size = recent.length;
  for (let n = 0; n < size; n++) {
    const e = recent[(newest - n + size) % size] as CacheEntry; // newest first
    if (e.r === r && e.q === q && e.vol === vol && e.T === T && sameScheme(e.scheme, scheme)) return e.terms;
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
 * The early-exercise premium's market terms (buildPremium) at one spot ratio x, ln x: a
 * module-level function, not a closure per market, so that the optimising compiler compiles it
 * once; a fresh closure's first call would run unoptimised.
 */
function premiumAt(data: readonly number[], x: number, lx: number): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 5) {
    const d1 = lx * (data[i] as number) + (data[i + 1] as number);
    sum += (data[i + 3] as number) * normalCdfFast((data[i + 2] as number) - d1) - x * (data[i + 4] as number) * normalCdfFast(-d1);
  }
  return sum;
}

/**
 * Early-exercise premium terms: ∫₀ᵀ [r·e^{−rt}N(−d2) − q·x·e^{−qt}N(−d1)] dt with d's taken
 * against the boundary B(T − t) (Kim, "The analytic valuation of American options", RFS 3(4),
 * 1990, eq. 9), by Gauss–Legendre in θ with t = T·sin²θ: √t (the d's at t = 0) and √(T − t) (the
 * boundary near expiry, at t = T) are both smooth in θ. The boundary terms are computed once, so
 * each further spot (premiumAt) costs 2·points normal cdfs (the table cdf: its 1e-11 absolute
 * error, times weights summing to less than r·T, is far below the scheme's).
 */
function buildPremium(m: PutMarket, T: number, boundary: PutBoundary, points: number): number[] {
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
  const smallRates = ratesWithinExpSmall(m.r, m.q, T); // t ≤ T
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
    data[5 * i + 3] = scale * m.r * (smallRates ? expSmall(-m.r * t) : expFast(-m.r * t));
    data[5 * i + 4] = scale * m.q * (smallRates ? expSmall(-m.q * t) : expFast(-m.q * t));
  }
  return data;
}

const QUARTER_PI = Math.PI / 4;

/** The market-independent part of the premium rule: t/T = sin²θ, sinθ, the Jacobian in units of T, and the boundary's interpolation weights. */
interface PremiumRule {
  readonly sinSquare: Float64Array;
  readonly sin: Float64Array;
  readonly jacobian: Float64Array;
  readonly interp: readonly number[];
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
    interp: Array.from(barycentricMatrix(z, theta.map((a) => 2 * Math.cos(a) - 1))),
  };
  premiumRules.set(key, rule);
  return rule;
}

/**
 * Early-exercise premiums below this many units of max(1, x) (strike 1) are not computed: 1e-7 on
 * a strike of 100, a thousandth of the schemes' tolerance (1e-4 per 100).
 */
const NEGLIGIBLE_PREMIUM = 1e-9;
const INV_SQRT_2PI = 0.3989422804014327;

/** One market's terms of the collocated put: the premium data (buildPremium, on demand) and the European put's and premium bound's constants. */
interface PutTerms {
  readonly market: PutMarket;
  readonly T: number;
  readonly scheme: PutScheme;
  /** Built at the first spot whose premium the bound cannot neglect. */
  premium: readonly number[] | undefined;
  readonly df: number;
  readonly dq: number;
  /** vol·√T and (r − q)·T. */
  readonly v: number;
  readonly drift: number;
  /** ln B(0+); 1 − e^{−rT}; e^{−qT} − 1 when q < 0, else 0. */
  readonly lnMax: number;
  readonly rateWeight: number;
  readonly yieldWeight: number;
}

/**
 * An upper bound on N(g) for the largest g = (a − μt)/(vol·√t) over t in (0, T], a < 0: g rises
 * while t < −a/μ (always when μ ≤ 0) and falls after, so its maximum is at T or at −a/μ; then
 * N(g) ≤ φ(g)/|g| for g < 0 (the Mills-ratio bound, Gordon 1941), and N(g) ≤ 1 otherwise.
 */
function peakTail(a: number, mu: number, vol: number, T: number): number {
  const t = mu > 0 ? Math.min(T, -a / mu) : T;
  const g = (a - mu * t) / (vol * Math.sqrt(t));
  return g < -1 ? (INV_SQRT_2PI * expFast(-0.5 * g * g)) / -g : 1;
}

/**
 * An upper bound on the early-exercise premium of the put with strike 1 at x = spot/strike, ln x
 * = lx. Kim's premium ∫₀ᵀ [r·e^{−rt}N(−d2) − q·x·e^{−qt}N(−d1)] dt (see buildPremium) with d's
 * against the boundary B(T − t) only grows when B is raised to its supremum B(0+) (N(−d) rises
 * with B), the q-term only adds when q < 0, and each N(−d) is at most its largest value over
 * t in (0, T] (peakTail), so the premium is at most (1 − e^{−rT})·N₂ + x·(e^{−qT} − 1)⁺·N₁.
 * Infinite when x ≤ B(0+), where the bound is of no use.
 */
function premiumBound(m: PutTerms, x: number, lx: number): number {
  const a = m.lnMax - lx;
  if (!(a < 0)) return Infinity;
  const { r, q, vol } = m.market;
  const halfVar = 0.5 * vol * vol;
  let bound = m.rateWeight * peakTail(a, r - q - halfVar, vol, m.T);
  if (m.yieldWeight > 0) bound += x * m.yieldWeight * peakTail(a, r - q + halfVar, vol, m.T);
  return bound;
}

/**
 * The American put of strike 1 at spot ratio x: the European put (Haug §1.1.6) plus the premium,
 * never below intrinsic. With `neglect`, a premium that premiumBound shows to be below
 * NEGLIGIBLE_PREMIUM is left out (and the boundary never solved when every spot asked is such).
 */
function collocatedPut(m: PutTerms, x: number, neglect: boolean): number {
  const lx = logFast(x);
  const d1 = (lx + m.drift) / m.v + 0.5 * m.v;
  const european = m.df * normalCdf(m.v - d1) - x * m.dq * normalCdf(-d1);
  if (neglect && premiumBound(m, x, lx) <= NEGLIGIBLE_PREMIUM * Math.max(1, x)) return Math.max(european, 1 - x, 0);
  let data = m.premium;
  if (data === undefined) {
    data = buildPremium(m.market, m.T, solvePutBoundary(m.market, m.T, m.scheme), m.scheme.premiumPoints ?? 64);
    m.premium = data;
  }
  const premium = Math.max(0, premiumAt(data, x, lx));
  return Math.max(european + premium, 1 - x, 0);
}

/**
 * Builds the American put pricer (strike 1) for rate r, yield q (annual, continuous), vol
 * (annual) and T years, choosing the method by regime: payoff at T = 0; European when early
 * exercise never pays (r ≤ 0 and r ≤ q); the deterministic optimum at vol = 0; BBSR for the
 * double-boundary case q < r < 0; otherwise ALO collocation, where a spot whose premium is
 * provably below NEGLIGIBLE_PREMIUM gets the European value unless `neglect` is false (Greeks by
 * differences want one method on every bumped spot). Never below intrinsic value.
 */
export function buildPutPricer(
  r: number,
  q: number,
  vol: number,
  T: number,
  scheme: PutScheme = schemeFor(r, q, vol, T),
  neglect = true,
): NormalizedPutPricer {
  if (!(T > 0)) return (x) => Math.max(1 - x, 0);
  if (r <= 0 && r <= q) return (x) => Math.max(europeanPut(x, r, q, vol, T), 1 - x, 0);
  if (!(vol > 0)) return (x) => deterministicPut(x, r, q, T);
  // The tree may land a rounding hair below the European value; the American never is.
  if (r < 0 && q < r) return (x) => Math.max(treePut(x, r, q, vol, T), europeanPut(x, r, q, vol, T));
  const cached = cachedTerms(r, q, vol, T, scheme);
  const terms = cached ?? newTerms(r, q, vol, T, scheme);
  if (!cached) {
    newest = (newest + 1) % CACHE_SIZE;
    recent[newest] = { r, q, vol, T, scheme, terms };
  }
  return neglect ? (x) => collocatedPut(terms, x, true) : (x) => collocatedPut(terms, x, false);
}

/** premiumBound for one option: the put with strike 1 at x = spot/strike (rate r, yield q, vol, T years; the collocation regime, r > 0 or q < r = 0). */
export function putPremiumBound(x: number, r: number, q: number, vol: number, T: number): number {
  return premiumBound(newTerms(r, q, vol, T, schemeFor(r, q, vol, T)), x, Math.log(x));
}

function newTerms(r: number, q: number, vol: number, T: number, scheme: PutScheme): PutTerms {
  const market: PutMarket = { strike: 1, r, q, vol };
  return {
    market,
    T,
    scheme,
    premium: undefined,
    df: Math.exp(-r * T),
    dq: Math.exp(-q * T),
    v: vol * Math.sqrt(T),
    drift: (r - q) * T,
    lnMax: Math.log(putBoundaryAtExpiry(market)),
    rateWeight: -Math.expm1(-r * T),
    yieldWeight: q < 0 ? Math.expm1(-q * T) : 0,
  };
}
