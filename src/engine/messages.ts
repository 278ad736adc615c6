/**
 * Every message the engine's validation returns, as named constants, so the UI and the tests
 * share one text (DJ: messages as named constants). Domain groups: generic field rules, the
 * hedge planners, the estimators.
 */
import { TOO_LARGE_MESSAGE } from './limits';

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
  zeroCostFreePut: 'The put costs nothing, so there is no call premium to match: enter a call strike.',
  zeroCostNoCall: 'The call could not be priced at the put strike.',
  zeroCostNoRoot: 'No finite call strike matches this put premium.',
  zeroCostTooCheap: (lo: string) =>
    `No call strike at or above ${lo} pays for this put: lower the put strike, or choose a call strike and accept a net cost.`,
  combineNone: 'Choose at least one hedge to combine.',
  combineTooMany: (n: number) => `Combine at most ${n} hedges.`,
  notAPlan: 'This is not a hedge plan.',
  combineLabel: 'Enter a name for the combined hedge.',
  combineCurrency: (i: number, c: string, first: string) =>
    `Currency mismatch: hedge ${i} is in ${c}, hedge 1 in ${first}. Combine hedges in one currency.`,

  // Hedge-ratio estimation from history
  chooseTarget: 'Choose the target from the loaded price histories.',
  chooseHedge: 'Choose the hedge asset from the loaded price histories.',
  sameAsset: 'The hedge asset must differ from the target.',
  flatHistory: 'The hedge asset or the target never changes price in this history; no hedge ratio can be estimated.',
} as const;
