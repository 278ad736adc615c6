/** Histogram of simulated P/L: plain bins for the chart builder (no chart code here). */

export interface HistogramBin {
  /** Lower edge, money (inclusive). */
  readonly from: number;
  /** Upper edge, money (exclusive, except the last bin which includes the maximum). */
  readonly to: number;
  readonly count: number;
}

/**
 * Equal-width bins spanning [min, max] of the finite numbers in `pnl` (any order; anything else
 * is left out). `bins` is clamped to 1..500 (50 when not a number); an empty input gives no bins,
 * a constant input one bin holding every path. Edges are lo + b·(hi − lo)/k, computed in halves when
 * hi − lo would overflow, so they stay finite even for values near ±Number.MAX_VALUE.
 */
export function buildPnlHistogram(pnl: Float64Array | readonly number[], bins = 50): HistogramBin[] {
  if (!(pnl instanceof Float64Array) && !Array.isArray(pnl)) return [];
  const values: number[] = [];
  for (let i = 0; i < pnl.length; i++) {
    const x: unknown = pnl[i];
    if (typeof x === 'number' && Number.isFinite(x)) values.push(x);
  }
  const n = values.length;
  if (n === 0) return [];
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of values) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  const k = typeof bins === 'number' && Number.isFinite(bins) ? Math.min(500, Math.max(1, Math.floor(bins))) : 50;
  if (hi === lo) return [{ from: lo, to: hi, count: n }];
  // Width (hi − lo)/k; when hi − lo itself overflows, positions are measured in halves.
  const half = !Number.isFinite(hi - lo);
  const width = half ? (hi / 2 - lo / 2) / k : (hi - lo) / k;
  const edge = (b: number) => (b === k ? hi : half ? lo + b * width + b * width : lo + b * width);
  const counts = new Array<number>(k).fill(0);
  for (const x of values) {
    const offset = half ? x / 2 - lo / 2 : x - lo;
    const b = Math.min(k - 1, Math.max(0, Math.floor(offset / width)));
    counts[b] = (counts[b] as number) + 1;
  }
  return counts.map((count, b) => ({ from: edge(b), to: edge(b + 1), count }));
}
