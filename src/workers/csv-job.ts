/**
 * The CSV worker's job, as a plain function (so it also runs on the page when Workers are not
 * available, and in unit tests): parse each file, rename clashing symbols, align on common dates.
 */
import { alignSeries, parsePriceCsv } from '../engine';
import type { PriceSeries } from '../engine';
import type { CsvFileInput, CsvFileReport, CsvResult } from './protocol';

/** Symbol of a one-asset file from its name: "sp500.csv" -> "SP500", "AAPL (1).csv" -> "AAPL (1)". */
export function symbolFromName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '').trim();
  return (base === '' ? 'series' : base).toUpperCase().slice(0, 40);
}

/** Parses every file and aligns all their series on the dates they share. */
export function parseHistoryFiles(files: readonly CsvFileInput[]): CsvResult {
  const reports: CsvFileReport[] = [];
  const series: PriceSeries[] = [];
  const used = new Set<string>();
  const renamed: string[] = [];
  for (const file of files) {
    const parsed = parsePriceCsv(file.text, { symbol: file.symbol?.trim() || symbolFromName(file.name) });
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
    reports.push({ name: file.name, ok: true, symbols, rows, issues: parsed.value.issues });
  }
  if (series.length === 0) return { files: reports, history: null, alignMessage: 'No file gave usable prices.', renamed };
  const aligned = alignSeries(series);
  if (!aligned.ok) return { files: reports, history: null, alignMessage: aligned.errors.map((e) => e.message).join(' '), renamed };
  return { files: reports, history: aligned.value, alignMessage: null, renamed };
}
