/**
 * The lognormal model of a price at a future date (Hull, "Options, Futures, and Other Derivatives",
 * 10th ed., §15.1, eq. 15.3): ln S_T ~ N(ln S0 + (μ − σ²/2)T, σ²T), with μ the drift (the
 * expected return, or r − q in the risk-neutral world), σ the annual volatility, T in years.
 */
import { europeanValuation } from '../pricing/european';
import { inverseNormalCdf, normalCdf } from './normal';

/** P(S_T < x). With σ√T = 0 the price is S0·e^{μT} for sure. */
export function lognormalBelow(spot: number, drift: number, vol: number, years: number, x: number): number {
  if (!(x > 0)) return 0;
  const sd = vol * Math.sqrt(years);
  const mean = Math.log(spot) + (drift - 0.5 * vol * vol) * years;
  if (!(sd > 0)) return Math.log(x) > mean ? 1 : 0;
  return normalCdf((Math.log(x) - mean) / sd);
}

/** P(lo < S_T < hi); hi may be Infinity. */
export function lognormalBetween(spot: number, drift: number, vol: number, years: number, lo: number, hi: number): number {
  const upper = hi === Infinity ? 1 : lognormalBelow(spot, drift, vol, years, hi);
  return Math.max(0, upper - lognormalBelow(spot, drift, vol, years, lo));
}

/** The price S_T below which it ends with probability p (0 < p < 1): S0·e^{(μ − σ²/2)T + σ√T·Φ⁻¹(p)}. */
export function lognormalQuantile(spot: number, drift: number, vol: number, years: number, p: number): number {
  return spot * Math.exp((drift - 0.5 * vol * vol) * years + vol * Math.sqrt(years) * inverseNormalCdf(p));
}

/**
 * E[max(S_T − K, 0)] (call) or E[max(K − S_T, 0)] (put) at T, not discounted: the generalized
 * Black–Scholes–Merton formula with r = 0 and cost of carry b = μ (Haug 2nd ed. §1.1.6), i.e.
 * S0·e^{μT}·N(d1) − K·N(d2) for a call (Hull §15.8's expectation, before discounting).
 */
export function lognormalExpectedPayoff(type: 'call' | 'put', spot: number, strike: number, drift: number, vol: number, years: number): number {
  return europeanValuation(type === 'call', spot, strike, 0, drift, years, vol, false).price;
}
