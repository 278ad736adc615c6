// Hostile price files: every case is the exact text a user could upload. Quoting rules: RFC 4180
// §2 (fields with commas, quotes or line breaks are enclosed in double quotes; a quote inside is
// doubled; every record has the same number of fields). Decimal and grouping marks: Unicode CLDR
// number symbols (en: decimal "." group ","; de: decimal "," group "."), so "1.234,567" in a de file
// is one thousand two hundred thirty-four and 567 thousandths. The expected values below are read
// off the input text by hand, not produced by the parser.
import { describe, expect, it } from 'vitest';
import { parsePriceCsv } from '../../../src/engine/market/csv';
import type { ParsedPrices } from '../../../src/engine/market/csv';

function parsed(text: string, options?: unknown): ParsedPrices {
  const r = parsePriceCsv(text, options);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join(' '));
  return r.value;
}
const lines = (xs: readonly { line: number }[]) => xs.map((x) => x.line);

describe('row shape against the header', () => {
  it('an unquoted 1,000.95 in a comma file is a reported row, never the price 1', () => {
    const p = parsed('date,price\n2024-01-02,999.50\n2024-01-03,1,000.95\n2024-01-04,1001.20\n');
    expect(p.series[0]!.prices).toEqual([999.5, 1001.2]);
    expect(p.series[0]!.dates).toEqual(['2024-01-02', '2024-01-04']);
    expect(p.issues).toHaveLength(1);
    expect(p.issues[0]!.line).toBe(3);
    expect(p.issues[0]!.reason).toMatch(/^extra field\(s\): 3 fields where the header has 2 .*"1,000\.95"/);
  });
  it('a quoted "1,000.95" is one thousand and 95 hundredths', () => {
    const p = parsed('date,price\n2024-01-02,"999.50"\n2024-01-03,"1,000.95"\n');
    expect(p.series[0]!.prices).toEqual([999.5, 1000.95]);
    expect(p.format).toMatchObject({ delimiter: ',', decimal: 'point', decimalSource: 'detected' });
  });
  it('rows with extra fields are rejected with a reason (Yahoo layout)', () => {
    const p = parsed('Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-02,10,11,9,10.5,10.0,100\n2024-01-03,10,11,9,10.5,10.2,100,extra\n2024-01-04,10,11,9,11.5,11.0,100\n');
    expect(p.series[0]!.prices).toEqual([10, 11]);
    expect(p.issues).toEqual([{ line: 3, reason: expect.stringMatching(/^extra field\(s\): 8 fields where the header has 7/) }]);
  });
  it('rows with fewer fields than the header are rejected even when date and price are present', () => {
    const p = parsed('Date,Close,Volume\n2024-01-02,10,5\n2024-01-03,11\n2024-01-04,12,7\n');
    expect(p.issues).toEqual([{ line: 3, reason: 'missing column(s)' }]);
  });
});

describe('delimiter and decimal mark from the whole file', () => {
  it('reads 1.234,567 in a semicolon file as 1234.567, not ×1000', () => {
    const p = parsed('Date;Close\n2024-01-02;1.234,567\n2024-01-03;1.240,001\n2024-01-04;1.238,5\n');
    expect(p.series[0]!.prices).toEqual([1234.567, 1240.001, 1238.5]);
    expect(p.format).toMatchObject({ delimiter: ';', decimal: 'comma', decimalSource: 'detected' });
  });
  it('12,345 in a semicolon file with nothing else to go by is ambiguous: read as 12.345 by default and shown both ways', () => {
    const text = 'date;price\n2024-01-02;12,345\n2024-01-03;12,400\n2024-01-04;12,511\n';
    const p = parsed(text);
    expect(p.series[0]!.prices).toEqual([12.345, 12.4, 12.511]);
    expect(p.format.decimalSource).toBe('ambiguous');
    expect(p.format.sample).toEqual({ line: 2, cell: '12,345', asPoint: 12345, asComma: 12.345 });
    const chosen = parsed(text, { decimal: 'point' });
    expect(chosen.series[0]!.prices).toEqual([12345, 12400, 12511]);
    expect(chosen.format).toMatchObject({ decimal: 'point', decimalSource: 'chosen' });
  });
  it('one unambiguous cell (12,5) settles a semicolon file: every 12,345 is then 12.345', () => {
    const p = parsed('date;price\n2024-01-02;12,345\n2024-01-03;12,5\n2024-01-04;12,511\n');
    expect(p.series[0]!.prices).toEqual([12.345, 12.5, 12.511]);
    expect(p.format.decimalSource).toBe('detected');
  });
  it('1.234 in a comma file with only three-decimal prices is ambiguous (default: decimal point)', () => {
    const p = parsed('date,price\n2024-01-02,1.234\n2024-01-03,1.240\n2024-01-04,1.251\n');
    expect(p.series[0]!.prices).toEqual([1.234, 1.24, 1.251]);
    expect(p.format).toMatchObject({ decimal: 'point', decimalSource: 'ambiguous', sample: { line: 2, cell: '1.234', asPoint: 1.234, asComma: 1234 } });
  });
  it('a decimal comma in a decimal-point file is rejected with the reason, not read as 108', () => {
    const p = parsed('date,price\n2024-01-02,10.5\n2024-01-03,10.75\n2024-01-04,"10,8"\n');
    expect(p.series[0]!.prices).toEqual([10.5, 10.75]);
    expect(p.issues).toEqual([{ line: 4, reason: 'price "10,8" is written with a decimal comma but this file uses a decimal point' }]);
  });
  it('a tab-delimited file and a bar-delimited file are read', () => {
    expect(parsed('Date\tClose\n2024-01-02\t10.5\n2024-01-03\t11\n').series[0]!.prices).toEqual([10.5, 11]);
    const bar = parsed('symbol|date|price\nA|2024-01-02|3.5\nA|2024-01-03|3.25\n');
    expect(bar.format.delimiter).toBe('|');
    expect(bar.series[0]).toEqual({ symbol: 'A', dates: ['2024-01-02', '2024-01-03'], prices: [3.5, 3.25] });
  });
  it('a semicolon Yahoo-style export with decimal commas and dot grouping', () => {
    const p = parsed('Date;Open;High;Low;Close;Adj Close;Volume\n2024-01-02;1.010,5;1.020;1.000;1.015,25;1.015,25;1.200\n2024-01-03;1.015;1.030;1.010;1.025,75;1.025,75;1.500\n');
    expect(p.series[0]!.prices).toEqual([1015.25, 1025.75]);
  });
});

describe('quotes and line numbers', () => {
  it('a stray quote that never closes is reported and does not swallow the rows after it', () => {
    const p = parsed('date,price\n2024-01-02,10\n2024-01-03,"11\n2024-01-04,12\n2024-01-05,13\n');
    expect(p.series[0]!.dates).toEqual(['2024-01-02', '2024-01-04', '2024-01-05']);
    expect(p.issues).toEqual([{ line: 3, reason: 'a quote opened on this line is never closed; the line is not used' }]);
  });
  it('a stray quote that meets another quote lines later is reported; the lines between are read on their own', () => {
    const p = parsed('date,price\n2024-01-02,10\n2024-01-03,"11\n2024-01-04,12\n2024-01-05,13"\n2024-01-08,14\n');
    expect(p.series[0]!.dates).toEqual(['2024-01-02', '2024-01-04', '2024-01-08']);
    expect(lines(p.issues)).toEqual([3, 5]);
    expect(p.issues[0]!.reason).toMatch(/runs on to line 5: read as a stray quote/);
    expect(p.issues[1]!.reason).toBe('price "13"" is not a number');
  });
  it('a stray quote in a column that may hold line breaks does not swallow delimited rows either', () => {
    const p = parsed('Date,Close,Note\n2024-01-02,10,"ok\n2024-01-03,11,fine\n2024-01-04,12,"\n2024-01-05,13,x\n');
    expect(p.series[0]!.dates).toEqual(['2024-01-03', '2024-01-05']);
    expect(p.issues.map((i) => i.line)).toEqual([2, 4]);
  });
  it('line numbers stay true after a quoted multi-line field (LF and CRLF)', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = ['Date,Close,Note', '2024-01-02,10,"split', 'announced"', '2024-01-03,x,', '2024-01-04,11,"a ""quoted"" word"', '2024-01-05,oops,'].join(eol);
      const p = parsed(text);
      expect(p.series[0]!.prices).toEqual([10, 11]);
      expect(p.issues).toEqual([{ line: 4, reason: 'price "x" is not a number' }, { line: 6, reason: 'price "oops" is not a number' }]);
    }
  });
  it('text after a closing quote is reported', () => {
    const p = parsed('date,price\n2024-01-02,"10"5\n2024-01-03,11\n2024-01-04,12\n');
    expect(p.issues).toEqual([{ line: 2, reason: 'text after a closing quote; the row is not used' }]);
  });
  it('blank lines count as lines; a lone-CR file keeps its line numbers', () => {
    expect(parsed('date,price\n\n2024-01-02,10\n\n2024-01-03,bad\n2024-01-04,12\n').issues).toEqual([{ line: 5, reason: 'price "bad" is not a number' }]);
    expect(parsed('date,price\r2024-01-02,10\r2024-01-03,bad\r2024-01-04,12\r').issues.map((i) => i.line)).toEqual([3]);
  });
});

describe('suspicious rows are used but reported', () => {
  it('a price jump of more than ×10 between consecutive dates', () => {
    const p = parsed('date,price\n2024-01-02,100\n2024-01-03,1000.5\n2024-01-04,99\n2024-01-05,101\n');
    expect(p.series[0]!.prices).toEqual([100, 1000.5, 99, 101]);
    expect(lines(p.suspicious)).toEqual([3, 4]);
    expect(p.suspicious[0]!.reason).toMatch(/price 1000\.5 on 2024-01-03 is 10\.005 times the 100 of 2024-01-02 \(line 2\)/);
    expect(p.suspicious[1]!.reason).toMatch(/is 1\/10\.10606061 of the 1000\.5/);
  });
  it('a date against the file order (newest first here) is reported and used in date order', () => {
    const p = parsed('date,price\n2024-01-08,12\n2024-01-05,12.5\n2024-01-09,11.5\n2024-01-04,11\n2024-01-03,10\n');
    expect(p.series[0]!.dates).toEqual(['2024-01-03', '2024-01-04', '2024-01-05', '2024-01-08', '2024-01-09']);
    expect(p.suspicious).toEqual([{ line: 4, reason: expect.stringMatching(/^date 2024-01-09 is out of order \(after 2024-01-05 on line 3, in a file that runs newest first\)/) }]);
  });
  it('zero and negative prices and duplicate dates are rejected with their lines (long format)', () => {
    const p = parsed('symbol,date,price\nA,2024-01-02,0\nA,2024-01-03,5\nB,2024-01-02,-1\nA,2024-01-03,6\nB,2024-01-03,7\nB,2024-01-04,7.5\n');
    expect(p.issues).toEqual([
      { line: 2, reason: 'price 0 is not positive' },
      { line: 4, reason: 'price -1 is not positive' },
      { line: 5, reason: 'duplicate date 2024-01-03 (first on line 3)' },
    ]);
    expect(p.series.map((s) => [s.symbol, s.prices])).toEqual([['A', [5]], ['B', [7, 7.5]]]);
  });
});

describe('plain data never throws', () => {
  it.each([[null], [42], ['x'], [[]]])('options %j', (options) => {
    expect(() => parsePriceCsv('date,price\n2024-01-02,1\n', options)).not.toThrow();
  });
  it('null options read the file with defaults; a non-object is refused', () => {
    expect(parsePriceCsv('date,price\n2024-01-02,1\n', null).ok).toBe(true);
    expect(parsePriceCsv('date,price\n2024-01-02,1\n', 42).ok).toBe(false);
  });
});
