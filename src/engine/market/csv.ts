/**
 * Price history from CSV text: one asset per file (Yahoo Finance `Date,Open,High,Low,Close,Adj Close,Volume`,
 * or `date,price`) or a long format `symbol,date,price`. Every row that cannot be used is reported
 * with its line number and reason, never silently dropped.
 */
import Papa from 'papaparse';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { parseDateCell } from './dates';
import type { Columns } from './csv-cells';
import { CsvMessages, findColumns, readPrice, sniff } from './csv-cells';

export { CsvMessages, PRICE_RANGE } from './csv-cells';

/** One asset's history: ISO dates ascending, prices > 0, same length. */
export interface PriceSeries {
  readonly symbol: string;
  readonly dates: readonly string[];
  readonly prices: readonly number[];
}

/** One unusable row: 1-based line number in the file (the header is line 1) and why. */
export interface CsvIssue {
  readonly line: number;
  readonly reason: string;
}

export interface ParsedPrices {
  readonly series: readonly PriceSeries[];
  readonly issues: readonly CsvIssue[];
}

export interface CsvOptions {
  /** Symbol for a one-asset file (no symbol column); default "series". */
  readonly symbol?: string;
}


interface Builder {
  dates: string[];
  prices: number[];
  firstLine: Map<string, number>;
}

/**
 * Parses CSV price history. Returns the series (dates ascending) and the issues (bad rows with line
 * numbers); fails with one message when the text is not CSV or has no date/price columns.
 * Accepted date forms: see `parseDateCell`.
 */
export function parsePriceCsv(text: unknown, options: CsvOptions = {}): Result<ParsedPrices> {
  if (typeof text !== 'string') return fail('file', CsvMessages.notText);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const bad = sniff(body);
  if (bad !== null) return fail('file', bad);
  const rows = Papa.parse<string[]>(body, { skipEmptyLines: false }).data;
  let start = 0;
  while (start < rows.length && isBlank(rows[start])) start++;
  const header = rows[start];
  const cols = header ? findColumns(header) : null;
  if (!cols) return fail('file', CsvMessages.noColumns);
  const symbol: unknown = typeof options === 'object' && options !== null ? (options as CsvOptions).symbol : undefined;
  const fallback = typeof symbol === 'string' && symbol.trim() !== '' ? symbol.trim() : 'series';
  const issues: CsvIssue[] = [];
  const bySymbol = new Map<string, Builder>();
  const dateCache = new Map<string, string | null>();
  for (let i = start + 1; i < rows.length; i++) {
    const row = rows[i];
    if (row === undefined || isBlank(row)) continue;
    const line = i + 1;
    const problem = readRow(row, cols, fallback, dateCache, bySymbol, line);
    if (problem !== null) issues.push({ line, reason: problem });
  }
  const series = [...bySymbol.entries()].map(([symbol, b]) => finish(symbol, b));
  if (series.length === 0) {
    const first = issues[0];
    const more = first ? ` ${issues.length} row(s) had problems; first: line ${first.line}: ${first.reason}.` : '';
    return fail('file', CsvMessages.noRows + more);
  }
  return ok({ series, issues });
}

function isBlank(row: readonly string[] | undefined): boolean {
  return row === undefined || row.length === 0 || (row.length === 1 && (row[0] ?? '').trim() === '');
}

/** Adds one data row to its series; returns the reason when the row cannot be used. */
function readRow(
  row: readonly string[], cols: Columns, fallback: string,
  dateCache: Map<string, string | null>, bySymbol: Map<string, Builder>, line: number,
): string | null {
  if (row.length < cols.width || (cols.symbol >= 0 && row.length <= cols.symbol)) return 'missing column(s)';
  const dateText = row[cols.date] ?? '';
  let iso = dateCache.get(dateText);
  if (iso === undefined) {
    iso = parseDateCell(dateText);
    dateCache.set(dateText, iso);
  }
  if (iso === null) return `unparseable date "${dateText.trim().slice(0, 30)}" (use YYYY-MM-DD)`;
  const price = readPrice(row[cols.price] ?? '');
  if (typeof price === 'string') return price;
  const symbol = cols.symbol >= 0 ? (row[cols.symbol] ?? '').trim() : fallback;
  if (symbol === '') return 'missing symbol';
  let b = bySymbol.get(symbol);
  if (!b) {
    b = { dates: [], prices: [], firstLine: new Map() };
    bySymbol.set(symbol, b);
  }
  const seen = b.firstLine.get(iso);
  if (seen !== undefined) return `duplicate date ${iso} (first on line ${seen})`;
  b.firstLine.set(iso, line);
  b.dates.push(iso);
  b.prices.push(price);
  return null;
}

/** Sorts one series by date (files are often newest-first). */
function finish(symbol: string, b: Builder): PriceSeries {
  const { dates, prices } = b;
  let sorted = true;
  for (let i = 1; i < dates.length && sorted; i++) sorted = (dates[i - 1] as string) < (dates[i] as string);
  if (sorted) return { symbol, dates, prices };
  const order = dates.map((_, i) => i).sort((x, y) => ((dates[x] as string) < (dates[y] as string) ? -1 : 1));
  return { symbol, dates: order.map((i) => dates[i] as string), prices: order.map((i) => prices[i] as number) };
}
