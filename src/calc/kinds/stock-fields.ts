/** Inputs shared by several of the investor's hedge kinds, declared once (each kind lists the ones it reads). */
import { moneyField, num, optional, textField } from '../fields';
import type { FieldSpec, FormValues } from '../fields';
import type { Parsed } from '../read-fields';

const OPTIONS = 'Options (put, collar, put spread)';
const SHORT = 'Short sale';
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
export const putStrike = num('putStrike', 'Put strike (floor)', OPTIONS, { gt: 0 }, { unit: strikeUnit, hint: strikeHint('putStrike') });
export const callStrike = num('callStrike', 'Call strike (cap)', OPTIONS, { gt: 0 }, {
  unit: strikeUnit,
  hint: (v) => strikeHint('callStrike')(v) ?? 'Used when the collar is not solved for zero cost',
  when: (s) => s.zeroCostCollar !== true,
});
export const spreadLowerStrike = num('spreadLowerStrike', 'Put spread: lower strike (sold)', OPTIONS, { gt: 0 }, { unit: strikeUnit, hint: strikeHint('spreadLowerStrike') });
export const zeroCostCollar: FieldSpec = { kind: 'checkbox', field: 'zeroCostCollar', label: 'Zero-cost collar: solve the call strike', group: OPTIONS };
export const expiryDays = num('expiryDays', 'Option expiry', OPTIONS, { gt: 0, max: 50 * 365 }, { unit: 'calendar days', hint: 'May differ from how long you protect for' });
export const contractSize = num('contractSize', 'Shares per option contract', OPTIONS, { gt: 0 }, { unit: 'multiplier' });
export const exercise: FieldSpec = {
  kind: 'select', field: 'exercise', label: 'Exercise style', group: OPTIONS,
  options: [{ value: 'american', label: 'American (single stocks)' }, { value: 'european', label: 'European' }],
};
export const putQuote = optional('putQuote', 'Broker put quote (optional)', OPTIONS, { min: 0 }, { unit: 'per share', hint: 'Empty: priced by the model' });
export const callQuote = optional('callQuote', 'Broker call quote (optional)', OPTIONS, { min: 0 }, { unit: 'per share', hint: 'Ignored when the collar is solved', when: (s) => s.zeroCostCollar !== true });
export const commission = moneyField('commission', 'Commission', OPTIONS, { unit: 'per contract' });
export const exchangeFee = moneyField('exchangeFee', 'Exchange fee', OPTIONS, { unit: 'per contract' });

export const borrowFee = num('borrowFee', 'Borrow fee', SHORT, { percent: true, min: 0, max: 1000 }, { unit: '% per year' });
export const shortMargin = num('shortMargin', 'Initial margin', SHORT, { percent: true, min: 0, max: 1000 }, { unit: '% of short value' });
export const stressMove = num('stressMove', 'Stress move for margin calls', SHORT, { percent: true, min: 0, max: 100 }, { unit: '%' });

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
  putPremiumQuote: 'stock.putQuote',
  longPutPremiumQuote: 'stock.putQuote',
  callPremiumQuote: 'stock.callQuote',
  'fees.commissionPerContract': 'stock.commission',
  'fees.exchangeFeePerContract': 'stock.exchangeFee',
  borrowFeeAnnual: 'stock.borrowFee',
  'margin.initialFraction': 'stock.shortMargin',
  'margin.stressMove': 'stock.stressMove',
};
