/**
 * Every candidate hedge of a mode on one payoff chart: the position alone, and each hedge's value
 * at the horizon, on the mode's own axis (the target's price, the FX rate, the floating rate).
 * A hedge whose payoff lives on another axis (the beta hedge: the whole portfolio against the
 * index level), or that covers another position (a swap to maturity beside a lock of the next reset),
 * is not drawn on it: it is listed with the reason instead. Pure.
 */
import type { HedgePlan, PlanAxis } from '../../engine';
import { buildMultiSeries, sampleXs } from './multi-series-data';
import type { MultiSeriesData, SeriesSource } from './multi-series-data';

export interface CandidateHedge {
  readonly id: string;
  readonly name: string;
  readonly plan: HedgePlan | null;
}

export interface AllHedgesChart {
  /** The axis every drawn curve shares; null when no hedge could be computed. */
  readonly axis: PlanAxis | null;
  readonly data: MultiSeriesData;
  /** Hedges not drawn, with why. */
  readonly separate: readonly { readonly id: string; readonly name: string; readonly reason: string }[];
}

export const AllHedgesMessages = {
  wholePortfolio: 'not drawn here: its payoff is the whole portfolio against the index level, another axis. Choose it in the table to see its own chart.',
  otherAxis: (label: string) => `not drawn here: its payoff is on another axis (${label}). Choose it in the table to see its own chart.`,
  notComputed: 'not drawn: it cannot be computed for these inputs.',
  otherPosition: 'not drawn here: it covers another position (e.g. every reset to maturity, not the next one), so its values do not compare with these. Choose it in the table to see its own chart.',
} as const;

export const UNHEDGED_KEY = 'unhedged';

/** One axis: the same kind, unit, step rule and value today (as the engine's joint scenarios group factors; today's values may differ in the last digits of a float). */
const sameAxis = (a: PlanAxis, b: PlanAxis) =>
  a.kind === b.kind && a.unit === b.unit && a.moves === b.moves && Math.abs(a.today - b.today) <= 1e-9 * Math.max(1, Math.abs(a.today));

/** One position: the unhedged values agree at the ends and the middle of the axis (a multi-period hedge covers more than the next period). */
function samePosition(a: HedgePlan, b: HedgePlan): boolean {
  const [lo, hi] = a.axis.range;
  return [lo, (lo + hi) / 2, hi].every((x) => {
    const u = a.payoff.unhedged(x);
    const v = b.payoff.unhedged(x);
    return Math.abs(u - v) <= 1e-9 * Math.max(1, Math.abs(u), Math.abs(v));
  });
}

/** The chart of every candidate: `hidden` hedge ids (and 'unhedged') are sampled for the table but not drawn. */
export function buildAllHedgesChart(hedges: readonly CandidateHedge[], hidden: ReadonlySet<string> = new Set(), points = 61): AllHedgesChart {
  const plans = hedges.flatMap((h) => (h.plan ? [h.plan] : []));
  const main = plans.find((p) => p.axis.kind !== 'index-level') ?? plans[0] ?? null;
  const separate: { id: string; name: string; reason: string }[] = [];
  const drawn: { id: string; name: string; plan: HedgePlan }[] = [];
  for (const h of hedges) {
    if (h.plan === null) separate.push({ id: h.id, name: h.name, reason: AllHedgesMessages.notComputed });
    else if (main !== null && !sameAxis(h.plan.axis, main.axis)) {
      separate.push({ id: h.id, name: h.name, reason: h.plan.axis.kind === 'index-level' ? AllHedgesMessages.wholePortfolio : AllHedgesMessages.otherAxis(h.plan.axis.label) });
    } else if (main !== null && !samePosition(h.plan, main)) separate.push({ id: h.id, name: h.name, reason: AllHedgesMessages.otherPosition });
    else drawn.push({ id: h.id, name: h.name, plan: h.plan });
  }
  if (main === null || drawn.length === 0) return { axis: null, data: buildMultiSeries([], []), separate };
  const sources: SeriesSource[] = [
    { key: UNHEDGED_KEY, name: 'Unhedged', value: main.payoff.unhedged, dashed: true },
    ...drawn.map((d) => ({ key: d.id, name: d.name, value: d.plan.payoff.hedged })),
  ];
  const lo = Math.min(...drawn.map((d) => d.plan.axis.range[0]));
  const hi = Math.max(...drawn.map((d) => d.plan.axis.range[1]));
  const kinks = [main.axis.today, ...drawn.flatMap((d) => d.plan.legs.map((l) => l.strike ?? Number.NaN))];
  return { axis: main.axis, data: buildMultiSeries(sources, sampleXs(lo, hi, points, kinks), hidden, 6), separate };
}
