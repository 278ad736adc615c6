/**
 * Greeks of the hedged position: the pricing engine's per-unit Greeks of each option leg, times
 * its units and side, plus the position itself (delta 1 per unit). Shown in the UI's units —
 * vega per 1 volatility point, theta per calendar day, rho per 1 % of rate (the engine's are per
 * 1.00 of volatility, per year and per 1.00 of rate; Hull, Options, Futures, and Other
 * Derivatives, ch. 19). This module is where those conversions happen.
 */
import type { ExerciseStyle, HedgePlan } from '../engine';
import type { EngineApi } from './kind';

export interface PositionGreeks {
  /** Units held before the hedge (signed): the unhedged position's delta. */
  readonly quantity: number;
  /** Units of the underlying the hedged position behaves like (shares, tonnes, currency units). */
  readonly delta: number;
  /** Change of delta per 1 unit of the underlying's price. */
  readonly gamma: number;
  /** Value change, in the position currency, per 1 volatility point (0.01). */
  readonly vegaPerVolPoint: number;
  /** Value change per calendar day that passes (negative: time decay costs). */
  readonly thetaPerDay: number;
  /** Value change per 1 % rise of the interest rate. */
  readonly rhoPerPercent: number;
}

export interface GreeksMarket {
  readonly spot: number;
  /** Annual, continuous, decimal; `q` is the dividend yield, or the foreign rate for FX. */
  readonly r: number;
  readonly q: number;
  readonly vol: number;
  readonly exercise: ExerciseStyle;
}

const VOL_POINT = 0.01;
const DAYS_PER_YEAR = 365;
const PERCENT = 0.01;

/** Per-unit engine Greeks to the UI's units. */
export function toDisplayUnits(quantity: number, g: { delta: number; gamma: number; vega: number; theta: number; rho: number }): PositionGreeks {
  return { quantity, delta: g.delta, gamma: g.gamma, vegaPerVolPoint: g.vega * VOL_POINT, thetaPerDay: g.theta / DAYS_PER_YEAR, rhoPerPercent: g.rho * PERCENT };
}

/**
 * The hedged position's Greeks (`quantity` units held, signed, plus every option leg of the
 * plan), or null when the plan has no option leg or a leg cannot be priced.
 */
export function positionGreeks(plan: HedgePlan, quantity: number, m: GreeksMarket, engine: Pick<EngineApi, 'priceOption'>): PositionGreeks | null {
  const sum = { delta: quantity, gamma: 0, vega: 0, theta: 0, rho: 0 };
  let options = 0;
  for (const leg of plan.legs) {
    if (leg.optionType === undefined || leg.strike === undefined || leg.expiryYears === undefined) continue;
    const priced = engine.priceOption({ type: leg.optionType, exercise: m.exercise, spot: m.spot, strike: leg.strike, r: m.r, q: m.q, t: leg.expiryYears, vol: m.vol });
    if (!priced.ok) return null;
    const units = (leg.side === 'buy' ? 1 : -1) * leg.contracts * leg.contractSize;
    sum.delta += units * priced.value.delta;
    sum.gamma += units * priced.value.gamma;
    sum.vega += units * priced.value.vega;
    sum.theta += units * priced.value.theta;
    sum.rho += units * priced.value.rho;
    options++;
  }
  return options > 0 ? toDisplayUnits(quantity, sum) : null;
}
