/**
 * The European implied-volatility kernel on the normalized Black price (Jäckel, "Let's be
 * rational", Wilmott 2015, §2): with x = ln(F/K) and total volatility v = σ√t, an out-of-the-money
 * call is worth b(x, v) = e^{x/2}·N(x/v + v/2) − e^{−x/2}·N(x/v − v/2) per √(F·K) of undiscounted
 * value. Every European call or put reduces to this one function of two numbers.
 */
import { normalCdfWithPdf, normalPdf } from '../math/normal';

const MAX_ITERATIONS = 100;
/**
 * A Halley step shorter than this (relative) leaves an error of order its cube (≈ 1e-15): converged.
 * A Newton step (the fallback when Halley's correction is too large) leaves the square of its
 * length, so it must be shorter. Bisection steps stop only when the bracket itself is this narrow.
 */
const STEP_TOLERANCE = 1e-5;
const NEWTON_STEP_TOLERANCE = 1e-9;
const BRACKET_TOLERANCE = 1e-15;

/**
 * Corrado & Miller (1996), "A note on a simple, accurate formula to compute implied standard
 * deviations", J. Banking & Finance 20, eq. (10), in normalized units (S·e^{(b−r)t} → e^{x/2},
 * K·e^{−rt} → e^{−x/2}, passed as s = e^{x/2}): a start within a few per cent near the money; NaN when it has no real root.
 */
function corradoMiller(s: number, beta: number): number {
  const k = 1 / s;
  const half = beta - 0.5 * (s - k);
  const disc = half * half - ((s - k) * (s - k)) / Math.PI;
  return (Math.sqrt(2 * Math.PI) / (s + k)) * (half + Math.sqrt(disc));
}

/**
 * Start for a small beta, far below b(x, v_c), where the Corrado–Miller formula has no root: with
 * Mills' ratio to leading order, b ≈ e^{x/2}·φ(d1)·v³/(x² − v⁴/4) (both N terms of b are in the far
 * left tail, e^{x/2}φ(d1) = e^{−x/2}φ(d2)), so d1 = −√A with A = 2(x/2 − ln √(2π) + ln(v³/(x² − v⁴/4))
 * − ln beta), and v = √(A − 2x) − √A; three fixed-point passes from v_c/4. Within a few per cent
 * where it is used, against a start at v_c that is often several times too large. NaN if no start.
 */
function lowerRegionGuess(x: number, beta: number, vc: number): number {
  const c = 0.5 * x - 0.5 * Math.log(2 * Math.PI) - Math.log(beta);
  let v = 0.25 * vc;
  for (let k = 0; k < 3; k++) {
    const a = 2 * (c + Math.log((v * v * v) / (x * x - 0.25 * v * v * v * v)));
    if (!(a > 0)) return Number.NaN;
    v = Math.sqrt(a - 2 * x) - Math.sqrt(a);
  }
  return v < vc ? v : Number.NaN;
}

/**
 * Total volatility v = σ√t with b(x, v) = beta, for x <= 0 and 0 < beta < e^{x/2}; returns
 * +∞ when even v = vMax is not enough, NaN never. Safeguarded Halley iteration from the
 * Corrado–Miller start (or the inflection point v_c = √(2|x|) of b, Jäckel 2015 §3, when that
 * formula fails). Below v_c, where b is exponentially flat, it iterates on ln b instead, which is
 * close to linear in 1/v². A bracket [lo, hi] is kept; a step that leaves it becomes bisection.
 */
/** The normalized Black price b(x, v) of an out-of-the-money option (x <= 0), for checking a solution. */
export function normalizedBlack(x: number, v: number): number {
  const d1 = x / v + 0.5 * v;
  const ex = Math.exp(0.5 * x);
  return Math.max(ex * normalCdfWithPdf(d1, normalPdf(d1)) - normalCdfWithPdf(d1 - v, normalPdf(d1 - v)) / ex, 0);
}

export function solveNormalizedVol(x: number, beta: number, vMax: number): number {
  let lo = 0;
  let hi = vMax;
  let hiChecked = false; // whether b(hi) >= beta is known
  const vc = Math.sqrt(-2 * x);
  const ex = Math.exp(0.5 * x);
  const guess = corradoMiller(ex, beta);
  const low = guess > 0 ? Number.NaN : lowerRegionGuess(x, beta, vc);
  let v = guess > 0 && guess < vMax ? guess : low > 0 && low < vMax ? low : vc > 0 ? Math.min(vc, vMax) : 0.5 * vMax;
  const logTarget = Math.log(beta);
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    if (!(v > lo && v < hi)) v = v >= hi && !hiChecked ? hi : 0.5 * (lo + hi);
    const d1 = x / v + 0.5 * v;
    const d2 = d1 - v;
    // One exp for φ(d1), N(d1) and N(d2), as e^{x/2}·φ(d1) = e^{−x/2}·φ(d2) gives φ(d2) = e^{x}·φ(d1)
    // (while φ(d1) is a normal double; a subnormal one has lost the digits to scale).
    const pdf1 = normalPdf(d1);
    const pdf2 = pdf1 > 1e-280 ? pdf1 * ex * ex : normalPdf(d2);
    const value = Math.max(ex * normalCdfWithPdf(d1, pdf1) - normalCdfWithPdf(d2, pdf2) / ex, 0);
    if (value === beta) return v;
    if (value < beta) lo = v;
    else {
      hi = v;
      hiChecked = true;
    }
    if (v === vMax && value < beta) return Number.POSITIVE_INFINITY;
    const vega = ex * pdf1;
    const curvature = (d1 * d2) / v; // b''/b' (the normalized vomma over vega)
    let f: number, f1: number, f2: number;
    if (v <= vc && value > 0) {
      // g = ln b − ln beta: g' = b'/b, g'' = b''/b − (b'/b)².
      const ratio = vega / value;
      f = Math.log(value) - logTarget;
      f1 = ratio;
      f2 = ratio * curvature - ratio * ratio;
    } else {
      f = value - beta;
      f1 = vega;
      f2 = vega * curvature;
    }
    const newton = f / f1;
    const halley = newton / (1 - (0.5 * newton * f2) / f1);
    const useHalley = Number.isFinite(halley) && Math.abs(halley) <= 2 * Math.abs(newton);
    const step = useHalley ? halley : newton;
    const next = f1 > 0 && Number.isFinite(step) ? v - step : Number.NaN;
    // Converged: also when the step lands on a bracket end (a zero step at v = hi, say, after
    // ln b rounded to ln beta exactly), which bisection would otherwise crawl towards.
    if (next >= lo && next <= hi && Math.abs(next - v) <= (useHalley ? STEP_TOLERANCE : NEWTON_STEP_TOLERANCE) * v) return next;
    if (hi - lo <= BRACKET_TOLERANCE * hi) return v;
    v = next;
  }
  return v;
}
