import { describe, expect, it } from 'vitest';
import { Messages } from '../../../src/engine/validate';
import { OptionMessages } from '../../../src/engine/messages';
import { impliedVol, priceOption } from '../../../src/engine/pricing/price-option';
import type { ImpliedVolInput, OptionInput } from '../../../src/engine/pricing/price-option';
import type { Result } from '../../../src/engine/result';

const valid = { type: 'call', spot: 100, strike: 95, r: 0.05, q: 0.01, t: 0.5, vol: 0.25 } as const;
const validIv = { type: 'put', spot: 100, strike: 95, r: 0.05, t: 0.5, price: 3 } as const;

/** Untrusted data goes in as it would from a form, a share link or a saved state. */
const price = (input: unknown) => priceOption(input as OptionInput);
const iv = (input: unknown) => impliedVol(input as ImpliedVolInput);

function errorsOf<T>(r: Result<T>): Record<string, string> {
  expect(r.ok).toBe(false);
  return r.ok ? {} : Object.fromEntries(r.errors.map((e) => [e.field, e.message]));
}

const numericFields = ['spot', 'strike', 'r', 't', 'vol'] as const;
const badNumbers: readonly [string, unknown, string][] = [
  ['missing', undefined, Messages.missing],
  ['null', null, Messages.missing],
  ['empty text', '', Messages.missing],
  ["'abc'", 'abc', Messages.notNumber],
  ["'5' (a numeric string is still text)", '5', Messages.notNumber],
  ['NaN', Number.NaN, Messages.notNumber],
  ['+Infinity', Number.POSITIVE_INFINITY, Messages.notFinite],
  ['-Infinity', Number.NEGATIVE_INFINITY, Messages.notFinite],
  ['1e308', 1e308, Messages.tooLarge],
  ['an object', { value: 1 }, Messages.notNumber],
  ['an array', [1], Messages.notNumber],
];

describe('priceOption: every field checked, typed errors, never throws', () => {
  for (const field of numericFields) {
    it.each(badNumbers)(`${field}: %s`, (_label, value, message) => {
      const input: Record<string, unknown> = { ...valid, [field]: value };
      if (value === undefined) delete input[field];
      expect(errorsOf(price(input))).toEqual({ [field]: message });
    });
  }

  it.each([
    ['spot', 0, Messages.above(0)],
    ['spot', -1, Messages.above(0)],
    ['strike', 0, Messages.above(0)],
    ['strike', -5, Messages.above(0)],
    ['t', -0.01, Messages.atLeast(0)],
    ['t', 101, Messages.atMost(100)],
    ['vol', -0.2, Messages.atLeast(0)],
    ['vol', 10.5, Messages.atMost(10)],
    ['r', 1.5, Messages.atMost(1)],
    ['r', -2, Messages.atLeast(-1)],
    ['q', 2, Messages.atMost(1)],
    ['q', 'abc', Messages.notNumber],
    ['q', Number.NaN, Messages.notNumber],
    ['q', null, Messages.missing],
  ] as const)('%s = %s is out of range', (field, value, message) => {
    expect(errorsOf(price({ ...valid, [field]: value }))).toEqual({ [field]: message });
  });

  it.each([
    ['type', 'straddle', OptionMessages.type],
    ['type', undefined, OptionMessages.type],
    ['type', 1, OptionMessages.type],
    ['exercise', 'bermudan', OptionMessages.exercise],
    ['exercise', null, OptionMessages.exercise],
    ['model', 'heston', OptionMessages.model],
  ] as const)('%s = %s is not a choice', (field, value, message) => {
    expect(errorsOf(price({ ...valid, [field]: value }))).toEqual({ [field]: message });
  });

  it('refuses a dividend yield with Black-76 (b = 0), accepts q absent or 0', () => {
    expect(errorsOf(price({ ...valid, model: 'black76' }))).toEqual({ q: OptionMessages.black76Yield });
    expect(price({ ...valid, model: 'black76', q: 0 }).ok).toBe(true);
    const { q: _q, ...noQ } = valid;
    expect(price({ ...noQ, model: 'black76' }).ok).toBe(true);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'call 100 95'],
    ['a number', 42],
    ['an array', [valid]],
    ['an empty object', {}],
  ])('%s as the whole input: one error per required field', (_label, input) => {
    expect(Object.keys(errorsOf(price(input))).sort()).toEqual(['spot', 'strike', 'r', 't', 'type', 'vol'].sort());
  });

  it('reports every bad field at once', () => {
    const errors = errorsOf(price({ type: 'x', spot: -1, strike: 'a', r: Infinity, t: -1, vol: NaN }));
    expect(Object.keys(errors).sort()).toEqual(['r', 'spot', 'strike', 't', 'type', 'vol']);
  });

  it('a getter that throws is caught by the guard, not thrown to the caller', () => {
    const hostile = { ...valid, get spot(): number { throw new Error('boom'); } };
    const r = price(hostile);
    expect(r.ok).toBe(false);
  });

  it('accepts the valid input and the boundaries of each range', () => {
    expect(price(valid).ok).toBe(true);
    for (const patch of [{ t: 0 }, { t: 100 }, { vol: 0 }, { vol: 10 }, { r: -1 }, { r: 1 }, { q: -1 }, { exercise: 'american' }]) {
      const r = price({ ...valid, ...patch });
      expect(r.ok, JSON.stringify(patch)).toBe(true);
    }
  });
});

describe('impliedVol: the same field checks, plus price', () => {
  it.each(badNumbers)('price: %s', (_label, value, message) => {
    const input: Record<string, unknown> = { ...validIv, price: value };
    if (value === undefined) delete input.price;
    expect(errorsOf(iv(input))).toEqual({ price: message });
  });

  it('negative price, bad spot and an extra vol field', () => {
    expect(errorsOf(iv({ ...validIv, price: -1 }))).toEqual({ price: Messages.atLeast(0) });
    expect(errorsOf(iv({ ...validIv, spot: 'abc' }))).toEqual({ spot: Messages.notNumber });
    expect(iv({ ...validIv, vol: 'ignored' }).ok).toBe(true);
  });

  it.each([null, 'x', [1, 2], 7])('%o as the whole input', (input) => {
    expect(Object.keys(errorsOf(iv(input))).sort()).toEqual(['price', 'r', 'spot', 'strike', 't', 'type']);
  });
});
