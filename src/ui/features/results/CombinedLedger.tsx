import type { CombinedLeg } from '../../../calc/combined';
import type { CostLedger } from '../../../engine';
import { formatNumber } from '../../shared/format';
import { LedgerLines, LedgerTotals } from './LedgerTable';

interface Props {
  /** The legs summed (those with a plan), in order. */
  readonly legs: readonly CombinedLeg[];
  /** The combined ledger: every line of every leg; its totals are exact decimal sums. */
  readonly ledger: CostLedger;
}

/** "in USD, converted at 0.909 EUR per USD" for a converted leg, else nothing. */
export function describeConversion(leg: CombinedLeg, home: string): string {
  const c = leg.conversion;
  return c ? `in ${c.currency}, converted at ${formatNumber(c.rate, { maximumFractionDigits: 8 })} ${home} per ${c.currency}` : '';
}

/**
 * The combined cost ledger: each leg's lines under its name, then the exact totals of them all, in
 * the home currency. A leg in another currency shows each line converted, with its own amount and
 * the rate in a last column of its own (real cells, read with their header; the heading of the leg
 * names the pair).
 */
export function CombinedLedger({ legs, ledger }: Props) {
  const converted = legs.some((l) => l.conversion !== null);
  const columns = converted ? 4 : 3;
  return (
    <div className="table-scroll" role="region" aria-label="Combined cost ledger" tabIndex={0}>
      <table className={converted ? 'ledger converted' : 'ledger'}>
        <caption>Combined cost ledger ({ledger.currency}): every cost of every leg</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Kind</th>
            <th scope="col">Amount ({ledger.currency})</th>
            {converted ? <th scope="col">Before conversion, at the rate</th> : null}
          </tr>
        </thead>
        {legs.map((leg) => (
          <tbody key={`${leg.mode}-${leg.kind}`}>
            <tr className="leg-heading">
              <th scope="rowgroup" colSpan={columns}>
                {leg.name} ({leg.modeTitle}){leg.conversion ? <span className="leg-conversion">: {describeConversion(leg, ledger.currency)}</span> : null}
              </th>
            </tr>
            <LedgerLines lines={leg.plan?.ledger.lines ?? []} withOriginal={converted} />
          </tbody>
        ))}
        <LedgerTotals ledger={ledger} costLabel="Total cost of every leg" withOriginal={converted} />
      </table>
    </div>
  );
}
