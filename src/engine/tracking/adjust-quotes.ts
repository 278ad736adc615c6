/**
 * What each adjustment of a recorded hedge would cost today, before the user commits to it: roll
 * to the next expiry (close the old, open the new), re-size to the position now, unwind. Cash is
 * signed from the user's side: + received, − paid; fees are always paid.
 */
import type { Money } from '../money';
import { money, multiply, negate, roundMoney, subtract, sum, zero } from '../money';
import { TrackingMessages } from '../messages';
import type { HedgeMark } from './mark';
import { modelMoney } from './mark';
import type { TrackedHedgeInput, TrackingMarket } from './track-input';
import { sideSign, unitValue, yearsLeft } from './value';

export interface TrackingNow {
  /** The hedged position today, signed units. */
  readonly positionQuantity: number;
  /** Share of the position to hedge now (1 = 100 %). */
  readonly hedgeRatio: number;
  /** Roll: the new expiry (ISO date); for futures also the next contract month's price. */
  readonly rollExpiry?: string;
  readonly rollPrice?: number;
}

export interface AdjustmentQuote {
  readonly contractsAfter: number;
  /** Value received (+) or paid (−) for what is closed, before fees. */
  readonly closeValue: Money;
  /** Premium paid (+) or received (−) for what is opened. */
  readonly openCost: Money;
  /** Roll: the new contract's price minus the old one's, over the position (sign: cost to the user is −). */
  readonly priceDifference: Money;
  readonly fees: Money;
  /** closeValue − openCost − fees. */
  readonly netCash: Money;
  /** Price per unit the new contracts are opened at (premium, futures price, forward or swap rate), when any. */
  readonly openUnitPrice: number | null;
}

export type Quote = { readonly ok: true; readonly value: AdjustmentQuote } | { readonly ok: false; readonly message: string };

export interface AdjustmentQuotes {
  readonly roll: Quote;
  readonly resize: Quote;
  readonly unwind: Quote;
}

function quote(closeValue: Money, openCost: Money, fees: Money, contractsAfter: number, openUnitPrice: number | null, priceDifference?: Money): Quote {
  const netCash = subtract(subtract(closeValue, openCost), fees);
  return { ok: true, value: { contractsAfter, closeValue, openCost, priceDifference: priceDifference ?? zero(closeValue.currency), fees, netCash, openUnitPrice } };
}

function feesFor(h: TrackedHedgeInput, contracts: number): Money {
  return roundMoney(multiply(money(h.feePerContract.replace(/,/g, '').trim(), h.currency), Math.abs(contracts)));
}

/** The level new contracts open at today: option premium, futures price, forward rate, swap rate. */
export function openLevel(h: TrackedHedgeInput, m: TrackingMarket, mark: HedgeMark): number {
  const t = yearsLeft(m.today, h.expiry);
  if (h.kind === 'futures') return m.futuresPrice as number;
  if (h.kind === 'forward') return m.itemPrice * Math.exp((m.r - (m.q ?? 0)) * t);
  if (h.kind === 'swap') return m.swapRate as number;
  return mark.unitPrice;
}

function rollQuote(h: TrackedHedgeInput, m: TrackingMarket, now: TrackingNow, mark: HedgeMark): Quote {
  if (h.contracts === 0) return { ok: false, message: TrackingMessages.closed };
  if (h.kind !== 'put' && h.kind !== 'call' && h.kind !== 'futures') return { ok: false, message: TrackingMessages.rollKind };
  const to = now.rollExpiry;
  if (to === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(to) || to <= m.today || to <= h.expiry) return { ok: false, message: TrackingMessages.rollExpiry };
  const units = sideSign(h) * h.contracts * h.contractSize;
  const fees = sum([feesFor(h, h.contracts), feesFor(h, h.contracts)], h.currency);
  if (h.kind === 'futures') {
    if (now.rollPrice === undefined) return { ok: false, message: TrackingMessages.rollPrice };
    const spread = modelMoney(units * (now.rollPrice - (m.futuresPrice as number)), h.currency);
    return quote(mark.marketValue, zero(h.currency), fees, h.contracts, now.rollPrice, negate(spread));
  }
  const premium = unitValue(h, m, m.itemPrice, yearsLeft(m.today, to));
  if (premium === null) return { ok: false, message: TrackingMessages.vol };
  const openCost = modelMoney(units * premium, h.currency);
  return quote(mark.marketValue, openCost, fees, h.contracts, premium, negate(subtract(openCost, mark.marketValue)));
}

function resizeQuote(h: TrackedHedgeInput, m: TrackingMarket, mark: HedgeMark, needed: number): Quote {
  if (h.contracts === 0) return { ok: false, message: TrackingMessages.closed };
  const delta = needed - h.contracts;
  const fees = feesFor(h, delta);
  if (delta >= 0) {
    const option = h.kind === 'put' || h.kind === 'call';
    const openCost = option ? modelMoney(sideSign(h) * delta * h.contractSize * mark.unitPrice, h.currency) : zero(h.currency);
    return quote(zero(h.currency), openCost, fees, needed, delta > 0 ? openLevel(h, m, mark) : null);
  }
  const closeValue = roundMoney(multiply(mark.marketValue, -delta / h.contracts));
  return quote(closeValue, zero(h.currency), fees, needed, null);
}

/** The three adjustment quotes; a quote that cannot be made says why in plain words. */
export function quoteAdjustments(h: TrackedHedgeInput, m: TrackingMarket, now: TrackingNow, mark: HedgeMark, needed: number): AdjustmentQuotes {
  const unwind: Quote = h.contracts === 0 ? { ok: false, message: TrackingMessages.closed } : quote(mark.marketValue, zero(h.currency), feesFor(h, h.contracts), 0, null);
  return { roll: rollQuote(h, m, now, mark), resize: resizeQuote(h, m, mark, needed), unwind };
}
