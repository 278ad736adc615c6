import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvMessages } from '../../../src/engine/messages';
import { parsePriceCsv } from '../../../src/engine/market/csv';
import { parseDateCell } from '../../../src/engine/market/dates';

const data = (name: string) => readFileSync(`node_modules/vega-datasets/data/${name}`, 'utf8');

describe('parsePriceCsv: Yahoo Finance daily export', () => {
  const yahoo = [
    'Date,Open,High,Low,Close,Adj Close,Volume',
    '2024-01-02,10,11,9,10.5,10.0,100',
    '2024-01-03,null,null,null,null,null,null',
    '2024-01-04,10,11,9,11.5,11.0,100',
    '2024-01-05,10,11,9,oops,12.0x,100',
    '2024-01-04,10,11,9,11.5,11.1,100',
    '2024-13-01,10,11,9,11.5,11.1,100',
    '2024-01-08,10,11,9,11.5,-3,100',
  ].join('\n');
  it('prefers Adj Close, and reports null / bad / duplicate rows with their line numbers', () => {
    const r = parsePriceCsv(yahoo, { symbol: 'XYZ' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.series).toEqual([{ symbol: 'XYZ', dates: ['2024-01-02', '2024-01-04'], prices: [10.0, 11.0] }]);
    expect(r.value.issues.map((i) => i.line)).toEqual([3, 5, 6, 7, 8]);
    expect(r.value.issues[0]?.reason).toMatch(/missing price/);
    expect(r.value.issues[1]?.reason).toMatch(/not a number/);
    expect(r.value.issues[2]?.reason).toMatch(/duplicate date 2024-01-04 \(first on line 4\)/);
    expect(r.value.issues[3]?.reason).toMatch(/unparseable date/);
    expect(r.value.issues[4]?.reason).toMatch(/not positive/);
  });
  it('falls back to Close when there is no adjusted column; headers are case-insensitive; newest-first is sorted', () => {
    const r = parsePriceCsv('DATE,CLOSE\n2024-01-03,2\n2024-01-02,1\n');
    expect(r.ok && r.value.series[0]).toEqual({ symbol: 'series', dates: ['2024-01-02', '2024-01-03'], prices: [1, 2] });
  });
  it('reads vega-datasets sp500-2000.csv (adjclose column, daily, 2000-01-03 first)', () => {
    const r = parsePriceCsv(data('sp500-2000.csv'), { symbol: 'SPX' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.value.series[0]!;
    const lines = data('sp500-2000.csv').trim().split('\n');
    expect(s.dates.length).toBe(lines.length - 1 - r.value.issues.length);
    expect(s.dates[0]).toBe('2000-01-03');
    expect(s.prices[0]).toBeCloseTo(1455.219971, 6);
  });
});

describe('parsePriceCsv: generic and long formats', () => {
  it('reads vega-datasets sp500.csv ("Jan 1 2000" dates, date,price)', () => {
    const r = parsePriceCsv(data('sp500.csv'), { symbol: 'SP500' });
    expect(r.ok && r.value.issues).toEqual([]);
    if (!r.ok) return;
    expect(r.value.series[0]!.dates.slice(0, 2)).toEqual(['2000-01-01', '2000-02-01']);
    expect(r.value.series[0]!.prices[0]).toBe(1394.46);
  });
  it('reads vega-datasets stocks.csv (symbol,date,price): 5 symbols with the row counts of the file', () => {
    const text = data('stocks.csv');
    const r = parsePriceCsv(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const counts = new Map<string, number>();
    for (const line of text.trim().split('\n').slice(1)) counts.set(line.split(',')[0]!, (counts.get(line.split(',')[0]!) ?? 0) + 1);
    expect(r.value.series.map((s) => [s.symbol, s.dates.length])).toEqual([...counts.entries()]);
    expect(r.value.series.find((s) => s.symbol === 'GOOG')!.dates[0]).toBe('2004-08-01');
  });
  it('reports a row with missing columns and a missing symbol', () => {
    const r = parsePriceCsv('symbol,date,price\nA,2020-01-01,1\nA,2020-01-02\n,2020-01-03,2\nB,2020-01-01,5\n');
    expect(r.ok && r.value.issues).toEqual([{ line: 3, reason: 'missing column(s)' }, { line: 4, reason: 'missing symbol' }]);
  });
});

describe('parsePriceCsv: not CSV at all gets one clear error', () => {
  const cases: [string, unknown, string][] = [
    ['empty', '   \n  ', CsvMessages.empty],
    ['binary', 'PK\u0003\u0004\u0000\u0000garbage', CsvMessages.binary],
    ['HTML', '<!DOCTYPE html><html><body>Not found</body></html>', CsvMessages.html],
    ['JSON', '{"date":"2020-01-01","price":1}', CsvMessages.json],
    ['not text', 42, CsvMessages.notText],
    ['no columns', 'a,b,c\n1,2,3\n', CsvMessages.noColumns],
  ];
  it.each(cases)('%s', (_name, input, message) => {
    const r = parsePriceCsv(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ field: 'file', message }]);
  });
  it('a file whose every row is bad fails and names the first problem', () => {
    const r = parsePriceCsv('date,price\n2020-01-01,null\n');
    expect(!r.ok && r.errors[0]!.message).toMatch(/line 2: missing price/);
  });
});

describe('parseDateCell', () => {
  it.each([
    ['2000-01-03', '2000-01-03'], ['Jan 1 2000', '2000-01-01'], ['January 31, 2001', '2001-01-31'],
    ['1-Mar-2004', '2004-03-01'], ['2000-02-29', '2000-02-29'], ['1900-02-29', null], ['3/1/2000', null], ['', null],
  ])('%s -> %s', (text, iso) => expect(parseDateCell(text)).toBe(iso));
});

describe('parsePriceCsv properties', () => {
  it('never throws and never returns a non-finite or non-positive price for any text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.constantFrom('date,price\n', 'symbol,date,price\nA,')).chain((h) => fc.string().map((s) => h + s)), (text) => {
      const r = parsePriceCsv(text);
      if (r.ok) for (const s of r.value.series) expect(s.prices.every((p) => Number.isFinite(p) && p > 0)).toBe(true);
    }), { numRuns: 300 });
  });
});
