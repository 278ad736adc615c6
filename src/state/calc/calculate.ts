/**
 * The calculator's one pure call: scenario in, results out. Results are derived here and never
 * stored; `calculate` is memoised on the slices it reads, so an edit in one mode does not
 * recompute another.
 */
import type { Scenario } from '../scenario';
import { calculateCommodity } from './commodity';
import { calculateFx } from './fx';
import { calculateRate } from './rate';
import { calculateStock } from './stock';
import type { ModeResult } from './types';

let last: { key: readonly unknown[]; result: ModeResult } | null = null;

function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Results of the scenario's current mode (uncached). */
export function computeMode(s: Scenario): ModeResult {
  switch (s.prefs.mode) {
    case 'commodity':
      return calculateCommodity(s.commodity);
    case 'fx':
      return calculateFx(s.fx);
    case 'rate':
      return calculateRate(s.rate);
    case 'stock':
    default:
      return calculateStock(s.portfolio, s.stock);
  }
}

function keyOf(s: Scenario): readonly unknown[] {
  switch (s.prefs.mode) {
    case 'commodity':
      return ['commodity', s.commodity];
    case 'fx':
      return ['fx', s.fx];
    case 'rate':
      return ['rate', s.rate];
    default:
      return ['stock', s.portfolio, s.stock];
  }
}

/** Memoised `computeMode`: the same slice objects give the same result object. */
export function calculate(s: Scenario): ModeResult {
  const key = keyOf(s);
  if (last !== null && sameKey(last.key, key)) return last.result;
  const result = computeMode(s);
  last = { key, result };
  return result;
}
