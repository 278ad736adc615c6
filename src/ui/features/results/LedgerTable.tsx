import type { CostLedger, LedgerLine } from '../../../engine';
import { formatMoneyExact, formatPercent } from '../../shared/format';

/** A converted line's own amount and the rate it was converted at: "$5,220.00 at 0.909" (the pair is in the leg's heading). */
export function describeOriginal(l: LedgerLine): string {
  return l.original ? `${formatMoneyExact(l.original.amount)} at ${l.original.rate.toFixed()}` : '';
}

/**
 * The rows of a ledger's lines, or "No costs.": one hedge's ledger and each leg of a combined one.
 * `withOriginal`: one more cell after the amount (so the amount stays in view on a phone), a
 * converted line's own amount and rate.
 */
export function LedgerLines({ lines, withOriginal = false }: { readonly lines: readonly LedgerLine[]; readonly withOriginal?: boolean }) {
  if (lines.length === 0) {
    return (
      <tr>
        <td colSpan={withOriginal ? 4 : 3}>No costs.</td>
      </tr>
    );
  }
  return lines.map((l, i) => (
    <tr key={`${l.kind}-${i}`}>
      <td>{l.label}</td>
      <td>{l.nature === 'cost' ? 'cost' : 'held (returned)'}</td>
      <td>{formatMoneyExact(l.amount)}</td>
      {withOriginal ? <td className="original">{describeOriginal(l)}</td> : null}
    </tr>
  ));
}

/** A ledger's footer: its exact total cost (under `costLabel`) and the cash only held as margin; `withOriginal`: an empty last column. */
export function LedgerTotals({ ledger, costLabel, withOriginal = false }: { readonly ledger: CostLedger; readonly costLabel: string; readonly withOriginal?: boolean }) {
  const after = withOriginal ? <td /> : null;
  return (
    <tfoot>
      <tr>
        <th scope="row" colSpan={2}>
          {costLabel}
        </th>
        <td>{formatMoneyExact(ledger.totalCost)}</td>
        {after}
      </tr>
      <tr>
        <th scope="row" colSpan={2}>
          Cash held as margin
        </th>
        <td>{formatMoneyExact(ledger.totalHeld)}</td>
        {after}
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
