/**
 * One asset's rows as read, turned into a series sorted by date, with the rows that are usable
 * but suspicious: a date against the file's order, a price more than ten times (or less than a
 * tenth of) the one before it, the signature of a misread number format or a missed split.
 */
import type { CsvIssue } from './csv';

export interface SeriesBuilder {
  readonly dates: string[];
  readonly prices: number[];
  readonly lines: number[];
  /** First line of each date, to name it when a date repeats. */
  readonly firstLine: Map<string, number>;
}

export function newBuilder(): SeriesBuilder {
  return { dates: [], prices: [], lines: [], firstLine: new Map() };
}

/** Price ratio between consecutive dates above which a row is reported as suspicious. */
export const JUMP_RATIO = 10;

const fmt = (x: number) => (Math.abs(x) >= 1e-3 && Math.abs(x) < 1e15 ? String(Number(x.toPrecision(10))) : x.toExponential(4));

/** Rows whose date runs against the file's order (the majority of steps, ascending or descending). */
function orderIssues(b: SeriesBuilder, symbol: string | null): CsvIssue[] {
  const { dates, lines } = b;
  let up = 0;
  for (let i = 1; i < dates.length; i++) if ((dates[i] as string) > (dates[i - 1] as string)) up++;
  const ascending = up * 2 >= dates.length - 1;
  const out: CsvIssue[] = [];
  const of = symbol === null ? '' : ` for ${symbol}`;
  for (let i = 1; i < dates.length; i++) {
    const later = (dates[i] as string) > (dates[i - 1] as string);
    if (later !== ascending) {
      out.push({ line: lines[i] as number, reason: `date ${dates[i]}${of} is out of order (${later ? 'after' : 'before'} ${dates[i - 1]} on line ${lines[i - 1]}, in a file that runs ${ascending ? 'oldest' : 'newest'} first); used in date order` });
    }
  }
  return out;
}

/** Sorts one series by date and lists its suspicious rows (kept, reported). */
export function finishSeries(b: SeriesBuilder, symbol: string, longFormat: boolean): { dates: string[]; prices: number[]; suspicious: CsvIssue[] } {
  const suspicious = orderIssues(b, longFormat ? symbol : null);
  const n = b.dates.length;
  let order: number[] | null = null;
  for (let i = 1; i < n; i++) {
    if ((b.dates[i - 1] as string) > (b.dates[i] as string)) {
      order = b.dates.map((_, k) => k).sort((x, y) => ((b.dates[x] as string) < (b.dates[y] as string) ? -1 : 1));
      break;
    }
  }
  const pick = <T>(xs: readonly T[]): T[] => (order === null ? (xs as T[]) : order.map((k) => xs[k] as T));
  const dates = pick(b.dates);
  const prices = pick(b.prices);
  const lines = pick(b.lines);
  const of = longFormat ? ` of ${symbol}` : '';
  for (let i = 1; i < n; i++) {
    const p = prices[i] as number;
    const q = prices[i - 1] as number;
    const ratio = p / q;
    if (ratio > JUMP_RATIO || ratio < 1 / JUMP_RATIO) {
      const times = ratio > 1 ? `${fmt(ratio)} times` : `1/${fmt(1 / ratio)} of`;
      suspicious.push({ line: lines[i] as number, reason: `price ${fmt(p)}${of} on ${dates[i]} is ${times} the ${fmt(q)} of ${dates[i - 1]} (line ${lines[i - 1]}): check the number format or a split; used as read` });
    }
  }
  return { dates, prices, suspicious };
}
