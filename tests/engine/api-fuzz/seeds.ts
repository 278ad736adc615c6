/**
 * One or more valid argument lists per export of src/engine/index.ts, grouped by area: the fuzz
 * test breaks them field by field. A new export needs an entry here, or the test fails; a
 * constant's entry is an empty list (its value is checked instead).
 */
import * as engine from '../../../src/engine';

const X = { symbol: 'X', quantity: 1200, price: 100, currency: 'EUR', volAnnual: 0.3, dividendYield: 0, beta: 1.2 };
const fees = { commissionPerContract: '1.50', exchangeFeePerContract: '0.50' };
const payable = { symbol: 'USD', quantity: -180_000, price: 0.92, currency: 'EUR', volAnnual: 0.08, dividendYield: 0 };
const months = Array.from({ length: 16 }, (_, i) => `2024-${String((i % 12) + 1).padStart(2, '0')}-28`.replace(/^2024-(\d\d)/, (_m, mm) => `${2023 + Math.floor(i / 12)}-${mm}`));
const history = { symbols: ['JET', 'HO'], dates: months, prices: [months.map((_, i) => 2 + 0.05 * Math.sin(i)), months.map((_, i) => 2.1 + 0.06 * Math.sin(i + 0.3))] };
const csv = 'symbol,date,price\nX,2024-01-02,100\nX,2024-01-03,102\nX,2024-01-04,101\nIDX,2024-01-02,50\nIDX,2024-01-03,50.5\nIDX,2024-01-04,51';
const wide = 'date,X,IDX\n2024-01-02,100,50\n2024-01-03,102,50.5\n2024-01-04,"1,000.95",51';

const market = { r: 0.03, tenorYears: 0.5 };
const optionCommon = { target: X, market, sizing: { contractSize: 100, hedgeRatio: 1, rounding: 'nearest' as const }, fees };
const shortCommon = { ...optionCommon, target: { ...X, quantity: -1200 } };
const okValue = <T>(r: engine.Result<T>): T => {
  if (!r.ok) throw new Error(`seed failed: ${JSON.stringify(r.errors)}`);
  return r.value;
};
const put = okValue(engine.planProtectivePut({ ...optionCommon, putStrike: 95, exercise: 'american' }));
const collar = okValue(engine.planCollar({ ...optionCommon, putStrike: 95, solveZeroCost: true }));
const swap = okValue(engine.planRateSwap({ target: { symbol: 'Loan', amount: 1_000_000, currency: 'USD' }, market: { floatingRate: 0.028, tenorYears: 3 }, loanSpread: 0.001, swapFixedRate: 0.03 }));
const fxForward = okValue(engine.planFxForward({ target: { symbol: 'USD', quantity: 12_000, price: 0.92, currency: 'EUR', volAnnual: 0.08, dividendYield: 0 }, market: { r: 0.03, rForeign: 0.045, tenorYears: 0.5 } }));
const crossInput = { target: X, market: { futuresPrice: 50, tenorYears: 0.5 }, sizing: { contractSize: 10, hedgeRatio: 0.5 }, estimate: { method: 'typed' as const, rho: 0.8, sigmaS: 30, sigmaF: 10 }, periodYears: 1 };
const cross = okValue(engine.planCross(crossInput));
const riskInput = { positions: [{ label: 'X', value: 120_000, volAnnual: 0.3, beta: 1.2 }, { label: 'Rest', value: 130_000, volAnnual: 0.15, beta: 0.6 }], correlation: [[1, 0.4], [0.4, 1]], target: 0, horizonYears: 10 / 252, micro: { kind: 'reduce', hedgedFraction: 1 }, index: { volAnnual: 0.18, label: 'Index futures' } };
const pnl = Float64Array.from([-5, 3, -1, 2, 0, -2, 4, 1, -3, 6]);

const trackedPut = { kind: 'put', side: 'long', currency: 'EUR', openedOn: '2025-03-01', expiry: '2026-01-01', contracts: 12, contractSize: 100, strike: 56, entryPrice: 3, feePerContract: '1.80', realized: '-2.5', item: { quantity: 1200, priceAtOpen: 62.5 } };
const trackedFutures = { kind: 'futures', side: 'long', currency: 'USD', openedOn: '2025-06-05', expiry: '2025-12-29', contracts: 2, contractSize: 100, entryPrice: 1250, feePerContract: '2', realized: '0', item: { quantity: -200, priceAtOpen: 1250 } };
const trackedSwap = { kind: 'swap', side: 'long', currency: 'JPY', openedOn: '2025-01-01', expiry: '2027-01-01', contracts: 1, contractSize: 1_000_000, strike: 0.02, periodYears: 0.5, feePerContract: '0', realized: '0', item: { quantity: -1, priceAtOpen: 2 } };

export type Seeds = Record<string, readonly (readonly unknown[])[]>;

export const GROUPS: Record<string, Seeds> = {
  pricing: {
    priceOption: [[{ type: 'call', spot: 42, strike: 40, r: 0.1, t: 0.5, vol: 0.2 }], [{ type: 'put', exercise: 'american', spot: 50, strike: 50, r: 0.1, q: 0.02, t: 5 / 12, vol: 0.4 }], [{ type: 'put', model: 'black76', spot: 20, strike: 20, r: 0.09, t: 1 / 3, vol: 0.25 }]],
    impliedVol: [[{ type: 'call', spot: 21, strike: 20, r: 0.1, t: 0.25, price: 1.875 }], [{ type: 'put', exercise: 'american', spot: 50, strike: 50, r: 0.1, t: 5 / 12, price: 4.3 }]],
  },
  hedges: {
    planProtectivePut: [[{ ...optionCommon, putStrike: 95, exercise: 'american' }], [{ ...optionCommon, putStrike: 95, putPremiumQuote: 5.1 }]],
    planCollar: [[{ ...optionCommon, putStrike: 95, solveZeroCost: true }], [{ ...optionCommon, putStrike: 95, callStrike: 110 }]],
    planPutSpread: [[{ ...optionCommon, longPutStrike: 95, shortPutStrike: 85, shortPutPremiumQuote: { bid: '1.10', ask: '1.25' } }]],
    planProtectiveCall: [[{ ...shortCommon, callStrike: 110, exercise: 'european' }], [{ ...shortCommon, callStrike: 110, callPremiumQuote: { bid: '2.1', ask: '2.3', last: '2.2' } }]],
    planCallSpread: [[{ ...shortCommon, longCallStrike: 105, shortCallStrike: 120, exercise: 'european' }]],
    planShortCollar: [[{ ...shortCommon, callStrike: 110, solveZeroCost: true, exercise: 'european' }], [{ ...shortCommon, callStrike: 110, putStrike: 90, exercise: 'european' }]],
    planBuyBack: [[{ target: { ...X, quantity: -1200 }, buyBackPrice: 100.1, commission: '9.95', sizing: { hedgeRatio: 0.5, contractSize: 100, rounding: 'down' } }]],
    planShortSale: [[{ target: X, market: { tenorYears: 0.5 }, borrowFeeAnnual: '0.011', commission: '10', margin: { initialFraction: 0.5, stressMove: 0.2 } }]],
    planFutures: [
      [{ target: { ...X, symbol: 'WHEAT', quantity: -40, price: 230 }, market: { futuresPrice: 235, expectedBasis: 0 }, sizing: { contractSize: 50 }, fees: { commissionPerContract: '2.50', exchangeFeePerContract: '0.60' }, margin: { initialPerContract: '1000', stressMove: 0.2 } }],
      [{ target: X, market: { futuresPrice: 105, r: 0.05, tenorYears: 1 }, sizing: { contractSize: 1 }, tailing: true }],
    ],
    planCross: [[crossInput]],
    crossHedgeBand: [[cross, 100]],
    parityForward: [[0.92, 0.03, 0.045, 90 / 365], [0.75, 0.01, 0.03, 2, 'simple']],
    planFxForward: [[{ target: payable, market: { r: 0.03, rForeign: 0.045, tenorYears: 90 / 365, bankForward: 0.918 } }]],
    planFxOption: [[{ target: payable, market: { r: 0.03, rForeign: 0.045, tenorYears: 90 / 365 }, strike: 0.92 }]],
    planRateFutures: [[{ target: { symbol: 'Bonds', amount: 10_000_000, currency: 'USD' }, market: { futuresQuote: 93.0625 }, sizing: { contractSize: 100_000 }, sensitivity: { method: 'duration', portfolioDuration: 6.8, futuresDuration: 9.2 } }]],
    planRateSwap: [[{ target: { symbol: 'Loan', amount: 100_000_000, currency: 'USD' }, market: { floatingRate: 0.028, tenorYears: 3 }, loanSpread: 0.001, swapFixedRate: 0.03, accrualYears: 0.5 }]],
    planRateLock: [[{ target: { symbol: 'Loan', amount: 100_000_000, currency: 'USD' }, market: { futuresQuote: 99.99 }, spread: 0.02, accrualYears: 0.25, valuePerBasisPoint: '25' }]],
    planRateStrip: [[{ target: { symbol: 'Loan', amount: 5_000_000, currency: 'EUR' }, schedule: { firstResetYears: 0.25, accrualYears: 0.25, periods: 3, forwardRates: [0.024, 0.0245] }, spread: 0.015, valuePerBasisPoint: '25', fees: { commissionPerContract: '2', exchangeFeePerContract: '0' }, margin: { initialPerContract: '600' } }]],
    planSwapToMaturity: [[{ target: { symbol: 'Loan', amount: 5_000_000, currency: 'EUR' }, schedule: { firstResetYears: 0.25, accrualYears: 0.25, periods: 3, forwardRates: [0.024, 0.0245, 0.025] }, loanSpread: 0.015, swapFixedRate: 0.0245, upfrontFee: '500' }]],
    planRateCap: [[{ target: { symbol: 'Loan', amount: 10_000_000, currency: 'USD' }, schedule: { firstResetYears: 1, accrualYears: 0.25, periods: 2, forwardRates: [0.07] }, spread: 0.01, capRate: 0.08, volAnnual: 0.2 }]],
    blackCaplet: [[0.07, 0.08, 0.2, 1, 0.25, 10_000_000, 0.922]],
    parSwapRate: [[[{ accrualYears: 0.5, forwardRate: 0.05, discountFactor: 0.97 }]]],
    valueSwapPeriods: [[[{ accrualYears: 0.5, forwardRate: 0.05, discountFactor: 0.97 }], 1_000_000, 0.04]],
    compareContractChoices: [
      [{ target: { symbol: 'Wheat', quantity: -12_300, price: 5.5, currency: 'USD', volAnnual: 0, dividendYield: 0 }, market: { futuresPrice: 5.6 }, sizing: { contractSize: 5000 }, fees: { commissionPerContract: '2.50', exchangeFeePerContract: '1.00' }, initialMargin: '1500', mini: { contractSize: 1000, initialMargin: '300' }, priceMove: 0.1 }],
      [{ target: { symbol: 'Wheat', quantity: 40, price: 215, currency: 'EUR', volAnnual: 0, dividendYield: 0 }, market: { futuresPrice: 222, expectedBasis: -2 }, sizing: { contractSize: 50 }, priceMove: 0.2 }],
    ],
    checkBankForward: [[0.915474, 0.9185, true], [0.915474, 0.9100, false]],
    MAX_RATE_PERIODS: [], MAX_PLAUSIBLE_MARKUP: [], PARITY_TOLERANCE: [], CBOT_WHEAT: [], CBOT_MINI_WHEAT: [],
    planBeta: [[{ target: { symbol: 'Portfolio', amount: 5_050_000, currency: 'USD', beta: 1.5 }, market: { futuresPrice: 1010, indexLevel: 1000, r: 0.04, indexDividendYield: 0.01, tenorYears: 0.25, futuresMaturityYears: 4 / 12 }, sizing: { contractSize: 250 }, fees }]],
    combinePlans: [[[put, collar], 'Half and half'], [[put]]],
    revalueGrid: [[{ plan: put }], [{ plan: collar, volShift: 0.05, rateShift: -0.01, rows: 9, columns: 4 }]],
    hedgeOdds: [[{ plan: put }], [{ plan: collar, expectedReturn: 0.08, volShift: -0.05, rateShift: 0.01 }]],
    sizeSameCostMacro: [[{ budget: 5_000, portfolio: { value: 500_000, beta: 2, dividendYield: 0.04 }, index: { level: 1000, volAnnual: 0.18, dividendYield: 0.04, multiplier: 100 }, r: 0.12, tenorYears: 0.25, strikeFraction: 0.96, feePerContract: 2 }]],
    buildJointScenarios: [[[put, swap]], [[put, collar], [{ name: 'Crash', severity: 2 }]], [[put, fxForward], [{ name: 'Adverse', severity: 1 }], [1, null]]],
    convertPlan: [[put, 'EUR', '0.9090'], [collar, 'JPY', 151.25], [put, 'USD', '1']],
    JOINT_MOVES: [],
    buildMoveTable: [[put], [collar, [-0.2, 0, 0.2]]],
    isPlanKind: [[put, 'protective-put']],
    sizeWholeContracts: [[1234.5, 100, 'nearest'], [80, 50, 'down']],
    isTradable: [[engine.sizeWholeContracts(1234.5, 100, 'nearest')]],
    ABSOLUTE_MOVES: [], RELATIVE_MOVES: [], CONTRACT_ROUNDINGS: [], MAX_HEDGE_RATIO: [], PLAN_ROUNDING: [],
  },
  market: {
    parsePriceCsv: [[csv], [wide, { format: 'wide' }], [csv, null]],
    parsePriceCsvSteps: [[csv], [csv, { decimal: 'comma' }], [csv, null]],
    alignSeries: [[[{ symbol: 'X', dates: ['2024-01-02', '2024-01-03', '2024-01-04'], prices: [100, 101, 99] }, { symbol: 'Y', dates: ['2024-01-02', '2024-01-04'], prices: [50, 51] }]]],
    inferFrequency: [[months], [['2024-01-02', '2024-01-03', '2024-01-05']]],
    simpleReturns: [[[100, 110, 99]]],
    logReturns: [[[100, 110, 99]]],
    estimateMarket: [[history, { indexSymbol: 'HO' }], [history]],
    estimateMarketSteps: [[history, { indexSymbol: 'HO' }], [history]],
    estimateHedgeRatio: [[history, 'JET', 'HO'], [history, 'JET', 'HO', { basis: 'log-returns' }]],
    HEDGE_RATIO_BASES: [],
  },
  portfolio: {
    portfolioBeta: [[[120_000, 130_000, -50_000], [1.2, 0.6, 1]]],
    buildFactorUniverse: [[riskInput]],
    parametricRisk: [[{ values: [10e6, 5e6], volsAnnual: [0.3, 0.16], correlation: [[1, 0.3], [0.3, 1]], horizonYears: 10 / 252, confidence: [0.99] }]],
    buildRiskReport: [[riskInput], [{ ...riskInput, micro: { kind: 'cross', hedgeRatio: 0.8, hedgeVolAnnual: 0.25, correlationWithTarget: 0.85, label: 'Proxy' } }]],
    runMonteCarlo: [[{ volsAnnual: [0.2, 0.3], correlation: [[1, 0.5], [0.5, 1]], horizonYears: 10 / 252, positions: [{ kind: 'linear', asset: 0, value: 100_000 }, { kind: 'linear', asset: 1, value: -50_000 }], paths: 500, seed: 42, model: 'normal', confidence: [0.95, 0.99] }]],
    planMonteCarlo: [[{ volsAnnual: [0.2, 0.3], correlation: [[1, 0.5], [0.5, 1]], horizonYears: 10 / 252, positions: [{ kind: 'linear', asset: 0, value: 100_000 }, { kind: 'linear', asset: 1, value: -50_000 }], paths: 500, seed: 42, model: 'normal', confidence: [0.95, 0.99] }]],
    simulateChunks: [[(engine.planMonteCarlo({ volsAnnual: [0.2, 0.3], correlation: [[1, 0.5], [0.5, 1]], horizonYears: 10 / 252, positions: [{ kind: 'linear', asset: 0, value: 100_000 }, { kind: 'linear', asset: 1, value: -50_000 }], paths: 500, seed: 42, model: 'normal', confidence: [0.95, 0.99] }) as { ok: true; value: unknown }).value, 200], [{ volsAnnual: [0.2, 0.3], correlation: [[1, 0.5], [0.5, 1]], horizonYears: 10 / 252, positions: [{ kind: 'linear', asset: 0, value: 100_000 }, { kind: 'linear', asset: 1, value: -50_000 }], paths: 500, seed: 42, model: 'normal', confidence: [0.95, 0.99] }]],
    CANCELLED_MESSAGE: [],
    summarizePnl: [[pnl, [0.9]]],
    buildPnlHistogram: [[pnl, 4]],
    nearestCorrelationMatrix: [[[[1, 1, 0], [1, 1, 1], [0, 1, 1]]]],
    testHedgeEffectiveness: [[{ hedgedItemValues: [1_000_000, 989_000, 995_000, 980_000, 990_000], hedgeValues: [0, 10_000, 4_500, 19_000, 9_800] }]],
  },
  tracking: {
    trackHedge: [
      [{ hedge: trackedPut, market: { today: '2025-07-02', itemPrice: 60, r: 0.03, vol: 0.45 }, now: { positionQuantity: 1500, hedgeRatio: 1, rollExpiry: '2026-04-01' } }],
      [{ hedge: trackedFutures, market: { today: '2025-06-06', itemPrice: 1241, futuresPrice: 1241, r: 0 }, now: { positionQuantity: -200, hedgeRatio: 1, rollExpiry: '2026-03-27', rollPrice: 1260 } }],
      [{ hedge: trackedSwap, market: { today: '2025-07-01', itemPrice: 3, swapRate: 0.03, r: 0.03 }, now: { positionQuantity: -1_000_000, hedgeRatio: 1 } }],
    ],
    adjustHedge: [
      [{ action: 'roll', hedge: trackedFutures, market: { today: '2025-06-06', itemPrice: 1241, futuresPrice: 1241, r: 0 }, now: { positionQuantity: -200, hedgeRatio: 1, rollExpiry: '2026-03-27', rollPrice: 1260 } }],
      [{ action: 'resize', hedge: trackedPut, market: { today: '2025-07-02', itemPrice: 60, r: 0.03, vol: 0.45 }, now: { positionQuantity: 1500, hedgeRatio: 1 } }],
      [{ action: 'unwind', hedge: trackedPut, market: { today: '2025-07-02', itemPrice: 60, r: 0.03, vol: 0.45 }, now: { positionQuantity: 1500, hedgeRatio: 1 } }],
    ],
    regressTrackedHedge: [[{ hedge: trackedPut, market: { today: '2025-07-02', itemPrice: 60, r: 0.03, vol: 0.45 }, itemPrices: [58, 61, 59.5, 62, 60.5, 60] }]],
    TRACKED_KINDS: [], TrackingMessages: [],
  },
  money: {
    money: [['1234.565', 'EUR']],
    fromModel: [[0.1, 'USD']],
    roundMoney: [[engine.money('1234.565', 'EUR')], [engine.money('1234.5', 'JPY'), 'halfUp']],
    minorUnits: [['EUR'], ['JPY'], ['KWD']],
    sum: [[[engine.money('0.1', 'USD'), engine.money('0.2', 'USD')], 'USD']],
    toDecimalString: [[engine.money('1234.565', 'EUR')]],
    toNumber: [[engine.money('1234.565', 'EUR')]],
    parseDecimal: [['1,234.5'], [' -0.5 ']],
    MAX_MAGNITUDE: [],
    TOO_LARGE_MESSAGE: [],
    Messages: [],
  },
};
