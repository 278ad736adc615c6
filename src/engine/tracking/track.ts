/**
 * A recorded hedge marked against today's market: its mark-to-market, its effectiveness so far
 * (dollar offset), what is left of its protection, and what each adjustment would cost.
 */
import type { Money } from '../money';
import { fromModel, roundMoney } from '../money';
import type { Result } from '../result';
import { failAll, guard, ok } from '../result';
import { DOLLAR_OFFSET_RANGE, dollarOffsetRatio, passesDollarOffset } from '../portfolio/effectiveness';
import { TrackingMessages } from '../messages';
import { checkNumber, collectErrors, isRecord } from '../validate';
import type { TrackedHedgeInput, TrackingMarket } from './track-input';
import { validateTrackedHedge, validateTrackingMarket } from './track-input';
import { daysLeft } from './value';
import { quoteAdjustments } from './adjust-quotes';
import type { AdjustmentQuotes, TrackingNow } from './adjust-quotes';
import { markOf } from './mark';
import type { HedgeMark } from './mark';

export type { HedgeMark } from './mark';
export type { AdjustmentQuote, AdjustmentQuotes, TrackingNow } from './adjust-quotes';

export interface DollarOffsetSoFar {
  /** Change in the hedged item's value since the hedge was put on: designated quantity × price change. */
  readonly itemChange: Money;
  /** Change in the hedge's value since then: realized + unrealized P/L. */
  readonly hedgeChange: Money;
  /** −Δhedge / Δitem (1.00 = a perfect offset); null while the item has not moved. */
  readonly ratio: number | null;
  readonly passes: boolean;
  readonly band: { readonly min: number; readonly max: number };
}

export interface RemainingProtection {
  /** A put's floor, a call's cap, or the price or rate a futures, forward or swap locks in. */
  readonly kind: 'floor' | 'cap' | 'locked';
  readonly level: number;
  readonly daysLeft: number;
  readonly contractsHeld: number;
  /** Contracts the position needs now at the hedge ratio (whole contracts for options and futures). */
  readonly contractsNeeded: number;
  readonly unitsCovered: number;
  /** Units covered ÷ units to hedge now (position × hedge ratio); null when nothing is to be hedged. */
  readonly coverage: number | null;
}

export interface HedgeTracking {
  readonly mark: HedgeMark;
  readonly dollarOffset: DollarOffsetSoFar;
  readonly protection: RemainingProtection;
  readonly adjustments: AdjustmentQuotes;
}

export interface TrackingInput {
  readonly hedge: TrackedHedgeInput;
  readonly market: TrackingMarket;
  readonly now: TrackingNow;
}

/** Validates the three parts of a tracking request; errors name `hedge.*`, `market.*`, `now.*`. */
export function validateTracking(input: unknown): Result<TrackingInput> {
  if (!isRecord(input)) return failAll([{ field: 'hedge', message: TrackingMessages.input }]);
  const hedge = validateTrackedHedge(input.hedge);
  if (!hedge.ok) return failAll(hedge.errors.map((e) => ({ field: `hedge.${e.field}`, message: e.message })));
  const market = validateTrackingMarket(input.market, hedge.value);
  const now = isRecord(input.now) ? input.now : {};
  const errors = collectErrors(
    market.ok ? null : market.errors,
    checkNumber('now.positionQuantity', now.positionQuantity),
    checkNumber('now.hedgeRatio', now.hedgeRatio, { min: 0, max: 10 }),
    checkNumber('now.rollPrice', now.rollPrice, { optional: true, gt: 0 }),
  );
  if (now.rollExpiry !== undefined && typeof now.rollExpiry !== 'string') errors.push({ field: 'now.rollExpiry', message: TrackingMessages.date });
  return errors.length > 0 ? failAll(errors) : ok(input as unknown as TrackingInput);
}

function protectionOf(h: TrackedHedgeInput, m: TrackingMarket, now: TrackingNow, contractsNeeded: number): RemainingProtection {
  const kind = h.kind === 'put' ? 'floor' : h.kind === 'call' ? 'cap' : 'locked';
  const level = h.kind === 'futures' ? (h.entryPrice as number) : (h.strike as number);
  const unitsCovered = h.contracts * h.contractSize;
  const toHedge = Math.abs(now.positionQuantity) * now.hedgeRatio;
  return { kind, level, daysLeft: daysLeft(m.today, h.expiry), contractsHeld: h.contracts, contractsNeeded, unitsCovered, coverage: toHedge > 0 ? unitsCovered / toHedge : null };
}

/** Contracts the position needs now: |position| × hedge ratio ÷ contract size, whole for options and futures. */
export function contractsNeeded(h: TrackedHedgeInput, now: TrackingNow): number {
  const exact = (Math.abs(now.positionQuantity) * now.hedgeRatio) / h.contractSize;
  return h.kind === 'forward' || h.kind === 'swap' ? Math.round(exact * 10_000) / 10_000 : Math.round(exact);
}

function dollarOffsetOf(h: TrackedHedgeInput, m: TrackingMarket, mark: HedgeMark): DollarOffsetSoFar {
  const itemChange = roundMoney(fromModel(h.item.quantity * (m.itemPrice - h.item.priceAtOpen), h.currency));
  const hedgeChange = mark.totalPnl;
  const ratio = dollarOffsetRatio(itemChange.amount.toNumber(), hedgeChange.amount.toNumber());
  return { itemChange, hedgeChange, ratio, passes: passesDollarOffset(ratio), band: DOLLAR_OFFSET_RANGE };
}

/**
 * Marks a recorded hedge to today's market. Mark-to-market: options repriced with BSM at the
 * time left, futures at (today's − traded price) × contract size × contracts (Hull, OFOD 9th ed.,
 * §2.4, daily settlement), forwards discounted (Hull eq. 5.4), swaps (s − K) × annuity. Dollar
 * offset −Δhedge/Δitem against the 80–125 % band of hedge-accounting practice (ASC 815 / IAS 39).
 * Money is rounded to the currency's minor units, half-even.
 */
export function trackHedge(input: unknown): Result<HedgeTracking> {
  return guard('hedge', () => {
    const checked = validateTracking(input);
    if (!checked.ok) return checked;
    const { hedge, market, now } = checked.value;
    const mark = markOf(hedge, market);
    if (!mark.ok) return mark;
    const needed = contractsNeeded(hedge, now);
    const adjustments = quoteAdjustments(hedge, market, now, mark.value, needed);
    return ok({ mark: mark.value, dollarOffset: dollarOffsetOf(hedge, market, mark.value), protection: protectionOf(hedge, market, now, needed), adjustments });
  });
}
