/** The table alternative of a several-curve chart: the same series shown, at fewer x values, inside a native <details>. */
import { useId, useState } from 'react';
import { formatMoney, formatPrice } from '../shared/format';
import type { MultiSeriesData } from './multi-series-data';
import './charts.css';

export interface MultiSeriesTableProps {
  readonly data: MultiSeriesData;
  readonly currency: string;
  readonly xLabel: string;
  readonly formatX?: (x: number) => string;
  readonly caption: string;
}

export function MultiSeriesTable({ data, currency, xLabel, formatX = formatPrice, caption }: MultiSeriesTableProps) {
  const captionId = useId();
  // The rows are built when the table is opened: a closed table costs the page nothing.
  const [open, setOpen] = useState(false);
  const shown = data.series.filter((s) => s.visible);
  return (
    <details className="payoff-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Show these curves as a table</summary>
      {open ? (
        <>
          <div className="payoff-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
            <table>
              <caption id={captionId}>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{xLabel}</th>
                  {shown.map((s) => (
                    <th scope="col" key={s.key}>
                      {s.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.tableRows.map((row) => (
                  <tr key={row.x}>
                    <th scope="row">{formatX(row.x)}</th>
                    {shown.map((s) => (
                      <td key={s.key}>{row[s.key] === undefined ? '—' : formatMoney(row[s.key]!, currency)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {shown.length === 0 ? <p>No curve is chosen: tick one above to see its values.</p> : null}
        </>
      ) : null}
    </details>
  );
}
