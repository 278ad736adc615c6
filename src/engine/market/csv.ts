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
import { readPrice, sniff } from './csv-cells';
import type { SeriesBuilder } from './csv-checks';
import { finishSeries, newBuilder } from './csv-checks';
import type { DecimalMark, Delimiter } from './csv-format';
import { addToTally, decideDecimal, newTally, readNumber } from './csv-format';
import { detectLayout } from './csv-layout';
import { openRecords } from './csv-records';
import { readRow } from './csv-rows';
import { CsvMessages } from '../messages';

export { PRICE_RANGE } from './csv-cells';
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

/** Work done so far, in characters of the text read. */
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
  const total = body.length + 1;
  const fallback = typeof opts.symbol === 'string' && opts.symbol.trim() !== '' ? opts.symbol.trim().slice(0, 40) : 'series';
  const issues: CsvIssue[] = [];
  const tally = newTally();
  // One pass over the text: shape, dates and symbols now; prices once the whole file has told the decimal mark.
  const pending: Pending = { symbols: [], dates: [], prices: [], lines: [] };
  const dateCache = new Map<string, string | null>();
  const cols = layout.columns;
  const reader = openRecords(body, layout.delimiter);
  reader.pos = layout.bodyStart;
  reader.line = layout.bodyLine;
  for (let rows = 1; ; rows++) {
    const row = readRow(reader, cols, layout.width);
    if (row.kind === 'end') break;
    if (row.kind === 'issue') issues.push({ line: row.line, reason: row.reason });
    else if (row.kind === 'row') {
      const dateText = row.fields[cols.date] as string;
      let iso = dateCache.get(dateText);
      if (iso === undefined) {
        iso = parseDateCell(dateText);
        dateCache.set(dateText, iso);
      }
      const symbol = cols.symbol >= 0 ? (row.fields[cols.symbol] as string).trim() : fallback;
      if (iso === null) issues.push({ line: row.line, reason: CsvMessages.badDate(dateText.trim().slice(0, 30)) });
      else if (symbol === '') issues.push({ line: row.line, reason: CsvMessages.missingSymbol });
      else {
        const cell = row.fields[cols.price] as string;
        addToTally(tally, cell, row.line);
        pending.symbols.push(symbol);
        pending.dates.push(iso);
        pending.prices.push(cell);
        pending.lines.push(row.line);
      }
    }
    if (rows % STEP_ROWS === 0) yield { done: reader.pos, total };
  }
  const decision = decideDecimal(tally, layout.delimiter, chosen);
  const bySymbol = new Map<string, SeriesBuilder>();
  for (let i = 0; i < pending.lines.length; i++) {
    const line = pending.lines[i] as number;
    const price = readPrice(pending.prices[i] as string, decision.mark);
    if (typeof price === 'string') {
      issues.push({ line, reason: price });
      continue;
    }
    const symbol = pending.symbols[i] as string;
    let b = bySymbol.get(symbol);
    if (!b) bySymbol.set(symbol, (b = newBuilder()));
    b.dates.push(pending.dates[i] as string);
    b.prices.push(price);
    b.lines.push(line);
  }
  const series: PriceSeries[] = [];
  const suspicious: CsvIssue[] = [];
  for (const [symbol, b] of bySymbol) {
    const done = finishSeries(b, symbol, cols.symbol >= 0);
    issues.push(...done.duplicates);
    if (done.dates.length === 0) continue;
    series.push({ symbol, dates: done.dates, prices: done.prices });
    suspicious.push(...done.suspicious);
  }
  if (series.length === 0) {
    const first = issues[0];
    const more = first ? CsvMessages.rowProblems(issues.length, first.line, first.reason) : '';
    return fail('file', CsvMessages.noRows + more);
  }
  issues.sort((a, b) => a.line - b.line);
  suspicious.sort((a, b) => a.line - b.line);
  const sample = tally.sample === null ? null : { ...tally.sample, asPoint: readNumber(tally.sample.cell, 'point'), asComma: readNumber(tally.sample.cell, 'comma') };
  return ok({ series, issues, suspicious, format: { delimiter: layout.delimiter, decimal: decision.mark, decimalSource: decision.source, sample } });
}

/** Rows whose shape, date and symbol are good, their price cells still text. */
interface Pending {
  readonly symbols: string[];
  readonly dates: string[];
  readonly prices: string[];
  readonly lines: number[];
}
