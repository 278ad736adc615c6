/**
 * A chart of several named curves over one x-axis: renders `MultiSeriesData` (built by a pure
 * builder; no data work here). Loaded lazily through `LazyMultiSeriesChart`, so Recharts stays out
 * of the first screen.
 */
import { memo, useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney, formatPrice } from '../shared/format';
import { seriesColour } from './multi-series-data';
import type { MultiSeriesData, SeriesRow } from './multi-series-data';
import './charts.css';
import './multi-series.css';
import { xAxisTitle } from './axis-title';

export interface MultiSeriesChartProps {
  readonly data: MultiSeriesData;
  readonly currency: string;
  readonly xLabel: string;
  readonly yLabel: string;
  /** Formats an x value; pass a stable function. */
  readonly formatX?: (x: number) => string;
  /** What the chart shows, in one sentence, for screen readers. */
  readonly summary: string;
  /** x of a vertical reference line (today), when there is one. */
  readonly todayX?: number | null;
  /** Its label; "Today" unless told. */
  readonly todayLabel?: string;
  readonly height?: number;
}

export const MULTI_SERIES_HEIGHT = 340;
const MARGIN = { top: 8, right: 24, bottom: 4, left: 8 };
const AXIS_TICK = { fill: 'var(--chart-text)', fontSize: 12 };
const AXIS_LINE = { stroke: 'var(--chart-muted)' };
const TOOLTIP_CONTENT = { background: 'var(--chart-tooltip-bg)', border: '1px solid var(--chart-tooltip-border)', color: 'var(--chart-text)' };
const TOOLTIP_ITEM = { color: 'var(--chart-text)' };
const LEGEND_WRAPPER = { color: 'var(--chart-text)', paddingBottom: 4 };
const INITIAL_DIMENSION = { width: 600, height: MULTI_SERIES_HEIGHT };
const ACTIVE_DOT = { r: 3 };

function MultiSeriesChartImpl({ data, currency, xLabel, yLabel, formatX = formatPrice, summary, todayX = null, todayLabel = 'Today', height = MULTI_SERIES_HEIGHT }: MultiSeriesChartProps) {
  const formatters = useMemo(
    () => ({
      yTick: (y: number) => formatMoney(y, currency, { compact: true }),
      tooltipLabel: (x: unknown) => `${xLabel}: ${typeof x === 'number' ? formatX(x) : String(x)}`,
      tooltipValue: (v: unknown) => formatMoney(Number(v), currency),
      xAxisLabel: xAxisTitle(xLabel),
      yAxisLabel: { value: yLabel, angle: -90, position: 'insideLeft', offset: 4, fill: 'var(--chart-text)', style: { textAnchor: 'middle' } } as const,
    }),
    [formatX, currency, xLabel, yLabel],
  );
  const shown = data.series.filter((s) => s.visible);
  return (
    <div className="payoff-chart multi-series" role="img" aria-label={summary} style={{ height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={INITIAL_DIMENSION}>
        <ComposedChart data={data.rows as SeriesRow[]} margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="2 4" />
          <XAxis type="number" dataKey="x" domain={data.xDomain as [number, number]} tickFormatter={formatX} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={AXIS_LINE} label={formatters.xAxisLabel} height={44} />
          <YAxis type="number" domain={data.yDomain as [number, number]} tickFormatter={formatters.yTick} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={AXIS_LINE} label={formatters.yAxisLabel} width={88} />
          <Tooltip formatter={formatters.tooltipValue} labelFormatter={formatters.tooltipLabel} contentStyle={TOOLTIP_CONTENT} itemStyle={TOOLTIP_ITEM} isAnimationActive={false} />
          <Legend verticalAlign="top" wrapperStyle={LEGEND_WRAPPER} />
          {todayX !== null ? <ReferenceLine x={todayX} stroke="var(--chart-reference)" label={{ value: todayLabel, position: 'insideTopLeft', fill: 'var(--chart-text)', fontSize: 11 }} /> : null}
          {/* Unfilled Areas, not Lines: Recharts' Line measures its path on every render (see PayoffChart). */}
          {shown.map((s) => (
            <Area
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stroke={seriesColour(s.colour)}
              strokeWidth={2.25}
              strokeDasharray={s.dash}
              fill="none"
              baseValue="dataMin"
              dot={false}
              activeDot={ACTIVE_DOT}
              legendType="plainline"
              isAnimationActive={false}
              connectNulls={false}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

export const MultiSeriesChart = memo(MultiSeriesChartImpl);
export default MultiSeriesChart;
