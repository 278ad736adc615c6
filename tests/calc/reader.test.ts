/** The field reader, engine-error placement, the portfolio reader and the formula-line formatters. */
import { describe, expect, it } from 'vitest';
import { fmt, pct } from '../../src/calc/explain';
import { readPortfolio } from '../../src/calc/portfolio';
import { portfolioBeta } from '../../src/engine';
import { createReader, daysToYears, placeEngineErrors } from '../../src/calc/reader';
import { InputMessages } from '../../src/state/parse-input';
import { DEFAULT_SCENARIO } from '../../src/state/presets';
import type { PortfolioInput } from '../../src/state/scenario';

describe('createReader', () => {
  it('parses numbers and records nothing for good text', () => {
    const r = createReader('fx');
    expect(r.num('spot', '0.92')).toBe(0.92);
    expect(r.num('amount', '180,000')).toBe(180_000);
    expect(r.num('rate', '2.25 %', { percent: true })).toBeCloseTo(0.0225, 15);
    expect(r.hasErrors()).toBe(false);
    expect(r.errors).toEqual({});
  });

  it('records a plain message under <slice>.<field> and returns NaN', () => {
    const r = createReader('fx');
    expect(r.num('spot', 'abc')).toBeNaN();
    expect(r.num('amount', '-5', { gt: 0 })).toBeNaN();
    expect(r.hasErrors()).toBe(true);
    expect(r.errors).toEqual({ 'fx.spot': InputMessages.notNumber, 'fx.amount': InputMessages.above('0') });
  });

  it('num refuses empty text; optionalNum gives null for it', () => {
    const r = createReader('s');
    expect(r.num('a', '')).toBeNaN();
    expect(r.optionalNum('b', '')).toBeNull();
    expect(r.optionalNum('c', '  ')).toBeNull();
    expect(r.optionalNum('d', '1.5', { min: 0 })).toBe(1.5);
    expect(r.optionalNum('e', '-1', { min: 0 })).toBeNaN();
    expect(Object.keys(r.errors).sort()).toEqual(['s.a', 's.e']);
  });

  it('money keeps exact decimal text, "0" when empty, and refuses negatives', () => {
    const r = createReader('rate');
    expect(r.money('fee', '1,250.50')).toBe('1250.5');
    expect(r.money('fee2', '0.1234567890123456789')).toBe('0.1234567890123456789');
    expect(r.money('fee3', '')).toBe('0');
    expect(r.money('fee4', '0.00')).toBe('0');
    expect(r.hasErrors()).toBe(false);
    expect(r.money('bad', '-2')).toBe('0');
    expect(r.money('worse', '2e3')).toBe('0');
    expect(r.errors).toEqual({ 'rate.bad': InputMessages.atLeast('0'), 'rate.worse': InputMessages.exponent });
  });
});

describe('placeEngineErrors', () => {
  it('puts mapped fields next to their scenario path and returns the rest as plain messages', () => {
    const fieldErrors: Record<string, string> = {};
    const general = placeEngineErrors(
      [
        { field: 'futuresPrice', message: 'Must be greater than 0.' },
        { field: 'horizonYears', message: 'Must be at most 50.' },
        { field: 'estimate.rho', message: 'Must be at most 1.' },
      ],
      { futuresPrice: 'commodity.futuresPrice', 'estimate.rho': 'stock.proxyCorrelation' },
      fieldErrors,
    );
    expect(fieldErrors).toEqual({ 'commodity.futuresPrice': 'Must be greater than 0.', 'stock.proxyCorrelation': 'Must be at most 1.' });
    expect(general).toEqual(['Must be at most 50.']);
  });

  it('keeps the first message for a field (a reader error is not overwritten)', () => {
    const fieldErrors: Record<string, string> = { 'rate.principal': 'Enter a number, e.g. 1,250.50.' };
    const general = placeEngineErrors(
      [
        { field: 'principal', message: 'second' },
        { field: 'loanPrincipal', message: 'third' },
      ],
      { principal: 'rate.principal', loanPrincipal: 'rate.principal' },
      fieldErrors,
    );
    expect(fieldErrors).toEqual({ 'rate.principal': 'Enter a number, e.g. 1,250.50.' });
    expect(general).toEqual([]);
  });

  it('returns nothing for no errors', () => {
    const fieldErrors: Record<string, string> = {};
    expect(placeEngineErrors([], {}, fieldErrors)).toEqual([]);
    expect(fieldErrors).toEqual({});
  });
});

describe('daysToYears', () => {
  it('is calendar days / 365', () => {
    expect(daysToYears(365)).toBe(1);
    expect(daysToYears(182)).toBeCloseTo(0.498630137, 9);
    expect(daysToYears(0)).toBe(0);
  });
});

describe('fmt and pct', () => {
  it('groups thousands and keeps up to `digits` decimals', () => {
    expect(fmt(1234.56789)).toBe('1,234.5679');
    expect(fmt(1234.56789, 2)).toBe('1,234.57');
    expect(fmt(249_500, 0)).toBe('249,500');
    expect(fmt(62.5)).toBe('62.5');
    expect(fmt(-4.1449, 2)).toBe('-4.14');
    expect(fmt(0.92, 6)).toBe('0.92');
  });

  it('shows an em dash for non-finite values', () => {
    expect(fmt(Number.NaN)).toBe('—');
    expect(fmt(Number.POSITIVE_INFINITY)).toBe('—');
    expect(pct(Number.NaN)).toBe('— %');
  });

  it('writes a fraction as a percent with a spaced sign', () => {
    expect(pct(0.03)).toBe('3 %');
    expect(pct(0.0225)).toBe('2.25 %');
    expect(pct(0.039, 3)).toBe('3.9 %');
    expect(pct(0.12345, 1)).toBe('12.3 %');
    expect(pct(1, 0)).toBe('100 %');
  });
});

describe('readPortfolio', () => {
  const p = DEFAULT_SCENARIO.portfolio;
  /** Σ value·β / Σ value from the typed text, empty betas as 1. */
  const handBeta = (q: PortfolioInput) => {
    const num = (t: string) => Number(t.replace(/,/g, ''));
    const values = q.holdings.map((h) => num(h.quantity) * num(h.price));
    const total = values.reduce((a, v) => a + v, 0);
    return q.holdings.reduce((a, h, i) => a + values[i]! * (h.beta === '' ? 1 : num(h.beta)), 0) / total;
  };

  it('values each holding, the target and the rest, and the value-weighted beta', () => {
    const v = readPortfolio(p, { portfolioBeta });
    expect(v.reader.hasErrors()).toBe(false);
    expect(v.currency).toBe('EUR');
    expect(v.holdings.map((h) => h.value)).toEqual([75_000, 49_500, 48_000, 48_000, 29_000]);
    expect(v.totalValue).toBe(249_500);
    expect(v.target?.id).toBe('h1');
    expect(v.target?.vol).toBeCloseTo(0.45, 15);
    expect(v.target?.beta).toBe(Number(p.holdings[0]!.beta));
    expect(v.restValue).toBe(249_500 - 75_000);
    expect(v.beta).toBeCloseTo(handBeta(p), 14);
    expect(v.betasAssumed).toBe(0);
  });

  it('counts empty betas as 1 and says how many were assumed', () => {
    const q: PortfolioInput = { ...p, holdings: p.holdings.map((h) => (h.id === 'h4' || h.id === 'h5' ? { ...h, beta: '' } : h)) };
    const v = readPortfolio(q, { portfolioBeta });
    expect(v.betasAssumed).toBe(2);
    expect(v.holdings.find((h) => h.id === 'h5')!.beta).toBeNull();
    expect(v.beta).toBeCloseTo(handBeta(q), 14);
    expect(v.beta).not.toBeCloseTo(handBeta(p), 6);
  });

  it('short holdings reduce the value; the target may be any holding', () => {
    const q: PortfolioInput = { ...p, targetId: 'h3', holdings: p.holdings.map((h) => (h.id === 'h5' ? { ...h, quantity: '-500' } : h)) };
    const v = readPortfolio(q, { portfolioBeta });
    expect(v.target?.name).toBe('Alpine Foods');
    expect(v.totalValue).toBe(249_500 - 2 * 29_000);
    expect(v.restValue).toBe(v.totalValue - 48_000);
  });

  it('leaves unreadable holdings out of the totals and records their errors', () => {
    const q: PortfolioInput = { ...p, holdings: p.holdings.map((h) => (h.id === 'h2' ? { ...h, quantity: 'many' } : h)) };
    const v = readPortfolio(q, { portfolioBeta });
    expect(v.reader.errors).toEqual({ 'portfolio.h2.quantity': InputMessages.notNumber });
    expect(v.totalValue).toBe(249_500 - 49_500);
  });

  it('has no target when the target id is unknown, and reports in the home currency', () => {
    const v = readPortfolio({ ...p, homeCurrency: 'CHF', targetId: 'nope', holdings: p.holdings.map((h) => ({ ...h, currency: 'CHF' })) }, { portfolioBeta });
    expect(v.target).toBeNull();
    expect(v.currency).toBe('CHF');
    expect(v.restValue).toBe(v.totalValue);
  });

  it('a zero total gives a beta of 0, not NaN', () => {
    const v = readPortfolio({ ...p, holdings: [{ ...p.holdings[0]!, quantity: '0' }], targetId: 'h1' }, { portfolioBeta });
    expect(v.totalValue).toBe(0);
    expect(v.beta).toBe(0);
  });
});
