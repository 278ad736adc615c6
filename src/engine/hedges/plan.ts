/**
 * The one shape every hedge kind produces. A plan says what to trade (legs), how much of the
 * target it covers (whole contracts and the remainder), what it costs (a decimal ledger whose
 * total is exactly the sum of its lines), where it floors/caps the position, what risk is left,
 * and how the target position is worth at the horizon with and without it (pure functions).
 */
import type { Money } from '../money';
import { sum } from '../money';

export type HedgeKind =
  | 'protective-put'
  | 'collar'
  | 'put-spread'
  | 'futures'
  | 'short-sale'
  | 'cross'
  | 'fx-forward'
  | 'fx-option'
  | 'rate-futures'
  | 'rate-swap'
  | 'rate-lock'
  | 'beta'
  | 'combined';

/**
 * `cost`: cash spent (positive) or received (negative) for good.
 * `held`: cash tied up and returned later (initial margin, a stress variation-margin call);
 *         listed, but not part of the cost.
 */
export type LedgerNature = 'cost' | 'held';

export type LedgerKind =
  | 'premium'
  | 'commission'
  | 'exchange-fee'
  | 'borrow-fee'
  | 'dividends-owed'
  | 'financing'
  | 'forward-points'
  | 'initial-margin'
  | 'variation-margin'
  | 'other';

export interface LedgerLine {
  readonly kind: LedgerKind;
  readonly nature: LedgerNature;
  /** Plain words, e.g. "Put premium: 12 contracts × 100 × 4.52". */
  readonly label: string;
  /** Positive = cash out of the user's pocket; negative = cash in (e.g. a call sold). Unrounded. */
  readonly amount: Money;
}

export interface CostLedger {
  readonly currency: string;
  readonly lines: readonly LedgerLine[];
  /** Sum of the `cost` lines: what the hedge costs. */
  readonly totalCost: Money;
  /** Sum of the `held` lines: cash tied up, not spent. */
  readonly totalHeld: Money;
  /** totalCost as a fraction of the protected value (0.012 = 1.2 %); null if nothing is protected. */
  readonly costFractionOfProtected: number | null;
}

export type Side = 'buy' | 'sell';

/** One instrument traded by the hedge. */
export interface HedgeLeg {
  /** Plain description, e.g. "Put, strike 95, 0.5 y" or "Wheat futures (CBOT ZW), Mar". */
  readonly instrument: string;
  readonly side: Side;
  /** Whole contracts traded (for a non-contract instrument: the units traded). */
  readonly contracts: number;
  /** Underlying units per contract (the multiplier); 1 for a share or a currency unit. */
  readonly contractSize: number;
  /** Price per underlying unit at which the leg is entered (premium, futures price, forward rate). */
  readonly unitPrice: number;
  readonly strike?: number;
  readonly expiryYears?: number;
  /** For an option leg: which option it is (with `strike` and `expiryYears`). */
  readonly optionType?: 'call' | 'put';
}

/** Value of the target position (plus the hedge) as a function of the underlying price at the horizon. */
export interface Payoff {
  /** Lowest and highest sensible underlying price to plot, around today's price. */
  readonly priceRange: readonly [number, number];
  /** The target position alone, valued at underlying price `s` at the horizon. */
  readonly unhedged: (s: number) => number;
  /** Position + hedge at the horizon, net of the hedge's cost. */
  readonly hedged: (s: number) => number;
  /**
   * Position + hedge valued at `s` when `yearsFromNow` have passed (option hedges revalue the
   * options with the pricing engine; linear hedges equal `hedged`). Present for option hedges.
   */
  readonly hedgedAt?: (s: number, yearsFromNow: number) => number;
}

export interface ResidualRisk {
  /** Plain words: what the hedge leaves open (basis, unhedged remainder, upside given up, ...). */
  readonly description: string;
  /** Annual volatility of the hedged position's value, as a fraction of the protected value, when known. */
  readonly volAnnual?: number;
  /** Hedge effectiveness (variance reduction, ρ² for a cross hedge), 0..1, when known. */
  readonly effectiveness?: number;
}

export interface HedgePlan {
  readonly kind: HedgeKind;
  readonly label: string;
  readonly legs: readonly HedgeLeg[];
  /** Underlying units covered by whole contracts, and the part left unhedged (same units). */
  readonly hedgedQuantity: number;
  readonly unhedgedQuantity: number;
  /** Units the user asked to hedge (hedgedQuantity + unhedgedQuantity, up to the hedge ratio). */
  readonly targetQuantity: number;
  readonly ledger: CostLedger;
  /** Lowest value of the hedged position at the horizon, net of costs (null: no floor). */
  readonly floor: Money | null;
  /** Highest value of the hedged position at the horizon (null: upside open). */
  readonly cap: Money | null;
  /** Underlying price at which the hedged position is worth what the unhedged one is today (null: none). */
  readonly breakeven: number | null;
  readonly residualRisk: ResidualRisk;
  readonly payoff: Payoff;
  /** Named extra figures of this kind (e.g. `hedgeRatio`, `lockedPrice`, `impliedMarkup`). */
  readonly metrics: Readonly<Record<string, number>>;
}

/** Builds a ledger whose totals are exact sums of its lines. */
export function buildLedger(currency: string, lines: readonly LedgerLine[], protectedValue: Money): CostLedger {
  const totalCost = sum(lines.filter((l) => l.nature === 'cost').map((l) => l.amount), currency);
  const totalHeld = sum(lines.filter((l) => l.nature === 'held').map((l) => l.amount), currency);
  const costFractionOfProtected = protectedValue.amount.isZero()
    ? null
    : totalCost.amount.dividedBy(protectedValue.amount.abs()).toNumber();
  return { currency, lines, totalCost, totalHeld, costFractionOfProtected };
}
