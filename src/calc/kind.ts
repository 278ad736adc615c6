/**
 * What a hedge kind declares to the calculation layer: its fields, how it builds its engine input
 * from the scenario, its explanations, its figures, its risk mapping. A kind module imports the
 * engine's types only; the engine itself is handed in (`EngineApi`), so the input form can read the
 * field declarations before the calculator (engine and decimal arithmetic) has loaded.
 */
import type * as Engine from '../engine';
import type { HedgePlan, Result } from '../engine';
import type { Mode, Scenario } from '../state/scenario';
import type { Explanation } from './explain';
import type { FieldSpec } from './fields';
import type { PositionGreeks } from './greeks';
import type { Parsed } from './read-fields';
import type { RiskMapping } from './risk-mapping';
import type { FigureWording, KindFigure, KindTable } from './types';
import type { PortfolioValues } from './portfolio';

export type EngineApi = typeof Engine;

/** What one kind's calculation sees: the scenario, its mode's position, and the parsed fields (shared + own). */
export interface KindContext<P> {
  readonly scenario: Scenario;
  readonly position: P;
  readonly v: Parsed;
  readonly engine: EngineApi;
}

export interface KindModule<P = unknown, T extends HedgePlan = HedgePlan> {
  /** Stable id, also the selected-hedge preference: 'protective-put'. */
  readonly id: string;
  readonly mode: Mode;
  /** This kind's own inputs (a field shared by several kinds is declared once and listed by each). */
  readonly fields: readonly FieldSpec[];
  /** Engine field -> scenario path, to put an engine error next to the field the user typed. */
  readonly fieldMap?: Readonly<Record<string, string>> | ((p: P) => Readonly<Record<string, string>>);
  readonly name: (s: Scenario) => string;
  /** False when the kind does not apply to this scenario (e.g. an FX hedge of a target at home): it is left out of the comparison. */
  readonly applies?: (s: Scenario) => boolean;
  /** Builds the engine input from the context and runs the engine's planner. */
  readonly plan: (c: KindContext<P>) => Result<T>;
  readonly figures: (c: KindContext<P>, plan: T) => readonly KindFigure[];
  /** Formula cards: each reproduces the figure it sits beside, with the same inputs. */
  readonly explain: (c: KindContext<P>, plan: T) => Record<string, Explanation>;
  /** Plain warnings when a figure cannot make sense for this target (a strike far from spot). */
  readonly warnings?: (c: KindContext<P>, plan: T) => readonly string[];
  readonly greeks?: (c: KindContext<P>, plan: T) => PositionGreeks | null;
  /** How the hedge maps into the portfolio risk panel (absent: not a hedge of the target alone). */
  readonly risk?: (c: KindContext<P>, plan: T) => RiskMapping;
  readonly band?: (c: KindContext<P>, plan: T) => (x: number) => readonly [number, number];
  /** Tables of the detail view (built when the hedge is viewed). */
  readonly tables?: (c: KindContext<P>, plan: T) => readonly KindTable[];
  /** Per-side wording of the figures every plan shows (a buyer reads costs, not a holder's floor). */
  readonly wording?: (c: KindContext<P>, plan: T) => FigureWording;
  /** Plain notes next to fields, by scenario path (not errors: a quote that looks wrong). */
  readonly notes?: (c: KindContext<P>, plan: T) => Readonly<Record<string, string>>;
  /**
   * The one side of the target this kind hedges (absent: either). A long-only kind stays listed for
   * a short target with `notForSide` as its plain reason; a short-only kind is left out for a long one.
   */
  readonly side?: 'long' | 'short';
  readonly notForSide?: string;
}

/** What a mode contributes before any kind runs: the position to protect, the shared inputs, the base of the result. */
export interface ModeBase {
  readonly currency: string;
  readonly restOfPortfolioValue: number;
  readonly horizonYears: number | null;
  /** The portfolio as read for this result (stock mode), so the risk panel uses the same figures. */
  readonly portfolio?: PortfolioValues;
}

export interface ModeModule<P = unknown> {
  readonly mode: Mode;
  /** The scenario slice holding this mode's text. */
  readonly slice: 'stock' | 'commodity' | 'fx' | 'rate';
  /** Heading of the input form. */
  readonly title: string;
  /** Inputs every kind of the mode reads (a bad one stops every hedge of the mode). */
  readonly fields: readonly FieldSpec[];
  /** Engine field -> scenario path for the position's and the shared fields. */
  readonly fieldMap: (position: P | null) => Readonly<Record<string, string>>;
  /**
   * The position to protect, from the scenario and the parsed shared fields; errors by scenario path
   * (a position that cannot be read stops every hedge).
   */
  readonly position: (s: Scenario, v: Parsed, engine: EngineApi) => { readonly position: P | null; readonly base: ModeBase; readonly errors: Readonly<Record<string, string>>; readonly notes: Readonly<Record<string, string>> };
}

/**
 * A kind module as the registry holds it. `defineKind` checks a module against its own position and
 * plan types, then erases them: the calculation layer only hands a module the plan it produced.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- erased on purpose, see above
export type AnyKindModule = KindModule<any, any>;

export function defineKind<P, T extends HedgePlan>(m: KindModule<P, T>): AnyKindModule {
  return m;
}
