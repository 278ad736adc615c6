import type { HedgePlan } from '../../engine';
import type { Mode } from '../scenario';
import type { Explanation } from './explain';
import type { PositionGreeks } from './greeks';

/** One hedge of the comparison: its plan when it could be computed, else why not. */
export interface HedgeResult {
  /** Stable id (the plan kind, or kind + variant). */
  readonly id: string;
  /** Short name for tables and tabs, e.g. "Protective put". */
  readonly name: string;
  readonly plan: HedgePlan | null;
  /** Plain messages when the plan could not be computed. */
  readonly errors: readonly string[];
  /** Explanations of the figures shown, by figure key (e.g. 'premium', 'contracts'). */
  readonly explanations: Readonly<Record<string, Explanation>>;
  /** Greeks of the hedged position, for option hedges (computed when first read). */
  readonly greeks?: PositionGreeks | null;
}

/** Everything the results panel of one mode shows, derived from the scenario. */
export interface ModeResult {
  readonly mode: Mode;
  readonly currency: string;
  /** Today's price (or rate) of the hedged exposure: the chart's reference line. */
  readonly spot: number | null;
  /** X-axis label of the payoff chart, and the unit of `spot`. */
  readonly xLabel: string;
  readonly xIsRate: boolean;
  /** Short name of the x quantity for table headings: "Price", "Spot rate", "Rate". */
  readonly xName: string;
  readonly hedges: readonly HedgeResult[];
  /** Field errors by scenario path ('fx.spot'), shown next to the fields. */
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** Value of the rest of the portfolio (stock mode), added for the whole-portfolio curve. */
  readonly restOfPortfolioValue: number;
  /** Horizon of the hedge in years (date slider range). */
  readonly horizonYears: number | null;
}
