/**
 * Which way the target is exposed: a holding held long loses on a fall, one held short (quantity
 * below 0) loses on a rise. Read from the typed quantity alone, so the form can show the right
 * fields before the calculator has loaded. Pure.
 */
import { parseNumberField } from '../state/parse-input';
import type { Scenario } from '../state/scenario';

export type TargetSide = 'long' | 'short';

/** 'short' when the stock target's quantity parses below 0; 'long' otherwise (other modes included). */
export function targetSide(s: Pick<Scenario, 'portfolio' | 'prefs'>): TargetSide {
  if (s.prefs.mode !== 'stock') return 'long';
  const h = s.portfolio.holdings.find((x) => x.id === s.portfolio.targetId);
  return h !== undefined ? sideOfQuantity(h.quantity) : 'long';
}

/** 'short' when the quantity text parses below 0. */
export function sideOfQuantity(text: string): TargetSide {
  const q = parseNumberField(text);
  return q.ok && q.value !== null && q.value < 0 ? 'short' : 'long';
}
