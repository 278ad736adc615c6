/** Histogram of simulated P/L: plain bins for the chart builder (no chart code here). */

export interface HistogramBin {
  /** Lower edge, money (inclusive). */
  readonly from: number;
  /** Upper edge, money (exclusive, except the last bin which includes the maximum). */
  readonly to: number;
  readonly count: number;
}

/**
 * Equal-width bins spanning [min, max] of `pnl` (any order). `bins` is clamped to 1..500; an
 * empty input gives no bins, a constant input one bin holding every path.
 */
export function buildPnlHistogram(pnl: Float64Array | readonly number[], bins = 50): HistogramBin[] {
  const n = pnl.length;
  if (n === 0) return [];
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = pnl[i] as number;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  const k = Number.isFinite(bins) ? Math.min(500, Math.max(1, Math.floor(bins))) : 50;
  if (hi === lo) return [{ from: lo, to: hi, count: n }];
  const width = (hi - lo) / k;
  const counts = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    const b = Math.min(k - 1, Math.floor(((pnl[i] as number) - lo) / width));
    counts[b] = (counts[b] as number) + 1;
  }
  return counts.map((count, b) => ({ from: lo + b * width, to: b === k - 1 ? hi : lo + (b + 1) * width, count }));
}
