import { useDeferredValue, useMemo } from 'react';
import type { JointScenarios } from '../../../engine';
import { buildCombinedChart, describeFactorMove } from '../../charts/combined-data';
import { LazyMultiSeriesChart } from '../../charts/LazyMultiSeriesChart';
import { MultiSeriesTable } from '../../charts/MultiSeriesTable';
import { SeriesToggles } from '../../charts/SeriesToggles';
import { useHiddenSeries } from './use-hidden-series';

interface Props {
  readonly sweep: JointScenarios;
  readonly legNames: readonly string[];
  readonly currency: string;
}

const X_LABEL = 'Joint move (steps, + = adverse)';
const formatSteps = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x).toFixed(1)}`;

/** The combined payoff: every leg's factor moved together, the total and each leg's hedge on its own. */
export function CombinedChart({ sweep, legNames, currency }: Props) {
  const [hidden, toggle] = useHiddenSeries();
  const chart = useMemo(() => buildCombinedChart(sweep, legNames, hidden), [sweep, legNames, hidden]);
  const data = useDeferredValue(chart);
  const oneStep = sweep.factors.map((f) => describeFactorMove(f.axis.label, f.axis.moves, f.axis.today, f.axis.moves === 'relative' ? f.axis.today * (1 + f.adverse * f.step) : f.axis.today + f.adverse * f.step)).join('; ');
  const summary = `Combined payoff: change in value from today against the joint move, where one step is ${oneStep}.`;
  return (
    <div className="combined-chart">
      <p className="hint">
        One step against every position: {oneStep}. Negative steps move each factor the other way.
      </p>
      <SeriesToggles legend="Curves drawn" series={chart.series} onToggle={toggle} />
      <LazyMultiSeriesChart data={data} currency={currency} xLabel={X_LABEL} yLabel={`Change in value (${currency})`} formatX={formatSteps} summary={summary} todayX={0} todayLabel="No move" />
      <MultiSeriesTable data={data} currency={currency} xLabel={X_LABEL} formatX={formatSteps} caption={`Change in value from today (${currency}) along the joint move`} />
    </div>
  );
}
