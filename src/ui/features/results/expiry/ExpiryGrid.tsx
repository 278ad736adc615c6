/**
 * The date × price grid as an accessible table: prices down the side (highest first, today's price
 * and the strikes marked), dates across (today to expiry), each cell the hedged position's P/L,
 * coloured by sign and size and always written as a number.
 */
import { memo, useMemo } from 'react';
import type { RevalueGrid } from '../../../../engine';
import { formatMoney, formatNumber } from '../../../shared/format';
import { calendarDate, cellTone, columnHeading, largestAbs } from './expiry-data';

interface Props {
  readonly grid: RevalueGrid;
  readonly currency: string;
  readonly strikes: readonly number[];
  readonly xLabel: string;
  readonly formatX: (x: number) => string;
  /** Today, for the calendar dates under the column headings. */
  readonly today: Date;
}

export const ExpiryGrid = memo(function ExpiryGrid({ grid, currency, strikes, xLabel, formatX, today }: Props) {
  const maxAbs = useMemo(() => largestAbs(grid.pnl), [grid]);
  const compact = maxAbs >= 1e6;
  const cell = (x: number) => formatNumber(x, { maximumFractionDigits: 0, compact });
  const last = grid.dates.length - 1;
  return (
    <>
      <p className="hint expiry-legend">
        Rows: {xLabel}; columns: dates from today to expiry. Green cells gain, red cells lose, against the position&apos;s value today.
      </p>
      <div className="table-scroll expiry-grid-scroll" role="region" aria-label="Profit and loss by date and price" tabIndex={0}>
        <table className="expiry-grid">
          <caption>Profit or loss in {currency} by price and date</caption>
          <thead>
            <tr>
              <th scope="col">Price</th>
              {grid.dates.map((t, j) => (
                <th scope="col" key={t}>
                  {columnHeading(t, j === last)}
                  <span className="expiry-date">{calendarDate(today, t)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.prices.map((s, i) => {
              const isSpot = i === grid.spotRow;
              const isStrike = strikes.includes(s);
              return (
                <tr key={s} className={isSpot ? 'expiry-spot-row' : undefined}>
                  <th scope="row">
                    {formatX(s)}
                    {isSpot ? <span className="expiry-mark"> today</span> : null}
                    {isStrike ? <span className="expiry-mark"> strike</span> : null}
                  </th>
                  {grid.pnl[i]!.map((x, j) => (
                    <td key={grid.dates[j]} className={`pnl-${cellTone(x, maxAbs)}`} title={formatMoney(x, currency)}>
                      {cell(x)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
});
