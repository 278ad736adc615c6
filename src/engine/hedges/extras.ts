/**
 * The figures each hedge kind adds to its plan, typed per kind (every number finite; a figure
 * that does not apply is `null`, never NaN). `plan.kind === 'futures'` narrows `plan.extras` to
 * FuturesExtras, so no consumer needs a cast or a string key.
 */
import type { Money } from '../money';
import type { HedgePlan, Side } from './plan';
import type { BuyBackExtras, CallSpreadExtras, ProtectiveCallExtras, ShortCollarExtras } from './short-extras';

/** Where a premium came from: the pricing model, a single typed quote, or the ask / bid / last of a typed bid-ask quote. */
export type PremiumSource = 'model' | 'quote' | 'ask' | 'bid' | 'last';

/** What every option hedge (put, collar, put spread) reports. */
export type OptionExtras = {
  readonly contracts: number;
  /** Share of the position asked to hedge (sizing.hedgeRatio). */
  readonly hedgeRatio: number;
  /** Σ premiums per hedged unit, bought positive, written negative. */
  readonly netPremiumPerUnit: number;
  /** Total cost / |units held|. */
  readonly costPerUnitHeld: number;
  /** Share of every rise beyond the highest strike that is kept (for a short: of every fall below the lowest strike). */
  readonly upsideKept: number;
  /** Delta of position + options today, in underlying units. */
  readonly hedgedDelta: number;
};

export type ProtectivePutExtras = OptionExtras & {
  readonly putStrike: number;
  readonly premiumPerUnit: number;
  readonly premiumSource: PremiumSource;
  readonly modelPremiumPerUnit: number;
};

export type CollarExtras = OptionExtras & {
  readonly putStrike: number;
  readonly callStrike: number;
  readonly putPremiumPerUnit: number;
  readonly callPremiumPerUnit: number;
  readonly putPremiumSource: PremiumSource;
  readonly callPremiumSource: PremiumSource;
  readonly zeroCostSolved: boolean;
};

export type PutSpreadExtras = OptionExtras & {
  readonly longPutStrike: number;
  readonly shortPutStrike: number;
  readonly maxPayoffPerUnit: number;
  readonly longPutPremiumPerUnit: number;
  readonly shortPutPremiumPerUnit: number;
  readonly longPutPremiumSource: PremiumSource;
  readonly shortPutPremiumSource: PremiumSource;
};

export type ShortSaleExtras = {
  readonly unitsShorted: number;
  readonly lots: number;
  readonly shortValue: number;
  readonly borrowFee: number;
  readonly dividendsOwed: number;
  readonly remainderUnits: number;
  readonly effectiveness: number | null;
};

export type FuturesExtras = {
  readonly contracts: number;
  readonly exactContracts: number;
  /** F1 + b2 per unit (Hull OFOD §3.3). */
  readonly lockedPrice: number;
  readonly basis: number;
  readonly hedgeRatio: number;
  readonly tailed: boolean;
  /** Hedged units × locked price, signed like the target, rounded once. */
  readonly lockedValue: Money;
};

export type CrossRegression = {
  readonly r2: number;
  readonly slopeStdError: number;
  readonly observations: number;
  readonly t975: number;
  readonly low95: number;
  readonly high95: number;
};

export type CrossExtras = {
  readonly contracts: number;
  readonly exactContracts: number;
  /** h* = ρ·σS/σF (Hull eq. 3.1). */
  readonly minVarianceRatio: number;
  /** Share of the position hedged (sizing.hedgeRatio). */
  readonly hedgeRatio: number;
  readonly correlation: number;
  readonly sigmaS: number;
  readonly sigmaF: number;
  readonly effectiveness: number;
  readonly bandHalfWidth: number;
  readonly residualSdAtHorizon: number;
  readonly unhedgedSdAtHorizon: number;
  readonly regression: CrossRegression | null;
};

export type BankQuote = {
  readonly bankForward: number;
  readonly impliedMarkup: number;
  readonly impliedMarkupFraction: number;
  readonly impliedMarkupAmount: number;
};

export type FxForwardExtras = {
  readonly parityForward: number;
  readonly forwardPoints: number;
  readonly rateUsed: number;
  readonly lockedValue: Money;
  readonly bankQuote: BankQuote | null;
};

export type FxOptionExtras = {
  readonly contracts: number;
  readonly optionType: 'call' | 'put';
  readonly premiumPerUnit: number;
  readonly breakevenRate: number | null;
  /** Worst value at the horizon net of costs when the whole amount is covered; null otherwise. */
  readonly worstCaseValue: Money | null;
  readonly delta: number;
};

export type RateFuturesExtras = {
  readonly contracts: number;
  readonly exactContracts: number;
  readonly contractValue: number | null;
  readonly valueChangePerBpUnhedged: number;
  readonly valueChangePerBpHedged: number;
};

export type RateSwapExtras = {
  readonly notional: number;
  readonly allInFixedRate: number;
  readonly hedgeRatio: number;
  readonly accrualYears: number;
};

export type RateLockExtras = {
  readonly contracts: number;
  readonly exactContracts: number;
  readonly lockedRate: number;
  readonly futuresRate: number;
};

/** One reset period of a multi-period rate hedge. */
export type RatePeriodFigures = {
  readonly resetYears: number;
  readonly accrualYears: number;
  readonly forwardRate: number;
  /** False when the period repeats the last forward given. */
  readonly quoted: boolean;
  readonly discountFactor: number;
  /** Forward rate + loan spread. */
  readonly lockedRate: number;
};

export type RateStripExtras = {
  readonly contractsPerPeriod: number;
  readonly exactContractsPerPeriod: number;
  readonly totalContracts: number;
  readonly periods: readonly RatePeriodFigures[];
  /** Σ(F_k + spread)τ_k / Στ_k. */
  readonly averageLockedRate: number;
  /** Interest of every period at the locked rates (negative = paid), exact. */
  readonly lockedInterest: Money;
};

export type SwapTermExtras = {
  readonly notional: number;
  readonly allInFixedRate: number;
  readonly parRate: number;
  /** Value to the fixed payer at the typed fixed rate (negative: above the fair rate). */
  readonly swapValue: Money;
  readonly periods: readonly RatePeriodFigures[];
  readonly maturityYears: number;
  readonly lockedInterest: Money;
};

export type CapletFigures = {
  readonly resetYears: number;
  readonly forwardRate: number;
  readonly discountFactor: number;
  readonly quoted: boolean;
  readonly price: number;
  readonly d1: number;
  readonly d2: number;
};

export type RateCapExtras = {
  readonly capRate: number;
  readonly volAnnual: number;
  readonly premium: Money;
  readonly premiumPerYear: Money;
  /** Cap rate + spread + premium / (principal × years covered). */
  readonly worstEffectiveRate: number;
  readonly caplets: readonly CapletFigures[];
  readonly maturityYears: number;
};

export type BetaExtras = {
  readonly contracts: number;
  /** |N*| before rounding. */
  readonly exactContracts: number;
  readonly side: Side;
  readonly portfolioBeta: number;
  readonly targetBeta: number;
  /** Beta after the WHOLE contracts traded: β + side·n·F·m/P. */
  readonly achievedBeta: number;
  readonly futuresContractValue: number;
};

export type CombinedExtras = {
  readonly components: readonly HedgePlan[];
  /** Components whose payoff lives on another axis than the first's (ledger only). */
  readonly payoffPlansExcluded: number;
};

export type ExtrasByKind = {
  'protective-put': ProtectivePutExtras;
  collar: CollarExtras;
  'put-spread': PutSpreadExtras;
  'short-sale': ShortSaleExtras;
  futures: FuturesExtras;
  cross: CrossExtras;
  'fx-forward': FxForwardExtras;
  'fx-option': FxOptionExtras;
  'rate-futures': RateFuturesExtras;
  'rate-swap': RateSwapExtras;
  'rate-lock': RateLockExtras;
  'rate-strip': RateStripExtras;
  'swap-term': SwapTermExtras;
  'rate-cap': RateCapExtras;
  beta: BetaExtras;
  combined: CombinedExtras;
  'protective-call': ProtectiveCallExtras;
  'call-spread': CallSpreadExtras;
  'short-collar': ShortCollarExtras;
  'buy-back': BuyBackExtras;
};
