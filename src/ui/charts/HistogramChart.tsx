/**
 * Histogram of simulated portfolio P/L, two scenarios on shared bins (unhedged vs hedged): renders
 * `buildHistogramData` rows only. The table under it is the text alternative.
 */
import { memo, useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney, formatPercent } from '../shared/format';
import './charts.css';
import type { HistogramData, HistogramRow } from './risk-data';
import { describeHistogram } from './risk-data';
import { xAxisTitle } from './axis-title';

export interface HistogramChartProps {
  readonly data: HistogramData;
  readonly currency: string;
  readonly height?: number;
}

const MARGIN = { top: 8, right: 24, bottom: 4, left: 8 };
const AXIS_TICK = { fill: 'var(--chart-text)', fontSize: 12 };
const AXIS_LINE = { stroke: 'var(--chart-muted)' };
const TOOLTIP_CONTENT = { background: 'var(--chart-tooltip-bg)', border: '1px solid var(--chart-tooltip-border)', color: 'var(--chart-text)' };
const TOOLTIP_ITEM = { color: 'var(--chart-text)' };
const LEGEND_WRAPPER = { color: 'var(--chart-text)' };
const INITIAL_DIMENSION = { width: 600, height: 300 };
const share = (v: number) => formatPercent(v, 1);

function HistogramChartImpl({ data, currency, height = 300 }: HistogramChartProps) {
  const summary = useMemo(() => describeHistogram(data, currency), [data, currency]);
  const fmt = useMemo(
    () => ({
      x: (v: number) => formatMoney(v, currency, { compact: true }),
      label: (v: unknown) => `P/L near ${formatMoney(Number(v), currency)}`,
      value: (v: unknown) => formatPercent(Number(v), 2),
      xAxisLabel: xAxisTitle(`Portfolio P/L at the horizon (${currency})`),
    }),
    [currency],
  );
  return (
    <div className="payoff-chart risk-chart" role="img" aria-label={summary} style={{ height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={INITIAL_DIMENSION}>
        <ComposedChart data={data.rows as HistogramRow[]} margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="2 4" />
          <XAxis type="number" dataKey="mid" domain={['dataMin', 'dataMax']} tickFormatter={fmt.x} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={AXIS_LINE} label={fmt.xAxisLabel} height={44} />
          <YAxis tickFormatter={share} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={AXIS_LINE} width={56} />
          <ReferenceLine x={0} stroke="var(--chart-reference)" strokeDasharray="3 3" />
          <Tooltip labelFormatter={fmt.label} formatter={fmt.value} contentStyle={TOOLTIP_CONTENT} itemStyle={TOOLTIP_ITEM} labelStyle={TOOLTIP_ITEM} isAnimationActive={false} />
          <Legend wrapperStyle={LEGEND_WRAPPER} />
          <Area type="step" dataKey="a" name={data.names[0]} stroke="var(--chart-unhedged)" fill="var(--chart-unhedged)" fillOpacity={0.25} strokeWidth={2} isAnimationActive={false} />
          <Area type="step" dataKey="b" name={data.names[1]} stroke="var(--chart-hedged)" fill="var(--chart-hedged)" fillOpacity={0.3} strokeWidth={2} strokeDasharray="6 3" isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Share of paths per P/L bin: the hedged distribution should be narrower, its left tail shorter. */
const HistogramChart = memo(HistogramChartImpl);
export default HistogramChart;
