/**
 * One or more valid argument lists per export of src/engine/index.ts, grouped by area: the fuzz
 * test breaks them field by field. A new export needs an entry here, or the test fails; a
 * constant's entry is an empty list (its value is checked instead).
 */
import * as engine from '../../../src/engine';

const X = { symbol: 'X', quantity: 1200, price: 100, currency: 'EUR', volAnnual: 0.3, dividendYield: 0, beta: 1.2 };
const fees = { commissionPerContract: '1.50', exchangeFeePerContract: '0.50' };
const option = { target: X, rates: { r: 0.03, tenorYears: 0.5 }, fees, contractSize: 100 };
const payable = { symbol: 'USD', quantity: -180_000, price: 0.92, currency: 'EUR', volAnnual: 0.08, dividendYield: 0 };
const months = Array.from({ length: 16 }, (_, i) => `2024-${String((i % 12) + 1).padStart(2, '0')}-28`.replace(/^2024-(\d\d)/, (_m, mm) => `${2023 + Math.floor(i / 12)}-${mm}`));
const history = { symbols: ['JET', 'HO'], dates: months, prices: [months.map((_, i) => 2 + 0.05 * Math.sin(i)), months.map((_, i) => 2.1 + 0.06 * Math.sin(i + 0.3))] };
const csv = 'symbol,date,price\nX,2024-01-02,100\nX,2024-01-03,102\nX,2024-01-04,101\nIDX,2024-01-02,50\nIDX,2024-01-03,50.5\nIDX,2024-01-04,51';
const wide = 'date,X,IDX\n2024-01-02,100,50\n2024-01-03,102,50.5\n2024-01-04,"1,000.95",51';

const okValue = <T>(r: engine.Result<T>): T => {
  if (!r.ok) throw new Error(`seed failed: ${JSON.stringify(r.errors)}`);
  return r.value;
};
const put = okValue(engine.planProtectivePut({ ...option, putStrike: 95 }));
const collar = okValue(engine.planCollar({ ...option, putStrike: 95, solveZeroCost: true }));
const cross = okValue(engine.planCross({ target: { ...X, quantity: -2_000_000, price: 1.94 }, futuresPrice: 1.99, contractSize: 42_000, horizonYears: 1 / 12, estimate: { method: 'typed', rho: 0.928, sigmaS: 0.0263, sigmaF: 0.0313 } }));
const pnl = Float64Array.from([-5, 3, -1, 2, 0, -2, 4, 1, -3, 6]);

export type Seeds = Record<string, readonly (readonly unknown[])[]>;

export const GROUPS: Record<string, Seeds> = {
  pricing: {
    priceOption: [[{ type: 'call', spot: 42, strike: 40, r: 0.1, t: 0.5, vol: 0.2 }], [{ type: 'put', exercise: 'american', spot: 50, strike: 50, r: 0.1, q: 0.02, t: 5 / 12, vol: 0.4 }], [{ type: 'put', model: 'black76', spot: 20, strike: 20, r: 0.09, t: 1 / 3, vol: 0.25 }]],
    impliedVol: [[{ type: 'call', spot: 21, strike: 20, r: 0.1, t: 0.25, price: 1.875 }], [{ type: 'put', exercise: 'american', spot: 50, strike: 50, r: 0.1, t: 5 / 12, price: 4.3 }]],
  },
  hedges: {
    planProtectivePut: [[{ ...option, putStrike: 95 }], [{ ...option, putStrike: 95, exercise: 'american', putPremiumQuote: 5.1 }]],
    planCollar: [[{ ...option, putStrike: 95, solveZeroCost: true }], [{ ...option, putStrike: 95, callStrike: 110 }]],
    planPutSpread: [[{ ...option, longPutStrike: 95, shortPutStrike: 85 }]],
    planShortSale: [[{ target: X, rates: { r: 0.03, tenorYears: 0.5 }, borrowFeeAnnual: '0.02', commission: '10', initialMarginFraction: 0.5, stressMove: 0.2 }]],
    planFutures: [[{ target: { ...X, quantity: -40, price: 230 }, futuresPrice: 235, contractSize: 50, fees, initialMarginPerContract: '1000', stressMove: 0.2 }]],
    planCross: [[{ target: { ...X, quantity: -2_000_000, price: 1.94 }, futuresPrice: 1.99, contractSize: 42_000, horizonYears: 1 / 12, estimate: { method: 'typed', rho: 0.928, sigmaS: 0.0263, sigmaF: 0.0313 } }]],
    crossHedgeBand: [[cross, 1.94]],
    parityForward: [[0.92, 0.03, 0.045, 90 / 365], [0.75, 0.01, 0.03, 2, 'simple']],
    planFxForward: [[{ target: payable, rDomestic: 0.03, rForeign: 0.045, tenorYears: 90 / 365, bankForward: 0.918 }]],
    planFxOption: [[{ target: payable, strike: 0.92, rDomestic: 0.03, rForeign: 0.045, tenorYears: 90 / 365 }]],
    planRateFutures: [[{ portfolioValue: 10_000_000, currency: 'USD', sizing: { method: 'duration', portfolioDuration: 6.8, futuresQuote: 93.0625, contractFaceValue: 100_000, futuresDuration: 9.2 } }]],
    planRateSwap: [[{ loanPrincipal: 100_000_000, currency: 'USD', loanSpread: 0.001, swapFixedRate: 0.03, tenorYears: 3, accrualYears: 0.5, currentFloatingRate: 0.028 }]],
    planRateLock: [[{ principal: 100_000_000, currency: 'USD', spread: 0.02, accrualYears: 0.25, futuresQuote: 99.99, valuePerBasisPoint: '25' }]],
    planBeta: [[{ portfolioValue: 5_050_000, currency: 'USD', portfolioBeta: 1.5, futuresPrice: 1010, multiplier: 250, indexLevel: 1000, r: 0.04, dividendYield: 0.01, horizonYears: 0.25, futuresMaturityYears: 4 / 12, fees }]],
    combinePlans: [[[put, collar], 'Half and half'], [[put]]],
  },
  market: {
    parsePriceCsv: [[csv], [wide, { format: 'wide' }], [csv, null]],
    alignSeries: [[[{ symbol: 'X', dates: ['2024-01-02', '2024-01-03', '2024-01-04'], prices: [100, 101, 99] }, { symbol: 'Y', dates: ['2024-01-02', '2024-01-04'], prices: [50, 51] }]]],
    inferFrequency: [[months], [['2024-01-02', '2024-01-03', '2024-01-05']]],
    simpleReturns: [[[100, 110, 99]]],
    logReturns: [[[100, 110, 99]]],
    estimateMarket: [[history, { indexSymbol: 'HO' }], [history]],
    estimateHedgeRatio: [[history, 'JET', 'HO']],
  },
  portfolio: {
    parametricRisk: [[{ values: [10e6, 5e6], volsAnnual: [0.3, 0.16], correlation: [[1, 0.3], [0.3, 1]], horizonYears: 10 / 252, confidence: [0.99] }]],
    buildRiskReport: [[{ positions: [{ label: 'X', value: 120_000, volAnnual: 0.3, beta: 1.2 }, { label: 'Rest', value: 130_000, volAnnual: 0.15, beta: 0.6 }], correlation: [[1, 0.4], [0.4, 1]], target: 0, horizonYears: 10 / 252, micro: { kind: 'reduce', hedgedFraction: 1 }, index: { volAnnual: 0.18, label: 'Index futures' } }]],
    runMonteCarlo: [[{ volsAnnual: [0.2, 0.3], correlation: [[1, 0.5], [0.5, 1]], horizonYears: 10 / 252, positions: [{ kind: 'linear', asset: 0, value: 100_000 }, { kind: 'linear', asset: 1, value: -50_000 }], paths: 500, seed: 42, model: 'normal', confidence: [0.95, 0.99] }]],
    summarizePnl: [[pnl, [0.9]]],
    buildPnlHistogram: [[pnl, 4]],
    nearestCorrelationMatrix: [[[[1, 1, 0], [1, 1, 1], [0, 1, 1]]]],
    testHedgeEffectiveness: [[{ hedgedItemValues: [1_000_000, 989_000, 995_000, 980_000, 990_000], hedgeValues: [0, 10_000, 4_500, 19_000, 9_800] }]],
  },
  money: {
    money: [['1234.565', 'EUR']],
    fromModel: [[0.1, 'USD']],
    roundMoney: [[engine.money('1234.565', 'EUR')], [engine.money('1234.5', 'JPY'), 'halfUp']],
    sum: [[[engine.money('0.1', 'USD'), engine.money('0.2', 'USD')], 'USD']],
    toDecimalString: [[engine.money('1234.565', 'EUR')]],
    toNumber: [[engine.money('1234.565', 'EUR')]],
  },
};
