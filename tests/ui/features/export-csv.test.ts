/**
 * CSV export: RFC 4180 quoting (https://www.rfc-editor.org/rfc/rfc4180 §2: CRLF between records;
 * fields with commas, double quotes or line breaks enclosed in double quotes; a double quote inside
 * doubled) and the OWASP CSV-injection defence (https://owasp.org/www-community/attacks/CSV_Injection:
 * cells starting with = + - @ tab or CR are prefixed with a single quote so no formula runs).
 */
import { describe, expect, it } from 'vitest';
import { money } from '../../../src/engine/money';
import type { CostLedger, HedgePlan } from '../../../src/engine/hedges/plan';
import { buildPayoffChart } from '../../../src/ui/charts/payoff-data';
import { csvField, neutraliseFormula, toCsv } from '../../../src/ui/features/export/csv';
import { chartRows, comparisonRows, exportFileName, ledgerRows } from '../../../src/ui/features/export/export-tables';
import type { ExportableResult } from '../../../src/ui/features/export/types';

describe('RFC 4180 fields and records', () => {
  it('leaves plain fields alone and ends every record with CRLF', () => {
    expect(toCsv([['a', 'b'], ['1', 2]])).toBe('a,b\r\n1,2\r\n');
  });
  it('quotes fields with a comma, a quote or a line break, doubling inner quotes', () => {
    expect(csvField('1,000.95')).toBe('"1,000.95"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
    expect(toCsv([['x,y', 'z']])).toBe('"x,y",z\r\n');
  });
  it('writes empty fields for missing and non-finite values, numbers as plain decimals', () => {
    expect(toCsv([[null, undefined, Number.NaN, Number.POSITIVE_INFINITY, -12.5, 0.012]])).toBe(',,,,-12.5,0.012\r\n');
  });
  it('keeps any Unicode text as is', () => {
    expect(csvField('ρ² — €')).toBe('ρ² — €');
  });
});

describe('spreadsheet formula injection', () => {
  it('prefixes text starting with = + - @ tab or CR with a single quote', () => {
    expect(neutraliseFormula('=1+2')).toBe("'=1+2");
    expect(neutraliseFormula('+1+2')).toBe("'+1+2");
    expect(neutraliseFormula('-2+3+cmd|\' /C calc\'!A0')).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(neutraliseFormula('@SUM(1,2)')).toBe("'@SUM(1,2)");
    expect(neutraliseFormula('\t=1')).toBe("'\t=1");
    expect(neutraliseFormula('\r=1')).toBe("'\r=1");
  });
  it('quotes a neutralised cell that also needs quoting, so the apostrophe stays inside the field', () => {
    expect(csvField('=HYPERLINK("http://x","a,b")')).toBe('"\'=HYPERLINK(""http://x"",""a,b"")"');
  });
  it('leaves plain numbers, including negative ones, as numbers', () => {
    expect(neutraliseFormula('-1234.5')).toBe('-1234.5');
    expect(csvField(-1234.5)).toBe('-1234.5');
    expect(neutraliseFormula('Put 56 premium')).toBe('Put 56 premium');
  });
});

const EUR = (v: string) => money(v, 'EUR');
const ledger: CostLedger = {
  currency: 'EUR',
  lines: [
    { kind: 'premium', nature: 'cost', label: '=cmd|"/c calc"!A1 premium, paid', amount: EUR('5230.0911') },
    { kind: 'initial-margin', nature: 'held', label: 'Initial margin', amount: EUR('3000') },
  ],
  totalCost: EUR('5230.0911'),
  totalHeld: EUR('3000'),
  costFractionOfProtected: 0.07,
  protectedValue: EUR('74716.30'),
};
const plan = {
  kind: 'protective-put',
  label: 'Protective put',
  legs: [{ instrument: 'Put', side: 'buy', contracts: 12, contractSize: 100, unitPrice: 4.36, strike: 56 }],
  hedgedQuantity: 1200,
  unhedgedQuantity: 0,
  targetQuantity: 1200,
  ledger,
  floor: EUR('61948.3149'),
  cap: null,
  breakeven: 66.88,
  residualRisk: { description: 'Below 56 the strike holds' },
  payoff: { priceRange: [40, 80], unhedged: (s: number) => 1200 * s, hedged: (s: number) => 1200 * Math.max(s, 56) - 5230 },
  extras: { upsideKept: 1 },
  axis: { kind: 'price', label: 'Price at the horizon (EUR)', unit: 'EUR', today: 62.5, range: [40, 80], moves: 'relative' },
} as unknown as HedgePlan;
const result: ExportableResult = {
  mode: 'stock',
  currency: 'EUR',
  restOfPortfolioValue: 0,
  hedges: [
    { id: 'put', name: 'Protective put', plan, errors: [] },
    { id: 'short', name: 'Short sale', plan: null, errors: ['Enter a borrow fee.'] },
  ],
};

describe('export tables', () => {
  it('comparison: one row per hedge, money rounded to cents as plain decimals, and why a hedge is missing', () => {
    const rows = comparisonRows(result);
    expect(rows[0]).toContain('Floor');
    expect(rows[1]).toEqual(['Protective put', 'buy', 12, 100, 1, 'EUR', '5230.09', 0.07, '61948.31', null, 66.88, 1, '3000.00', 'Below 56 the strike holds', '']);
    expect(rows[2]![0]).toBe('Short sale');
    expect(rows[2]!.at(-1)).toBe('Enter a borrow fee.');
  });
  it('ledger: lines then totals, and a hostile label arrives as inert, quoted text', () => {
    const csv = toCsv(ledgerRows(ledger));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Item,Kind,Amount,Currency');
    expect(lines[1]).toBe('"\'=cmd|""/c calc""!A1 premium, paid",cost,5230.09,EUR');
    expect(lines[2]).toBe('Initial margin,held (returned),3000.00,EUR');
    expect(lines[3]).toBe('Total cost,total,5230.09,EUR');
    expect(lines[4]).toBe('Cash held as margin,total,3000.00,EUR');
  });
  it('chart data: the plotted points, one per row', () => {
    const data = buildPayoffChart({ unhedged: plan.payoff.unhedged, hedged: plan.payoff.hedged, priceRange: [40, 80], points: 5 });
    const rows = chartRows(data, 'Price', 'EUR');
    expect(rows[0]).toEqual(['Price', 'Position value unhedged (EUR)', 'Position value hedged (EUR)']);
    expect(rows.length).toBe(data.rows.length + 1);
    const at40 = rows.find((r) => r[0] === 40)!;
    expect(at40).toEqual([40, 48000, 1200 * 56 - 5230]);
  });
  it('file names are plain slugs', () => {
    expect(exportFileName('Proxy: Euro Stoxx Technology futures', 'cost ledger')).toBe('microhedge-proxy-euro-stoxx-technology-futures-cost-ledger');
  });
});
