/**
 * A followed hedge as typed -> the engine's input (the recorded hedge, today's market, the position
 * now), with a plain message per record field that cannot be read. Engine field errors are mapped
 * back to the record's fields, so each message shows next to the field it is about.
 */
import type { FieldError, TrackedHedgeInput, TrackingMarket, TrackingNow } from '../../../engine';
import { parseNumberField } from '../../../state/parse-input';
import type { NumberFieldOptions } from '../../../state/parse-input';
import { parseMoneyText } from '../../../state/parse-money';
import type { Scenario, TrackedHedge } from '../../../state/scenario';
import type { ModeMarket } from './today-market';
import { readModeMarket } from './today-market';

export const RecordMessages = {
  date: 'Enter a date as YYYY-MM-DD, e.g. 2026-12-18.',
} as const;

export type RecordField = keyof TrackedHedge | 'today' | 'market';

export interface ReadRecord {
  readonly input: { readonly hedge: TrackedHedgeInput; readonly market: TrackingMarket; readonly now: TrackingNow } | null;
  readonly errors: Partial<Record<RecordField, string>>;
  readonly market: ModeMarket | null;
}

/** ISO date of the computer's today, in its own time zone. */
export function localToday(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A real calendar day typed as YYYY-MM-DD, or null. */
export function readDate(text: string): string | null {
  const t = text.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m === null) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? t : null;
}

/** `iso` plus `days` calendar days. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + Math.round(days));
  return d.toISOString().slice(0, 10);
}

/** Fair price of futures on a stock, S·e^((r−q)T) with T in calendar days / 365 (Hull, OFOD 9th ed., eq. 5.3 with a yield). */
export function fairFutures(spot: number, carry: number, today: string, expiry: string): number {
  const days = Math.max(0, (Date.parse(`${expiry}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  return spot * Math.exp((carry * days) / 365);
}

const ENGINE_FIELDS: Readonly<Record<string, RecordField>> = {
  'hedge.kind': 'instrument', 'hedge.side': 'side', 'hedge.openedOn': 'openedOn', 'hedge.expiry': 'expiry', 'hedge.contracts': 'contracts',
  'hedge.contractSize': 'contractSize', 'hedge.strike': 'strike', 'hedge.entryPrice': 'price', 'hedge.feePerContract': 'fees', 'hedge.realized': 'realized',
  'hedge.item.quantity': 'itemQuantity', 'hedge.item.priceAtOpen': 'itemPrice', 'market.today': 'today', 'now.rollExpiry': 'rollExpiry', 'now.rollPrice': 'rollPrice',
};

/** Engine field errors keyed by the record field they are about ('market' for today's inputs above). */
export function errorsByField(errors: readonly FieldError[]): Partial<Record<RecordField, string>> {
  const out: Partial<Record<RecordField, string>> = {};
  for (const e of errors) {
    const field = ENGINE_FIELDS[e.field] ?? 'market';
    out[field] ??= e.message;
  }
  return out;
}

/** Reads a record against today's scenario inputs; `today` is the typed marking date ('' = the computer's). */
export function readRecord(s: Scenario, r: TrackedHedge, todayText: string): ReadRecord {
  const errors: Partial<Record<RecordField, string>> = {};
  const num = (field: RecordField, text: string, opts: NumberFieldOptions = {}): number => {
    const p = parseNumberField(text, opts);
    if (p.ok && p.value !== null) return p.value;
    errors[field] = p.ok ? 'Enter a number.' : p.message;
    return Number.NaN;
  };
  const date = (field: RecordField, text: string): string => readDate(text) ?? ((errors[field] = RecordMessages.date), '');
  const today = todayText.trim() === '' ? localToday() : date('today', todayText);
  const option = r.instrument === 'put' || r.instrument === 'call';
  const fees = parseMoneyText(r.fees, { allowEmpty: true, min: 0 });
  if (!fees.ok) errors.fees = fees.message;
  const realized = parseMoneyText(r.realized, { allowEmpty: true });
  if (!realized.ok) errors.realized = realized.message;
  const hedge: TrackedHedgeInput = {
    kind: r.instrument, side: r.side, currency: 'EUR', openedOn: date('openedOn', r.openedOn), expiry: date('expiry', r.expiry),
    contracts: num('contracts', r.contracts, { min: 0 }), contractSize: num('contractSize', r.contractSize, { gt: 0 }),
    ...(r.instrument === 'futures' ? {} : { strike: num('strike', r.strike, r.instrument === 'swap' ? { percent: true } : { gt: 0 }) }),
    ...(option || r.instrument === 'futures' ? { entryPrice: num('price', r.price, option ? { min: 0 } : { gt: 0 }) } : {}),
    feePerContract: fees.ok && fees.value !== '' ? fees.value : '0', realized: realized.ok && realized.value !== '' ? realized.value : '0',
    item: { quantity: num('itemQuantity', r.itemQuantity), priceAtOpen: num('itemPrice', r.itemPrice, { gt: 0 }) },
  };
  const rollPrice = r.instrument === 'futures' && r.rollPrice.trim() !== '' ? num('rollPrice', r.rollPrice, { gt: 0 }) : undefined;
  const rollExpiry = r.rollExpiry.trim() === '' ? undefined : date('rollExpiry', r.rollExpiry);
  const m = readModeMarket(s, r.mode, r.instrument);
  if (!m.ok) errors.market = m.message;
  if (!m.ok || Object.keys(errors).length > 0) return { input: null, errors, market: m.ok ? m.value : null };
  const mm = m.value;
  const itemPrice = mm.itemPrice(r.instrument);
  const market: TrackingMarket = {
    today, itemPrice, r: mm.r, q: mm.q, vol: mm.vol,
    ...(r.instrument === 'futures' ? { futuresPrice: r.mode === 'stock' ? fairFutures(itemPrice, mm.r - mm.q, today, hedge.expiry) : mm.futuresPrice } : {}), ...(r.instrument === 'swap' ? { swapRate: mm.swapRate } : {}),
  };
  const now: TrackingNow = { positionQuantity: mm.positionQuantity(r.instrument), hedgeRatio: mm.hedgeRatio, ...(rollExpiry ? { rollExpiry } : {}), ...(rollPrice !== undefined ? { rollPrice } : {}) };
  const withSwap = r.instrument === 'swap' ? { ...hedge, periodYears: mm.periodYears } : hedge;
  return { input: { hedge: { ...withSwap, currency: mm.currency }, market, now }, errors, market: mm };
}
