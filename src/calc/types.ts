/** What the calculation layer hands the UI: one result per hedge kind, grouped by mode. */
import type { HedgePlan, Money, PlanAxis } from '../engine';
import type { Mode } from '../state/scenario';
import type { Explanation } from './explain';
import type { PositionGreeks } from './greeks';
import type { RiskMapping } from './risk-mapping';
import type { PortfolioValues } from './portfolio';

export type { PlanAxis };

export type FigureFormat = 'money' | 'price' | 'percent' | 'number' | 'rate';

/** One headline figure of a plan: a number with its format, or an exact amount of money. */
export type KindFigure =
  | { readonly key: string; readonly label: string; readonly value: number; readonly format: FigureFormat }
  | { readonly key: string; readonly label: string; readonly money: Money };

/** One cell of a kind's table: plain text, a formatted number, or exact money. */
export type KindCell = string | { readonly value: number; readonly format: FigureFormat } | { readonly money: Money };

/** A table a kind adds below its figures (a choice of contract counts, a reset schedule, caplets). */
export interface KindTable {
  readonly key: string;
  readonly title: string;
  /** Heading of the row-header column ('Choice', 'Reset'). */
  readonly rowLabel: string;
  readonly columns: readonly string[];
  readonly rows: readonly { readonly header: string; readonly cells: readonly KindCell[] }[];
  /** Plain words under the table: what it assumes, how to read it. */
  readonly note?: string;
}

/**
 * Per-side words of the figures every plan shows: a label replaces the holder's wording ("Floor"),
 * null hides the figure when the kind shows the reading that side needs instead (a buyer's cost).
 */
export interface FigureWording {
  readonly floor?: string | null;
  readonly cap?: string | null;
  readonly breakeven?: string | null;
}

/** One hedge of the comparison: its plan when it could be computed, else why not. */
export interface HedgeResult {
  /** Stable id: the hedge kind's id. */
  readonly id: string;
  /** Short name for tables and tabs, e.g. "Protective put". */
  readonly name: string;
  readonly plan: HedgePlan | null;
  /** Plain messages when the plan could not be computed. */
  readonly errors: readonly string[];
  /** Plain warnings when a figure is computed but may not make sense for this target (a strike far from spot). */
  readonly warnings: readonly string[];
  /** This kind's own figures (beyond size, cost, floor, cap shown for every plan). */
  readonly figures: readonly KindFigure[];
  /** Explanations of the figures shown, by figure key (e.g. 'premium', 'contracts'). */
  readonly explanations: Readonly<Record<string, Explanation>>;
  /** Greeks of the hedged position, for option hedges (computed when first read). */
  readonly greeks?: PositionGreeks | null;
  /** How the hedge enters the portfolio risk panel; absent for hedges of the whole portfolio. */
  readonly risk?: RiskMapping;
  /** Uncertainty band of the hedged value by axis value (a cross hedge's basis risk). */
  readonly band?: (x: number) => readonly [number, number];
  /** The kind's own tables, shown in the detail view. */
  readonly tables?: readonly KindTable[];
  /** Per-side wording of the floor, cap and breakeven figures. */
  readonly wording?: FigureWording;
  /** 'short': the target is held short, so its risk is a rise and the worst case caps a cost. */
  readonly exposure?: 'short';
  /** True when this kind does not hedge the target's side (its reason is in `errors`). */
  readonly notApplicable?: boolean;
}

/** Everything the results panel of one mode shows, derived from the scenario. */
export interface ModeResult {
  readonly mode: Mode;
  readonly currency: string;
  readonly hedges: readonly HedgeResult[];
  /** Field errors by scenario path ('fx.spot'), shown next to the fields. */
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** Plain notes by scenario path (not errors): e.g. a holding left out of the total. */
  readonly fieldNotes: Readonly<Record<string, string>>;
  /** Value of the rest of the portfolio (stock mode), added for the whole-portfolio curve. */
  readonly restOfPortfolioValue: number;
  /** Horizon of the hedge in years (risk panel, date slider range). */
  readonly horizonYears: number | null;
  /** The portfolio as read for this result (stock mode), so the risk panel uses the same figures. */
  readonly portfolio?: PortfolioValues;
}
