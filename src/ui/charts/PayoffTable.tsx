/**
 * The payoff chart as a table: the accessible alternative (and the precise one) for the same
 * `PayoffChartData`. Inside a native <details>, so it opens with Enter or Space.
 */
import { useId } from 'react';
import { formatMoney, formatPrice } from '../shared/format';
import type { PayoffChartData, PayoffTableRow, ReferenceKind } from './payoff-data';
import './charts.css';

export interface PayoffTableProps {
  readonly data: PayoffChartData;
  /** ISO 4217 code of the values. */
  readonly currency: string;
  /** Header of the first column, e.g. "Wheat price at horizon (EUR/t)". */
  readonly xLabel: string;
  readonly formatX?: (x: number) => string;
  /** Header of the hedged column; "Hedged" unless told. */
  readonly hedgedLabel?: string;
  /** Header of the date column, e.g. "Hedged, 45 days before expiry". */
  readonly dateCurveLabel?: string;
  readonly caption?: string;
  /** Open the <details> from the start. */
  readonly defaultOpen?: boolean;
}

const MARK_NAMES: Readonly<Record<ReferenceKind, string>> = {
  spot: 'today',
  strike: 'strike',
  breakeven: 'breakeven',
  floor: 'floor',
  cap: 'cap',
};

function rowKey(row: PayoffTableRow): string {
  return String(row.x);
}

/** The chart's values at a few prices (plus today's price, strikes and breakeven) as a table. */
export function PayoffTable({ data, currency, xLabel, formatX = formatPrice, hedgedLabel = 'Hedged', dateCurveLabel, caption, defaultOpen = false }: PayoffTableProps) {
  const what = data.showsPortfolio ? 'Portfolio value' : 'Position value';
  const captionId = useId();
  const levels = data.referenceLines.filter((l) => l.axis === 'y');
  const money = (v: number | undefined) => (v === undefined ? '—' : formatMoney(v, currency));
  return (
    <details className="payoff-table" open={defaultOpen}>
      <summary>Show the chart as a table</summary>
      {/* Focusable so keyboard users can scroll a table wider than the screen. */}
      <div className="payoff-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table>
          <caption id={captionId}>{caption ?? `${what} at the horizon (${currency}), unhedged and hedged`}</caption>
          <thead>
            <tr>
              <th scope="col">{xLabel}</th>
              <th scope="col">Unhedged</th>
              <th scope="col">{hedgedLabel}</th>
              {data.hasDateCurve && <th scope="col">{dateCurveLabel ?? 'Hedged, at the chosen date'}</th>}
              {data.hasBand && <th scope="col">Residual range</th>}
            </tr>
          </thead>
          <tbody>
            {data.tableRows.map((row) => (
              <tr key={rowKey(row)}>
                <th scope="row">
                  {formatX(row.x)}
                  {row.marks.length > 0 && ' '}
                  {row.marks.length > 0 && <span className="payoff-table-mark">({row.marks.map((m) => MARK_NAMES[m]).join(', ')})</span>}
                </th>
                <td>{money(row.unhedged)}</td>
                <td>{money(row.hedged)}</td>
                {data.hasDateCurve && <td>{money(row.hedgedAtDate)}</td>}
                {data.hasBand && <td>{row.bandLow === undefined ? '—' : `${money(row.bandLow)} – ${money(row.bandHigh)}`}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.tableRows.length === 0 && <p>No values to show for this range.</p>}
      {levels.length > 0 && <p>{levels.map((l) => `${l.label}.`).join(' ')}</p>}
    </details>
  );
}
