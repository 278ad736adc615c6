/** Inputs shared by several of the investor's hedge kinds, declared once (each kind lists the ones it reads). */
import { moneyField, num, optional, textField } from '../fields';
import type { Dyn, FieldSpec, FormValues } from '../fields';
import { quotePaths } from './quote-fields';
import type { Parsed } from '../read-fields';

const OPTIONS = (v: FormValues) => (v.targetShort ? 'Options (call, short collar, call spread)' : 'Options (put, collar, put spread)');
const SHORT = 'Short sale';
const QUOTES = 'Option quotes (optional; empty: priced by the model)';
const FUTURES_BUY = 'Futures or forward (buy to cover the short)';
const BUY_BACK = 'Buy back (close the short)';
export const PROXY_GROUP = (v: FormValues) => `Proxy for ${v.targetName || 'the target'} (correlated futures)`;
export const MACRO_GROUP = 'Macro alternative (index futures on the whole portfolio)';

const isPercent = (v: FormValues) => v.slice.strikeMode === 'percent';
const strikeUnit = (v: FormValues) => (isPercent(v) ? '% of today’s price' : 'per share');
/** Shows what a strike means in the other unit, so the user's choice is visible either way. */
const strikeHint = (field: string) => (v: FormValues) => {
  const text = v.slice[field];
  const n = typeof text === 'string' ? Number(text.replace(/,/g, '')) : Number.NaN;
  if (v.targetPrice === null || !Number.isFinite(n) || n <= 0) return undefined;
  return isPercent(v)
    ? `= ${(v.targetPrice * n / 100).toFixed(2)} per share at today’s price ${v.targetPrice}`
    : `= ${((n / v.targetPrice) * 100).toFixed(1)} % of today’s price ${v.targetPrice}; re-based when you pick another holding`;
};

export const strikeMode: FieldSpec = {
  kind: 'select', field: 'strikeMode', label: 'Strikes entered as', group: OPTIONS,
  options: [{ value: 'percent', label: '% of the target’s price' }, { value: 'price', label: 'Prices (re-based)' }],
};
export const putStrike = num('putStrike', (v) => (v.targetShort ? 'Put strike (written in the short collar)' : 'Put strike (floor)'), OPTIONS, { gt: 0 }, {
  unit: strikeUnit,
  hint: (v) => strikeHint('putStrike')(v) ?? (v.targetShort ? 'Used when the short collar is not solved for zero cost' : undefined),
});
export const callStrike = num('callStrike', (v) => (v.targetShort ? 'Call strike (cap on the buy-back price)' : 'Call strike (cap)'), OPTIONS, { gt: 0 }, {
  unit: strikeUnit,
  hint: (v) => strikeHint('callStrike')(v) ?? (v.targetShort ? undefined : 'Used when the collar is not solved for zero cost'),
  when: (s) => s.zeroCostCollar !== true,
});
/** The call strike as the short's hedges read it: always (the protective call needs it). */
export const shortCallStrike: FieldSpec = { ...callStrike, when: () => true };
/** The put strike as the short collar reads it: not when the put strike is solved. */
export const shortCollarPutStrike: FieldSpec = { ...putStrike, when: (s) => s.zeroCostCollar !== true };
export const spreadLowerStrike = num('spreadLowerStrike', 'Put spread: lower strike (sold)', OPTIONS, { gt: 0 }, { unit: strikeUnit, hint: strikeHint('spreadLowerStrike'), side: 'long' });
export const upperCallStrike = num('upperCallStrike', 'Call spread: upper strike (sold)', OPTIONS, { gt: 0 }, { unit: strikeUnit, hint: strikeHint('upperCallStrike'), side: 'short' });
export const zeroCostCollar: FieldSpec = {
  kind: 'checkbox', field: 'zeroCostCollar', group: OPTIONS,
  label: (v) => (v.targetShort ? 'Zero-cost short collar: solve the put strike' : 'Zero-cost collar: solve the call strike'),
};
export const expiryDays = num('expiryDays', 'Option expiry', OPTIONS, { gt: 0, max: 50 * 365 }, { unit: 'calendar days', hint: 'May differ from how long you protect for' });
export const contractSize = num('contractSize', 'Shares per option contract', OPTIONS, { gt: 0 }, { unit: 'multiplier' });
export const exercise: FieldSpec = {
  kind: 'select', field: 'exercise', label: 'Exercise style', group: OPTIONS,
  options: [{ value: 'american', label: 'American (single stocks)' }, { value: 'european', label: 'European' }],
};
const LAST_HINT = 'Used to buy and to sell when no bid or ask is typed';
const quote = (field: string, label: Dyn<string>, hint?: string, side?: 'long' | 'short') =>
  optional(field, label, QUOTES, { min: 0 }, { unit: 'per share', ...(hint ? { hint } : {}), ...(side ? { side } : {}) });
export const putBid = quote('putBid', 'Put: bid');
export const putAsk = quote('putAsk', 'Put: ask');
export const putQuote = quote('putQuote', 'Put: last price', LAST_HINT);
export const callBid = quote('callBid', 'Call: bid');
export const callAsk = quote('callAsk', 'Call: ask');
export const callQuote = quote('callQuote', 'Call: last price', LAST_HINT);
export const lowerPutBid = quote('lowerPutBid', 'Lower put (put spread): bid', undefined, 'long');
export const lowerPutAsk = quote('lowerPutAsk', 'Lower put (put spread): ask', undefined, 'long');
export const lowerPutLast = quote('lowerPutLast', 'Lower put (put spread): last price', LAST_HINT, 'long');
export const upperCallBid = quote('upperCallBid', 'Upper call (call spread): bid', undefined, 'short');
export const upperCallAsk = quote('upperCallAsk', 'Upper call (call spread): ask', undefined, 'short');
export const upperCallLast = quote('upperCallLast', 'Upper call (call spread): last price', LAST_HINT, 'short');
export const commission = moneyField('commission', 'Commission', OPTIONS, { unit: 'per contract' });
export const exchangeFee = moneyField('exchangeFee', 'Exchange fee', OPTIONS, { unit: 'per contract' });

export const borrowFee = num('borrowFee', 'Borrow fee', SHORT, { percent: true, min: 0, max: 1000 }, { unit: '% per year', side: 'long' });
export const shortMargin = num('shortMargin', 'Initial margin', SHORT, { percent: true, min: 0, max: 1000 }, { unit: '% of short value', side: 'long' });
export const stressMove = num('stressMove', 'Stress move for margin calls', (v) => (v.targetShort ? FUTURES_BUY : SHORT), { percent: true, min: 0, max: 100 }, { unit: '%' });

export const stockFuturesPrice = optional('stockFuturesPrice', 'Futures or forward price', FUTURES_BUY, { gt: 0 }, { unit: 'per share', hint: 'Empty: the fair forward S·e^{(r−q)T} to the horizon', side: 'short' });
export const stockFuturesSize = num('stockFuturesSize', 'Shares per futures contract', FUTURES_BUY, { gt: 0 }, { unit: '1 for a forward', side: 'short' });
export const stockFuturesMargin = moneyField('stockFuturesMargin', 'Futures initial margin', FUTURES_BUY, { unit: 'per contract', side: 'short' });
export const buyBackPrice = optional('buyBackPrice', 'Buy-back price (the ask)', BUY_BACK, { gt: 0 }, { unit: 'per share', hint: 'Empty: today’s price', side: 'short' });
export const buyBackCommission = moneyField('buyBackCommission', 'Buy-back commission', BUY_BACK, { unit: 'per trade', side: 'short' });

export const proxyName = textField('proxyName', 'Proxy futures', PROXY_GROUP, { source: 'target' });
export const proxyPrice = num('proxyPrice', 'Proxy futures price', PROXY_GROUP, { gt: 0 }, { source: 'target' });
export const proxyVol = num('proxyVol', 'Proxy volatility', PROXY_GROUP, { percent: true, gt: 0, max: 1000 }, { unit: '% per year', source: 'target' });
export const proxyCorrelation = num('proxyCorrelation', 'Correlation ρ with the target', PROXY_GROUP, { min: -1, max: 1 }, { unit: '−1 to 1', source: 'target' });
export const proxyContractSize = num('proxyContractSize', 'Proxy contract multiplier', PROXY_GROUP, { gt: 0 }, { source: 'target' });
export const proxyMargin = moneyField('proxyMargin', 'Proxy initial margin', PROXY_GROUP, { unit: 'per contract', source: 'target' });

export const indexName = textField('indexName', 'Index futures', MACRO_GROUP);
export const indexFuturesPrice = num('indexFuturesPrice', 'Index futures price', MACRO_GROUP, { gt: 0 }, { unit: 'points' });
export const indexMultiplier = num('indexMultiplier', 'Index multiplier', MACRO_GROUP, { gt: 0 }, { unit: 'per point' });
export const indexMargin = moneyField('indexMargin', 'Index initial margin', MACRO_GROUP, { unit: 'per contract' });
export const targetBeta = num('targetBeta', 'Target portfolio beta β*', MACRO_GROUP, { min: -20, max: 20 });
export const indexDividendYield = num('indexDividendYield', 'Index dividend yield', MACRO_GROUP, { percent: true, min: -100, max: 100 }, { unit: '% per year, continuous' });

/** The inputs every stock option hedge shares, and those of a protective put. */
export const OPTION_BASE = [strikeMode, expiryDays, contractSize, exercise, commission, exchangeFee];
export const OPTION_FIELDS = [strikeMode, putStrike, expiryDays, contractSize, exercise, putBid, putAsk, putQuote, commission, exchangeFee];

/** A strike as a price: typed as a price, or as % of the target's price today. */
export function strikePrice(v: Parsed, field: string, spot: number): number {
  const n = v.n(field);
  return v.s('strikeMode') === 'percent' ? (n * spot) / 100 : n;
}

/** Fees per contract as the engine takes them (exact decimal text). */
export function feesOf(v: Parsed): { readonly commissionPerContract: string; readonly exchangeFeePerContract: string } {
  return { commissionPerContract: v.s('commission'), exchangeFeePerContract: v.s('exchangeFee') };
}

/** Engine field -> scenario path for the fields above. */
export const STOCK_KIND_FIELD_MAP: Readonly<Record<string, string>> = {
  'market.tenorYears': 'stock.expiryDays',
  'sizing.contractSize': 'stock.contractSize',
  putStrike: 'stock.putStrike',
  longPutStrike: 'stock.putStrike',
  shortPutStrike: 'stock.spreadLowerStrike',
  callStrike: 'stock.callStrike',
  ...quotePaths('putPremiumQuote', 'put'),
  ...quotePaths('longPutPremiumQuote', 'put'),
  ...quotePaths('shortPutPremiumQuote', 'lowerPut'),
  ...quotePaths('callPremiumQuote', 'call'),
  ...quotePaths('longCallPremiumQuote', 'call'),
  ...quotePaths('shortCallPremiumQuote', 'upperCall'),
  longCallStrike: 'stock.callStrike',
  shortCallStrike: 'stock.upperCallStrike',
  'fees.commissionPerContract': 'stock.commission',
  'fees.exchangeFeePerContract': 'stock.exchangeFee',
  borrowFeeAnnual: 'stock.borrowFee',
  'margin.initialFraction': 'stock.shortMargin',
  'margin.stressMove': 'stock.stressMove',
};
