import type { CombinedLeg } from '../../../calc/combined';
import type { CostLedger } from '../../../engine';
import { LedgerLines, LedgerTotals } from './LedgerTable';

interface Props {
  /** The legs summed (those with a plan), in order. */
  readonly legs: readonly CombinedLeg[];
  /** The combined ledger: every line of every leg; its totals are exact decimal sums. */
  readonly ledger: CostLedger;
}

/** The combined cost ledger: each leg's lines under its name, then the exact totals of them all. */
export function CombinedLedger({ legs, ledger }: Props) {
  return (
    <div className="table-scroll" role="region" aria-label="Combined cost ledger" tabIndex={0}>
      <table className="ledger">
        <caption>Combined cost ledger ({ledger.currency}): every cost of every leg</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Kind</th>
            <th scope="col">Amount</th>
          </tr>
        </thead>
        {legs.map((leg) => (
          <tbody key={`${leg.mode}-${leg.kind}`}>
            <tr className="leg-heading">
              <th scope="rowgroup" colSpan={3}>
                {leg.name} ({leg.modeTitle})
              </th>
            </tr>
            <LedgerLines lines={leg.plan?.ledger.lines ?? []} />
          </tbody>
        ))}
        <LedgerTotals ledger={ledger} costLabel="Total cost of every leg" />
      </table>
    </div>
  );
}
