/**
 * Version 3 -> 4. Version 4 only adds fields; each takes the value that keeps an old scenario's
 * meaning, so nothing is reported as repaired:
 * - `portfolio.homeCurrency`: the target holding's currency (version 3 totalled the holdings in it),
 *   else EUR; `portfolio.fxRates`: none, so a holding in another currency stays out of the total, as
 *   it was, until its rate is typed;
 * - `stock`: every bid, ask and last price empty (the old `putQuote` and `callQuote` remain the last
 *   prices); `upperCallStrike` (the call spread of a short holding) at the example's ratio to the call
 *   strike, 78 / 72, when the call strike reads as a number; index dividend yield 0 (the macro
 *   hedge's figures are unchanged); expected return empty (risk-neutral odds); the inputs of the
 *   short-holding hedges and of a foreign holding's FX hedge: the example's;
 * - `commodity`: no mini contract until one is typed; `rate`: maturity, strip prices and cap: the
 *   example's; `fx.expectedReturn` empty;
 * - `tracking`: no recorded hedges, today = the computer's date; `prefs.combined`: no combined hedge.
 */
import { parseNumberField } from './parse-input';
import { DEFAULT_SCENARIO } from './presets';
import { isPlainRecord } from './sanitize';
import type { PlainRecord } from './sanitize';

/** The fields version 4 added to each record of the scenario (the values come from the example unless said above). */
export const V4_ADDED_FIELDS = {
  portfolio: ['homeCurrency', 'fxRates'],
  stock: [
    'putBid', 'putAsk', 'callBid', 'callAsk', 'lowerPutBid', 'lowerPutAsk', 'lowerPutLast', 'upperCallStrike', 'upperCallBid', 'upperCallAsk', 'upperCallLast',
    'stockFuturesPrice', 'stockFuturesSize', 'stockFuturesMargin', 'buyBackPrice', 'buyBackCommission', 'fxCompounding', 'fxOptionStrike', 'indexDividendYield', 'expectedReturn',
  ],
  commodity: ['miniContractSize', 'miniMargin'],
  fx: ['expectedReturn'],
  rate: ['maturityMonths', 'stripPrices', 'capRate', 'capVol'],
  prefs: ['combined'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** The version-4 sections that version 3 did not have at all. */
export const V4_ADDED_SECTIONS = ['tracking'] as const;

const EXAMPLE_CALL_SPREAD_RATIO = 78 / 72;

/** `record` with each of `keys` it lacks taken from `values`; anything else passes through for sanitize to judge. */
function fill(record: unknown, keys: readonly string[], values: PlainRecord): unknown {
  if (!isPlainRecord(record)) return record;
  const added = Object.fromEntries(keys.filter((k) => !Object.prototype.hasOwnProperty.call(record, k)).map((k) => [k, values[k]]));
  return { ...added, ...record };
}

function targetCurrency(portfolio: PlainRecord): unknown {
  const holdings = Array.isArray(portfolio.holdings) ? portfolio.holdings : [];
  const target: unknown = holdings.find((h: unknown) => isPlainRecord(h) && h.id === portfolio.targetId);
  return isPlainRecord(target) && typeof target.currency === 'string' && /^[A-Z]{3}$/.test(target.currency) ? target.currency : 'EUR';
}

function upperCallStrike(stock: PlainRecord): string {
  const call = typeof stock.callStrike === 'string' ? parseNumberField(stock.callStrike, { gt: 0 }) : null;
  if (call === null || !call.ok || call.value === null) return DEFAULT_SCENARIO.stock.upperCallStrike;
  return String(Math.round(call.value * EXAMPLE_CALL_SPREAD_RATIO * 100) / 100);
}

/** Version 3 -> 4: the added fields and sections, with the values above. Pure. */
export function migrateV3ToV4(v3: unknown): unknown {
  if (!isPlainRecord(v3)) return v3;
  const out: Record<string, unknown> = { ...v3 };
  const example = DEFAULT_SCENARIO as unknown as Readonly<Record<string, PlainRecord>>;
  for (const [section, keys] of Object.entries(V4_ADDED_FIELDS)) {
    const record = v3[section];
    const values: PlainRecord = { ...example[section] };
    if (section === 'portfolio' && isPlainRecord(record)) Object.assign(values, { homeCurrency: targetCurrency(record), fxRates: [] });
    if (section === 'stock' && isPlainRecord(record)) Object.assign(values, { upperCallStrike: upperCallStrike(record) });
    if (record !== undefined) out[section] = fill(record, keys, values);
  }
  for (const section of V4_ADDED_SECTIONS) if (!Object.prototype.hasOwnProperty.call(v3, section)) out[section] = example[section];
  return out;
}
