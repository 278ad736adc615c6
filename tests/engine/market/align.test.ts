// alignSeries is an inner join on dates: the merge of ascending lists (the parser's output) must
// give exactly what the hash join gives for the same series in any order. Expected rows are read
// off the inputs by hand.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignSeries } from '../../../src/engine/market/history';

describe('alignSeries', () => {
  it('joins ascending series on their common dates', () => {
    const r = alignSeries([
      { symbol: 'A', dates: ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-05', '2024-01-08'], prices: [1, 2, 3, 5, 8] },
      { symbol: 'B', dates: ['2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-08'], prices: [20, 30, 40, 50, 80] },
      { symbol: 'C', dates: ['2024-01-03', '2024-01-05', '2024-01-08', '2024-01-09'], prices: [300, 500, 800, 900] },
    ]);
    expect(r).toEqual({ ok: true, value: { symbols: ['A', 'B', 'C'], dates: ['2024-01-03', '2024-01-05', '2024-01-08'], prices: [[3, 5, 8], [30, 50, 80], [300, 500, 800]] } });
  });
  it('gives the same join for ascending and shuffled input (property)', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2024-01-${String(d).padStart(2, '0')}`);
    const series = fc.uniqueArray(day, { minLength: 0, maxLength: 20 }).map((ds) => [...ds].sort());
    fc.assert(fc.property(fc.array(series, { minLength: 1, maxLength: 4 }), (lists) => {
      const sorted = lists.map((dates, k) => ({ symbol: `S${k}`, dates, prices: dates.map((_, i) => 1 + i + k) }));
      const shuffled = sorted.map((s) => ({ ...s, dates: [...s.dates].reverse(), prices: [...s.prices].reverse() }));
      const a = alignSeries(sorted);
      const b = alignSeries(shuffled);
      expect(a).toEqual(b);
    }), { numRuns: 300 });
  });
});
