/**
 * The CSV worker's jobs, as plain functions (so they also run on the page when Workers are not
 * available, and in unit tests): parse each file, rename clashing symbols, align on common dates;
 * then estimate from the aligned history. Both run in steps, so progress can be posted and a
 * cancel message can arrive between them.
 */
import { alignSeries, parsePriceCsvSteps } from '../engine';
import type { AlignedHistory, PriceSeries } from '../engine';
import type { CsvFileReport, CsvResult, HistoryPhase } from './protocol';

/** A file whose text has been read (a Blob is read first, in `runImport`). */
export interface CsvTextInput {
  readonly name: string;
  readonly text: string;
  readonly symbol?: string;
  readonly decimal?: 'point' | 'comma';
}

/** Like `CsvResult`, with the whole aligned history (it stays in the worker; the page gets a summary). */
export interface ParsedHistory extends Omit<CsvResult, 'history'> {
  readonly history: AlignedHistory | null;
}

export interface Progress {
  readonly phase: HistoryPhase;
  readonly done: number;
  readonly total: number;
}

/** Symbol of a one-asset file from its name: "sp500.csv" -> "SP500", "AAPL (1).csv" -> "AAPL (1)". */
export function symbolFromName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '').trim();
  return (base === '' ? 'series' : base).toUpperCase().slice(0, 40);
}

/** Parses every file and aligns all their series on the dates they share, in steps. */
export function* parseHistorySteps(files: readonly CsvTextInput[]): Generator<Progress, ParsedHistory> {
  const reports: CsvFileReport[] = [];
  const series: PriceSeries[] = [];
  const used = new Set<string>();
  const renamed: string[] = [];
  const total = files.reduce((n, f) => n + f.text.length, 0) + 1;
  let before = 0;
  for (const file of files) {
    const steps = parsePriceCsvSteps(file.text, { symbol: file.symbol?.trim() || symbolFromName(file.name), ...(file.decimal ? { decimal: file.decimal } : {}) });
    let step = steps.next();
    for (; !step.done; step = steps.next()) yield { phase: 'parsing', done: before + step.value.done, total };
    before += file.text.length;
    const parsed = step.value;
    if (!parsed.ok) {
      reports.push({ name: file.name, ok: false, message: parsed.errors.map((e) => e.message).join(' ') });
      continue;
    }
    const symbols: string[] = [];
    for (const s of parsed.value.series) {
      let symbol = s.symbol;
      for (let k = 2; used.has(symbol); k++) symbol = `${s.symbol} (${k})`;
      if (symbol !== s.symbol) renamed.push(`${s.symbol} in ${file.name} is shown as ${symbol}`);
      used.add(symbol);
      symbols.push(symbol);
      series.push({ ...s, symbol });
    }
    const rows = parsed.value.series.reduce((n, s) => n + s.dates.length, 0);
    const { issues, suspicious, format } = parsed.value;
    reports.push({ name: file.name, ok: true, symbols, rows, issues, suspicious, format });
  }
  yield { phase: 'aligning', done: total, total };
  if (series.length === 0) return { files: reports, history: null, alignMessage: 'No file gave usable prices.', renamed };
  const aligned = alignSeries(series);
  if (!aligned.ok) return { files: reports, history: null, alignMessage: aligned.errors.map((e) => e.message).join(' '), renamed };
  return { files: reports, history: aligned.value, alignMessage: null, renamed };
}

/** `parseHistorySteps` run to the end. */
export function parseHistoryFiles(files: readonly CsvTextInput[]): ParsedHistory {
  const steps = parseHistorySteps(files);
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}
