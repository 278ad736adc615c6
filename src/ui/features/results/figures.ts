/** Which figures a hedge shows, and how each is formatted: data, so the detail view is one loop. */
import type { KindFigure } from '../../../calc/types';
import type { HedgeResult } from '../../../calc/types';
import type { AxisKind, HedgePlan } from '../../../engine';
import { formatMoney, formatMoneyExact, formatNumber, formatPercent, formatPrice } from '../../shared/format';
import { buyBackCap, isShortHedge, SHORT_LABELS } from './short-labels';

export interface Figure {
  /** Key of the explanation card, when there is one. */
  readonly key: string;
  readonly label: string;
  readonly value: string;
}

function formatFigure(f: KindFigure, currency: string): string {
  if ('money' in f) return formatMoneyExact(f.money);
  switch (f.format) {
    case 'money':
      return formatMoney(f.value, currency);
    case 'percent':
      return formatPercent(f.value, 2);
    case 'rate':
      return formatPercent(f.value, 3);
    case 'price':
      return formatPrice(f.value);
    default:
      return formatNumber(f.value, { maximumFractionDigits: 4 });
  }
}

const BREAKEVEN_LABEL: Readonly<Record<AxisKind, string>> = {
  price: 'Breakeven price',
  'fx-rate': 'Breakeven rate',
  'index-level': 'Breakeven index level',
  rate: 'Breakeven rate',
  'yield-shift': 'Breakeven yield shift',
};

/** Size of a plan in words: "Buy 12 × 100" per leg (contracts are unsigned; the side says the direction). */
export function describeSize(plan: HedgePlan): string {
  const leg = plan.legs[0];
  if (!leg) return '—';
  return `${leg.side === 'buy' ? 'Buy' : 'Sell'} ${formatNumber(leg.contracts, { maximumFractionDigits: 0 })} × ${formatNumber(leg.contractSize, { maximumFractionDigits: 4 })}${plan.legs.length > 1 ? ` (+${plan.legs.length - 1} leg)` : ''}`;
}

/** The headline figures of a hedge, in display order: those of every plan, then the kind's own. */
export function planFigures(hedge: HedgeResult, plan: HedgePlan): Figure[] {
  const isRate = plan.axis.moves === 'absolute';
  const out: Figure[] = [
    { key: 'contracts', label: 'Size (contracts × multiplier)', value: describeSize(plan) },
    { key: 'cost', label: 'Total cost', value: formatMoneyExact(plan.ledger.totalCost) },
    { key: 'cost', label: 'Cost, % of the position', value: plan.ledger.costFractionOfProtected === null ? '—' : formatPercent(plan.ledger.costFractionOfProtected) },
    { key: 'margin', label: 'Cash held (margin)', value: formatMoneyExact(plan.ledger.totalHeld) },
  ];
  const short = isShortHedge(hedge);
  const cap = buyBackCap(plan);
  if (short && cap) out.push({ key: 'floor', label: SHORT_LABELS.worstCase, value: formatMoneyExact(cap) });
  else if (plan.floor) out.push({ key: 'floor', label: isRate ? 'Worst-case interest' : 'Floor (worst value)', value: formatMoneyExact(plan.floor) });
  if (plan.cap) out.push({ key: 'cap', label: short ? SHORT_LABELS.bestCase : isRate ? 'Best-case interest' : 'Cap (best value)', value: formatMoneyExact(plan.cap) });
  if (plan.breakeven !== null) out.push({ key: 'breakeven', label: short ? SHORT_LABELS.breakeven : BREAKEVEN_LABEL[plan.axis.kind], value: isRate ? formatPercent(plan.breakeven, 3) : formatPrice(plan.breakeven) });
  out.push({ key: 'unhedged', label: 'Unhedged remainder', value: formatNumber(plan.unhedgedQuantity, { maximumFractionDigits: 4 }) });
  for (const f of hedge.figures) {
    if ('money' in f || Number.isFinite(f.value)) out.push({ key: f.key, label: f.label, value: formatFigure(f, plan.ledger.currency) });
  }
  return out;
}

/** Float value of the floor for tables (display only). */
export function floorNumber(plan: HedgePlan): number | null {
  return plan.floor ? plan.floor.amount.toNumber() : null;
}

/** The share of the upside kept, when the hedge reports one. */
export function upsideKept(hedge: HedgeResult): number | null {
  const f = hedge.figures.find((x) => x.key === 'upsideKept');
  return f && !('money' in f) ? f.value : null;
}
