import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fractionTextToPercentText, InputMessages, parseNumberField } from '../../src/state/parse-input';
import { parseMoneyText } from '../../src/state/parse-money';

describe('parseNumberField: accepted forms', () => {
  it.each([
    ['25', 25],
    [' 25 ', 25],
    ['+25', 25],
    ['-25', -25],
    ['\u221225.5', -25.5], // unicode minus
    ['1,234.5', 1234.5],
    ['1 234.5', 1234.5],
    ['1\u00a0234.5', 1234.5], // no-break space
    ['1\u202f234\u202f567', 1234567], // narrow no-break space
    ['1,234,567', 1234567],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['007', 7],
    ['1000000000000', 1e12],
  ])('%j -> %d', (text, value) => {
    expect(parseNumberField(text)).toEqual({ ok: true, value });
  });

  it('percent fields: "25", "25%" and "25 %" all mean 0.25', () => {
    for (const text of ['25', '25%', '25 %', ' 25 % ']) expect(parseNumberField(text, { percent: true })).toEqual({ ok: true, value: 0.25 });
    expect(parseNumberField('\u22122.5 %', { percent: true })).toEqual({ ok: true, value: -0.025 });
  });

  it('-0 comes back as 0', () => {
    const r = parseNumberField('-0');
    expect(r.ok && Object.is(r.value, 0)).toBe(true);
  });
});

describe('parseNumberField: refused forms, with plain messages', () => {
  it.each([
    ['', InputMessages.notNumber],
    ['   ', InputMessages.notNumber],
    ['abc', InputMessages.notNumber],
    ['1.2.3', InputMessages.notNumber],
    ['1,23', InputMessages.notNumber], // a comma group must have 3 digits
    ['1,2345', InputMessages.notNumber],
    ['12,345 678', InputMessages.notNumber], // mixed separators
    ['1,2x', InputMessages.notNumber],
    ['NaN', InputMessages.notNumber],
    ['Infinity', InputMessages.notNumber],
    ['-', InputMessages.notNumber],
    ['.', InputMessages.notNumber],
    ['0x10', InputMessages.notNumber],
    ['1e308', InputMessages.exponent],
    ['2.5E-3', InputMessages.exponent],
    ['1000000000001', InputMessages.tooLarge],
    ['9'.repeat(400), InputMessages.tooLarge],
    ['25%', InputMessages.noPercent],
  ])('%j -> %s', (text, message) => {
    expect(parseNumberField(text)).toEqual({ ok: false, message });
  });

  it('empty is null only when allowed', () => {
    expect(parseNumberField('', { allowEmpty: true })).toEqual({ ok: true, value: null });
    expect(parseNumberField('  ', { allowEmpty: true })).toEqual({ ok: true, value: null });
    expect(parseNumberField('x', { allowEmpty: true }).ok).toBe(false);
  });

  it('whole numbers', () => {
    expect(parseNumberField('100', { integer: true })).toEqual({ ok: true, value: 100 });
    expect(parseNumberField('1,000', { integer: true })).toEqual({ ok: true, value: 1000 });
    expect(parseNumberField('2.5', { integer: true })).toEqual({ ok: false, message: 'Enter a whole number.' });
  });

  it('bounds, in the units the user types', () => {
    expect(parseNumberField('-1', { min: 0 })).toEqual({ ok: false, message: 'Must be at least 0.' });
    expect(parseNumberField('0', { min: 0 })).toEqual({ ok: true, value: 0 });
    expect(parseNumberField('0', { gt: 0 })).toEqual({ ok: false, message: 'Must be greater than 0.' });
    expect(parseNumberField('2,000', { max: 1000 })).toEqual({ ok: false, message: 'Must be at most 1,000.' });
    expect(parseNumberField('120', { percent: true, max: 100 })).toEqual({ ok: false, message: 'Must be at most 100 %.' });
    expect(parseNumberField('100 %', { percent: true, max: 100 })).toEqual({ ok: true, value: 1 });
  });

  it('never throws and never returns a non-finite number (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.boolean(), (text, percent) => {
        const r = parseNumberField(text, { percent });
        if (r.ok) expect(r.value === null || Number.isFinite(r.value)).toBe(true);
        else expect(r.message.length).toBeGreaterThan(0);
      }),
    );
  });

  it('any formatted integer parses back to itself (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(parseNumberField(n.toLocaleString('en-US'))).toEqual({ ok: true, value: n === 0 ? 0 : n });
      }),
    );
  });
});

describe('parseMoneyText: exact canonical decimal text', () => {
  it.each([
    ['1,250.50', '1250.5'],
    [' 3 000 ', '3000'],
    ['-0.30', '-0.3'],
    ['\u22121.5', '-1.5'],
    ['0.1', '0.1'],
    ['-0', '0'],
    ['123456789.123456789123', '123456789.123456789123'], // more digits than a double holds
  ])('%j -> %j', (text, value) => {
    expect(parseMoneyText(text)).toEqual({ ok: true, value });
  });

  it('refuses what parseNumberField refuses', () => {
    expect(parseMoneyText('1,23')).toEqual({ ok: false, message: InputMessages.notNumber });
    expect(parseMoneyText('1e3')).toEqual({ ok: false, message: InputMessages.exponent });
    expect(parseMoneyText('2000000000000')).toEqual({ ok: false, message: InputMessages.tooLarge });
    expect(parseMoneyText('')).toEqual({ ok: false, message: InputMessages.notNumber });
    expect(parseMoneyText('5 %')).toEqual({ ok: false, message: InputMessages.noPercent });
  });

  it('optional and bounded money', () => {
    expect(parseMoneyText('', { allowEmpty: true })).toEqual({ ok: true, value: '' });
    expect(parseMoneyText('-1', { min: 0 })).toEqual({ ok: false, message: 'Must be at least 0.' });
  });
});

describe('fractionTextToPercentText: exact decimal-point shift', () => {
  it.each([
    ['0.45', '45'],
    ['0.075', '7.5'],
    ['1', '100'],
    ['0', '0'],
    ['-0.5', '-50'],
    ['0.0001', '0.01'],
    ['12.3456', '1234.56'],
    ['1,000.5', '100050'],
  ])('%s -> %s', (text, expected) => {
    expect(fractionTextToPercentText(text)).toBe(expected);
  });
  it('refuses text that is not a number', () => {
    expect(fractionTextToPercentText('abc')).toBeNull();
    expect(fractionTextToPercentText('')).toBeNull();
  });
});
