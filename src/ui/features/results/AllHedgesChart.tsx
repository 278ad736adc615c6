/**
 * Every candidate hedge of the mode on one payoff chart, each curve ticked on or off (labelled
 * checkboxes; the legend and the table list the same curves). Its own lazily loaded chunk.
 */
import { useDeferredValue, useMemo } from 'react';
import type { HedgeResult } from '../../../calc/types';
import { buildAllHedgesChart } from '../../charts/all-hedges-data';
import { LazyMultiSeriesChart } from '../../charts/LazyMultiSeriesChart';
import { MultiSeriesTable } from '../../charts/MultiSeriesTable';
import { SeriesToggles } from '../../charts/SeriesToggles';
import { axisFormat } from './axis-format';
import { useHiddenSeries } from './use-hidden-series';

interface Props {
  readonly hedges: readonly HedgeResult[];
  readonly currency: string;
}

export function AllHedgesChart({ hedges, currency }: Props) {
  const [hidden, toggle] = useHiddenSeries();
  const chart = useMemo(() => buildAllHedgesChart(hedges, hidden), [hedges, hidden]);
  const data = useDeferredValue(chart.data);
  if (chart.axis === null) return null;
  const { formatX, xLabel, isRate } = axisFormat(chart.axis);
  const yLabel = isRate ? `Interest for the period, − = paid (${currency})` : `Value at the horizon (${currency})`;
  const drawn = chart.data.series.filter((s) => s.visible).map((s) => s.name);
  const summary = `Every hedge on one chart against ${xLabel}: ${drawn.length > 0 ? drawn.join(', ') : 'no curve chosen'}.`;
  return (
    <section className="all-hedges" aria-labelledby="all-hedges-title">
      <h3 id="all-hedges-title">All hedges on one chart</h3>
      <SeriesToggles legend="Curves drawn" series={chart.data.series} onToggle={toggle} />
      <LazyMultiSeriesChart data={data} currency={currency} xLabel={xLabel} yLabel={yLabel} formatX={formatX} summary={summary} todayX={chart.axis.today} />
      {chart.separate.length > 0 ? (
        <ul className="series-note">
          {chart.separate.map((s) => (
            <li key={s.id}>
              <strong>{s.name}</strong>: {s.reason}
            </li>
          ))}
        </ul>
      ) : null}
      <MultiSeriesTable data={data} currency={currency} xLabel={xLabel} formatX={formatX} caption={`${isRate ? 'Interest for the period' : 'Value at the horizon'} (${currency}) of each hedge drawn`} />
    </section>
  );
}

export default AllHedgesChart;
