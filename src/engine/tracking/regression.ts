/**
 * The regression test of a recorded hedge over a price history of the hedged item (a prospective
 * test): the item's past prices, scaled to today's level, are each valued with the hedge as it
 * stands today (same time left), and the changes of hedge value are regressed on the changes of
 * item value. Thresholds: R² ≥ 0.80 and slope between −1.25 and −0.80 (Finnerty & Grant,
 * "Alternative approaches to testing hedge effectiveness under SFAS No. 133", Accounting Horizons
 * 16(2), 2002), as in `testHedgeEffectiveness`.
 */
import type { Result } from '../result';
import { fail, guard } from '../result';
import { TrackingMessages } from '../messages';
import { isRecord } from '../validate';
import { testHedgeEffectiveness } from '../portfolio/effectiveness';
import type { EffectivenessReport } from '../portfolio/effectiveness';
import { validateTrackedHedge, validateTrackingMarket } from './track-input';
import { unitsOf, sideSign, unitValue, yearsLeft } from './value';

/** Most prices used: the latest ones. */
export const MAX_HISTORY_POINTS = 5000;

export interface TrackedRegressionInput {
  readonly hedge: unknown;
  readonly market: unknown;
  /** The hedged item's past prices, oldest first. */
  readonly itemPrices: readonly number[];
}

function readPrices(raw: unknown): number[] | null {
  if (!Array.isArray(raw) || raw.length < 4) return null;
  const prices = raw.slice(-MAX_HISTORY_POINTS);
  return prices.every((p) => typeof p === 'number' && Number.isFinite(p) && p > 0 && p < 1e12) ? (prices as number[]) : null;
}

/** Regression (and variance-reduction) test of the hedge over the item's history; errors name `hedge.*`, `market.*`, `itemPrices`. */
export function regressTrackedHedge(input: unknown): Result<EffectivenessReport> {
  return guard('itemPrices', () => {
    if (!isRecord(input)) return fail('hedge', TrackingMessages.input);
    const hedge = validateTrackedHedge(input.hedge);
    if (!hedge.ok) return { ok: false, errors: hedge.errors.map((e) => ({ field: `hedge.${e.field}`, message: e.message })) };
    const h = hedge.value;
    if (h.kind === 'swap') return fail('itemPrices', TrackingMessages.swapHistory);
    const market = validateTrackingMarket(input.market, h);
    if (!market.ok) return market;
    const m = market.value;
    const prices = readPrices(input.itemPrices);
    if (prices === null) return fail('itemPrices', TrackingMessages.history);
    const scale = m.itemPrice / (prices.at(-1) as number);
    const t = yearsLeft(m.today, h.expiry);
    const units = sideSign(h) * unitsOf(h);
    const item: number[] = [];
    const hedgeValues: number[] = [];
    for (const p of prices) {
      const s = p * scale;
      const unit = unitValue(h, m, s, t);
      if (unit === null) return fail('market.vol', TrackingMessages.vol);
      item.push(h.item.quantity * s);
      hedgeValues.push(units * unit);
    }
    return testHedgeEffectiveness({ hedgedItemValues: item, hedgeValues });
  });
}

