/**
 * CSV text as RFC 4180 defines it (fields separated by commas, records by CRLF; a field holding a
 * comma, a double quote, CR or LF is enclosed in double quotes, inner quotes doubled), made safe to
 * open in a spreadsheet: a text cell starting with = + - @ (or a tab or CR) would run as a formula,
 * so it gets a leading apostrophe, as the OWASP "CSV Injection" page recommends
 * (https://owasp.org/www-community/attacks/CSV_Injection).
 */

export type CsvCell = string | number | null | undefined;

// A plain decimal number ("-1234.5", "0.012") cannot be a formula; it stays a number.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell with a leading apostrophe when a spreadsheet would read it as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** One field: numbers as plain decimals (no exponent for usual sizes), text neutralised and quoted when needed. */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text of the rows (the first is the header), each record ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}
