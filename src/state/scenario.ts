/**
 * The scenario: everything the user typed, as raw text (so an invalid entry is shown, never
 * lost), plus a few choices. It is what is persisted, what a share link carries, and the only
 * input of `calculate`. Results are never stored.
 */

export type Mode = 'stock' | 'commodity' | 'fx' | 'rate';
export type Rounding = 'down' | 'nearest' | 'up';
export type Exercise = 'american' | 'european';
export type Compounding = 'continuous' | 'simple';
/** Strikes typed as % of the target's price today, or as prices (re-based when the target changes). */
export type StrikeMode = 'percent' | 'price';

export interface Holding {
  readonly id: string;
  readonly name: string;
  /** Units held; negative = short. */
  readonly quantity: string;
  /** Price per unit in `currency`. */
  readonly price: string;
  readonly currency: string;
  /** Annual volatility, % */
  readonly vol: string;
  /** Dividend yield, % per year */
  readonly dividendYield: string;
  /** Beta against the index; may be empty. */
  readonly beta: string;
  /** The proxy (correlated futures) used to hedge this holding: per holding, so it follows the target. */
  readonly proxyName: string;
  readonly proxyPrice: string;
  readonly proxyVol: string; // %
  readonly proxyCorrelation: string;
  readonly proxyContractSize: string;
  readonly proxyMargin: string; // per contract
}

export interface PortfolioInput {
  readonly holdings: readonly Holding[];
  readonly targetId: string;
  /** Average pairwise correlation between holdings, used when no history is loaded. */
  readonly correlation: string;
  /** Index volatility, % per year (macro comparison). */
  readonly indexVol: string;
  /** Horizon of the portfolio risk figures: trading days, or the hedge's own tenor. */
  readonly riskHorizon: RiskHorizon;
  /** Monte Carlo paths of the portfolio risk simulation. */
  readonly mcPaths: '10000' | '100000' | '1000000';
  /** Price model of the portfolio risk simulation. */
  readonly mcModel: 'lognormal' | 'normal';
  /** When the typed correlations are inconsistent, use the nearest consistent matrix (the user accepted it). */
  readonly nearestCorrelation: boolean;
}

export type RiskHorizon = '1' | '10' | '21' | '63' | 'tenor';

export interface StockHedgeInput {
  readonly tenorDays: string;
  /** Risk-free rate, % per year, continuously compounded. */
  readonly rate: string;
  readonly exercise: Exercise;
  readonly rounding: Rounding;
  readonly hedgeRatio: string; // % of the position to cover
  readonly contractSize: string; // shares per option contract
  readonly strikeMode: StrikeMode;
  /** Option expiry, calendar days: its own field, not forced to equal the horizon. */
  readonly expiryDays: string;
  readonly putStrike: string;
  readonly callStrike: string;
  readonly zeroCostCollar: boolean;
  readonly spreadLowerStrike: string;
  /** Broker quotes per share; empty = price with the model. */
  readonly putQuote: string;
  readonly callQuote: string;
  readonly commission: string; // per contract
  readonly exchangeFee: string; // per contract
  readonly borrowFee: string; // % per year
  readonly shortMargin: string; // % of short value
  readonly stressMove: string; // %
  readonly indexName: string;
  readonly indexFuturesPrice: string;
  readonly indexMultiplier: string;
  readonly indexMargin: string; // per contract
  readonly targetBeta: string;
}

export interface CommodityHedgeInput {
  readonly commodity: string;
  readonly unit: string;
  readonly currency: string;
  /** Units needed (a buyer) or held (a producer), positive. */
  readonly quantity: string;
  readonly side: 'buyer' | 'holder';
  readonly spotPrice: string;
  readonly futuresPrice: string;
  readonly contractSize: string;
  readonly tenorDays: string;
  readonly rounding: Rounding;
  readonly commission: string;
  readonly exchangeFee: string;
  readonly initialMargin: string; // per contract
  readonly stressMove: string; // %
  readonly basis: string; // expected futures − spot at close-out, per unit
  readonly tailing: boolean;
}

export interface FxHedgeInput {
  readonly domestic: string;
  readonly foreign: string;
  /** Foreign amount, positive; `side` says whether it is owed (payable) or due to you (receivable). */
  readonly amount: string;
  readonly side: 'payable' | 'receivable';
  /** Domestic per one unit of foreign. */
  readonly spot: string;
  readonly domesticRate: string; // %
  readonly foreignRate: string; // %
  readonly compounding: Compounding;
  readonly tenorDays: string;
  readonly bankForward: string; // optional
  readonly optionStrike: string;
  readonly optionVol: string; // %
  readonly optionFee: string; // per trade
}

export interface RateHedgeInput {
  readonly currency: string;
  readonly principal: string;
  readonly resetMonths: string;
  readonly loanMonths: string;
  /** Today's futures price, quoted 100 − rate. */
  readonly futuresPrice: string;
  readonly contractNotional: string;
  readonly bpValue: string; // money per basis point per contract
  readonly commission: string;
  readonly initialMargin: string;
  readonly swapRate: string; // %
  readonly spread: string; // loan margin over the reference rate, %
}

/** One hedge of the combined hedge: the mode it belongs to and its kind's id. */
export interface CombinedLegRef {
  readonly mode: Mode;
  readonly kind: string;
}

export interface Prefs {
  readonly mode: Mode;
  /** Which hedge of the comparison is open (its kind). */
  readonly selectedHedge: string;
  readonly showPortfolio: boolean;
  /** Hedges held together as one combined hedge (any modes), in the order added. */
  readonly combined: readonly CombinedLegRef[];
}

export interface Scenario {
  readonly portfolio: PortfolioInput;
  readonly stock: StockHedgeInput;
  readonly commodity: CommodityHedgeInput;
  readonly fx: FxHedgeInput;
  readonly rate: RateHedgeInput;
  readonly prefs: Prefs;
}

/** The slices whose fields are all text or simple choices, by name. */
export type SliceName = 'stock' | 'commodity' | 'fx' | 'rate';
