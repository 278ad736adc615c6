/**
 * Where a price file's data is: the delimiter, the header's columns and width, and where the
 * first data row starts. The delimiter is the one whose split of the header names a date and a
 * price column; if several do, the one that most data rows of the whole file agree with.
 */
import type { Columns } from './csv-cells';
import { findColumns } from './csv-cells';
import type { Delimiter } from './csv-format';
import { DELIMITERS } from './csv-format';
import { atEnd, nextRecord, openRecords } from './csv-records';
import { readRow } from './csv-rows';

export interface Layout {
  readonly delimiter: Delimiter;
  readonly columns: Columns;
  /** Number of fields in the header; every row must have as many. */
  readonly width: number;
  /** Offset and 1-based line of the first line after the header. */
  readonly bodyStart: number;
  readonly bodyLine: number;
}

function headerWith(body: string, delimiter: Delimiter): Layout | null {
  const r = openRecords(body, delimiter);
  while (!atEnd(r)) {
    const rec = nextRecord(r);
    if (rec.fields.length === 1 && (rec.fields[0] as string).trim() === '') continue;
    if (rec.problem !== null || rec.fields.length < 2) return null;
    const columns = findColumns(rec.fields);
    return columns === null ? null : { delimiter, columns, width: rec.fields.length, bodyStart: r.pos, bodyLine: r.line };
  }
  return null;
}

/** Rows of the whole file that have the header's width under this layout. */
function agreeingRows(body: string, layout: Layout): number {
  const r = openRecords(body, layout.delimiter);
  r.pos = layout.bodyStart;
  r.line = layout.bodyLine;
  let n = 0;
  for (;;) {
    const row = readRow(r, layout.columns, layout.width);
    if (row.kind === 'end') return n;
    if (row.kind === 'row') n++;
  }
}

/** The file's layout, or null when no delimiter gives a header with date and price columns. */
export function detectLayout(body: string): Layout | null {
  const candidates = DELIMITERS.map((d) => headerWith(body, d)).filter((l): l is Layout => l !== null);
  if (candidates.length <= 1) return candidates[0] ?? null;
  let best = candidates[0] as Layout;
  let bestRows = -1;
  for (const c of candidates) {
    const n = agreeingRows(body, c);
    if (n > bestRows) {
      best = c;
      bestRows = n;
    }
  }
  return best;
}
