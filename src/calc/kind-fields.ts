/**
 * The inputs of every hedge kind, as data: what the input form shows before the calculator (the
 * kinds' behaviour, the engine and decimal arithmetic) has loaded. Each kind module declares its
 * `fields` from here, so the form and the calculation read one list; tests/calc/kind-fields.test.ts
 * checks this table against the registry (every kind, in the registry's order).
 */
import type { Mode } from '../state/scenario';
import { moneyField, num, optional, ROUNDING_OPTIONS } from './fields';
import type { FieldSpec } from './fields';
import type { ModeModule } from './kind';
import { fxCompounding, fxOptionStrike } from './kinds/holding-fx';
import { SCHEDULE_FIELDS } from './kinds/rate-schedule-fields';
import {
  borrowFee, buyBackCommission, buyBackPrice, callAsk, callBid, callQuote, callStrike, commission, exchangeFee, indexDividendYield, indexFuturesPrice, indexMargin,
  indexMultiplier, indexName, lowerPutAsk, lowerPutBid, lowerPutLast, OPTION_BASE, OPTION_FIELDS, proxyContractSize, proxyCorrelation, proxyMargin, proxyName,
  proxyPrice, proxyVol, putAsk, putBid, putQuote, shortCallStrike, shortCollarPutStrike, shortMargin, spreadLowerStrike, stockFuturesMargin, stockFuturesPrice,
  stockFuturesSize, stressMove, targetBeta, upperCallAsk, upperCallBid, upperCallLast, upperCallStrike, zeroCostCollar,
} from './kinds/stock-fields';
import { commodityMode } from './modes/commodity';
import { fxMode, pairOf } from './modes/fx';
import { rateMode } from './modes/rate';
import { stockMode } from './modes/stock';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each mode's position type is its own
export const MODES: Readonly<Record<Mode, ModeModule<any>>> = { stock: stockMode, commodity: commodityMode, fx: fxMode, rate: rateMode };

export const FUTURES_GROUP = 'Futures contract';
export const FUTURES_COSTS_GROUP = 'Costs and margin';
const FX_OPTION_GROUP = 'FX option alternative';
const RATE_FUTURES_GROUP = 'Rate futures';
const CAP_GROUP = 'Cap';
const swapRate = num('swapRate', 'Swap fixed rate', 'Swap', { percent: true, min: -100, max: 100 }, { unit: '% per year' });
const rateFuturesCosts = [
  moneyField('bpValue', 'Value of 1 basis point', RATE_FUTURES_GROUP, { unit: 'per contract' }),
  moneyField('commission', 'Commission', RATE_FUTURES_GROUP, { unit: 'per contract' }),
  moneyField('initialMargin', 'Initial margin', RATE_FUTURES_GROUP, { unit: 'per contract' }),
];

/** Every kind's inputs by its id (a field shared by several kinds is one spec, listed by each). */
export const KIND_FIELDS = {
  'protective-put': OPTION_FIELDS,
  collar: [...OPTION_FIELDS, zeroCostCollar, callStrike, callBid, callAsk, callQuote],
  'put-spread': [...OPTION_FIELDS, spreadLowerStrike, lowerPutBid, lowerPutAsk, lowerPutLast],
  'short-sale': [borrowFee, shortMargin, stressMove, commission],
  'protective-call': [...OPTION_BASE, shortCallStrike, callBid, callAsk, callQuote],
  'short-collar': [...OPTION_BASE, zeroCostCollar, shortCallStrike, shortCollarPutStrike, callBid, callAsk, callQuote, putBid, putAsk, putQuote],
  'call-spread': [...OPTION_BASE, shortCallStrike, upperCallStrike, callBid, callAsk, callQuote, upperCallBid, upperCallAsk, upperCallLast],
  'stock-futures': [stockFuturesPrice, stockFuturesSize, stockFuturesMargin, stressMove, commission, exchangeFee],
  'buy-back': [buyBackPrice, buyBackCommission],
  cross: [proxyName, proxyPrice, proxyVol, proxyCorrelation, proxyContractSize, proxyMargin, stressMove, commission, exchangeFee],
  beta: [indexName, indexFuturesPrice, indexMultiplier, indexDividendYield, indexMargin, targetBeta, stressMove, commission, exchangeFee],
  'holding-fx-forward': [fxCompounding],
  'holding-fx-option': [fxOptionStrike],
  futures: [
    num('futuresPrice', 'Futures price', FUTURES_GROUP, { gt: 0 }, { unit: 'per unit' }),
    num('contractSize', 'Contract size', FUTURES_GROUP, { gt: 0 }, { unit: 'units per contract' }),
    { kind: 'select', field: 'rounding', label: 'Contract rounding', group: FUTURES_GROUP, options: ROUNDING_OPTIONS },
    optional('miniContractSize', 'Mini contract size (optional)', FUTURES_GROUP, { gt: 0 }, { unit: 'units per contract', hint: 'A smaller contract on the same commodity, e.g. CBOT wheat 5,000 bu, mini-sized wheat 1,000 bu' }),
    optional('basis', 'Expected basis at close-out', FUTURES_GROUP, {}, { unit: 'spot − futures, per unit' }),
    { kind: 'checkbox', field: 'tailing', label: 'Tail the hedge (daily settlement)', group: FUTURES_GROUP, hint: 'Sizes on the value ratio: spot value / futures value (Hull eq. 3.3)' },
    moneyField('commission', 'Commission', FUTURES_COSTS_GROUP, { unit: 'per contract' }),
    moneyField('exchangeFee', 'Exchange fee', FUTURES_COSTS_GROUP, { unit: 'per contract' }),
    moneyField('initialMargin', 'Initial margin', FUTURES_COSTS_GROUP, { unit: 'per contract' }),
    optional('miniMargin', 'Initial margin per mini contract (optional)', FUTURES_COSTS_GROUP, { min: 0 }, { unit: 'per contract', hint: 'Empty: the full contract’s margin pro rata' }),
    num('stressMove', 'Stress move for variation margin', FUTURES_COSTS_GROUP, { percent: true, min: 0, max: 100 }, { unit: '%' }),
  ],
  'fx-forward': [optional('bankForward', "Bank's forward quote (optional)", 'Market', { gt: 0 }, { unit: pairOf })],
  'fx-option': [
    num('optionStrike', 'Option strike', FX_OPTION_GROUP, { gt: 0 }, { unit: pairOf }),
    num('optionVol', 'Volatility', FX_OPTION_GROUP, { percent: true, gt: 0, max: 1000 }, { unit: '% per year' }),
    moneyField('optionFee', 'Fee', FX_OPTION_GROUP, { unit: (v) => `${String(v.slice.domestic || 'home')} per trade` }),
  ],
  'rate-lock': [optional('contractNotional', 'Contract notional', RATE_FUTURES_GROUP, { gt: 0 }), ...rateFuturesCosts],
  'rate-swap': [swapRate],
  'rate-strip': [...SCHEDULE_FIELDS, ...rateFuturesCosts],
  'swap-term': [...SCHEDULE_FIELDS, swapRate],
  'rate-cap': [
    ...SCHEDULE_FIELDS,
    num('capRate', 'Cap rate', CAP_GROUP, { percent: true, gt: 0, max: 100 }, { unit: '% per year', hint: 'The reference rate above which the cap pays' }),
    num('capVol', 'Volatility of the forward rates', CAP_GROUP, { percent: true, gt: 0, max: 500 }, { unit: '% per year (Black)' }),
  ],
} as const satisfies Readonly<Record<string, readonly FieldSpec[]>>;

export type KindId = keyof typeof KIND_FIELDS;

/** The kinds of each mode in the comparison's order (the registry's). */
export const KINDS_BY_MODE: Readonly<Record<Mode, readonly KindId[]>> = {
  stock: ['protective-put', 'collar', 'put-spread', 'short-sale', 'protective-call', 'short-collar', 'call-spread', 'stock-futures', 'buy-back', 'cross', 'beta', 'holding-fx-forward', 'holding-fx-option'],
  commodity: ['futures'],
  fx: ['fx-forward', 'fx-option'],
  rate: ['rate-lock', 'rate-swap', 'rate-strip', 'swap-term', 'rate-cap'],
};

/** Every field the form of `mode` shows: the mode's shared fields, then each kind's, each field once. */
export function formFields(mode: Mode): readonly FieldSpec[] {
  const seen = new Set<string>();
  const out: FieldSpec[] = [];
  for (const spec of [...MODES[mode].fields, ...KINDS_BY_MODE[mode].flatMap((id): readonly FieldSpec[] => KIND_FIELDS[id])]) {
    const key = `${spec.source ?? 'slice'}:${spec.field}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(spec);
  }
  return out;
}
