/**
 * The mark-to-market of a recorded hedge: what one unit is worth today, the position's value, its
 * cost basis, and the P/L realized and not yet realized. Model floats become money here, once.
 */
import type { Money } from '../money';
import { add, fromModel, money, parseDecimal, roundMoney } from '../money';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { Messages } from '../messages';
import type { TrackedHedgeInput, TrackingMarket } from './track-input';
import { basisPerUnit, daysLeft, sideSign, unitsOf, unitValue, unrealizedAt, yearsLeft } from './value';

export interface HedgeMark {
  /** Today's value of one unit: the option premium, the futures price, a forward's or swap's value per unit of notional. */
  readonly unitPrice: number;
  /** What closing the position now would bring (+) or cost (−) before fees: options sign × units × premium; otherwise the unrealized P/L. */
  readonly marketValue: Money;
  /** What the open position was put on at: sign × units × price paid (options); zero for futures, forwards and swaps. */
  readonly costBasis: Money;
  readonly unrealized: Money;
  /** P/L of earlier rolls and re-sizes, fees included. */
  readonly realized: Money;
  readonly totalPnl: Money;
  readonly daysLeft: number;
  readonly yearsLeft: number;
  readonly expired: boolean;
}

/** Model money, rounded once to minor units (half-even). */
export function modelMoney(x: number, currency: string): Money {
  return roundMoney(fromModel(x, currency));
}

/** The mark of `h` in `m`; a field error when the option cannot be priced or a figure overflows. */
export function markOf(h: TrackedHedgeInput, m: TrackingMarket): Result<HedgeMark> {
  const t = yearsLeft(m.today, h.expiry);
  const unit = unitValue(h, m, m.itemPrice, t);
  if (unit === null || !Number.isFinite(unit)) return fail('market.vol', Messages.optionNotPriced);
  const option = h.kind === 'put' || h.kind === 'call';
  const unrealizedFloat = unrealizedAt(h, unit);
  const valueFloat = option ? sideSign(h) * unitsOf(h) * unit : unrealizedFloat;
  const basisFloat = option ? sideSign(h) * unitsOf(h) * basisPerUnit(h) : 0;
  if (![unrealizedFloat, valueFloat, basisFloat].every(Number.isFinite)) return fail('hedge.contracts', Messages.tooExtreme);
  const c = h.currency;
  const marketValue = modelMoney(valueFloat, c);
  const costBasis = modelMoney(basisFloat, c);
  // Unrealized = value − basis exactly, so the figures a user adds up agree to the cent.
  const unrealized = { amount: marketValue.amount.minus(costBasis.amount), currency: c };
  const realized = money(parseDecimal(h.realized) ?? '0', c);
  const d = daysLeft(m.today, h.expiry);
  return ok({ unitPrice: unit, marketValue, costBasis, unrealized, realized, totalPnl: add(realized, unrealized), daysLeft: d, yearsLeft: t, expired: d <= 0 });
}
