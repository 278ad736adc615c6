/**
 * The one shape every hedge kind produces, as a union discriminated on `kind`. A plan says what to
 * trade (legs, whole contracts, unsigned, with a side), on which x-axis its payoff lives (a price,
 * an FX rate, a rate, a yield shift, an index level), how much it covers, what it costs (a decimal
 * ledger whose totals are exact sums of its lines), where it floors/caps the position (Money,
 * rounded once to minor units), what risk is left, and its kind's own typed figures (`extras`).
 */
import type { Money } from '../money';
import { roundMoney, sum } from '../money';
import type { Decimal } from '../money';
import type { ExtrasByKind } from './extras';
import type { OptionValuation } from './valuation';

export type HedgeKind = keyof ExtrasByKind;

/** The payoff's x quantity: an underlying price, an FX rate, an interest rate, a parallel yield shift, an index level. */
export type AxisKind = 'price' | 'fx-rate' | 'rate' | 'yield-shift' | 'index-level';

export interface PlanAxis {
  readonly kind: AxisKind;
  /** Plain words for a chart axis, e.g. "X price at the horizon". */
  readonly label: string;
  /** Unit of x, e.g. "EUR per unit", "EUR per USD", "rate (decimal)", "index points". */
  readonly unit: string;
  /** Today's value on this axis (spot price, spot FX rate, today's rate, 0 shift, index level). */
  readonly today: number;
  /** A sensible plotting range, finite, lo < hi. */
  readonly range: readonly [number, number];
  /** How a move table moves x: 'relative' = today × (1 + m); 'absolute' = today + m. */
  readonly moves: 'relative' | 'absolute';
}

/**
 * `cost`: cash spent (positive) or received (negative) for good.
 * `held`: cash tied up and returned later (initial margin, a stress variation-margin call).
 */
export type LedgerNature = 'cost' | 'held';

export type LedgerKind =
  | 'premium' | 'commission' | 'exchange-fee' | 'borrow-fee' | 'dividends-owed' | 'financing'
  | 'forward-points' | 'initial-margin' | 'variation-margin' | 'other';

export interface LedgerLine {
  readonly kind: LedgerKind;
  readonly nature: LedgerNature;
  /** Plain words, e.g. "Put premium: 12 contracts × 100 × 4.52". */
  readonly label: string;
  /** Positive = cash out of the user's pocket; negative = cash in. Exact, unrounded (converted lines: rounded to minor units). */
  readonly amount: Money;
  /** A line converted from another currency (convertPlan): its amount there and the rate used (ledger currency per 1 unit of it). */
  readonly original?: ConvertedFrom;
}

/** Where a converted ledger line came from: the amount in its own currency and the exact rate applied. */
export interface ConvertedFrom {
  readonly amount: Money;
  /** Ledger currency per 1 unit of `amount.currency`, exact. */
  readonly rate: Decimal;
}

export interface CostLedger {
  readonly currency: string;
  readonly lines: readonly LedgerLine[];
  /** Exact sum of the `cost` lines. */
  readonly totalCost: Money;
  /** Exact sum of the `held` lines. */
  readonly totalHeld: Money;
  /** totalCost / protected value (0.012 = 1.2 %); null when nothing is protected. */
  readonly costFractionOfProtected: number | null;
  /** The protected value behind that fraction (exact), kept so combined plans can re-derive it. */
  readonly protectedValue: Money;
}

export type Side = 'buy' | 'sell';

/** One instrument traded by the hedge. */
export interface HedgeLeg {
  readonly instrument: string;
  readonly side: Side;
  /** Whole contracts traded, >= 0 (for a non-contract instrument: the units traded). */
  readonly contracts: number;
  /** Underlying units per contract (the multiplier). */
  readonly contractSize: number;
  /** Price per underlying unit at entry (premium, futures price, forward rate). */
  readonly unitPrice: number;
  readonly strike?: number;
  readonly expiryYears?: number;
  readonly optionType?: 'call' | 'put';
}

/** Values (ledger currency) as functions of x on the plan's axis. */
export interface Payoff {
  /** The exposure alone at x. */
  readonly unhedged: (x: number) => number;
  /** Exposure + hedge at the horizon, net of the hedge's cost. */
  readonly hedged: (x: number) => number;
  /** Exposure + hedge revalued when `yearsFromNow` have passed (option hedges). */
  readonly hedgedAt?: (x: number, yearsFromNow: number) => number;
}

export interface ResidualRisk {
  readonly description: string;
  /** Annual volatility of the hedged value as a fraction of the protected value, when known. */
  readonly volAnnual?: number;
  /** Variance reduction (ρ² for a cross hedge), 0..1, when known. */
  readonly effectiveness?: number;
}

export interface PlanOf<K extends HedgeKind> {
  readonly kind: K;
  readonly label: string;
  readonly axis: PlanAxis;
  readonly legs: readonly HedgeLeg[];
  /** Units of the hedge instrument asked for: exact contracts × contract size. */
  readonly targetQuantity: number;
  /** Units covered by whole contracts: contracts × contract size. */
  readonly hedgedQuantity: number;
  /** targetQuantity − hedgedQuantity (< 0 when rounding over-hedges). */
  readonly unhedgedQuantity: number;
  readonly ledger: CostLedger;
  /** Lowest value at the horizon net of costs, rounded once (PLAN_ROUNDING); null: none. */
  readonly floor: Money | null;
  /** Highest value at the horizon net of costs, rounded once; null: upside open. */
  readonly cap: Money | null;
  /** x on the axis where the hedged position is worth what the unhedged one is today; null: none. */
  readonly breakeven: number | null;
  readonly residualRisk: ResidualRisk;
  readonly payoff: Payoff;
  /** The option model the legs were priced with, for revaluing them before expiry (option hedges only). */
  readonly valuation?: OptionValuation;
  readonly extras: ExtrasByKind[K];
}

export type HedgePlan = { [K in HedgeKind]: PlanOf<K> }[HedgeKind];

/** The extras of kind K. */
export type ExtrasOf<K extends HedgeKind> = ExtrasByKind[K];

/** The one rounding rule of a plan's Money figures: to minor units, half-even, once. */
export const PLAN_ROUNDING = 'halfEven' as const;

/** A plan figure (floor, cap, locked value) from its exact amount: rounded once by PLAN_ROUNDING. */
export function planMoney(amount: Decimal, currency: string): Money {
  const rounded = roundMoney({ amount, currency }, PLAN_ROUNDING);
  // No negative zero in a figure the user reads ("−0.00").
  return rounded.amount.isZero() ? { amount: rounded.amount.abs(), currency } : rounded;
}

/** Builds a ledger whose totals are exact sums of its lines. */
export function buildLedger(currency: string, lines: readonly LedgerLine[], protectedValue: Money): CostLedger {
  const totalCost = sum(lines.filter((l) => l.nature === 'cost').map((l) => l.amount), currency);
  const totalHeld = sum(lines.filter((l) => l.nature === 'held').map((l) => l.amount), currency);
  const fraction = protectedValue.amount.isZero() ? null : totalCost.amount.dividedBy(protectedValue.amount.abs()).toNumber();
  const costFractionOfProtected = fraction !== null && Number.isFinite(fraction) ? fraction : null;
  return { currency, lines, totalCost, totalHeld, costFractionOfProtected, protectedValue: { amount: protectedValue.amount.abs(), currency } };
}

/** Narrows a plan to one kind: `if (isPlanKind(plan, 'futures')) plan.extras.lockedPrice`. */
export function isPlanKind<K extends HedgeKind>(plan: HedgePlan, kind: K): plan is Extract<HedgePlan, { kind: K }> {
  return typeof plan === 'object' && plan !== null && plan.kind === kind; // false, not a throw, for anything else
}
