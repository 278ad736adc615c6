/**
 * Payoff chart: renders a `PayoffChartData` built by `buildPayoffChart` (no data work here).
 * Loaded lazily through `LazyPayoffChart` so Recharts stays out of the entry chunk.
 */
import { memo, useMemo } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { LabelProps } from 'recharts';
import { formatMoney, formatPrice } from '../shared/format';
import './charts.css';
import type { PayoffChartData, PayoffReferenceLine, PayoffRow } from './payoff-data';
import { describePayoffChart } from './payoff-summary';
import { xAxisTitle } from './axis-title';

export interface PayoffChartProps {
  readonly data: PayoffChartData;
  /** ISO 4217 code of the y values. */
  readonly currency: string;
  /** X-axis title, e.g. "Wheat price at horizon (EUR/t)" or "3-month rate at reset (%)". */
  readonly xLabel: string;
  /** Y-axis title; "Position value at horizon (EUR)" (or "Portfolio value ...") unless told. */
  readonly yLabel?: string;
  /** Formats an x value (a price, or a rate); pass a stable function. formatPrice unless told. */
  readonly formatX?: (x: number) => string;
  /** Legend name of the hedged curve; "Hedged" ("Hedged, at expiry" when a date curve shows) unless told. */
  readonly hedgedLabel?: string;
  /** Legend name of the date curve, e.g. "Hedged, 45 days before expiry". */
  readonly dateCurveLabel?: string;
  /** Pixel height of the plot (the lazy placeholder uses the same). */
  readonly height?: number;
}

export const PAYOFF_CHART_HEIGHT = 360;

const MARGIN = { top: 8, right: 24, bottom: 4, left: 8 };
const AXIS_TICK = { fill: 'var(--chart-text)', fontSize: 12 };
const AXIS_LINE = { stroke: 'var(--chart-muted)' };
const TOOLTIP_CONTENT = { background: 'var(--chart-tooltip-bg)', border: '1px solid var(--chart-tooltip-border)', color: 'var(--chart-text)' };
const TOOLTIP_LABEL = { color: 'var(--chart-text)', fontWeight: 600 };
// One text colour in the tooltip: the band's translucent fill would be unreadable as text.
const TOOLTIP_ITEM = { color: 'var(--chart-text)' };
const LEGEND_WRAPPER = { color: 'var(--chart-text)', paddingBottom: 4 };
const INITIAL_DIMENSION = { width: 600, height: PAYOFF_CHART_HEIGHT };
const REFERENCE_STROKE: Readonly<Record<PayoffReferenceLine['kind'], string>> = {
  spot: 'var(--chart-reference)',
  strike: 'var(--chart-reference)',
  breakeven: 'var(--chart-reference)',
  floor: 'var(--chart-floor)',
  cap: 'var(--chart-cap)',
};
const REFERENCE_DASH: Readonly<Record<PayoffReferenceLine['kind'], string>> = {
  spot: '0',
  strike: '3 3',
  breakeven: '1 3',
  floor: '6 3',
  cap: '6 3',
};
const X_LABEL_POSITIONS = ['insideTopLeft', 'insideBottomRight', 'insideBottomLeft', 'insideTopRight'] as const;
const NAMES = { unhedged: 'Unhedged', hedged: 'Hedged', hedgedAtExpiry: 'Hedged, at expiry', band: 'Residual range' } as const;
const HEDGED_DASH = '8 4';
const ACTIVE_DOT = { r: 4 };

/** One plotted curve: the unhedged value, the hedged value at the horizon, or on the value date. */
interface Curve {
  readonly dataKey: 'unhedged' | 'hedged' | 'hedgedAtDate';
  readonly name: string;
  readonly stroke: string;
  readonly width: number;
  readonly dash?: string;
}
const DATE_DASH = '2 3';

// Legend and tooltip list the series in this order (Recharts sorts by name otherwise).
const SERIES_ORDER: Readonly<Record<string, number>> = { unhedged: 0, hedged: 1, hedgedAtDate: 2 };
const bySeries = (item: { dataKey?: unknown }): number => (typeof item.dataKey === 'string' ? (SERIES_ORDER[item.dataKey] ?? 3) : 3);

// Stable dataKeys: strings for the lines, one module-level function for the band's [low, high].
const bandKey = (row: PayoffRow): [number, number] | undefined =>
  row.bandLow !== undefined && row.bandHigh !== undefined ? [row.bandLow, row.bandHigh] : undefined;

function referenceLabel(line: PayoffReferenceLine, index: number): LabelProps {
  const position = line.axis === 'x' ? X_LABEL_POSITIONS[index % X_LABEL_POSITIONS.length] : line.kind === 'cap' ? 'insideTopLeft' : 'insideBottomLeft';
  return { value: line.label, position, fill: 'var(--chart-text)', fontSize: 11 };
}

function PayoffChartImpl({ data, currency, xLabel, yLabel, formatX = formatPrice, hedgedLabel, dateCurveLabel, height = PAYOFF_CHART_HEIGHT }: PayoffChartProps) {
  const summary = useMemo(() => describePayoffChart(data, { currency, xLabel, formatX }), [data, currency, xLabel, formatX]);
  const yTitle = yLabel ?? `${data.showsPortfolio ? 'Portfolio' : 'Position'} value at horizon (${currency})`;
  const formatters = useMemo(
    () => ({
      xTick: (x: number) => formatX(x),
      yTick: (y: number) => formatMoney(y, currency, { compact: true }),
      tooltipLabel: (x: unknown) => `${xLabel}: ${typeof x === 'number' ? formatX(x) : String(x)}`,
      tooltipValue: (v: unknown) =>
        Array.isArray(v) ? v.map((n) => formatMoney(Number(n), currency)).join(' – ') : formatMoney(Number(v), currency),
      xAxisLabel: xAxisTitle(xLabel),
      yAxisLabel: { value: yTitle, angle: -90, position: 'insideLeft', offset: 4, fill: 'var(--chart-text)', style: { textAnchor: 'middle' } } as const,
    }),
    [formatX, currency, xLabel, yTitle],
  );
  const curves: readonly Curve[] = [
    { dataKey: 'unhedged', name: NAMES.unhedged, stroke: 'var(--chart-unhedged)', width: 2 },
    { dataKey: 'hedged', name: hedgedLabel ?? (data.hasDateCurve ? NAMES.hedgedAtExpiry : NAMES.hedged), stroke: 'var(--chart-hedged)', width: 2.5, dash: HEDGED_DASH },
    ...(data.hasDateCurve ? [{ dataKey: 'hedgedAtDate' as const, name: dateCurveLabel ?? 'Hedged, at the chosen date', stroke: 'var(--chart-hedged-date)', width: 2.5, dash: DATE_DASH }] : []),
  ];
  const xLines = data.referenceLines.filter((l) => l.axis === 'x');
  const yLines = data.referenceLines.filter((l) => l.axis === 'y');

  return (
    <div className="payoff-chart" role="img" aria-label={summary} style={{ height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={INITIAL_DIMENSION}>
        <ComposedChart data={data.rows as PayoffRow[]} margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="2 4" />
          <XAxis
            type="number"
            dataKey="x"
            domain={data.xDomain as [number, number]}
            tickFormatter={formatters.xTick}
            tick={AXIS_TICK}
            axisLine={AXIS_LINE}
            tickLine={AXIS_LINE}
            label={formatters.xAxisLabel}
            height={44}
          />
          <YAxis
            type="number"
            domain={data.yDomain as [number, number]}
            tickFormatter={formatters.yTick}
            tick={AXIS_TICK}
            axisLine={AXIS_LINE}
            tickLine={AXIS_LINE}
            label={formatters.yAxisLabel}
            width={88}
          />
          <Tooltip
            formatter={formatters.tooltipValue}
            labelFormatter={formatters.tooltipLabel}
            contentStyle={TOOLTIP_CONTENT}
            labelStyle={TOOLTIP_LABEL}
            itemStyle={TOOLTIP_ITEM}
            itemSorter={bySeries}
            isAnimationActive={false}
          />
          <Legend verticalAlign="top" wrapperStyle={LEGEND_WRAPPER} itemSorter={bySeries} />
          {data.hasBand && (
            <Area dataKey={bandKey} name={NAMES.band} stroke="none" fill="var(--chart-band)" legendType="square" isAnimationActive={false} activeDot={false} />
          )}
          {xLines.map((line, i) => (
            <ReferenceLine key={line.key} x={line.value} stroke={REFERENCE_STROKE[line.kind]} strokeDasharray={REFERENCE_DASH[line.kind]} label={referenceLabel(line, i)} />
          ))}
          {yLines.map((line, i) => (
            <ReferenceLine key={line.key} y={line.value} stroke={REFERENCE_STROKE[line.kind]} strokeDasharray={REFERENCE_DASH[line.kind]} label={referenceLabel(line, i)} />
          ))}
          {/* Curves are unfilled Areas, not Lines: Recharts' Line measures its SVG path (a forced
              layout) on every render, which made each edit's redraw several times slower. */}
          {curves.map((c) => (
            <Area
              key={c.dataKey}
              dataKey={c.dataKey}
              name={c.name}
              stroke={c.stroke}
              strokeWidth={c.width}
              strokeDasharray={c.dash}
              fill="none"
              baseValue="dataMin"
              dot={false}
              activeDot={ACTIVE_DOT}
              legendType="plainline"
              isAnimationActive={false}
              className="payoff-curve"
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The payoff chart; re-renders only when its plain-data props change. */
export const PayoffChart = memo(PayoffChartImpl);
export default PayoffChart;
