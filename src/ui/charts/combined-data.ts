/**
 * The combined hedge's payoff under joint moves: x is the joint move (in stated steps: each leg's
 * own risk factor moves by that many steps in the direction that hurts its position), y the change
 * in value from today — all positions unhedged, with every leg, and each leg's hedge on its own.
 * Built from the engine's joint-scenario sweep (rows already sampled). Pure.
 */
import type { JointScenarios } from '../../engine';
import { buildMultiSeries } from './multi-series-data';
import type { MultiSeriesData, SeriesSource } from './multi-series-data';

export const COMBINED_KEYS = { unhedged: 'unhedged', hedged: 'hedged' } as const;

/** dataKey of leg `i`'s own hedge result. */
export const legKey = (i: number): string => `leg-${i}`;

/** Chart data of the sweep; `legNames[i]` names plan i. `hidden` keys are left out of the y-domain. */
export function buildCombinedChart(sweep: JointScenarios, legNames: readonly string[], hidden: ReadonlySet<string> = new Set()): MultiSeriesData {
  const bySeverity = new Map(sweep.rows.map((r) => [r.severity, r]));
  const at = (x: number) => bySeverity.get(x);
  const sources: SeriesSource[] = [
    { key: COMBINED_KEYS.unhedged, name: 'Unhedged, all positions', value: (x) => at(x)?.unhedged ?? Number.NaN, dashed: true },
    { key: COMBINED_KEYS.hedged, name: 'With every leg', value: (x) => at(x)?.hedged ?? Number.NaN },
    ...legNames.map((name, i) => ({ key: legKey(i), name: `${name}: the hedge alone`, value: (x: number) => at(x)?.hedge[i] ?? Number.NaN, dashed: true })),
  ];
  return buildMultiSeries(sources, sweep.rows.map((r) => r.severity), hidden, 5);
}

/** "Stock price −20 %" or "Floating rate +1.00 pt": one factor's move at one severity, in words. */
export function describeFactorMove(axisLabel: string, moves: 'relative' | 'absolute', today: number, x: number): string {
  if (moves === 'relative') {
    const pct = today === 0 ? 0 : ((x - today) / today) * 100;
    return `${axisLabel} ${pct >= 0 ? '+' : '−'}${Math.abs(pct).toFixed(0)} %`;
  }
  const pts = (x - today) * 100;
  return `${axisLabel} ${pts >= 0 ? '+' : '−'}${Math.abs(pts).toFixed(2)} pt`;
}
