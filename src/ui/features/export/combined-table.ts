/**
 * The combined hedge's ledger as a CSV table (pure, unit-tested): every line of every leg in the
 * home currency, with a converted line's own amount, currency and rate; a leg left out of the sums
 * with its reason; then the exact totals. Amounts as in the other tables: exact decimal text rounded
 * half-even to the currency's minor units.
 */
import type { CostLedger, HedgePlan } from '../../../engine';
import type { CsvCell } from './csv';
import { amount } from './export-tables';

/** What the export reads of the combined hedge (the calculator's CombinedResult fits it). */
export interface ExportableCombined {
  readonly legs: readonly { readonly name: string; readonly modeTitle: string; readonly plan: HedgePlan | null; readonly problem: string | null }[];
  readonly plan: { readonly ledger: CostLedger } | null;
}

const HEADER: CsvCell[] = ['Leg', 'Item', 'Kind', 'Amount', 'Currency', 'Original amount', 'Original currency', 'Rate (currency per 1 original)', 'Left out because'];

/** The combined ledger, line by line under each leg's name, then its totals; null when no leg could be summed. */
export function combinedLedgerRows(combined: ExportableCombined): CsvCell[][] | null {
  const ledger = combined.plan?.ledger;
  if (!ledger) return null;
  const ccy = ledger.currency;
  const rows = combined.legs.flatMap((leg): CsvCell[][] => {
    const name = `${leg.name} (${leg.modeTitle})`;
    if (leg.plan === null) return [[name, '', 'left out', null, '', null, '', null, leg.problem ?? '']];
    return leg.plan.ledger.lines.map((l) => [
      name, l.label, l.nature === 'cost' ? 'cost' : 'held (returned)', amount(l.amount), ccy,
      l.original ? amount(l.original.amount) : null, l.original?.amount.currency ?? '', l.original ? l.original.rate.toFixed() : null, '',
    ]);
  });
  return [
    HEADER,
    ...rows,
    ['Total cost of every leg', '', 'total', amount(ledger.totalCost), ccy, null, '', null, ''],
    ['Cash held as margin', '', 'total', amount(ledger.totalHeld), ccy, null, '', null, ''],
  ];
}
