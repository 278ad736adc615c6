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

/**
 * The market of one foreign currency, typed by the user: every holding in that currency is converted
 * to the home currency with it, and its FX hedge reads it.
 */
export interface FxRateInput {
  /** ISO code of the foreign currency (a holding's `currency`). */
  readonly currency: string;
  /** Spot rate: home currency per one unit of `currency`. */
  readonly spot: string;
  /** Annual volatility of the rate, %. */
  readonly vol: string;
  /** Interest rate of `currency`, % per year (the home rate is the hedge's risk-free rate). */
  readonly rate: string;
  /** Correlation of the rate with the returns of the holdings in this currency, −1 to 1. */
  readonly correlation: string;
}

export interface PortfolioInput {
  readonly holdings: readonly Holding[];
  readonly targetId: string;
  /** Reporting currency: every value, total and risk figure is converted to it. */
  readonly homeCurrency: string;
  /** One row per foreign currency the user has typed a rate for (rows of unused currencies are kept). */
  readonly fxRates: readonly FxRateInput[];
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
  /** Broker quotes per share; empty = price with the model. The single quotes are the last prices. */
  readonly putQuote: string;
  readonly callQuote: string;
  /** Bid and ask of the put and the call: a bought option costs the ask, a written one earns the bid. */
  readonly putBid: string;
  readonly putAsk: string;
  readonly callBid: string;
  readonly callAsk: string;
  /** Quote of the put spread's lower (written) put. */
  readonly lowerPutBid: string;
  readonly lowerPutAsk: string;
  readonly lowerPutLast: string;
  /** Call spread of a short holding: the upper (written) call's strike and quote. */
  readonly upperCallStrike: string;
  readonly upperCallBid: string;
  readonly upperCallAsk: string;
  readonly upperCallLast: string;
  /** Futures buy hedge of a short holding: price (empty = fair forward), shares per contract, margin per contract. */
  readonly stockFuturesPrice: string;
  readonly stockFuturesSize: string;
  readonly stockFuturesMargin: string;
  /** Buy-back of a short holding: price paid per share (empty = today's), commission per trade. */
  readonly buyBackPrice: string;
  readonly buyBackCommission: string;
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
  /** FX hedge of a foreign target: how its rates compound for the forward. */
  readonly fxCompounding: Compounding;
  /** FX option on a foreign target: strike as % of today's FX rate. */
  readonly fxOptionStrike: string;
  /** Dividend yield of the index, % per year, continuous (macro alternatives). */
  readonly indexDividendYield: string;
  /** Expected return of the target, % per year, for the before-expiry odds; empty = risk-neutral (r − q). */
  readonly expectedReturn: string;
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
  /** A smaller contract on the same commodity (units per contract); empty = none. */
  readonly miniContractSize: string;
  /** Initial margin per mini contract; empty = the full contract's margin pro rata. */
  readonly miniMargin: string;
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
  /** Expected drift of the FX rate, % per year, for the before-expiry odds; empty = risk-neutral (r_d − r_f). */
  readonly expectedReturn: string;
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
  /** Months from today to the loan's maturity: every reset up to it is hedged by the strip, swap and cap. */
  readonly maturityMonths: string;
  /** Futures prices (100 − rate) of the resets after the first, in order, separated by spaces or semicolons. */
  readonly stripPrices: string;
  readonly capRate: string; // %
  readonly capVol: string; // % per year, Black volatility of the forward rates
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

/** Instruments a recorded hedge can be: the hedge kinds of the modes, by what is traded. */
export type TrackedInstrument = 'put' | 'call' | 'futures' | 'forward' | 'swap';

/**
 * A hedge that was put on, as the user recorded it (raw text), followed over time in `tracking`.
 * `strike` is an option's strike, a forward's contract rate or a swap's fixed rate (%); `price` is the
 * premium per unit or the futures price paid; `itemPrice` / `itemQuantity` describe the hedged item
 * when the hedge was put on; `realized` is the P/L already realized by rolls and re-sizes.
 */
export interface TrackedHedge {
  readonly id: string;
  readonly mode: Mode;
  readonly instrument: TrackedInstrument;
  readonly side: 'long' | 'short';
  readonly openedOn: string;
  readonly expiry: string;
  readonly strike: string;
  readonly contracts: string;
  readonly contractSize: string;
  readonly price: string;
  readonly fees: string; // per contract per trade
  readonly itemPrice: string;
  readonly itemQuantity: string;
  readonly realized: string;
  /** The next expiry and (futures) the next contract month's price, for a roll. */
  readonly rollExpiry: string;
  readonly rollPrice: string;
  readonly closed: boolean;
}

export interface TrackingInput {
  /** The marking date, YYYY-MM-DD; empty = this computer's date. */
  readonly today: string;
  readonly records: readonly TrackedHedge[];
}

export interface Scenario {
  readonly portfolio: PortfolioInput;
  readonly stock: StockHedgeInput;
  readonly commodity: CommodityHedgeInput;
  readonly fx: FxHedgeInput;
  readonly rate: RateHedgeInput;
  readonly prefs: Prefs;
  /** Hedges put on and followed over time. */
  readonly tracking: TrackingInput;
}

/** The slices whose fields are all text or simple choices, by name. */
export type SliceName = 'stock' | 'commodity' | 'fx' | 'rate';
