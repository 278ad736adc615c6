/**
 * The investor's comparison: every hedge of one stock position side by side — protective put,
 * collar, put spread, short sale, proxy (cross) hedge — and the macro alternative, an index-futures
 * beta hedge of the whole portfolio.
 */
import { planBeta, planCollar, planCross, planProtectivePut, planPutSpread, planShortSale } from '../../engine';
import type { ContractFees, HedgePlan, Result, TargetPosition } from '../../engine';
import type { PortfolioInput, StockHedgeInput } from '../scenario';
import type { Explanation } from './explain';
import { positionGreeks } from './greeks';
import type { PositionGreeks } from './greeks';
import { createReader, daysToYears, placeEngineErrors } from './reader';
import { readPortfolio } from './portfolio';
import { stockExplanations } from './stock-explain';
import type { StockContext } from './stock-explain';
import type { HedgeResult, ModeResult } from './types';

function fieldMap(targetId: string): Readonly<Record<string, string>> {
  const t = `portfolio.${targetId}`;
  return {
    'target.quantity': `${t}.quantity`,
    'target.price': `${t}.price`,
    'target.volAnnual': `${t}.vol`,
    'target.dividendYield': `${t}.dividendYield`,
    'target.currency': `${t}.currency`,
    'market.r': 'stock.rate',
    'market.tenorYears': 'stock.tenorDays',
    'sizing.contractSize': 'stock.contractSize',
    'sizing.hedgeRatio': 'stock.hedgeRatio',
    putStrike: 'stock.putStrike',
    longPutStrike: 'stock.putStrike',
    shortPutStrike: 'stock.spreadLowerStrike',
    callStrike: 'stock.callStrike',
    putPremiumQuote: 'stock.putQuote',
    longPutPremiumQuote: 'stock.putQuote',
    callPremiumQuote: 'stock.callQuote',
    'fees.commissionPerContract': 'stock.commission',
    'fees.exchangeFeePerContract': 'stock.exchangeFee',
    borrowFeeAnnual: 'stock.borrowFee',
    'margin.initialFraction': 'stock.shortMargin',
    'margin.stressMove': 'stock.stressMove',
    'estimate.rho': 'stock.proxyCorrelation',
    'estimate.sigmaF': 'stock.proxyVol',
    targetBeta: 'stock.targetBeta',
  };
}

/** The proxy and index hedges name their own contract sizes, prices and margins. */
const CROSS_FIELDS: Readonly<Record<string, string>> = {
  'sizing.contractSize': 'stock.proxyContractSize',
  'market.futuresPrice': 'stock.proxyPrice',
  'margin.initialPerContract': 'stock.proxyMargin',
};
const BETA_FIELDS: Readonly<Record<string, string>> = {
  'sizing.contractSize': 'stock.indexMultiplier',
  'market.futuresPrice': 'stock.indexFuturesPrice',
  'margin.initialPerContract': 'stock.indexMargin',
};

function toResult<P extends HedgePlan>(
  id: string,
  name: string,
  r: Result<P>,
  map: Readonly<Record<string, string>>,
  fieldErrors: Record<string, string>,
  explain: (p: P) => Record<string, Explanation>,
  greeksOf?: (p: HedgePlan) => PositionGreeks | null,
): HedgeResult {
  if (r.ok) {
    const plan = r.value;
    let cards: Record<string, Explanation> | null = null;
    let greeks: PositionGreeks | null | undefined;
    // Formula cards are text for the one hedge being viewed: built on first read, not per edit for all six.
    return {
      id,
      name,
      plan,
      errors: [],
      get explanations() {
        return (cards ??= explain(plan));
      },
      // Full option Greeks (American ones by repricing) only for the hedge being viewed.
      get greeks() {
        if (greeks === undefined) greeks = greeksOf ? greeksOf(plan) : null;
        return greeks;
      },
    };
  }
  return { id, name, plan: null, errors: placeEngineErrors(r.errors, map, fieldErrors), explanations: {} };
}

export function calculateStock(p: PortfolioInput, s: StockHedgeInput): ModeResult {
  const pf = readPortfolio(p);
  const read = createReader('stock');
  const { num, optionalNum } = read;
  const moneyText = read.money;
  // The macro hedge's engine limit is 50 years: the field says so in days.
  const days = num('tenorDays', s.tenorDays, { gt: 0, max: 50 * 365 });
  const r = num('rate', s.rate, { percent: true, min: -100, max: 100 });
  const hedgeRatio = num('hedgeRatio', s.hedgeRatio, { percent: true, gt: 0, max: 500 });
  const contractSize = num('contractSize', s.contractSize, { gt: 0 });
  const putStrike = num('putStrike', s.putStrike, { gt: 0 });
  const callStrike = s.zeroCostCollar ? null : num('callStrike', s.callStrike, { gt: 0 });
  const lowerStrike = num('spreadLowerStrike', s.spreadLowerStrike, { gt: 0 });
  optionalNum('putQuote', s.putQuote, { min: 0 });
  optionalNum('callQuote', s.callQuote, { min: 0 });
  const fees: ContractFees = { commissionPerContract: moneyText('commission', s.commission), exchangeFeePerContract: moneyText('exchangeFee', s.exchangeFee) };
  const borrowFee = num('borrowFee', s.borrowFee, { percent: true, min: 0, max: 1000 });
  const shortMargin = num('shortMargin', s.shortMargin, { percent: true, min: 0, max: 1000 });
  const stress = num('stressMove', s.stressMove, { percent: true, min: 0, max: 100 });
  const proxyPrice = num('proxyPrice', s.proxyPrice, { gt: 0 });
  const proxyVol = num('proxyVol', s.proxyVol, { percent: true, gt: 0, max: 1000 });
  const proxyRho = num('proxyCorrelation', s.proxyCorrelation, { min: -1, max: 1 });
  const proxySize = num('proxyContractSize', s.proxyContractSize, { gt: 0 });
  const proxyMargin = moneyText('proxyMargin', s.proxyMargin);
  const indexPrice = num('indexFuturesPrice', s.indexFuturesPrice, { gt: 0 });
  const indexMultiplier = num('indexMultiplier', s.indexMultiplier, { gt: 0 });
  const indexMargin = moneyText('indexMargin', s.indexMargin);
  const targetBeta = num('targetBeta', s.targetBeta, { min: -20, max: 20 });

  const tgt = pf.target;
  const horizonYears = Number.isFinite(days) ? daysToYears(days) : null;
  const base = {
    mode: 'stock' as const,
    currency: pf.currency,
    spot: tgt && Number.isFinite(tgt.price) ? tgt.price : null,
    xLabel: `${tgt?.name ?? 'Target'} price at the horizon (${pf.currency})`,
    xName: 'Price',
    xIsRate: false,
    restOfPortfolioValue: Number.isFinite(pf.restValue) ? pf.restValue : 0,
    horizonYears,
  };
  const inputErrors = { ...pf.reader.errors, ...read.errors };
  if (Object.keys(inputErrors).length > 0 || tgt === null || horizonYears === null) return { ...base, hedges: [], fieldErrors: inputErrors };

  const t = horizonYears;
  const target: TargetPosition = { symbol: tgt.name, quantity: tgt.quantity, price: tgt.price, currency: pf.currency, volAnnual: tgt.vol, dividendYield: tgt.dividendYield, ...(tgt.beta !== null ? { beta: tgt.beta } : {}) };
  const market = { r, tenorYears: t };
  const common = { target, market, fees, sizing: { contractSize, hedgeRatio, rounding: s.rounding }, exercise: s.exercise };
  const map = fieldMap(p.targetId);
  const fieldErrors: Record<string, string> = {};
  const ctx: StockContext = { target, r, t, s, borrowFee, putStrike, lowerStrike, contractSize, portfolioBeta: pf.beta, portfolioValue: pf.totalValue, betasAssumed: pf.betasAssumed, indexPrice, indexMultiplier, targetBeta, proxyPrice, proxyVol, proxyRho, proxySize };
  const explain = stockExplanations(ctx);
  const greeksOf = (plan: HedgePlan) => positionGreeks(plan, tgt.quantity, { spot: tgt.price, r, q: tgt.dividendYield, vol: tgt.vol, exercise: s.exercise });

  const hedges: HedgeResult[] = [
    toResult('protective-put', 'Protective put', planProtectivePut({ ...common, putStrike, putPremiumQuote: s.putQuote }), map, fieldErrors, explain.put, greeksOf),
    toResult(
      'collar',
      s.zeroCostCollar ? 'Zero-cost collar' : 'Collar',
      planCollar({ ...common, putStrike, ...(callStrike !== null ? { callStrike } : {}), solveZeroCost: s.zeroCostCollar, putPremiumQuote: s.putQuote, ...(s.zeroCostCollar ? {} : { callPremiumQuote: s.callQuote }) }),
      map,
      fieldErrors,
      explain.collar,
      greeksOf,
    ),
    toResult('put-spread', 'Put spread', planPutSpread({ ...common, longPutStrike: putStrike, shortPutStrike: lowerStrike, longPutPremiumQuote: s.putQuote }), map, fieldErrors, explain.spread, greeksOf),
    toResult(
      'short-sale',
      'Short sale',
      planShortSale({
        target, market, sizing: { hedgeRatio, rounding: s.rounding },
        // The typed percentage as decimal text: 1.1 % -> '0.011', not the float 0.011000000000000001.
        borrowFeeAnnual: String(Number(borrowFee.toPrecision(15))),
        margin: { initialFraction: shortMargin, stressMove: stress }, commission: fees.commissionPerContract,
      }),
      map,
      fieldErrors,
      explain.short,
    ),
    toResult(
      'cross',
      `Proxy: ${s.proxyName || 'correlated futures'}`,
      planCross({
        target,
        market: { futuresPrice: proxyPrice, tenorYears: t },
        sizing: { contractSize: proxySize, hedgeRatio, rounding: s.rounding },
        // Annual standard deviations of price changes: σ·price, one-year periods scaled to the horizon.
        estimate: { method: 'typed', rho: proxyRho, sigmaS: tgt.vol * tgt.price, sigmaF: proxyVol * proxyPrice },
        periodYears: 1,
        fees,
        margin: { initialPerContract: proxyMargin, stressMove: stress },
        instrument: s.proxyName,
      }),
      { ...map, ...CROSS_FIELDS },
      fieldErrors,
      explain.cross,
    ),
    toResult(
      'beta',
      `Macro: ${s.indexName || 'index futures'} on the whole portfolio`,
      planBeta({
        target: { symbol: 'Portfolio', amount: pf.totalValue, currency: pf.currency, beta: pf.beta },
        market: { futuresPrice: indexPrice, indexLevel: indexPrice * Math.exp(-r * t), r, indexDividendYield: 0, tenorYears: t },
        sizing: { contractSize: indexMultiplier, rounding: s.rounding },
        targetBeta,
        fees,
        margin: { initialPerContract: indexMargin, stressMove: stress },
      }),
      { ...map, ...BETA_FIELDS },
      fieldErrors,
      explain.beta,
    ),
  ];
  return { ...base, fieldErrors, hedges };
}
