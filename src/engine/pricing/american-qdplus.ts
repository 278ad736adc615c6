/**
 * QD+ approximation of the American put's early-exercise boundary at the collocation nodes
 * (Li, "Analytical approximations for the critical stock prices of American options",
 * Quantitative Finance 10(1), 2010). It is only the starting guess for the fixed-point solver
 * in american-boundary.ts, so a rough answer is acceptable; a wrong one is not, hence the
 * fallback to the τ → 0 limit whenever Halley's iteration fails.
 */
import { normalCdfFast, normalPdfFast } from '../math/normal';
import { expSmall, logFast, ratesWithinExpSmall } from '../math/exp-log';

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

/**
 * r / (1 − e^{−rτ}) from dr = e^{−rτ}, continuous at r = 0 where it tends to 1/τ (keeps QD+ finite
 * at r = 0): below rτ = 1e-4 by its series (1 + rτ/2)/τ, relative error under (rτ)²/12 < 1e-9;
 * above, 1 − dr loses at most 1e-12 of its digits. A start for the solver, so ample.
 */
function rateOverAnnuity(r: number, tau: number, dr: number): number {
  const x = r * tau;
  return Math.abs(x) < 1e-4 ? (1 + 0.5 * x) / tau : r / (1 - dr);
}

/**
 * QD+ boundary S*(τ) for a put at each collocation node τ_i = T·tauFrac[i], i = 1…size − 1, written
 * as H_i = ln(S*(τ_i)/B(0+))² into h (the solver's start; h[0] is left alone). S* is the root of
 * F(S) = (1 − e^{−qτ}N(−d1))S − β(K − S − p) + 2Θ/(σ²(2λ + ω − 1)), Li (2010) eqs. 20–25 with c0
 * expanded, by Halley's method as QuantLib's QdPlusAmericanEngine solves it, started from ln S*
 * extrapolated linearly in √τ through the two previous nodes' roots (through B(0+) and the first
 * root for the second node): fewer steps. One call per market, so its constants are computed once
 * and no number is boxed between nodes. T in years; tauFrac increasing, in (0, 1].
 */
export function qdPlusPutBoundaries(m: PutMarket, T: number, tauFrac: Float64Array, size: number, h: number[]): void {
  const xMax = putBoundaryAtExpiry(m);
  const { strike: k, r, q, vol } = m;
  const s2 = vol * vol;
  const invS2 = 1 / s2;
  const omega = 2 * (r - q) * invS2;
  const logK = Math.log(k);
  const xMin = 1e-12 * xMax;
  const smallRates = ratesWithinExpSmall(r, q, T); // τ ≤ T
  let guess = xMax;
  let lastLog = 0; // ln(S*/B(0+)) at the previous node
  let lastRoot = 0; // √(τ/T) there
  for (let i = 1; i < size; i++) {
    const tf = tauFrac[i] as number;
    const root = Math.sqrt(tf);
    let x = guess;
    if (i >= 2) {
      const prevRoot = i >= 3 ? Math.sqrt(tauFrac[i - 2] as number) : 0;
      const prevLog = i >= 3 ? -Math.sqrt(h[i - 2] as number) : 0;
      const slope = (lastLog - prevLog) / (lastRoot - prevRoot);
      x = xMax * Math.exp(lastLog + slope * (root - lastRoot));
    }
    if (!(x > 0 && x < xMax)) x = xMax;
    const tau = T * tf;
    const v = vol * Math.sqrt(tau);
    const dr = smallRates ? expSmall(-r * tau) : Math.exp(-r * tau);
    const dq = smallRates ? expSmall(-q * tau) : Math.exp(-q * tau);
    const rh = rateOverAnnuity(r, tau, dr);
    const disc = Math.sqrt((omega - 1) * (omega - 1) + 8 * rh * invS2);
    const lambda = 0.5 * (-(omega - 1) - disc);
    const den = 2 * lambda + omega - 1;
    const thetaScale = (2 * invS2) / den;
    const beta = dr * rh * thetaScale + (4 * dr * rh * rh * invS2 * invS2) / (den * den * disc) - lambda;
    // Per-τ constants, so that each Halley step needs one log and three divisions.
    const invV = 1 / v;
    const halfInvTau = 0.5 / tau;
    const logShift = (r - q) * tau - logK; // ln(e^{−qτ}/(K·e^{−rτ}))
    const carryOverV = (r - q) * invV;
    for (let iter = 0; iter < 20; iter++) {
      const s = Math.max(x, xMin);
      const dp = (logFast(s) + logShift) * invV + 0.5 * v;
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
      if (Math.abs(step) < 1e-6 * k || Math.abs(step) < 1e-2 * (xMax - x)) break;
    }
    guess = Number.isFinite(x) && x > 0 && x <= xMax ? x : xMax;
    const l = Math.log(guess / xMax);
    h[i] = Number.isFinite(l) ? l * l : 0;
    lastLog = -Math.sqrt(h[i] as number);
    lastRoot = root;
  }
}
