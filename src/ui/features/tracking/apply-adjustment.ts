/**
 * An adjustment applied to a record: the engine's new terms written back as text, and one plain
 * sentence saying what was done and what it cost.
 */
import { adjustHedge, trackHedge } from '../../../engine';
import type { AdjustmentAction } from '../../../engine';
import { formatMoneyExact } from '../../shared/format';
import type { TrackedHedge } from '../../../state/scenario';
import type { TrackedValues } from '../../../state/tracking-slice';
import type { ReadRecord } from './read-record';
import { addDays } from './read-record';

/** A number as text without float noise (at most 6 decimals). */
export function numberText(x: number): string {
  return String(Math.round(x * 1e6) / 1e6);
}

export type Applied = { readonly ok: true; readonly values: Partial<TrackedValues>; readonly message: string } | { readonly ok: false; readonly message: string };

const DONE: Readonly<Record<AdjustmentAction, string>> = { roll: 'Rolled', resize: 'Re-sized', unwind: 'Unwound' };

export function applyAdjustment(r: TrackedHedge, read: ReadRecord, action: AdjustmentAction): Applied {
  if (read.input === null) return { ok: false, message: 'Fix the fields marked in red first.' };
  const tracked = trackHedge(read.input);
  const terms = adjustHedge({ ...read.input, action });
  if (!terms.ok || !tracked.ok) return { ok: false, message: (terms.ok ? (tracked.ok ? [] : tracked.errors) : terms.errors)[0]?.message ?? 'This adjustment cannot be made.' };
  const q = tracked.value.adjustments[action];
  const t = terms.value;
  const values: Partial<TrackedValues> = {
    contracts: numberText(t.contracts), expiry: t.expiry, realized: t.realized, closed: t.closed,
    ...(t.entryPrice !== null && (r.instrument === 'put' || r.instrument === 'call' || r.instrument === 'futures') ? { price: numberText(t.entryPrice) } : {}),
    ...(t.strike !== null && r.instrument === 'forward' ? { strike: numberText(t.strike) } : {}),
    ...(t.strike !== null && r.instrument === 'swap' ? { strike: numberText(t.strike * 100) } : {}),
    ...(action === 'roll' ? { rollExpiry: addDays(t.expiry, 91), rollPrice: '' } : {}),
  };
  const cash = q.ok ? ` Net cash ${formatMoneyExact(q.value.netCash)}, fees ${formatMoneyExact(q.value.fees)}.` : '';
  const what = action === 'roll' ? ` to ${t.expiry}` : action === 'resize' ? ` to ${numberText(t.contracts)} contracts` : '';
  return { ok: true, values, message: `${DONE[action]}${what}.${cash}` };
}
