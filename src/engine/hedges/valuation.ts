/**
 * The option model a plan's legs were priced with: what a revaluation before expiry needs besides
 * the legs themselves (strike, type, expiry, units) and the cost paid (the ledger).
 */
import type { ExerciseStyle } from '../pricing/option-input';

export interface OptionValuation {
  /** Units of the underlying held before the hedge, signed (> 0 long, < 0 short or owed). */
  readonly quantity: number;
  /** Today's price of the underlying (the plan's axis value today). */
  readonly spot: number;
  /** Risk-free rate, annual, continuous, decimal. */
  readonly r: number;
  /** Continuous yield of the underlying (dividend yield; the foreign rate for FX), decimal. */
  readonly q: number;
  /** Annual volatility the legs were priced with, decimal. */
  readonly volAnnual: number;
  readonly exercise: ExerciseStyle;
}
