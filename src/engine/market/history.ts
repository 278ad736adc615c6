/**
 * Price histories on one calendar: inner join on common dates, returns, and the sampling
 * frequency that turns per-period statistics into annual ones.
 */
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { PriceSeries } from './csv';
import { PRICE_RANGE } from './csv-cells';
import { daysBetween } from './dates';
import { isRecord } from '../validate';
import { HistoryMessages } from '../messages';

/** Several assets on the same dates: `prices[k][t]` is asset k on `dates[t]`. */
export interface AlignedHistory {
  readonly symbols: readonly string[];
  readonly dates: readonly string[];
  readonly prices: readonly (readonly number[])[];
}

export type FrequencyName = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'annual';

export interface Frequency {
  readonly name: FrequencyName;
  /** Observations per year used to annualize: 252 trading days, 52 weeks, 12 months, 4, 1. */
  readonly periodsPerYear: number;
  /** Median calendar-day gap between consecutive dates. */
  readonly medianGapDays: number;
}

/**
 * Inner join of price series on their common dates, ascending. Fails when fewer than three dates
 * are shared (no two returns to correlate). Meant for `parsePriceCsv`'s series; anything else is
 * checked first: each series needs a symbol, ISO dates and as many prices (inside PRICE_RANGE).
 */
export function alignSeries(series: readonly PriceSeries[]): Result<AlignedHistory> {
  if (!Array.isArray(series) || series.length === 0) return fail('series', HistoryMessages.noSeries);
  for (let k = 0; k < series.length; k++) {
    const problem = seriesProblem(series[k]);
    if (problem !== null) return fail(`series.${k}`, problem);
  }
  if (series.every((s) => isAscending(s.dates))) return alignSorted(series);
  const maps = series.map((s) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.dates.length; i++) m.set(s.dates[i] as string, s.prices[i] as number);
    return m;
  });
  const first = maps[0] as Map<string, number>;
  const dates = [...first.keys()].filter((d) => maps.every((m) => m.has(d))).sort();
  if (dates.length < 3) return fail('series', HistoryMessages.noOverlap);
  const prices = maps.map((m) => dates.map((d) => m.get(d) as number));
  return ok({ symbols: series.map((s) => s.symbol), dates, prices });
}

function isAscending(dates: readonly string[]): boolean {
  for (let i = 1; i < dates.length; i++) if (!((dates[i - 1] as string) < (dates[i] as string))) return false;
  return true;
}

/** The same join by merging ascending date lists (what `parsePriceCsv` returns): linear, no hashing. */
function alignSorted(series: readonly PriceSeries[]): Result<AlignedHistory> {
  let dates = [...(series[0] as PriceSeries).dates];
  for (let k = 1; k < series.length && dates.length > 0; k++) {
    const other = (series[k] as PriceSeries).dates;
    const kept: string[] = [];
    for (let i = 0, j = 0; i < dates.length && j < other.length; ) {
      const a = dates[i] as string;
      const b = other[j] as string;
      if (a === b) {
        kept.push(a);
        i++;
        j++;
      } else if (a < b) i++;
      else j++;
    }
    dates = kept;
  }
  if (dates.length < 3) return fail('series', HistoryMessages.noOverlap);
  const prices = series.map((s) => {
    const out = new Array<number>(dates.length);
    for (let i = 0, j = 0; i < dates.length; i++) {
      while ((s.dates[j] as string) < (dates[i] as string)) j++;
      out[i] = s.prices[j] as number;
    }
    return out;
  });
  return ok({ symbols: series.map((s) => s.symbol), dates, prices });
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Why untrusted data is not a usable PriceSeries, or null when it is. */
function seriesProblem(s: unknown): string | null {
  if (!isRecord(s) || typeof s.symbol !== 'string' || s.symbol === '') return HistoryMessages.needsSymbol;
  const { dates, prices } = s;
  if (!Array.isArray(dates) || !Array.isArray(prices) || dates.length !== prices.length) return HistoryMessages.pricePerDate(s.symbol);
  if (!dates.every((d) => typeof d === 'string' && ISO_DAY.test(d))) return HistoryMessages.isoDates(s.symbol);
  if (!prices.every((p) => typeof p === 'number' && p >= PRICE_RANGE.min && p <= PRICE_RANGE.max)) {
    return HistoryMessages.positivePrices(s.symbol, PRICE_RANGE.min, PRICE_RANGE.max);
  }
  return null;
}

/** Consecutive pairs of positive finite prices (anything else in the list ends a pair), mapped by `f` and kept when finite. */
function pairReturns(prices: readonly number[], f: (previous: number, next: number) => number): number[] {
  const out: number[] = [];
  if (!Array.isArray(prices)) return out;
  for (let i = 1; i < prices.length; i++) {
    const a: unknown = prices[i - 1];
    const b: unknown = prices[i];
    if (typeof a !== 'number' || typeof b !== 'number' || !(a > 0 && b > 0 && a < Infinity && b < Infinity)) continue;
    const r = f(a, b);
    if (Number.isFinite(r)) out.push(r);
  }
  return out;
}

/**
 * Simple returns r_t = P_t / P_{t−1} − 1 (length n − 1 for positive finite prices; a pair with
 * anything else, or whose ratio overflows, is left out).
 */
export function simpleReturns(prices: readonly number[]): number[] {
  return pairReturns(prices, (a, b) => b / a - 1);
}

/** Log returns r_t = ln(P_t / P_{t−1}) (as simpleReturns for bad pairs); Hull OFOD §15.4 estimates volatility from these. */
export function logReturns(prices: readonly number[]): number[] {
  return pairReturns(prices, (a, b) => Math.log(b / a));
}

/** Price changes ΔP_t = P_t − P_{t−1} (length n − 1): Hull's basis for the minimum-variance hedge ratio. */
export function priceChanges(prices: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < prices.length; i++) out.push((prices[i] as number) - (prices[i - 1] as number));
  return out;
}

/**
 * Sampling frequency from the median calendar gap between ISO dates (robust to weekends and
 * holidays): ≤ 4 days daily (252/yr), ≤ 10 weekly (52), ≤ 45 monthly (12), ≤ 135 quarterly (4), else annual.
 * Gaps that are not between two readable dates are ignored.
 */
export function inferFrequency(dates: readonly string[]): Frequency {
  const gaps: number[] = [];
  const list: readonly unknown[] = Array.isArray(dates) ? dates : [];
  for (let i = 1; i < list.length; i++) {
    const a = list[i - 1];
    const b = list[i];
    // Plain data: gaps between anything but two ISO dates are left out (no dates at all reads as daily).
    const gap = typeof a === 'string' && typeof b === 'string' ? daysBetween(a, b) : Number.NaN;
    if (Number.isFinite(gap)) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  const mid = gaps.length >> 1;
  const median = gaps.length === 0 ? 1 : gaps.length % 2 ? (gaps[mid] as number) : ((gaps[mid - 1] as number) + (gaps[mid] as number)) / 2;
  if (median <= 4) return { name: 'daily', periodsPerYear: 252, medianGapDays: median };
  if (median <= 10) return { name: 'weekly', periodsPerYear: 52, medianGapDays: median };
  if (median <= 45) return { name: 'monthly', periodsPerYear: 12, medianGapDays: median };
  if (median <= 135) return { name: 'quarterly', periodsPerYear: 4, medianGapDays: median };
  return { name: 'annual', periodsPerYear: 1, medianGapDays: median };
}

/** Annual volatility from a per-period standard deviation: σ_year = σ_period·√(periods per year) (Hull OFOD §15.4). */
export function annualizeVol(periodStdev: number, periodsPerYear: number): number {
  return periodStdev * Math.sqrt(periodsPerYear);
}

/**
 * Checks untrusted data shaped like an `AlignedHistory` (e.g. from saved state): symbols are
 * non-empty strings, dates ascending ISO, every price inside PRICE_RANGE, equal lengths, ≥ 3 dates.
 */
export function validateHistory(value: unknown): Result<AlignedHistory> {
  if (!isRecord(value)) return fail('history', HistoryMessages.loadFirst);
  const { symbols, dates, prices } = value;
  if (!Array.isArray(symbols) || symbols.length === 0 || !symbols.every((s) => typeof s === 'string' && s !== '')) {
    return fail('history.symbols', HistoryMessages.needsSymbol);
  }
  if (!Array.isArray(dates) || dates.length < 3 || !dates.every((d, i) => typeof d === 'string' && (i === 0 || d > dates[i - 1]))) {
    return fail('history.dates', HistoryMessages.ascendingDates);
  }
  if (!Array.isArray(prices) || prices.length !== symbols.length) return fail('history.prices', HistoryMessages.onePriceList);
  for (let k = 0; k < prices.length; k++) {
    const row: unknown = prices[k];
    const good = Array.isArray(row) && row.length === dates.length && row.every((p) => typeof p === 'number' && p >= PRICE_RANGE.min && p <= PRICE_RANGE.max);
    if (!good) return fail(`history.prices.${k}`, HistoryMessages.pricesOf(String(symbols[k]), PRICE_RANGE.min, PRICE_RANGE.max));
  }
  return ok({ symbols: symbols as string[], dates: dates as string[], prices: prices as number[][] });
}
