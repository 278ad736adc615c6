/** Which figures a plan shows, and how each is formatted: data, so the detail view is one loop. */
import { toNumber } from '../../../engine';
import type { HedgePlan, Money } from '../../../engine';
import { formatMoney, formatMoneyExact, formatNumber, formatPercent, formatPrice } from '../../shared/format';

export interface Figure {
  /** Key of the explanation card, when there is one. */
  readonly key: string;
  readonly label: string;
  readonly value: string;
}

type Format = 'money' | 'price' | 'percent' | 'number' | 'rate';

const METRICS: readonly { readonly key: string; readonly label: string; readonly format: Format; readonly explain?: string }[] = [
  { key: 'premiumPerUnit', label: 'Premium per unit', format: 'price', explain: 'premium' },
  { key: 'putPremiumPerUnit', label: 'Put premium per unit', format: 'price', explain: 'premium' },
  { key: 'callPremiumPerUnit', label: 'Call premium per unit', format: 'price', explain: 'callPremium' },
  { key: 'callStrike', label: 'Call strike', format: 'price', explain: 'callStrike' },
  { key: 'longPutPremiumPerUnit', label: 'Long put premium per unit', format: 'price', explain: 'premium' },
  { key: 'shortPutPremiumPerUnit', label: 'Short put premium per unit', format: 'price' },
  { key: 'upsideKept', label: 'Upside kept', format: 'percent' },
  { key: 'lockedPrice', label: 'Locked-in price', format: 'price', explain: 'lockedPrice' },
  { key: 'parityForward', label: 'Parity forward', format: 'price', explain: 'parityForward' },
  { key: 'bankForward', label: "Bank's forward", format: 'price' },
  { key: 'impliedMarkup', label: "Bank's markup per unit", format: 'price', explain: 'markup' },
  { key: 'impliedMarkupFraction', label: "Bank's markup", format: 'percent', explain: 'markup' },
  { key: 'impliedMarkupAmount', label: "Bank's markup in money", format: 'money', explain: 'markup' },
  { key: 'breakevenRate', label: 'Break-even rate', format: 'price', explain: 'breakeven' },
  { key: 'lockedRate', label: 'Locked loan rate', format: 'rate', explain: 'lockedRate' },
  { key: 'allInFixedRate', label: 'All-in fixed rate', format: 'rate', explain: 'allIn' },
  { key: 'hedgeRatio', label: 'Hedge ratio', format: 'number', explain: 'shareHedged' },
  { key: 'minVarianceRatio', label: 'Minimum-variance ratio h*', format: 'number', explain: 'hedgeRatio' },
  { key: 'effectiveness', label: 'Hedge effectiveness ρ²', format: 'percent', explain: 'effectiveness' },
  { key: 'achievedBeta', label: 'Portfolio beta after', format: 'number', explain: 'contracts' },
  { key: 'borrowFee', label: 'Borrow fee', format: 'money', explain: 'borrow' },
  { key: 'dividendsOwed', label: 'Dividends owed', format: 'money' },
];

function formatValue(v: number, format: Format, currency: string): string {
  switch (format) {
    case 'money':
      return formatMoney(v, currency);
    case 'percent':
      return formatPercent(v, 2);
    case 'rate':
      return formatPercent(v, 3);
    case 'price':
      return formatPrice(v);
    default:
      return formatNumber(v, { maximumFractionDigits: 4 });
  }
}

/** Size of a plan in words: "12 × 100" per leg. */
export function describeSize(plan: HedgePlan): string {
  const leg = plan.legs[0];
  if (!leg) return '—';
  return `${leg.side === 'buy' ? 'Buy' : 'Sell'} ${formatNumber(leg.contracts, { maximumFractionDigits: 0 })} × ${formatNumber(leg.contractSize, { maximumFractionDigits: 4 })}${plan.legs.length > 1 ? ` (+${plan.legs.length - 1} leg)` : ''}`;
}

/** The headline figures of a plan, in display order. */
export function planFigures(plan: HedgePlan, xIsRate: boolean): Figure[] {
  const c = plan.ledger.currency;
  const out: Figure[] = [
    { key: 'contracts', label: 'Size (contracts × multiplier)', value: describeSize(plan) },
    { key: 'cost', label: 'Total cost', value: formatMoneyExact(plan.ledger.totalCost) },
    { key: 'cost', label: 'Cost, % of the position', value: plan.ledger.costFractionOfProtected === null ? '—' : formatPercent(plan.ledger.costFractionOfProtected) },
    { key: 'margin', label: 'Cash held (margin)', value: formatMoneyExact(plan.ledger.totalHeld) },
  ];
  const locked = lockedValue(plan);
  if (locked) {
    const what = xIsRate ? 'Locked-in interest' : locked.amount.isNegative() ? 'Locked-in cost' : 'Locked-in value';
    out.push({ key: 'lockedPrice', label: `${what} of the ${formatNumber(plan.hedgedQuantity, { maximumFractionDigits: 4 })} units hedged`, value: formatMoneyExact(locked) });
  }
  if (plan.floor) out.push({ key: 'floor', label: xIsRate ? 'Worst-case interest' : 'Floor (worst value)', value: formatMoneyExact(plan.floor) });
  if (plan.cap) out.push({ key: 'cap', label: xIsRate ? 'Best-case interest' : 'Cap (best value)', value: formatMoneyExact(plan.cap) });
  if (plan.breakeven !== null) out.push({ key: 'breakeven', label: 'Breakeven price', value: formatPrice(plan.breakeven) });
  out.push({ key: 'unhedged', label: 'Unhedged remainder', value: formatNumber(plan.unhedgedQuantity, { maximumFractionDigits: 4 }) });
  const values = figureValues(plan);
  for (const m of METRICS) {
    const v = values[m.key];
    if (typeof v === 'number' && Number.isFinite(v)) out.push({ key: m.explain ?? m.key, label: m.label, value: formatValue(v, m.format, c) });
  }
  return out;
}

/** The plan's typed extras as named values (the bank's quote, when there is one, flattened in). */
function figureValues(plan: HedgePlan): Readonly<Record<string, unknown>> {
  if (plan.kind === 'fx-forward') return { ...plan.extras, ...plan.extras.bankQuote };
  if (plan.kind === 'combined') return {};
  return plan.extras;
}

/** Share of every rise kept by an option hedge; null for other kinds. */
export function upsideKept(plan: HedgePlan): number | null {
  return plan.kind === 'protective-put' || plan.kind === 'collar' || plan.kind === 'put-spread' ? plan.extras.upsideKept : null;
}

/** The value a lock-in fixes (futures, FX forward), when the plan carries one. */
function lockedValue(plan: HedgePlan): Money | null {
  return plan.kind === 'futures' || plan.kind === 'fx-forward' ? plan.extras.lockedValue : null;
}

/** Float value of the floor for tables (display only). */
export function floorNumber(plan: HedgePlan): number | null {
  return plan.floor ? toNumber(plan.floor) : null;
}
