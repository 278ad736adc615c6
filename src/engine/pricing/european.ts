/**
 * European options in the generalized Black–Scholes–Merton model with cost of carry b (Haug, "The
 * Complete Guide to Option Pricing Formulas", 2nd ed., §1.1.6; Greeks §2.1). One formula covers
 * Black–Scholes–Merton with a continuous yield q (b = r − q), Garman–Kohlhagen FX options (q = the
 * foreign rate) and Black-76 options on futures (b = 0).
 */
import { normalCdf, normalCdfWithPdf, normalPdf } from '../math/normal';
import type { ModelParams, Valuation } from './types';

/**
 * What rho holds fixed when r moves: 'bsm' keeps q fixed, so b = r − q moves with r; 'black76'
 * keeps b = 0 fixed (the underlying is a futures price, which does not move with r).
 */
export type RhoMode = 'bsm' | 'black76';

/** √(2π)⁻¹ = φ(0): the density at the money forward, used by the zero-volatility vega limit. */
const PDF_AT_ZERO = 0.3989422804014327;

/**
 * Price and per-unit Greeks of a European call or put (Haug 2nd ed. §1.1.6, §2.1):
 * c = S·e^{(b−r)t}·N(d1) − K·e^{−rt}·N(d2), p = K·e^{−rt}·N(−d2) − S·e^{(b−r)t}·N(−d1),
 * d1 = (ln(S/K) + (b + σ²/2)t)/(σ√t), d2 = d1 − σ√t. Units: spot and strike in price units, r and b
 * annual continuous decimals, t in years, vol annual decimal. Vega per 1.00 of vol, rho per 1.00 of
 * r (see `RhoMode`), theta = value change per year of calendar time (negative for a decaying option).
 *
 * Limits, never NaN: at t = 0 the value is the payoff, delta a step (½ exactly at the money, the
 * mean of its one-sided limits and the limit of N(d1) as t → 0), gamma, vega, theta and rho 0.
 * At σ = 0 the value is the discounted payoff on the forward, max(±(S·e^{(b−r)t} − K·e^{−rt}), 0),
 * with the one-sided Greeks of that limit (½-weights exactly at the money forward).
 */
export function priceEuropean(p: ModelParams, rhoMode: RhoMode = 'bsm'): Valuation {
  return europeanValuation(p.type === 'call', p.spot, p.strike, p.r, p.b, p.t, p.vol, rhoMode === 'black76');
}

/**
 * `priceEuropean` on plain numbers (no parameter object): the validated public entry calls it
 * straight from the fields it checked, so a price allocates nothing but its result.
 */
export function europeanValuation(isCall: boolean, spot: number, strike: number, r: number, b: number, t: number, vol: number, black76: boolean): Valuation {
  if (!(t > 0)) return atExpiry(isCall, spot, strike);
  const sqrtT = Math.sqrt(t);
  const v = vol * sqrtT;
  const carry = Math.exp((b - r) * t); // e^{(b−r)t}: the spot's discount by the yield
  const df = Math.exp(-r * t);
  const ratio = spot / strike;
  // ln(F/K); the difference of logs only when S/K itself would overflow or underflow.
  const x = (ratio > 0 && ratio < Infinity ? Math.log(ratio) : Math.log(spot) - Math.log(strike)) + b * t;
  const sign = isCall ? 1 : -1;

  // N(±d1), N(±d2) and φ(d1): the only place the zero-volatility limit differs from the formula.
  let n1: number, n2: number, pdf1: number, gamma: number;
  if (v > 0) {
    const d1 = x / v + 0.5 * v;
    const d2 = d1 - v;
    pdf1 = normalPdf(d1);
    // φ(d2) = φ(d1)·F/K exactly (d2²/2 = d1²/2 − ln(F/K)), F/K = (S/K)·e^{bt}: one exp serves
    // both cdfs where normalCdfWithPdf uses it; where the product under- or overflows, the plain cdf.
    const pdf2 = (pdf1 * ratio * carry) / df;
    n1 = normalCdfWithPdf(sign * d1, pdf1);
    n2 = pdf2 > 0 && pdf2 < 1 ? normalCdfWithPdf(sign * d2, pdf2) : normalCdf(sign * d2);
    gamma = pdf1 === 0 ? 0 : (carry * pdf1) / (spot * v);
  } else {
    // σ√t → 0: d1, d2 → ±∞ by the sign of ln(F/K), both → 0 exactly at the money forward.
    const inTheMoney = sign * x;
    n1 = n2 = inTheMoney > 0 ? 1 : inTheMoney < 0 ? 0 : 0.5;
    pdf1 = x === 0 ? PDF_AT_ZERO : 0;
    gamma = 0; // a Dirac mass at the money forward: reported as 0, never as ∞
  }

  const sPart = spot * carry * n1;
  const kPart = strike * df * n2;
  // Rounding can push a far out-of-the-money value a hair below zero; a price never is.
  const price = Math.max(sign * (sPart - kPart), 0);
  const delta = sign * carry * n1;
  const vega = spot * carry * pdf1 * sqrtT;
  const theta = -(spot * carry * pdf1 * vol) / (2 * sqrtT) - sign * ((b - r) * sPart + r * kPart);
  const rho = black76 ? -t * price : sign * t * kPart;
  return { price, delta, gamma, vega, theta, rho };
}

/** Value and Greeks at expiry: the payoff, with delta ½ (call) or −½ (put) exactly at the strike. */
function atExpiry(isCall: boolean, spot: number, strike: number): Valuation {
  const diff = isCall ? spot - strike : strike - spot;
  const step = diff > 0 ? 1 : diff < 0 ? 0 : 0.5;
  return { price: Math.max(diff, 0), delta: isCall ? step : -step, gamma: 0, vega: 0, theta: 0, rho: 0 };
}
