/**
 * The rows of each CSV export, built from the results alone (pure, unit-tested): the comparison,
 * the chosen hedge's cost ledger and the payoff chart's data. Money is exact decimal text rounded
 * to the currency's minor units, as the tables show it; fractions stay fractions (0.012 = 1.2 %).
 */
import { minorUnits, roundMoney } from '../../../engine';
import type { CostLedger, HedgePlan, Money } from '../../../engine';
import type { PayoffChartData } from '../../charts/payoff-data';
import type { CsvCell } from './csv';
import type { ExportableResult } from './types';

type Rows = CsvCell[][];

// Rounded half-even to the currency's minor units, written with all of them: "3000.00".
export const amount = (m: Money | null): string | null => (m === null ? null : roundMoney(m).amount.toFixed(minorUnits(m.currency)));

function size(plan: HedgePlan): { side: string; contracts: number | null; multiplier: number | null } {
  const leg = plan.legs[0];
  return leg ? { side: leg.side, contracts: leg.contracts, multiplier: leg.contractSize } : { side: '', contracts: null, multiplier: null };
}

/** Every hedge of the comparison, one row each (a hedge that could not be computed says why). */
export function comparisonRows(result: ExportableResult): Rows {
  const header = [
    'Hedge', 'Side', 'Contracts', 'Contract size', 'Legs', 'Currency', 'Total cost', 'Cost (fraction of position)',
    result.hedges.some((h) => h.plan?.axis.kind === 'rate') ? 'Worst case' : 'Floor', 'Cap', 'Breakeven', 'Upside kept (fraction)', 'Cash held (margin)', 'Residual risk', 'Not available because',
  ];
  const rows: Rows = result.hedges.map((h) => {
    const p = h.plan;
    if (p === null) return [h.name, '', null, null, null, result.currency, null, null, null, null, null, null, null, '', h.errors.join(' ') || 'Not available for these inputs.'];
    const s = size(p);
    return [
      h.name, s.side, s.contracts, s.multiplier, p.legs.length, p.ledger.currency, amount(p.ledger.totalCost), p.ledger.costFractionOfProtected,
      amount(p.floor), amount(p.cap), p.breakeven, 'upsideKept' in p.extras ? p.extras.upsideKept : null, amount(p.ledger.totalHeld), p.residualRisk.description, '',
    ];
  });
  return [header, ...rows];
}

/** The cost ledger line by line, then its totals. */
export function ledgerRows(ledger: CostLedger): Rows {
  const lines: Rows = ledger.lines.map((l) => [l.label, l.nature === 'cost' ? 'cost' : 'held (returned)', amount(l.amount), ledger.currency]);
  return [
    ['Item', 'Kind', 'Amount', 'Currency'],
    ...lines,
    ['Total cost', 'total', amount(ledger.totalCost), ledger.currency],
    ['Cash held as margin', 'total', amount(ledger.totalHeld), ledger.currency],
  ];
}

/** The payoff chart's points: x, unhedged and hedged values, and the date curve and band when drawn. */
export function chartRows(data: PayoffChartData, xLabel: string, currency: string): Rows {
  const what = data.showsPortfolio ? 'Portfolio' : 'Position';
  const header: CsvCell[] = [xLabel, `${what} value unhedged (${currency})`, `${what} value hedged (${currency})`];
  if (data.hasDateCurve) header.push(`${what} value hedged, on the value date (${currency})`);
  if (data.hasBand) header.push(`Residual range low (${currency})`, `Residual range high (${currency})`);
  const rows: Rows = data.rows.map((r) => {
    const row: CsvCell[] = [r.x, r.unhedged, r.hedged];
    if (data.hasDateCurve) row.push(r.hedgedAtDate ?? null);
    if (data.hasBand) row.push(r.bandLow ?? null, r.bandHigh ?? null);
    return row;
  });
  return [header, ...rows];
}

/** A file name from a title: "microhedge-protective-put-ledger.csv". */
export function exportFileName(...parts: readonly string[]): string {
  const slug = parts
    .join(' ')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `microhedge-${slug || 'export'}`;
}
