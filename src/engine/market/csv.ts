/**
 * Price history from CSV text: one asset per file (Yahoo Finance `Date,Open,High,Low,Close,Adj Close,Volume`,
 * or `date,price`) or a long format `symbol,date,price`. The delimiter (comma, semicolon, tab,
 * bar) comes from the header and the decimal mark from every price in the file. Every row that
 * cannot be used is reported with its true line number and reason, never silently dropped; rows
 * that are used but look wrong (order, ×10 jumps) are reported as suspicious.
 */
import type { Result } from '../result';
import { fail, ok } from '../result';
import { isRecord } from '../validate';
import { parseDateCell } from './dates';
import type { Columns } from './csv-cells';
import { CsvMessages, readPrice, sniff } from './csv-cells';
import type { SeriesBuilder } from './csv-checks';
import { finishSeries, newBuilder } from './csv-checks';
import type { DecimalMark, DecimalTally, Delimiter } from './csv-format';
import { addToTally, decideDecimal, newTally, readNumber } from './csv-format';
import { detectLayout } from './csv-layout';
import type { Layout } from './csv-layout';
import { openRecords } from './csv-records';
import { readRow } from './csv-rows';

export { CsvMessages, PRICE_RANGE } from './csv-cells';
export type { DecimalMark, Delimiter } from './csv-format';

/** One asset's history: ISO dates ascending, prices > 0, same length. */
export interface PriceSeries {
  readonly symbol: string;
  readonly dates: readonly string[];
  readonly prices: readonly number[];
}

/** One row: 1-based line number in the file (the header is line 1, blank and multi-line rows counted) and why. */
export interface CsvIssue {
  readonly line: number;
  readonly reason: string;
}

/** How the file was read; `decimalSource: 'ambiguous'` means the user should confirm the decimal mark. */
export interface CsvFormat {
  readonly delimiter: Delimiter;
  readonly decimal: DecimalMark;
  readonly decimalSource: 'detected' | 'ambiguous' | 'chosen';
  /** The first price that reads differently by decimal mark, and what each mark reads. */
  readonly sample: { readonly line: number; readonly cell: string; readonly asPoint: number | null; readonly asComma: number | null } | null;
}

export interface ParsedPrices {
  readonly series: readonly PriceSeries[];
  /** Rows not used. */
  readonly issues: readonly CsvIssue[];
  /** Rows used but worth a look (out of order, price jumps over ×10). */
  readonly suspicious: readonly CsvIssue[];
  readonly format: CsvFormat;
}

export interface CsvOptions {
  /** Symbol for a one-asset file (no symbol column); default "series". */
  readonly symbol?: string;
  /** Decimal mark chosen by the user; default: detected from the file. */
  readonly decimal?: DecimalMark;
}

/** Work done so far, in characters of two passes over the text. */
export interface CsvProgress {
  readonly done: number;
  readonly total: number;
}

const STEP_ROWS = 20_000;

/**
 * Parses CSV price history. Returns the series (dates ascending), the rejected and the suspicious
 * rows with line numbers, and the format read; fails with one message when the text is not CSV or
 * has no date/price columns. Accepted date forms: see `parseDateCell`. Never throws.
 */
export function parsePriceCsv(text: unknown, options?: unknown): Result<ParsedPrices> {
  const steps = parsePriceCsvSteps(text, options);
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

/** `parsePriceCsv` as steps: yields progress every few thousand rows so a worker can report it and stop. */
export function* parsePriceCsvSteps(text: unknown, options?: unknown): Generator<CsvProgress, Result<ParsedPrices>> {
  if (typeof text !== 'string') return fail('file', CsvMessages.notText);
  const opts = isRecord(options) ? options : {};
  const chosen = opts.decimal === 'point' || opts.decimal === 'comma' ? opts.decimal : null;
  if (options !== undefined && options !== null && !isRecord(options)) return fail('options', CsvMessages.badOptions);
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const bad = sniff(body);
  if (bad !== null) return fail('file', bad);
  // A file with lone CR line ends (classic Mac): one newline per CR keeps every line number.
  if (body.indexOf('\n') < 0 && body.indexOf('\r') >= 0) body = body.replace(/\r/g, '\n');
  const layout = detectLayout(body);
  if (layout === null) return fail('file', CsvMessages.noColumns);
  const total = body.length * 2;
  const tally = newTally();
  yield* tallyDecimals(body, layout, tally);
  const decision = decideDecimal(tally, layout.delimiter, chosen);
  const fallback = typeof opts.symbol === 'string' && opts.symbol.trim() !== '' ? opts.symbol.trim().slice(0, 40) : 'series';
  const issues: { line: number; reason: string }[] = [];
  const bySymbol = new Map<string, SeriesBuilder>();
  const dateCache = new Map<string, string | null>();
  const reader = openRecords(body, layout.delimiter);
  reader.pos = layout.bodyStart;
  reader.line = layout.bodyLine;
  for (let rows = 1; ; rows++) {
    const row = readRow(reader, layout.columns, layout.width);
    if (row.kind === 'end') break;
    if (row.kind === 'issue') issues.push({ line: row.line, reason: row.reason });
    else if (row.kind === 'row') {
      const problem = addRow(row.fields, layout.columns, decision.mark, fallback, dateCache, bySymbol, row.line);
      if (problem !== null) issues.push({ line: row.line, reason: problem });
    }
    if (rows % STEP_ROWS === 0) yield { done: body.length + reader.pos, total };
  }
  const series: PriceSeries[] = [];
  const suspicious: CsvIssue[] = [];
  for (const [symbol, b] of bySymbol) {
    const done = finishSeries(b, symbol, layout.columns.symbol >= 0);
    series.push({ symbol, dates: done.dates, prices: done.prices });
    suspicious.push(...done.suspicious);
  }
  if (series.length === 0) {
    const first = issues[0];
    const more = first ? ` ${issues.length} row(s) had problems; first: line ${first.line}: ${first.reason}.` : '';
    return fail('file', CsvMessages.noRows + more);
  }
  issues.sort((a, b) => a.line - b.line);
  suspicious.sort((a, b) => a.line - b.line);
  const sample = tally.sample === null ? null : { ...tally.sample, asPoint: readNumber(tally.sample.cell, 'point'), asComma: readNumber(tally.sample.cell, 'comma') };
  return ok({ series, issues, suspicious, format: { delimiter: layout.delimiter, decimal: decision.mark, decimalSource: decision.source, sample } });
}

/** First pass: what every well-shaped row's price says about the decimal mark. */
function* tallyDecimals(body: string, layout: Layout, tally: DecimalTally): Generator<CsvProgress, void> {
  const reader = openRecords(body, layout.delimiter);
  reader.pos = layout.bodyStart;
  reader.line = layout.bodyLine;
  for (let rows = 1; ; rows++) {
    const row = readRow(reader, layout.columns, layout.width);
    if (row.kind === 'end') return;
    if (row.kind === 'row') addToTally(tally, row.fields[layout.columns.price] as string, row.line);
    if (rows % STEP_ROWS === 0) yield { done: reader.pos, total: body.length * 2 };
  }
}

/** Adds one data row to its series; returns the reason when the row cannot be used. */
function addRow(
  row: readonly string[], cols: Columns, mark: DecimalMark, fallback: string,
  dateCache: Map<string, string | null>, bySymbol: Map<string, SeriesBuilder>, line: number,
): string | null {
  const dateText = row[cols.date] as string;
  let iso = dateCache.get(dateText);
  if (iso === undefined) {
    iso = parseDateCell(dateText);
    dateCache.set(dateText, iso);
  }
  if (iso === null) return `unparseable date "${dateText.trim().slice(0, 30)}" (use YYYY-MM-DD)`;
  const price = readPrice(row[cols.price] as string, mark);
  if (typeof price === 'string') return price;
  const symbol = cols.symbol >= 0 ? (row[cols.symbol] as string).trim() : fallback;
  if (symbol === '') return 'missing symbol';
  let b = bySymbol.get(symbol);
  if (!b) {
    b = newBuilder();
    bySymbol.set(symbol, b);
  }
  const seen = b.firstLine.get(iso);
  if (seen !== undefined) return `duplicate date ${iso} (first on line ${seen})`;
  b.firstLine.set(iso, line);
  b.dates.push(iso);
  b.prices.push(price);
  b.lines.push(line);
  return null;
}
