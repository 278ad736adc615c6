/**
 * One asset's rows as read, turned into a series sorted by date, with the rows that are usable
 * but suspicious: a date against the file's order, a price more than ten times (or less than a
 * tenth of) the one before it, the signature of a misread number format or a missed split.
 */
import type { CsvIssue } from './csv';
import { CsvMessages } from '../messages';

export interface SeriesBuilder {
  readonly dates: string[];
  readonly prices: number[];
  readonly lines: number[];
}

export function newBuilder(): SeriesBuilder {
  return { dates: [], prices: [], lines: [] };
}

/** Price ratio between consecutive dates above which a row is reported as suspicious. */
export const JUMP_RATIO = 10;

const fmt = (x: number) => (Math.abs(x) >= 1e-3 && Math.abs(x) < 1e15 ? String(Number(x.toPrecision(10))) : x.toExponential(4));

/** Rows whose date runs against the file's order (the majority of steps, ascending or descending). */
function orderIssues(dates: readonly string[], lines: readonly number[], symbol: string | null): CsvIssue[] {
  let up = 0;
  for (let i = 1; i < dates.length; i++) if ((dates[i] as string) > (dates[i - 1] as string)) up++;
  const ascending = up * 2 >= dates.length - 1;
  const out: CsvIssue[] = [];
  const of = symbol === null ? '' : ` for ${symbol}`;
  for (let i = 1; i < dates.length; i++) {
    const later = (dates[i] as string) > (dates[i - 1] as string);
    if (later !== ascending) {
      out.push({ line: lines[i] as number, reason: CsvMessages.outOfOrder(dates[i] as string, of, later, dates[i - 1] as string, lines[i - 1] as number, ascending) });
    }
  }
  return out;
}

/** Row indices in date order (ties in file order); null when the rows already are. */
function dateOrder(dates: readonly string[]): number[] | null {
  for (let i = 1; i < dates.length; i++) {
    if ((dates[i - 1] as string) > (dates[i] as string)) {
      return dates.map((_, k) => k).sort((x, y) => ((dates[x] as string) < (dates[y] as string) ? -1 : (dates[x] as string) > (dates[y] as string) ? 1 : x - y));
    }
  }
  return null;
}

/**
 * Sorts one series by date: a repeated date keeps its first row and rejects the others
 * (`duplicates`); rows used but worth a look are `suspicious`.
 */
export function finishSeries(b: SeriesBuilder, symbol: string, longFormat: boolean): { dates: string[]; prices: number[]; duplicates: CsvIssue[]; suspicious: CsvIssue[] } {
  const order = dateOrder(b.dates);
  const at = (k: number) => (order === null ? k : (order[k] as number));
  const keep: number[] = [];
  const duplicates: CsvIssue[] = [];
  for (let k = 0; k < b.dates.length; k++) {
    const i = at(k);
    const prev = keep[keep.length - 1];
    if (prev !== undefined && b.dates[prev] === b.dates[i]) duplicates.push({ line: b.lines[i] as number, reason: CsvMessages.duplicateDate(b.dates[i] as string, b.lines[prev] as number) });
    else keep.push(i);
  }
  const dates = keep.map((i) => b.dates[i] as string);
  const prices = keep.map((i) => b.prices[i] as number);
  const lines = keep.map((i) => b.lines[i] as number);
  // File order of the kept rows, for the order check.
  const inFile = duplicates.length === 0 && order === null ? null : [...keep].sort((x, y) => x - y);
  const suspicious = inFile === null ? orderIssues(dates, lines, longFormat ? symbol : null) : orderIssues(inFile.map((i) => b.dates[i] as string), inFile.map((i) => b.lines[i] as number), longFormat ? symbol : null);
  const of = longFormat ? ` of ${symbol}` : '';
  for (let i = 1; i < dates.length; i++) {
    const p = prices[i] as number;
    const q = prices[i - 1] as number;
    const ratio = p / q;
    if (ratio > JUMP_RATIO || ratio < 1 / JUMP_RATIO) {
      const times = ratio > 1 ? `${fmt(ratio)} times` : `1/${fmt(1 / ratio)} of`;
      suspicious.push({ line: lines[i] as number, reason: CsvMessages.priceJump(fmt(p), of, dates[i] as string, times, fmt(q), dates[i - 1] as string, lines[i - 1] as number) });
    }
  }
  return { dates, prices, duplicates, suspicious };
}
