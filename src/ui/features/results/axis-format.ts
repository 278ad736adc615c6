import type { PlanAxis } from '../../../engine';
import { formatPercent, formatPrice } from '../../shared/format';

const formatRate = (x: number) => formatPercent(x, 2);

/** How x of `axis` is written, and the axis title: rates in %, prices with their unit. */
export function axisFormat(axis: PlanAxis): { readonly formatX: (x: number) => string; readonly xLabel: string; readonly isRate: boolean } {
  const isRate = axis.kind === 'rate' || axis.kind === 'yield-shift';
  const xLabel = isRate ? `${axis.label} (%)` : axis.label.includes('(') ? axis.label : `${axis.label} (${axis.unit})`;
  return { formatX: isRate ? formatRate : formatPrice, xLabel, isRate };
}
