/**
 * Component VaR per position, unhedged / micro / macro side by side: renders `buildComponentVarData`
 * rows only. Loaded with the risk panel (never on the first screen); the table beside it is the
 * text alternative.
 */
import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '../shared/format';
import './charts.css';
import type { ComponentKey, ComponentVarData, ComponentVarRow } from './risk-data';
import { describeComponentVar } from './risk-data';

export interface ComponentVarChartProps {
  readonly data: ComponentVarData;
  readonly currency: string;
  readonly confidence: number;
}

const MARGIN = { top: 8, right: 16, bottom: 4, left: 8 };
const AXIS_TICK = { fill: 'var(--chart-text)', fontSize: 12 };
const AXIS_LINE = { stroke: 'var(--chart-muted)' };
const TOOLTIP_CONTENT = { background: 'var(--chart-tooltip-bg)', border: '1px solid var(--chart-tooltip-border)', color: 'var(--chart-text)' };
const TOOLTIP_ITEM = { color: 'var(--chart-text)' };
const LEGEND_WRAPPER = { color: 'var(--chart-text)' };
const FILL: Readonly<Record<ComponentKey, string>> = { unhedged: 'var(--chart-unhedged)', micro: 'var(--chart-hedged)', macro: 'var(--chart-hedged-date)' };
const INITIAL_DIMENSION = { width: 600, height: 320 };
const ROW_HEIGHT = 64;
const AUTO_DOMAIN = ['auto', 'auto'] as const;
const label = (row: ComponentVarRow) => row.label;

function ComponentVarChartImpl({ data, currency, confidence }: ComponentVarChartProps) {
  const summary = useMemo(() => describeComponentVar(data, currency, confidence), [data, currency, confidence]);
  const fmt = useMemo(
    () => ({ tick: (v: number) => formatMoney(v, currency, { compact: true }), value: (v: unknown) => formatMoney(Number(v), currency) }),
    [currency],
  );
  const height = Math.max(220, 80 + data.rows.length * ROW_HEIGHT);
  return (
    <div className="payoff-chart risk-chart" role="img" aria-label={summary} style={{ height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={INITIAL_DIMENSION}>
        <BarChart data={data.rows as ComponentVarRow[]} layout="vertical" margin={MARGIN} accessibilityLayer={false} barCategoryGap="20%">
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="2 4" horizontal={false} />
          <XAxis type="number" domain={AUTO_DOMAIN} tickFormatter={fmt.tick} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={AXIS_LINE} />
          <YAxis type="category" dataKey={label} width={130} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={false} interval={0} />
          <ReferenceLine x={0} stroke="var(--chart-reference)" />
          <Tooltip formatter={fmt.value} contentStyle={TOOLTIP_CONTENT} itemStyle={TOOLTIP_ITEM} labelStyle={TOOLTIP_ITEM} isAnimationActive={false} />
          <Legend wrapperStyle={LEGEND_WRAPPER} />
          {data.series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={FILL[s.key]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Horizontal bars: which position carries the risk, in each scenario. */
const ComponentVarChart = memo(ComponentVarChartImpl);
export default ComponentVarChart;
