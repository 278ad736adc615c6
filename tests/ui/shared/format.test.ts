import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, formatPercent, formatPrice, NOT_AVAILABLE } from '../../../src/ui/shared/format';

describe('format', () => {
  it('formats money with the currency and its minor digits', () => {
    expect(formatMoney(9500, 'EUR', { locale: 'en-US' })).toBe('€9,500.00');
    expect(formatMoney(-1234.5, 'USD', { locale: 'en-US' })).toBe('-$1,234.50');
    expect(formatMoney(1500, 'JPY', { locale: 'en-US' })).toBe('¥1,500');
    expect(formatMoney(9500, 'EUR', { locale: 'de-DE' })).toBe('9.500,00\u00a0€');
    expect(formatMoney(12_500, 'USD', { locale: 'en-US', compact: true })).toBe('$12.5K');
  });

  it('never shows NaN or Infinity, and survives a malformed currency code', () => {
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(formatMoney(v, 'EUR')).toBe(NOT_AVAILABLE);
      expect(formatNumber(v)).toBe(NOT_AVAILABLE);
      expect(formatPercent(v)).toBe(NOT_AVAILABLE);
      expect(formatPrice(v)).toBe(NOT_AVAILABLE);
    }
    expect(formatMoney(10, 'euro', { locale: 'en-US' })).toBe('10 euro');
  });

  it('formats numbers, percentages and prices', () => {
    expect(formatNumber(1234.5678, { locale: 'en-US' })).toBe('1,234.57');
    expect(formatNumber(2, { locale: 'en-US', minimumFractionDigits: 2 })).toBe('2.00');
    expect(formatPercent(0.0125, 2, { locale: 'en-US' })).toBe('1.25%');
    expect(formatPercent(0.5, 0, { locale: 'en-US' })).toBe('50%');
    expect(formatPrice(1.08345, { locale: 'en-US' })).toBe('1.0835');
    expect(formatPrice(95.5, { locale: 'en-US' })).toBe('95.5');
    expect(formatPrice(12_400.4, { locale: 'en-US' })).toBe('12,400');
    expect(formatPrice(0, { locale: 'en-US' })).toBe('0');
  });

  it('a negative number that rounds to zero reads as zero, in any notation and locale (an axis tick read "-€0")', () => {
    // Intl itself keeps the sign: the reason for the check.
    expect(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR', notation: 'compact' }).format(-0)).toMatch(/^-€0/);
    expect(formatMoney(-0, 'EUR', { locale: 'en-US', compact: true })).toBe(formatMoney(0, 'EUR', { locale: 'en-US', compact: true }));
    expect(formatMoney(-0.0001, 'EUR', { locale: 'en-US', compact: true })).not.toContain('-');
    expect(formatMoney(-0.004, 'EUR', { locale: 'en-US' })).toBe('€0.00');
    expect(formatMoney(-0.006, 'EUR', { locale: 'en-US' })).toBe('-€0.01');
    expect(formatMoney(-25_000, 'EUR', { locale: 'en-US', compact: true })).toMatch(/^-€25(\.0)?K$/);
    expect(formatNumber(-0.001, { locale: 'en-US' })).toBe('0');
    expect(formatPercent(-0.00001, 2, { locale: 'en-US' })).toBe('0%');
    expect(formatPercent(-0.05, 0, { locale: 'en-US' })).toBe('-5%');
    expect(formatPrice(-0, { locale: 'en-US' })).toBe('0');
    // A locale with its own digits and minus sign (Arabic, Egypt): the check does not read digits.
    expect(formatNumber(-0.001, { locale: 'ar-EG' })).toBe(formatNumber(0, { locale: 'ar-EG' }));
    expect(formatNumber(-12, { locale: 'ar-EG' })).not.toBe(formatNumber(12, { locale: 'ar-EG' }));
  });
});
