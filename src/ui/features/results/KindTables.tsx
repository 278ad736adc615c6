import type { KindCell, KindTable } from '../../../calc/types';
import { formatFigure } from './figures';

function cellText(cell: KindCell, currency: string): string {
  return typeof cell === 'string' ? cell : formatFigure(cell, currency);
}

/** A hedge kind's own tables (a contract choice, a reset schedule, caplets), each with a caption and a note. */
export function KindTables({ tables, currency }: { readonly tables: readonly KindTable[]; readonly currency: string }) {
  return (
    <>
      {tables.map((t) => (
        <div key={t.key} className="kind-table">
          {t.rows.length > 0 ? (
            <div className="table-scroll" role="region" aria-label={t.title} tabIndex={0}>
              <table className="kind-grid">
                <caption>{t.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.rowLabel}</th>
                    {t.columns.map((c) => (
                      <th scope="col" key={c}>
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {t.rows.map((r) => (
                    <tr key={r.header}>
                      <th scope="row">{r.header}</th>
                      {r.cells.map((c, i) => (
                        <td key={i} data-label={t.columns[i]}>
                          {cellText(c, currency)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <h3>{t.title}</h3>
          )}
          {t.note ? <p className="hint">{t.note}</p> : null}
        </div>
      ))}
    </>
  );
}
