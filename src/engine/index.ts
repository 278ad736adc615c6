/**
 * The engine's one public entry: pricing, hedge plans, portfolio risk, price history, money.
 * Pure TypeScript — no React, no DOM — usable from the UI, a worker, a script or a test.
 * The entry points (priceOption, impliedVol, plan*, combinePlans, revalueGrid, hedgeOdds,
 * sizeSameCostMacro, parsePriceCsv, alignSeries,
 * estimate*, parametricRisk, buildRiskReport, runMonteCarlo, testHedgeEffectiveness,
 * nearestCorrelationMatrix) take untrusted input and return a Result; they never throw and never
 * put NaN in an ok value. The plain helpers (parityForward, crossHedgeBand, inferFrequency,
 * simpleReturns, logReturns, summarizePnl, buildPnlHistogram, buildMoveTable, sizeWholeContracts,
 * portfolioBeta, buildFactorUniverse, money helpers) are meant for numbers an entry point has
 * already validated, but are total too: on anything else they return a documented safe value
 * (leaving out what they cannot read), never throw and never NaN.
 * tests/engine/api-fuzz.test.ts checks all of this for every export.
 */

// Results and money
export type { FieldError, Result } from './result';
export type { Money } from './money';
export { fromModel, money, parseDecimal, roundMoney, sum, toDecimalString, toNumber } from './money-api';
export { minorUnits } from './money';
export type { RoundingModeName } from './money';

// Messages and limits shared with the input parsers
export { CANCELLED_MESSAGE, Messages, TOO_LARGE_MESSAGE } from './messages';
export { MAX_MAGNITUDE } from './limits';

// Pricing: European (BSM, Black-76, Garman–Kohlhagen), American, implied volatility
export { impliedVol, priceOption } from './pricing/price-option';
export type { ExerciseStyle, ImpliedVolInput, OptionInput, OptionResult, PricingModel } from './pricing/price-option';

// Hedge plans: one function per kind, one input signature, one plan union discriminated on `kind`
// Each planner is wrapped by finiteEntry: an ok plan that would hold a non-finite figure (or curve
// value) is a field error instead.
import { finiteEntry } from './finite-result';
export type {
  AxisKind, CostLedger, ExtrasOf, HedgeKind, HedgeLeg, HedgePlan, LedgerKind, ConvertedFrom, LedgerLine, LedgerNature, Payoff, PlanAxis, PlanOf,
  ResidualRisk, Side,
} from './hedges/plan';
export { isPlanKind, PLAN_ROUNDING } from './hedges/plan';
export type {
  BankQuote, BetaExtras, CollarExtras, CombinedExtras, CrossExtras, CrossRegression, ExtrasByKind, FuturesExtras, FxForwardExtras,
  FxOptionExtras, OptionExtras, PremiumSource, ProtectivePutExtras, PutSpreadExtras, RateFuturesExtras, RateLockExtras,
  RateSwapExtras, ShortSaleExtras,
} from './hedges/extras';
export type { CapletFigures, RateCapExtras, RatePeriodFigures, RateStripExtras, SwapTermExtras } from './hedges/extras';
export { ABSOLUTE_MOVES, buildMoveTable, RELATIVE_MOVES } from './hedges/axis';
export type { MoveRow } from './hedges/axis';
export { CBOT_MINI_WHEAT, CBOT_WHEAT, CONTRACT_ROUNDINGS, isTradable, sizeWholeContracts } from './instruments/contracts';
export type { ContractFees, ContractRounding, ContractSizing, ContractTerms } from './instruments/contracts';
export type { AmountTarget, MarginInput, MarketInput, SizingInput, TargetPosition } from './hedges/inputs';
export { MAX_HEDGE_RATIO } from './hedges/input-check';
import { planProtectivePut as planProtectivePutUnchecked } from './hedges/protective-put';
export const planProtectivePut = finiteEntry(planProtectivePutUnchecked);
export type { ProtectivePutInput } from './hedges/protective-put';
import { planCollar as planCollarUnchecked } from './hedges/collar';
export const planCollar = finiteEntry(planCollarUnchecked);
export type { CollarInput } from './hedges/collar';
import { planPutSpread as planPutSpreadUnchecked } from './hedges/put-spread';
export const planPutSpread = finiteEntry(planPutSpreadUnchecked);
export type { PutSpreadInput } from './hedges/put-spread';
export type { OptionHedgeCommon } from './hedges/option-legs';
import { planShortSale as planShortSaleUnchecked } from './hedges/short-sale';
export const planShortSale = finiteEntry(planShortSaleUnchecked);
export type { ComparableAsset, ShortSaleInput } from './hedges/short-sale';
import { planFutures as planFuturesUnchecked } from './hedges/futures';
export const planFutures = finiteEntry(planFuturesUnchecked);
export type { FuturesInput } from './hedges/futures';
export { crossHedgeBand } from './hedges/cross';
import { planCross as planCrossUnchecked } from './hedges/cross';
export const planCross = finiteEntry(planCrossUnchecked);
export type { CrossInput } from './hedges/cross';
export type { CrossEstimate } from './hedges/cross-estimate';
export { parityForward } from './hedges/fx-forward';
import { planFxForward as planFxForwardUnchecked } from './hedges/fx-forward';
export const planFxForward = finiteEntry(planFxForwardUnchecked);
export type { Compounding, FxForwardInput } from './hedges/fx-forward';
import { planFxOption as planFxOptionUnchecked } from './hedges/fx-option';
export const planFxOption = finiteEntry(planFxOptionUnchecked);
export type { FxOptionInput } from './hedges/fx-option';
import { planRateFutures as planRateFuturesUnchecked } from './hedges/interest-rate';
export const planRateFutures = finiteEntry(planRateFuturesUnchecked);
export type { RateFuturesInput, RateSensitivity } from './hedges/interest-rate';
import { planRateSwap as planRateSwapUnchecked } from './hedges/rate-swap';
export const planRateSwap = finiteEntry(planRateSwapUnchecked);
export type { RateSwapInput } from './hedges/rate-swap';
import { planRateLock as planRateLockUnchecked } from './hedges/rate-lock';
export const planRateLock = finiteEntry(planRateLockUnchecked);
export type { RateLockInput } from './hedges/rate-lock';
// Multi-period rate hedges over every reset to maturity: a futures strip, a payer swap, a cap
export { blackCaplet } from './hedges/rate-cap';
export { MAX_RATE_PERIODS, parSwapRate, valueSwapPeriods } from './hedges/rate-schedule';
export type { RatePeriod, ScheduleInput } from './hedges/rate-schedule';
import { planRateStrip as planRateStripUnchecked } from './hedges/rate-strip';
export const planRateStrip = finiteEntry(planRateStripUnchecked);
export type { RateStripInput } from './hedges/rate-strip';
import { planSwapToMaturity as planSwapToMaturityUnchecked } from './hedges/swap-term';
export const planSwapToMaturity = finiteEntry(planSwapToMaturityUnchecked);
export type { SwapToMaturityInput } from './hedges/swap-term';
import { planRateCap as planRateCapUnchecked } from './hedges/rate-cap';
export const planRateCap = finiteEntry(planRateCapUnchecked);
export type { RateCapInput } from './hedges/rate-cap';
// Small-business helpers: whole vs mini contracts, a bank forward against parity
import { compareContractChoices as compareContractChoicesUnchecked } from './hedges/contract-choice';
export const compareContractChoices = finiteEntry(compareContractChoicesUnchecked);
export type { ContractChoice, ContractChoiceInput, ContractChoiceName, ContractChoices } from './hedges/contract-choice';
export { checkBankForward, MAX_PLAUSIBLE_MARKUP, PARITY_TOLERANCE } from './hedges/fx-quote-check';
export type { BankQuoteCheck, BankQuoteFlag } from './hedges/fx-quote-check';
import { planBeta as planBetaUnchecked } from './hedges/beta';
export const planBeta = finiteEntry(planBetaUnchecked);
export type { BetaInput } from './hedges/beta';
import { planProtectiveCall as planProtectiveCallUnchecked, planCallSpread as planCallSpreadUnchecked } from './hedges/short-options';
export const planProtectiveCall = finiteEntry(planProtectiveCallUnchecked);
export const planCallSpread = finiteEntry(planCallSpreadUnchecked);
export type { CallSpreadInput, ProtectiveCallInput } from './hedges/short-options';
import { planShortCollar as planShortCollarUnchecked } from './hedges/short-collar';
export const planShortCollar = finiteEntry(planShortCollarUnchecked);
export type { ShortCollarInput } from './hedges/short-collar';
import { planBuyBack as planBuyBackUnchecked } from './hedges/buy-back';
export const planBuyBack = finiteEntry(planBuyBackUnchecked);
export type { BuyBackInput } from './hedges/buy-back';
export type { BuyBackExtras, CallSpreadExtras, ProtectiveCallExtras, ShortCollarExtras } from './hedges/short-extras';
export type { OptionQuote, QuoteInput } from './hedges/option-quote';
import { combinePlans as combinePlansUnchecked } from './hedges/combined';
export const combinePlans = finiteEntry(combinePlansUnchecked);
import { buildJointScenarios as buildJointScenariosUnchecked } from './hedges/joint-scenarios';
export const buildJointScenarios = finiteEntry(buildJointScenariosUnchecked);
export { JOINT_MOVES } from './hedges/joint-scenarios';
import { convertPlan as convertPlanUnchecked } from './hedges/convert-plan';
export const convertPlan = finiteEntry(convertPlanUnchecked);
export type { JointFactor, JointMove, JointRow, JointScenarios } from './hedges/joint-scenarios';

// Before expiry: the date × price grid, the lognormal odds, the same-cost macro alternative
export type { OptionValuation } from './hedges/valuation';
import { revalueGrid as revalueGridUnchecked } from './hedges/revalue';
export const revalueGrid = finiteEntry(revalueGridUnchecked);
export type { RevalueGrid, RevalueGridInput } from './hedges/revalue';
import { hedgeOdds as hedgeOddsUnchecked } from './hedges/odds';
export const hedgeOdds = finiteEntry(hedgeOddsUnchecked);
export type { HedgeOdds, HedgeOddsInput } from './hedges/odds';
import { sizeSameCostMacro as sizeSameCostMacroUnchecked } from './hedges/same-cost-macro';
export const sizeSameCostMacro = finiteEntry(sizeSameCostMacroUnchecked);
export type { SameCostMacro, SameCostMacroInput } from './hedges/same-cost-macro';

// Price history and estimates
export { parsePriceCsv, parsePriceCsvSteps } from './market/csv';
export type { CsvFormat, CsvIssue, DecimalMark, Delimiter, ParsedPrices, PriceSeries } from './market/csv';
export { alignSeries, inferFrequency, logReturns, simpleReturns } from './market/history';
export type { AlignedHistory } from './market/history';
export { estimateMarket, estimateMarketSteps } from './market/estimates';
export type { MarketEstimates } from './market/estimates';
export { estimateHedgeRatio, HEDGE_RATIO_BASES } from './market/hedge-ratio';
export type { HedgeRatioBasis, HedgeRatioEstimate, HedgeRatioOptions } from './market/hedge-ratio';
export type { ReturnKind } from './market/estimates';
export type { Frequency, FrequencyName } from './market/history';

// Portfolio risk: parametric, Monte Carlo, micro vs macro, hedge effectiveness
export { parametricRisk, portfolioBeta } from './portfolio/parametric';
export type { ParametricInput, ParametricRisk } from './portfolio/parametric';
export { buildFactorUniverse, buildRiskReport } from './portfolio/risk-report';
export type { RiskReport, ScenarioRisk } from './portfolio/risk-report';
export type { MicroHedge, RiskReportInput } from './portfolio/risk-input';
export { runMonteCarlo, simulateChunks, summarizePnl } from './portfolio/monte-carlo';
export type { McProgress, MonteCarloResult, PnlLevel, PnlSummary, RunOptions } from './portfolio/monte-carlo';
export { planMonteCarlo } from './portfolio/mc-input';
export type { LinearPosition, MonteCarloPlan, RevaluedPosition, SimPosition } from './portfolio/mc-input';
export type { NotPsdFailure } from './portfolio/cholesky';
export type { HistogramBin } from './portfolio/histogram';
export type { MonteCarloInput } from './portfolio/mc-input';
export { buildPnlHistogram } from './portfolio/histogram';
export { nearestCorrelationMatrix } from './portfolio/cholesky';
export { testHedgeEffectiveness } from './portfolio/effectiveness';
export type { EffectivenessInput, EffectivenessReport } from './portfolio/effectiveness';

// A hedge over time: mark-to-market, effectiveness so far, remaining protection, adjustments
import { trackHedge as trackHedgeUnchecked } from './tracking/track';
export const trackHedge = finiteEntry(trackHedgeUnchecked);
import { adjustHedge as adjustHedgeUnchecked } from './tracking/adjust';
export const adjustHedge = finiteEntry(adjustHedgeUnchecked);
import { regressTrackedHedge as regressTrackedHedgeUnchecked } from './tracking/regression';
export const regressTrackedHedge = finiteEntry(regressTrackedHedgeUnchecked);
export { TRACKED_KINDS } from './tracking/track-input';
export type { TrackedHedgeInput, TrackedKind, TrackedSide, TrackingMarket } from './tracking/track-input';
export type { AdjustmentQuote, AdjustmentQuotes, DollarOffsetSoFar, HedgeMark, HedgeTracking, RemainingProtection, TrackingInput, TrackingNow } from './tracking/track';
export type { AdjustedTerms, AdjustmentAction } from './tracking/adjust';
export type { Quote as AdjustmentQuoteResult } from './tracking/adjust-quotes';
export { TrackingMessages } from './messages';
