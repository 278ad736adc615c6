/** The payoff chart in one sentence, for its accessible name (the table beside it has the detail). */
import { formatMoney, formatPrice } from '../shared/format';
import type { PayoffChartData } from './payoff-data';

export interface DescribeOptions {
  readonly currency: string;
  readonly xLabel: string;
  readonly formatX?: (x: number) => string;
}

/** One-sentence summary of the chart for its aria-label (screen readers get the table for detail). */
export function describePayoffChart(data: PayoffChartData, options: DescribeOptions): string {
  const fx = options.formatX ?? ((x: number) => formatPrice(x));
  const money = (y: number) => formatMoney(y, options.currency);
  const what = data.showsPortfolio ? 'Portfolio value' : 'Value of the position';
  if (!data.extremes) return `${what} at the horizon: no values to show.`;
  const [lo, hi] = data.xDomain;
  const { unhedged, hedged } = data.extremes;
  const parts = [
    `${what} at the horizon against ${options.xLabel}, from ${fx(lo)} to ${fx(hi)}.`,
    `Unhedged: ${money(unhedged[0])} to ${money(unhedged[1])}.`,
    `Hedged: ${money(hedged[0])} to ${money(hedged[1])}.`,
  ];
  for (const line of data.referenceLines) parts.push(`${line.label}.`);
  return parts.join(' ');
}
