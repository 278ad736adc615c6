/**
 * Every message the engine returns to a person (field errors, warnings, CSV row reasons), as
 * named constants, so the UI and the tests share one text (DJ: messages as named constants); a
 * message with values in it is a function. Groups: generic field rules and the hedge planners
 * (`Messages`), option pricing, price CSVs, price histories and estimates, portfolio risk.
 * tests/engine/messages-guard.test.ts fails when another engine file writes a message inline.
 */

import { TOO_LARGE_MESSAGE } from './limits';

/** A magnitude over MAX_MAGNITUDE: defined beside the limit (see limits.ts), listed here with the others. */
export { TOO_LARGE_MESSAGE };

/** A calculation whose figures overflow double precision. */
export const NOT_FINITE_MESSAGE = 'These inputs give a value too large or too small to compute; check the amounts, prices and rates.';
export const NOT_PSD_MESSAGE =
  'These correlations are inconsistent with each other (the matrix is not positive semi-definite), ' +
  'so no portfolio could have them. Use the nearest consistent matrix offered, or change the correlations.';
export const CANCELLED_MESSAGE = 'The simulation was cancelled.';

export const Messages = {
  // Generic field rules
  missing: 'Enter a value.',
  notNumber: 'Enter a number.',
  notFinite: 'Enter a finite number.',
  notInteger: 'Enter a whole number.',
  tooLarge: TOO_LARGE_MESSAGE,
  currency: 'Enter a three-letter currency code, e.g. EUR.',
  yesNo: 'Choose yes or no.',
  list: 'Enter a list of numbers.',
  atLeast: (min: number) => `Must be at least ${min}.`,
  above: (min: number) => `Must be greater than ${min}.`,
  atMost: (max: number) => `Must be at most ${max}.`,
  below: (max: number) => `Must be less than ${max}.`,
  atLeastValues: (n: number) => `Enter at least ${n} values.`,
  atMostValues: (n: number) => `Enter at most ${n} values.`,

  // Plan inputs
  input: 'Enter the hedge details.',
  target: 'Describe the position to hedge.',
  targetAmount: 'Describe the amount to hedge: a name, an amount and its currency.',
  symbol: 'Enter a name or ticker for the position.',
  nonZeroQuantity: 'Enter a quantity other than zero.',
  nonZeroAmount: 'Enter an amount other than zero.',
  market: 'Enter the market data: rates, prices and the tenor.',
  sizing: 'Enter the contract size, the share to hedge and how to round.',
  rounding: 'Choose how to round to whole contracts: down, nearest or up.',
  fees: 'Enter the fees per contract.',
  margin: 'Enter the margin: per contract, as a fraction, and a stress move.',
  exercise: "Choose 'european' or 'american'.",
  tooMany: 'This needs an impossibly large number of contracts or units: check the sizes and prices.',
  notComputable: 'This calculation could not be completed for these inputs.',
  tooExtreme: 'These numbers are too extreme to give usable figures: check the sizes, prices and rates.',
  optionNotPriced: 'The option could not be priced for these inputs.',
  portfolioBeta: 'Enter the portfolio beta.',
  futuresMaturity: 'Choose futures that mature on or after the end of the hedge.',
  simpleRate: 'With simple interest, 1 + rate × years must be positive.',
  compounding: "Choose 'continuous' or 'simple'.",
  dayCount: 'Choose 360 or 365 days a year.',
  comparable: 'Describe the comparable asset, or leave it out to short the position itself.',
  comparableSymbol: 'Enter a name or ticker for the comparable.',
  sensitivity: "Choose 'duration' or 'dv01'.",
  futuresQuoteForDuration: 'Enter the futures quote: duration sizing values a contract at quote / 100 × face.',
  estimate: "Choose 'typed' (ρ, σS, σF) or 'series' (two price histories).",
  estimateMethod: "Choose 'typed' or 'series'.",
  basis: "Choose 'changes', 'returns' or 'log-returns'.",
  seriesKind: "Choose 'prices' or 'changes'.",
  seriesLength: 'Enter as many futures values as spot values, for the same dates.',
  flatFutures: 'The futures series does not move, so no hedge ratio can be estimated.',
  flatSpot: 'The spot series does not move, so no hedge ratio can be estimated.',
  extremeSeries: 'These series are too extreme to estimate a hedge ratio.',
  ratePeriods: (max: number) => `Enter between 1 and ${max} interest periods.`,
  forwardRates: 'Enter one forward rate (a number) per reset, at least one.',
  positiveForwards: "Black's model needs every forward rate above 0: a futures price below 100.",
  miniSize: 'The mini contract must be smaller than the full contract.',
  zeroCostFreePut: 'The put costs nothing, so there is no call premium to match: enter a call strike.',
  zeroCostNoCall: 'The call could not be priced at the put strike.',
  zeroCostNoRoot: 'No finite call strike matches this put premium.',
  zeroCostTooCheap: (lo: string) =>
    `No call strike at or above ${lo} pays for this put: lower the put strike, or choose a call strike and accept a net cost.`,
  combineNone: 'Choose at least one hedge to combine.',
  combineTooMany: (n: number) => `Combine at most ${n} hedges.`,
  notAPlan: 'This is not a hedge plan.',
  noOptionLegs: 'This hedge has no option to revalue before expiry.',
  shiftedVol: 'The volatility after the shift must stay above 0 and at most 1000 % a year.',
  shiftedRate: 'The rate after the shift must stay between −100 % and 100 % a year.',
  sameCostBudget: 'The micro hedge costs nothing, so there is no budget to spend on index puts.',
  combineLabel: 'Enter a name for the combined hedge.',
  jointMoves: 'Give the joint moves as a list of { name, severity } with severity between −4 and 4 (at most 200).',
  combineCurrency: (i: number, c: string, first: string) =>
    `Currency mismatch: hedge ${i} is in ${c}, hedge 1 in ${first}. Combine hedges in one currency.`,
  convertRate: 'Enter the exchange rate as a number greater than 0 (home currency per 1 unit of foreign).',
  convertSameCurrency: 'A plan converts into its own currency only at a rate of 1.',
  jointFxLinks: 'Give one entry per plan: null, or the index of another plan whose axis is the exchange rate its values are converted at.',

  // Hedge-ratio estimation from history
  chooseTarget: 'Choose the target from the loaded price histories.',
  chooseHedge: 'Choose the hedge asset from the loaded price histories.',
  sameAsset: 'The hedge asset must differ from the target.',
  flatHistory: 'The hedge asset or the target never changes price in this history; no hedge ratio can be estimated.',
} as const;

export const OptionMessages = {
  type: "Choose 'call' or 'put'.",
  exercise: Messages.exercise,
  model: "Choose 'bsm' or 'black76'.",
  black76Yield: 'A futures option has no dividend yield: leave q empty with the Black-76 model.',
  notComputable: 'These inputs give a value too large or too small to compute; check spot, strike and volatility.',
  impliedVolTooHigh: (maxVolPercent: number) => `This price implies a volatility above ${maxVolPercent} % a year; check the price and the other inputs.`,
  impliedVolFailed: 'The implied volatility could not be computed for these inputs.',
  impliedVolBelowFloor: (bound: string) => `The price must be above ${bound}, the option's value at almost zero volatility.`,
  impliedVolAtExpiry: 'At expiry an option is worth its payoff whatever the volatility: enter a time to expiry above 0.',
  belowLowerBound: (bound: string, reason: string) => `The price must be above the option's lower bound ${bound} (${reason}).`,
  aboveUpperBound: (bound: string, reason: string) => `The price must be below the option's upper bound ${bound} (${reason}).`,
  /** Why a no-arbitrage bound holds, quoted inside the two messages above. */
  boundReason: {
    zero: 'no option is worth less than nothing',
    exercisedNow: 'its value if exercised now',
    forwardIntrinsic: 'its discounted intrinsic value on the forward',
    callCap: 'a call is never worth more than the underlying it buys',
    putCap: 'a put is never worth more than the strike it pays',
  },
} as const;

/** Whole-file refusals of a price CSV, and the reasons a row is skipped or worth a look. */
export const CsvMessages = {
  notText: 'The file could not be read as text.',
  empty: 'The file is empty.',
  binary: 'This is not a CSV file: it contains binary data.',
  html: 'This is not a CSV file: it looks like a web page (HTML). Download the CSV export instead.',
  json: 'This is not a CSV file: it looks like JSON.',
  noColumns: 'No date and price columns found. The first line must name them, e.g. "Date,Close", "date,price" or "symbol,date,price".',
  noRows: 'No usable price rows were found.',
  rowProblems: (count: number, line: number, reason: string) => ` ${count} row(s) had problems; first: line ${line}: ${reason}.`,
  badOptions: 'The reading options are not valid.',
  missingPrice: 'missing price',
  otherDecimalMark: (shown: string, other: string, mark: string) => `price "${shown}" is written with a decimal ${other} but this file uses a decimal ${mark}`,
  priceNotNumber: (shown: string) => `price "${shown}" is not a number`,
  priceNotPositive: (shown: string) => `price ${shown} is not positive`,
  priceOutOfRange: (shown: string) => `price ${shown} is out of range`,
  badDate: (text: string) => `unparseable date "${text}" (use YYYY-MM-DD)`,
  missingSymbol: 'missing symbol',
  duplicateDate: (date: string, firstLine: number) => `duplicate date ${date} (first on line ${firstLine})`,
  outOfOrder: (date: string, of: string, later: boolean, previous: string, previousLine: number, ascending: boolean) =>
    `date ${date}${of} is out of order (${later ? 'after' : 'before'} ${previous} on line ${previousLine}, in a file that runs ${ascending ? 'oldest' : 'newest'} first); used in date order`,
  priceJump: (price: string, of: string, date: string, times: string, previousPrice: string, previousDate: string, previousLine: number) =>
    `price ${price}${of} on ${date} is ${times} the ${previousPrice} of ${previousDate} (line ${previousLine}): check the number format or a split; used as read`,
} as const;

export const QuoteMessages = {
  unclosed: 'a quote opened on this line is never closed',
  afterQuote: 'text after a closing quote',
} as const;

export const RowMessages = {
  missing: 'missing column(s)',
  extra: (n: number, width: number, delimiter: string) =>
    `extra field(s): ${n} fields where the header has ${width}` +
    (delimiter === ',' ? ' (a comma inside a number such as 1,000.95 must be quoted, "1,000.95", or left out)' : ''),
  stray: (endLine: number) => `a quote opened on this line runs on to line ${endLine}: read as a stray quote, the lines after it are read on their own`,
  unclosed: `${QuoteMessages.unclosed}; the line is not used`,
  afterQuote: `${QuoteMessages.afterQuote}; the row is not used`,
} as const;

/** Price histories, and the estimates and hedge ratios read from them. */
export const HistoryMessages = {
  noSeries: 'Add at least one price history.',
  noOverlap: 'These price histories have fewer than 3 dates in common.',
  loadFirst: 'Load price history first.',
  needsSymbol: 'Each price history needs a symbol.',
  pricePerDate: (symbol: string) => `${symbol}: one price per date is needed.`,
  isoDates: (symbol: string) => `${symbol}: dates must be ISO dates (YYYY-MM-DD).`,
  positivePrices: (symbol: string, min: number, max: number) => `${symbol}: prices must be positive numbers (${min} to ${max}).`,
  ascendingDates: 'Dates must be at least 3 ISO dates in ascending order.',
  onePriceList: 'One price list per symbol is needed.',
  pricesOf: (symbol: string, min: number, max: number) => `Prices of ${symbol} must be positive numbers (${min} to ${max}), one per date.`,
  noHistoryNamed: (symbol: string) => `No price history named ${symbol}.`,
  neverChanges: (symbol: string) => `${symbol} never changes price in this history: its volatility is 0 and its correlations are undefined (shown as 0).`,
  fewReturns: (n: number) => `Only ${n} returns: estimates this short are very uncertain.`,
  unstableCorrelation: (window: number, min: string, max: string) =>
    `The correlation is unstable: over ${window}-period windows it ranged from ${min} to ${max}. The hedge ratio may not hold in future.`,
} as const;

/** Portfolio risk, correlations, Monte Carlo and hedge effectiveness. */
export const RiskMessages = {
  portfolio: 'Enter the portfolio positions.',
  positionCount: (max: number) => `Enter between 1 and ${max} positions.`,
  perPosition: (n: number) => `Enter ${n} numbers, one per position.`,
  positionFields: 'Each position needs a value, a volatility and a beta.',
  label: 'A label must be text.',
  confidence: 'Enter one to ten confidence levels, e.g. 0.95.',
  micro: 'Describe the micro hedge.',
  microKind: 'The micro hedge is either on the target itself or a cross hedge.',
  correlationsPerPosition: (n: number) => `Enter ${n} correlations, one per position.`,
  correlation: 'Enter a correlation matrix.',
  noNearest: 'No consistent correlation matrix could be found near this one.',
  matrixSize: (n: number) => `Enter a ${n}×${n} correlation matrix.`,
  rowLength: (row: number, n: number) => `Row ${row} needs ${n} correlations.`,
  diagonal: 'A correlation with itself must be 1.',
  symmetric: (row: number, column: number) => `Must equal the correlation in row ${row}, column ${column}.`,
  inconsistent: 'The betas, volatilities and correlations are not fully consistent with each other; the nearest consistent correlation matrix was used.',
  noIndexMatch: 'No index-futures position reduces the portfolio variance as much as the micro hedge does.',
  simulation: 'Enter the simulation inputs.',
  simPosition: 'Each position needs a kind and a value.',
  revaluation: 'An option position needs a revaluation model.',
  simKind: 'A position is either linear or revalued.',
  simModel: 'Choose lognormal or normal.',
  planFirst: 'Plan the simulation with planMonteCarlo first.',
  notValued: 'This option could not be valued in some scenarios; check its inputs.',
  overflow: 'Some scenarios overflow: lower the volatility or the horizon.',
  effectiveness: 'Enter the value histories of the hedged item and the hedge.',
  twoDates: 'Enter at least two dates.',
} as const;

/** Short holdings and option quotes (bid / ask / last). */
export const ShortMessages = {
  shortOnly: 'This hedge is for a short holding (quantity below 0): a short loses when the price rises.',
  bidAboveAsk: 'The bid must not be above the ask.',
  askNeeded: 'You buy this option: type its ask (or a last price).',
  bidNeeded: 'You sell this option: type its bid (or a last price).',
  quote: 'Enter the quote as text, or as bid, ask and last.',
  putStrikeBelowCall: 'The put strike must be below the call strike.',
  upperAboveLower: 'The upper call strike must be above the bought call strike.',
  zeroCostNoPut: 'No put strike below the call strike earns the call premium: even a put at the call strike is worth less.',
} as const;

/** A hedge followed over time: its recorded terms, today's market and the adjustments. */
export const TrackingMessages = {
  input: 'Enter the recorded hedge.',
  market: "Enter today's market: the date, the hedged item's price and the rates.",
  kind: "Choose 'put', 'call', 'futures', 'forward' or 'swap'.",
  side: "Choose 'long' (bought) or 'short' (sold).",
  date: 'Enter a date as YYYY-MM-DD.',
  expiryAfterOpen: 'The expiry must be after the date the hedge was put on.',
  todayBeforeOpen: 'Today must be on or after the date the hedge was put on.',
  strike: 'Enter the strike, or the contract rate of a forward or swap.',
  entryPrice: 'Enter the price paid per unit (the premium of an option, the futures price).',
  futuresPrice: "Enter today's futures price.",
  swapRate: "Enter today's swap rate.",
  vol: 'Enter the volatility to reprice the option.',
  period: 'Enter the swap payment period in years.',
  rollKind: 'Only a futures or option hedge rolls to the next expiry.',
  rollExpiry: 'The new expiry must be after today and after the current expiry.',
  rollPrice: "Enter the next contract month's futures price.",
  closed: 'This hedge is already closed.',
  action: "Choose 'roll', 'resize' or 'unwind'.",
  history: "Enter at least four of the hedged item's past prices, all above zero.",
  swapHistory: 'The regression test needs a price history: a swap is tested on rates, which the price history does not hold.',
  currency: 'Enter a three-letter currency code, e.g. EUR.',
} as const;
