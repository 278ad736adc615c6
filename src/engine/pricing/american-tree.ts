/**
 * Binomial fallback for the one case the boundary solver does not cover: a put with
 * q < r < 0, whose exercise region is a band between two boundaries (Battauz, De Donno &
 * Sbuelz, "Real options and American derivatives: the double continuation region",
 * Management Science 61(5), 2015). Speed matters less there: such markets are rare.
 */
import { priceEuropean } from './european';

/** Steps of the finer tree; the coarser one has half as many. */
const FINE_STEPS = 1200;

/**
 * Cox–Ross–Rubinstein tree whose last step is replaced by the Black–Scholes value (BBS) for a
 * put with strike 1 on spot x, rate r, yield q, vol σ > 0, T years (Broadie & Detemple,
 * "American option valuation: new bounds, approximations, and a comparison of existing
 * methods", Review of Financial Studies 9(4), 1996).
 */
function smoothedTreePut(x: number, r: number, q: number, vol: number, T: number, steps: number): number {
  const dt = T / steps;
  const up = Math.exp(vol * Math.sqrt(dt));
  const pUp = (Math.exp((r - q) * dt) - 1 / up) / (up - 1 / up);
  const disc = Math.exp(-r * dt);
  const a = disc * pUp;
  const c = disc * (1 - pUp);
  const up2 = up * up;
  const values = new Float64Array(steps);
  let s = x * Math.pow(up, -(steps - 1));
  for (let j = 0; j < steps; j++) {
    const cont = priceEuropean({ type: 'put', spot: s, strike: 1, r, b: r - q, t: dt, vol }).price;
    values[j] = Math.max(cont, 1 - s);
    s *= up2;
  }
  for (let i = steps - 2; i >= 0; i--) {
    s = x * Math.pow(up, -i);
    for (let j = 0; j <= i; j++) {
      const cont = a * (values[j + 1] as number) + c * (values[j] as number);
      values[j] = Math.max(cont, 1 - s);
      s *= up2;
    }
  }
  return values[0] as number;
}

/**
 * American put (strike 1, spot x) by BBS with two-point Richardson extrapolation, BBSR
 * (Broadie & Detemple 1996, §3): 2·V(N) − V(N/2). Never below intrinsic value.
 */
export function treePut(x: number, r: number, q: number, vol: number, T: number): number {
  const fine = smoothedTreePut(x, r, q, vol, T, FINE_STEPS);
  const coarse = smoothedTreePut(x, r, q, vol, T, FINE_STEPS / 2);
  return Math.max(2 * fine - coarse, 1 - x, 0);
}
