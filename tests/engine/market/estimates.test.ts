import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePriceCsv } from '../../../src/engine/market/csv';
import type { PriceSeries } from '../../../src/engine/market/csv';
import { alignSeries, inferFrequency, logReturns, simpleReturns } from '../../../src/engine/market/history';
import { estimateMarket } from '../../../src/engine/market/estimates';

// Independent oracle: the vega-datasets files (real data, BSD-3) split by hand, and textbook two-pass
// sample moments written out here, sharing no code with the engine's parser or stats module.
const text = (name: string) => readFileSync(`node_modules/vega-datasets/data/${name}`, 'utf8').trim().split('\n').slice(1);
const monthly = new Map<string, number[]>();
for (const line of text('stocks.csv')) {
  const [sym, , price] = line.split(',');
  monthly.set(sym!, [...(monthly.get(sym!) ?? []), Number(price)]);
}
monthly.set('SP500', text('sp500.csv').map((l) => Number(l.split(',').at(-1))));
const logRet = (p: number[]) => p.slice(1).map((x, i) => Math.log(x / p[i]!));
function twoPassCov(a: number[], b: number[]): number {
  const ma = a.reduce((s, x) => s + x, 0) / a.length;
  const mb = b.reduce((s, x) => s + x, 0) / b.length;
  return a.reduce((s, x, i) => s + (x - ma) * (b[i]! - mb), 0) / (a.length - 1);
}

function loadStocks(): PriceSeries[] {
  const stocks = parsePriceCsv(readFileSync('node_modules/vega-datasets/data/stocks.csv', 'utf8'));
  const sp = parsePriceCsv(readFileSync('node_modules/vega-datasets/data/sp500.csv', 'utf8'), { symbol: 'SP500' });
  if (!stocks.ok || !sp.ok) throw new Error('fixture');
  return [...stocks.value.series.filter((s) => s.symbol !== 'GOOG'), sp.value.series[0]!];
}

describe('history on vega-datasets stocks.csv + sp500.csv (monthly, Jan 2000 – Mar 2010)', () => {
  const aligned = alignSeries(loadStocks());
  it('aligns on the 123 common month starts and infers monthly (12 per year)', () => {
    expect(aligned.ok).toBe(true);
    if (!aligned.ok) return;
    expect(aligned.value.dates.length).toBe(monthly.get('MSFT')!.length);
    expect(inferFrequency(aligned.value.dates)).toMatchObject({ name: 'monthly', periodsPerYear: 12 });
  });
  it('log and simple returns match the hand-split file', () => {
    if (!aligned.ok) return;
    const k = aligned.value.symbols.indexOf('IBM');
    const ref = logRet(monthly.get('IBM')!);
    logReturns(aligned.value.prices[k]!).forEach((r, i) => expect(r).toBeCloseTo(ref[i]!, 14));
    expect(simpleReturns([100, 110, 99])).toEqual([0.10000000000000009, -0.09999999999999998]);
  });
  it('inner join keeps only shared dates (GOOG starts Aug 2004: 68 months)', () => {
    const stocks = parsePriceCsv(readFileSync('node_modules/vega-datasets/data/stocks.csv', 'utf8'));
    if (!stocks.ok) throw new Error('fixture');
    const a = alignSeries(stocks.value.series);
    expect(a.ok && a.value.dates.length).toBe(monthly.get('GOOG')!.length);
  });
});

describe('estimateMarket vs an independent two-pass computation (tolerance 1e-12 relative)', () => {
  const aligned = alignSeries(loadStocks());
  if (!aligned.ok) throw new Error('fixture');
  const est = estimateMarket(aligned.value, { indexSymbol: 'SP500' });
  it.each(['MSFT', 'AAPL', 'IBM', 'AMZN'])('%s: annual vol = stdev × √12, beta = cov/var vs SP500', (sym) => {
    expect(est.ok).toBe(true);
    if (!est.ok) return;
    const r = logRet(monthly.get(sym)!);
    const m = logRet(monthly.get('SP500')!);
    const a = est.value.assets.find((x) => x.symbol === sym)!;
    expect(a.volAnnual).toBeCloseTo(Math.sqrt(twoPassCov(r, r) * 12), 12);
    expect(a.beta!).toBeCloseTo(twoPassCov(r, m) / twoPassCov(m, m), 12);
  });
  it('correlation matrix entries are cov/(σσ) of the hand-computed returns', () => {
    if (!est.ok) return;
    const syms = aligned.value.symbols;
    syms.forEach((si, i) => syms.forEach((sj, j) => {
      const a = logRet(monthly.get(si)!);
      const b = logRet(monthly.get(sj)!);
      expect(est.value.correlation[i]![j]!).toBeCloseTo(twoPassCov(a, b) / Math.sqrt(twoPassCov(a, a) * twoPassCov(b, b)), 12);
    }));
    expect(est.value.frequency.periodsPerYear).toBe(12);
  });
  it('annualizes daily data with 252 (vega sp500-2000.csv)', () => {
    const sp = parsePriceCsv(readFileSync('node_modules/vega-datasets/data/sp500-2000.csv', 'utf8'), { symbol: 'SPX' });
    if (!sp.ok) throw new Error('fixture');
    const a = alignSeries(sp.value.series);
    if (!a.ok) throw new Error('fixture');
    const e = estimateMarket(a.value);
    const r = logRet([...a.value.prices[0]!]);
    expect(e.ok && e.value.frequency.name).toBe('daily');
    expect(e.ok && e.value.assets[0]!.volAnnual).toBeCloseTo(Math.sqrt(twoPassCov(r, r) * 252), 12);
  });
  it('weekly dates are recognised as 52 per year', () => {
    const dates = Array.from({ length: 10 }, (_, i) => new Date(Date.UTC(2020, 0, 6 + 7 * i)).toISOString().slice(0, 10));
    expect(inferFrequency(dates).periodsPerYear).toBe(52);
  });
});

describe('estimateMarket rejects bad input', () => {
  it('unknown index and malformed history give field errors', () => {
    const aligned = alignSeries(loadStocks());
    if (!aligned.ok) throw new Error('fixture');
    expect(estimateMarket(aligned.value, { indexSymbol: 'NOPE' })).toMatchObject({ ok: false, errors: [{ field: 'indexSymbol' }] });
    expect(estimateMarket({ symbols: ['A'], dates: ['2020-01-01', '2020-01-02', '2020-01-03'], prices: [[1, Number.NaN, 2]] })).toMatchObject({ ok: false });
  });
  it('garbage never throws and an ok result never holds NaN', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (h, idx) => {
      const r = estimateMarket(h, { indexSymbol: idx as string });
      if (r.ok) expect(JSON.stringify(r.value, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? 'BAD' : v))).not.toMatch(/BAD/);
    }), { numRuns: 300 });
  });
  it('random positive price paths give finite estimates', () => {
    fc.assert(fc.property(fc.array(fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
      const dates = ['2020-01-01', '2020-01-02', '2020-01-03', '2020-01-06'];
      const r = estimateMarket({ symbols: rows.map((_, i) => `S${i}`), dates, prices: rows });
      expect(r.ok).toBe(true);
      if (r.ok) for (const a of r.value.assets) expect(Number.isFinite(a.volAnnual)).toBe(true);
      if (r.ok) for (const row of r.value.correlation) for (const x of row) expect(Number.isFinite(x)).toBe(true);
    }), { numRuns: 200 });
  });
});
