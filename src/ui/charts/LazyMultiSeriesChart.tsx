/** `MultiSeriesChart` loaded on demand (Recharts in its own chunk), in a fixed-height box; a failed load replaces only the chart. */
import { Suspense } from 'react';
import { LazyBoundary } from '../shared/LazyBoundary';
import { retryingLazy } from '../shared/lazy-retry';
import { useNearViewport } from '../shared/use-near-viewport';
import { usePrinting } from '../shared/use-printing';
import './charts.css';
import type { MultiSeriesChartProps } from './MultiSeriesChart';

// Same number as MULTI_SERIES_HEIGHT in MultiSeriesChart.tsx; importing it would pull Recharts in.
const DEFAULT_HEIGHT = 340;
const chart = retryingLazy<MultiSeriesChartProps>(() => import('./MultiSeriesChart'));
const Chart = chart.Component;

function Placeholder({ height }: { readonly height: number }) {
  return (
    <div className="payoff-chart payoff-chart--loading" style={{ height }} role="status">
      Loading the chart…
    </div>
  );
}

export function LazyMultiSeriesChart(props: MultiSeriesChartProps) {
  const [ref, nearViewport] = useNearViewport<HTMLDivElement>();
  const near = usePrinting() || nearViewport;
  const height = props.height ?? DEFAULT_HEIGHT;
  return (
    <div ref={ref} style={{ minHeight: height }}>
      {near ? (
        <LazyBoundary part="the chart" onRetry={chart.reset} minHeight={height}>
          <Suspense fallback={<Placeholder height={height} />}>
            <Chart {...props} />
          </Suspense>
        </LazyBoundary>
      ) : (
        <Placeholder height={height} />
      )}
    </div>
  );
}
