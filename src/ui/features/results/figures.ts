/** Which figures a hedge shows, and how each is formatted: data, so the detail view is one loop. */
import type { FigureFormat } from '../../../calc/types';
import type { HedgeResult } from '../../../calc/types';
import type { AxisKind, HedgePlan, Money } from '../../../engine';
import { formatMoney, formatMoneyExact, formatNumber, formatPercent, formatPrice } from '../../shared/format';
import { buyBackCap, isShortHedge, SHORT_LABELS } from './short-labels';

export interface Figure {
  /** Key of the explanation card, when there is one. */
  readonly key: string;
  readonly label: string;
  readonly value: string;
}

/** A kind's figure or table cell: exact money, or a number with its format. */
export type Formattable = { readonly money: Money } | { readonly value: number; readonly format: FigureFormat };

/** A figure or table cell as text: exact money, or a number in its format. */
export function formatFigure(f: Formattable, currency: string): string {
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
  return `${leg.side === 'buy' ? 'Buy' : 'Sell'} ${formatNumber(leg.contracts, { maximumFractionDigits: 0 })} × ${formatNumber(leg.contractSize, { maximumFractionDigits: 4 })}${plan.legs.length > 1 ? ` (+${plan.legs.length - 1} ${plan.legs.length > 2 ? 'legs' : 'leg'})` : ''}`;
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
  // A kind may word these for its side (a buyer reads costs), or hide them (null) when its own figures replace them;
  // a hedge of a short target reads as a capped buy-back.
  const short = isShortHedge(hedge);
  const buyBack = buyBackCap(plan);
  const w = hedge.wording ?? {};
  const floorLabel = w.floor === undefined ? (isRate ? 'Worst-case interest' : 'Floor (worst value)') : w.floor;
  const capLabel = short ? SHORT_LABELS.bestCase : w.cap === undefined ? (isRate ? 'Best-case interest' : 'Cap (best value)') : w.cap;
  const breakevenLabel = short ? SHORT_LABELS.breakeven : w.breakeven === undefined ? BREAKEVEN_LABEL[plan.axis.kind] : w.breakeven;
  if (short && buyBack) out.push({ key: 'floor', label: SHORT_LABELS.worstCase, value: formatMoneyExact(buyBack) });
  else if (plan.floor && floorLabel !== null) out.push({ key: 'floor', label: floorLabel, value: formatMoneyExact(plan.floor) });
  if (plan.cap && capLabel !== null) out.push({ key: 'cap', label: capLabel, value: formatMoneyExact(plan.cap) });
  if (plan.breakeven !== null && breakevenLabel !== null) out.push({ key: 'breakeven', label: breakevenLabel, value: isRate ? formatPercent(plan.breakeven, 3) : formatPrice(plan.breakeven) });
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
