import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { HedgePlan } from '../../../engine';
import { buildPayoffChart } from '../../charts/payoff-data';
import { optionExpiryYears, payoffInputFromPlan } from '../../charts/plan-chart';
import { DateSlider } from '../../charts/DateSlider';
import { LazyPayoffChart } from '../../charts/LazyPayoffChart';
import { PayoffTable } from '../../charts/PayoffTable';
import { formatPercent, formatPrice } from '../../shared/format';
import { CheckboxField } from '../../shared/fields';
import { LazyBeforeExpiry } from './expiry/LazyBeforeExpiry';

interface Props {
  readonly plan: HedgePlan;
  /** Uncertainty band of the hedged value (a proxy hedge's basis risk), when the hedge has one. */
  readonly band: ((x: number) => readonly [number, number]) | null;
  readonly currency: string;
  /** The target is held short: the worst case caps the buy-back, and the value below 0 is owed. */
  readonly short?: boolean;
  readonly restOfPortfolioValue: number;
  readonly showPortfolio: boolean;
  readonly onShowPortfolio: ((show: boolean) => void) | null;
}

const formatRate = (x: number) => formatPercent(x, 2);
// A short's value is below 0 (owed) and falls as the price rises: its lowest value caps the buy-back.
const SHORT_REFERENCE_NAMES = { floor: 'Worst case (buy-back cap)', cap: 'Best case' } as const;
const shortYLabel = (portfolio: boolean, currency: string) => (portfolio ? `Portfolio value at horizon (${currency})` : `Value of the short at horizon (${currency})`);
// Enough for smooth value-date curves; payoff kinks (strikes) are added exactly by the builder.
const CHART_POINTS = 49;

/** The payoff chart with its table, the value-date slider (option hedges) and the portfolio toggle. */
export function PayoffSection({ plan, band, currency, short = false, restOfPortfolioValue, showPortfolio, onShowPortfolio }: Props) {
  const [yearsFromNow, setYearsFromNow] = useState(0);
  const expiry = optionExpiryYears(plan);
  // Every figure is on the plan's own axis (price, FX rate, rate, index level).
  const xIsRate = plan.axis.kind === 'rate' || plan.axis.kind === 'yield-shift';
  const formatX = xIsRate ? formatRate : formatPrice;
  const { label, unit } = plan.axis;
  const xLabel = xIsRate ? `${label} (%)` : label.includes('(') ? label : `${label} (${unit})`;
  const spot = plan.axis.today;
  const bandPair = useCallback((s: number): [number, number] => {
    const b = band ? band(s) : [Number.NaN, Number.NaN];
    return [b[0], b[1]];
  }, [band]);
  const data = useMemo(
    () =>
      buildPayoffChart(
        payoffInputFromPlan(plan, {
          spot,
          showPortfolio: showPortfolio && onShowPortfolio !== null,
          restOfPortfolioValue,
          ...(expiry !== null && yearsFromNow > 0 ? { yearsFromNow: Math.min(yearsFromNow, expiry) } : {}),
          ...(band ? { band: bandPair } : {}),
          formatX,
          points: CHART_POINTS,
          ...(short ? { referenceNames: SHORT_REFERENCE_NAMES } : {}),
        }),
      ),
    [plan, spot, showPortfolio, onShowPortfolio, restOfPortfolioValue, expiry, yearsFromNow, band, bandPair, formatX, short],
  );
  // The chart follows edits at low priority: the inputs and the figures above commit first.
  const chartData = useDeferredValue(data);
  const hedgedLabel = xIsRate ? 'Interest with the hedge' : 'With the hedge (at the horizon)';
  return (
    <section className="payoff-section" aria-label="Payoff">
      <div className="toolbar">
        {onShowPortfolio ? <CheckboxField label="Show the whole portfolio" checked={showPortfolio} onChange={onShowPortfolio} hint="The other holdings are held at today's value" /> : null}
      </div>
      {expiry !== null ? <DateSlider expiryYears={expiry} yearsFromNow={Math.min(yearsFromNow, expiry)} onChange={setYearsFromNow} /> : null}
      <LazyPayoffChart data={chartData} currency={currency} xLabel={xLabel} {...(short ? { yLabel: shortYLabel(chartData.showsPortfolio, currency) } : {})} formatX={formatX} hedgedLabel={hedgedLabel} dateCurveLabel="With the hedge, on the value date" />
      <PayoffTable data={chartData} currency={currency} xLabel={xLabel} formatX={formatX} hedgedLabel={hedgedLabel} dateCurveLabel="With the hedge, on the value date" />
      {plan.valuation ? <LazyBeforeExpiry plan={plan} currency={currency} xLabel={label} formatX={formatX} /> : null}
    </section>
  );
}
