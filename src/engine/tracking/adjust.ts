/**
 * Applies an adjustment to a recorded hedge: the terms it holds afterwards (contracts, price paid,
 * expiry, realized P/L), so the record follows the hedge as it is rolled, re-sized and unwound.
 * The P/L of what is closed, less every fee, moves into `realized` (exact decimal text).
 */
import { add, money, roundMoney, subtract, toDecimalString } from '../money';
import type { Result } from '../result';
import { fail, guard, ok } from '../result';
import { TrackingMessages } from '../messages';
import { isRecord } from '../validate';
import { contractsNeeded, validateTracking } from './track';
import { markOf } from './mark';
import { openLevel, quoteAdjustments } from './adjust-quotes';

export type AdjustmentAction = 'roll' | 'resize' | 'unwind';

export interface AdjustedTerms {
  readonly contracts: number;
  /** Option premium or futures price per unit of the open position (weighted when contracts were added). */
  readonly entryPrice: number | null;
  /** Forward or swap rate of the open position (weighted when notional was added). */
  readonly strike: number | null;
  readonly expiry: string;
  /** Realized P/L after the adjustment, exact decimal text in the hedge's currency. */
  readonly realized: string;
  readonly closed: boolean;
}

/** Price or rate of the open position after adding `added` contracts at `level` to `held` at `old`. */
function weighted(old: number, held: number, added: number, level: number): number {
  return (old * held + level * added) / (held + added);
}

/**
 * The hedge's terms after `action` (same input as `trackHedge`, plus `action`). Roll: the P/L of
 * the old contract is realized, the new one opens at the model premium (options, same strike) or
 * the next month's futures price. Re-size: contracts to the position now × hedge ratio; added
 * contracts average into the price paid, removed ones realize their share of the P/L. Unwind:
 * everything closes. Fees are paid on every contract traded.
 */
export function adjustHedge(input: unknown): Result<AdjustedTerms> {
  return guard('hedge', () => {
    if (!isRecord(input) || !['roll', 'resize', 'unwind'].includes(input.action as string)) return fail('action', TrackingMessages.action);
    const checked = validateTracking(input);
    if (!checked.ok) return checked;
    const { hedge: h, market: m, now } = checked.value;
    const mark = markOf(h, m);
    if (!mark.ok) return mark;
    const needed = contractsNeeded(h, now);
    const quotes = quoteAdjustments(h, m, now, mark.value, needed);
    const action = input.action as AdjustmentAction;
    const q = quotes[action];
    if (!q.ok) return fail(action === 'roll' ? 'now.rollExpiry' : 'action', q.message);
    const realizedBefore = money(toDecimalString(mark.value.realized), h.currency);
    const base = { contracts: h.contracts, entryPrice: h.entryPrice ?? null, strike: h.strike ?? null, expiry: h.expiry, closed: false };
    if (action === 'unwind') {
      const realized = subtract(add(realizedBefore, mark.value.unrealized), q.value.fees);
      return ok({ ...base, contracts: 0, realized: toDecimalString(realized), closed: true });
    }
    if (action === 'roll') {
      const realized = subtract(add(realizedBefore, mark.value.unrealized), q.value.fees);
      return ok({ ...base, entryPrice: q.value.openUnitPrice, expiry: now.rollExpiry as string, realized: toDecimalString(realized) });
    }
    const delta = needed - h.contracts;
    if (delta >= 0) {
      const level = openLevel(h, m, mark.value);
      const price = h.kind === 'forward' || h.kind === 'swap' ? { strike: weighted(h.strike as number, h.contracts, delta, level) } : { entryPrice: weighted(h.entryPrice as number, h.contracts, delta, level) };
      return ok({ ...base, ...price, contracts: needed, realized: toDecimalString(subtract(realizedBefore, q.value.fees)) });
    }
    const share = roundMoney({ amount: mark.value.unrealized.amount.times(-delta).dividedBy(h.contracts), currency: h.currency });
    return ok({ ...base, contracts: needed, realized: toDecimalString(subtract(add(realizedBefore, share), q.value.fees)) });
  });
}
