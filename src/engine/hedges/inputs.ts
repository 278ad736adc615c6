/** Inputs shared by the hedge kinds. Prices and rates are floats (market data); fees are exact decimal text. */

/** The one position to protect. Quantity > 0 = long (holder), < 0 = short or a future purchase at risk of a rise. */
export interface TargetPosition {
  readonly symbol: string;
  /** Units held: shares, tonnes, barrels, currency units. Positive = long. */
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

/** Per-contract trading costs, as exact decimal text in the position currency (e.g. "0.65"). */
export interface ContractFees {
  readonly commissionPerContract: string;
  readonly exchangeFeePerContract: string;
}

/** Market data the option-based hedges need. */
export interface RatesInput {
  /** Risk-free rate, annual, continuously compounded, decimal. */
  readonly r: number;
  /** Horizon (option expiry / hedge end), years. */
  readonly tenorYears: number;
}
