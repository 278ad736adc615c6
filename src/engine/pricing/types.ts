/**
 * Validated model parameters in the generalized Black–Scholes–Merton form (Haug, "The Complete
 * Guide to Option Pricing Formulas", 2nd ed., §1.1.6): cost of carry b = r − q for a stock or
 * index with continuous yield q (FX: q = foreign rate), b = 0 for an option on a futures price
 * (Black-76). Every pricing method takes this one shape.
 */
export type OptionType = 'call' | 'put';

export interface ModelParams {
  readonly type: OptionType;
  /** Underlying price today (spot, or the futures price when b = 0). */
  readonly spot: number;
  readonly strike: number;
  /** Risk-free rate, annual, continuously compounded, decimal. */
  readonly r: number;
  /** Cost of carry, annual, continuous: r − q for BSM, 0 for Black-76. */
  readonly b: number;
  /** Years to expiry, >= 0. */
  readonly t: number;
  /** Annual volatility, decimal, >= 0. */
  readonly vol: number;
}

/**
 * Price and Greeks per unit: vega per 1.00 of volatility, rho per 1.00 of rate (r, holding b's
 * dependence on r as the model defines it: q fixed for BSM, b = 0 fixed for Black-76), theta =
 * value change per year as time passes (negative for a decaying long option).
 */
export interface Valuation {
  readonly price: number;
  readonly delta: number;
  readonly gamma: number;
  readonly vega: number;
  readonly theta: number;
  readonly rho: number;
}
