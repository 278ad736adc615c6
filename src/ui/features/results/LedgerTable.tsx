import type { CostLedger, LedgerLine } from '../../../engine';
import { formatMoneyExact, formatPercent } from '../../shared/format';

/** The rows of a ledger's lines, or "No costs.": one hedge's ledger and each leg of a combined one. */
export function LedgerLines({ lines }: { readonly lines: readonly LedgerLine[] }) {
  if (lines.length === 0) {
    return (
      <tr>
        <td colSpan={3}>No costs.</td>
      </tr>
    );
  }
  return lines.map((l, i) => (
    <tr key={`${l.kind}-${i}`}>
      <td>{l.label}</td>
      <td>{l.nature === 'cost' ? 'cost' : 'held (returned)'}</td>
      <td>{formatMoneyExact(l.amount)}</td>
    </tr>
  ));
}

/** A ledger's footer: its exact total cost (under `costLabel`) and the cash only held as margin. */
export function LedgerTotals({ ledger, costLabel }: { readonly ledger: CostLedger; readonly costLabel: string }) {
  return (
    <tfoot>
      <tr>
        <th scope="row" colSpan={2}>
          {costLabel}
        </th>
        <td>{formatMoneyExact(ledger.totalCost)}</td>
      </tr>
      <tr>
        <th scope="row" colSpan={2}>
          Cash held as margin
        </th>
        <td>{formatMoneyExact(ledger.totalHeld)}</td>
      </tr>
    </tfoot>
  );
}

/** The cost ledger, line by line, with exact decimal totals: what is spent, and what is only held. */
export function LedgerTable({ ledger }: { readonly ledger: CostLedger }) {
  return (
    <div className="table-scroll">
      <table className="ledger">
        <caption>Cost ledger ({ledger.currency})</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Kind</th>
            <th scope="col">Amount</th>
          </tr>
        </thead>
        <tbody>
          <LedgerLines lines={ledger.lines} />
        </tbody>
        <LedgerTotals ledger={ledger} costLabel={`Total cost${ledger.costFractionOfProtected !== null ? ` (${formatPercent(ledger.costFractionOfProtected)} of the protected value)` : ''}`} />
      </table>
    </div>
  );
}
