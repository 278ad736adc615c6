/**
 * A hedge that was put on, as recorded (what is traded: its kind, terms, size and price paid), and
 * today's market it is marked against. Validated once here, before any calculation.
 */
import type { FieldError, Result } from '../result';
import { failAll, ok } from '../result';
import { checkCurrency, checkDecimalText, checkNumber, collectErrors, isRecord } from '../validate';
import { parseDateCell } from '../market/dates';
import { MAX_RATE, MAX_VOL } from '../pricing/option-input';
import { parseDecimal } from '../money';
import { TrackingMessages } from '../messages';

export type TrackedKind = 'put' | 'call' | 'futures' | 'forward' | 'swap';
export const TRACKED_KINDS: readonly TrackedKind[] = ['put', 'call', 'futures', 'forward', 'swap'];
/** Long = bought (a put held, futures bought, a payer swap, a forward purchase); short = sold. */
export type TrackedSide = 'long' | 'short';

export interface TrackedHedgeInput {
  readonly kind: TrackedKind;
  readonly side: TrackedSide;
  readonly currency: string;
  /** ISO dates (YYYY-MM-DD): when the hedge was put on, and when the instrument expires or matures. */
  readonly openedOn: string;
  readonly expiry: string;
  /** Contracts held (0 once unwound); for a forward or swap, 1 contract of `contractSize` notional. */
  readonly contracts: number;
  /** Units per contract; for futures, money per 1.00 of the quoted price (a rate future: 100 × value of 1 bp). */
  readonly contractSize: number;
  /** Option strike, forward contract rate (per unit), or swap fixed rate (decimal a year). */
  readonly strike?: number;
  /** Price paid per unit: the option premium, or the futures price traded. */
  readonly entryPrice?: number;
  /** Fees per contract per trade (decimal text). */
  readonly feePerContract: string;
  /** P/L already realized by earlier rolls and re-sizes, fees included (decimal text, signed). */
  readonly realized: string;
  /** Swap payment period, years (0.25 = quarterly). */
  readonly periodYears?: number;
  /** The hedged item as designated: signed units and their price when the hedge was put on. */
  readonly item: { readonly quantity: number; readonly priceAtOpen: number };
}

export interface TrackingMarket {
  /** ISO date of the marking. */
  readonly today: string;
  /** The hedged item's price today (the option's underlying, the forward's spot). */
  readonly itemPrice: number;
  /** Today's price of the futures held (futures hedges). */
  readonly futuresPrice?: number;
  /** Today's par swap rate, decimal (swap hedges). */
  readonly swapRate?: number;
  /** Domestic risk-free rate, continuous, decimal a year. */
  readonly r: number;
  /** Dividend yield, or the foreign rate of a currency, continuous, decimal a year. */
  readonly q?: number;
  /** Volatility to reprice an option, decimal a year. */
  readonly vol?: number;
}

const NUMBER = { gt: 0 } as const;

function checkDate(field: string, value: unknown): FieldError | null {
  return typeof value === 'string' && parseDateCell(value) === value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? null : { field, message: TrackingMessages.date };
}

function checkSignedDecimal(field: string, value: unknown): FieldError | null {
  if (typeof value === 'string' && parseDecimal(value) !== null) return checkDecimalText(field, value.trim().replace(/^-/, ''));
  return checkDecimalText(field, value);
}

function checkTerms(h: Record<string, unknown>): (FieldError | null)[] {
  const kind = h.kind as TrackedKind;
  const errors: (FieldError | null)[] = [];
  if (kind !== 'futures') errors.push(checkNumber('strike', h.strike, kind === 'swap' ? { min: -MAX_RATE, max: MAX_RATE } : NUMBER));
  if (kind === 'put' || kind === 'call') errors.push(checkNumber('entryPrice', h.entryPrice, { min: 0 }));
  if (kind === 'futures') errors.push(checkNumber('entryPrice', h.entryPrice, NUMBER));
  if (kind === 'swap') errors.push(checkNumber('periodYears', h.periodYears, { min: 0.01, max: 30 }));
  return errors;
}

/** The recorded hedge from untrusted data, or the fields that stop it (names of `TrackedHedgeInput`). */
export function validateTrackedHedge(h: unknown): Result<TrackedHedgeInput> {
  if (!isRecord(h)) return failAll([{ field: 'hedge', message: TrackingMessages.input }]);
  const kindOk = TRACKED_KINDS.includes(h.kind as TrackedKind);
  const item = isRecord(h.item) ? h.item : null;
  const errors = collectErrors(
    kindOk ? null : { field: 'kind', message: TrackingMessages.kind },
    h.side === 'long' || h.side === 'short' ? null : { field: 'side', message: TrackingMessages.side },
    checkCurrency('currency', h.currency),
    checkDate('openedOn', h.openedOn),
    checkDate('expiry', h.expiry),
    checkNumber('contracts', h.contracts, { min: 0 }),
    checkNumber('contractSize', h.contractSize, NUMBER),
    checkDecimalText('feePerContract', h.feePerContract),
    checkSignedDecimal('realized', h.realized),
    item === null ? { field: 'item', message: TrackingMessages.input } : [checkNumber('item.quantity', item.quantity), checkNumber('item.priceAtOpen', item.priceAtOpen, NUMBER)].filter((e) => e !== null),
    ...(kindOk ? checkTerms(h) : []),
  );
  if (errors.length === 0 && (h.expiry as string) <= (h.openedOn as string)) errors.push({ field: 'expiry', message: TrackingMessages.expiryAfterOpen });
  return errors.length > 0 ? failAll(errors) : ok(h as unknown as TrackedHedgeInput);
}

/** Today's market from untrusted data, checked for what `hedge` needs. */
export function validateTrackingMarket(m: unknown, hedge: TrackedHedgeInput): Result<TrackingMarket> {
  if (!isRecord(m)) return failAll([{ field: 'market', message: TrackingMessages.market }]);
  const option = hedge.kind === 'put' || hedge.kind === 'call';
  const errors = collectErrors(
    checkDate('market.today', m.today),
    checkNumber('market.itemPrice', m.itemPrice, NUMBER),
    checkNumber('market.r', m.r, { min: -MAX_RATE, max: MAX_RATE }),
    checkNumber('market.q', m.q, { optional: true, min: -MAX_RATE, max: MAX_RATE }),
    hedge.kind === 'futures' ? checkNumber('market.futuresPrice', m.futuresPrice, NUMBER) : null,
    hedge.kind === 'swap' ? checkNumber('market.swapRate', m.swapRate, { min: -MAX_RATE, max: MAX_RATE }) : null,
    option ? checkNumber('market.vol', m.vol, { gt: 0, max: MAX_VOL }) : null,
  );
  if (errors.length === 0 && (m.today as string) < hedge.openedOn) errors.push({ field: 'market.today', message: TrackingMessages.todayBeforeOpen });
  return errors.length > 0 ? failAll(errors) : ok(m as unknown as TrackingMarket);
}
