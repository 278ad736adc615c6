/**
 * Rows of a price file, checked for shape before any cell is read: every row must have exactly
 * as many fields as the header (so an unquoted `1,000.95` is a reported row, not the price 1),
 * and a quote that runs over lines where no line break belongs is a stray quote: reported on its
 * line, and the lines after it are read as rows of their own.
 */
import type { CsvRecord, RecordReader } from './csv-records';
import { atEnd, nextRecord, restartAfter } from './csv-records';
import { QuoteMessages, RowMessages } from '../messages';
import type { Columns } from './csv-cells';

export type RowRead =
  | { readonly kind: 'row'; readonly fields: readonly string[]; readonly line: number }
  | { readonly kind: 'issue'; readonly line: number; readonly reason: string }
  | { readonly kind: 'blank' }
  | { readonly kind: 'end' };

function isBlank(fields: readonly string[]): boolean {
  return fields.length === 1 && (fields[0] as string).trim() === '';
}

/**
 * A line break inside a quoted field is real CSV, but not in the date, price or symbol column, and
 * not when the quoted text holds further delimited lines (rows swallowed by a stray quote).
 */
function isStray(rec: CsvRecord, cols: Columns, delimiter: string): boolean {
  for (const i of rec.multiLine) {
    if (i === cols.date || i === cols.price || i === cols.symbol) return true;
    const text = rec.fields[i] as string;
    const after = text.slice(text.indexOf('\n') + 1);
    if (after.includes(delimiter)) return true;
  }
  return false;
}

/** The next row of the file with its true line number, or why it cannot be used. */
export function readRow(r: RecordReader, cols: Columns, width: number): RowRead {
  if (atEnd(r)) return { kind: 'end' };
  const rec = nextRecord(r);
  if (rec.problem === QuoteMessages.unclosed) return { kind: 'issue', line: rec.line, reason: RowMessages.unclosed };
  if (rec.multiLine.length > 0 && (rec.problem !== null || isStray(rec, cols, r.delimiter))) {
    restartAfter(r, rec);
    return { kind: 'issue', line: rec.line, reason: RowMessages.stray(rec.endLine) };
  }
  if (rec.problem !== null) return { kind: 'issue', line: rec.line, reason: RowMessages.afterQuote };
  if (isBlank(rec.fields)) return { kind: 'blank' };
  const n = rec.fields.length;
  if (n < width) return { kind: 'issue', line: rec.line, reason: RowMessages.missing };
  if (n > width) return { kind: 'issue', line: rec.line, reason: RowMessages.extra(n, width, r.delimiter) };
  return { kind: 'row', fields: rec.fields, line: rec.line };
}
