/**
 * How a hedge of the target enters the portfolio risk panel: the engine's micro-hedge input for the
 * parametric report, and how the Monte Carlo values it (exactly, by the plan's value table on the
 * target's price axis; or linearly). Declared by each kind module; the risk panel only reads it.
 */
import type { MicroHedge } from '../engine';

export interface RiskMapping {
  readonly micro: MicroHedge;
  /** Plain note on how the hedge is modelled in the parametric view. */
  readonly note: string;
  /** Monte Carlo: 'table' revalues the plan on the target's price axis; 'linear' scales the target; 'proxy' adds a short proxy. */
  readonly simulation: 'table' | 'linear' | 'proxy';
}

const clamp = (x: number, lo: number, hi: number) => (Number.isFinite(x) ? Math.min(hi, Math.max(lo, x)) : lo);

/** Option hedge: the delta it removes from the target (linear view); the Monte Carlo values the options exactly. */
export function optionRisk(hedgedDelta: number, quantity: number): RiskMapping {
  const fraction = quantity !== 0 ? clamp(1 - hedgedDelta / quantity, 0, 2) : 0;
  return {
    micro: { kind: 'reduce', hedgedFraction: fraction },
    note: 'Linear view: the option hedge removes its delta of the target exposure. The Monte Carlo below values the options exactly.',
    simulation: 'table',
  };
}

/** A hedge in the target itself (short sale, futures on it): removes the units it covers. */
export function unitsRisk(hedgedUnits: number, quantity: number): RiskMapping {
  const fraction = quantity !== 0 ? clamp(Math.abs(hedgedUnits) / Math.abs(quantity), 0, 2) : 0;
  return { micro: { kind: 'reduce', hedgedFraction: fraction }, note: 'The hedge removes the units it covers from the target exposure.', simulation: 'linear' };
}

/** A proxy hedge: a short position in correlated futures, worth `hedgeValue` against a target worth `targetValue`. */
export function proxyRisk(hedgeValue: number, targetValue: number, sigmaFAnnualFraction: number, correlation: number, label: string): RiskMapping {
  const ratio = targetValue !== 0 ? hedgeValue / targetValue : 0;
  return {
    micro: { kind: 'cross', hedgeRatio: Number.isFinite(ratio) ? ratio : 0, hedgeVolAnnual: sigmaFAnnualFraction > 0 ? sigmaFAnnualFraction : 0.2, correlationWithTarget: correlation, label },
    note: 'The proxy hedge is a short position in the correlated futures; its other correlations follow from its correlation with the target.',
    simulation: 'proxy',
  };
}
