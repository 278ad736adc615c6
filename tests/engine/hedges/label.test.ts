import { describe, expect, it } from 'vitest';
import { countText, labelNumber, labelTenor } from '../../../src/engine/hedges/label';

describe('numbers in plan labels', () => {
  it('keeps at most the asked decimals and drops trailing zeros', () => {
    expect(labelNumber(73.845906)).toBe('73.85');
    expect(labelNumber(0.9185, 6)).toBe('0.9185');
    expect(labelNumber(56)).toBe('56');
  });

  it('groups thousands from 10,000 on (a 180,000 USD payable, a 5,000,000 loan), not four-digit numbers', () => {
    expect(labelNumber(180_000, 4)).toBe('180,000');
    expect(labelNumber(5_000_000)).toBe('5,000,000');
    expect(labelNumber(-12_345.678)).toBe('-12,345.68');
    expect(labelNumber(1200)).toBe('1200');
    expect(labelNumber(9999.5)).toBe('9999.5');
    expect(labelNumber(1e21)).toBe('1e+21');
    expect(labelNumber(Number.NaN)).toBe('NaN');
  });

  it('counts with the noun in the right number, and tenors in days or years', () => {
    expect(countText(1, 'contracts')).toBe('1 contract');
    expect(countText(0, 'contracts')).toBe('0 contracts');
    expect(countText(12, 'contracts')).toBe('12 contracts');
    expect(countText(1, 'trade')).toBe('1 trade');
    expect(labelTenor(182 / 365)).toBe('182 days');
    expect(labelTenor(1 / 365)).toBe('1 day');
    expect(labelTenor(2.5)).toBe('2.5 y');
  });
});
