import { describe, expect, it } from 'vitest';
import { checkBankForward, parityForward, planFxForward } from '../../../src/engine';

describe('forward points and the bank markup, split', () => {
  // Hull, "Options, Futures, and Other Derivatives", ch. 5 (covered interest parity, eq. 5.9),
  // Example 5.6 (10th/11th ed.): 2-year rates 3 % in Australia, 1 % in the US, spot 0.7500 USD per
  // AUD -> F = 0.75 e^{(0.01 − 0.03) × 2} = 0.7206. Tolerance 0.00005 (Hull quotes four places).
  it('Hull: F = 0.7206; an importer owing AUD 1,000,000 saves the forward points and pays the markup', () => {
    const parity = parityForward(0.75, 0.01, 0.03, 2);
    expect(Math.abs(parity - 0.7206)).toBeLessThan(0.00005);
    const r = planFxForward({ target: { symbol: 'AUD', quantity: -1_000_000, price: 0.75, currency: 'USD', volAnnual: 0.1, dividendYield: 0 }, market: { r: 0.01, rForeign: 0.03, tenorYears: 2, bankForward: 0.725 } });
    if (!r.ok) throw new Error('plan');
    const points = r.value.ledger.lines.find((l) => l.kind === 'forward-points')!.amount.amount.toNumber();
    const markup = r.value.ledger.lines.find((l) => l.kind === 'financing')!.amount.amount.toNumber();
    expect(points).toBeCloseTo(1_000_000 * (parity - 0.75), 4); // about −29,412: a saving
    expect(markup).toBeCloseTo(1_000_000 * (0.725 - parity), 4); // about +4,412: the bank's margin
    expect(points + markup).toBeCloseTo(1_000_000 * (0.725 - 0.75), 4);
    expect(checkBankForward(parity, 0.725, true).flag).toBeNull();
  });

  it('flags a quote better than parity for the importer, and one that is worse for an exporter', () => {
    const parity = parityForward(0.75, 0.01, 0.03, 2);
    expect(checkBankForward(parity, 0.715, true).flag).toBe('wrong-side');
    expect(checkBankForward(parity, 0.725, false).flag).toBe('wrong-side'); // a receivable sold above parity
    expect(checkBankForward(parity, 0.715, false).flag).toBeNull();
  });

  it('states the rule: within 0.01 % below parity is rounding; a markup beyond 2 % is implausible', () => {
    expect(checkBankForward(1, 0.99995, true).flag).toBeNull();
    expect(checkBankForward(1, 0.9998, true).flag).toBe('wrong-side');
    expect(checkBankForward(1, 1.019, true).flag).toBeNull();
    expect(checkBankForward(1, 1.021, true).flag).toBe('beyond-range');
    expect(checkBankForward(1, 1.021, true).markupFraction).toBeCloseTo(0.021, 12);
    // The inverse pair typed by mistake (1 / 0.92 instead of 0.92) is far beyond the range.
    expect(checkBankForward(0.9155, 1 / 0.9185, true).flag).toBe('beyond-range');
  });
});
