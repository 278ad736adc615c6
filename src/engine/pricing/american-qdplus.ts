/**
 * QD+ approximation of the American put's early-exercise boundary at one time to expiry
 * (Li, "Analytical approximations for the critical stock prices of American options",
 * Quantitative Finance 10(1), 2010). It is only the starting guess for the fixed-point solver
 * in american-boundary.ts, so a rough answer is acceptable; a wrong one is not, hence the
 * fallback to the τ → 0 limit whenever Halley's iteration fails.
 */
import { normalCdfFast, normalPdfFast } from '../math/normal';

/** Put-side market inputs in the put-call-symmetric form: r = rate, q = yield, vol > 0. */
export interface PutMarket {
  readonly strike: number;
  readonly r: number;
  readonly q: number;
  readonly vol: number;
}

/**
 * Boundary just before expiry, B(0+) = K·min(1, r/q) for q > 0 and K otherwise (Kim 1990;
 * Andersen, Lake & Offengeld 2016, eq. 9): where r·K − q·S stops being positive.
 */
export function putBoundaryAtExpiry(m: PutMarket): number {
  return m.q > 0 && m.r < m.q ? (m.strike * m.r) / m.q : m.strike;
}

/** r / (1 − e^{−rτ}), continuous at r = 0 where it tends to 1/τ (keeps QD+ finite at r = 0). */
function rateOverAnnuity(r: number, tau: number): number {
  const x = r * tau;
  return Math.abs(x) < 1e-12 ? 1 / tau : r / -Math.expm1(-x);
}

/**
 * QD+ boundary S*(τ) for a put: root of F(S) = (1 − e^{−qτ}N(−d1))S − β(K − S − p) +
 * 2Θ/(σ²(2λ + ω − 1)), Li (2010) eqs. 20–25 with c0 expanded, solved by Halley's method from
 * B(0+) as QuantLib's QdPlusAmericanEngine does, or from `start` when given (the solver passes
 * the root at the previous, shorter τ: between B(0+) and this root, so fewer steps reach it).
 * Units: τ in years; returns a price.
 */
export function qdPlusPutBoundary(m: PutMarket, tau: number, start?: number): number {
  const xMax = putBoundaryAtExpiry(m);
  if (!(tau > 0)) return xMax;
  const { strike: k, r, q, vol } = m;
  const s2 = vol * vol;
  const v = vol * Math.sqrt(tau);
  const dr = Math.exp(-r * tau);
  const dq = Math.exp(-q * tau);
  const omega = (2 * (r - q)) / s2;
  const rh = rateOverAnnuity(r, tau);
  const root = Math.sqrt((omega - 1) * (omega - 1) + (8 * rh) / s2);
  const lambda = 0.5 * (-(omega - 1) - root);
  const den = 2 * lambda + omega - 1;
  const thetaScale = 2 / (s2 * den);
  const beta = (2 * dr * rh) / (s2 * den) + (4 * dr * rh * rh) / (s2 * s2 * den * den * root) - lambda;
  const xMin = 1e-12 * xMax;
  // Per-τ constants, so that each Halley step needs one log and three divisions.
  const invV = 1 / v;
  const halfInvTau = 0.5 / tau;
  const logShift = (r - q) * tau - Math.log(k); // ln(e^{−qτ}/(K·e^{−rτ}))
  const carryOverV = (r - q) * invV;

  let x = start !== undefined && start > 0 && start < xMax ? start : xMax;
  for (let iter = 0; iter < 20; iter++) {
    const s = Math.max(x, xMin);
    const dp = (Math.log(s) + logShift) * invV + 0.5 * v;
    const dm = dp - v;
    // Only a starting guess: the table cdf and density (absolute errors < 1e-11 and 1e-9) are ample.
    const nDp = normalCdfFast(-dp);
    const nDm = normalCdfFast(-dm);
    const pdf = normalPdfFast(dp);
    const dqNDp = dq * nDp;
    const dqPdfOverV = dq * pdf * invV;
    const put = dr * k * nDm - s * dqNDp;
    const theta = r * k * dr * nDm - q * s * dqNDp - 0.5 * s2 * s * dqPdfOverV;
    const f = (1 - dqNDp) * s - beta * (k - s - put) + thetaScale * theta;
    const charm = -dq * (pdf * (carryOverV - dm * halfInvTau) + q * nDp);
    const f1 = 1 - dqNDp + dqPdfOverV + beta * (1 - dqNDp) + thetaScale * charm;
    const gamma = dqPdfOverV / s;
    const colour = gamma * (q + carryOverV * dp + (1 - dp * dm) * halfInvTau);
    const f2 = gamma * (1 - dp * invV) + beta * gamma + thetaScale * colour;
    const step = (f * f1) / (f1 * f1 - 0.5 * f * f2);
    if (!Number.isFinite(step)) break;
    x = Math.max(xMin, s - step);
    // Converged when the step is tiny against K or against the distance to B(0+), the scale the
    // solver reads (ln(B/B(0+))²): Halley's cubic convergence leaves about 1e-6 of it, far below
    // the QD+ approximation's own error (a start only; the fixed point removes it).
    if (Math.abs(step) < 1e-6 * k || Math.abs(step) < 1e-2 * (xMax - x)) {
      return x > 0 && x <= xMax ? x : xMax;
    }
  }
  return Number.isFinite(x) && x > 0 && x <= xMax ? x : xMax;
}
