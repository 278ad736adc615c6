/**
 * The one input signature every planner takes: `{ target, market, sizing?, fees?, margin?, ...terms }`.
 * `target` is what is hedged, `market` what the market says, `sizing` how much and in what lots,
 * `fees`/`margin` what trading costs or ties up; the kind's contract terms (strikes, quotes,
 * flags) sit beside them. Prices and rates are floats (market data); money typed by the user is
 * exact decimal text.
 */
import type { ContractFees, ContractRounding } from '../instruments/contracts';

export type { ContractFees, ContractRounding };

/** A position in units at a price. Quantity > 0 = long / held / receivable, < 0 = short / to buy / payable. */
export interface TargetPosition {
  readonly symbol: string;
  /** Units held: shares, tonnes, barrels, currency units. */
  readonly quantity: number;
  /** Today's price per unit, in `currency`. */
  readonly price: number;
  /** ISO 4217 code of the position and of every ledger line. */
  readonly currency: string;
  /** Annual volatility, decimal (0.25 = 25 %). */
  readonly volAnnual: number;
  /** Continuous dividend yield, annual, decimal. */
  readonly dividendYield: number;
  /** Beta against the index used for the macro comparison, when known. */
  readonly beta?: number;
}

/** An exposure that is an amount of money: a loan, a bond portfolio, a whole portfolio. */
export interface AmountTarget {
  readonly symbol: string;
  /** Amount in `currency` (its sign per kind: see each planner). */
  readonly amount: number;
  readonly currency: string;
  /** Beta against the index (required by the beta hedge). */
  readonly beta?: number;
}

/** How much to hedge and in what lots. */
export interface SizingInput {
  /** Underlying units per contract (a multiplier, a face value, a lot). */
  readonly contractSize?: number;
  /** Share of the exposure to hedge, default 1. */
  readonly hedgeRatio?: number;
  /** Whole-contract rounding, default 'nearest'. */
  readonly rounding?: ContractRounding;
}

/** Cash held, not spent: margin per contract (decimal text) or as a fraction, and a stress move. */
export interface MarginInput {
  readonly initialPerContract?: string;
  readonly initialFraction?: number;
  /** Fractional adverse move whose variation-margin call is shown (0.2 = 20 %). */
  readonly stressMove?: number;
}

/** Market data every kind may read; each kind documents which fields it requires. */
export interface MarketInput {
  /** Annual, continuous rate of the ledger currency. */
  readonly r?: number;
  /** Life of the hedge / option expiry, years. */
  readonly tenorYears?: number;
}
