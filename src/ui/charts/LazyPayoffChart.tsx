/**
 * The payoff chart loaded on demand: Recharts arrives in its own chunk when the chart is first
 * shown. The placeholder has the chart's exact height, so nothing below it moves (CLS 0). A failed
 * load is retried, then replaces the chart area only (never the figures) with a "Try again".
 */
import { Suspense } from 'react';
import { LazyBoundary } from '../shared/LazyBoundary';
import { retryingLazy } from '../shared/lazy-retry';
import { useNearViewport } from '../shared/use-near-viewport';
import { usePrinting } from '../shared/use-printing';
import type { PayoffChartProps } from './PayoffChart';
import './charts.css';

// Same number as PAYOFF_CHART_HEIGHT in PayoffChart.tsx; importing it would pull Recharts in.
const DEFAULT_HEIGHT = 360;

const payoffChart = retryingLazy<PayoffChartProps>(() => import('./PayoffChart'));
const PayoffChart = payoffChart.Component;

/** Fixed-height stand-in shown while the chart code loads. */
export function PayoffChartPlaceholder({ height = DEFAULT_HEIGHT }: { readonly height?: number }) {
  return (
    <div className="payoff-chart payoff-chart--loading" style={{ height }} role="status">
      Loading the chart…
    </div>
  );
}

/** `PayoffChart` loaded on demand — when it comes near the viewport; same props. */
export function LazyPayoffChart(props: PayoffChartProps) {
  const [ref, nearViewport] = useNearViewport<HTMLDivElement>();
  const printing = usePrinting();
  const near = printing || nearViewport;
  const height = props.height ?? DEFAULT_HEIGHT;
  return (
    <div ref={ref} style={{ minHeight: height }}>
      {near ? (
        <LazyBoundary part="the payoff chart" onRetry={payoffChart.reset} minHeight={height}>
          <Suspense fallback={<PayoffChartPlaceholder height={height} />}>
            <PayoffChart {...props} />
          </Suspense>
        </LazyBoundary>
      ) : (
        <PayoffChartPlaceholder height={height} />
      )}
    </div>
  );
}
