/**
 * The combined hedge's ledger as one more CSV table: RFC 4180 records (CRLF), the home currency's
 * amounts rounded half-even to cents, a converted line's own amount and rate, and the exact total.
 * Figures worked by hand: a USD holding's put quoted at 4.35 (12 contracts × 100), commission 1.75
 * and fee 0.90 per contract, converted at 0.9090 EUR per USD, plus the FX forward on its USD 60,000.
 */
import { describe, expect, it } from 'vitest';
import { computeCombined } from '../../../src/calc/combined';
import { DEFAULT_SCENARIO as D } from '../../../src/state/presets';
import type { Scenario } from '../../../src/state/scenario';
import { combinedLedgerRows } from '../../../src/ui/features/export/combined-table';
import { toCsv } from '../../../src/ui/features/export/csv';

const target = { ...D.portfolio.holdings[0]!, id: 'us', name: 'US Tech', quantity: '1,200', price: '50', currency: 'USD' };
const s: Scenario = {
  ...D,
  portfolio: { ...D.portfolio, holdings: [target, ...D.portfolio.holdings.slice(1)], targetId: 'us', homeCurrency: 'EUR', fxRates: [{ currency: 'USD', spot: '0.9090', vol: '8', rate: '4', correlation: '0' }] },
  stock: { ...D.stock, putStrike: '45', putQuote: '4.35', putBid: '', putAsk: '', commission: '1.75', exchangeFee: '0.90', hedgeRatio: '100', contractSize: '100', rate: '3', tenorDays: '182' },
  prefs: { ...D.prefs, combined: [{ mode: 'stock', kind: 'protective-put' }, { mode: 'stock', kind: 'holding-fx-forward' }, { mode: 'stock', kind: 'beta' }] },
};

describe('the combined ledger CSV table', () => {
  const rows = combinedLedgerRows(computeCombined(s))!;
  const csv = toCsv(rows);

  it('lists the put’s lines in EUR with their USD amount, currency and rate', () => {
    // 12 × 100 × 4.35 = 5,220.00 USD × 0.909 = 4,744.98 EUR.
    expect(rows).toContainEqual(['Protective put (Stock)', expect.stringMatching(/premium paid/), 'cost', '4744.98', 'EUR', '5220.00', 'USD', '0.909', '']);
    // 12 × 1.75 = 21.00 → 19.089 → 19.09; 12 × 0.90 = 10.80 → 9.8172 → 9.82.
    expect(rows.filter((r) => r[0] === 'Protective put (Stock)').map((r) => r[3])).toEqual(['4744.98', '19.09', '9.82']);
  });

  it('ends with the exact total: 4,744.98 + 19.09 + 9.82 + 271.276 (forward points, 60,000 × 0.909 × (1 − e^{−0.01·182/365})) = 5,045.166 → 5,045.17', () => {
    expect(csv).toContain('\r\nTotal cost of every leg,,total,5045.17,EUR,,,,\r\n');
    expect(rows.at(-1)).toEqual(['Cash held as margin', '', 'total', '0.00', 'EUR', null, '', null, '']);
  });

  it('names a leg left out of the sums with its reason', () => {
    const beta = rows.find((r) => r[2] === 'left out');
    expect(beta?.[2]).toBe('left out');
    expect(String(beta?.[8])).toMatch(/whole portfolio/);
  });

  it('is absent when no leg can be summed', () => {
    expect(combinedLedgerRows({ legs: [], plan: null })).toBeNull();
  });
});
