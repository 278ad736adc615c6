/**
 * The payoff chart behind React.lazy: Recharts arrives in its own chunk when the chart is first
 * shown. The placeholder has the chart's exact height, so nothing below it moves (CLS 0).
 */
import { lazy, Suspense } from 'react';
import { useNearViewport } from '../shared/use-near-viewport';
import type { PayoffChartProps } from './PayoffChart';
import './charts.css';

// Same number as PAYOFF_CHART_HEIGHT in PayoffChart.tsx; importing it would pull Recharts in.
const DEFAULT_HEIGHT = 360;

const PayoffChart = lazy(() => import('./PayoffChart'));

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
  const [ref, near] = useNearViewport<HTMLDivElement>();
  const height = props.height ?? DEFAULT_HEIGHT;
  return (
    <div ref={ref} style={{ minHeight: height }}>
      {near ? (
        <Suspense fallback={<PayoffChartPlaceholder height={height} />}>
          <PayoffChart {...props} />
        </Suspense>
      ) : (
        <PayoffChartPlaceholder height={height} />
      )}
    </div>
  );
}
